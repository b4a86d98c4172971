//! `submit_manual_outcome`: a result read off a card, or a manager's answer to a check the league
//! has no rating for (protocol.md §1.4).

use super::{Draft, Game, Pending};
use crate::advance;
use crate::event::Events;
use crate::fielding::{self, ErrorLevel, XBase};
use crate::roll::{CardRead, CheckKind, RollKind};
use crate::{DiceSource, Mode, Phase, RollId, RolledBy, RuleError, Side};
use dugout_model::{FieldPos, ResultCode};

/// A check waiting for a manager's answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) enum CheckWait {
    /// WP/PB check without the rating: `ADVANCE` or `NONE`.
    WpPb(CheckKind),
    /// Fielding check without ratings: a base result and an error.
    XCheck(Box<Draft>),
    /// Extra-base try without the runner's speed: `SAFE` or `OUT`.
    Try(Box<Draft>),
    /// Bunt without a grade: `SUCCESS` or `FAIL`.
    Bunt,
    /// A steal by a runner without steal ratings: `SAFE`, `OUT` or `STAYS` (batting side).
    Steal(Box<super::running::StealState>),
    /// Catcher `SPD` without the batter's speed: `SAFE` or `OUT` (fielding side).
    Speed(Box<Draft>),
    /// Catcher foul pop with runners on, without the catcher's `pb`: `ADVANCE` or `NONE`
    /// (fielding side).
    FoulPopPassedBall(Box<Draft>),
}

impl Game {
    /// Waits in `awaiting_outcome` for `side`'s answer to a check rolled without the rating it
    /// needs (protocol.md §1.4).
    pub(crate) fn wait_for_answer(
        &mut self,
        mut roll: crate::Roll,
        side: Side,
        check: CheckWait,
        events: &mut Events,
    ) {
        roll.answer_by = Some(side);
        events.push(crate::Event::DiceRolled { roll: roll.clone() });
        self.pending = Some(Pending::Check { roll, check });
        self.phase = Phase::AwaitingOutcome;
    }

    /// The side that answers the pending roll, or `None` when either may.
    pub(crate) fn answer_side(&self) -> Option<Side> {
        let ai = self.setup.home.ai || self.setup.away.ai;
        if ai {
            return None;
        }
        match &self.pending {
            Some(Pending::AtBat { roll }) => roll.answer_by.or(match roll.kind {
                RollKind::Ab(ab) => Some(match ab.card {
                    CardRead::Batter => self.batting_side(),
                    CardRead::Pitcher => self.fielding_side(),
                }),
                _ => None,
            }),
            Some(Pending::Check { roll, .. }) => roll.answer_by,
            _ => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn submit_outcome(
        &mut self,
        side: Side,
        roll_id: RollId,
        outcome: &str,
        location: Option<FieldPos>,
        error: Option<u8>,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        match self.phase {
            Phase::AwaitingOutcome => {}
            Phase::AwaitingRoll => return Err(RuleError::NoPendingRoll),
            _ => return Err(self.wrong_phase("submitting an outcome")),
        }
        if let Some(answer) = self.answer_side()
            && answer != side
        {
            return Err(RuleError::Forbidden(format!(
                "the {answer} manager answers this roll"
            )));
        }
        let pending_roll = match &self.pending {
            Some(Pending::AtBat { roll }) | Some(Pending::Check { roll, .. }) => roll.clone(),
            _ => return Err(RuleError::NoPendingRoll),
        };
        if pending_roll.roll_id != roll_id {
            return Err(RuleError::UnknownRoll(roll_id.to_string()));
        }
        let is_x = matches!(
            self.pending,
            Some(Pending::Check {
                check: CheckWait::XCheck(_),
                ..
            })
        );
        if error.is_some() && !is_x {
            return Err(RuleError::InvalidOutcome(
                "error is only part of an X-check answer".into(),
            ));
        }
        let bad = |m: String| Err(RuleError::InvalidOutcome(m));
        match self.pending.clone() {
            Some(Pending::AtBat { roll }) => {
                let Some(code) = ResultCode::parse(outcome) else {
                    return bad(format!("{outcome:?} is not a result code"));
                };
                if code == ResultCode::IntentionalWalk {
                    return bad(
                        "an intentional walk is a defensive decision, not a card result".into(),
                    );
                }
                if code.requires_location() && location.is_none() {
                    return bad(format!("{code} needs a hit location"));
                }
                if code == ResultCode::XCheck && location.is_none() {
                    return bad("X_CHECK needs the position checked".into());
                }
                if !matches!(
                    code,
                    ResultCode::BpHomerun | ResultCode::BpSingle | ResultCode::XCheck
                ) && let Err(e) = advance::resolve(code, &self.situation(location))
                {
                    return bad(format!("{code} is not possible here: {e}"));
                }
                let mut rolls = std::mem::take(&mut self.carried_rolls);
                rolls.push(roll);
                self.pending = None;
                self.resolve_code(code, location, rolls, dice, events)?;
            }
            Some(Pending::Check { roll, check }) => match check {
                CheckWait::WpPb(kind) => {
                    let advance = two_way(outcome, "ADVANCE", "NONE")?;
                    self.pending = None;
                    let mut rolls = std::mem::take(&mut self.carried_rolls);
                    rolls.push(roll);
                    if advance {
                        self.wild_pitch(kind, rolls, events);
                    } else {
                        self.carried_rolls = rolls;
                        if self.setup.mode == Mode::Manual {
                            self.phase = Phase::AwaitingRoll;
                        } else {
                            self.at_bat(RolledBy::Server, dice, events)?;
                        }
                    }
                }
                CheckWait::XCheck(mut draft) => {
                    let Some(base) = XBase::parse(outcome) else {
                        return bad(format!("{outcome:?} is not a fielding result (G1 … FO)"));
                    };
                    let Some(err) = ErrorLevel::from_bases(error.unwrap_or(0)) else {
                        return bad("error is 0, 1, 2 or 3".into());
                    };
                    let pos = draft.check_pos.unwrap_or(FieldPos::SS);
                    let s = self.situation(Some(pos));
                    let rare = matches!(roll.kind, RollKind::Fielding { dice } if dice.d100 == 1);
                    let x = if rare {
                        // d100 = 1: the rare play of the base result, never an error (§8).
                        if err != ErrorLevel::None {
                            return bad("a rare play (d100 = 1) has no error: send error 0".into());
                        }
                        fielding::rare_outcome(base, pos, &s)
                    } else {
                        fielding::final_outcome(base, err, pos, &s)
                    };
                    let x = match x {
                        Ok(x) => x,
                        Err(e) => return bad(e.to_string()),
                    };
                    self.pending = None;
                    draft.rolls.push(roll);
                    self.after_x_check(*draft, x, dice, events)?;
                }
                CheckWait::Try(mut draft) => {
                    let safe = two_way(outcome, "SAFE", "OUT")?;
                    self.pending = None;
                    draft.rolls.push(roll);
                    draft.movement = advance::resolve_try(&draft.movement, Some(safe));
                    self.commit(*draft, events);
                }
                CheckWait::Steal(st) => {
                    self.answer_steal(*st, roll, outcome, dice, events)?;
                }
                CheckWait::Speed(mut draft) => {
                    let safe = two_way(outcome, "SAFE", "OUT")?;
                    self.pending = None;
                    draft.rolls.push(roll);
                    self.after_speed_check(*draft, safe, dice, events)?;
                }
                CheckWait::FoulPopPassedBall(mut draft) => {
                    let passed_ball = two_way(outcome, "ADVANCE", "NONE")?;
                    self.pending = None;
                    draft.rolls.push(roll);
                    self.after_foul_pop_check(*draft, passed_ball, dice, events)?;
                }
                CheckWait::Bunt => {
                    let success = two_way(outcome, "SUCCESS", "FAIL")?;
                    self.pending = None;
                    self.bunt_result(success, roll, events);
                }
            },
            _ => return Err(RuleError::NoPendingRoll),
        }
        Ok(())
    }
}

/// A manager's two-way answer: `yes` → true, `no` → false, anything else refused.
fn two_way(outcome: &str, yes: &str, no: &str) -> Result<bool, RuleError> {
    match outcome {
        o if o == yes => Ok(true),
        o if o == no => Ok(false),
        _ => Err(RuleError::InvalidOutcome(format!("answer {yes} or {no}"))),
    }
}
