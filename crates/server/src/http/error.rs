//! `ApiError`: a spec error code as an HTTP response (`{"error": {code, message}}`), with internal
//! causes logged here and never shown to the client.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dugout_protocol::{ErrorCode, PayloadError, Refusal};
use serde_json::json;

/// An HTTP error response carrying a spec error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError(pub Refusal);

impl ApiError {
    /// An error with `code` and `message`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError(Refusal::new(code, message))
    }

    /// `not_authenticated`.
    pub fn unauthenticated() -> Self {
        ApiError::new(ErrorCode::NotAuthenticated, "log in first")
    }

    /// `internal`, after logging `cause` with its chain.
    pub fn internal(cause: &dyn std::error::Error) -> Self {
        tracing::error!(error = %ErrorChain(cause), "internal error");
        ApiError::new(ErrorCode::Internal, "internal error")
    }
}

impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> Self {
        ApiError(r)
    }
}

impl From<PayloadError> for ApiError {
    fn from(e: PayloadError) -> Self {
        ApiError(e.into())
    }
}

impl From<dugout_store::StoreError> for ApiError {
    fn from(e: dugout_store::StoreError) -> Self {
        ApiError::internal(&e)
    }
}

impl From<crate::leagues::LeagueUnavailable> for ApiError {
    fn from(e: crate::leagues::LeagueUnavailable) -> Self {
        tracing::warn!(error = %e, "league data unavailable");
        ApiError::new(
            ErrorCode::Busy,
            "the league's data is unavailable right now; retry",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.code.http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        metrics::counter!(crate::telemetry::names::REFUSALS, "code" => self.0.code.as_str())
            .increment(1);
        let body = json!({"error": {"code": self.0.code, "message": self.0.message}});
        (status, Json(body)).into_response()
    }
}

/// Displays an error with its `source()` chain on one line.
pub struct ErrorChain<'a>(pub &'a dyn std::error::Error);

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(s) = source {
            write!(f, ": {s}")?;
            source = s.source();
        }
        Ok(())
    }
}
