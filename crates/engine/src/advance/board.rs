//! A scratch board that builds a [`Movement`] step by step and enforces rules.md §5's ordering:
//! the result's own outs and movement first; a force out or a batter out that makes the third
//! out ends the play with no runs and strands everybody else where he started.

use super::{Dest, Hit, Movement, RunnerMove, Situation, TryOffer};

/// Index 0 = batter, 1..=3 = the runner who started on that base.
#[derive(Debug, Clone)]
pub(crate) struct Board {
    start_outs: u8,
    present: [bool; 4],
    dest: [Option<Dest>; 4],
    on_error: [bool; 4],
    outs: u8,
    ended: bool,
    pub(crate) hit: Option<Hit>,
    pub(crate) groundball_result: Option<u8>,
    pub(crate) offer: Option<TryOffer>,
    pub(crate) steal_attempt: bool,
}

impl Board {
    /// Runners on their bases, holding; the batter still at the plate.
    pub(crate) fn new(s: &Situation) -> Board {
        let mut present = [true; 4];
        let mut dest = [None; 4];
        for b in 1..=3u8 {
            let i = usize::from(b);
            present[i] = s.bases[i - 1];
            if present[i] {
                dest[i] = Some(Dest::Base(b));
            }
        }
        Board {
            start_outs: s.outs,
            present,
            dest,
            on_error: [false; 4],
            outs: 0,
            ended: false,
            hit: None,
            groundball_result: None,
            offer: None,
            steal_attempt: false,
        }
    }

    /// Whether a runner started on base `from` (1..=3); the batter (0) is always there.
    pub(crate) fn has(&self, from: u8) -> bool {
        self.present
            .get(usize::from(from))
            .copied()
            .unwrap_or(false)
    }

    /// Where `from` stands now.
    pub(crate) fn dest(&self, from: u8) -> Option<Dest> {
        self.dest.get(usize::from(from)).copied().flatten()
    }

    /// A force out or the batter retired before reaching 1st. If it is the third out the play
    /// ends at once: no run scores and every other runner stays where he started.
    pub(crate) fn force_out(&mut self, from: u8) {
        if self.ended || !self.has(from) {
            return;
        }
        self.dest[usize::from(from)] = Some(Dest::Out);
        self.outs += 1;
        if self.start_outs + self.outs >= 3 {
            self.ended = true;
            for i in 1..=3u8 {
                let idx = usize::from(i);
                if self.present[idx] && self.dest[idx] != Some(Dest::Out) {
                    self.dest[idx] = Some(Dest::Base(i));
                    self.on_error[idx] = false;
                }
            }
            // A batter not retired himself reached 1st on the fielder's choice, and the runners
            // he forced behind the retired runner moved up a base to make room.
            if self.dest[0] != Some(Dest::Out) {
                self.dest[0] = Some(Dest::Base(1));
                self.on_error[0] = false;
                for f in 1..from {
                    if self.present[1..=usize::from(f)].iter().all(|&p| p) {
                        self.dest[usize::from(f)] = Some(Dest::Base(f + 1));
                    }
                }
            }
        }
    }

    /// An out after the result's own movement (a try, a runner doubled off, an appeal): runs the
    /// movement brought home still count.
    pub(crate) fn late_out(&mut self, from: u8) {
        if self.ended || !self.has(from) {
            return;
        }
        self.dest[usize::from(from)] = Some(Dest::Out);
        self.outs += 1;
        if self.start_outs + self.outs >= 3 {
            self.ended = true;
        }
    }

    /// Puts `from` at `to` (no-op once the play has ended or for an absent runner).
    pub(crate) fn put(&mut self, from: u8, to: Dest) {
        if self.ended || !self.has(from) {
            return;
        }
        self.dest[usize::from(from)] = Some(to);
    }

    /// Moves `from` `n` bases beyond where he started (the batter starts at 0).
    pub(crate) fn advance(&mut self, from: u8, n: u8) {
        self.put(from, Dest::from_number(from + n));
    }

    /// Marks `from` as having got where he is only because of an error.
    pub(crate) fn mark_error(&mut self, from: u8) {
        if let Some(e) = self.on_error.get_mut(usize::from(from)) {
            *e = true;
        }
    }

    /// The batter stays at the plate (a re-roll): he gets no move.
    pub(crate) fn batter_stays_up(&mut self) {
        self.present[0] = false;
        self.dest[0] = None;
    }

    /// The lead runner still on base (1..=3), if any.
    pub(crate) fn lead_on_base(&self) -> Option<(u8, u8)> {
        (0..=3u8).rev().find_map(|i| match self.dest(i) {
            Some(Dest::Base(b)) if self.present[usize::from(i)] => Some((i, b)),
            _ => None,
        })
    }

    /// Finishes the play. `no_rbi` is set by results that never credit an RBI.
    pub(crate) fn finish(self, no_rbi: bool) -> Movement {
        let mut moves = Vec::with_capacity(4);
        for i in (0..=3u8).rev() {
            let idx = usize::from(i);
            if !self.present[idx] {
                continue;
            }
            let to = match self.dest[idx] {
                Some(d) => d,
                // The batter of a result that never placed him: should not happen; keep him safe.
                None => Dest::Base(1),
            };
            moves.push(RunnerMove {
                from: i,
                to,
                on_error: self.on_error[idx],
            });
        }
        let runs = count_runs(&moves);
        let double_play = self.outs >= 2;
        let rbi = if double_play || no_rbi {
            0
        } else {
            moves
                .iter()
                .filter(|m| m.to == Dest::Home && !m.on_error)
                .count() as u8
        };
        Movement {
            moves,
            outs: self.outs,
            runs,
            rbi,
            groundball_result: self.groundball_result,
            double_play,
            hit: self.hit,
            offer: if self.ended { None } else { self.offer },
            steal_attempt: self.steal_attempt && !self.ended,
        }
    }
}

/// Counted runs: every move that ends home.
pub(crate) fn count_runs(moves: &[RunnerMove]) -> u8 {
    moves.iter().filter(|m| m.to == Dest::Home).count() as u8
}
