//! `JsonBody`: a request body read as raw JSON (within the 1 MB limit) for the strict parsers of
//! dugout-protocol. Over the limit → 413 `payload_too_large`; not JSON → 400 `invalid_payload`.

use super::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use dugout_protocol::ErrorCode;
use serde_json::Value;

/// Largest HTTP body accepted (protocol.md §1.4).
pub const MAX_BODY_BYTES: usize = 1_000_000;

/// The body as a JSON value (an empty body reads as `null`).
pub struct JsonBody(pub Value);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await.map_err(|r| {
            if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    ErrorCode::PayloadTooLarge,
                    format!("body is larger than {MAX_BODY_BYTES} bytes"),
                )
            } else {
                ApiError::new(ErrorCode::InvalidPayload, "body: could not be read")
            }
        })?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(JsonBody(Value::Null));
        }
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|_| ApiError::new(ErrorCode::InvalidPayload, "body: not valid JSON"))
    }
}
