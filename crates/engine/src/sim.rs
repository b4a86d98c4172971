//! Simulation support for `dugout sim` (rules.md §12): play AI-vs-AI auto games and tally their
//! statistics with integer counters, so totals do not depend on the order games finish in.

use crate::{Game, GameSetup, Play, RuleError, SeededDice, SplitMix64, ai};
use std::sync::Arc;

/// Plays one auto game between two AI managers, dice and AI seeded from `seed`.
///
/// # Errors
/// A [`RuleError`] if the setup is refused, or (a bug) if an AI move is refused.
pub fn play_game(setup: Arc<GameSetup>, seed: u64) -> Result<Game, RuleError> {
    let mut game = Game::from_shared(setup)?;
    let mut dice = SeededDice::new(seed);
    let mut manager = ai::Manager::new(SplitMix64::mix(seed, 0xA1));
    // A game ends long before this; the bound only guards against a rules bug looping forever.
    for _ in 0..100_000 {
        let Some(choice) = manager.choose(&game) else {
            break;
        };
        game.apply_quiet(choice.action, &mut dice)?;
    }
    Ok(game)
}

/// Integer totals over many games.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Games.
    pub games: u64,
    /// Plays recorded.
    pub plays: u64,
    /// Plate appearances.
    pub pa: u64,
    /// At-bats.
    pub ab: u64,
    /// Hits.
    pub h: u64,
    /// Total bases.
    pub tb: u64,
    /// Home runs.
    pub hr: u64,
    /// Walks (intentional included).
    pub bb: u64,
    /// Hit by pitch.
    pub hbp: u64,
    /// Sacrifice flies.
    pub sf: u64,
    /// Strikeouts.
    pub k: u64,
    /// Runs.
    pub runs: u64,
    /// Stolen bases.
    pub sb: u64,
    /// Caught stealing.
    pub cs: u64,
    /// Errors.
    pub errors: u64,
    /// Double plays.
    pub dp: u64,
    /// Games that went to extra innings.
    pub extra_inning_games: u64,
    /// RE24: runs to the end of the half-inning from each state, `[outs][bases bits]`.
    pub re24_runs: [[u64; 8]; 3],
    /// RE24: times each state was seen.
    pub re24_seen: [[u64; 8]; 3],
}

fn bits(b: &crate::Bases) -> usize {
    usize::from(b.first.is_some())
        | usize::from(b.second.is_some()) << 1
        | usize::from(b.third.is_some()) << 2
}

impl Tally {
    /// Adds one finished game.
    pub fn add_game(&mut self, game: &Game) {
        self.games += 1;
        let plays = game.plays();
        self.plays += plays.len() as u64;
        for p in plays {
            let s = &p.stats;
            self.pa += u64::from(p.pa);
            self.ab += u64::from(p.ab);
            self.h += u64::from(s.hit > 0);
            self.tb += u64::from(s.hit);
            self.hr += u64::from(s.hit == 4);
            self.bb += u64::from(s.bb);
            self.hbp += u64::from(s.hbp);
            self.sf += u64::from(s.sf);
            self.k += u64::from(s.so);
            self.runs += u64::from(p.runs_scored);
            self.sb += u64::from(s.sb);
            self.cs += u64::from(s.cs);
            self.errors += u64::from(p.errors);
            self.dp += u64::from(s.dp);
        }
        if game.inning() > game.setup().settings.innings {
            self.extra_inning_games += 1;
        }
        self.add_re24(plays);
    }

    fn add_re24(&mut self, plays: &[Arc<Play>]) {
        let mut start = 0;
        while start < plays.len() {
            let (inning, half) = (plays[start].inning, plays[start].half);
            let end = plays[start..]
                .iter()
                .position(|p| p.inning != inning || p.half != half)
                .map_or(plays.len(), |n| start + n);
            let half_plays = &plays[start..end];
            start = end;
            // A half-inning cut short by a walk-off is left out.
            let complete = half_plays.last().is_some_and(|p| p.state_after.outs >= 3);
            if !complete {
                continue;
            }
            let total: u64 = half_plays.iter().map(|p| u64::from(p.runs_scored)).sum();
            let mut before = 0u64;
            let mut last: Option<(u8, usize)> = None;
            for p in half_plays {
                let state = (p.state_before.outs.min(2), bits(&p.state_before.bases));
                // A play that changed nothing (a steal nobody tried) does not start a new state.
                if last != Some(state) {
                    self.re24_runs[usize::from(state.0)][state.1] += total - before;
                    self.re24_seen[usize::from(state.0)][state.1] += 1;
                }
                last = Some(state);
                before += u64::from(p.runs_scored);
            }
        }
    }

    /// Adds another tally.
    pub fn merge(&mut self, o: &Tally) {
        self.games += o.games;
        self.plays += o.plays;
        self.pa += o.pa;
        self.ab += o.ab;
        self.h += o.h;
        self.tb += o.tb;
        self.hr += o.hr;
        self.bb += o.bb;
        self.hbp += o.hbp;
        self.sf += o.sf;
        self.k += o.k;
        self.runs += o.runs;
        self.sb += o.sb;
        self.cs += o.cs;
        self.errors += o.errors;
        self.dp += o.dp;
        self.extra_inning_games += o.extra_inning_games;
        for outs in 0..3 {
            for b in 0..8 {
                self.re24_runs[outs][b] += o.re24_runs[outs][b];
                self.re24_seen[outs][b] += o.re24_seen[outs][b];
            }
        }
    }

    /// The RE24 key of a bases bit set (`"1_3"`).
    pub fn re24_key(bits: usize) -> &'static str {
        ["___", "1__", "_2_", "12_", "__3", "1_3", "_23", "123"][bits & 7]
    }

    /// Mean runs to the end of the half-inning from a state, `None` if never seen.
    pub fn re24(&self, outs: usize, bits: usize) -> Option<f64> {
        let seen = self.re24_seen[outs][bits];
        (seen > 0).then(|| self.re24_runs[outs][bits] as f64 / seen as f64)
    }
}
