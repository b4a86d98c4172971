//! Applying a finished play to the state and recording it (rules.md §10).

use super::{Draft, Game, Runner};
use crate::advance::{Dest, Movement, RunnerMove as Mv};
use crate::event::Events;
use crate::{Event, Half, Phase, Play, PlayOutcome, PlayState, RunnerMove, RunnerTo, SbaContext};
use dugout_model::ResultCode;
use std::fmt::Write;
use std::sync::Arc;

impl Game {
    /// The base/out/score snapshot.
    pub(crate) fn play_state(&self) -> PlayState {
        PlayState {
            outs: self.outs,
            bases: self.bases(),
            score: self.score,
        }
    }

    /// A draft in which every runner moves `n` bases and the batter stays up (WP, PB, balk).
    pub(crate) fn runners_advance_draft(
        &self,
        outcome: PlayOutcome,
        n: u8,
        rolls: Vec<crate::Roll>,
    ) -> Draft {
        let mut d = self.draft(outcome, rolls);
        d.pa = false;
        let mut m = Movement {
            moves: Vec::with_capacity(3),
            ..d.movement.clone()
        };
        for b in (1..=3u8).rev() {
            if self.runners[usize::from(b - 1)].is_some() {
                let to = Dest::from_number(b + n);
                if to == Dest::Home {
                    m.runs += 1;
                }
                m.moves.push(Mv {
                    from: b,
                    to,
                    on_error: false,
                });
            }
        }
        d.movement = m;
        d
    }

    /// Applies `draft` to the state, records the play and moves the game on.
    pub(crate) fn commit(&mut self, draft: Draft, events: &mut Events) {
        let bat_side = self.batting_side();
        let field_side = self.fielding_side();
        let before = self.play_state();
        let batter = self.bat().batter();
        let pitcher = self.field().pitcher.unwrap_or(0);
        let catcher = self.field().fielder(dugout_model::FieldPos::C).unwrap_or(0);
        let m = &draft.movement;
        // Reference §7.2 closer situation, judged before the play: the pitching side leads in
        // the last inning or later and the tying run is on base or at bat.
        let lead = i32::from(self.score[field_side]) - i32::from(self.score[bat_side]);
        let on_base = self.runners.iter().filter(|r| r.is_some()).count() as i32;
        let closer_situation =
            self.inning >= self.setup.settings.innings && lead >= 1 && lead <= on_base + 1;
        let home_run = m.hit == Some(crate::advance::Hit::HomeRun);
        // Walk-off: only the runs needed to win count, unless the batter homers (rules.md §1).
        let needed: u16 = if self.half == Half::Bottom
            && self.inning >= self.setup.settings.innings
            && !home_run
            && self.score.away >= self.score.home
        {
            self.score.away - self.score.home + 1
        } else {
            u16::MAX
        };
        let mut new_runners: [Option<Runner>; 3] = [None; 3];
        let mut moves = Vec::with_capacity(m.moves.len());
        let (mut runs, mut earned) = (0u16, 0u8);
        let mut capped = false;
        let mut prev_final = 5u8;
        // The base the winning run started from, once it has scored (a walk-off, not a homer).
        let mut winning_from: Option<u8> = None;
        // A walk-off hit counts only as many bases as the winning runner advanced (official
        // scoring 9.06(f)); the batter stops there (decision 016).
        let hit_bases = m.hit.map(|h| match h {
            crate::advance::Hit::Single => 1u8,
            crate::advance::Hit::Double => 2,
            crate::advance::Hit::Triple => 3,
            crate::advance::Hit::HomeRun => 4,
        });
        let mut credited_hit = hit_bases;
        for mv in &m.moves {
            let runner = if mv.from == 0 {
                Runner {
                    idx: batter,
                    charged_to: Some(pitcher),
                    earned: !mv.on_error,
                }
            } else {
                match self
                    .runners
                    .get(usize::from(mv.from - 1))
                    .copied()
                    .flatten()
                {
                    Some(r) => r,
                    None => continue,
                }
            };
            let mut to = mv.to;
            if to != Dest::Out && (capped || (to == Dest::Home && runs >= needed)) {
                capped = true;
                let target = to.number().unwrap_or(4);
                to =
                    Dest::from_number(target.min(prev_final.saturating_sub(1)).max(mv.from.max(1)));
            }
            if mv.from == 0
                && to != Dest::Out
                && let (Some(won), Some(bases)) = (winning_from, credited_hit)
            {
                let limit = bases.min(4 - won.min(3)).max(1);
                credited_hit = Some(limit);
                to = Dest::from_number(to.number().unwrap_or(4).min(limit));
            }
            let player_id = self.p(bat_side, runner.idx).id;
            let mut rm = RunnerMove {
                player_id,
                from: mv.from,
                to: match to {
                    Dest::Out => RunnerTo::Out,
                    d => RunnerTo::Base(d.number().unwrap_or(4)),
                },
                charged_to: None,
                earned: None,
            };
            match to {
                Dest::Out => {}
                Dest::Base(b) => {
                    if let Some(slot) = new_runners.get_mut(usize::from(b.clamp(1, 3) - 1)) {
                        *slot = Some(Runner {
                            earned: runner.earned && !mv.on_error,
                            ..runner
                        });
                    }
                    prev_final = b;
                }
                Dest::Home => {
                    runs += 1;
                    if runs == needed {
                        winning_from = Some(mv.from);
                    }
                    let is_earned = runner.earned && !mv.on_error;
                    earned += u8::from(is_earned);
                    rm.charged_to =
                        Some(self.p(field_side, runner.charged_to.unwrap_or(pitcher)).id);
                    rm.earned = Some(is_earned);
                    prev_final = 4;
                }
            }
            moves.push(rm);
        }
        let code = draft.code;
        let outs_recorded = m.outs.min(3 - self.outs.min(3));
        let rbi = if capped || winning_from.is_some() {
            m.rbi.min(runs as u8)
        } else {
            m.rbi
        };
        let mut stats = draft.stats;
        if let Some(h) = credited_hit {
            stats.hit = h;
        }
        match code {
            Some(ResultCode::Strikeout) => stats.so = true,
            Some(ResultCode::Walk) => stats.bb = true,
            Some(ResultCode::IntentionalWalk) => {
                stats.bb = true;
                stats.ibb = true;
            }
            Some(ResultCode::HitByPitch) => stats.hbp = true,
            _ => {}
        }
        let is_fly = code.is_some_and(|c| c.is_flyout())
            || draft.check_pos.is_some_and(|p| p.is_outfield())
                && stats.hit == 0
                && draft.errors == 0;
        if draft.pa
            && is_fly
            && runs > 0
            && moves
                .iter()
                .any(|mv| mv.from == 0 && mv.to == RunnerTo::Out)
        {
            stats.sf = true;
        }
        stats.dp = m.double_play;
        // GIDP: a force double play of the groundball chart, or the rare-play interference DP
        // (set on the draft); not a hit-and-run double-off or a failed try after a groundout.
        stats.gidp = draft.pa && (stats.gidp || m.grounded_into_double_play());
        let ab = draft.pa
            && !(stats.bb || stats.hbp || stats.sac || stats.sf)
            && draft.outcome != PlayOutcome::SacBunt
            && draft.outcome != PlayOutcome::Squeeze;

        // State changes.
        self.outs = (self.outs + outs_recorded).min(3);
        self.runners = new_runners;
        self.score[bat_side] += runs;
        if let Some(last) = self.line[bat_side].last_mut() {
            *last += runs;
        }
        if stats.hit > 0 {
            self.hits[bat_side] += 1;
        }
        self.errors[field_side] += u16::from(draft.errors);
        let hw = stats.hit > 0 || stats.bb || stats.hbp;
        self.pitcher_tally(draft.pa, outs_recorded, hw, runs, closer_situation);
        let slot = self.bat().next_up;
        if draft.pa {
            let t = &mut self.teams[bat_side];
            t.next_up = (t.next_up + 1) % 9;
        }
        let after = self.play_state();
        let play_no = self.plays.len() as u32 + 1;
        // Quiet (bulk simulation): no description text.
        let description = if events.on() {
            self.describe(&draft, &moves, batter)
        } else {
            String::new()
        };
        let batter_player = self.p(bat_side, batter);
        let lead_after = (after.score[bat_side] > after.score[field_side])
            && (before.score[bat_side] <= before.score[field_side]);
        let play = Play {
            play_no,
            inning: self.inning,
            half: self.half,
            batter_id: batter_player.id,
            pitcher_id: self.p(field_side, pitcher).id,
            catcher_id: self.p(field_side, catcher).id,
            outcome: draft.outcome,
            hit_location: draft.location,
            description,
            rolls: draft.rolls,
            runner_moves: moves,
            outs_recorded,
            runs_scored: runs as u8,
            rbi,
            earned_runs: earned,
            error_on: draft.error_on,
            errors: draft.errors,
            pa: draft.pa,
            ab,
            stats,
            sba: SbaContext {
                batter_pos: self.bat().order[usize::from(slot)].pos,
                batting_order: slot + 1,
                hand_batting: batter_player.bats,
                hand_pitching: self.p(field_side, pitcher).throws,
                on_base_code: before.bases.on_base_code(),
                defender_id: draft
                    .error_on
                    .or(draft.check_pos)
                    .and_then(|p| self.field().fielder(p))
                    .map(|i| self.p(field_side, i).id),
                check_pos: draft.check_pos,
                is_go_ahead: lead_after,
                is_tied: after.score.home == after.score.away,
                is_new_inning: self.half_plays == 0,
            },
            state_before: before,
            state_after: after,
        };
        self.half_plays += 1;
        if events.on() {
            events.push(Event::PlayResolved {
                play: Box::new(play.clone()),
            });
        }
        self.plays.push(Arc::new(play));
        self.pending = None;
        self.after_play(events);
    }

    /// One line of play-by-play.
    fn describe(&self, draft: &Draft, moves: &[RunnerMove], batter: u8) -> String {
        let bat_side = self.batting_side();
        let mut s = String::with_capacity(64);
        let _ = write!(
            s,
            "{}: {}",
            self.p(bat_side, batter).name,
            draft.outcome.as_str()
        );
        if let Some(loc) = draft.location
            && draft.check_pos.is_none()
        {
            let _ = write!(s, " ({loc})");
        }
        s.push_str(&draft.note);
        for mv in moves.iter().filter(|m| m.from > 0) {
            let name = self
                .roster(bat_side)
                .iter()
                .find(|p| p.id == mv.player_id)
                .map(|p| p.name.as_str())
                .unwrap_or("?");
            match mv.to {
                RunnerTo::Out => {
                    let _ = write!(s, "; {name} out");
                }
                RunnerTo::Base(4) => {
                    let _ = write!(s, "; {name} scores");
                }
                RunnerTo::Base(b) if b != mv.from => {
                    let _ = write!(
                        s,
                        "; {name} to {}",
                        ["", "1st", "2nd", "3rd"][usize::from(b.min(3))]
                    );
                }
                RunnerTo::Base(_) => {}
            }
        }
        let batter_to = moves.iter().find(|m| m.from == 0).map(|m| m.to);
        let reached_without_hit = draft.movement.hit.is_none()
            && !matches!(
                draft.code,
                Some(ResultCode::Walk | ResultCode::HitByPitch | ResultCode::IntentionalWalk)
            );
        match batter_to {
            Some(RunnerTo::Base(4)) => {
                let _ = write!(s, "; {} scores", self.p(bat_side, batter).name);
            }
            Some(RunnerTo::Out) if draft.movement.double_play => s.push_str("; double play"),
            Some(RunnerTo::Base(b)) if reached_without_hit => {
                let base = ["", "1st", "2nd", "3rd"][usize::from(b.min(3))];
                let _ = write!(s, "; batter safe at {base}");
            }
            _ => {}
        }
        s
    }

    /// Whether the home team has taken the lead in the bottom of the last inning or later.
    pub(crate) fn walked_off(&self) -> bool {
        self.half == Half::Bottom
            && self.inning >= self.setup.settings.innings
            && self.score.home > self.score.away
    }

    /// Whether `runs` more for the batting side would end the game at once (rules.md §1).
    pub(crate) fn runs_walk_off(&self, runs: u8) -> bool {
        self.half == Half::Bottom
            && self.inning >= self.setup.settings.innings
            && self.score.home + u16::from(runs) > self.score.away
    }

    /// After a play: end of the half-inning, walk-off, or the next batter.
    pub(crate) fn after_play(&mut self, events: &mut Events) {
        self.defense = None;
        self.offense = None;
        self.pending = None;
        // The third out ends the half first (which ends the game when it should), so a finished
        // game never shows three outs.
        if self.outs >= 3 {
            self.end_half(events);
            return;
        }
        if self.walked_off() {
            self.end_game(events);
            return;
        }
        self.phase = Phase::AwaitingDefensive;
    }
}
