//! The phases of a plate appearance (rules.md §3, protocol.md GameState `phase`).

use serde::{Deserialize, Serialize};

/// Where the game stands and what it waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Before both lineups are in (a server-side state: a [`crate::Game`] always has lineups).
    AwaitingLineups,
    /// The fielding manager sets the defense.
    AwaitingDefensive,
    /// The batting manager chooses the offense.
    AwaitingOffensive,
    /// Either manager asks for the at-bat roll (manual mode).
    AwaitingRoll,
    /// A manager reads the card (or answers a check without ratings) and submits the result.
    AwaitingOutcome,
    /// The batting manager decides an extra-base try.
    AwaitingRunnerDecision,
    /// The game is over.
    GameOver,
}

impl Phase {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::AwaitingLineups => "awaiting_lineups",
            Phase::AwaitingDefensive => "awaiting_defensive",
            Phase::AwaitingOffensive => "awaiting_offensive",
            Phase::AwaitingRoll => "awaiting_roll",
            Phase::AwaitingOutcome => "awaiting_outcome",
            Phase::AwaitingRunnerDecision => "awaiting_runner_decision",
            Phase::GameOver => "game_over",
        }
    }

    /// "Between plays": substitutions are allowed (protocol.md §1.1).
    pub fn is_between_plays(self) -> bool {
        matches!(
            self,
            Phase::AwaitingDefensive | Phase::AwaitingOffensive | Phase::AwaitingRoll
        )
    }
}
