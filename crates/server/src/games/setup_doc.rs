//! A game's setup as stored (the `setup` document of its `game_setups` row): the
//! [`StoredSetup`] with each team's roster named by hash (decision 101), or, in games created
//! before content-addressed rosters, embedded inline — both are read.

use super::live::{StoredSetup, StoredTeam};
use super::rosters::Rosters;
use dugout_engine::Mode;
use dugout_model::{Player, RuleSettings, Team};
use dugout_store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;
use uuid::Uuid;

/// The document written for a new game (field names as the inline format had them, so readers
/// of `settings` and `league_id` see no change).
#[derive(Serialize)]
struct SetupRef<'a> {
    league_id: &'a str,
    mode: Mode,
    settings: &'a RuleSettings,
    home: TeamRef<'a>,
    away: TeamRef<'a>,
    home_seat: &'a str,
    away_seat: &'a str,
}

#[derive(Serialize)]
struct TeamRef<'a> {
    team: &'a Team,
    roster_hash: &'a str,
}

/// Any stored setup document, old or new.
#[derive(Deserialize)]
struct SetupDoc {
    league_id: String,
    mode: Mode,
    settings: RuleSettings,
    home: TeamDoc,
    away: TeamDoc,
    home_seat: String,
    away_seat: String,
}

#[derive(Deserialize)]
struct TeamDoc {
    team: Team,
    /// Written before decision 101: the roster itself.
    #[serde(default)]
    roster: Option<Vec<Player>>,
    /// Since decision 101: the hash of the stored roster.
    #[serde(default)]
    roster_hash: Option<String>,
}

/// The setup document of a new game whose home and away rosters are stored under `home_hash`
/// and `away_hash`.
///
/// # Errors
/// A setup that does not serialize.
pub fn document(
    setup: &StoredSetup,
    home_hash: &str,
    away_hash: &str,
) -> Result<Value, serde_json::Error> {
    serde_json::to_value(SetupRef {
        league_id: &setup.league_id,
        mode: setup.mode,
        settings: &setup.settings,
        home: TeamRef {
            team: &setup.home.team,
            roster_hash: home_hash,
        },
        away: TeamRef {
            team: &setup.away.team,
            roster_hash: away_hash,
        },
        home_seat: &setup.home_seat,
        away_seat: &setup.away_seat,
    })
}

/// The setup of game `id` from its stored document, rosters fetched by hash (through `rosters`'
/// cache) or taken inline from an old document.
///
/// # Errors
/// `StoreError::Corrupt` for a document that does not decode or names no roster;
/// `StoreError::RosterNotFound` for a hash the store does not hold; database failures.
pub async fn read(
    store: &Store,
    rosters: &Rosters,
    id: Uuid,
    document: &Value,
) -> Result<StoredSetup, StoreError> {
    let corrupt = |e: String| StoreError::Corrupt(format!("game {id} setup: {e}"));
    // From a reference: an old document's rosters are not cloned as a `Value` first.
    let doc = SetupDoc::deserialize(document).map_err(|e| corrupt(e.to_string()))?;
    let team = |side: &'static str, t: TeamDoc| async move {
        let roster: Arc<[Player]> = match (t.roster, t.roster_hash) {
            (Some(inline), _) => Arc::from(inline),
            (None, Some(hash)) => rosters.players(store, &hash).await?,
            (None, None) => return Err(corrupt(format!("{side} has no roster"))),
        };
        Ok::<_, StoreError>(StoredTeam {
            team: t.team,
            roster,
        })
    };
    Ok(StoredSetup {
        league_id: doc.league_id,
        mode: doc.mode,
        settings: doc.settings,
        home: team("home", doc.home).await?,
        away: team("away", doc.away).await?,
        home_seat: doc.home_seat,
        away_seat: doc.away_seat,
    })
}
