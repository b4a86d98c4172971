//! Read-only accessors: everything the server needs to build a GameState.

use super::{Game, Pending};
use crate::{
    Base, Bases, BySide, DefensiveDecision, GameSetup, Half, LineupHistoryEntry, Mode,
    OffensiveDecision, Phase, Play, Position, Roll, Side, TeamSetup,
};
use dugout_model::{Player, PlayerId};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Whose move it is (`"home"`, `"away"`, `"either"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Waiting {
    /// The home manager.
    Home,
    /// The away manager.
    Away,
    /// Either manager.
    Either,
}

impl From<Side> for Waiting {
    fn from(s: Side) -> Waiting {
        match s {
            Side::Home => Waiting::Home,
            Side::Away => Waiting::Away,
        }
    }
}

/// The extra-base try waiting for the batting side (GameState `pending_runner_decision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingRunnerDecision {
    /// The runner.
    pub runner: PlayerId,
    /// The base he stands on after the result's own movement.
    pub from: Base,
    /// Where he would go.
    pub to: Base,
    /// The d20 at or under which he is safe; `None` when it cannot be computed.
    pub safe_if_d20_at_most: Option<i32>,
}

impl Game {
    /// The setup the game was built from (rosters, lineups, settings, mode).
    pub fn setup(&self) -> &GameSetup {
        &self.setup
    }

    /// Manual or auto.
    pub fn mode(&self) -> Mode {
        self.setup.mode
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Whose move it is; `None` once the game is over.
    pub fn waiting_for(&self) -> Option<Waiting> {
        Some(match self.phase {
            Phase::GameOver | Phase::AwaitingLineups => return None,
            Phase::AwaitingDefensive => self.fielding_side().into(),
            Phase::AwaitingOffensive | Phase::AwaitingRunnerDecision => self.batting_side().into(),
            Phase::AwaitingRoll => Waiting::Either,
            Phase::AwaitingOutcome => self.answer_side().map_or(Waiting::Either, Waiting::from),
        })
    }

    /// Inning (1-based).
    pub fn inning(&self) -> u8 {
        self.inning
    }

    /// Top or bottom.
    pub fn half(&self) -> Half {
        self.half
    }

    /// Outs in the half-inning.
    pub fn outs(&self) -> u8 {
        self.outs
    }

    /// The score.
    pub fn score(&self) -> BySide<u16> {
        self.score
    }

    /// Runs per inning, per side.
    pub fn line_score(&self) -> &BySide<Vec<u16>> {
        &self.line
    }

    /// Hits per side.
    pub fn hits(&self) -> BySide<u16> {
        self.hits
    }

    /// Errors per side (charged to the fielding side).
    pub fn errors(&self) -> BySide<u16> {
        self.errors
    }

    /// The runners.
    pub fn bases(&self) -> Bases {
        let side = self.batting_side();
        let id = |i: usize| self.runners[i].map(|r| self.p(side, r.idx).id);
        Bases {
            first: id(0),
            second: id(1),
            third: id(2),
        }
    }

    /// The batter due up.
    pub fn batter(&self) -> &Player {
        self.p(self.batting_side(), self.bat().batter())
    }

    /// The fielding side's pitcher (`None` only while a side that must name one has not).
    pub fn pitcher(&self) -> Option<&Player> {
        self.field()
            .pitcher
            .map(|p| self.p(self.fielding_side(), p))
    }

    /// The fielding side's catcher.
    pub fn catcher(&self) -> Option<&Player> {
        self.field()
            .fielder(dugout_model::FieldPos::C)
            .map(|p| self.p(self.fielding_side(), p))
    }

    /// Whether the current pitcher is fatigued.
    pub fn pitcher_fatigued(&self) -> bool {
        self.field().stint.fatigued
    }

    /// Whether `side`'s current pitcher is fatigued.
    pub fn is_fatigued(&self, side: Side) -> bool {
        self.teams[side].stint.fatigued
    }

    /// Whether `side`'s current pitcher is injured and must be replaced.
    pub fn is_injured(&self, side: Side) -> bool {
        self.teams[side].stint.injured
    }

    /// Batters `side`'s current pitcher has faced.
    pub fn batters_faced(&self, side: Side) -> u16 {
        self.teams[side].stint.batters
    }

    /// The current defensive decision.
    pub fn defensive_decision(&self) -> Option<DefensiveDecision> {
        self.defense
    }

    /// The current offensive decision (hide it from the fielding side: see [`crate::view`]).
    pub fn offensive_decision(&self) -> Option<OffensiveDecision> {
        self.offense
    }

    /// The roll waiting for an answer in `awaiting_outcome`.
    pub fn pending_roll(&self) -> Option<&Roll> {
        match &self.pending {
            Some(Pending::AtBat { roll }) | Some(Pending::Check { roll, .. }) => Some(roll),
            _ => None,
        }
    }

    /// The extra-base try waiting for the batting side.
    pub fn pending_runner_decision(&self) -> Option<PendingRunnerDecision> {
        let Some(Pending::Try { offer, safe_if, .. }) = &self.pending else {
            return None;
        };
        let r = self.runners[usize::from(offer.runner_from.clamp(1, 3) - 1)]?;
        Some(PendingRunnerDecision {
            runner: self.p(self.batting_side(), r.idx).id,
            from: Base::from_number(offer.at)?,
            to: Base::from_number(offer.target.number().unwrap_or(4))?,
            safe_if_d20_at_most: *safe_if,
        })
    }

    /// The position of a fielding check waiting for a manager's base result (a fielder without
    /// ratings), if that is what the game waits for.
    pub fn pending_x_check_position(&self) -> Option<dugout_model::FieldPos> {
        match &self.pending {
            Some(Pending::Check {
                check: super::manual::CheckWait::XCheck(draft),
                ..
            }) => draft.check_pos,
            _ => None,
        }
    }

    /// The outs once the result that offers the pending extra-base try has moved its runners
    /// (before the try itself): what the runner's decision weighs. `None` without a try.
    pub fn outs_before_pending_try(&self) -> Option<u8> {
        let Some(Pending::Try { draft, .. }) = &self.pending else {
            return None;
        };
        Some((self.outs + draft.movement.outs).min(3))
    }

    /// Every play so far.
    pub fn plays(&self) -> &[Arc<Play>] {
        &self.plays
    }

    /// A copy of this game whose setup keeps no players in its rosters: what a snapshot stores
    /// when the rosters are kept elsewhere (they never change during a game). Not playable; a
    /// game with its rosters back is restored by deserializing it with them filled in.
    pub fn without_rosters(&self) -> Game {
        let slim = |t: &TeamSetup| TeamSetup {
            team: t.team.clone(),
            roster: Vec::new(),
            lineup: t.lineup.clone(),
            ai: t.ai,
        };
        let setup = GameSetup {
            home: slim(&self.setup.home),
            away: slim(&self.setup.away),
            settings: self.setup.settings,
            mode: self.setup.mode,
        };
        Game {
            setup: Arc::new(setup),
            ..self.clone()
        }
    }

    /// The last play.
    pub fn last_play(&self) -> Option<&Play> {
        self.plays.last().map(Arc::as_ref)
    }

    /// The winner, once the game is over.
    pub fn winner(&self) -> Option<Side> {
        self.winner
    }

    /// Whether the game is over.
    pub fn is_over(&self) -> bool {
        self.phase == Phase::GameOver
    }

    /// `side`'s current batting order: (player, position), slot 1 first.
    pub fn batting_order(&self, side: Side) -> [(PlayerId, Position); 9] {
        let t = &self.teams[side];
        t.order.map(|s| (self.p(side, s.player).id, s.pos))
    }

    /// `side`'s next batter's slot (0..=8).
    pub fn next_up(&self, side: Side) -> u8 {
        self.teams[side].next_up
    }

    /// `side`'s current pitcher.
    pub fn pitcher_of(&self, side: Side) -> Option<&Player> {
        self.teams[side].pitcher.map(|p| self.p(side, p))
    }

    /// `side`'s lineup history (each substitution is a new entry).
    pub fn lineup_history(&self, side: Side) -> &[LineupHistoryEntry] {
        &self.teams[side].history
    }

    /// Whether a player of `side` is in the game now.
    pub fn in_game(&self, side: Side, id: PlayerId) -> bool {
        self.roster(side)
            .iter()
            .position(|p| p.id == id)
            .is_some_and(|i| self.teams[side].in_game(i as u8))
    }

    /// Whether a player of `side` may still enter (active, never in the game).
    pub fn available(&self, side: Side, id: PlayerId) -> bool {
        self.roster(side)
            .iter()
            .position(|p| p.id == id)
            .is_some_and(|i| {
                let t = &self.teams[side];
                !t.entered[i] && self.roster(side)[i].active
            })
    }

    /// Whether a player of `side` has left the game.
    pub fn removed(&self, side: Side, id: PlayerId) -> bool {
        self.roster(side)
            .iter()
            .position(|p| p.id == id)
            .is_some_and(|i| self.teams[side].removed[i])
    }

    /// `side`'s roster.
    pub fn roster_of(&self, side: Side) -> &[Player] {
        self.roster(side)
    }

    /// Whether `side` may change pitchers now (the three-batter minimum, rules.md §9).
    pub fn may_change_pitcher(&self, side: Side) -> bool {
        self.pitcher_locked(side).is_none()
    }

    /// The first problem that keeps `side` from taking the field (a PH without a position, …).
    pub fn field_problem(&self, side: Side) -> Option<String> {
        self.teams[side].field_problem(self.roster(side))
    }
}
