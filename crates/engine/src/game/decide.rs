//! The managers' decisions and the manual `roll_dice`.

use super::Game;
use crate::event::DecisionKind;
use crate::event::Events;
use crate::{
    DefensiveDecision, DiceSource, Event, Mode, OffensiveAction, OffensiveDecision, Phase,
    RolledBy, RuleError, Side,
};

impl Game {
    pub(crate) fn wrong_phase(&self, what: &str) -> RuleError {
        RuleError::WrongPhase(format!(
            "{what} is not possible now: the game is {}",
            self.phase.as_str().replace('_', " ")
        ))
    }

    pub(super) fn on_defensive(
        &mut self,
        side: Side,
        decision: DefensiveDecision,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.fielding_side() {
            return Err(RuleError::Forbidden(
                "only the fielding team sets the defense".into(),
            ));
        }
        if self.phase != Phase::AwaitingDefensive {
            return Err(self.wrong_phase("a defensive decision"));
        }
        if let Some(problem) = self.field().field_problem(self.roster(side)) {
            return Err(RuleError::InvalidSubstitution(problem));
        }
        decision.validate(&self.bases())?;
        events.push(Event::DecisionSubmitted {
            side,
            kind: DecisionKind::Defensive,
        });
        self.defense = Some(decision);
        if decision.intentional_walk {
            self.intentional_walk(events)?;
        } else {
            self.phase = Phase::AwaitingOffensive;
        }
        let _ = dice;
        Ok(())
    }

    pub(super) fn on_offensive(
        &mut self,
        side: Side,
        decision: OffensiveDecision,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.batting_side() {
            return Err(RuleError::Forbidden(
                "only the batting team chooses the offense".into(),
            ));
        }
        if self.phase != Phase::AwaitingOffensive {
            return Err(self.wrong_phase("an offensive decision"));
        }
        decision.validate(&self.bases(), self.outs)?;
        events.push(Event::DecisionSubmitted {
            side,
            kind: DecisionKind::Offensive,
        });
        self.offense = Some(decision);
        if decision.action == OffensiveAction::Steal {
            let went = self.steal(decision.steal_attempts, dice, events);
            if went {
                return Ok(());
            }
            // Nobody went (STEAL_HELD): the batter swings away, no second decision.
            self.offense = Some(OffensiveDecision::SWING_AWAY);
        }
        if self.setup.mode == Mode::Manual {
            self.phase = Phase::AwaitingRoll;
        } else {
            self.pitch(RolledBy::Server, dice, events)?;
        }
        Ok(())
    }

    pub(super) fn roll_dice(
        &mut self,
        _side: Side,
        rolled_by: RolledBy,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        match self.phase {
            Phase::AwaitingRoll => {}
            Phase::AwaitingOutcome => return Err(RuleError::RollAlreadyPending),
            _ => return Err(self.wrong_phase("rolling the dice")),
        }
        self.pitch(rolled_by, dice, events)
    }

    /// The pitch after both decisions: a bunt roll or an at-bat roll.
    fn pitch(
        &mut self,
        rolled_by: RolledBy,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> super::Step {
        let bunt = matches!(
            self.offense.map(|o| o.action),
            Some(OffensiveAction::SacBunt | OffensiveAction::SqueezeBunt)
        );
        if bunt {
            self.bunt(rolled_by, dice, events);
            Ok(())
        } else {
            self.at_bat(rolled_by, dice, events)
        }
    }
}
