//! Many sockets per game firing conflicting actions at once, several games in parallel: exactly
//! one success per version, every other reply a clean refusal, none missing, and the stored log
//! (read back after a restart) equal to the live state.

use crate::games::{active_game, state};
use crate::helpers::{Backend, TestApp, TestSocket};
use futures_util::future::join_all;
use serde_json::{Value, json};

const SOCKETS_PER_SIDE: usize = 8;
const ROUNDS: usize = 12;

fn move_for(state: &Value) -> (&'static str, Value) {
    let game_id = state["game_id"].clone();
    let v = state["version"].clone();
    match state["phase"].as_str().unwrap() {
        "awaiting_defensive" => (
            "submit_defensive_decision",
            json!({"game_id": game_id, "expected_version": v, "decision": {"infield_depth": "normal"}}),
        ),
        "awaiting_runner_decision" => (
            "submit_runner_decision",
            json!({"game_id": game_id, "expected_version": v, "send": false}),
        ),
        _ => (
            "submit_offensive_decision",
            json!({"game_id": game_id, "expected_version": v, "decision": {"action": "swing_away"}}),
        ),
    }
}

async fn hammer_one_game(app: &TestApp, home_t: &str, away_t: &str) -> (String, Value) {
    let game = active_game(app, home_t, away_t).await;
    let mut sockets: Vec<TestSocket> = Vec::new();
    for i in 0..2 * SOCKETS_PER_SIDE {
        sockets.push(app.socket(if i % 2 == 0 { home_t } else { away_t }).await);
    }
    for _ in 0..ROUNDS {
        let s = state(app, home_t, &game).await;
        if s["status"] == "completed" {
            break;
        }
        let v = s["version"].as_u64().unwrap();
        let (event, payload) = move_for(&s);
        let replies: Vec<Value> =
            join_all(sockets.iter().map(|sock| sock.call(event, payload.clone()))).await;
        assert_eq!(replies.len(), sockets.len(), "a reply is missing");
        let ok: Vec<&Value> = replies.iter().filter(|r| r["ok"] == true).collect();
        assert_eq!(ok.len(), 1, "exactly one success per version: {replies:?}");
        assert_eq!(ok[0]["version"], v + 1);
        for r in replies.iter().filter(|r| r["ok"] != true) {
            let code = r["error"]["code"].as_str().unwrap();
            assert!(
                ["stale_version", "forbidden"].contains(&code),
                "unexpected refusal {r}"
            );
        }
        assert_eq!(state(app, home_t, &game).await["version"], v + 1);
    }
    for s in sockets {
        s.close().await;
    }
    let live = state(app, home_t, &game).await;
    (game, live)
}

async fn conflicting_actions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let home_t = app.token("home_mgr").await;
    let away_t = app.token("away_mgr").await;
    let results = join_all((0..3).map(|_| hammer_one_game(&app, &home_t, &away_t))).await;
    let (db, web) = app.stop().await;
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("home_mgr").await;
    for (game, live) in results {
        let stored = state(&app, &token, &game).await;
        for key in [
            "version",
            "phase",
            "inning",
            "half",
            "outs",
            "home_score",
            "away_score",
            "bases",
            "line_score",
        ] {
            assert_eq!(stored[key], live[key], "{key} of {game}");
        }
    }
}

#[tokio::test]
async fn conflicting_actions_one_success_per_version_sqlite() {
    conflicting_actions(Backend::Sqlite).await;
}

#[tokio::test]
async fn conflicting_actions_one_success_per_version_postgres() {
    conflicting_actions(Backend::Postgres).await;
}
