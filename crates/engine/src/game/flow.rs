//! Half-innings, extra innings, the extra-inning runner and the end of the game (rules.md §1).

use super::{Game, Runner};
use crate::advance;
use crate::event::Events;
use crate::{Event, Half, Phase, PlayOutcome, Side};
use dugout_model::ResultCode;

impl Game {
    /// Ends the half-inning after its third out and sets up the next one (or ends the game).
    pub(crate) fn end_half(&mut self, events: &mut Events) {
        let bat = self.batting_side();
        let field = self.fielding_side();
        let lob = self.runners.iter().filter(|r| r.is_some()).count() as u8;
        events.push(Event::HalfInningOver {
            inning: self.inning,
            half: self.half,
            runs: self.line[bat].last().copied().unwrap_or(0),
            left_on_base: lob,
        });
        self.runners = [None; 3];
        self.outs = 0;
        self.half_plays = 0;
        self.teams[field].stint.ended_half = true;
        let innings = self.setup.settings.innings;
        match self.half {
            Half::Top => {
                if self.inning >= innings && self.score.home > self.score.away {
                    self.end_game(events);
                    return;
                }
                self.half = Half::Bottom;
                self.line.home.push(0);
            }
            Half::Bottom => {
                if self.inning >= innings && self.score.home != self.score.away {
                    self.end_game(events);
                    return;
                }
                self.inning = self.inning.saturating_add(1);
                self.half = Half::Top;
                self.line.away.push(0);
            }
        }
        if self.setup.settings.extra_inning_runner && self.inning > innings {
            // The player batting just before the leadoff man starts on 2nd; never an earned run.
            let t = self.bat();
            let slot = (usize::from(t.next_up) + 8) % 9;
            let idx = t.order[slot].player;
            self.runners[1] = Some(Runner {
                idx,
                charged_to: None,
                earned: false,
            });
        }
        self.phase = Phase::AwaitingDefensive;
        self.defense = None;
        self.offense = None;
    }

    /// Ends the game: the team ahead wins.
    pub(crate) fn end_game(&mut self, events: &mut Events) {
        let winner = if self.score.home > self.score.away {
            Side::Home
        } else {
            Side::Away
        };
        self.winner = Some(winner);
        self.phase = Phase::GameOver;
        self.defense = None;
        self.offense = None;
        self.pending = None;
        events.push(Event::GameOver {
            final_score: self.score,
            winner,
        });
    }

    /// An intentional walk, applied at once.
    pub(crate) fn intentional_walk(&mut self, events: &mut Events) -> super::Step {
        let rolls = std::mem::take(&mut self.carried_rolls);
        let mut draft = self.draft(PlayOutcome::Code(ResultCode::IntentionalWalk), rolls);
        draft.code = Some(ResultCode::IntentionalWalk);
        let s = self.situation(None);
        draft.movement =
            advance::resolve(ResultCode::IntentionalWalk, &s).map_err(super::internal)?;
        self.commit(draft, events);
        Ok(())
    }
}
