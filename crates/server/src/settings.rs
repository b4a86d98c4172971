//! The server's settings (protocol.md §3), as plain data: the CLI fills them from flags and
//! environment; tests build them directly.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Discord OAuth2 application (issue 7; login through Discord is off when absent).
#[derive(Debug, Clone)]
pub struct DiscordSettings {
    /// Client id.
    pub client_id: String,
    /// Client secret (never logged).
    pub client_secret: String,
    /// Redirect URI registered with Discord.
    pub redirect_uri: String,
    /// Overrides Discord's API base, for tests against a local fake.
    pub api_base: Option<String>,
}

/// SBA league API.
#[derive(Debug, Clone)]
pub struct SbaSettings {
    /// Base URL.
    pub api_base: String,
    /// Bearer token, if the API needs one.
    pub api_token: Option<String>,
}

/// Bounds and timings of the game actors and connections.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Commands a game's mailbox holds before senders wait.
    pub mailbox: usize,
    /// How long a handler waits for a game to take a command before answering `busy`.
    pub action_deadline: Duration,
    /// A game with no command for this long is unloaded (reloaded from the store on demand).
    pub idle_unload: Duration,
    /// Socket events per second a connection may send (sustained).
    pub socket_events_per_second: u32,
    /// Burst size of the socket rate limit.
    pub socket_burst: u32,
    /// HTTP requests per second per user or address.
    pub http_requests_per_second: u32,
    /// Burst of the HTTP limit.
    pub http_burst: u32,
    /// Games a user may create per minute (sustained); 0 = unlimited.
    pub games_per_minute: u32,
    /// Burst of the game-creation limit.
    pub games_burst: u32,
    /// Discord logins (`/api/auth/login` and `/callback`) per minute per client address.
    pub login_per_minute: u32,
    /// Burst of the login limit.
    pub login_burst: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            mailbox: 256,
            action_deadline: Duration::from_secs(5),
            idle_unload: Duration::from_secs(600),
            socket_events_per_second: 200,
            socket_burst: 400,
            http_requests_per_second: 100,
            http_burst: 200,
            games_per_minute: 30,
            games_burst: 60,
            login_per_minute: 10,
            login_burst: 20,
        }
    }
}

/// A limit from the environment that is not a whole number.
#[derive(Debug, thiserror::Error)]
#[error("{name}: expected a whole number, got {value:?}")]
pub struct BadLimit {
    /// The variable.
    pub name: &'static str,
    /// What it held.
    pub value: String,
}

impl Limits {
    /// These limits with the rate limits the environment sets (`DUGOUT_HTTP_RATE`,
    /// `DUGOUT_HTTP_BURST`, `DUGOUT_GAMES_PER_MINUTE`, `DUGOUT_GAMES_BURST`,
    /// `DUGOUT_LOGIN_PER_MINUTE`, `DUGOUT_LOGIN_BURST`; 0 turns the HTTP and game limits off).
    ///
    /// # Errors
    /// [`BadLimit`] for a variable that is set but not a whole number.
    pub fn with_env(mut self) -> Result<Limits, BadLimit> {
        for (name, field) in [
            ("DUGOUT_HTTP_RATE", &mut self.http_requests_per_second),
            ("DUGOUT_HTTP_BURST", &mut self.http_burst),
            ("DUGOUT_GAMES_PER_MINUTE", &mut self.games_per_minute),
            ("DUGOUT_GAMES_BURST", &mut self.games_burst),
            ("DUGOUT_LOGIN_PER_MINUTE", &mut self.login_per_minute),
            ("DUGOUT_LOGIN_BURST", &mut self.login_burst),
        ] {
            if let Ok(value) = std::env::var(name) {
                *field = value.trim().parse().map_err(|_| BadLimit { name, value })?;
            }
        }
        Ok(self)
    }
}

/// Everything `App::build` needs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on (port 0 picks a free port).
    pub bind: SocketAddr,
    /// `sqlite://PATH` or `postgres://…`.
    pub database_url: String,
    /// `POST /api/auth/local` on or off; `None` = on only for a loopback bind.
    pub local_login: Option<bool>,
    /// Base URL for redirects and cookies; `None` = `http://<bind>`.
    pub public_url: Option<String>,
    /// Discord login.
    pub discord: Option<DiscordSettings>,
    /// SBA league API.
    pub sba: Option<SbaSettings>,
    /// Extra league files.
    pub league_files: Vec<PathBuf>,
    /// Built web UI (`web/dist`).
    pub web_dir: PathBuf,
    /// Bounds and timings.
    pub limits: Limits,
    /// How often expired sessions are deleted from the database.
    pub session_sweep: Duration,
}

impl Settings {
    /// Defaults of protocol.md §3 with `database_url`.
    pub fn new(database_url: impl Into<String>) -> Self {
        Settings {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: database_url.into(),
            local_login: None,
            public_url: None,
            discord: None,
            sba: None,
            league_files: Vec::new(),
            web_dir: PathBuf::from("web/dist"),
            limits: Limits::default(),
            session_sweep: Duration::from_secs(15 * 60),
        }
    }

    /// Whether local login is enabled, given the address actually bound.
    pub fn local_login_enabled(&self, bound: SocketAddr) -> bool {
        self.local_login.unwrap_or(bound.ip().is_loopback())
    }

    /// The public base URL, given the address actually bound (no trailing slash).
    pub fn public_url_for(&self, bound: SocketAddr) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{bound}"),
        }
    }
}
