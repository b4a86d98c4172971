//! Replay: a game is the fold of its actions with the dice each one drew.

use crate::{Action, DiceSource, Game, GameSetup, RecordingDice, RuleError, ScriptedDice};
use serde::{Deserialize, Serialize};

/// One entry of an action log: the action and the dice values it drew, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedAction {
    /// The action.
    pub action: Action,
    /// Every die it drew.
    pub dice: Vec<u8>,
}

/// Why a log does not replay.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    /// The setup was refused.
    #[error("setup refused: {0}")]
    Setup(RuleError),
    /// An action was refused.
    #[error("action {index} refused: {error}")]
    Action {
        /// Its index in the log.
        index: usize,
        /// Why.
        error: RuleError,
    },
    /// An action drew more or fewer dice than it recorded.
    #[error("action {index} used a different number of dice than recorded")]
    Dice {
        /// Its index in the log.
        index: usize,
    },
}

/// Rebuilds a game from its setup and log.
///
/// # Errors
/// [`ReplayError`] naming the first entry that does not replay.
pub fn replay(setup: GameSetup, log: &[LoggedAction]) -> Result<Game, ReplayError> {
    let mut game = Game::from_setup(setup).map_err(ReplayError::Setup)?;
    for (index, entry) in log.iter().enumerate() {
        let mut dice = ScriptedDice::new(entry.dice.clone());
        game.apply(entry.action.clone(), &mut dice)
            .map_err(|error| ReplayError::Action { index, error })?;
        if dice.exhausted() || dice.remaining() > 0 {
            return Err(ReplayError::Dice { index });
        }
    }
    Ok(game)
}

impl Game {
    /// Applies an action and returns the log entry that replays it (its dice recorded).
    ///
    /// # Errors
    /// As [`Game::apply`].
    pub fn apply_logged<D: DiceSource>(
        &mut self,
        action: Action,
        dice: &mut D,
    ) -> Result<(crate::Transition, LoggedAction), RuleError> {
        let mut rec = RecordingDice::new(dice);
        let t = self.apply(action.clone(), &mut rec)?;
        Ok((
            t,
            LoggedAction {
                action,
                dice: rec.drawn,
            },
        ))
    }
}
