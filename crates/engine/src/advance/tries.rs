//! Extra-base tries (rules.md §7): the safe target and settling an offered try.

use super::board::count_runs;
use super::{Dest, Movement};
use dugout_model::FieldPos;

/// The d20 safe target of a try: the runner's speed + the fielder's arm (negative = strong, so
/// harder), − 2 for the §7 penalty cases. Pass arm 0 for P, C and infielders (see
/// [`arm_counts`]). A target ≤ 0 can never succeed, ≥ 20 always does.
pub fn try_target(speed: u8, fielder_arm: i8, penalty_two: bool) -> i32 {
    i32::from(speed) + i32::from(fielder_arm) - if penalty_two { 2 } else { 0 }
}

/// Whether a try with safe target `target` succeeds on `d20` (1..=20).
pub fn try_safe(target: i32, d20: u8) -> bool {
    target >= 20 || (target > 0 && i32::from(d20) <= target)
}

/// Whether the fielder's arm counts on a try (LF, CF, RF only; 0 for everybody else).
pub fn arm_counts(fielder: Option<FieldPos>) -> bool {
    fielder.is_some_and(FieldPos::is_outfield)
}

/// Settles the movement's pending try: `None` = the runner stays (declined), `Some(true)` = safe
/// at the target, `Some(false)` = out. The result's own movement already happened, so a try that
/// makes the third out does not take away the runs it brought home. Without an offer the movement
/// is returned unchanged.
pub fn resolve_try(m: &Movement, attempt: Option<bool>) -> Movement {
    let mut out = m.clone();
    let Some(offer) = out.offer.take() else {
        return out;
    };
    let Some(safe) = attempt else {
        return out;
    };
    let Some(mv) = out.moves.iter_mut().find(|mv| mv.from == offer.runner_from) else {
        return out;
    };
    if safe {
        mv.to = offer.target;
        if offer.target == Dest::Home && !out.double_play {
            // The try extends the result (a hit or a sacrifice fly): the run is batted in.
            out.rbi += 1;
        }
    } else {
        mv.to = Dest::Out;
        out.outs += 1;
        // Two outs on the play; RBIs already earned by the result stay (official scoring 9.04).
        out.double_play = out.double_play || out.outs >= 2;
    }
    out.runs = count_runs(&out.moves);
    out
}
