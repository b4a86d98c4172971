//! Rate limits of the REST API (issue 7), governor token buckets answering 429 `rate_limited`:
//! every `/api` request counts against its login (the Bearer token or the session cookie), or
//! against its client address when anonymous; creating a game also counts against the user's
//! own bucket (a game is an actor, a log and a row). Loopback clients without a login are not
//! limited by address (tests, the load generator and a local reverse proxy all arrive from there).

use super::error::ApiError;
use crate::auth::discord::limit::bucket;
use crate::auth::extract::bearer_token;
use crate::auth::session::COOKIE_NAME;
use crate::settings::Limits;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dugout_protocol::ErrorCode;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::hash::{BuildHasher, RandomState};
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

/// Beyond this many tracked keys, buckets back at full credit are dropped (bounds memory).
const MAX_TRACKED: usize = 100_000;

type Keyed<K> = Option<Arc<DefaultKeyedRateLimiter<K>>>;

/// The REST limiters; cheap to clone. A limit of 0 turns that limiter off.
#[derive(Clone)]
pub struct Limiters {
    requests: Keyed<u64>,
    creations: Keyed<String>,
    hasher: RandomState,
}

fn keyed<K: std::hash::Hash + Eq + Clone>(quota: Option<Quota>) -> Keyed<K> {
    quota.map(|q| Arc::new(RateLimiter::keyed(q)))
}

fn allow<K: std::hash::Hash + Eq + Clone>(limiter: &Keyed<K>, key: &K) -> bool {
    match limiter {
        None => true,
        Some(l) => {
            if l.len() > MAX_TRACKED {
                l.retain_recent();
            }
            l.check_key(key).is_ok()
        }
    }
}

impl Limiters {
    /// The limiters of `limits`.
    pub fn new(limits: &Limits) -> Limiters {
        let requests = NonZeroU32::new(limits.http_requests_per_second).map(|rate| {
            Quota::per_second(rate).allow_burst(NonZeroU32::new(limits.http_burst).unwrap_or(rate))
        });
        let creations = NonZeroU32::new(limits.games_per_minute).map(|rate| {
            Quota::per_minute(rate).allow_burst(NonZeroU32::new(limits.games_burst).unwrap_or(rate))
        });
        Limiters {
            requests: keyed(requests),
            creations: keyed(creations),
            hasher: RandomState::new(),
        }
    }

    /// Takes one game creation's credit of `user_id`.
    ///
    /// # Errors
    /// `rate_limited` when the user is over the limit.
    pub fn game_created(&self, user_id: &str) -> Result<(), ApiError> {
        if allow(&self.creations, &user_id.to_string()) {
            Ok(())
        } else {
            Err(ApiError::new(
                ErrorCode::RateLimited,
                "too many games created; wait a minute",
            ))
        }
    }

    /// The bucket of a request: its login, else its (non-loopback) address.
    fn key(&self, req: &Request) -> Option<u64> {
        if let Some(token) = bearer_token(req.headers()) {
            return Some(self.hasher.hash_one(("token", token)));
        }
        let cookie = req
            .headers()
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE_NAME)
            .map(|(_, value)| value.to_string());
        if let Some(cookie) = cookie {
            return Some(self.hasher.hash_one(("session", cookie)));
        }
        let addr = req.extensions().get::<ConnectInfo<SocketAddr>>()?.0.ip();
        (!addr.to_canonical().is_loopback()).then(|| self.hasher.hash_one(("addr", bucket(addr))))
    }
}

/// Middleware: 429 `rate_limited` for a request over its bucket's limit.
pub async fn limit_requests(
    State(limiters): State<Limiters>,
    req: Request,
    next: Next,
) -> Response {
    if let Some(key) = limiters.key(&req)
        && !allow(&limiters.requests, &key)
    {
        return ApiError::new(ErrorCode::RateLimited, "too many requests; slow down")
            .into_response();
    }
    next.run(req).await
}
