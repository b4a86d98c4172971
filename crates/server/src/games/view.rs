//! Per-viewer projections of a published game: GameState, lineups, box score.

use super::published::Published;
use dugout_engine::{Game, Side};
use dugout_protocol::inbound::Side as WSide;
use dugout_protocol::inbound::http::Mode;
use dugout_protocol::state::{Bases, GameState, GameStatus, Half, PerSide, TeamSeat, UserRef};
use dugout_store::Seat;
use serde_json::{Value, json};

/// Who looks at a game: what they may see depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Viewer {
    /// The home manager.
    Home,
    /// The away manager.
    Away,
    /// A user managing both sides (sees everything).
    Both,
    /// Everyone else.
    Spectator,
}

impl Viewer {
    /// Every viewer class.
    pub const ALL: [Viewer; 4] = [Viewer::Home, Viewer::Away, Viewer::Both, Viewer::Spectator];

    /// Room-name spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Viewer::Home => "home",
            Viewer::Away => "away",
            Viewer::Both => "both",
            Viewer::Spectator => "spectator",
        }
    }

    /// The viewer class of a user managing `sides`.
    pub fn of_sides(sides: &[Side]) -> Viewer {
        match sides {
            [] => Viewer::Spectator,
            [Side::Home] => Viewer::Home,
            [Side::Away] => Viewer::Away,
            _ => Viewer::Both,
        }
    }

    /// Whether this viewer may see the offensive decision of `game` now.
    pub fn sees_offense(self, game: &Game) -> bool {
        match self {
            Viewer::Both => true,
            Viewer::Home => game.batting_side() == Side::Home,
            Viewer::Away => game.batting_side() == Side::Away,
            Viewer::Spectator => false,
        }
    }
}

/// Wire side of an engine side.
pub fn wire_side(s: Side) -> WSide {
    match s {
        Side::Home => WSide::Home,
        Side::Away => WSide::Away,
    }
}

/// Engine side of a wire side.
pub fn engine_side(s: WSide) -> Side {
    match s {
        WSide::Home => Side::Home,
        WSide::Away => Side::Away,
    }
}

fn player_ref(p: &dugout_model::Player, position: Option<String>) -> Value {
    json!({"player_id": p.id, "name": p.name, "position": position})
}

fn position_of(game: &Game, side: Side, id: dugout_model::PlayerId) -> Option<String> {
    game.lineup_history(side)
        .iter()
        .rev()
        .find(|e| e.player_id == id)
        .map(|e| e.position.as_str().to_string())
}

fn runner(game: &Game, id: Option<dugout_model::PlayerId>) -> Option<Value> {
    let id = id?;
    let side = game.batting_side();
    let p = game.roster_of(side).iter().find(|p| p.id == id)?;
    Some(player_ref(p, position_of(game, side, id)))
}

/// The GameState `viewer` may see; `connected` tells whether a user has a socket in the room.
pub fn game_state(p: &Published, viewer: Viewer, connected: &dyn Fn(&str) -> bool) -> GameState {
    let setup = &p.setup;
    let seat = |side: Side| -> TeamSeat {
        let t = &setup.team(side).team;
        let s = &p.seats[if side == Side::Home { 0 } else { 1 }];
        let manager = s.user_id().map(|id| UserRef {
            id: id.to_string(),
            name: id.split_once(':').map_or(id, |(_, n)| n).to_string(),
        });
        TeamSeat {
            team_id: t.id.0,
            name: t.lname.clone(),
            abbrev: t.abbrev.clone(),
            color: t.color.clone(),
            dice_color: t.dice_color.clone(),
            connected: manager.as_ref().is_some_and(|m| connected(&m.id)),
            manager,
            is_ai: matches!(s, Seat::Ai),
        }
    };
    let mode = match setup.mode {
        dugout_engine::Mode::Manual => Mode::Manual,
        dugout_engine::Mode::Auto => Mode::Auto,
    };
    let mut state = GameState {
        game_id: p.id.to_string(),
        league_id: setup.league_id.clone(),
        mode,
        status: p.status,
        version: p.version,
        inning: 1,
        half: Half::Top,
        outs: 0,
        home_score: 0,
        away_score: 0,
        bases: Bases::default(),
        batter: None,
        pitcher: None,
        catcher: None,
        batting_side: WSide::Away,
        fielding_side: WSide::Home,
        phase: "awaiting_lineups".into(),
        waiting_for: None,
        pending_runner_decision: None,
        defensive_decision: None,
        offensive_decision: None,
        pending_roll: None,
        line_score: PerSide::default(),
        hits: PerSide::default(),
        errors: PerSide::default(),
        last_play: None,
        home: seat(Side::Home),
        away: seat(Side::Away),
    };
    let Some(game) = p.game.as_deref() else {
        return state;
    };
    let score = game.score();
    let bases = game.bases();
    let bat = game.batting_side();
    let field = game.fielding_side();
    state.inning = u32::from(game.inning());
    state.half = match game.half() {
        dugout_engine::Half::Top => Half::Top,
        dugout_engine::Half::Bottom => Half::Bottom,
    };
    state.outs = game.outs();
    state.home_score = u32::from(score.home);
    state.away_score = u32::from(score.away);
    state.bases = Bases {
        first: runner(game, bases.first),
        second: runner(game, bases.second),
        third: runner(game, bases.third),
    };
    if !game.is_over() {
        let b = game.batter();
        let mut batter = player_ref(b, position_of(game, bat, b.id));
        batter["bats"] = json!(b.bats);
        state.batter = Some(batter);
        state.pitcher = game.pitcher().map(|pi| {
            let mut v = player_ref(pi, Some("P".into()));
            v["throws"] = json!(pi.throws);
            v["fatigued"] = json!(game.pitcher_fatigued());
            v
        });
        state.catcher = game.catcher().map(|c| player_ref(c, Some("C".into())));
    }
    state.batting_side = wire_side(bat);
    state.fielding_side = wire_side(field);
    state.phase = game.phase().as_str().to_string();
    if p.status == GameStatus::Active {
        state.waiting_for = game
            .waiting_for()
            .and_then(|w| serde_json::to_value(w).ok())
            .and_then(|v| v.as_str().map(str::to_string));
    }
    state.pending_runner_decision = game.pending_runner_decision().map(|d| {
        json!({"runner": runner(game, Some(d.runner)), "from": d.from, "to": d.to,
               "safe_if_d20_at_most": d.safe_if_d20_at_most})
    });
    state.defensive_decision = game
        .defensive_decision()
        .and_then(|d| serde_json::to_value(d).ok());
    state.offensive_decision = game.offensive_decision().map(|d| {
        if viewer.sees_offense(game) {
            serde_json::to_value(d).unwrap_or(Value::Null)
        } else {
            dugout_protocol::state::hidden()
        }
    });
    state.pending_roll = game
        .pending_roll()
        .and_then(|r| serde_json::to_value(r).ok());
    let line = game.line_score();
    state.line_score = PerSide {
        home: line.home.iter().map(|r| u32::from(*r)).collect(),
        away: line.away.iter().map(|r| u32::from(*r)).collect(),
    };
    let (hits, errors) = (game.hits(), game.errors());
    state.hits = PerSide {
        home: u32::from(hits.home),
        away: u32::from(hits.away),
    };
    state.errors = PerSide {
        home: u32::from(errors.home),
        away: u32::from(errors.away),
    };
    state.last_play = game
        .last_play()
        .and_then(|pl| serde_json::to_value(pl).ok());
    state
}

/// `lineup_data` for `side`.
pub fn lineup_data(p: &Published, side: Side) -> Value {
    let game_id = p.id.to_string();
    let Some(game) = p.game.as_deref() else {
        return json!({"game_id": game_id, "side": side, "lineup": [], "pitcher": null,
                      "bench": [], "bullpen": []});
    };
    let roster = game.roster_of(side);
    let with_status = |pl: &dugout_model::Player| {
        let mut v = serde_json::to_value(pl).unwrap_or(Value::Null);
        let status = if game.in_game(side, pl.id) {
            "in_game"
        } else if game.removed(side, pl.id) {
            "removed"
        } else {
            "available"
        };
        v["status"] = json!(status);
        v
    };
    let history = game.lineup_history(side);
    let lineup: Vec<Value> = game
        .batting_order(side)
        .iter()
        .enumerate()
        .filter_map(|(i, (id, pos))| {
            let pl = roster.iter().find(|x| x.id == *id)?;
            let entered = history
                .iter()
                .rev()
                .find(|e| e.player_id == *id)
                .map_or(0, |e| e.entered_play_no);
            Some(
                json!({"batting_slot": i + 1, "player": with_status(pl), "position": pos,
                        "entered_play_no": entered}),
            )
        })
        .collect();
    let pitcher = game
        .pitcher_of(side)
        .map(with_status)
        .unwrap_or(Value::Null);
    let spare = |pitchers: bool| -> Vec<Value> {
        roster
            .iter()
            .filter(|pl| pl.is_pitcher() == pitchers && !game.in_game(side, pl.id))
            .map(with_status)
            .collect()
    };
    json!({"game_id": game_id, "side": side, "lineup": lineup, "pitcher": pitcher,
           "bench": spare(false), "bullpen": spare(true)})
}

/// `box_score_data`'s box score.
pub fn box_score(p: &Published) -> Value {
    // Before both lineups are in there is no engine game yet: the same shape, empty, so clients
    // read one BoxScore form (protocol.md §1.2) in every phase.
    let boxed = p
        .game
        .as_deref()
        .map_or_else(dugout_engine::BoxScore::default, |game| game.box_score());
    let mut v = serde_json::to_value(boxed).unwrap_or(Value::Null);
    v["game_id"] = json!(p.id.to_string());
    v
}
