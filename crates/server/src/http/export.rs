//! `GET /api/games/{id}/export/sba`: a completed game's three SBA result payloads (reference.md
//! §12.1 play rows, §12.4 step 7 game score, §12.2 pitcher decisions), built from the engine's
//! plays and box score. Fields the engine cannot know are null (decision 071).

use super::error::ApiError;
use crate::auth::extract::CurrentUser;
use crate::games::published::Published;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use dugout_engine::{Game, Half, Play, PlayOutcome, RunnerTo, Side};
use dugout_model::PlayerId;
use dugout_protocol::ErrorCode;
use dugout_protocol::state::GameStatus;
use dugout_store::Seat;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Arc;

/// The handler.
pub async fn export_sba(
    State(state): State<AppState>,
    _caller: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let gid = id
        .parse()
        .map_err(|_| ApiError::new(ErrorCode::GameNotFound, "no such game"))?;
    let handle = state
        .games()
        .get(gid)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::GameNotFound, "no such game"))?;
    let p = handle.snapshot();
    let game = match (&p.game, p.status) {
        (Some(g), GameStatus::Completed) => g.clone(),
        _ => {
            return Err(ApiError::new(
                ErrorCode::WrongPhase,
                "the game is not completed; only a finished game can be exported",
            ));
        }
    };
    let season = state
        .lobby()
        .leagues()
        .resolve(&p.setup.league_id)
        .await
        .ok()
        .flatten()
        .map(|l| l.league.season);
    Ok(Json(export(&p, &game, season)))
}

fn flag(b: bool) -> u8 {
    u8::from(b)
}

fn team_id(p: &Published, side: Side) -> i64 {
    match side {
        Side::Home => p.setup.home.team.id.0,
        Side::Away => p.setup.away.team.id.0,
    }
}

/// The Discord id of a side's manager (the league knows its managers by Discord id).
fn manager_id(p: &Published, side: Side) -> Option<String> {
    let seat = match side {
        Side::Home => &p.seats[0],
        Side::Away => &p.seats[1],
    };
    match seat {
        Seat::User(id) => id.strip_prefix("discord:").map(str::to_string),
        _ => None,
    }
}

/// The three payloads: `plays` (body of `POST /plays`), `game` (the query of `PATCH /games/{id}`)
/// and `decisions` (body of `POST /decisions`).
pub fn export(p: &Published, game: &Game, season: Option<i32>) -> Value {
    let plays = game.plays();
    let rows = play_rows(plays);
    let box_score = game.box_score();
    let score = game.score();
    let game_row = json!({
        "away_team_id": team_id(p, Side::Away),
        "home_team_id": team_id(p, Side::Home),
        "away_score": score.away,
        "home_score": score.home,
        "away_manager_id": manager_id(p, Side::Away),
        "home_manager_id": manager_id(p, Side::Home),
        "game_num": Value::Null,
        "scorecard_url": Value::Null,
    });
    let mut decisions = Vec::new();
    for side in [Side::Away, Side::Home] {
        for (i, line) in box_score.pitching[side].iter().enumerate() {
            let id = line.player_id;
            let mine = |r: &&Value| r["pitcher_id"] == json!(id);
            let irunners: u64 = rows
                .iter()
                .filter(mine)
                .filter_map(|r| r["inherited_runners"].as_u64())
                .sum();
            let iscored: u64 = rows
                .iter()
                .filter(mine)
                .filter_map(|r| r["inherited_scored"].as_u64())
                .sum();
            let d = &box_score.decisions;
            decisions.push(json!({
                "pitcher_id": id,
                "team_id": team_id(p, side),
                "game_id": Value::Null,
                "season": season,
                "week": Value::Null,
                "game_num": Value::Null,
                "win": flag(d.win == Some(id)),
                "loss": flag(d.loss == Some(id)),
                "hold": flag(d.holds.contains(&id)),
                "is_save": flag(d.save == Some(id)),
                "b_save": flag(d.blown_saves.contains(&id)),
                "is_start": flag(i == 0),
                "irunners": irunners,
                "irunners_scored": iscored,
                "rest_ip": rest_ip(line.outs),
                "rest_required": Value::Null,
                "base_rest": Value::Null,
                "extra_rest": Value::Null,
            }));
        }
    }
    json!({
        "game_id": p.id.to_string(),
        "plays": {"plays": rows},
        "game": game_row,
        "decisions": {"decisions": decisions},
    })
}

/// Innings pitched as a number the sheet sums (`outs / 3`, one decimal).
fn rest_ip(outs: u16) -> f64 {
    (f64::from(outs) / 3.0 * 10.0).round() / 10.0
}

/// Where a runner who started on `from` (0 = batter) ended: its base, 0 if put out, and for a
/// runner who did not move, the base he stayed on; null for an empty base.
fn final_base(play: &Play, from: u8, occupied: bool) -> Value {
    if !occupied {
        return Value::Null;
    }
    match play.runner_moves.iter().find(|m| m.from == from) {
        Some(m) => match m.to {
            RunnerTo::Base(b) => json!(b),
            RunnerTo::Out => json!(0),
        },
        None if from == 0 => Value::Null,
        None => json!(from),
    }
}

fn runner_id(play: &Play) -> Option<PlayerId> {
    match play.outcome {
        PlayOutcome::StolenBase | PlayOutcome::CaughtStealing => play
            .runner_moves
            .iter()
            .filter(|m| m.from > 0)
            .max_by_key(|m| m.from)
            .map(|m| m.player_id),
        _ => None,
    }
}

fn merge(into: &mut Value, part: Value) {
    if let (Value::Object(into), Value::Object(part)) = (into, part) {
        into.extend(part);
    }
}

/// One §12.1 row per play, in play order.
fn play_rows(plays: &[Arc<Play>]) -> Vec<Value> {
    // Who put each runner on base (for inherited runners).
    let mut responsible: HashMap<PlayerId, PlayerId> = HashMap::new();
    // The pitcher of each side (away, home) on its latest play.
    let mut current: [Option<PlayerId>; 2] = [None, None];
    let mut rows = Vec::with_capacity(plays.len());
    for play in plays {
        let fielding = play.half.fielding();
        let before = &play.state_before;
        let slot = usize::from(fielding == Side::Home);
        let entering = current[slot] != Some(play.pitcher_id);
        current[slot] = Some(play.pitcher_id);
        let on_base = [before.bases.first, before.bases.second, before.bases.third];
        // A pitcher inherits the runners on base when he enters (counted on his first play).
        let inherited_runners = if entering {
            on_base
                .iter()
                .flatten()
                .filter(|r| responsible.get(r).is_some_and(|p| *p != play.pitcher_id))
                .count()
        } else {
            0
        };
        let inherited_scored = play
            .runner_moves
            .iter()
            .filter(|m| m.scored() && m.charged_to.is_some_and(|c| c != play.pitcher_id))
            .count();
        let hit = play.stats.hit;
        let s = &play.stats;
        let score_after = play.state_after.score;
        let batting = play.half.batting();
        let mut row = json!({
            "play_num": play.play_no,
            "game_id": Value::Null,
            "batter_id": play.batter_id,
            "batter_pos": play.sba.batter_pos.as_str(),
            "pitcher_id": play.pitcher_id,
            "catcher_id": play.catcher_id,
            "hand_batting": play.sba.hand_batting,
            "hand_pitching": play.sba.hand_pitching,
            "on_base_code": play.sba.on_base_code,
            "inning_half": if play.half == Half::Top { "top" } else { "bot" },
            "inning_num": play.inning,
            "batting_order": play.sba.batting_order,
            "starting_outs": before.outs,
            "away_score": before.score.away,
            "home_score": before.score.home,
            "on_first_id": before.bases.first,
            "on_first_final": final_base(play, 1, before.bases.first.is_some()),
            "on_second_id": before.bases.second,
            "on_second_final": final_base(play, 2, before.bases.second.is_some()),
            "on_third_id": before.bases.third,
            "on_third_final": final_base(play, 3, before.bases.third.is_some()),
            "batter_final": final_base(play, 0, play.pa),
        });
        // Split in parts: one `json!` of every field exceeds the macro recursion limit.
        merge(
            &mut row,
            json!({
                "pa": flag(play.pa),
                "ab": flag(play.ab),
                "run": play.runs_scored,
                "e_run": play.earned_runs,
                "hit": flag(hit > 0),
                "rbi": play.rbi,
                "double": flag(hit == 2),
                "triple": flag(hit == 3),
                "homerun": flag(hit == 4),
                "bb": flag(s.bb),
                "so": flag(s.so),
                "hbp": flag(s.hbp),
                "sac": flag(s.sac || s.sf),
                "ibb": flag(s.ibb),
                "gidp": flag(s.gidp),
                "bphr": flag(s.bphr),
                "bpfo": flag(s.bpfo),
                "bp1b": flag(s.bp1b),
                "bplo": flag(s.bplo),
                "sb": s.sb,
                "cs": s.cs,
                "outs": play.outs_recorded,
            }),
        );
        merge(
            &mut row,
            json!({
                "pitcher_rest_outs": play.outs_recorded,
                "inherited_runners": inherited_runners,
                "inherited_scored": inherited_scored,
                "on_hook_for_loss": Value::Null,
                "defender_id": play.sba.defender_id,
                "runner_id": runner_id(play),
                "check_pos": play.sba.check_pos,
                "error": play.errors,
                "wild_pitch": flag(s.wp),
                "passed_ball": flag(s.pb),
                "pick_off": 0,
                "balk": 0,
                "wpa": Value::Null,
                "re24_primary": Value::Null,
                "re24_running": Value::Null,
                "is_go_ahead": flag(play.sba.is_go_ahead),
                "is_tied": flag(play.sba.is_tied),
                "is_new_inning": flag(play.sba.is_new_inning),
                "run_differential": i32::from(score_after[batting]) - i32::from(score_after[batting.other()]),
            }),
        );
        rows.push(row);
        // Responsibility for the runners after the play.
        for m in &play.runner_moves {
            match m.to {
                RunnerTo::Base(b) if b < 4 => {
                    if m.from == 0 {
                        responsible.insert(m.player_id, play.pitcher_id);
                    }
                }
                _ => {
                    responsible.remove(&m.player_id);
                }
            }
        }
    }
    rows
}
