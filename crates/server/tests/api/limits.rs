//! Rate limits (issue 7): game creation per user, and the REST API per login (per address when
//! anonymous), answered with 429 `rate_limited`; other users keep their own credit.

use crate::games::create_game;
use crate::helpers::{Backend, TestApp};
use serde_json::json;

#[tokio::test]
async fn game_creation_is_rate_limited_per_user() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.limits.games_per_minute = 1;
        s.limits.games_burst = 2;
    })
    .await;
    let eager = app.token("eager").await;
    let other = app.token("patient").await;
    create_game(&app, &eager, "auto", "me", "ai").await;
    create_game(&app, &eager, "auto", "me", "ai").await;
    let body = json!({"league_id": "mlb2023", "home_team_id": 1, "away_team_id": 2,
                      "mode": "auto", "home": "open", "away": "open"});
    let (status, refused) = app.post_json(&eager, "/api/games", &body).await;
    assert_eq!(status, 429, "{refused}");
    assert_eq!(refused["error"]["code"], "rate_limited");
    // Nothing was created by the refused request, and another user is not affected.
    let (_, list) = app.get_json(&eager, "/api/games?mine=true").await;
    assert_eq!(list["games"].as_array().unwrap().len(), 2);
    create_game(&app, &other, "auto", "me", "ai").await;
}

#[tokio::test]
async fn rest_requests_are_rate_limited_per_login() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.limits.http_requests_per_second = 1;
        s.limits.http_burst = 5;
    })
    .await;
    let busy = app.token("busy").await;
    let calm = app.token("calm").await;
    let mut refused = None;
    // The burst passes; then, at one request a second, the bucket runs dry.
    for i in 0..50 {
        let (status, body) = app.get_json(&busy, "/api/leagues").await;
        if i < 5 {
            assert_eq!(status, 200, "request {i} is within the burst");
        }
        if status == 429 {
            refused = Some(body);
            break;
        }
    }
    let body = refused.expect("the limit refuses at some point");
    assert_eq!(body["error"]["code"], "rate_limited");
    let (status, _) = app.get_json(&calm, "/api/leagues").await;
    assert_eq!(status, 200, "another login has its own bucket");
}
