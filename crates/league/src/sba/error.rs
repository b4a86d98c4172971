//! What can go wrong talking to the SBA league API.

use crate::Problems;
use std::time::Duration;

/// A failed SBA API call or unusable answer. Cloneable: the cache keeps the last failure to answer
/// a burst of requests during an outage without calling the API again.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SbaError {
    /// `SBA_API_BASE` is not an http(s) URL.
    #[error("SBA_API_BASE {0:?} is not an http(s) URL")]
    Config(String),
    /// No answer within the request timeout.
    #[error("SBA API did not answer {path} within {timeout:?}")]
    Timeout {
        /// The request path.
        path: String,
        /// The timeout in force.
        timeout: Duration,
    },
    /// Could not connect or the connection broke.
    #[error("SBA API unreachable for {path}: {detail}")]
    Unreachable {
        /// The request path.
        path: String,
        /// The transport error.
        detail: String,
    },
    /// 401/403: the token is missing or wrong.
    #[error("SBA API refused the token for {path} (status {status})")]
    Unauthorized {
        /// The request path.
        path: String,
        /// 401 or 403.
        status: u16,
    },
    /// 404: the league has no such team or season.
    #[error("SBA API has no {path}")]
    NotFound {
        /// The request path.
        path: String,
    },
    /// Any other non-success status.
    #[error("SBA API answered {status} for {path}")]
    Status {
        /// The request path.
        path: String,
        /// The HTTP status.
        status: u16,
    },
    /// The body is not the JSON shape expected, or too large.
    #[error("SBA API sent malformed data for {path}: {detail}")]
    Malformed {
        /// The request path.
        path: String,
        /// What was wrong.
        detail: String,
    },
    /// The league assembled from the API does not validate.
    #[error("SBA league data is invalid: {0}")]
    Invalid(Problems),
}
