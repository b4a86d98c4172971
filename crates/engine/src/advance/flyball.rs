//! Caught flyballs A, B and BQ (rules.md §5; FLYOUT_C holds like a lineout). The catch is the
//! batter's out; with two outs it ends the inning and nobody moves.

use super::board::Board;
use super::{Dest, Movement, Situation, TryOffer};

/// FLYOUT_A: with < 2 outs every runner tags up and moves up one base.
pub(crate) fn flyout_a(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    for from in (1..=3u8).rev() {
        if b.has(from) {
            b.advance(from, 1);
        }
    }
    b.finish(false)
}

/// FLYOUT_B: with < 2 outs the runner on 3rd scores and the runner on 2nd may try for 3rd.
pub(crate) fn flyout_b(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    b.put(3, Dest::Home);
    if s.bases[1] && !s.is_held(2) {
        b.offer = Some(TryOffer {
            runner_from: 2,
            at: 2,
            target: Dest::Base(3),
            penalty_two: false,
            fielder: s.location,
        });
    }
    b.finish(false)
}

/// FLYOUT_BQ: with < 2 outs the runner on 3rd may try to score; everybody else holds.
pub(crate) fn flyout_bq(s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.force_out(0);
    if s.bases[2] && !s.is_held(3) {
        b.offer = Some(TryOffer {
            runner_from: 3,
            at: 3,
            target: Dest::Home,
            penalty_two: false,
            fielder: s.location,
        });
    }
    b.finish(false)
}
