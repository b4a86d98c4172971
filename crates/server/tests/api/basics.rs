//! Health, metrics, static assets, unknown routes and body limits.

use crate::helpers::{Backend, TestApp};
use serde_json::Value;

#[tokio::test]
async fn health_reports_the_database() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let app = TestApp::spawn(backend).await;
        let res = reqwest::get(app.url("/api/health")).await.unwrap();
        assert_eq!(res.status(), 200);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        let expected = if backend == Backend::Sqlite {
            "sqlite"
        } else {
            "postgres"
        };
        assert_eq!(body["database"], expected);
    }
}

#[tokio::test]
async fn spa_fallback_and_api_404() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let page = reqwest::get(app.url("/games/some/route")).await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Dugout"));
    let api = reqwest::get(app.url("/api/nope")).await.unwrap();
    assert_eq!(api.status(), 404);
    let body: Value = api.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn over_one_megabyte_is_413_payload_too_large() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let big = format!("{{\"username\": \"{}\"}}", "a".repeat(1_100_000));
    let res = app
        .browser()
        .post(app.url("/api/auth/local"))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "payload_too_large");
}

#[tokio::test]
async fn metrics_are_prometheus_text() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let _ = app.login("metrics_user").await;
    let res = reqwest::get(app.url("/metrics")).await.unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(text.contains("# TYPE"), "{text}");
}
