//! League `"sba"` (issue 5 leftover, issue 7): with `SBA_API_BASE` set, the real server lists it,
//! serves its teams and rosters through the league crate's cached client, creates games on it,
//! and names its teams in the games list from the cache. The SBA API is a local fake.

use crate::helpers::{Backend, TestApp};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dugout_server::SbaSettings;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The fake SBA API's token.
pub const TOKEN: &str = "sba-secret";

/// The Discord id of the general manager of team 10 (WV) in the fake.
pub const WV_GM: &str = "80351110224678912";

/// Calls per path, and a suffix the rosters' player names get (a league that changed).
#[derive(Default)]
pub struct Hits(Mutex<HashMap<String, usize>>, pub Mutex<String>);

/// The fake's shared state.
pub type Fake = Arc<Hits>;

/// Counts the call; the refusal to answer when the token is wrong.
fn refusal(fake: &Fake, path: &str, headers: &HeaderMap) -> Option<Response> {
    *fake.0.lock().unwrap().entry(path.to_string()).or_default() += 1;
    let ok = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bearer {TOKEN}"));
    (!ok).then(|| (StatusCode::UNAUTHORIZED, "bad token").into_response())
}

async fn current(State(fake): State<Fake>, headers: HeaderMap) -> Response {
    if let Some(r) = refusal(&fake, "/v3/current", &headers) {
        return r;
    }
    Json(json!({"season": 13, "week": 5, "freeze": false})).into_response()
}

async fn teams(State(fake): State<Fake>, headers: HeaderMap) -> Response {
    if let Some(r) = refusal(&fake, "/v3/teams", &headers) {
        return r;
    }
    Json(json!({
        "count": 3,
        "teams": [
            {"id": 10, "abbrev": "WV", "sname": "Black Bears", "lname": "West Virginia Black Bears",
             "season": 13, "gmid": WV_GM.parse::<u64>().unwrap(), "gmid2": null, "color": "#A6CE39",
             "dice_color": "ffffff"},
            {"id": 11, "abbrev": "WVMiL", "sname": "Minor Bears", "lname": "WV MiL", "season": 13},
            {"id": 20, "abbrev": "CLS", "sname": "Hydra", "lname": "Columbus Hydra", "season": 13,
             "gmid": "123456789012345678", "color": "123456"}
        ]
    }))
    .into_response()
}

async fn roster(State(fake): State<Fake>, Path(id): Path<i64>, headers: HeaderMap) -> Response {
    if let Some(r) = refusal(&fake, &format!("/v3/teams/{id}/roster"), &headers) {
        return r;
    }
    let suffix = fake.1.lock().unwrap().clone();
    let players: Vec<Value> = (0..3)
        .map(|i| {
            let pid = id * 100 + i;
            match i {
                0 => json!({"id": pid, "name": format!("Ace {id}{suffix}"), "pos_1": "SP"}),
                1 => json!({"id": pid, "name": format!("Catcher {id}{suffix}"), "pos_1": "C", "pos_2": "1B"}),
                _ => json!({"id": pid, "name": format!("Fielder {id}{suffix}"), "pos_1": "SS", "pos_2": "2B"}),
            }
        })
        .collect();
    Json(json!({
        "active": {"players": players, "WARa": 3.0},
        "shortil": {"players": [], "WARa": 0.0},
        "longil": {"players": [], "WARa": 0.0}
    }))
    .into_response()
}

/// A fake SBA league API on loopback: its call counts and base URL.
pub async fn spawn_fake_sba() -> (Fake, String) {
    let fake: Fake = Arc::default();
    let app = Router::new()
        .route("/v3/current", get(current))
        .route("/v3/teams", get(teams))
        .route("/v3/teams/{id}/roster/current", get(roster))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (fake, base)
}

#[tokio::test]
async fn sba_league_through_the_real_server() {
    let (fake, base) = spawn_fake_sba().await;
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.sba = Some(SbaSettings {
            api_base: base,
            api_token: Some(TOKEN.into()),
        });
    })
    .await;
    let token = app.token("sba-fan").await;

    let (status, leagues) = app.get_json(&token, "/api/leagues").await;
    assert_eq!(status, 200);
    let leagues = leagues.as_array().unwrap();
    assert!(
        leagues.contains(&json!({"id": "sba", "name": "SBA"})),
        "{leagues:?}"
    );
    assert!(leagues.iter().any(|l| l["id"] == "mlb2023"));

    // Major-league teams only, mapped from the API.
    let (status, teams) = app.get_json(&token, "/api/leagues/sba/teams").await;
    assert_eq!(status, 200, "{teams}");
    let teams = teams.as_array().unwrap();
    let ids: Vec<i64> = teams.iter().map(|t| t["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, vec![10, 20]);
    assert_eq!(teams[0]["lname"], "West Virginia Black Bears");
    assert_eq!(teams[0]["manager_ids"], json!([WV_GM]));
    let (status, roster) = app
        .get_json(&token, "/api/leagues/sba/teams/10/roster")
        .await;
    assert_eq!(status, 200, "{roster}");
    let names: Vec<&str> = roster
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Ace 10", "Catcher 10", "Fielder 10"]);
    let (status, _) = app
        .get_json(&token, "/api/leagues/sba/teams/11/roster")
        .await;
    assert_eq!(
        status, 404,
        "a minor-league team is not a team of the league"
    );

    // The SBA API carries no cards: the AI cannot manage its teams (protocol.md §1.4).
    let body = json!({"league_id": "sba", "home_team_id": 10, "away_team_id": 20,
                      "mode": "manual", "home": "open", "away": "ai"});
    let (status, refused) = app.post_json(&token, "/api/games", &body).await;
    assert_eq!(status, 400, "{refused}");
    assert_eq!(refused["error"]["code"], "invalid_payload", "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("away: an AI seat needs the team's ratings"),
        "{message}"
    );

    // A manual game on the league (both teams have managers, so both seats are open).
    let body = json!({"league_id": "sba", "home_team_id": 10, "away_team_id": 20,
                      "mode": "manual", "home": "open", "away": "open"});
    let (status, created) = app.post_json(&token, "/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    let (_, list) = app.get_json(&token, "/api/games").await;
    let item = &list["games"][0];
    assert_eq!(item["league_id"], "sba");
    assert_eq!(item["home"]["lname"], "West Virginia Black Bears");
    assert_eq!(item["home"]["abbrev"], "WV");
    assert_eq!(item["away"]["lname"], "Columbus Hydra");
    assert_eq!(item["inning_label"], "Pregame");

    // Everything above read the teams through the cache: one call upstream.
    let hits = fake.0.lock().unwrap().clone();
    assert_eq!(hits.get("/v3/teams"), Some(&1), "{hits:?}");
    let (_, health) = app.get_json(&token, "/api/health").await;
    assert_eq!(health["sba"]["ok"], true, "{health}");
}

#[tokio::test]
async fn without_sba_settings_there_is_no_sba_league() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("no-sba").await;
    let (_, leagues) = app.get_json(&token, "/api/leagues").await;
    assert!(!leagues.as_array().unwrap().iter().any(|l| l["id"] == "sba"));
    let (status, _) = app.get_json(&token, "/api/leagues/sba/teams").await;
    assert_eq!(status, 404);
}
