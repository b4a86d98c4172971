//! Snapshots of a live game, so loading an idle or restarted game replays only the log after the
//! latest one (decision 065). A snapshot is a cache: the action log stays the record, and a
//! snapshot that is missing, of another format or does not decode falls back to a full replay.
//!
//! The engine's `Game` serializes its whole setup, rosters and cards included (hundreds of KB);
//! that part never changes and is rebuilt from the game's stored setup, so a snapshot keeps only
//! the small state: seats, lineups, the game minus its teams and rosters, the version and the
//! remembered replies (`action_id` idempotency must survive a reload).

use super::live::{LiveGame, StoredSetup};
use dugout_engine::{Game, LineupCard};
use dugout_store::{Seat, Snapshot};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A snapshot is kept every this many versions, and when the game ends.
pub const SNAPSHOT_EVERY: u64 = 100;

/// Bumped whenever the layout below changes; another format is ignored (full replay).
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    version: u64,
    home_seat: String,
    away_seat: String,
    lineups: [Option<LineupCard>; 2],
    /// The engine game as JSON, without `setup.{home,away}.{team,roster}`.
    game: Option<Value>,
    /// `(sender, action_id, first reply)`.
    replies: Vec<(String, String, Value)>,
}

/// Why a snapshot could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// Written by another layout.
    #[error("snapshot format {0} is not {FORMAT}")]
    Format(u32),
    /// Its version is not the one it claims.
    #[error("snapshot says version {inner}, its row {outer}")]
    Version {
        /// In the document.
        inner: u64,
        /// In the row.
        outer: i64,
    },
    /// It does not decode.
    #[error("snapshot does not decode: {0}")]
    Decode(#[from] serde_json::Error),
    /// The game's part has no setup to fill in.
    #[error("snapshot game has no setup")]
    Shape,
}

/// Whether a change to `version` (ending the game or not) should carry a snapshot.
pub fn due(version: u64, game_over: bool) -> bool {
    game_over || version.is_multiple_of(SNAPSHOT_EVERY)
}

/// The game as JSON without `setup.{home,away}.{team,roster}`: serialized from the engine's
/// roster-less copy (rosters and cards are most of a game's JSON and never change).
fn without_rosters(game: &Game) -> Result<Value, serde_json::Error> {
    let mut value = serde_json::to_value(game.without_rosters())?;
    for side in ["home", "away"] {
        if let Some(team) = value
            .get_mut("setup")
            .and_then(|s| s.get_mut(side))
            .and_then(Value::as_object_mut)
        {
            team.remove("team");
            team.remove("roster");
        }
    }
    Ok(value)
}

/// The snapshot of `live` as of `version` (the actor snapshots a change before it commits it,
/// so `live` already holds the change but not yet its version), with `pending` (that change's
/// reply, not yet in `live.replies`) remembered too.
///
/// # Errors
/// Serialization failures (an engine type that does not serialize).
pub fn take(
    live: &LiveGame,
    version: u64,
    pending: Option<(&str, &str, &Value)>,
) -> Result<Snapshot, serde_json::Error> {
    let game = match &live.game {
        Some(game) => Some(without_rosters(game)?),
        None => None,
    };
    let mut replies: Vec<(String, String, Value)> = live
        .replies
        .iter()
        .map(|((sender, id), reply)| (sender.clone(), id.clone(), reply.clone()))
        .collect();
    if let Some((sender, id, reply)) = pending {
        replies.push((sender.to_string(), id.to_string(), reply.clone()));
    }
    // A stable order keeps equal games' snapshots byte-equal.
    replies.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let stored = Stored {
        format: FORMAT,
        version,
        home_seat: live.home_seat.as_str().to_string(),
        away_seat: live.away_seat.as_str().to_string(),
        lineups: live.lineups.clone(),
        game,
        replies,
    };
    Ok(Snapshot {
        version: version as i64,
        state: serde_json::to_value(stored)?,
    })
}

/// The live game a snapshot holds, its setup filled in from `setup`.
///
/// # Errors
/// [`SnapshotError`] when the snapshot cannot be used (the caller replays the whole log).
pub fn restore(setup: &StoredSetup, snapshot: &Snapshot) -> Result<LiveGame, SnapshotError> {
    let format = snapshot.state.get("format").and_then(Value::as_u64);
    if format != Some(u64::from(FORMAT)) {
        return Err(SnapshotError::Format(format.unwrap_or(0) as u32));
    }
    let stored: Stored = serde_json::from_value(snapshot.state.clone())?;
    if stored.version as i64 != snapshot.version {
        return Err(SnapshotError::Version {
            inner: stored.version,
            outer: snapshot.version,
        });
    }
    let game = match stored.game {
        None => None,
        Some(mut value) => {
            for (side, team) in [("home", &setup.home), ("away", &setup.away)] {
                let slot = value
                    .get_mut("setup")
                    .and_then(|s| s.get_mut(side))
                    .and_then(Value::as_object_mut)
                    .ok_or(SnapshotError::Shape)?;
                slot.insert("team".into(), serde_json::to_value(&team.team)?);
                slot.insert("roster".into(), serde_json::to_value(&team.roster)?);
            }
            Some(serde_json::from_value::<Game>(value)?)
        }
    };
    let mut live = LiveGame::new(setup.clone());
    live.home_seat = Seat::from_stored(&stored.home_seat);
    live.away_seat = Seat::from_stored(&stored.away_seat);
    live.lineups = stored.lineups;
    live.game = game;
    live.version = stored.version;
    live.replies = stored
        .replies
        .into_iter()
        .map(|(sender, id, reply)| ((sender, id), reply))
        .collect();
    Ok(live)
}
