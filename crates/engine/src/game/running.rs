//! Steals, bunts, hit-and-run strikeouts and extra-base tries (rules.md §6, §7).

use super::manual::CheckWait;
use super::{Draft, Game, Pending};
use crate::advance::{self, Dest, Movement, RunnerMove as Mv, TryOffer};
use crate::dice::draw;
use crate::event::Events;
use crate::roll::{D20, StealDice};
use crate::{
    Base, BaseSet, DiceSource, DiePurpose, Event, OffensiveAction, Phase, PlayOutcome, RollKind,
    RolledBy, RuleError, Side,
};
use dugout_model::{FieldPos, Grade};

impl Game {
    /// The safe number of a steal by the runner on `from` (1..=3) without the d20.
    fn steal_target(&self, from: u8, good_jump: bool) -> Option<i32> {
        let r = self.runners[usize::from(from - 1)]?;
        let steal = &self.p(self.batting_side(), r.idx).running.as_ref()?.steal;
        let base = if good_jump {
            steal.safe_good
        } else {
            steal.safe_poor
        };
        let side = self.fielding_side();
        let hold = self
            .field()
            .pitcher
            .and_then(|p| self.p(side, p).pitching.as_ref()?.hold)
            .unwrap_or(0);
        let arm = self
            .field()
            .fielder(FieldPos::C)
            .and_then(|c| self.p(side, c).fielding(FieldPos::C)?.arm)
            .unwrap_or(0);
        let held = self.defense.is_some_and(|d| {
            d.hold_runners
                .contains(Base::from_number(from).unwrap_or(Base::First))
        });
        Some(i32::from(base) + i32::from(hold) + i32::from(arm) - if held { 2 } else { 0 })
    }

    /// Resolves a steal decision. Returns whether anybody went or the game now waits for a
    /// manager's answer for a runner without steal ratings (else a `STEAL_HELD` play was
    /// recorded and the batter swings away with the defense kept).
    pub(super) fn steal(
        &mut self,
        targets: BaseSet,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> bool {
        let st = StealState {
            targets,
            rolls: std::mem::take(&mut self.carried_rolls),
            moves: Vec::with_capacity(3),
            outs: 0,
            lead: None,
            sb: 0,
            cs: 0,
            staying: [false; 3],
            next: 3,
        };
        self.steal_runners(st, dice, events)
    }

    /// Goes on with the runners from `st.next` down to 1st; see [`Game::steal`].
    fn steal_runners(
        &mut self,
        mut st: StealState,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> bool {
        while st.next >= 1 {
            let from = st.next;
            st.next -= 1;
            let Some(r) = self.runners[usize::from(from - 1)] else {
                continue;
            };
            let target = from + 1;
            let wants = Base::from_number(target).is_some_and(|t| st.targets.contains(t));
            let blocked = target <= 3 && st.staying[usize::from(target - 1)];
            if !wants || blocked || self.outs + st.outs >= 3 {
                st.stays(from);
                continue;
            }
            let steal = self
                .p(self.batting_side(), r.idx)
                .running
                .as_ref()
                .map(|x| x.steal.clone());
            let a = draw(dice, 6, DiePurpose::StealJump);
            let b = draw(dice, 6, DiePurpose::StealJump);
            let jump = a + b;
            let mut roll = self.make_roll(
                RollKind::Steal {
                    dice: StealDice {
                        jump_2d6: Some(jump),
                        d20: None,
                    },
                },
                RolledBy::Server,
            );
            roll.runner_base = Base::from_number(from);
            let Some(s) = steal else {
                // No steal ratings: the batting side reads its chart and answers SAFE, OUT or
                // STAYS for this runner (protocol.md §1.4); the rest wait their turn.
                let d20 = draw(dice, 20, DiePurpose::StealSafe);
                roll.kind = RollKind::Steal {
                    dice: StealDice {
                        jump_2d6: Some(jump),
                        d20: Some(d20),
                    },
                };
                st.next = from;
                let side = self.batting_side();
                self.wait_for_answer(roll, side, CheckWait::Steal(Box::new(st)), events);
                return true;
            };
            let list = if target == 2 {
                &s.jump_2nd
            } else {
                &s.jump_3rd
            };
            let good = list.contains(&jump);
            let goes = if target == 4 { s.star } else { good || s.star };
            if !goes {
                st.rolls.push(roll);
                st.stays(from);
                continue;
            }
            let d20 = draw(dice, 20, DiePurpose::StealSafe);
            roll.kind = RollKind::Steal {
                dice: StealDice {
                    jump_2d6: Some(jump),
                    d20: Some(d20),
                },
            };
            st.rolls.push(roll);
            let safe = self
                .steal_target(from, good)
                .is_some_and(|t| advance::try_safe(t, d20));
            st.goes(from, safe);
        }
        self.finish_steal(st, events)
    }

    /// A manager's answer for the runner a steal waits on, then the remaining runners.
    pub(super) fn answer_steal(
        &mut self,
        mut st: StealState,
        roll: crate::Roll,
        answer: &str,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        let from = st.next;
        match answer {
            "SAFE" => st.goes(from, true),
            "OUT" => st.goes(from, false),
            "STAYS" => st.stays(from),
            _ => {
                return Err(RuleError::InvalidOutcome(
                    "answer SAFE, OUT or STAYS".into(),
                ));
            }
        }
        self.pending = None;
        st.rolls.push(roll);
        st.next = from - 1;
        if self.steal_runners(st, dice, events) {
            return Ok(());
        }
        // Nobody went: the batter swings away with the same decisions, as after STEAL_HELD.
        self.offense = Some(crate::OffensiveDecision::SWING_AWAY);
        if self.setup.mode == crate::Mode::Manual {
            self.phase = Phase::AwaitingRoll;
            Ok(())
        } else {
            self.at_bat(RolledBy::Server, dice, events)
        }
    }

    /// Records the steal play once every runner is settled; `false` when nobody went.
    fn finish_steal(&mut self, st: StealState, events: &mut Events) -> bool {
        let Some(lead_safe) = st.lead else {
            // Nobody went: record the jump rolls and swing away with the same defense.
            let defense = self.defense;
            let mut d = self.draft(PlayOutcome::StealHeld, st.rolls);
            d.pa = false;
            d.movement.moves = st.moves;
            self.commit(d, events);
            self.defense = defense;
            self.phase = Phase::AwaitingOffensive;
            return false;
        };
        let outcome = if lead_safe {
            PlayOutcome::StolenBase
        } else {
            PlayOutcome::CaughtStealing
        };
        let mut d = self.draft(outcome, st.rolls);
        d.pa = false;
        d.stats.sb = st.sb;
        d.stats.cs = st.cs;
        let runs = st.moves.iter().filter(|m| m.to == Dest::Home).count() as u8;
        d.movement = Movement {
            moves: st.moves,
            outs: st.outs,
            runs,
            ..d.movement
        };
        self.commit(d, events);
        true
    }

    /// Hit and run on a strikeout: the runner from 1st is already running (no jump roll); a d20
    /// against his good-jump safe range decides (decision 013).
    pub(super) fn strikeout_steal(&mut self, draft: &mut Draft, dice: &mut impl DiceSource) {
        if self.outs + draft.movement.outs >= 3 {
            return;
        }
        let second_taken = draft
            .movement
            .moves
            .iter()
            .any(|m| m.from != 1 && m.to == Dest::Base(2));
        if second_taken || self.runners[0].is_none() {
            return;
        }
        let d20 = draw(dice, 20, DiePurpose::StealSafe);
        let mut roll = self.make_roll(
            RollKind::Steal {
                dice: StealDice {
                    jump_2d6: None,
                    d20: Some(d20),
                },
            },
            RolledBy::Server,
        );
        roll.runner_base = Some(Base::First);
        draft.rolls.push(roll);
        let safe = self
            .steal_target(1, true)
            .is_some_and(|t| advance::try_safe(t, d20));
        if let Some(mv) = draft.movement.moves.iter_mut().find(|m| m.from == 1) {
            if safe {
                mv.to = Dest::Base(2);
                draft.stats.sb += 1;
            } else {
                mv.to = Dest::Out;
                draft.movement.outs += 1;
                draft.movement.double_play = true;
                draft.stats.cs += 1;
            }
        }
    }

    /// The §7 safe number of an offered try, `None` when the runner's speed is unknown.
    pub(super) fn try_target(&self, offer: &TryOffer) -> Option<i32> {
        let r = self.runners[usize::from(offer.runner_from.clamp(1, 3) - 1)]?;
        let speed = self.p(self.batting_side(), r.idx).running.as_ref()?.speed;
        let side = self.fielding_side();
        let arm = offer
            .fielder
            .filter(|f| advance::arm_counts(Some(*f)))
            .and_then(|f| self.field().fielder(f))
            .and_then(|p| {
                let f = offer.fielder?;
                self.p(side, p).fielding(f)?.arm
            })
            .unwrap_or(0);
        Some(advance::try_target(speed, arm, offer.penalty_two))
    }

    /// `submit_runner_decision`.
    pub(super) fn runner_decision(
        &mut self,
        side: Side,
        send: bool,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.batting_side() {
            return Err(RuleError::Forbidden(
                "only the batting team decides its runners".into(),
            ));
        }
        if self.phase != Phase::AwaitingRunnerDecision {
            return Err(self.wrong_phase("a runner decision"));
        }
        let Some(Pending::Try {
            mut draft, safe_if, ..
        }) = self.pending.take()
        else {
            return Err(self.wrong_phase("a runner decision"));
        };
        if !send {
            draft.movement = advance::resolve_try(&draft.movement, None);
            self.commit(*draft, events);
            return Ok(());
        }
        let d20 = draw(dice, 20, DiePurpose::ExtraBase);
        let roll = self.make_roll(RollKind::ExtraBase { dice: D20 { d20 } }, RolledBy::Server);
        match safe_if {
            Some(t) => {
                draft.rolls.push(roll);
                draft.movement =
                    advance::resolve_try(&draft.movement, Some(advance::try_safe(t, d20)));
                self.commit(*draft, events);
            }
            None => {
                let side = self.batting_side();
                self.wait_for_answer(roll, side, CheckWait::Try(draft), events);
            }
        }
        Ok(())
    }

    /// A sacrifice bunt or squeeze: a d20 against the batter's bunting grade (rules.md §6).
    pub(super) fn bunt(
        &mut self,
        rolled_by: RolledBy,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) {
        let d20 = draw(dice, 20, DiePurpose::Bunt);
        let roll = self.make_roll(RollKind::Bunt { dice: D20 { d20 } }, rolled_by);
        let grade = self.p(self.batting_side(), self.bat().batter()).bunting;
        let manual = self.setup.mode == crate::Mode::Manual;
        match grade {
            Some(g) => {
                if manual {
                    events.push(Event::DiceRolled { roll: roll.clone() });
                }
                let top = bunt_top(self.bunt_grade(g));
                self.bunt_result(d20 <= top, roll, events);
            }
            None => {
                let side = self.batting_side();
                self.wait_for_answer(roll, side, CheckWait::Bunt, events);
            }
        }
    }

    /// The bunting grade after the bases-loaded, infield-in penalty.
    fn bunt_grade(&self, g: Grade) -> Grade {
        let loaded = self.runners.iter().all(Option::is_some);
        let depth_in = self
            .defense
            .is_some_and(|d| d.infield_depth != advance::InfieldDepth::Normal);
        if !(loaded && depth_in) {
            return g;
        }
        match g {
            Grade::A => Grade::C,
            _ => Grade::D,
        }
    }

    /// Applies a bunt's success or failure.
    pub(super) fn bunt_result(&mut self, success: bool, roll: crate::Roll, events: &mut Events) {
        let squeeze = self
            .offense
            .is_some_and(|o| o.action == OffensiveAction::SqueezeBunt);
        let mut rolls = std::mem::take(&mut self.carried_rolls);
        rolls.push(roll);
        let occupied = self.runners.map(|r| r.is_some());
        let mut moves: Vec<Mv> = Vec::with_capacity(4);
        let outs = 1;
        let outcome;
        if success {
            outcome = if squeeze {
                PlayOutcome::Squeeze
            } else {
                PlayOutcome::SacBunt
            };
            for from in (1..=3u8).rev() {
                if occupied[usize::from(from - 1)] {
                    moves.push(Mv {
                        from,
                        to: Dest::from_number(from + 1),
                        on_error: false,
                    });
                }
            }
            moves.push(Mv {
                from: 0,
                to: Dest::Out,
                on_error: false,
            });
        } else {
            outcome = PlayOutcome::BuntFailed;
            let lead = (1..=3u8)
                .rev()
                .find(|b| occupied[usize::from(b - 1)])
                .unwrap_or(1);
            // Forced runners behind the lead runner move up; the batter is safe at 1st.
            let mut forced = true;
            for from in 1..=3u8 {
                if !occupied[usize::from(from - 1)] {
                    forced = false;
                }
                if from == lead || !occupied[usize::from(from - 1)] {
                    continue;
                }
                let to = if forced { from + 1 } else { from };
                moves.push(Mv {
                    from,
                    to: Dest::from_number(to),
                    on_error: false,
                });
            }
            moves.insert(
                0,
                Mv {
                    from: lead,
                    to: Dest::Out,
                    on_error: false,
                },
            );
            moves.sort_by_key(|m| std::cmp::Reverse(m.from));
            moves.push(Mv {
                from: 0,
                to: Dest::Base(1),
                on_error: false,
            });
        }
        let mut d = self.draft(outcome, rolls);
        let runs = moves.iter().filter(|m| m.to == Dest::Home).count() as u8;
        d.stats.sac = success;
        d.movement = Movement {
            moves,
            outs,
            runs,
            rbi: if success { runs } else { 0 },
            ..d.movement
        };
        self.commit(d, events);
    }
}

/// The top of a bunting grade's success range on the d20.
fn bunt_top(g: Grade) -> u8 {
    match g {
        Grade::A => 16,
        Grade::B => 13,
        Grade::C => 10,
        Grade::D => 6,
    }
}

/// A steal in progress, runner by runner, lead runner first (it waits inside a pending check
/// when a runner without steal ratings needs a manager's answer).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct StealState {
    targets: BaseSet,
    rolls: Vec<crate::Roll>,
    moves: Vec<Mv>,
    outs: u8,
    /// Whether the lead runner who went was safe.
    lead: Option<bool>,
    sb: u8,
    cs: u8,
    /// Bases still occupied by a runner who stays (a trailing runner cannot pass him).
    staying: [bool; 3],
    /// The base of the next runner to settle (0 = done).
    next: u8,
}

impl StealState {
    fn stays(&mut self, from: u8) {
        self.staying[usize::from(from - 1)] = true;
        self.moves.push(Mv {
            from,
            to: Dest::Base(from),
            on_error: false,
        });
    }

    fn goes(&mut self, from: u8, safe: bool) {
        self.lead.get_or_insert(safe);
        if safe {
            self.sb += 1;
        } else {
            self.cs += 1;
            self.outs += 1;
        }
        self.moves.push(Mv {
            from,
            to: if safe {
                Dest::from_number(from + 1)
            } else {
                Dest::Out
            },
            on_error: false,
        });
    }
}
