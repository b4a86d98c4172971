//! `GET /api/games/{id}/export/sba` (issue 7): the three SBA payloads of a real completed game,
//! field by field against reference.md §12.1 (play rows), §12.4 step 7 (game score) and §12.2
//! (pitcher decisions); a game not completed is 409 `wrong_phase`, an unknown one 404.

use crate::games::{auto_lineup, create_game, human_move, state, until_turn};
use crate::helpers::{Backend, TestApp};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// reference.md §12.1, in the sheet's order (the ten ignored `unused-*` columns left out).
const PLAY_FIELDS: &[&str] = &[
    "play_num",
    "game_id",
    "batter_id",
    "batter_pos",
    "pitcher_id",
    "catcher_id",
    "hand_batting",
    "hand_pitching",
    "on_base_code",
    "inning_half",
    "inning_num",
    "batting_order",
    "starting_outs",
    "away_score",
    "home_score",
    "on_first_id",
    "on_first_final",
    "on_second_id",
    "on_second_final",
    "on_third_id",
    "on_third_final",
    "batter_final",
    "pa",
    "ab",
    "run",
    "e_run",
    "hit",
    "rbi",
    "double",
    "triple",
    "homerun",
    "bb",
    "so",
    "hbp",
    "sac",
    "ibb",
    "gidp",
    "bphr",
    "bpfo",
    "bp1b",
    "bplo",
    "sb",
    "cs",
    "outs",
    "pitcher_rest_outs",
    "inherited_runners",
    "inherited_scored",
    "on_hook_for_loss",
    "defender_id",
    "runner_id",
    "check_pos",
    "error",
    "wild_pitch",
    "passed_ball",
    "pick_off",
    "balk",
    "wpa",
    "re24_primary",
    "re24_running",
    "is_go_ahead",
    "is_tied",
    "is_new_inning",
    "run_differential",
];

/// reference.md §12.2.
const DECISION_FIELDS: &[&str] = &[
    "pitcher_id",
    "team_id",
    "game_id",
    "season",
    "week",
    "game_num",
    "win",
    "loss",
    "hold",
    "is_save",
    "b_save",
    "is_start",
    "irunners",
    "irunners_scored",
    "rest_ip",
    "rest_required",
    "base_rest",
    "extra_rest",
];

/// reference.md §12.4 step 7 (plus the two teams).
const GAME_FIELDS: &[&str] = &[
    "away_team_id",
    "home_team_id",
    "away_score",
    "home_score",
    "away_manager_id",
    "home_manager_id",
    "game_num",
    "scorecard_url",
];

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn set(fields: &[&str]) -> BTreeSet<String> {
    fields.iter().map(|f| f.to_string()).collect()
}

fn flag(v: &Value) -> u64 {
    let n = v.as_u64().unwrap_or_else(|| panic!("not a 0/1 flag: {v}"));
    assert!(n <= 1, "not a 0/1 flag: {v}");
    n
}

fn sum(rows: &[Value], field: &str, half: &str) -> u64 {
    rows.iter()
        .filter(|r| r["inning_half"] == half)
        .map(|r| r[field].as_u64().unwrap())
        .sum()
}

async fn export_of_a_completed_game(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("exporter").await;
    let (status, body) = app
        .get_json(&token, &format!("/api/games/{}/export/sba", uuid_nil()))
        .await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["error"]["code"], "game_not_found");

    let game = create_game(&app, &token, "auto", "me", "ai").await;
    let path = format!("/api/games/{game}/export/sba");
    let (status, body) = app.get_json(&token, &path).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "wrong_phase");

    // Play it to the end over the socket, human (home) vs AI.
    let mut socket = app.socket(&token).await;
    assert_eq!(
        socket.call("join_game", json!({"game_id": game})).await["ok"],
        true
    );
    auto_lineup(&app, &token, &game, "home").await;
    let mut latest = state(&app, &token, &game).await;
    loop {
        latest = until_turn(&mut socket, latest, "home").await;
        if latest["status"] == "completed" {
            break;
        }
        let (status, _) = app.get_json(&token, &path).await;
        if latest["status"] == "active" && latest["inning"] == 1 {
            assert_eq!(status, 409, "an active game is not exported");
        }
        let (event, payload) = human_move(&latest);
        assert_eq!(socket.call(event, payload).await["ok"], true);
        latest = state(&app, &token, &game).await;
    }
    let (status, export) = app.get_json(&token, &path).await;
    assert_eq!(status, 200, "{export}");
    let (_, plays) = app
        .get_json(&token, &format!("/api/games/{game}/plays?limit=1000"))
        .await;
    let plays = plays["plays"].as_array().unwrap().clone();
    let (_, box_score) = app
        .get_json(&token, &format!("/api/games/{game}/box-score"))
        .await;

    // Plays: one row per play, each with exactly the §12.1 fields.
    let rows = export["plays"]["plays"].as_array().unwrap();
    assert_eq!(rows.len(), plays.len());
    for (row, play) in rows.iter().zip(&plays) {
        assert_eq!(keys(row), set(PLAY_FIELDS), "{row}");
        assert_eq!(row["play_num"], play["play_no"]);
        assert_eq!(row["batter_id"], play["batter_id"]);
        assert_eq!(row["pitcher_id"], play["pitcher_id"]);
        assert_eq!(row["inning_num"], play["inning"]);
        let half = if play["half"] == "top" { "top" } else { "bot" };
        assert_eq!(row["inning_half"], half);
        let before = &play["state_before"];
        assert_eq!(row["starting_outs"], before["outs"]);
        assert_eq!(row["away_score"], before["score"]["away"]);
        assert_eq!(row["home_score"], before["score"]["home"]);
        assert_eq!(row["outs"], play["outs_recorded"]);
        assert_eq!(row["run"], play["runs_scored"]);
        assert_eq!(row["rbi"], play["rbi"]);
        // A `*_final` is empty exactly when that base started empty (the league's validation).
        let mut code_bits = [false; 3];
        for (i, base) in ["first", "second", "third"].iter().enumerate() {
            let runner = &before["bases"][base];
            let on = !runner.is_null();
            code_bits[i] = on;
            let id = &row[format!("on_{base}_id")];
            let fin = &row[format!("on_{base}_final")];
            if on {
                // A play's bases hold player ids.
                assert_eq!(id, runner, "{row}");
                assert!(fin.as_u64().is_some_and(|b| b <= 4), "{row}");
            } else {
                assert!(id.is_null() && fin.is_null(), "{row}");
            }
        }
        let [first, second, third] = code_bits;
        let expected_code = dugout_engine::on_base_code(first, second, third);
        assert_eq!(row["on_base_code"], expected_code, "{row}");
        for f in [
            "pa",
            "ab",
            "hit",
            "double",
            "triple",
            "homerun",
            "bb",
            "so",
            "hbp",
            "sac",
            "ibb",
            "gidp",
            "bphr",
            "bpfo",
            "bp1b",
            "bplo",
            "wild_pitch",
            "passed_ball",
            "is_go_ahead",
            "is_tied",
            "is_new_inning",
        ] {
            flag(&row[f]);
        }
        assert!(
            ["L", "R", "S"].contains(&row["hand_batting"].as_str().unwrap()),
            "{row}"
        );
        assert!(
            ["L", "R"].contains(&row["hand_pitching"].as_str().unwrap()),
            "{row}"
        );
        let order = row["batting_order"].as_u64().unwrap();
        assert!((1..=9).contains(&order), "{row}");
    }
    // The rows add up to the box score.
    let totals = &box_score["totals"];
    assert_eq!(
        sum(rows, "run", "top"),
        totals["away"]["R"].as_u64().unwrap()
    );
    assert_eq!(
        sum(rows, "run", "bot"),
        totals["home"]["R"].as_u64().unwrap()
    );
    assert_eq!(
        sum(rows, "hit", "top"),
        totals["away"]["H"].as_u64().unwrap()
    );
    assert_eq!(
        sum(rows, "hit", "bot"),
        totals["home"]["H"].as_u64().unwrap()
    );
    let outs: u64 = rows.iter().map(|r| r["outs"].as_u64().unwrap()).sum();
    let pitched: u64 = ["home", "away"]
        .iter()
        .flat_map(|s| box_score["pitching"][s].as_array().unwrap())
        .map(|l| l["outs"].as_u64().unwrap())
        .sum();
    assert_eq!(outs, pitched);

    // The game score.
    let g = &export["game"];
    assert_eq!(keys(g), set(GAME_FIELDS), "{g}");
    assert_eq!(g["home_score"], latest["home_score"]);
    assert_eq!(g["away_score"], latest["away_score"]);
    assert_eq!(g["home_team_id"], latest["home"]["team_id"]);
    assert_eq!(g["away_team_id"], latest["away"]["team_id"]);

    // Decisions: one row per pitcher who appeared, one win and one loss, agreeing with the box
    // score's decisions.
    let decisions = export["decisions"]["decisions"].as_array().unwrap();
    let appeared: usize = ["home", "away"]
        .iter()
        .map(|s| box_score["pitching"][s].as_array().unwrap().len())
        .sum();
    assert_eq!(decisions.len(), appeared);
    for d in decisions {
        assert_eq!(keys(d), set(DECISION_FIELDS), "{d}");
        for f in ["win", "loss", "hold", "is_save", "b_save", "is_start"] {
            flag(&d[f]);
        }
        let is = |key: &str| box_score["decisions"][key] == d["pitcher_id"];
        assert_eq!(d["win"] == 1, is("win"), "{d}");
        assert_eq!(d["loss"] == 1, is("loss"), "{d}");
        assert_eq!(d["is_save"] == 1, is("save"), "{d}");
    }
    let count = |f: &str| decisions.iter().filter(|d| d[f] == 1).count();
    assert_eq!((count("win"), count("loss"), count("is_start")), (1, 1, 2));

    // After a restart the game is loaded from the store: the same export.
    socket.close().await;
    let (db, web) = app.stop().await;
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("exporter").await;
    let (status, again) = app.get_json(&token, &path).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again, export);
}

fn uuid_nil() -> &'static str {
    "00000000-0000-0000-0000-000000000000"
}

#[tokio::test]
async fn sba_export_of_a_completed_game_sqlite() {
    export_of_a_completed_game(Backend::Sqlite).await;
}

#[tokio::test]
async fn sba_export_of_a_completed_game_postgres() {
    export_of_a_completed_game(Backend::Postgres).await;
}
