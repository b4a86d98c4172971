//! Client → server Socket.IO events (protocol.md §1.1), parsed strictly from `serde_json::Value`.
//!
//! [`parse_event`] is the single door: an event name and its payload become an [`Inbound`] or a
//! [`PayloadError`] naming the field. Nothing here knows the game's state; checks against it happen
//! in the game actor.

mod decisions;
pub mod http;
mod substitutions;

pub use decisions::{
    Base, DefensiveDecision, InfieldDepth, OffensiveAction, OffensiveDecision, OutfieldDepth,
};
pub use substitutions::{Move, MovePosition};

use crate::parse::{Obj, PayloadError, Problem};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A side of a game, spelled `"home"` / `"away"` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The home team.
    Home,
    /// The visiting team.
    Away,
}

impl Side {
    /// Both sides, away first (batting order of an inning).
    pub const BOTH: [Side; 2] = [Side::Away, Side::Home];

    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Home => "home",
            Side::Away => "away",
        }
    }

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Home => Side::Away,
            Side::Away => Side::Home,
        }
    }

    pub(crate) fn parse(obj: &mut Obj<'_>, key: &'static str) -> Result<Side, PayloadError> {
        Ok(match obj.req_enum(key, &["home", "away"])? {
            0 => Side::Home,
            _ => Side::Away,
        })
    }
}

/// Every client → server event name (protocol.md §1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventName {
    /// `join_game`
    JoinGame,
    /// `leave_game`
    LeaveGame,
    /// `join_lobby`
    JoinLobby,
    /// `leave_lobby`
    LeaveLobby,
    /// `submit_defensive_decision`
    SubmitDefensiveDecision,
    /// `submit_offensive_decision`
    SubmitOffensiveDecision,
    /// `roll_dice`
    RollDice,
    /// `submit_manual_outcome`
    SubmitManualOutcome,
    /// `submit_runner_decision`
    SubmitRunnerDecision,
    /// `request_pinch_hitter`
    RequestPinchHitter,
    /// `request_pinch_runner`
    RequestPinchRunner,
    /// `request_defensive_replacement`
    RequestDefensiveReplacement,
    /// `request_pitching_change`
    RequestPitchingChange,
    /// `get_lineup`
    GetLineup,
    /// `get_box_score`
    GetBoxScore,
}

impl EventName {
    /// Every event.
    pub const ALL: [EventName; 15] = [
        EventName::JoinGame,
        EventName::LeaveGame,
        EventName::JoinLobby,
        EventName::LeaveLobby,
        EventName::SubmitDefensiveDecision,
        EventName::SubmitOffensiveDecision,
        EventName::RollDice,
        EventName::SubmitManualOutcome,
        EventName::SubmitRunnerDecision,
        EventName::RequestPinchHitter,
        EventName::RequestPinchRunner,
        EventName::RequestDefensiveReplacement,
        EventName::RequestPitchingChange,
        EventName::GetLineup,
        EventName::GetBoxScore,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventName::JoinGame => "join_game",
            EventName::LeaveGame => "leave_game",
            EventName::JoinLobby => "join_lobby",
            EventName::LeaveLobby => "leave_lobby",
            EventName::SubmitDefensiveDecision => "submit_defensive_decision",
            EventName::SubmitOffensiveDecision => "submit_offensive_decision",
            EventName::RollDice => "roll_dice",
            EventName::SubmitManualOutcome => "submit_manual_outcome",
            EventName::SubmitRunnerDecision => "submit_runner_decision",
            EventName::RequestPinchHitter => "request_pinch_hitter",
            EventName::RequestPinchRunner => "request_pinch_runner",
            EventName::RequestDefensiveReplacement => "request_defensive_replacement",
            EventName::RequestPitchingChange => "request_pitching_change",
            EventName::GetLineup => "get_lineup",
            EventName::GetBoxScore => "get_box_score",
        }
    }

    /// The event called `name`, if any.
    pub fn from_name(name: &str) -> Option<EventName> {
        EventName::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// Whether the event changes a game (and so takes `expected_version` and `action_id`).
    pub fn is_mutating(self) -> bool {
        !matches!(
            self,
            EventName::JoinGame
                | EventName::LeaveGame
                | EventName::JoinLobby
                | EventName::LeaveLobby
                | EventName::GetLineup
                | EventName::GetBoxScore
        )
    }
}

/// A parsed client → server event.
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    /// `join_game`.
    JoinGame {
        /// The game.
        game_id: String,
    },
    /// `leave_game`.
    LeaveGame {
        /// The game.
        game_id: String,
    },
    /// `join_lobby`.
    JoinLobby,
    /// `leave_lobby`.
    LeaveLobby,
    /// Any mutating event.
    Mutation(Mutation),
    /// `get_lineup`.
    GetLineup {
        /// The game.
        game_id: String,
        /// Whose lineup.
        side: Side,
    },
    /// `get_box_score`.
    GetBoxScore {
        /// The game.
        game_id: String,
    },
}

/// A mutating event: the game, the retry fields and the command itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Mutation {
    /// The game (any id string; one that names no game is `game_not_found`).
    pub game_id: String,
    /// Refuse with `stale_version` unless the game is at this version.
    pub expected_version: Option<u64>,
    /// Client-chosen idempotency key (≤ 64 characters).
    pub action_id: Option<String>,
    /// What to do.
    pub command: Command,
}

/// The game-changing part of a mutating event.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `submit_defensive_decision`.
    DefensiveDecision(DefensiveDecision),
    /// `submit_offensive_decision`.
    OffensiveDecision(OffensiveDecision),
    /// `roll_dice` (the label is the client's only; the server rolls what the decision calls for).
    RollDice {
        /// `"ab"` or `"bunt"`.
        roll_type: RollType,
    },
    /// `submit_manual_outcome`.
    ManualOutcome {
        /// The pending roll being answered.
        roll_id: String,
        /// A result code or an answer word (checked against the pending roll by the game).
        outcome: String,
        /// Where the ball went, for results that need it.
        hit_location: Option<String>,
        /// Errors on an X-check answer (0..=3).
        error: Option<u8>,
    },
    /// `submit_runner_decision`.
    RunnerDecision {
        /// Send the runner (`true`) or hold him.
        send: bool,
    },
    /// `request_pinch_hitter`.
    PinchHitter {
        /// The player coming in.
        entering_player_id: i64,
        /// The batter he replaces.
        exiting_player_id: i64,
    },
    /// `request_pinch_runner`.
    PinchRunner {
        /// The player coming in.
        entering_player_id: i64,
        /// The runner he replaces.
        exiting_player_id: i64,
    },
    /// `request_defensive_replacement` (the short form becomes one move).
    DefensiveReplacement {
        /// The moves, checked as a whole.
        moves: Vec<Move>,
    },
    /// `request_pitching_change`.
    PitchingChange {
        /// The new pitcher.
        entering_player_id: i64,
    },
}

impl Command {
    /// The event this command came from.
    pub fn event(&self) -> EventName {
        match self {
            Command::DefensiveDecision(_) => EventName::SubmitDefensiveDecision,
            Command::OffensiveDecision(_) => EventName::SubmitOffensiveDecision,
            Command::RollDice { .. } => EventName::RollDice,
            Command::ManualOutcome { .. } => EventName::SubmitManualOutcome,
            Command::RunnerDecision { .. } => EventName::SubmitRunnerDecision,
            Command::PinchHitter { .. } => EventName::RequestPinchHitter,
            Command::PinchRunner { .. } => EventName::RequestPinchRunner,
            Command::DefensiveReplacement { .. } => EventName::RequestDefensiveReplacement,
            Command::PitchingChange { .. } => EventName::RequestPitchingChange,
        }
    }
}

/// The client's label on `roll_dice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RollType {
    /// An at-bat roll.
    Ab,
    /// A bunt roll.
    Bunt,
}

/// Largest player id accepted: ids are JSON integers that must survive a JavaScript client.
pub const MAX_PLAYER_ID: i64 = (1 << 53) - 1;

/// Parses event `name` with `payload`.
///
/// # Errors
/// A [`PayloadError`] naming the field (field `event` for an unknown event name).
pub fn parse_event(name: &str, payload: &Value) -> Result<Inbound, PayloadError> {
    let Some(event) = EventName::from_name(name) else {
        return Err(PayloadError::new("event", Problem::UnknownEvent));
    };
    parse_known(event, payload)
}

/// Parses the payload of a known event.
///
/// # Errors
/// A [`PayloadError`] naming the field.
pub fn parse_known(event: EventName, payload: &Value) -> Result<Inbound, PayloadError> {
    // Lobby events carry nothing; an absent payload is as good as `{}`.
    if matches!(event, EventName::JoinLobby | EventName::LeaveLobby) {
        if !payload.is_null() {
            Obj::new(payload, "")?.finish()?;
        }
        return Ok(if event == EventName::JoinLobby {
            Inbound::JoinLobby
        } else {
            Inbound::LeaveLobby
        });
    }
    let mut obj = Obj::new(payload, "")?;
    let game_id = obj.req_id("game_id")?;
    let inbound = match event {
        EventName::JoinGame => Inbound::JoinGame { game_id },
        EventName::LeaveGame => Inbound::LeaveGame { game_id },
        EventName::GetBoxScore => Inbound::GetBoxScore { game_id },
        EventName::GetLineup => Inbound::GetLineup {
            game_id,
            side: Side::parse(&mut obj, "side")?,
        },
        _ => {
            let expected_version = obj
                .opt_int("expected_version", 0, MAX_PLAYER_ID)?
                .map(|v| v as u64);
            let action_id = obj.opt_id("action_id")?;
            let command = parse_command(event, &mut obj)?;
            Inbound::Mutation(Mutation {
                game_id,
                expected_version,
                action_id,
                command,
            })
        }
    };
    obj.finish()?;
    Ok(inbound)
}

fn parse_command(event: EventName, obj: &mut Obj<'_>) -> Result<Command, PayloadError> {
    Ok(match event {
        EventName::SubmitDefensiveDecision => {
            let v = obj.req("decision")?;
            Command::DefensiveDecision(DefensiveDecision::parse(v, &obj.path("decision"))?)
        }
        EventName::SubmitOffensiveDecision => {
            let v = obj.req("decision")?;
            Command::OffensiveDecision(OffensiveDecision::parse(v, &obj.path("decision"))?)
        }
        EventName::RollDice => Command::RollDice {
            roll_type: match obj.req_enum("roll_type", &["ab", "bunt"])? {
                0 => RollType::Ab,
                _ => RollType::Bunt,
            },
        },
        EventName::SubmitManualOutcome => Command::ManualOutcome {
            roll_id: obj.req_id("roll_id")?,
            outcome: obj.req_id("outcome")?,
            hit_location: obj.opt_id("hit_location")?,
            error: obj.opt_int("error", 0, 3)?.map(|e| e as u8),
        },
        EventName::SubmitRunnerDecision => Command::RunnerDecision {
            send: obj.req_bool("send")?,
        },
        EventName::RequestPinchHitter => Command::PinchHitter {
            entering_player_id: player_id(obj, "entering_player_id")?,
            exiting_player_id: player_id(obj, "exiting_player_id")?,
        },
        EventName::RequestPinchRunner => Command::PinchRunner {
            entering_player_id: player_id(obj, "entering_player_id")?,
            exiting_player_id: player_id(obj, "exiting_player_id")?,
        },
        EventName::RequestDefensiveReplacement => Command::DefensiveReplacement {
            moves: substitutions::parse_moves(obj)?,
        },
        EventName::RequestPitchingChange => Command::PitchingChange {
            entering_player_id: player_id(obj, "entering_player_id")?,
        },
        EventName::JoinGame
        | EventName::LeaveGame
        | EventName::JoinLobby
        | EventName::LeaveLobby
        | EventName::GetLineup
        | EventName::GetBoxScore => {
            return Err(PayloadError::new("event", Problem::UnknownEvent));
        }
    })
}

/// A required player id (a non-negative JSON integer that JavaScript can hold exactly).
pub(crate) fn player_id(obj: &mut Obj<'_>, key: &'static str) -> Result<i64, PayloadError> {
    obj.req_int(key, 0, MAX_PLAYER_ID)
}
