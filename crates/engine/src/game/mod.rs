//! [`Game`]: the validated state of one game and its single door, [`Game::apply`].
//!
//! Handlers check everything before they change anything, so a refused action leaves the game
//! exactly as it was (no clone needed on the hot path).

mod atbat;
mod commit;
mod decide;
mod fatigue;
mod flow;
mod manual;
mod queries;
mod resolve;
mod running;
mod setup_check;
mod subs;
mod team;

pub use queries::{PendingRunnerDecision, Waiting};
pub use team::LineupHistoryEntry;
pub(crate) use team::{PIdx, TeamState};

use crate::advance::{Movement, TryOffer};
use crate::event::Events;
use crate::{
    Action, BySide, DefensiveDecision, DiceSource, GameSetup, Half, OffensiveDecision, Phase, Play,
    PlayOutcome, PlayStats, Roll, RollId, RuleError, Side, Transition,
};
use dugout_model::{FieldPos, ResultCode};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Serde for the shared setup without serde's `rc` feature: a snapshot owns its setup.
mod shared_setup {
    use crate::GameSetup;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::sync::Arc;

    pub fn serialize<S: Serializer>(setup: &Arc<GameSetup>, s: S) -> Result<S::Ok, S::Error> {
        setup.as_ref().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<GameSetup>, D::Error> {
        GameSetup::deserialize(d).map(Arc::new)
    }
}

/// Serde for the shared plays without serde's `rc` feature: the same JSON as `Vec<Play>`.
mod shared_plays {
    use crate::Play;
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};
    use std::sync::Arc;

    pub fn serialize<S: Serializer>(plays: &[Arc<Play>], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(plays.len()))?;
        for play in plays {
            seq.serialize_element(play.as_ref())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Arc<Play>>, D::Error> {
        Vec::<Play>::deserialize(d).map(|plays| plays.into_iter().map(Arc::new).collect())
    }
}

/// The result of an internal step of an action: `Err` only for [`RuleError::Internal`] past the
/// point where the action's checks passed.
pub(crate) type Step = Result<(), RuleError>;

/// An advance-module refusal where none can happen: an engine bug, surfaced as a typed error
/// instead of a made-up play.
pub(crate) fn internal(e: crate::advance::AdvanceError) -> RuleError {
    RuleError::Internal(e.to_string())
}

/// A runner on base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Runner {
    /// Roster index on the batting side.
    pub idx: PIdx,
    /// Roster index (fielding side) of the pitcher charged if he scores; `None` for the
    /// extra-inning runner (charged to whoever pitches when he scores).
    pub charged_to: Option<PIdx>,
    /// False when he reached on an error or is the extra-inning runner: his run is unearned.
    pub earned: bool,
}

/// A play being built: everything decided so far, not yet applied to the state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Draft {
    pub outcome: PlayOutcome,
    /// The result code that moved the runners (after ballpark resolution), if any.
    pub code: Option<ResultCode>,
    pub location: Option<FieldPos>,
    pub rolls: Vec<Roll>,
    pub movement: Movement,
    pub stats: PlayStats,
    pub error_on: Option<FieldPos>,
    pub errors: u8,
    pub pa: bool,
    pub ab: bool,
    /// What the description should say beyond the outcome (X-check chain, ballpark, …).
    pub note: String,
    /// The fielder of an X-check.
    pub check_pos: Option<FieldPos>,
}

/// What the game waits for in `awaiting_outcome` or `awaiting_runner_decision`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum Pending {
    /// A manual at-bat roll waiting for the card's result.
    AtBat { roll: Roll },
    /// A check without a rating, answered by a manager.
    Check {
        roll: Roll,
        check: manual::CheckWait,
    },
    /// An extra-base try waiting for the batting side.
    Try {
        draft: Box<Draft>,
        offer: TryOffer,
        safe_if: Option<i32>,
    },
}

/// One game of Dugout: built with [`Game::from_setup`], changed only by [`Game::apply`].
///
/// Serializes (serde) to a snapshot that deserializes to an equal game which continues exactly
/// as the original would; the field layout is internal and may change between versions, so a
/// snapshot is a cache, and the action log stays the record (`replay`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Game {
    #[serde(with = "shared_setup")]
    pub(crate) setup: Arc<GameSetup>,
    pub(crate) teams: BySide<TeamState>,
    pub(crate) inning: u8,
    pub(crate) half: Half,
    pub(crate) outs: u8,
    pub(crate) runners: [Option<Runner>; 3],
    pub(crate) score: BySide<u16>,
    pub(crate) line: BySide<Vec<u16>>,
    pub(crate) hits: BySide<u16>,
    pub(crate) errors: BySide<u16>,
    pub(crate) phase: Phase,
    pub(crate) defense: Option<DefensiveDecision>,
    pub(crate) offense: Option<OffensiveDecision>,
    pub(crate) pending: Option<Pending>,
    /// Shared so that cloning a game (the server publishes a copy after every action) copies
    /// pointers, not every play's vectors and text.
    #[serde(with = "shared_plays")]
    pub(crate) plays: Vec<Arc<Play>>,
    pub(crate) next_roll: u32,
    /// Rolls that belong to no play yet (a manual WP/PB check that moved nobody).
    pub(crate) carried_rolls: Vec<Roll>,
    pub(crate) winner: Option<Side>,
    /// Plays so far in the current half-inning.
    pub(crate) half_plays: u32,
}

impl Game {
    /// Applies one action: checks it against the rules and the state, draws the dice it needs
    /// from `dice`, and returns what happened.
    ///
    /// # Errors
    /// A [`RuleError`] whose [`RuleError::code`] is the protocol error code; the game is unchanged.
    pub fn apply(
        &mut self,
        action: Action,
        dice: &mut impl DiceSource,
    ) -> Result<Transition, RuleError> {
        let mut events = Events::recording();
        self.dispatch(action, dice, &mut events)?;
        Ok(Transition {
            events: events.into_list(),
        })
    }

    /// As [`Game::apply`], for bulk simulation: the same rules, dice and state changes, but no
    /// events are built and plays are recorded without their `description` text (use
    /// [`Game::apply`] where anybody reads them).
    ///
    /// # Errors
    /// As [`Game::apply`].
    pub fn apply_quiet(
        &mut self,
        action: Action,
        dice: &mut impl DiceSource,
    ) -> Result<(), RuleError> {
        self.dispatch(action, dice, &mut Events::quiet())
    }

    fn dispatch(
        &mut self,
        action: Action,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if self.phase == Phase::GameOver {
            return Err(RuleError::GameOver);
        }
        let events = &mut *events;
        match action {
            Action::DefensiveDecision { side, decision } => {
                self.on_defensive(side, decision, dice, events)?
            }
            Action::OffensiveDecision { side, decision } => {
                self.on_offensive(side, decision, dice, events)?
            }
            Action::RollDice { side, rolled_by } => {
                self.roll_dice(side, rolled_by, dice, events)?
            }
            Action::SubmitOutcome {
                side,
                roll_id,
                outcome,
                hit_location,
                error,
            } => self.submit_outcome(side, roll_id, &outcome, hit_location, error, dice, events)?,
            Action::RunnerDecision { side, send } => {
                self.runner_decision(side, send, dice, events)?
            }
            Action::PinchHitter {
                side,
                entering,
                exiting,
            } => self.pinch_hitter(side, entering, exiting, events)?,
            Action::PinchRunner {
                side,
                entering,
                exiting,
            } => self.pinch_runner(side, entering, exiting, events)?,
            Action::DefensiveReplacement { side, moves } => {
                self.defensive_replacement(side, moves, events)?
            }
            Action::PitchingChange { side, entering } => {
                self.pitching_change(side, entering, events)?
            }
        }
        Ok(())
    }

    /// The next roll id.
    pub(crate) fn new_roll_id(&mut self) -> RollId {
        self.next_roll += 1;
        RollId(self.next_roll)
    }

    /// The side at bat.
    pub fn batting_side(&self) -> Side {
        self.half.batting()
    }

    /// The side in the field.
    pub fn fielding_side(&self) -> Side {
        self.half.fielding()
    }

    pub(crate) fn bat(&self) -> &TeamState {
        &self.teams[self.half.batting()]
    }

    pub(crate) fn field(&self) -> &TeamState {
        &self.teams[self.half.fielding()]
    }

    pub(crate) fn roster(&self, side: Side) -> &[dugout_model::Player] {
        &self.setup.team(side).roster
    }

    /// A player of `side` by roster index.
    pub(crate) fn p(&self, side: Side, idx: PIdx) -> &dugout_model::Player {
        &self.roster(side)[usize::from(idx)]
    }
}
