//! Games end to end: create, lineups, a human vs AI auto game played to the end from one socket,
//! the order of checks, retries, authorization, and a restart on the same database.

use crate::helpers::{Backend, TestApp, TestSocket};
use serde_json::{Value, json};

/// Creates a game of two mlb2023 teams: `home` and `away` are seats.
pub async fn create_game(app: &TestApp, token: &str, mode: &str, home: &str, away: &str) -> String {
    let (_, teams) = app.get_json(token, "/api/leagues/mlb2023/teams").await;
    let body = json!({"league_id": "mlb2023", "home_team_id": teams[0]["id"],
                      "away_team_id": teams[1]["id"], "mode": mode, "home": home, "away": away});
    let (status, created) = app.post_json(token, "/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    created["game_id"].as_str().unwrap().to_string()
}

/// Claims `side` of `game` for `token`'s user.
pub async fn claim(app: &TestApp, token: &str, game: &str, side: &str) {
    let path = format!("/api/games/{game}/claim");
    let (status, body) = app.post_json(token, &path, &json!({"side": side})).await;
    assert_eq!(status, 200, "{body}");
}

/// An active auto game between two humans: created by `home` (seat "me"), the away seat
/// claimed by `away`, auto lineups for both.
pub async fn active_game(app: &TestApp, home: &str, away: &str) -> String {
    let game = create_game(app, home, "auto", "me", "open").await;
    claim(app, away, &game, "away").await;
    auto_lineup(app, home, &game, "home").await;
    auto_lineup(app, away, &game, "away").await;
    game
}

/// Posts an auto lineup for `side`.
pub async fn auto_lineup(app: &TestApp, token: &str, game: &str, side: &str) -> Value {
    let path = format!("/api/games/{game}/lineups/{side}");
    let (status, body) = app.post_json(token, &path, &json!({"auto": true})).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// The GameState as `token`'s user sees it.
pub async fn state(app: &TestApp, token: &str, game: &str) -> Value {
    app.get_json(token, &format!("/api/games/{game}")).await.1
}

/// Waits on the socket until the game waits for `side` or is over; returns that state.
pub async fn until_turn(socket: &mut TestSocket, mut latest: Value, side: &str) -> Value {
    loop {
        if latest["status"] == "completed" || latest["waiting_for"] == side {
            return latest;
        }
        let ev = socket.next_any().await;
        // Only this game's events: a socket may still hold events of a game it left.
        if let Some(s) = ev.data.get("state")
            && s["game_id"] == latest["game_id"]
            && s["version"].as_u64() > latest["version"].as_u64()
        {
            latest = s.clone();
        }
    }
}

/// The human's move for `state` (home side, auto mode).
pub fn human_move(state: &Value) -> (&'static str, Value) {
    let game_id = state["game_id"].clone();
    let v = state["version"].clone();
    match state["phase"].as_str().unwrap() {
        "awaiting_defensive" => (
            "submit_defensive_decision",
            json!({"game_id": game_id, "expected_version": v, "decision": {"infield_depth": "normal"}}),
        ),
        "awaiting_offensive" => (
            "submit_offensive_decision",
            json!({"game_id": game_id, "expected_version": v, "decision": {"action": "swing_away"}}),
        ),
        "awaiting_runner_decision" => (
            "submit_runner_decision",
            json!({"game_id": game_id, "expected_version": v, "send": true}),
        ),
        "awaiting_roll" => (
            "roll_dice",
            json!({"game_id": game_id, "expected_version": v, "roll_type": "ab"}),
        ),
        other => panic!("unexpected phase {other}: {state}"),
    }
}

async fn play_auto_game_to_the_end(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("ace").await;
    let game = create_game(&app, &token, "auto", "me", "ai").await;
    let pending = state(&app, &token, &game).await;
    assert_eq!(pending["status"], "pending");
    assert_eq!(pending["phase"], "awaiting_lineups");
    assert_eq!(pending["version"], 0);

    let mut socket = app.socket(&token).await;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true);
    let first = socket.next_named("game_state").await;
    assert_eq!(first["state"]["version"], 0);

    auto_lineup(&app, &token, &game, "home").await;
    // The AI posts its lineup after ours: two versions, the game becomes active.
    let mut latest = state(&app, &token, &game).await;
    latest = until_turn(&mut socket, latest, "home").await;
    assert_eq!(latest["status"], "active");
    assert!(latest["version"].as_u64().unwrap() >= 2);

    let mut moves = 0;
    while latest["status"] != "completed" {
        let (event, payload) = human_move(&latest);
        let reply = socket.call(event, payload).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        assert_eq!(
            reply["version"].as_u64(),
            Some(latest["version"].as_u64().unwrap() + 1)
        );
        moves += 1;
        assert!(moves < 2000, "the game does not end");
        latest = state(&app, &token, &game).await;
        latest = until_turn(&mut socket, latest, "home").await;
    }
    let over = state(&app, &token, &game).await;
    assert_eq!(over["phase"], "game_over");
    assert_ne!(over["home_score"], over["away_score"]);
    let box_score = app
        .get_json(&token, &format!("/api/games/{game}/box-score"))
        .await
        .1;
    assert_eq!(
        box_score["totals"]["home"]["R"], over["home_score"],
        "{box_score}"
    );
    let plays = app
        .get_json(&token, &format!("/api/games/{game}/plays"))
        .await
        .1;
    let plays = plays["plays"].as_array().unwrap();
    assert!(plays.len() > 50);
    let later = app
        .get_json(&token, &format!("/api/games/{game}/plays?after=10&limit=5"))
        .await
        .1;
    assert_eq!(later["plays"].as_array().unwrap().len(), 5);
    assert_eq!(later["plays"][0]["play_no"], 11);

    // Restart on the same database: the game comes back at its version, from the log.
    let final_version = over["version"].clone();
    socket.close().await;
    let (db, web) = app.stop().await;
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("ace").await;
    let again = state(&app, &token, &game).await;
    assert_eq!(again["version"], final_version);
    assert_eq!(again["home_score"], over["home_score"]);
    assert_eq!(again["away_score"], over["away_score"]);
    let list = app.get_json(&token, "/api/games?mine=true").await.1;
    assert_eq!(list["games"][0]["game_id"], game.as_str());
    assert!(
        list["games"][0]["inning_label"]
            .as_str()
            .unwrap()
            .starts_with("Final")
    );
    assert_eq!(list["games"][0]["my_side"], "home");
}

#[tokio::test]
async fn human_vs_ai_auto_game_to_the_end_sqlite() {
    play_auto_game_to_the_end(Backend::Sqlite).await;
}

#[tokio::test]
async fn human_vs_ai_auto_game_to_the_end_postgres() {
    play_auto_game_to_the_end(Backend::Postgres).await;
}

/// protocol.md §1.4: invalid_payload → game_not_found → forbidden → action_id → stale_version →
/// … → wrong side (forbidden) → phase (wrong_phase); retries repeat the first reply.
#[tokio::test]
async fn order_of_checks_and_retries() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let home_t = app.token("homer").await;
    let away_t = app.token("visitor").await;
    let stranger_t = app.token("stranger").await;
    let game = active_game(&app, &home_t, &away_t).await;
    let claim_path = format!("/api/games/{game}/claim");
    let (status, body) = app
        .post_json(&stranger_t, &claim_path, &json!({"side": "away"}))
        .await;
    assert_eq!(status, 409);
    assert_eq!(body["error"]["code"], "seat_taken");
    let s = state(&app, &home_t, &game).await;
    assert_eq!(s["status"], "active");
    assert_eq!(s["phase"], "awaiting_defensive");
    assert_eq!(s["waiting_for"], "home");
    let v = s["version"].as_u64().unwrap();

    let home = app.socket(&home_t).await;
    let away = app.socket(&away_t).await;
    let stranger = app.socket(&stranger_t).await;
    let defense = json!({"infield_depth": "normal"});

    // Shape first, even for a game that does not exist.
    let r = stranger
        .call(
            "submit_defensive_decision",
            json!({"game_id": "nope", "decision": {}}),
        )
        .await;
    assert_eq!(r["error"]["code"], "invalid_payload");
    let r = stranger
        .call(
            "submit_defensive_decision",
            json!({"game_id": "nope", "decision": defense}),
        )
        .await;
    assert_eq!(r["error"]["code"], "game_not_found");
    let r = stranger
        .call(
            "submit_defensive_decision",
            json!({"game_id": game, "decision": defense, "expected_version": 999}),
        )
        .await;
    assert_eq!(r["error"]["code"], "forbidden");
    assert_eq!(r["version"], v);
    let r = away
        .call(
            "submit_defensive_decision",
            json!({"game_id": game, "decision": defense, "expected_version": 999}),
        )
        .await;
    assert_eq!(r["error"]["code"], "stale_version");
    assert_eq!(r["version"], v);
    // The away side bats first: the defensive decision is the home manager's.
    let r = away
        .call(
            "submit_defensive_decision",
            json!({"game_id": game, "decision": defense}),
        )
        .await;
    assert_eq!(r["error"]["code"], "forbidden");
    let r = home
        .call(
            "submit_offensive_decision",
            json!({"game_id": game, "decision": {"action": "swing_away"}}),
        )
        .await;
    assert_eq!(r["error"]["code"], "forbidden");
    let r = away
        .call(
            "submit_offensive_decision",
            json!({"game_id": game, "decision": {"action": "swing_away"}}),
        )
        .await;
    assert_eq!(r["error"]["code"], "wrong_phase");
    // Nothing above changed the game.
    assert_eq!(state(&app, &home_t, &game).await["version"], v);

    let ok = home.call("submit_defensive_decision", json!({"game_id": game, "decision": defense, "action_id": "d-1", "expected_version": v})).await;
    assert_eq!(ok, json!({"ok": true, "version": v + 1}));
    // The same action_id again: the first reply, nothing applied (even with a stale version).
    let again = home.call("submit_defensive_decision", json!({"game_id": game, "decision": defense, "action_id": "d-1", "expected_version": v})).await;
    assert_eq!(again, ok);
    assert_eq!(state(&app, &home_t, &game).await["version"], v + 1);
    // The same action_id from another user is a new action (here refused by its own checks).
    let other = away
        .call(
            "submit_defensive_decision",
            json!({"game_id": game, "decision": defense, "action_id": "d-1"}),
        )
        .await;
    assert_eq!(other["error"]["code"], "forbidden");

    // Hidden information: the away manager's offensive call is hidden from home and spectators.
    let ok = away
        .call(
            "submit_offensive_decision",
            json!({"game_id": game, "decision": {"action": "swing_away"}}),
        )
        .await;
    assert_eq!(ok["ok"], true);
    let mut spectator = stranger;
    let j = spectator.call("join_game", json!({"game_id": game})).await;
    assert_eq!(j["ok"], true);
    let gs = spectator.next_named("game_state").await;
    assert_eq!(gs["state"]["version"], ok["version"]);
    // A spectator may read but not act.
    let lineup = spectator
        .call("get_lineup", json!({"game_id": game, "side": "home"}))
        .await;
    assert_eq!(lineup["ok"], true);
    let data = spectator.next_named("lineup_data").await;
    assert_eq!(data["lineup"].as_array().unwrap().len(), 9);
    let r = spectator
        .call("roll_dice", json!({"game_id": game, "roll_type": "ab"}))
        .await;
    assert_eq!(r["error"]["code"], "forbidden");
    home.close().await;
    away.close().await;
    spectator.close().await;
}
