//! Dugout's server: axum + Socket.IO on one port, one actor per game, ack after commit.
//!
//! [`App::build`] binds the listener (port 0 allowed) and wires everything; [`App::run_until`]
//! serves until the shutdown future resolves, then drains: no new actions, in-flight ones
//! finish and commit, the store writer flushes.
#![forbid(unsafe_code)]

pub mod assets;
pub mod auth;
pub mod games;
pub mod http;
pub mod leagues;
pub mod lobby;
pub mod realtime;
pub mod sample;
pub mod settings;
pub mod state;
pub mod telemetry;

pub use settings::{DiscordSettings, Limits, SbaSettings, Settings};

use auth::session::{COOKIE_NAME, DbSessionStore};
use dugout_store::Store;
use std::future::Future;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The listener could not bind.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The database could not be opened or migrated.
    #[error("database: {0}")]
    Store(#[from] dugout_store::StoreError),
    /// The session table could not be created.
    #[error("session store: {0}")]
    Sessions(#[from] sqlx::Error),
    /// A league file did not load.
    #[error(transparent)]
    League(#[from] leagues::LeagueLoadError),
    /// The SBA league API settings are unusable.
    #[error("SBA league: {0}")]
    Sba(#[from] dugout_league::sba::SbaError),
    /// The Discord settings are unusable.
    #[error("Discord login: {0}")]
    Discord(#[from] auth::discord::DiscordConfigError),
    /// Serving failed.
    #[error("server: {0}")]
    Serve(std::io::Error),
}

/// A built, bound, not yet serving server.
pub struct App {
    listener: TcpListener,
    addr: SocketAddr,
    router: axum::Router,
    state: state::AppState,
    session_sweeper: tokio::task::JoinHandle<()>,
}

impl App {
    /// Opens the database (migrations applied), loads the leagues, binds the listener.
    ///
    /// # Errors
    /// See [`StartError`].
    pub async fn build(settings: Settings) -> Result<App, StartError> {
        let listener =
            TcpListener::bind(settings.bind)
                .await
                .map_err(|source| StartError::Bind {
                    addr: settings.bind,
                    source,
                })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: settings.bind,
            source,
        })?;
        let store = Store::connect(&settings.database_url).await?;
        let sessions = DbSessionStore::open(store.pool()).await?;
        let mut leagues = leagues::Leagues::load(&settings.league_files)?;
        if let Some(sba) = &settings.sba {
            let config = dugout_league::sba::SbaConfig::new(&sba.api_base, sba.api_token.clone());
            let league = dugout_league::sba::SbaLeague::new(config)?;
            leagues.set_sba(std::sync::Arc::new(league));
            tracing::info!(api_base = %sba.api_base, "league \"sba\" is served from the SBA API");
        }
        let public_url = settings.public_url_for(addr);
        let local_login = settings.local_login_enabled(addr);
        if local_login {
            tracing::info!("local login is enabled (POST /api/auth/local)");
        } else {
            tracing::info!("local login is disabled; set DUGOUT_LOCAL_LOGIN=1 to enable it");
        }
        let (io_layer, io) = realtime::layer();
        let (writer, _writer_task) = store.spawn_writer(dugout_store::WriterConfig::default());
        let games = games::registry::Games::new(
            store.clone(),
            writer,
            io.clone(),
            std::sync::Arc::new(realtime::presence::Presence::default()),
            settings.limits.clone(),
        );
        let lobby = lobby::Lobby::new(leagues.clone());
        games.set_lobby(lobby.clone());
        let state = state::AppState::new(state::Parts {
            settings: settings.clone(),
            public_url: public_url.clone(),
            local_login,
            store: store.clone(),
            sessions: sessions.clone(),
            leagues,
            games,
            io: io.clone(),
            prometheus: telemetry::prometheus(),
            discord: auth::discord::DiscordLogin::from_settings(&settings)?,
            lobby,
        });
        realtime::attach(&io, state.clone());
        let secure = public_url.starts_with("https://");
        let session_layer = SessionManagerLayer::new(sessions.clone())
            .with_name(COOKIE_NAME)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(secure)
            .with_path("/")
            .with_expiry(Expiry::OnInactivity(time::Duration::days(30)));
        let router = http::api_router(state.clone())
            .merge(assets::router(&settings.web_dir))
            .layer(session_layer)
            .layer(io_layer)
            .with_state(state.clone());
        // Spawned last: a build that fails leaves no task behind.
        let session_sweeper = tokio::spawn(sessions.clone().sweep_expired(settings.session_sweep));
        Ok(App {
            listener,
            addr,
            router,
            state,
            session_sweeper,
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until `shutdown` resolves, then drains and returns.
    ///
    /// # Errors
    /// [`StartError::Serve`] if the listener fails.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), StartError> {
        tracing::info!("listening on http://{}", self.addr);
        let state = self.state.clone();
        let stopping = self.state.clone();
        // Small frames (acks, state events) go out at once: with Nagle on, an event written
        // while the previous one is unacknowledged waited for the client's delayed ACK (~40 ms
        // per hand-off between the two managers of a game).
        let listener = axum::serve::ListenerExt::tap_io(self.listener, |tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::debug!(error = %e, "TCP_NODELAY not set");
            }
        });
        let serve = axum::serve(
            listener,
            // Client addresses key the login rate limit.
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: no new actions; finishing those in flight");
            // Every acknowledged action is already committed (ack after commit); stopping the
            // actors lets the ones in flight finish and answers what was queued with `busy`.
            stopping.games().shutdown().await;
            stopping.io().close().await;
        });
        let result = serve.await.map_err(StartError::Serve);
        self.session_sweeper.abort();
        state.store().close().await;
        tracing::info!("stopped");
        result
    }
}
