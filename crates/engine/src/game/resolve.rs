//! From a card result to runner movement: ballpark results, hit location, X-checks, then the
//! movement of [`crate::advance`], hit-and-run strikeouts, and extra-base offers.

use super::manual::CheckWait;
use super::{Draft, Game, Pending, Step, internal};
use crate::advance::{self, Dest, LocationKind, Movement, Situation, hit_location};
use crate::dice::draw;
use crate::event::Events;
use crate::fielding::{self, Fielder, FieldingDice, XResult};
use crate::roll::D20;
use crate::{
    DiceSource, DiePurpose, Event, OffensiveAction, Phase, PlayOutcome, PlayStats, Roll, RollKind,
    RolledBy, RuleError,
};
use dugout_model::{FieldPos, Hand, ResultCode};
use std::fmt::Write;

impl Game {
    /// The advance module's view of the situation.
    pub(crate) fn situation(&self, location: Option<FieldPos>) -> Situation {
        let d = self.defense.unwrap_or_default();
        let held = [
            d.hold_runners.contains(crate::Base::First),
            d.hold_runners.contains(crate::Base::Second),
            d.hold_runners.contains(crate::Base::Third),
        ];
        Situation {
            outs: self.outs.min(2),
            bases: self.runners.map(|r| r.is_some()),
            infield: d.infield_depth,
            hit_and_run: self
                .offense
                .is_some_and(|o| o.action == OffensiveAction::HitAndRun)
                && self.runners[0].is_some(),
            location,
            held,
        }
    }

    /// A fresh draft for a plate appearance.
    pub(crate) fn draft(&self, outcome: PlayOutcome, rolls: Vec<Roll>) -> Draft {
        Draft {
            outcome,
            code: None,
            location: None,
            rolls,
            movement: Movement {
                moves: Vec::new(),
                outs: 0,
                runs: 0,
                rbi: 0,
                groundball_result: None,
                double_play: false,
                hit: None,
                offer: None,
                steal_attempt: false,
            },
            stats: PlayStats::default(),
            error_on: None,
            errors: 0,
            pa: true,
            ab: false,
            note: String::new(),
            check_pos: None,
        }
    }

    /// Resolves a card result (auto mode, or a manager's submitted result).
    pub(crate) fn resolve_code(
        &mut self,
        code: ResultCode,
        location: Option<FieldPos>,
        rolls: Vec<Roll>,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        let mut draft = self.draft(PlayOutcome::Code(code), rolls);
        let hand = self.batter_hand();
        let mut eff = code;
        match code {
            ResultCode::BpHomerun | ResultCode::BpSingle => {
                let d20 = draw(dice, 20, DiePurpose::Ballpark);
                let roll =
                    self.make_roll(RollKind::Ballpark { dice: D20 { d20 } }, RolledBy::Server);
                draft.rolls.push(roll);
                let park = self.setup.home.team.park;
                let (hr, single) = match hand {
                    Hand::L => (park.hr_vs_l, park.single_vs_l),
                    Hand::R => (park.hr_vs_r, park.single_vs_r),
                };
                if code == ResultCode::BpHomerun {
                    if d20 <= hr {
                        eff = ResultCode::Homerun;
                        draft.stats.bphr = true;
                    } else {
                        eff = ResultCode::FlyoutC;
                        draft.stats.bpfo = true;
                    }
                } else if d20 <= single {
                    eff = ResultCode::Single1;
                    draft.stats.bp1b = true;
                } else {
                    eff = ResultCode::Lineout;
                    draft.stats.bplo = true;
                }
                if events.on() {
                    draft.note = format!(" (ballpark d20 {d20}: {eff})");
                }
            }
            _ => {}
        }
        let mut location = location;
        if location.is_none() {
            let kind = if eff == ResultCode::XCheck {
                Some(LocationKind::Groundball)
            } else {
                LocationKind::of(eff)
            };
            if let Some(kind) = kind {
                let d20 = draw(dice, 20, DiePurpose::Location);
                let roll =
                    self.make_roll(RollKind::Location { dice: D20 { d20 } }, RolledBy::Server);
                draft.rolls.push(roll);
                location = Some(hit_location(d20, hand, kind));
            }
        }
        draft.location = location;
        draft.code = Some(eff);
        let s = self.situation(location);
        if eff == ResultCode::XCheck {
            return self.x_check(draft, location.unwrap_or(FieldPos::SS), dice, events);
        }
        draft.movement = advance::resolve(eff, &s).map_err(internal)?;
        self.finish(draft, dice, events)
    }

    /// A fielding check at `pos` (rules.md §8).
    fn x_check(
        &mut self,
        mut draft: Draft,
        pos: FieldPos,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        let fd = FieldingDice {
            d20: draw(dice, 20, DiePurpose::FieldingRange),
            d3d6: draw(dice, 6, DiePurpose::FieldingError)
                + draw(dice, 6, DiePurpose::FieldingError)
                + draw(dice, 6, DiePurpose::FieldingError),
            d100: draw(dice, 100, DiePurpose::FieldingRare),
        };
        let roll = self.make_roll(
            RollKind::Fielding {
                dice: crate::roll::FieldingDice {
                    d20: fd.d20,
                    d3d6: fd.d3d6,
                    d100: fd.d100,
                },
            },
            RolledBy::Server,
        );
        draft.check_pos = Some(pos);
        draft.location = Some(pos);
        let s = self.situation(Some(pos));
        let Some(fielder) = self.fielder_ratings(pos) else {
            // No ratings: the fielding side reads the chart and answers (§1.4).
            let side = self.fielding_side();
            self.wait_for_answer(roll, side, CheckWait::XCheck(Box::new(draft)), events);
            return Ok(());
        };
        draft.rolls.push(roll);
        let x = fielding::x_check(fielder, fd, &s).map_err(internal)?;
        self.after_x_check(draft, x, dice, events)
    }

    /// Acts on a fielding check's outcome (rolled, or a manager's answer).
    pub(crate) fn after_x_check(
        &mut self,
        mut draft: Draft,
        x: fielding::XCheckOutcome,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        let pos = x.pos;
        if events.on() {
            // The description's X-check chain (not built when quiet).
            let n = &mut draft.note;
            let _ = write!(n, " to {pos}: {}", x.chart.as_str());
            if x.base != x.chart {
                let _ = write!(n, " → {}", x.base.as_str());
            }
            if x.error.bases() > 0 {
                let _ = write!(n, " + E{}", x.error.bases());
            }
            if let Some(rare) = x.rare_play {
                let _ = write!(n, " (rare play: {rare:?})");
            }
        }
        if x.error.bases() > 0 {
            draft.errors = 1;
            draft.error_on = Some(pos);
        }
        // The runner's interference turns the play into the batter's GIDP (reference §6.5).
        draft.stats.gidp = x.rare_play == Some(fielding::RarePlay::InterferenceDoublePlay);
        match x.result {
            XResult::Play(m) => {
                draft.movement = m;
                self.finish(draft, dice, events)
            }
            XResult::SpeedCheck => {
                let d20 = draw(dice, 20, DiePurpose::Speed);
                let roll = self.make_roll(RollKind::Speed { dice: D20 { d20 } }, RolledBy::Server);
                let Some(speed) = self.batter_speed() else {
                    // No speed rating: the fielding side answers SAFE or OUT (protocol §1.4).
                    let side = self.fielding_side();
                    self.wait_for_answer(roll, side, CheckWait::Speed(Box::new(draft)), events);
                    return Ok(());
                };
                draft.rolls.push(roll);
                self.after_speed_check(draft, d20 <= speed, dice, events)
            }
            XResult::PassedBallCheck => {
                let d20 = draw(dice, 20, DiePurpose::WpPbCheck);
                let roll =
                    self.make_roll(RollKind::PassedBall { dice: D20 { d20 } }, RolledBy::Server);
                let Some(pb) = self.catcher_pb() else {
                    // No `pb` rating: the fielding side answers ADVANCE or NONE (protocol §1.4).
                    let side = self.fielding_side();
                    self.wait_for_answer(
                        roll,
                        side,
                        CheckWait::FoulPopPassedBall(Box::new(draft)),
                        events,
                    );
                    return Ok(());
                };
                draft.rolls.push(roll);
                self.after_foul_pop_check(draft, d20 <= pb, dice, events)
            }
            XResult::Reroll(m) => self.reroll(draft, m, dice, events),
        }
    }

    /// Settles a catcher's `SPD` check (rolled, or the fielding side's answer).
    pub(crate) fn after_speed_check(
        &mut self,
        mut draft: Draft,
        safe: bool,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        draft.note.push_str(if safe {
            " (speed: safe)"
        } else {
            " (speed: out)"
        });
        let s = self.situation(Some(FieldPos::C));
        draft.movement = fielding::speed_check(safe, &s).map_err(internal)?;
        self.finish(draft, dice, events)
    }

    /// Settles a catcher's foul pop with runners on after its passed-ball check.
    pub(crate) fn after_foul_pop_check(
        &mut self,
        mut draft: Draft,
        passed_ball: bool,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        let s = self.situation(Some(FieldPos::C));
        match fielding::foul_pop_check(passed_ball, &s).map_err(internal)? {
            XResult::Reroll(m) => self.reroll(draft, m, dice, events),
            XResult::Play(m) => {
                draft.movement = m;
                self.finish(draft, dice, events)
            }
            other => Err(RuleError::Internal(format!(
                "a foul-pop check gave {other:?}"
            ))),
        }
    }

    /// The batter stays up and rolls again (a dropped foul pop, a passed ball on a foul pop):
    /// runners who moved make a play of their own (`pa = 0`); a charged error with nobody moving
    /// is recorded too (the error counts), keeping the decisions; else the dice carry over.
    fn reroll(
        &mut self,
        mut draft: Draft,
        m: Movement,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        let moved = m.moves.iter().any(|mv| mv.to != Dest::Base(mv.from));
        if moved {
            draft.movement = m;
            draft.pa = false;
            draft.outcome = PlayOutcome::PassedBall;
            draft.stats.pb = true;
            self.commit(draft, events);
            return Ok(());
        }
        if draft.errors > 0 {
            // A dropped foul pop: the error is charged on a play of its own (`pa = 0`, nobody
            // moves), and the batter rolls again with the same decisions (protocol §1.4).
            draft.movement = m;
            draft.pa = false;
            draft.note.push_str(" (dropped foul, the batter stays up)");
            let (defense, offense) = (self.defense, self.offense);
            self.commit(draft, events);
            self.defense = defense;
            self.offense = offense;
        } else {
            self.carried_rolls = draft.rolls;
        }
        if self.setup.mode == crate::Mode::Manual {
            self.phase = Phase::AwaitingRoll;
            Ok(())
        } else {
            self.at_bat(RolledBy::Server, dice, events)
        }
    }

    /// The catcher's passed-ball rating, or `None` when the league lacks it.
    fn catcher_pb(&self) -> Option<u8> {
        let c = self.field().fielder(FieldPos::C)?;
        self.p(self.fielding_side(), c).fielding(FieldPos::C)?.pb
    }

    /// The checked fielder's ratings, or `None` when the league lacks them.
    fn fielder_ratings(&self, pos: FieldPos) -> Option<Fielder> {
        let side = self.fielding_side();
        let p = self.p(side, self.field().fielder(pos)?);
        match p.fielding(pos) {
            Some(r) => Some(Fielder {
                pos,
                range: r.range?.clamp(1, 5),
                error: r.error?,
            }),
            // Unrated (strict_positions off, or a pitcher without a fielding line): range 5 and
            // the position's worst error rating (rules.md §2).
            None => Some(Fielder {
                pos,
                range: 5,
                error: crate::charts::error::max_rating(pos),
            }),
        }
    }

    /// The batter's speed rating.
    fn batter_speed(&self) -> Option<u8> {
        let b = self.p(self.batting_side(), self.bat().batter());
        b.running.as_ref().map(|r| r.speed)
    }

    /// Applies hit-and-run strikeouts and extra-base offers, then commits.
    pub(crate) fn finish(
        &mut self,
        mut draft: Draft,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> Step {
        if draft.movement.steal_attempt {
            draft.movement.steal_attempt = false;
            self.strikeout_steal(&mut draft, dice);
        }
        if draft.movement.offer.is_some() && self.runs_walk_off(draft.movement.runs) {
            // The winning run is in: the game is over, no trailing runner tries for more.
            draft.movement.offer = None;
        }
        if let Some(offer) = draft.movement.offer {
            let safe_if = self.try_target(&offer);
            self.pending = Some(Pending::Try {
                draft: Box::new(draft),
                offer,
                safe_if,
            });
            self.phase = Phase::AwaitingRunnerDecision;
            events.push(Event::PhaseChanged {
                phase: Phase::AwaitingRunnerDecision,
            });
            return Ok(());
        }
        self.commit(draft, events);
        Ok(())
    }
}
