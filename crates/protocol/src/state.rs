//! The GameState DTO (protocol.md §1.2) and the small wire types it is made of.
//!
//! The engine owns the shapes of plays, rolls, runners and decisions (it serializes them in the wire
//! shape), so those parts are carried as JSON values here; the envelope, the teams and the
//! versioning fields are typed.

use crate::inbound::Side;
use crate::inbound::http::Mode;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A game's lifecycle status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GameStatus {
    /// Seats or lineups missing.
    Pending,
    /// Being played.
    Active,
    /// Over.
    Completed,
}

impl GameStatus {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            GameStatus::Pending => "pending",
            GameStatus::Active => "active",
            GameStatus::Completed => "completed",
        }
    }
}

/// Top or bottom of an inning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Half {
    /// Away bats.
    Top,
    /// Home bats.
    Bottom,
}

/// A user as other users see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRef {
    /// `"local:alice"`, `"discord:1234"`.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// One value per side, `{home, away}` on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PerSide<T> {
    /// Home value.
    pub home: T,
    /// Away value.
    pub away: T,
}

/// The three bases; each `null` or a Runner `{player_id, name, position}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bases {
    /// Runner on first.
    pub first: Option<Value>,
    /// Runner on second.
    pub second: Option<Value>,
    /// Runner on third.
    pub third: Option<Value>,
}

/// A side's team and seat as GameState shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSeat {
    /// The league's team id.
    pub team_id: i64,
    /// Full name.
    pub name: String,
    /// Abbreviation.
    pub abbrev: String,
    /// Team colour (hex, no `#`).
    pub color: String,
    /// Dice colour (hex, no `#`).
    pub dice_color: String,
    /// The seat's manager, if a human holds it.
    pub manager: Option<UserRef>,
    /// The engine's AI plays this side.
    pub is_ai: bool,
    /// The manager has a socket in the game's room.
    pub connected: bool,
}

/// The whole state of a game as one viewer may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameState {
    /// Game id (UUID).
    pub game_id: String,
    /// League id.
    pub league_id: String,
    /// Manual or auto.
    pub mode: Mode,
    /// Lifecycle.
    pub status: GameStatus,
    /// Bumped by exactly one per accepted change.
    pub version: u64,
    /// Current inning (1-based).
    pub inning: u32,
    /// Top or bottom.
    pub half: Half,
    /// Outs in the half-inning.
    pub outs: u8,
    /// Home runs.
    pub home_score: u32,
    /// Away runs.
    pub away_score: u32,
    /// Runners.
    pub bases: Bases,
    /// `{player_id, name, position, bats}` or null before lineups.
    pub batter: Option<Value>,
    /// `{player_id, name, position, throws, fatigued}` or null.
    pub pitcher: Option<Value>,
    /// `{player_id, name, position}` or null.
    pub catcher: Option<Value>,
    /// Side at bat.
    pub batting_side: Side,
    /// Side in the field.
    pub fielding_side: Side,
    /// Phase (`awaiting_defensive`, …).
    pub phase: String,
    /// `"home"`, `"away"`, `"either"` or null.
    pub waiting_for: Option<String>,
    /// An extra-base try waiting for the batting manager.
    pub pending_runner_decision: Option<Value>,
    /// The fielding side's decision.
    pub defensive_decision: Option<Value>,
    /// The batting side's decision, or `{"hidden": true}`.
    pub offensive_decision: Option<Value>,
    /// A roll waiting for its answer.
    pub pending_roll: Option<Value>,
    /// Runs per inning.
    pub line_score: PerSide<Vec<u32>>,
    /// Hits.
    pub hits: PerSide<u32>,
    /// Errors.
    pub errors: PerSide<u32>,
    /// The latest play.
    pub last_play: Option<Value>,
    /// Home team and seat.
    pub home: TeamSeat,
    /// Away team and seat.
    pub away: TeamSeat,
}

/// The value that replaces a decision the viewer may not see.
pub fn hidden() -> Value {
    serde_json::json!({"hidden": true})
}
