//! Per-connection rate limit (governor): a token bucket per socket, checked before anything else.

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::Arc;

/// A socket's limiter, kept in its extensions.
#[derive(Clone)]
pub struct SocketLimiter(pub Arc<DefaultDirectRateLimiter>);

impl SocketLimiter {
    /// `per_second` sustained events with bursts of `burst`.
    pub fn new(per_second: u32, burst: u32) -> Self {
        let rate = NonZeroU32::new(per_second.max(1)).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
        SocketLimiter(Arc::new(RateLimiter::direct(
            Quota::per_second(rate).allow_burst(burst),
        )))
    }

    /// Takes one event's credit; false when the socket is over its limit.
    pub fn allow(&self) -> bool {
        self.0.check().is_ok()
    }
}
