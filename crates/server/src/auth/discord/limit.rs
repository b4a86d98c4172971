//! Per-address rate limit on the login routes (governor, one token bucket per client address).
//! Each login creates a session row and makes the server call Discord, so an anonymous client
//! must not be able to do that without bound.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

/// Beyond this many tracked addresses, buckets back at full credit are dropped (bounds memory).
const MAX_TRACKED: usize = 10_000;

/// The login limiter; cheap to clone.
#[derive(Clone)]
pub struct LoginLimiter(Arc<DefaultKeyedRateLimiter<IpAddr>>);

impl LoginLimiter {
    /// `per_minute` sustained logins per address, with bursts of `burst`.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        let rate = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        LoginLimiter(Arc::new(RateLimiter::keyed(
            Quota::per_minute(rate).allow_burst(burst),
        )))
    }

    /// Takes one login's credit for `addr`; false when that address is over its limit.
    pub fn allow(&self, addr: IpAddr) -> bool {
        if self.0.len() > MAX_TRACKED {
            self.0.retain_recent();
        }
        self.0.check_key(&bucket(addr)).is_ok()
    }
}

/// The bucket an address counts against: IPv4 as is, IPv6 by its /64 (one host usually owns a
/// whole /64, so per-address buckets would be free to multiply).
pub(crate) fn bucket(addr: IpAddr) -> IpAddr {
    match addr.to_canonical() {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refused_per_address() {
        let limiter = LoginLimiter::new(1, 2);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(limiter.allow(a));
        assert!(limiter.allow(a));
        assert!(!limiter.allow(a));
        assert!(limiter.allow(b), "another address has its own bucket");
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_v4_as_v4() {
        let limiter = LoginLimiter::new(1, 1);
        assert!(limiter.allow("2001:db8::1".parse().unwrap()));
        assert!(!limiter.allow("2001:db8::ffff:2".parse().unwrap()));
        assert!(limiter.allow("2001:db8:0:1::1".parse().unwrap()));
        assert!(limiter.allow("::ffff:192.0.2.9".parse().unwrap()));
        assert!(!limiter.allow("192.0.2.9".parse().unwrap()));
    }
}
