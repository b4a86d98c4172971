//! Server → client payloads (protocol.md §1.2) and the ack reply shape (§1).

use crate::error_code::{ErrorCode, Refusal};
use crate::inbound::{Move, Side};
use crate::state::{GameState, UserRef};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Outbound event names.
pub mod event {
    /// `game_state`
    pub const GAME_STATE: &str = "game_state";
    /// `user_joined`
    pub const USER_JOINED: &str = "user_joined";
    /// `user_left`
    pub const USER_LEFT: &str = "user_left";
    /// `decision_submitted`
    pub const DECISION_SUBMITTED: &str = "decision_submitted";
    /// `dice_rolled`
    pub const DICE_ROLLED: &str = "dice_rolled";
    /// `play_resolved`
    pub const PLAY_RESOLVED: &str = "play_resolved";
    /// `player_substituted`
    pub const PLAYER_SUBSTITUTED: &str = "player_substituted";
    /// `game_over`
    pub const GAME_OVER: &str = "game_over";
    /// `game_listed`
    pub const GAME_LISTED: &str = "game_listed";
    /// `lineup_data`
    pub const LINEUP_DATA: &str = "lineup_data";
    /// `box_score_data`
    pub const BOX_SCORE_DATA: &str = "box_score_data";
    /// `error`
    pub const ERROR: &str = "error";
}

/// The ack reply: `{ok: true, version}` or `{ok: false, error, version?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// Whether the event was accepted.
    pub ok: bool,
    /// The refusal, when `ok` is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Refusal>,
    /// The game's current version, whenever the game exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
}

impl Reply {
    /// A success at `version`.
    pub fn ok(version: u64) -> Self {
        Reply {
            ok: true,
            error: None,
            version: Some(version),
        }
    }

    /// A success without a game version (lobby events, leave_game of an unknown game…).
    pub fn ok_unversioned() -> Self {
        Reply {
            ok: true,
            error: None,
            version: None,
        }
    }

    /// A refusal; `version` when the game exists.
    pub fn refused(refusal: Refusal, version: Option<u64>) -> Self {
        Reply {
            ok: false,
            error: Some(refusal),
            version,
        }
    }

    /// Shorthand for a refusal with `code` and `message`.
    pub fn refuse(code: ErrorCode, message: impl Into<String>, version: Option<u64>) -> Self {
        Reply::refused(Refusal::new(code, message), version)
    }
}

/// `error` event: `{code, message, event}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorEvent {
    /// The code.
    pub code: ErrorCode,
    /// The message.
    pub message: String,
    /// The client event that was refused (bounded; unknown names are cut to 64 characters).
    pub event: String,
}

/// `game_state`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameStateEvent {
    /// Game id.
    pub game_id: String,
    /// The state as the receiver may see it.
    pub state: GameState,
}

/// Role in a game's room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Home manager.
    Home,
    /// Away manager.
    Away,
    /// Anyone else.
    Spectator,
}

impl From<Side> for Role {
    fn from(side: Side) -> Self {
        match side {
            Side::Home => Role::Home,
            Side::Away => Role::Away,
        }
    }
}

/// `user_joined` / `user_left`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// Game id.
    pub game_id: String,
    /// Who.
    pub user: UserRef,
    /// As what.
    pub role: Role,
}

/// Which decision was submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// The fielding side's.
    Defensive,
    /// The batting side's.
    Offensive,
}

/// `decision_submitted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionSubmitted {
    /// Game id.
    pub game_id: String,
    /// Who decided.
    pub side: Side,
    /// Which decision.
    pub kind: DecisionKind,
    /// An AI seat's explanation (null for humans and while hidden).
    pub reason: Option<String>,
    /// State after the change.
    pub state: GameState,
}

/// `dice_rolled`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiceRolled {
    /// Game id.
    pub game_id: String,
    /// The roll (engine wire shape).
    pub roll: Value,
    /// State after the change.
    pub state: GameState,
}

/// `play_resolved`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayResolved {
    /// Game id.
    pub game_id: String,
    /// The play (engine wire shape).
    pub play: Value,
    /// An AI seat's explanation.
    pub reason: Option<String>,
    /// State after the change.
    pub state: GameState,
}

/// `player_substituted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerSubstituted {
    /// Game id.
    pub game_id: String,
    /// The side that changed.
    pub side: Side,
    /// The moves.
    pub moves: Vec<Move>,
    /// State after the change.
    pub state: GameState,
}

/// Final score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinalScore {
    /// Home runs.
    pub home: u32,
    /// Away runs.
    pub away: u32,
}

/// `game_over`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameOverEvent {
    /// Game id.
    pub game_id: String,
    /// The final score.
    #[serde(rename = "final")]
    pub final_score: FinalScore,
    /// The winner.
    pub winner: Side,
    /// The final state.
    pub state: GameState,
}

/// A games-list team entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListTeam {
    /// Team id.
    pub team_id: i64,
    /// Abbreviation.
    pub abbrev: String,
    /// Full name.
    pub lname: String,
    /// Colour.
    pub color: String,
    /// Runs.
    pub score: u32,
}

/// A games-list item (protocol.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameListItem {
    /// Game id.
    pub game_id: String,
    /// League id.
    pub league_id: String,
    /// Lifecycle.
    pub status: crate::state::GameStatus,
    /// Mode.
    pub mode: crate::inbound::http::Mode,
    /// Phase.
    pub phase: String,
    /// Whose move.
    pub waiting_for: Option<String>,
    /// Home team.
    pub home: ListTeam,
    /// Away team.
    pub away: ListTeam,
    /// Inning.
    pub inning: u32,
    /// Half.
    pub half: crate::state::Half,
    /// `"Top 3"`, `"Bot 7"`, `"Final"`, `"Final/10"`, `"Pregame"`.
    pub inning_label: String,
    /// Last change, RFC 3339.
    pub updated_at: String,
    /// The viewer's side, if they manage one.
    pub my_side: Option<Side>,
}

/// `game_listed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameListed {
    /// The item.
    pub item: GameListItem,
}

/// `lineup_data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineupData {
    /// Game id.
    pub game_id: String,
    /// Whose lineup.
    pub side: Side,
    /// Batting order slots.
    pub lineup: Vec<Value>,
    /// Current pitcher.
    pub pitcher: Value,
    /// Bench.
    pub bench: Vec<Value>,
    /// Bullpen.
    pub bullpen: Vec<Value>,
}

/// `box_score_data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoxScoreData {
    /// Game id.
    pub game_id: String,
    /// The box score (engine wire shape).
    pub box_score: Value,
}

/// The inning label of a games-list item.
pub fn inning_label(
    status: crate::state::GameStatus,
    inning: u32,
    half: crate::state::Half,
    regulation: u32,
) -> String {
    use crate::state::{GameStatus, Half};
    match status {
        GameStatus::Pending => "Pregame".to_string(),
        GameStatus::Completed if inning > regulation => format!("Final/{inning}"),
        GameStatus::Completed => "Final".to_string(),
        GameStatus::Active => match half {
            Half::Top => format!("Top {inning}"),
            Half::Bottom => format!("Bot {inning}"),
        },
    }
}
