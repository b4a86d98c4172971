//! `GET /api/health` and `GET /metrics`.

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde_json::json;

/// `{status: "ok", version, database, auth: {discord, local}, sba: null|{ok, serving_stale, last_error}}`; 503 with status "unavailable"
/// when the database is down.
pub async fn health(State(state): State<AppState>) -> impl IntoResponse {
    let database = state.store().backend().as_str();
    // Which login buttons the web UI offers (docs/decisions/080, 100).
    let auth = json!({"discord": state.discord().client().is_some(), "local": state.local_login()});
    // data.md §4: a failing SBA API (stale data served) shows here; null when not configured.
    let sba = state.leagues().sba().map(|s| s.health());
    match state.store().health().await {
        Ok(()) => (
            StatusCode::OK,
            Json(
                json!({"status": "ok", "version": env!("CARGO_PKG_VERSION"), "database": database, "auth": auth, "sba": sba}),
            ),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unavailable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(
                    json!({"status": "unavailable", "version": env!("CARGO_PKG_VERSION"), "database": database}),
                ),
            )
        }
    }
}

/// Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    state.games().record_gauges();
    (
        [("content-type", "text/plain; version=0.0.4")],
        state.prometheus().render(),
    )
}
