//! A refresh cache on moka: fresh answers for `ttl`, one upstream call per key at a time
//! (moka's per-key compute lock makes a burst wait for the one call in flight), and the last good
//! value kept past its expiry to be served when the API fails (stale-while-error).
//!
//! Freshness is judged with an injectable [`Clock`], so tests move time instead of sleeping.

use super::SbaError;
use moka::future::Cache;
use moka::ops::compute::{CompResult, Op};
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the cache reads the time.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> Instant;
}

/// The real monotonic clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// A clock that moves only when told to (tests).
#[derive(Debug)]
pub struct ManualClock {
    start: Instant,
    offset: Mutex<Duration>,
}

impl Default for ManualClock {
    fn default() -> Self {
        ManualClock {
            start: Instant::now(),
            offset: Mutex::new(Duration::ZERO),
        }
    }
}

impl ManualClock {
    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let mut offset = self.offset.lock().unwrap_or_else(|e| e.into_inner());
        *offset += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.start + *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A cached answer.
#[derive(Debug, Clone)]
pub struct Cached<V> {
    /// The value.
    pub value: Arc<V>,
    /// True when the API failed and this is an older answer past its TTL.
    pub stale: bool,
}

struct Slot<V> {
    value: Option<(Arc<V>, Instant)>,
    failure: Option<(Arc<SbaError>, Instant)>,
}

// Not derived: the derive would require `V: Clone`, but only the `Arc`s are cloned.
impl<V> Clone for Slot<V> {
    fn clone(&self) -> Self {
        Slot {
            value: self.value.clone(),
            failure: self.failure.clone(),
        }
    }
}

/// The outcome of one lookup, for the caller's health bookkeeping and logs.
pub(crate) enum Lookup<V> {
    /// Fresh from the cache or the API.
    Fresh(Arc<V>),
    /// The API failed (now or within `retry_after`); an older value is served.
    Stale(Arc<V>, Arc<SbaError>),
    /// The API failed and nothing was cached.
    Failed(Arc<SbaError>),
}

/// Per-key cache of API answers.
pub(crate) struct RefreshCache<K, V> {
    cache: Cache<K, Slot<V>>,
    clock: Arc<dyn Clock>,
    ttl: Duration,
    retry_after: Duration,
}

impl<K, V> RefreshCache<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    /// A cache of at most `capacity` keys.
    pub(crate) fn new(
        capacity: u64,
        ttl: Duration,
        retry_after: Duration,
        clock: Arc<dyn Clock>,
    ) -> Self {
        RefreshCache {
            cache: Cache::new(capacity),
            clock,
            ttl,
            retry_after,
        }
    }

    /// The value for `key`: cached while fresh, else fetched once however many callers wait.
    pub(crate) async fn get<F, Fut>(&self, key: K, fetch: F) -> Lookup<V>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, SbaError>>,
    {
        let clock = Arc::clone(&self.clock);
        let (ttl, retry_after) = (self.ttl, self.retry_after);
        let result = self
            .cache
            .entry(key)
            .and_compute_with(|current| async move {
                let slot = current.map(|e| e.into_value());
                let now = clock.now();
                if let Some(slot) = &slot {
                    let fresh = slot
                        .value
                        .as_ref()
                        .is_some_and(|(_, at)| now.duration_since(*at) < ttl);
                    let failed_recently = slot
                        .failure
                        .as_ref()
                        .is_some_and(|(_, at)| now.duration_since(*at) < retry_after);
                    if fresh || failed_recently {
                        return Op::Nop;
                    }
                }
                match fetch().await {
                    Ok(v) => Op::Put(Slot {
                        value: Some((Arc::new(v), clock.now())),
                        failure: None,
                    }),
                    Err(e) => Op::Put(Slot {
                        value: slot.and_then(|s| s.value),
                        failure: Some((Arc::new(e), clock.now())),
                    }),
                }
            })
            .await;
        let slot = match result {
            CompResult::Inserted(e) | CompResult::ReplacedWith(e) | CompResult::Unchanged(e) => {
                e.into_value()
            }
            // Unreachable with the ops above; answer as an empty cache would.
            CompResult::StillNone(_) | CompResult::Removed(_) => Slot {
                value: None,
                failure: None,
            },
        };
        match (slot.value, slot.failure) {
            (Some((v, _)), None) => Lookup::Fresh(v),
            (Some((v, _)), Some((e, _))) => Lookup::Stale(v, e),
            (None, Some((e, _))) => Lookup::Failed(e),
            (None, None) => Lookup::Failed(Arc::new(SbaError::Malformed {
                path: String::new(),
                detail: "empty cache slot".to_string(),
            })),
        }
    }
}
