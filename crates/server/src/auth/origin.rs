//! Cross-site request protection for cookie sessions: a state-changing request that carries no
//! Bearer token must come from our own origin (the `Origin` header, when the browser sends one,
//! names the public URL or the `Host` the request was sent to).

use crate::http::error::ApiError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::http::header::{AUTHORIZATION, HOST, ORIGIN};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dugout_protocol::ErrorCode;

/// Middleware refusing cross-origin state-changing requests made with cookies.
pub async fn check_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let bearer = req.headers().contains_key(AUTHORIZATION);
    if !safe
        && !bearer
        && let Some(origin) = req.headers().get(ORIGIN)
    {
        let origin = origin.to_str().unwrap_or("null");
        let host = req.headers().get(HOST).and_then(|h| h.to_str().ok());
        if !origin_allowed(origin, state.public_url(), host) {
            return ApiError::new(ErrorCode::Forbidden, "cross-site request refused")
                .into_response();
        }
    }
    next.run(req).await
}

/// Whether `origin` is the public URL's origin or the origin of the `Host` it was sent to.
pub fn origin_allowed(origin: &str, public_url: &str, host: Option<&str>) -> bool {
    if origin == "null" {
        return false;
    }
    let public_origin = url::Url::parse(public_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    if origin == public_origin {
        return true;
    }
    match host {
        Some(host) => origin == format!("http://{host}") || origin == format!("https://{host}"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::origin_allowed;

    #[test]
    fn same_origin_only() {
        let public = "https://dugout.example";
        assert!(origin_allowed("https://dugout.example", public, None));
        assert!(origin_allowed(
            "http://127.0.0.1:8080",
            public,
            Some("127.0.0.1:8080")
        ));
        assert!(!origin_allowed(
            "https://evil.example",
            public,
            Some("dugout.example")
        ));
        assert!(!origin_allowed("null", public, Some("dugout.example")));
    }
}
