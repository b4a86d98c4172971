//! [`RuleError`]: why the engine refused an action. Each variant is one protocol error code.

use thiserror::Error;

/// A refused action. The game is unchanged. [`RuleError::code`] is the protocol.md §1.3 code; the
/// message is for the user.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RuleError {
    /// The action does not belong to the current phase.
    #[error("{0}")]
    WrongPhase(String),
    /// `roll_dice` while an at-bat roll waits for its outcome.
    #[error("a roll is already waiting for its outcome")]
    RollAlreadyPending,
    /// An outcome submitted while no roll is pending.
    #[error("there is no pending roll: roll the dice first")]
    NoPendingRoll,
    /// An outcome for a roll that is not the pending one.
    #[error("roll {0} is not the pending roll")]
    UnknownRoll(String),
    /// A defensive or offensive decision the rules or the base state do not allow.
    #[error("{0}")]
    InvalidDecision(String),
    /// A manual outcome that is not a result code, lacks a hit location, or cannot happen here.
    #[error("{0}")]
    InvalidOutcome(String),
    /// A substitution the rules do not allow.
    #[error("{0}")]
    InvalidSubstitution(String),
    /// A lineup the rules do not allow (every reason, joined by "; ").
    #[error("{0}")]
    InvalidLineup(String),
    /// The game is over.
    #[error("the game is over")]
    GameOver,
    /// The action belongs to the other side.
    #[error("{0}")]
    Forbidden(String),
    /// An engine bug: the movement tables refused a situation the state machine thought legal.
    /// Never produced by a correct engine (exhaustive tests guard it); the caller must drop the
    /// game value and rebuild it from its action log, which does not hold this action.
    #[error("internal engine error: {0}")]
    Internal(String),
}

impl RuleError {
    /// The protocol error code (`"wrong_phase"`, `"invalid_decision"`, …).
    pub fn code(&self) -> &'static str {
        match self {
            RuleError::WrongPhase(_) => "wrong_phase",
            RuleError::RollAlreadyPending => "roll_already_pending",
            RuleError::NoPendingRoll => "no_pending_roll",
            RuleError::UnknownRoll(_) => "unknown_roll",
            RuleError::InvalidDecision(_) => "invalid_decision",
            RuleError::InvalidOutcome(_) => "invalid_outcome",
            RuleError::InvalidSubstitution(_) => "invalid_substitution",
            RuleError::InvalidLineup(_) => "invalid_lineup",
            RuleError::GameOver => "game_over",
            RuleError::Forbidden(_) => "forbidden",
            RuleError::Internal(_) => "internal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_protocol_strings() {
        assert_eq!(RuleError::GameOver.code(), "game_over");
        assert_eq!(RuleError::NoPendingRoll.code(), "no_pending_roll");
        assert_eq!(RuleError::InvalidOutcome("x".into()).to_string(), "x");
    }
}
