//! The values the store reads and writes for games. JSON documents (setup, actions, dice,
//! replies, states) are opaque `serde_json::Value`s: their shape belongs to the engine and the
//! protocol crates, not to the store.

use std::sync::Arc;

use serde_json::Value;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::StoreError;

/// Who plays a side: a user, the engine's AI manager, or nobody yet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seat {
    /// Waiting for an eligible user to claim it.
    Open,
    /// The engine's AI manager plays this side.
    Ai,
    /// This user (id like `"discord:123"` or `"local:alice"`) manages this side.
    User(String),
}

impl Seat {
    /// The stored text: `"open"`, `"ai"` or the user id (user ids always contain a `:`, so they
    /// never collide with the two keywords).
    pub fn as_str(&self) -> &str {
        match self {
            Seat::Open => "open",
            Seat::Ai => "ai",
            Seat::User(id) => id,
        }
    }

    /// Reads the stored text back.
    pub fn from_stored(text: &str) -> Seat {
        match text {
            "open" => Seat::Open,
            "ai" => Seat::Ai,
            user => Seat::User(user.to_owned()),
        }
    }

    /// The managing user's id, if a user sits here.
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Seat::User(id) => Some(id),
            _ => None,
        }
    }
}

/// Both seats of a game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seats {
    /// The home side.
    pub home: Seat,
    /// The away side.
    pub away: Seat,
}

/// A game's lifecycle status (protocol.md §2): the only summary field the store filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GameStatus {
    /// Seats or lineups missing.
    Pending,
    /// Being played.
    Active,
    /// Over.
    Completed,
}

impl GameStatus {
    /// The protocol's spelling, also the stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            GameStatus::Pending => "pending",
            GameStatus::Active => "active",
            GameStatus::Completed => "completed",
        }
    }

    /// Parses the protocol's spelling.
    ///
    /// # Errors
    /// [`StoreError::Corrupt`] for any other text.
    pub fn parse(text: &str) -> Result<GameStatus, StoreError> {
        match text {
            "pending" => Ok(GameStatus::Pending),
            "active" => Ok(GameStatus::Active),
            "completed" => Ok(GameStatus::Completed),
            other => Err(StoreError::Corrupt(format!("game status {other:?}"))),
        }
    }
}

/// What the games list shows about a game, rewritten by every append so listing never reads
/// states. Phase, half and waiting_for are kept as the protocol's strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GameSummary {
    /// Lifecycle status.
    pub status: GameStatus,
    /// Protocol phase (`"awaiting_lineups"`, `"awaiting_defensive"`, ...).
    pub phase: String,
    /// `"home"`, `"away"`, `"either"` or none.
    pub waiting_for: Option<String>,
    /// Current inning, from 1.
    pub inning: i32,
    /// `"top"` or `"bottom"`.
    pub half: String,
    /// Home runs.
    pub home_score: i32,
    /// Away runs.
    pub away_score: i32,
}

impl GameSummary {
    /// The summary of a game that was just created: pending, awaiting lineups, top of the 1st, 0-0.
    pub fn new_pending() -> GameSummary {
        GameSummary {
            status: GameStatus::Pending,
            phase: "awaiting_lineups".to_owned(),
            waiting_for: None,
            inning: 1,
            half: "top".to_owned(),
            home_score: 0,
            away_score: 0,
        }
    }
}

/// A game to create (at version 0).
#[derive(Debug, Clone)]
pub struct NewGame {
    /// The game's id.
    pub id: Uuid,
    /// League id (`"mlb2023"`, `"sba"`, ...).
    pub league_id: String,
    /// `"manual"` or `"auto"`.
    pub mode: String,
    /// Home team id (league APIs use integers).
    pub home_team_id: i64,
    /// Away team id.
    pub away_team_id: i64,
    /// Who sits where at creation.
    pub seats: Seats,
    /// The creating user's id.
    pub created_by: String,
    /// Everything the game reads (teams, settings, its rosters or their hashes), snapshotted now
    /// so later league changes never alter a game in progress.
    pub setup: Value,
    /// Rosters the setup refers to by hash, written in the same transaction as the game (a hash
    /// already stored is left as it is). A roster known to be stored may be left out.
    pub rosters: Vec<RosterDoc>,
    /// The list summary at version 0.
    pub summary: GameSummary,
    /// The state at version 0, stored as the first snapshot if given.
    pub initial_state: Option<Value>,
}

/// A content-addressed document: stored once under its hash however many games refer to it, and
/// never changed. The store does not look inside it, nor check the hash: the caller computes
/// the hash of exactly this text (the server: SHA-256 of a roster's JSON, decision 101).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterDoc {
    /// The key games refer to it by.
    pub hash: String,
    /// The document (JSON text), shared so a cached one is not copied per game.
    pub roster: Arc<str>,
}

/// A stored game's row: everything but its log.
#[derive(Debug, Clone, PartialEq)]
pub struct GameRecord {
    /// The game's id.
    pub id: Uuid,
    /// League id.
    pub league_id: String,
    /// `"manual"` or `"auto"`.
    pub mode: String,
    /// Home team id.
    pub home_team_id: i64,
    /// Away team id.
    pub away_team_id: i64,
    /// Current seats.
    pub seats: Seats,
    /// The creating user's id.
    pub created_by: String,
    /// The creation-time setup document.
    pub setup: Value,
    /// Current version (0 at creation, +1 per accepted change).
    pub version: i64,
    /// Current list summary.
    pub summary: GameSummary,
    /// When the game was created (millisecond precision).
    pub created_at: OffsetDateTime,
    /// When the game last changed.
    pub updated_at: OffsetDateTime,
}

/// One games-list entry: a [`GameRecord`] without the (large) setup document.
#[derive(Debug, Clone, PartialEq)]
pub struct GameListItem {
    /// The game's id.
    pub id: Uuid,
    /// League id.
    pub league_id: String,
    /// `"manual"` or `"auto"`.
    pub mode: String,
    /// Home team id.
    pub home_team_id: i64,
    /// Away team id.
    pub away_team_id: i64,
    /// Current seats (to compute the caller's `my_side`).
    pub seats: Seats,
    /// Current version.
    pub version: i64,
    /// Current list summary.
    pub summary: GameSummary,
    /// When the game was created.
    pub created_at: OffsetDateTime,
    /// When the game last changed.
    pub updated_at: OffsetDateTime,
}

/// A state snapshot: the serialized game at `version`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The version the state is at.
    pub version: i64,
    /// The serialized state.
    pub state: Value,
}

/// One accepted change to log.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAction {
    /// The version this change produces (the previous version + 1).
    pub version: i64,
    /// The action as the engine replays it.
    pub action: Value,
    /// The dice it used, if any (replays must not roll again).
    pub dice: Option<Value>,
    /// The sender's user id (or a server-side actor name such as `"ai"`).
    pub sender: String,
    /// The client's action id, if it gave one: `(game, sender, action_id)` is unique.
    pub action_id: Option<String>,
    /// The success reply the sender got, repeated verbatim on a retry.
    pub reply: Value,
}

/// A logged change, as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAction {
    /// The version this change produced.
    pub version: i64,
    /// The action.
    pub action: Value,
    /// Its dice.
    pub dice: Option<Value>,
    /// The sender.
    pub sender: String,
    /// The client's action id.
    pub action_id: Option<String>,
    /// The reply the sender got.
    pub reply: Value,
    /// When it was committed.
    pub created_at: OffsetDateTime,
}

/// Everything one game actor hands to the writer for one accepted change (or a few consecutive
/// ones): written in one transaction, all or nothing.
#[derive(Debug, Clone)]
pub struct GameAppend {
    /// The game.
    pub game_id: Uuid,
    /// The changes, in order, with consecutive versions starting at the stored version + 1.
    pub actions: Vec<NewAction>,
    /// The list summary after the last change.
    pub summary: GameSummary,
    /// New seats, when the change was a seat claim.
    pub seats: Option<Seats>,
    /// A snapshot to keep (usually the state after the last change; the actor decides how often).
    pub snapshot: Option<Snapshot>,
}

impl GameAppend {
    /// The version the game must be at for this append to apply.
    pub fn expected_version(&self) -> i64 {
        self.actions.first().map_or(0, |a| a.version - 1)
    }

    /// The version after this append.
    pub fn new_version(&self) -> i64 {
        self.actions.last().map_or(0, |a| a.version)
    }

    /// Checks the append's own shape before any database work.
    pub(crate) fn validate(&self) -> Result<(), StoreError> {
        let invalid = |reason| StoreError::InvalidAppend {
            game_id: self.game_id,
            reason,
        };
        if self.actions.is_empty() {
            return Err(invalid("no actions"));
        }
        if self.expected_version() < 0 {
            return Err(invalid("versions start at 1"));
        }
        if self
            .actions
            .windows(2)
            .any(|pair| pair[1].version != pair[0].version + 1)
        {
            return Err(invalid("action versions are not consecutive"));
        }
        if let Some(snapshot) = &self.snapshot
            && snapshot.version > self.new_version()
        {
            return Err(invalid("snapshot is newer than the last action"));
        }
        Ok(())
    }
}

/// A game as loaded to resume it: its row, the latest snapshot, and the log after that snapshot
/// (the whole log when there is no snapshot).
#[derive(Debug, Clone)]
pub struct LoadedGame {
    /// The game's row.
    pub game: GameRecord,
    /// The latest snapshot, if any.
    pub snapshot: Option<Snapshot>,
    /// Logged changes with version greater than the snapshot's, in version order.
    pub actions: Vec<StoredAction>,
}

/// The reply remembered for an `action_id`.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReply {
    /// The version the action produced.
    pub version: i64,
    /// The success reply sent the first time.
    pub reply: Value,
}

/// Which games to list (newest first by creation time).
#[derive(Debug, Clone, Default)]
pub struct GameFilter {
    /// Only games with this status.
    pub status: Option<GameStatus>,
    /// Only games where this user holds a seat (`?mine=true`).
    pub user_id: Option<String>,
    /// Page size; clamped to 1..=200, 50 when 0.
    pub limit: u32,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// One page of the games list.
#[derive(Debug, Clone)]
pub struct GamePage {
    /// The games, newest first.
    pub games: Vec<GameListItem>,
    /// Pass as [`GameFilter::cursor`] for the next page; none on the last page.
    pub next_cursor: Option<String>,
}
