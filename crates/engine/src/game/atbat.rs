//! The at-bat roll (rules.md §4): column, row, split; WP/PB checks; the injury flag; reading the
//! digital card in auto mode.

use super::Game;
use super::Pending;
use super::manual::CheckWait;
use crate::dice::draw;
use crate::event::Events;
use crate::roll::{AtBatDice, CardRead, CheckKind};
use crate::{DiceSource, DiePurpose, Event, Mode, Phase, PlayOutcome, Roll, RollKind, RolledBy};
use dugout_model::{FieldPos, Hand, ResultCode};

impl Game {
    /// The pitcher's throwing hand (right-handed when the league does not say).
    pub(crate) fn pitcher_hand(&self) -> Hand {
        self.field()
            .pitcher
            .and_then(|p| self.p(self.fielding_side(), p).throws)
            .unwrap_or(Hand::R)
    }

    /// The side the batter hits from against the current pitcher (right when unknown).
    pub(crate) fn batter_hand(&self) -> Hand {
        let b = self.p(self.batting_side(), self.bat().batter());
        b.bats
            .map(|s| s.against(self.pitcher_hand()))
            .unwrap_or(Hand::R)
    }

    /// Rolls the at-bat dice and goes on: a WP/PB check, a manual outcome, or (auto) the card.
    pub(super) fn at_bat(
        &mut self,
        rolled_by: RolledBy,
        dice: &mut impl DiceSource,
        events: &mut Events,
    ) -> super::Step {
        let mut rolls = std::mem::take(&mut self.carried_rolls);
        let manual = self.setup.mode == Mode::Manual;
        loop {
            let column = draw(dice, 6, DiePurpose::Column);
            let a = draw(dice, 6, DiePurpose::Row);
            let b = draw(dice, 6, DiePurpose::Row);
            let d20 = draw(dice, 20, DiePurpose::Split);
            let row = a + b;
            let mut ab = AtBatDice {
                d6_column: column,
                d6_a: a,
                d6_b: b,
                row,
                d20,
                card: if column <= 3 {
                    CardRead::Batter
                } else {
                    CardRead::Pitcher
                },
                check: None,
                check_d20: None,
            };
            let runners_on = self.runners.iter().any(Option::is_some);
            if self.setup.settings.wp_pb_checks && runners_on && d20 <= 2 {
                let kind = if d20 == 1 {
                    CheckKind::WildPitch
                } else {
                    CheckKind::PassedBall
                };
                let check_d20 = draw(dice, 20, DiePurpose::WpPbCheck);
                ab.check = Some(kind);
                ab.check_d20 = Some(check_d20);
                let rating = self.wp_pb_rating(kind);
                let mut roll = self.make_roll(RollKind::Ab(ab), rolled_by.clone());
                if rating.is_none() {
                    roll.answer_by = Some(self.fielding_side());
                }
                if manual || rating.is_none() {
                    events.push(Event::DiceRolled { roll: roll.clone() });
                }
                match rating {
                    None => {
                        self.carried_rolls = rolls;
                        self.pending = Some(Pending::Check {
                            roll,
                            check: CheckWait::WpPb(kind),
                        });
                        self.phase = Phase::AwaitingOutcome;
                        return Ok(());
                    }
                    Some(r) if check_d20 <= r => {
                        rolls.push(roll);
                        self.wild_pitch(kind, rolls, events);
                        return Ok(());
                    }
                    Some(_) => {
                        rolls.push(roll);
                        if manual {
                            self.carried_rolls = rolls;
                            self.phase = Phase::AwaitingRoll;
                            return Ok(());
                        }
                        continue;
                    }
                }
            }
            self.injury_flag(column, row);
            let mut roll = self.make_roll(RollKind::Ab(ab), rolled_by.clone());
            let read = if manual {
                None
            } else {
                self.read_card(ab.card, column, row, d20)
            };
            match read {
                Some((code, location)) => {
                    rolls.push(roll);
                    return self.resolve_code(code, location, rolls, dice, events);
                }
                None => {
                    // Manual mode, or a card the league lacks: a manager reads it (§1.4).
                    if !manual {
                        roll.answer_by = Some(match ab.card {
                            CardRead::Batter => self.batting_side(),
                            CardRead::Pitcher => self.fielding_side(),
                        });
                    }
                    events.push(Event::DiceRolled { roll: roll.clone() });
                    self.carried_rolls = rolls;
                    self.pending = Some(Pending::AtBat { roll });
                    self.phase = Phase::AwaitingOutcome;
                }
            }
            return Ok(());
        }
    }

    /// A roll with a fresh id.
    pub(crate) fn make_roll(&mut self, kind: RollKind, rolled_by: RolledBy) -> Roll {
        Roll {
            roll_id: self.new_roll_id(),
            kind,
            rolled_by,
            answer_by: None,
            runner_base: None,
        }
    }

    /// The pitcher's `wp` or the catcher's `pb` rating.
    fn wp_pb_rating(&self, kind: CheckKind) -> Option<u8> {
        let side = self.fielding_side();
        match kind {
            CheckKind::WildPitch => self
                .field()
                .pitcher
                .and_then(|p| self.p(side, p).pitching.as_ref()?.wp),
            CheckKind::PassedBall => self
                .field()
                .fielder(FieldPos::C)
                .and_then(|c| self.p(side, c).fielding(FieldPos::C)?.pb),
        }
    }

    /// Pitcher injury flag (rules.md §4): column 6, row 7–12, injured if his rating ≥ 13 − row.
    fn injury_flag(&mut self, column: u8, row: u8) {
        if !self.setup.settings.injuries || column != 6 || row < 7 {
            return;
        }
        let side = self.fielding_side();
        let rating = self
            .field()
            .pitcher
            .and_then(|p| self.p(side, p).pitching.as_ref()?.injury);
        if rating.is_some_and(|r| r >= 13 - row) {
            self.teams[side].stint.injured = true;
        }
    }

    /// The card's result for the roll, or `None` when the league has no such card.
    pub(crate) fn read_card(
        &self,
        card: CardRead,
        column: u8,
        row: u8,
        d20: u8,
    ) -> Option<(ResultCode, Option<FieldPos>)> {
        match card {
            CardRead::Batter => {
                let b = self.p(self.batting_side(), self.bat().batter());
                let e = b
                    .batting_card
                    .as_ref()?
                    .side(self.pitcher_hand())
                    .read(column, row, d20)?;
                Some((e.code, e.location))
            }
            CardRead::Pitcher => {
                let side = self.fielding_side();
                let p = self.p(side, self.field().pitcher?);
                let e = p
                    .pitching
                    .as_ref()?
                    .card
                    .as_ref()?
                    .side(self.batter_hand())
                    .read(column.checked_sub(3)?, row, d20)?;
                if self.field().stint.fatigued && (row == 2 || row == 12) && is_out_code(e.code) {
                    return Some((ResultCode::Single2, None));
                }
                Some((e.code, e.location))
            }
        }
    }

    /// A wild pitch or passed ball that moved the runners: every runner +1, `pa = 0`.
    pub(super) fn wild_pitch(
        &mut self,
        kind: CheckKind,
        rolls: Vec<crate::Roll>,
        events: &mut Events,
    ) {
        let outcome = match kind {
            CheckKind::WildPitch => PlayOutcome::WildPitch,
            CheckKind::PassedBall => PlayOutcome::PassedBall,
        };
        let mut draft = self.runners_advance_draft(outcome, 1, rolls);
        match kind {
            CheckKind::WildPitch => draft.stats.wp = true,
            CheckKind::PassedBall => {
                // A passed ball is charged like an error: runs it brings home are unearned.
                draft.stats.pb = true;
                for m in &mut draft.movement.moves {
                    m.on_error = true;
                }
            }
        }
        self.commit(draft, events);
    }
}

/// An out on a card (what fatigue turns into singles on rows 2 and 12).
fn is_out_code(code: ResultCode) -> bool {
    code == ResultCode::Strikeout
        || code.is_groundball()
        || code.is_flyout()
        || matches!(
            code,
            ResultCode::Lineout | ResultCode::Popout | ResultCode::Foulout
        )
}
