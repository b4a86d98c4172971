//! The bad-input table over a real socket: every malformed fixture of dugout-protocol, and a
//! 100 KB value in every field of every valid fixture, is answered `invalid_payload` naming the
//! field; the connection stays usable and the game unchanged.

use crate::games::{auto_lineup, create_game, state};
use crate::helpers::{Backend, TestApp};
use serde_json::{Value, json};

fn fixture(name: &str) -> Vec<Value> {
    let path = format!(
        "{}/../protocol/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn with_game(payload: &Value, game: &str) -> Value {
    let mut p = payload.clone();
    if let Some(obj) = p.as_object_mut()
        && obj
            .get("game_id")
            .is_some_and(|g| g.as_str().is_some_and(|s| s == "g" || s.len() == 36))
    {
        obj.insert("game_id".into(), json!(game));
    }
    p
}

#[tokio::test]
async fn bad_input_table_keeps_the_connection_and_the_game() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("tester").await;
    // Both seats human: an AI seat would act on its own and move the version under the test.
    let game = create_game(&app, &token, "auto", "me", "me").await;
    auto_lineup(&app, &token, &game, "home").await;
    auto_lineup(&app, &token, &game, "away").await;
    let before = state(&app, &token, &game).await;
    let socket = app.socket(&token).await;
    let mut cases: Vec<(String, Value, String)> = fixture("inbound_invalid.json")
        .into_iter()
        .map(|c| {
            (
                c["event"].as_str().unwrap().to_string(),
                with_game(&c["payload"], &game),
                c["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let huge = "x".repeat(100 * 1024);
    for c in fixture("inbound_valid.json") {
        let payload = with_game(&c["payload"], &game);
        let Some(obj) = payload.as_object() else {
            continue;
        };
        for key in obj.keys() {
            let mut p = payload.clone();
            p[key] = json!(huge);
            cases.push((c["event"].as_str().unwrap().to_string(), p, key.clone()));
        }
    }
    assert!(cases.len() > 60);
    for (event, payload, field) in cases {
        let reply = socket.call(&event, payload.clone()).await;
        assert_eq!(reply["ok"], false, "{event} {payload}");
        assert_eq!(
            reply["error"]["code"], "invalid_payload",
            "{event}: {reply}"
        );
        let message = reply["error"]["message"].as_str().unwrap();
        let named = if field.is_empty() {
            "payload"
        } else {
            field.as_str()
        };
        assert!(
            message.starts_with(named),
            "{event}: {message} should name {named}"
        );
    }
    let lobby = socket.call("join_lobby", json!({})).await;
    assert_eq!(lobby["ok"], true, "the connection is still usable");
    let after = state(&app, &token, &game).await;
    assert_eq!(after["version"], before["version"], "the game is unchanged");
    socket.close().await;
}
