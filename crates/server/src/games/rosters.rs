//! `Rosters`: the content-addressed rosters games refer to (decision 101).
//!
//! A game's stored setup names each team's roster by the SHA-256 of its JSON; the roster itself
//! is one row of the store's `rosters` table, shared by every game of that team. Two caches keep
//! game creation and loading from redoing work per game:
//!
//! - by team: `(league, team)` → the roster prepared for storing (players, JSON, hash), reused
//!   while the league data it came from is the same (the same league object, or a roster equal
//!   to it: the SBA league is rebuilt from its cache for every request);
//! - by hash: the rosters known to be stored, parsed — creation leaves those out of the game's
//!   transaction, loading a game reads and parses each roster once.

use dugout_model::{LeagueFile, Player};
use dugout_store::{RosterDoc, Store, StoreError};
use moka::future::Cache;
use sha2::{Digest, Sha256};
use std::sync::{Arc, Weak};

/// Teams whose prepared roster is kept (the sample league has 30; the SBA league about as many).
const TEAMS_CACHED: u64 = 512;
/// Stored rosters kept parsed (older versions of SBA rosters stay referenced by their games).
const HASHES_CACHED: u64 = 1024;

/// A team's roster ready to be referenced by a game: shared, serialized and hashed once.
#[derive(Debug)]
pub struct PreparedRoster {
    /// The players, shared by every game created from it.
    pub players: Arc<[Player]>,
    /// Lowercase hex SHA-256 of `json`: what the setup document names.
    pub hash: Arc<str>,
    /// The roster's JSON text, as stored.
    pub json: Arc<str>,
    /// The league object it was taken from (weak: an old SBA league is not kept alive, and its
    /// allocation is, so the address is never reused by another league while this lives).
    source: Weak<LeagueFile>,
}

impl PreparedRoster {
    /// The store's document for this roster.
    pub fn doc(&self) -> RosterDoc {
        RosterDoc {
            hash: self.hash.to_string(),
            roster: self.json.clone(),
        }
    }
}

/// The caches of content-addressed rosters; cheap to clone (the caches are shared).
#[derive(Clone)]
pub struct Rosters {
    by_team: Cache<(String, i64), Arc<PreparedRoster>>,
    stored: Cache<Arc<str>, Arc<[Player]>>,
}

impl std::fmt::Debug for Rosters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rosters")
            .field("teams", &self.by_team.entry_count())
            .field("stored", &self.stored.entry_count())
            .finish()
    }
}

impl Default for Rosters {
    fn default() -> Self {
        Rosters::new()
    }
}

/// The hash a setup names a roster by: lowercase hex SHA-256 of its JSON text.
pub fn roster_hash(json: &str) -> String {
    format!("{:x}", Sha256::digest(json.as_bytes()))
}

impl Rosters {
    /// Empty caches.
    pub fn new() -> Rosters {
        Rosters {
            by_team: Cache::new(TEAMS_CACHED),
            stored: Cache::new(HASHES_CACHED),
        }
    }

    /// The roster of `team_id` in `league`, prepared for a new game: from the cache while the
    /// league's data for that team is unchanged, else serialized and hashed now.
    ///
    /// # Errors
    /// A roster that does not serialize.
    pub async fn prepare(
        &self,
        league: &Arc<LeagueFile>,
        team_id: i64,
    ) -> Result<Arc<PreparedRoster>, serde_json::Error> {
        let key = (league.league.id.clone(), team_id);
        let current = || crate::leagues::Leagues::roster(league, team_id);
        if let Some(hit) = self.by_team.get(&key).await
            && (std::ptr::eq(hit.source.as_ptr(), Arc::as_ptr(league))
                || same_players(&hit.players, &current()))
        {
            return Ok(hit);
        }
        let players: Arc<[Player]> = current().into_iter().cloned().collect();
        let json = serde_json::to_string(&*players)?;
        let prepared = Arc::new(PreparedRoster {
            players,
            hash: Arc::from(roster_hash(&json)),
            json: Arc::from(json),
            source: Arc::downgrade(league),
        });
        self.by_team.insert(key, prepared.clone()).await;
        Ok(prepared)
    }

    /// The documents of `rosters` the store may not hold yet (each hash once), for the new
    /// game's transaction.
    pub fn unstored(&self, rosters: &[&PreparedRoster]) -> Vec<RosterDoc> {
        let mut out: Vec<RosterDoc> = Vec::new();
        for roster in rosters {
            if !self.stored.contains_key(&*roster.hash)
                && !out.iter().any(|doc| *doc.hash == *roster.hash)
            {
                out.push(roster.doc());
            }
        }
        out
    }

    /// Remembers `rosters` as stored (call once the game that brought them has committed).
    pub async fn stored(&self, rosters: &[&PreparedRoster]) {
        for roster in rosters {
            self.stored
                .insert(roster.hash.clone(), roster.players.clone())
                .await;
        }
    }

    /// The players of the stored roster `hash`, read from the store and parsed once.
    ///
    /// # Errors
    /// [`StoreError::RosterNotFound`], a roster that does not parse or whose text does not have
    /// this hash (`StoreError::Corrupt`), database failures.
    pub async fn players(&self, store: &Store, hash: &str) -> Result<Arc<[Player]>, StoreError> {
        self.stored
            .try_get_with(Arc::from(hash), async {
                let text = store.get_roster(hash).await?;
                // The address is the content's: a row that is not what its hash says is corrupt
                // (checked once per roster and server, not per game).
                if roster_hash(&text) != hash {
                    return Err(StoreError::Corrupt(format!("roster {hash}: hash mismatch")));
                }
                let players: Vec<Player> = serde_json::from_str(&text)
                    .map_err(|e| StoreError::Corrupt(format!("roster {hash}: {e}")))?;
                Ok::<_, StoreError>(Arc::from(players))
            })
            .await
            .map_err(|e| StoreError::clone(&e))
    }
}

/// Whether a cached roster is still the league's roster of that team.
fn same_players(cached: &[Player], current: &[&Player]) -> bool {
    cached.len() == current.len() && cached.iter().zip(current).all(|(a, b)| a == *b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Arc<LeagueFile> {
        Arc::new(dugout_league::embedded::mlb2023().clone())
    }

    fn first_team(league: &LeagueFile) -> i64 {
        league.teams[0].id.0
    }

    #[tokio::test]
    async fn the_same_league_reuses_the_prepared_roster() {
        let rosters = Rosters::new();
        let league = sample();
        let team = first_team(&league);
        let first = rosters.prepare(&league, team).await.unwrap();
        let again = rosters.prepare(&league, team).await.unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(*first.hash, roster_hash(&first.json));
        assert!(!first.players.is_empty());
        // An equal copy of the league (the SBA league is rebuilt per request) is not re-serialized.
        let copy = sample();
        let from_copy = rosters.prepare(&copy, team).await.unwrap();
        assert!(Arc::ptr_eq(&first, &from_copy));
    }

    #[tokio::test]
    async fn a_changed_roster_gets_a_new_hash() {
        let rosters = Rosters::new();
        let league = sample();
        let team = first_team(&league);
        let before = rosters.prepare(&league, team).await.unwrap();
        let mut changed = league.as_ref().clone();
        let player = changed
            .players
            .iter_mut()
            .find(|p| p.team_id.0 == team)
            .unwrap();
        player.name.push_str(" Jr.");
        let after = rosters.prepare(&Arc::new(changed), team).await.unwrap();
        assert_ne!(before.hash, after.hash);
        assert!(after.json.contains(" Jr."));
        // The old roster stays what it was: games created from it keep it.
        assert!(!before.json.contains(" Jr."));
    }

    #[tokio::test]
    async fn stored_rosters_are_read_once_and_checked_against_their_hash() {
        use dugout_store::testing::{TestBackend, TestDb};
        let db = TestDb::new(TestBackend::Sqlite).await.unwrap();
        let store = db.store().await.unwrap();
        let league = sample();
        let prepared = Rosters::new()
            .prepare(&league, first_team(&league))
            .await
            .unwrap();
        let game = dugout_store::NewGame {
            id: uuid::Uuid::new_v4(),
            league_id: "mlb2023".into(),
            mode: "manual".into(),
            home_team_id: 1,
            away_team_id: 2,
            seats: dugout_store::Seats {
                home: dugout_store::Seat::Open,
                away: dugout_store::Seat::Open,
            },
            created_by: "local:a".into(),
            setup: serde_json::json!({}),
            // The second document is not what its hash says.
            rosters: vec![
                prepared.doc(),
                RosterDoc {
                    hash: "f".repeat(64),
                    roster: Arc::from("[]"),
                },
            ],
            summary: dugout_store::GameSummary::new_pending(),
            initial_state: None,
        };
        store.create_game(&game).await.unwrap();
        let rosters = Rosters::new();
        let players = rosters.players(&store, &prepared.hash).await.unwrap();
        assert_eq!(players, prepared.players);
        let again = rosters.players(&store, &prepared.hash).await.unwrap();
        assert!(Arc::ptr_eq(&players, &again), "parsed once");
        let bad = rosters.players(&store, &"f".repeat(64)).await.unwrap_err();
        assert!(matches!(bad, StoreError::Corrupt(_)), "{bad:?}");
        let missing = rosters.players(&store, &"0".repeat(64)).await.unwrap_err();
        assert!(
            matches!(missing, StoreError::RosterNotFound(_)),
            "{missing:?}"
        );
        store.close().await;
    }

    #[tokio::test]
    async fn stored_rosters_are_left_out_of_new_games() {
        let rosters = Rosters::new();
        let league = sample();
        let home = rosters
            .prepare(&league, league.teams[0].id.0)
            .await
            .unwrap();
        let away = rosters
            .prepare(&league, league.teams[1].id.0)
            .await
            .unwrap();
        let both = [&*home, &*away];
        assert_eq!(rosters.unstored(&both).len(), 2);
        // The same team on both sides is sent once.
        assert_eq!(rosters.unstored(&[&*home, &*home]).len(), 1);
        rosters.stored(&[&*home]).await;
        let left = rosters.unstored(&both);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].hash, *away.hash);
    }
}
