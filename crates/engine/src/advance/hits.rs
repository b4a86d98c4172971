//! Base hits (rules.md §5): capped hits move everyone a fixed number of bases; uncapped hits add
//! an extra-base try for one runner (§7).

use super::board::Board;
use super::{Dest, Hit, Movement, Situation, TryOffer};
use dugout_model::FieldPos;

/// Batter `batter` bases, every runner `runners` bases (4 or more = scores).
pub(crate) fn advance_all(s: &Situation, batter: u8, runners: u8, hit: Hit) -> Movement {
    let mut b = Board::new(s);
    advance_runners(&mut b, runners);
    b.advance(0, batter);
    b.hit = Some(hit);
    b.finish(false)
}

/// Every runner on base moves `n` bases, lead runner first.
pub(crate) fn advance_runners(b: &mut Board, n: u8) {
    for from in (1..=3u8).rev() {
        if b.has(from) {
            b.advance(from, n);
        }
    }
}

/// SINGLE_1: +1; with hit and run the runner from 1st goes to 3rd, and a runner from 2nd, who
/// would block him, scores (decision 030).
pub(crate) fn single_1(s: &Situation) -> Movement {
    if !s.hit_and_run {
        return advance_all(s, 1, 1, Hit::Single);
    }
    let mut b = Board::new(s);
    b.advance(3, 1);
    b.put(2, Dest::Home);
    b.put(1, Dest::Base(3));
    b.put(0, Dest::Base(1));
    b.hit = Some(Hit::Single);
    b.finish(false)
}

/// SINGLE_UNCAPPED: +1, then the lead runner still on base may try for one more base. To an
/// infielder it is a plain SINGLE_1 (reference §4.5).
pub(crate) fn single_uncapped(s: &Situation) -> Movement {
    if s.location.is_some_and(FieldPos::is_infield) {
        return single_1(s);
    }
    let mut b = Board::new(s);
    advance_runners(&mut b, 1);
    b.put(0, Dest::Base(1));
    b.hit = Some(Hit::Single);
    if let Some((from, at)) = b
        .lead_on_base()
        .filter(|&(from, _)| from > 0 && !s.is_held(from))
    {
        let target = Dest::from_number(at + 1);
        // −2: from 1st on any single, or scoring from 2nd on a ball to LF.
        let penalty_two =
            from == 1 || (from == 2 && target == Dest::Home && s.location == Some(FieldPos::LF));
        b.offer = Some(TryOffer {
            runner_from: from,
            at,
            target,
            penalty_two,
            fielder: s.location,
        });
    }
    b.finish(false)
}

/// DOUBLE_UNCAPPED: +2, then a runner from 1st (now on 3rd) may try to score. To an infielder
/// (a ball down the line) it is a plain DOUBLE_2.
pub(crate) fn double_uncapped(s: &Situation) -> Movement {
    if s.location.is_some_and(FieldPos::is_infield) {
        return advance_all(s, 2, 2, Hit::Double);
    }
    let mut b = Board::new(s);
    advance_runners(&mut b, 2);
    b.put(0, Dest::Base(2));
    b.hit = Some(Hit::Double);
    if s.bases[0] && !s.is_held(1) {
        b.offer = Some(TryOffer {
            runner_from: 1,
            at: 3,
            target: Dest::Home,
            penalty_two: false,
            fielder: s.location,
        });
    }
    b.finish(false)
}
