//! [`Game::from_setup`]: the only way to get a [`Game`].

use super::Game;
use super::team::{LineupHistoryEntry, Slot, Stint, TeamState};
use crate::lineup::lineup_problems;
use crate::{BySide, GameSetup, Half, Mode, Phase, Position, RuleError, Side};
use std::sync::Arc;

impl Game {
    /// Checks a setup (both lineups, the mode) and starts the game: top of the 1st, waiting for
    /// the home team's defensive decision.
    ///
    /// # Errors
    /// [`RuleError::InvalidLineup`] listing every problem found.
    pub fn from_setup(setup: GameSetup) -> Result<Game, RuleError> {
        Game::from_shared(Arc::new(setup))
    }

    /// As [`Game::from_setup`] for a setup shared between games (no roster copy per game).
    ///
    /// # Errors
    /// [`RuleError::InvalidLineup`] listing every problem found.
    pub fn from_shared(setup: Arc<GameSetup>) -> Result<Game, RuleError> {
        let mut problems = Vec::new();
        if setup.mode == Mode::Manual && setup.home.ai && setup.away.ai {
            problems.push("a manual game cannot have two AI seats".to_string());
        }
        if setup.settings.innings == 0 {
            problems.push("a game has at least one inning".to_string());
        }
        for side in Side::BOTH {
            let t = setup.team(side);
            for p in lineup_problems(&t.roster, &t.lineup, &setup.settings) {
                problems.push(format!("{side} lineup: {p}"));
            }
        }
        if !problems.is_empty() {
            return Err(RuleError::InvalidLineup(problems.join("; ")));
        }
        let teams = BySide::from_fn(|side| team_state(&setup, side));
        Ok(Game {
            teams,
            inning: 1,
            half: Half::Top,
            outs: 0,
            runners: [None; 3],
            score: BySide::default(),
            line: BySide {
                home: Vec::new(),
                away: vec![0],
            },
            hits: BySide::default(),
            errors: BySide::default(),
            phase: Phase::AwaitingDefensive,
            defense: None,
            offense: None,
            pending: None,
            plays: Vec::with_capacity(96),
            next_roll: 0,
            carried_rolls: Vec::new(),
            winner: None,
            half_plays: 0,
            setup,
        })
    }
}

/// The starting state of one side (the lineup was checked).
fn team_state(setup: &GameSetup, side: Side) -> TeamState {
    let t = setup.team(side);
    let idx = |id| {
        t.roster
            .iter()
            .position(|p| p.id == id)
            .and_then(|i| u8::try_from(i).ok())
            .unwrap_or(0)
    };
    let mut order = [Slot {
        player: 0,
        pos: Position::DH,
    }; 9];
    let mut entered = vec![false; t.roster.len()];
    let mut history = Vec::with_capacity(16);
    for (i, e) in t.lineup.batting_order.iter().enumerate().take(9) {
        let p = idx(e.player_id);
        order[i] = Slot {
            player: p,
            pos: e.position,
        };
        entered[usize::from(p)] = true;
        history.push(LineupHistoryEntry {
            batting_slot: Some(i as u8 + 1),
            player_id: e.player_id,
            position: e.position,
            entered_play_no: 0,
        });
    }
    let pitcher = idx(t.lineup.pitcher_id);
    if !entered[usize::from(pitcher)] {
        history.push(LineupHistoryEntry {
            batting_slot: None,
            player_id: t.lineup.pitcher_id,
            position: Position::P,
            entered_play_no: 0,
        });
    }
    entered[usize::from(pitcher)] = true;
    let mut team = TeamState {
        side,
        order,
        pitcher: Some(pitcher),
        dh: setup.settings.dh,
        next_up: 0,
        entered,
        removed: vec![false; t.roster.len()],
        history,
        stint: Stint {
            starter: true,
            ..Stint::default()
        },
        fielders: [None; 9],
    };
    team.refresh_fielders();
    team
}
