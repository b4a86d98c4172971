//! Substitutions between plays (rules.md §9): pinch hitters and runners, defensive replacements
//! (double switches included), pitching changes. No re-entry; lineup history is append-only.

use super::team::{LineupHistoryEntry, Slot, Stint, TeamState};
use super::{Game, PIdx};
use crate::event::Events;
use crate::lineup::position_problem;
use crate::{Event, Move, Phase, Position, RuleError, Side};
use dugout_model::PlayerId;

impl Game {
    fn sub_checks(&self, what: &str) -> Result<(), RuleError> {
        if !self.phase.is_between_plays() {
            return Err(self.wrong_phase(what));
        }
        Ok(())
    }

    /// Roster index of an unused, active player who may enter.
    fn entering(&self, side: Side, id: PlayerId) -> Result<PIdx, RuleError> {
        let bad = |m: String| Err(RuleError::InvalidSubstitution(m));
        let Some(i) = self.roster(side).iter().position(|p| p.id == id) else {
            return bad(format!("player {id} is not on the {side} roster"));
        };
        let i = i as PIdx;
        let p = self.p(side, i);
        let t = &self.teams[side];
        if t.removed[usize::from(i)] {
            return bad(format!("{} has left the game and may not return", p.name));
        }
        if t.entered[usize::from(i)] {
            return bad(format!("{} is already in the game", p.name));
        }
        if !p.active {
            return bad(format!("{} is not active", p.name));
        }
        Ok(i)
    }

    fn idx_of(&self, side: Side, id: PlayerId) -> Option<PIdx> {
        self.roster(side)
            .iter()
            .position(|p| p.id == id)
            .map(|i| i as PIdx)
    }

    /// The emergency rule (decision 011): when no unused player is rated at a field position
    /// (pitcher and DH aside), anybody may play it, as an unrated fielder. Players that the same
    /// request already sends in (`movers`) do not count as unused: a bench player rated at 2B and
    /// SS who enters at 2B cannot also fill SS.
    fn emergency(&self, side: Side, pos: Position, movers: &[Move]) -> bool {
        let Some(f) = pos.field().filter(|f| *f != dugout_model::FieldPos::P) else {
            return false;
        };
        !self.roster(side).iter().any(|p| {
            self.available(side, p.id)
                && p.fielding(f).is_some()
                && !movers.iter().any(|m| m.player_id == p.id)
        })
    }

    /// Finishes a substitution: phase back to the defensive decision, event out.
    fn substituted(&mut self, side: Side, moves: Vec<Move>, events: &mut Events) {
        if matches!(self.phase, Phase::AwaitingOffensive | Phase::AwaitingRoll) {
            self.phase = Phase::AwaitingDefensive;
            self.defense = None;
            self.offense = None;
        }
        events.push(Event::PlayerSubstituted { side, moves });
    }

    fn next_play_no(&self) -> u32 {
        self.plays.len() as u32 + 1
    }

    pub(super) fn pinch_hitter(
        &mut self,
        side: Side,
        entering: PlayerId,
        exiting: PlayerId,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.batting_side() {
            return Err(RuleError::Forbidden(
                "only the batting team sends up a pinch hitter".into(),
            ));
        }
        self.sub_checks("a pinch hitter")?;
        let ent = self.entering(side, entering)?;
        let t = &self.teams[side];
        let slot = usize::from(t.next_up);
        if self.idx_of(side, exiting) != Some(t.order[slot].player) {
            return Err(RuleError::InvalidSubstitution(format!(
                "player {exiting} is not the batter due up"
            )));
        }
        let old = t.order[slot];
        let pos = if old.pos == Position::DH {
            Position::DH
        } else {
            Position::PH
        };
        let play_no = self.next_play_no();
        let t = &mut self.teams[side];
        replace_in_slot(t, slot, ent, pos, old.player, entering, play_no);
        self.substituted(
            side,
            vec![Move {
                player_id: entering,
                position: pos,
                replaces_player_id: Some(exiting),
                batting_slot: None,
            }],
            events,
        );
        Ok(())
    }

    pub(super) fn pinch_runner(
        &mut self,
        side: Side,
        entering: PlayerId,
        exiting: PlayerId,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.batting_side() {
            return Err(RuleError::Forbidden(
                "only the batting team sends in a pinch runner".into(),
            ));
        }
        self.sub_checks("a pinch runner")?;
        let ent = self.entering(side, entering)?;
        let ex = self.idx_of(side, exiting);
        let Some(base) = self
            .runners
            .iter()
            .position(|r| r.is_some_and(|r| Some(r.idx) == ex))
        else {
            return Err(RuleError::InvalidSubstitution(format!(
                "player {exiting} is not on base"
            )));
        };
        let ex = ex.unwrap_or(0);
        let Some(slot) = self.teams[side].slot_of(ex) else {
            return Err(RuleError::InvalidSubstitution(format!(
                "player {exiting} is not in the batting order"
            )));
        };
        let old = self.teams[side].order[slot];
        let pos = if old.pos == Position::DH {
            Position::DH
        } else {
            Position::PR
        };
        let play_no = self.next_play_no();
        replace_in_slot(&mut self.teams[side], slot, ent, pos, ex, entering, play_no);
        if let Some(r) = self.runners[base].as_mut() {
            r.idx = ent;
        }
        self.substituted(
            side,
            vec![Move {
                player_id: entering,
                position: pos,
                replaces_player_id: Some(exiting),
                batting_slot: None,
            }],
            events,
        );
        Ok(())
    }

    /// Whether the three-batter minimum keeps the current pitcher of `side` in.
    pub(crate) fn pitcher_locked(&self, side: Side) -> Option<String> {
        let t = &self.teams[side];
        let st = t.stint;
        let p = t.pitcher?;
        (self.setup.settings.three_batter_minimum
            && side == self.fielding_side()
            && st.batters < 3
            && !st.ended_half
            && !st.injured)
            .then(|| {
                format!(
                    "{} must face three batters or finish the half-inning first",
                    self.p(side, p).name
                )
            })
    }

    pub(super) fn pitching_change(
        &mut self,
        side: Side,
        entering: PlayerId,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        if side != self.fielding_side() {
            return Err(RuleError::Forbidden(
                "only the fielding team changes pitchers".into(),
            ));
        }
        self.sub_checks("a pitching change")?;
        let ent = self.entering(side, entering)?;
        if !self.p(side, ent).is_pitcher() {
            return Err(RuleError::InvalidSubstitution(format!(
                "{} is not a pitcher",
                self.p(side, ent).name
            )));
        }
        if let Some(m) = self.pitcher_locked(side) {
            return Err(RuleError::InvalidSubstitution(m));
        }
        let old = self.teams[side].pitcher;
        if old.is_none() && !self.teams[side].dh {
            return Err(RuleError::InvalidSubstitution(
                "without the DH the new pitcher takes a batting slot: use a defensive replacement \
                 naming the player he replaces"
                    .into(),
            ));
        }
        let replaces = old.map(|o| self.p(side, o).id);
        let play_no = self.next_play_no();
        let t = &mut self.teams[side];
        let slot = old.and_then(|o| t.slot_of(o));
        if let Some(o) = old {
            t.removed[usize::from(o)] = true;
        }
        t.entered[usize::from(ent)] = true;
        t.pitcher = Some(ent);
        t.stint = Stint::default();
        if let Some(s) = slot {
            t.order[s] = Slot {
                player: ent,
                pos: Position::P,
            };
        }
        t.history.push(LineupHistoryEntry {
            batting_slot: slot.map(|s| s as u8 + 1),
            player_id: entering,
            position: Position::P,
            entered_play_no: play_no,
        });
        t.refresh_fielders();
        self.substituted(
            side,
            vec![Move {
                player_id: entering,
                position: Position::P,
                replaces_player_id: replaces,
                batting_slot: None,
            }],
            events,
        );
        Ok(())
    }

    pub(super) fn defensive_replacement(
        &mut self,
        side: Side,
        moves: Vec<Move>,
        events: &mut Events,
    ) -> Result<(), RuleError> {
        self.sub_checks("a defensive replacement")?;
        let bad = |m: String| Err(RuleError::InvalidSubstitution(m));
        if moves.is_empty() || moves.len() > 9 {
            return bad("a replacement has 1 to 9 moves".into());
        }
        let mut t: TeamState = self.teams[side].clone();
        let before = t.clone();
        let batting = side == self.batting_side();
        let play_no = self.next_play_no();
        let mut history = Vec::new();
        for mv in &moves {
            if matches!(mv.position, Position::PH | Position::PR) {
                return bad("PH and PR are not positions to move a player to".into());
            }
            let Some(p) = self.idx_of(side, mv.player_id) else {
                return bad(format!(
                    "player {} is not on the {side} roster",
                    mv.player_id
                ));
            };
            let name = &self.p(side, p).name;
            if let Some(problem) =
                position_problem(self.p(side, p), mv.position, &self.setup.settings)
                && !self.emergency(side, mv.position, &moves)
            {
                return bad(problem);
            }
            if before.in_game(p) {
                if mv.replaces_player_id.is_some() {
                    return bad(format!(
                        "{name} is already in the game: he changes position, he replaces nobody"
                    ));
                }
                if let Some(s) = t.slot_of(p) {
                    t.order[s].pos = mv.position;
                }
                if mv.position == Position::P {
                    t.pitcher = Some(p);
                } else if t.pitcher == Some(p) {
                    t.pitcher = None;
                }
                history.push(LineupHistoryEntry {
                    batting_slot: t.slot_of(p).map(|s| s as u8 + 1),
                    player_id: mv.player_id,
                    position: mv.position,
                    entered_play_no: play_no,
                });
                continue;
            }
            self.entering(side, mv.player_id)?;
            let Some(r_id) = mv.replaces_player_id else {
                // Filling a vacant pitcher's role (DH games: he bats nowhere) replaces nobody.
                if mv.position == Position::P
                    && t.pitcher.is_none()
                    && t.dh
                    && mv.batting_slot.is_none()
                {
                    t.entered[usize::from(p)] = true;
                    t.pitcher = Some(p);
                    t.stint = Stint::default();
                    history.push(LineupHistoryEntry {
                        batting_slot: None,
                        player_id: mv.player_id,
                        position: mv.position,
                        entered_play_no: play_no,
                    });
                    continue;
                }
                return bad(format!(
                    "{name} enters the game: name the player he replaces"
                ));
            };
            let Some(r) = self.idx_of(side, r_id).filter(|r| before.in_game(*r)) else {
                return bad(format!("player {r_id} is not in the game"));
            };
            if batting
                && (before.batter() == r
                    || self.runners.iter().any(|x| x.is_some_and(|x| x.idx == r)))
            {
                return bad("replace the batter or a runner with a pinch hitter or runner".into());
            }
            if before.pitcher == Some(r)
                && side == self.fielding_side()
                && let Some(m) = self.pitcher_locked(side)
            {
                return bad(m);
            }
            let slot = match mv.batting_slot {
                Some(s @ 1..=9) => Some(usize::from(s - 1)),
                Some(_) => return bad("batting_slot is 1..9".into()),
                None => before.slot_of(r),
            };
            t.removed[usize::from(r)] = true;
            t.entered[usize::from(p)] = true;
            if let Some(s) = slot {
                t.order[s] = Slot {
                    player: p,
                    pos: mv.position,
                };
            }
            if mv.position == Position::P {
                t.pitcher = Some(p);
                t.stint = Stint::default();
            } else if t.pitcher == Some(r) {
                t.pitcher = None;
            }
            history.push(LineupHistoryEntry {
                batting_slot: slot.map(|s| s as u8 + 1),
                player_id: mv.player_id,
                position: mv.position,
                entered_play_no: play_no,
            });
        }
        // The lineup as a whole.
        for (i, s) in t.order.iter().enumerate() {
            if t.removed[usize::from(s.player)] {
                return bad(format!(
                    "batting slot {} is left to a player who leaves the game",
                    i + 1
                ));
            }
            if t.order.iter().filter(|o| o.player == s.player).count() > 1 {
                return bad(format!("{} would bat twice", self.p(side, s.player).name));
            }
            if (s.pos.field().is_some() || s.pos == Position::DH)
                && t.order.iter().filter(|o| o.pos == s.pos).count() > 1
            {
                return bad(format!("{} would be played twice", s.pos));
            }
        }
        let pitcher_bats = t.order.iter().any(|s| s.pos == Position::P);
        if t.dh && pitcher_bats {
            // The pitcher was put into the batting order: the DH role ends (rules.md §1).
            t.dh = false;
        }
        if !t.dh && t.order.iter().any(|s| s.pos == Position::DH) {
            return bad("the DH role has ended: the DH must take a position or be replaced".into());
        }
        if t.dh && t.pitcher.is_some_and(|p| t.slot_of(p).is_some()) {
            return bad("with the DH in effect the pitcher does not bat".into());
        }
        if let Some(p) = t.pitcher {
            if !self.p(side, p).is_pitcher() {
                return bad(format!("{} is not a pitcher", self.p(side, p).name));
            }
            if t.pitcher != before.pitcher && t.slot_of(p).is_none() && !t.dh {
                return bad("without the DH the pitcher must have a batting slot".into());
            }
        }
        t.history.extend(history);
        t.refresh_fielders();
        self.teams[side] = t;
        self.substituted(side, moves, events);
        Ok(())
    }
}

/// Puts `ent` into `slot` for `old`, who leaves.
fn replace_in_slot(
    t: &mut TeamState,
    slot: usize,
    ent: PIdx,
    pos: Position,
    old: PIdx,
    entering: PlayerId,
    play_no: u32,
) {
    t.order[slot] = Slot { player: ent, pos };
    t.removed[usize::from(old)] = true;
    t.entered[usize::from(ent)] = true;
    if t.pitcher == Some(old) {
        t.pitcher = None;
    }
    t.history.push(LineupHistoryEntry {
        batting_slot: Some(slot as u8 + 1),
        player_id: entering,
        position: pos,
        entered_play_no: play_no,
    });
    t.refresh_fielders();
}
