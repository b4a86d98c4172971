//! What a run drives, for how long, and the bounds that keep it a local benchmark.

use std::net::IpAddr;
use std::time::Duration;

use url::{Host, Url};

/// Which server protocol dialect to speak for setup (the socket protocol is the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    /// Dugout: local login, API tokens, seats, auto lineups (protocol.md §2).
    Dugout,
    /// The baseline: fake auth (token = user id), games created active.
    Baseline,
}

/// Most game slots one run may drive (10,000 sockets).
pub const MAX_GAMES: u32 = 5_000;
/// Longest run.
pub const MAX_SECONDS: u64 = 3_600;

/// A load run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Base URL of the server, e.g. `http://127.0.0.1:8080`.
    pub url: Url,
    /// Which server it is.
    pub server: ServerKind,
    /// Concurrent games.
    pub games: u32,
    /// How long to drive them.
    pub duration: Duration,
    /// An action without an ack after this long counts as an error.
    pub ack_timeout: Duration,
}

/// A configuration the load generator refuses.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Not an http(s) URL.
    #[error("invalid url {0:?}: expected http://HOST:PORT")]
    BadUrl(String),
    /// Load is only ever sent to this machine.
    #[error(
        "refusing non-loopback target {0:?}: loadgen only drives servers on 127.0.0.0/8, ::1 or localhost"
    )]
    NotLoopback(String),
    /// Out of range.
    #[error("{what} must be between 1 and {max}")]
    OutOfRange {
        /// Which setting.
        what: &'static str,
        /// Its maximum.
        max: u64,
    },
}

impl Config {
    /// Checks and builds a configuration.
    ///
    /// # Errors
    /// [`ConfigError`] for a bad or non-loopback URL, or counts out of range.
    pub fn new(
        url: &str,
        server: ServerKind,
        games: u32,
        seconds: u64,
    ) -> Result<Config, ConfigError> {
        let parsed = Url::parse(url).map_err(|_| ConfigError::BadUrl(url.to_owned()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(ConfigError::BadUrl(url.to_owned()));
        }
        if !is_loopback(&parsed) {
            return Err(ConfigError::NotLoopback(url.to_owned()));
        }
        if games == 0 || games > MAX_GAMES {
            return Err(ConfigError::OutOfRange {
                what: "--games",
                max: u64::from(MAX_GAMES),
            });
        }
        if seconds == 0 || seconds > MAX_SECONDS {
            return Err(ConfigError::OutOfRange {
                what: "--seconds",
                max: MAX_SECONDS,
            });
        }
        Ok(Config {
            url: parsed,
            server,
            games,
            duration: Duration::from_secs(seconds),
            ack_timeout: Duration::from_secs(10),
        })
    }

    /// `path` joined to the base URL.
    pub(crate) fn endpoint(&self, path: &str) -> String {
        format!("{}{}", self.url.as_str().trim_end_matches('/'), path)
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_targets_only() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:80/",
            "http://127.9.9.9",
        ] {
            assert!(Config::new(ok, ServerKind::Dugout, 1, 1).is_ok(), "{ok}");
        }
        for bad in [
            "http://10.0.0.1:8080",
            "http://192.168.1.2",
            "http://example.com",
            "http://[::2]",
        ] {
            assert!(
                matches!(
                    Config::new(bad, ServerKind::Dugout, 1, 1),
                    Err(ConfigError::NotLoopback(_))
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            Config::new("ftp://127.0.0.1", ServerKind::Dugout, 1, 1),
            Err(ConfigError::BadUrl(_))
        ));
    }

    #[test]
    fn counts_are_bounded() {
        let url = "http://127.0.0.1:8080";
        assert!(Config::new(url, ServerKind::Baseline, 0, 5).is_err());
        assert!(Config::new(url, ServerKind::Baseline, MAX_GAMES + 1, 5).is_err());
        assert!(Config::new(url, ServerKind::Baseline, 1, 0).is_err());
        assert!(Config::new(url, ServerKind::Baseline, 1, MAX_SECONDS + 1).is_err());
        assert!(Config::new(url, ServerKind::Baseline, MAX_GAMES, MAX_SECONDS).is_ok());
    }

    #[test]
    fn endpoint_joins_without_double_slash() {
        let config = Config::new("http://127.0.0.1:8080/", ServerKind::Dugout, 1, 1).unwrap();
        assert_eq!(
            config.endpoint("/api/games"),
            "http://127.0.0.1:8080/api/games"
        );
    }
}
