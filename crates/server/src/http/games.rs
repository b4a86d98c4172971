//! `/api/games*`.

use crate::state::AppState;
use axum::Router;

/// Game routes.
pub fn router() -> Router<AppState> {
    Router::new()
}
