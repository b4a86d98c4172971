//! [`Action`]: every input the game accepts, one variant per client event that changes a game.

use crate::{DefensiveDecision, OffensiveDecision, Position, RollId, RolledBy, Side};
use dugout_model::{FieldPos, PlayerId};
use serde::{Deserialize, Serialize};

/// One lineup move of a substitution (protocol.md Move).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Move {
    /// The player who enters or changes position.
    pub player_id: PlayerId,
    /// His new position.
    pub position: Position,
    /// For a player entering the game: the player he replaces (who leaves).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces_player_id: Option<PlayerId>,
    /// A double switch: the batting slot (1..=9) he takes instead of the replaced player's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batting_slot: Option<u8>,
}

/// An input to [`crate::Game::apply`]. `side` is the side of the manager who sends it (the server
/// knows it from the seat; the engine checks it may act).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    /// `submit_defensive_decision`.
    DefensiveDecision {
        /// Sender.
        side: Side,
        /// The decision.
        decision: DefensiveDecision,
    },
    /// `submit_offensive_decision`.
    OffensiveDecision {
        /// Sender.
        side: Side,
        /// The decision.
        decision: OffensiveDecision,
    },
    /// `roll_dice` (manual mode).
    RollDice {
        /// Sender.
        side: Side,
        /// Recorded as the roll's `rolled_by`.
        rolled_by: RolledBy,
    },
    /// `submit_manual_outcome`: a result code read off a card, or the answer to a check.
    SubmitOutcome {
        /// Sender.
        side: Side,
        /// The pending roll.
        roll_id: RollId,
        /// A result code, or a check answer (`SAFE`, `OUT`, `ADVANCE`, `G2`, …).
        outcome: String,
        /// The hit location, where rules.md §5.1 needs one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hit_location: Option<FieldPos>,
        /// For an X-check answer: 0..=3 bases of error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<u8>,
    },
    /// `submit_runner_decision`.
    RunnerDecision {
        /// Sender.
        side: Side,
        /// Whether the runner tries.
        send: bool,
    },
    /// `request_pinch_hitter`.
    PinchHitter {
        /// Sender.
        side: Side,
        /// The new batter.
        entering: PlayerId,
        /// The batter he replaces.
        exiting: PlayerId,
    },
    /// `request_pinch_runner`.
    PinchRunner {
        /// Sender.
        side: Side,
        /// The new runner.
        entering: PlayerId,
        /// The runner he replaces.
        exiting: PlayerId,
    },
    /// `request_defensive_replacement`.
    DefensiveReplacement {
        /// Sender.
        side: Side,
        /// The moves, checked as a whole.
        moves: Vec<Move>,
    },
    /// `request_pitching_change`.
    PitchingChange {
        /// Sender.
        side: Side,
        /// The new pitcher.
        entering: PlayerId,
    },
}

impl Action {
    /// The side that sent it.
    pub fn side(&self) -> Side {
        match self {
            Action::DefensiveDecision { side, .. }
            | Action::OffensiveDecision { side, .. }
            | Action::RollDice { side, .. }
            | Action::SubmitOutcome { side, .. }
            | Action::RunnerDecision { side, .. }
            | Action::PinchHitter { side, .. }
            | Action::PinchRunner { side, .. }
            | Action::DefensiveReplacement { side, .. }
            | Action::PitchingChange { side, .. } => *side,
        }
    }
}
