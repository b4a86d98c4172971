//! Socket reads and connects: events sent the moment a socket is connected are answered (the
//! handlers are in place before the server's CONNECT packet), and the box score keeps one shape.

use crate::helpers::{Backend, TestApp};
use serde_json::json;

#[tokio::test]
async fn the_first_event_after_connect_is_answered() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("eager").await;
    for _ in 0..40 {
        let socket = app.socket(&token).await;
        let reply = socket.call("join_lobby", json!({})).await;
        assert_eq!(reply["ok"], true, "{reply}");
        socket.close().await;
    }
}

/// `get_box_score` answers the full BoxScore shape in every phase, pregame included (there is no
/// engine game before both lineups are in; clients used to get only `{game_id, line_score}`).
#[tokio::test]
async fn the_box_score_has_one_shape_before_and_after_the_lineups() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("scorer").await;
    let game = crate::games::create_game(&app, &token, "auto", "me", "me").await;
    let mut socket = app.socket(&token).await;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true, "{joined}");
    let keys = [
        "game_id",
        "line_score",
        "totals",
        "batting",
        "pitching",
        "decisions",
    ];
    socket.call("get_box_score", json!({"game_id": game})).await;
    let pregame = socket.next_named("box_score_data").await;
    for key in keys {
        assert!(
            pregame["box_score"].get(key).is_some(),
            "pregame lacks {key}: {pregame}"
        );
    }
    assert_eq!(pregame["box_score"]["batting"]["home"], json!([]));
    crate::games::auto_lineup(&app, &token, &game, "home").await;
    crate::games::auto_lineup(&app, &token, &game, "away").await;
    socket.call("get_box_score", json!({"game_id": game})).await;
    let started = socket.next_named("box_score_data").await;
    for key in keys {
        assert!(
            started["box_score"].get(key).is_some(),
            "started lacks {key}: {started}"
        );
    }
    assert_eq!(
        started["box_score"]["batting"]["home"]
            .as_array()
            .map(Vec::len),
        Some(9),
        "nine starters once the lineups are in: {started}"
    );
    socket.close().await;
}
