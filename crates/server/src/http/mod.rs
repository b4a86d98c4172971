//! The HTTP API (protocol.md §2): one router per area, merged here with the shared layers.

pub mod body;
pub mod error;
pub mod export;
pub mod games;
pub mod health;
pub mod leagues;
pub mod limit;

use crate::auth;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

/// The whole HTTP router (without the Socket.IO layer and static assets).
pub fn api_router(state: AppState) -> Router<AppState> {
    let api = Router::new()
        .route("/health", get(health::health))
        .nest("/auth", auth::routes::router())
        .merge(leagues::router())
        .merge(games::router())
        .fallback(|| async {
            error::ApiError::new(dugout_protocol::ErrorCode::NotFound, "no such endpoint")
        })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::origin::check_origin,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.limiters().clone(),
            limit::limit_requests,
        ));
    Router::new()
        .nest("/api", api)
        .route("/metrics", get(health::metrics))
        .layer(DefaultBodyLimit::max(body::MAX_BODY_BYTES))
}
