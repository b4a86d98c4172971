//! `AppState`: what every HTTP handler and socket handler shares.

use crate::auth::session::DbSessionStore;
use crate::games::registry::Games;
use crate::leagues::Leagues;
use crate::settings::Settings;
use dugout_store::Store;
use metrics_exporter_prometheus::PrometheusHandle;
use socketioxide::SocketIo;
use std::sync::Arc;

/// Shared application state; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    settings: Settings,
    public_url: String,
    local_login: bool,
    store: Store,
    sessions: DbSessionStore,
    leagues: Leagues,
    games: Games,
    io: SocketIo,
    prometheus: PrometheusHandle,
    discord: crate::auth::discord::DiscordLogin,
    lobby: crate::lobby::Lobby,
    limiters: crate::http::limit::Limiters,
}

/// The parts an [`AppState`] is made of.
pub struct Parts {
    /// Settings.
    pub settings: Settings,
    /// Public base URL (no trailing slash).
    pub public_url: String,
    /// Local login enabled.
    pub local_login: bool,
    /// Store.
    pub store: Store,
    /// Session store.
    pub sessions: DbSessionStore,
    /// Leagues.
    pub leagues: Leagues,
    /// Game registry.
    pub games: Games,
    /// Socket.IO handle.
    pub io: SocketIo,
    /// Metrics renderer.
    pub prometheus: PrometheusHandle,
    /// Discord login client and login rate limiter.
    pub discord: crate::auth::discord::DiscordLogin,
    /// The games list and its live feed.
    pub lobby: crate::lobby::Lobby,
}

impl AppState {
    /// Assembles the state.
    pub fn new(p: Parts) -> Self {
        let limiters = crate::http::limit::Limiters::new(&p.settings.limits);
        AppState {
            inner: Arc::new(Inner {
                settings: p.settings,
                public_url: p.public_url,
                local_login: p.local_login,
                store: p.store,
                sessions: p.sessions,
                leagues: p.leagues,
                games: p.games,
                io: p.io,
                prometheus: p.prometheus,
                discord: p.discord,
                lobby: p.lobby,
                limiters,
            }),
        }
    }

    /// Settings.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }
    /// Public base URL.
    pub fn public_url(&self) -> &str {
        &self.inner.public_url
    }
    /// Whether `POST /api/auth/local` is enabled.
    pub fn local_login(&self) -> bool {
        self.inner.local_login
    }
    /// The store.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }
    /// The session store.
    pub fn sessions(&self) -> &DbSessionStore {
        &self.inner.sessions
    }
    /// The leagues.
    pub fn leagues(&self) -> &Leagues {
        &self.inner.leagues
    }
    /// The game registry.
    pub fn games(&self) -> &Games {
        &self.inner.games
    }
    /// Socket.IO.
    pub fn io(&self) -> &SocketIo {
        &self.inner.io
    }
    /// Prometheus renderer.
    pub fn prometheus(&self) -> &PrometheusHandle {
        &self.inner.prometheus
    }
    /// Discord login (client when configured, login rate limiter).
    pub fn discord(&self) -> &crate::auth::discord::DiscordLogin {
        &self.inner.discord
    }
    /// The REST rate limiters.
    pub fn limiters(&self) -> &crate::http::limit::Limiters {
        &self.inner.limiters
    }
    /// The games list and its live feed (`game_listed`).
    pub fn lobby(&self) -> &crate::lobby::Lobby {
        &self.inner.lobby
    }
}
