//! The AI's batting-side choices: steals above the break-even rate, extra-base tries.

use super::Choice;
use crate::{Action, Base, BaseSet, Game, OffensiveAction, OffensiveDecision, Side};

/// Break-even success rate of a steal of 2nd (run-expectancy tables put it near 70 %).
const STEAL_BREAK_EVEN: f64 = 0.72;

/// Probability that the runner on 1st steals 2nd safely, from his ratings.
fn steal_success(game: &Game) -> Option<f64> {
    let id = game.bases().first?;
    let side = game.batting_side();
    let runner = game.roster_of(side).iter().find(|p| p.id == id)?;
    let steal = &runner.running.as_ref()?.steal;
    let ways = |list: &[u8]| -> f64 {
        list.iter()
            .filter(|t| (2..=12).contains(*t))
            .map(|t| f64::from(6 - (i32::from(*t) - 7).unsigned_abs() as u8))
            .sum::<f64>()
            / 36.0
    };
    let p_good = ways(&steal.jump_2nd);
    let fside = game.fielding_side();
    let hold = game
        .pitcher_of(fside)
        .and_then(|p| p.pitching.as_ref()?.hold)
        .unwrap_or(0);
    let arm = game
        .catcher()
        .and_then(|c| c.fielding(dugout_model::FieldPos::C)?.arm)
        .unwrap_or(0);
    let held = game
        .defensive_decision()
        .is_some_and(|d| d.hold_runners.contains(Base::First));
    let safe = |n: u8| {
        let t = i32::from(n) + i32::from(hold) + i32::from(arm) - if held { 2 } else { 0 };
        f64::from(t.clamp(0, 20)) / 20.0
    };
    // Only runs on a good jump unless he has the star; P(success | he goes).
    if steal.star {
        Some(p_good * safe(steal.safe_good) + (1.0 - p_good) * safe(steal.safe_poor))
    } else if p_good > 0.0 {
        Some(safe(steal.safe_good))
    } else {
        None
    }
}

/// A pinch hitter late in a close game for a batter much weaker than the best bench bat (in
/// practice: a pitcher due up without the DH).
fn pinch_hitter(game: &Game, side: Side) -> Option<Choice> {
    let s = game.setup().settings;
    let diff = i32::from(game.score()[side]) - i32::from(game.score()[side.other()]);
    if game.inning() + 2 < s.innings || !(-3..=1).contains(&diff) {
        return None;
    }
    let batter = game.batter();
    // Only a pitcher due up is ever a much weaker bat; checking first keeps the card scan off the
    // hot path.
    if !batter.is_pitcher() {
        return None;
    }
    let vs = game
        .pitcher()
        .and_then(|p| p.throws)
        .unwrap_or(dugout_model::Hand::R);
    let current = crate::lineup::batting_value(batter, vs);
    let best = game
        .roster_of(side)
        .iter()
        .filter(|p| !p.is_pitcher() && game.available(side, p.id))
        .max_by(|a, b| {
            crate::lineup::batting_value(a, vs)
                .total_cmp(&crate::lineup::batting_value(b, vs))
                .then(b.id.cmp(&a.id))
        })?;
    let gain = crate::lineup::batting_value(best, vs) - current;
    (gain > 0.15).then(|| {
        Choice::new(
            Action::PinchHitter {
                side,
                entering: best.id,
                exiting: batter.id,
            },
            format!(
                "pinch-hit {} for {}: late, close, a much better bat",
                best.name, batter.name
            ),
        )
    })
}

/// A sacrifice or squeeze bunt where one run is worth more than the out (rules.md §11):
/// a pitcher at bat with runners on and nobody out, or late in a one-run-or-tied game with the
/// bottom third of the order up and nobody out (runner on 3rd and one out: squeeze).
fn bunt(game: &Game, side: Side) -> Option<(OffensiveAction, &'static str)> {
    let b = game.bases();
    if b.is_empty() || game.outs() >= 2 {
        return None;
    }
    let batter = game.batter();
    let s = game.setup().settings;
    let diff = i32::from(game.score()[side]) - i32::from(game.score()[side.other()]);
    let late_close = game.inning() >= s.innings && (-1..=0).contains(&diff);
    let weak = batter.is_pitcher() || game.next_up(side) >= 6;
    let good_bunter = matches!(
        batter.bunting,
        Some(dugout_model::Grade::A | dugout_model::Grade::B)
    );
    if b.third.is_some() && game.outs() == 1 && late_close && weak && good_bunter {
        return Some((
            OffensiveAction::SqueezeBunt,
            "squeeze: one run matters late and a weak bat bunts well",
        ));
    }
    if game.outs() != 0 || b.third.is_some() {
        return None;
    }
    if batter.is_pitcher() {
        return Some((
            OffensiveAction::SacBunt,
            "sacrifice: the pitcher bunts the runner over",
        ));
    }
    (late_close && weak).then_some((
        OffensiveAction::SacBunt,
        "sacrifice: one run matters late, bunt the runner into scoring position",
    ))
}

/// Hit and run with a runner on 1st only, fewer than two outs, an A-grade hit-and-run batter
/// (no double play on a grounder, the runner to 3rd on a single), unless the game is lopsided.
fn hit_and_run(game: &Game, side: Side) -> bool {
    let b = game.bases();
    let diff = i32::from(game.score()[side]) - i32::from(game.score()[side.other()]);
    b.first.is_some()
        && b.second.is_none()
        && b.third.is_none()
        && game.outs() < 2
        && (-3..=3).contains(&diff)
        && game.batter().hit_and_run == Some(dugout_model::Grade::A)
}

/// The offensive decision.
pub(super) fn offense(game: &Game, side: Side) -> Choice {
    if let Some(c) = pinch_hitter(game, side) {
        return c;
    }
    if let Some((action, reason)) = bunt(game, side) {
        return Choice::new(
            Action::OffensiveDecision {
                side,
                decision: OffensiveDecision {
                    action,
                    steal_attempts: BaseSet::EMPTY,
                },
            },
            reason,
        );
    }
    let b = game.bases();
    if b.first.is_some()
        && b.second.is_none()
        && game.outs() < 2
        && let Some(p) = steal_success(game)
        && p >= STEAL_BREAK_EVEN
    {
        {
            {
                return Choice::new(
                    Action::OffensiveDecision {
                        side,
                        decision: OffensiveDecision {
                            action: OffensiveAction::Steal,
                            steal_attempts: BaseSet::of(&[Base::Second]),
                        },
                    },
                    format!("steal: {:.0}% beats the break-even", p * 100.0),
                );
            }
        }
    }
    if hit_and_run(game, side) {
        return Choice::new(
            Action::OffensiveDecision {
                side,
                decision: OffensiveDecision {
                    action: OffensiveAction::HitAndRun,
                    steal_attempts: BaseSet::EMPTY,
                },
            },
            "hit and run: a good contact hitter, stay out of the double play",
        );
    }
    Choice::new(
        Action::OffensiveDecision {
            side,
            decision: OffensiveDecision::SWING_AWAY,
        },
        "swing away",
    )
}

/// An extra-base try: go when the chance beats the break-even for the situation.
pub(super) fn runner(game: &Game, side: Side) -> Choice {
    let Some(p) = game.pending_runner_decision() else {
        return Choice::new(Action::RunnerDecision { side, send: false }, "hold");
    };
    let chance = p
        .safe_if_d20_at_most
        .map(|t| f64::from(t.clamp(0, 20)) / 20.0);
    // Going home is worth more than taking third; with two outs an out costs less. The outs
    // that count are those after the result's own out (a flyout's batter), not before the play.
    let outs = game.outs_before_pending_try().unwrap_or(game.outs());
    let need = match (p.to, outs) {
        (Base::Home, 2) => 0.45,
        (Base::Home, _) => 0.6,
        (_, 2) => 0.85,
        _ => 0.7,
    };
    match chance {
        Some(c) if c >= need => Choice::new(
            Action::RunnerDecision { side, send: true },
            format!(
                "send him: {:.0}% safe beats the {:.0}% break-even",
                c * 100.0,
                need * 100.0
            ),
        ),
        Some(c) => Choice::new(
            Action::RunnerDecision { side, send: false },
            format!(
                "hold: {:.0}% safe is below the {:.0}% break-even",
                c * 100.0,
                need * 100.0
            ),
        ),
        None => Choice::new(
            Action::RunnerDecision { side, send: false },
            "hold: his speed is unknown",
        ),
    }
}
