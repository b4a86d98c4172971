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

/// A snapshot as read back (written as [`StoredRef`]; its `format` is checked before decoding).
#[derive(Deserialize)]
struct Stored {
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

/// Removes `setup.{home,away}.{team,roster}` from a game's JSON (the engine's roster-less copy
/// still has the team and an empty roster; restore fills both in from the stored setup).
fn strip_teams(game: &mut Value) {
    for side in ["home", "away"] {
        if let Some(team) = game
            .get_mut("setup")
            .and_then(|s| s.get_mut(side))
            .and_then(Value::as_object_mut)
        {
            team.remove("team");
            team.remove("roster");
        }
    }
}

/// [`Stored`] as it is written: the same fields, borrowing the live game's parts, so the snapshot
/// is built by one serialization pass (serializing a `Value` inside a struct copies the tree).
#[derive(Serialize)]
struct StoredRef<'a> {
    format: u32,
    version: u64,
    home_seat: &'a str,
    away_seat: &'a str,
    lineups: &'a [Option<LineupCard>; 2],
    game: Option<Game>,
    replies: Vec<(String, String, Value)>,
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
    let game = live.game.as_ref().map(Game::without_rosters);
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
    let mut state = serde_json::to_value(StoredRef {
        format: FORMAT,
        version,
        home_seat: live.home_seat.as_str(),
        away_seat: live.away_seat.as_str(),
        lineups: &live.lineups,
        game,
        replies,
    })?;
    if let Some(game) = state.get_mut("game") {
        strip_teams(game);
    }
    Ok(Snapshot {
        version: version as i64,
        state,
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
