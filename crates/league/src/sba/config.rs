//! Settings of the SBA API client, from the environment (`SBA_API_BASE`, `SBA_API_TOKEN`).

use super::SbaError;
use std::time::Duration;

/// How to reach the SBA league API and how long to trust its answers.
#[derive(Debug, Clone)]
pub struct SbaConfig {
    /// Base URL without `/v3` (`https://api.example.org`); `/v3/...` is appended.
    pub base_url: String,
    /// Bearer token, sent as `Authorization: Bearer …` when set.
    pub token: Option<String>,
    /// Season to play; `None` asks `/v3/current`.
    pub season: Option<i32>,
    /// How long an answer is fresh (data.md §4: one hour).
    pub ttl: Duration,
    /// Longest wait for one API call; a request never waits on the API longer than this.
    pub request_timeout: Duration,
    /// After a failure, how long to answer from the stale cache (or with that failure) before
    /// calling the API again, so an outage does not make every request wait for a timeout.
    pub retry_after: Duration,
    /// Largest response body accepted.
    pub max_body_bytes: usize,
}

impl SbaConfig {
    /// Defaults for `base_url`: one-hour TTL, 3 s timeout, 30 s retry pause, 8 MiB bodies.
    pub fn new(base_url: impl Into<String>, token: Option<String>) -> Self {
        SbaConfig {
            base_url: base_url.into().trim_end_matches('/').to_string(),
            token,
            season: None,
            ttl: Duration::from_secs(3600),
            request_timeout: Duration::from_secs(3),
            retry_after: Duration::from_secs(30),
            max_body_bytes: 8 * 1024 * 1024,
        }
    }

    /// Reads `SBA_API_BASE` (unset or empty: the SBA league is not configured → `Ok(None)`),
    /// `SBA_API_TOKEN`, and the optional `SBA_SEASON`, `SBA_CACHE_TTL_SECS`.
    ///
    /// # Errors
    /// [`SbaError::Config`] when a variable is set but unusable.
    pub fn from_env() -> Result<Option<Self>, SbaError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let Some(base) = var("SBA_API_BASE") else {
            return Ok(None);
        };
        let mut config = SbaConfig::new(base, var("SBA_API_TOKEN"));
        if let Some(season) = var("SBA_SEASON") {
            config.season = Some(
                season
                    .trim()
                    .parse()
                    .map_err(|_| SbaError::Config(format!("SBA_SEASON={season}")))?,
            );
        }
        if let Some(ttl) = var("SBA_CACHE_TTL_SECS") {
            let secs: u64 = ttl
                .trim()
                .parse()
                .map_err(|_| SbaError::Config(format!("SBA_CACHE_TTL_SECS={ttl}")))?;
            config.ttl = Duration::from_secs(secs);
        }
        config.check()?;
        Ok(Some(config))
    }

    /// Checks that the base URL is http(s).
    ///
    /// # Errors
    /// [`SbaError::Config`] otherwise.
    pub fn check(&self) -> Result<(), SbaError> {
        let ok = (self.base_url.starts_with("http://") || self.base_url.starts_with("https://"))
            && self.base_url.len() > "https://".len();
        if ok {
            Ok(())
        } else {
            Err(SbaError::Config(self.base_url.clone()))
        }
    }
}
