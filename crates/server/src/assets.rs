//! The built web UI (`web/dist`), with every unknown path falling back to `index.html` so the
//! single-page app's own routes (`/games`, `/login`, `/game/{id}`) load on refresh.

use axum::Router;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

/// A router serving `dir`, with SPA fallback.
pub fn router<S: Clone + Send + Sync + 'static>(dir: &Path) -> Router<S> {
    let index = dir.join("index.html");
    if !index.exists() {
        tracing::warn!(dir = %dir.display(), "web UI not built: {} missing", index.display());
    }
    Router::new().fallback_service(ServeDir::new(dir).fallback(ServeFile::new(index)))
}
