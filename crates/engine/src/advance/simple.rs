//! Strikeouts, walks and the outs on which runners hold (rules.md §5, hit and run §6).

use super::board::Board;
use super::{Dest, Movement, Situation};

/// Batter out, runners hold.
pub(crate) fn batter_out_hold(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    b.finish(false)
}

/// Strikeout; with hit and run the runner on 1st must now try to steal (the caller rolls it).
pub(crate) fn strikeout(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    b.steal_attempt = s.hit_and_run;
    b.finish(false)
}

/// Walk, intentional walk, hit by pitch: batter to 1st, forced runners +1 only.
pub(crate) fn walk(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    force_forward(&mut b, s);
    b.put(0, Dest::Base(1));
    b.finish(false)
}

/// Every runner forced by the batter taking 1st moves up one base, lead runner first.
pub(crate) fn force_forward(b: &mut Board, s: &Situation) {
    let forced = forced_runners(s);
    for from in (1..=3u8).rev() {
        if forced[usize::from(from - 1)] {
            b.advance(from, 1);
        }
    }
}

/// Which runners (1st, 2nd, 3rd) are forced when the batter becomes a runner.
pub(crate) fn forced_runners(s: &Situation) -> [bool; 3] {
    let r1 = s.bases[0];
    let r2 = r1 && s.bases[1];
    let r3 = r2 && s.bases[2];
    [r1, r2, r3]
}

/// Lineout or popout: runners hold; with hit and run and < 2 outs the runner on 1st is doubled off.
pub(crate) fn line_or_pop(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    if s.hit_and_run && s.outs < 2 {
        b.late_out(1);
    }
    b.finish(false)
}
