//! Discord login (issue 7, protocol.md §2). `GET /api/auth/login` sends the browser straight to
//! Discord's authorize page, keeping `state` and the PKCE verifier in the server-side session;
//! `GET /api/auth/callback` spends that pending login, checks `state`, exchanges the code,
//! fetches the user, creates or refreshes the account `discord:<id>`, starts the session and
//! sends the browser to `/games`. Without Discord settings, login is the local login page.
//! Both routes are rate-limited per client address. Design: docs/decisions/100-discord-login.md.

pub mod client;
pub mod error_page;
pub mod limit;
pub mod profile;

pub use client::{DiscordClient, DiscordConfigError, DiscordError};
pub use limit::LoginLimiter;

use super::routes::LOCAL_LOGIN_PAGE;
use super::session::start_session;
use crate::http::error::ApiError;
use crate::settings::Settings;
use crate::state::AppState;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{RawQuery, State};
use axum::http::header::{CACHE_CONTROL, LOCATION};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use dugout_protocol::ErrorCode;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use tower_sessions::Session;

/// Session key of the pending authorization (state + PKCE verifier); the callback removes it.
pub const PENDING_KEY: &str = "discord_pending";
/// Where a completed login lands.
pub const AFTER_LOGIN: &str = "/games";
/// How long a started login may take (Discord's own codes live 10 minutes too).
const PENDING_TTL_SECS: i64 = 600;
/// Longest `code`, `state` or `error` accepted from the callback's query string.
const MAX_PARAM_CHARS: usize = 512;

/// Discord login's shared parts: the client (when configured) and the login rate limiter.
#[derive(Clone)]
pub struct DiscordLogin {
    client: Option<Arc<DiscordClient>>,
    limiter: LoginLimiter,
}

impl DiscordLogin {
    /// Builds the client from `settings.discord` (off when absent) and the limiter from
    /// `settings.limits`.
    ///
    /// # Errors
    /// [`DiscordConfigError`] when the Discord settings are present but unusable.
    pub fn from_settings(settings: &Settings) -> Result<Self, DiscordConfigError> {
        let client = settings
            .discord
            .as_ref()
            .map(DiscordClient::new)
            .transpose()?
            .map(Arc::new);
        if client.is_some() {
            tracing::info!("Discord login is enabled (GET /api/auth/login)");
        } else {
            tracing::info!(
                "Discord login is off; set DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET and DISCORD_REDIRECT_URI to enable it"
            );
        }
        let limiter = LoginLimiter::new(
            settings.limits.login_per_minute,
            settings.limits.login_burst,
        );
        Ok(DiscordLogin { client, limiter })
    }

    /// The Discord client, when Discord login is configured.
    pub fn client(&self) -> Option<&DiscordClient> {
        self.client.as_deref()
    }
}

/// A login started in this browser, waiting for Discord's redirect back.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    state: String,
    pkce_verifier: String,
    started_at: i64,
}

/// `/login` and `/callback` (nested under `/api/auth`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login))
        .route("/callback", get(callback))
}

/// The client's address as the socket saw it, when the server records it.
type Peer = Option<Extension<ConnectInfo<SocketAddr>>>;

/// `GET /api/auth/login`: 302 to Discord's authorize page, or to the local login page.
async fn login(
    State(state): State<AppState>,
    peer: Peer,
    session: Session,
) -> Result<Response, ApiError> {
    let Some(client) = state.discord().client() else {
        return Ok(found(LOCAL_LOGIN_PAGE));
    };
    check_rate(&state, peer)?;
    let auth = client.authorize();
    let pending = Pending {
        state: auth.state,
        pkce_verifier: auth.pkce_verifier,
        started_at: now(),
    };
    session
        .insert(PENDING_KEY, &pending)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    Ok(found(auth.url.as_str()))
}

/// `GET /api/auth/callback?code&state` (or `?error`): completes the login started here. A
/// failure is JSON, or a small HTML page for a browser.
async fn callback(
    State(state): State<AppState>,
    peer: Peer,
    session: Session,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    match complete_login(&state, peer, &session, query.as_deref().unwrap_or("")).await {
        Ok(response) => response,
        Err(err) if error_page::wants_html(&headers) => error_page::render(err),
        Err(err) => err.into_response(),
    }
}

async fn complete_login(
    state: &AppState,
    peer: Peer,
    session: &Session,
    query: &str,
) -> Result<Response, ApiError> {
    let Some(client) = state.discord().client() else {
        return Err(ApiError::new(
            ErrorCode::NotFound,
            "Discord login is not configured on this server",
        ));
    };
    check_rate(state, peer)?;
    let params = CallbackParams::parse(query)?;
    // Spent by any attempt, good or bad: a state cannot be tried twice, a code not replayed here.
    let pending: Option<Pending> = session
        .remove(PENDING_KEY)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    let Some(pending) = pending else {
        return Err(invalid(
            "state",
            "no login was started in this browser, or it was already used; start again at /api/auth/login",
        ));
    };
    if now() - pending.started_at > PENDING_TTL_SECS {
        return Err(invalid(
            "state",
            "this login took too long; start again at /api/auth/login",
        ));
    }
    if let Some(error) = params.error {
        tracing::info!(%error, "Discord did not authorize a login");
        return Err(invalid(
            "error",
            format!("Discord did not authorize the login ({error})"),
        ));
    }
    if params.state.as_deref() != Some(pending.state.as_str()) {
        tracing::warn!("Discord login callback with a wrong or missing state");
        return Err(invalid(
            "state",
            "does not match the login started in this browser; start again at /api/auth/login",
        ));
    }
    let Some(code) = params.code else {
        return Err(invalid("code", "missing"));
    };
    let access_token = client
        .exchange_code(&code, &pending.pkce_verifier)
        .await
        .map_err(refusal)?;
    let discord_user = client.fetch_user(&access_token).await.map_err(refusal)?;
    let account = discord_user
        .to_account()
        .map_err(|e| refusal(DiscordError::Unavailable(e.to_string())))?;
    let user = state.store().upsert_user(&account).await?;
    start_session(session, &user.id).await?;
    tracing::info!(user_id = %user.id, "Discord login");
    Ok(found(AFTER_LOGIN))
}

/// The callback's query parameters, bounded.
#[derive(Debug, Default)]
struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

impl CallbackParams {
    fn parse(query: &str) -> Result<Self, ApiError> {
        let mut params = CallbackParams::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let slot = match key.as_ref() {
                "code" => &mut params.code,
                "state" => &mut params.state,
                "error" => &mut params.error,
                _ => continue,
            };
            if value.chars().count() > MAX_PARAM_CHARS {
                return Err(invalid(
                    &key,
                    format!("longer than {MAX_PARAM_CHARS} characters"),
                ));
            }
            if slot.replace(value.into_owned()).is_some() {
                return Err(invalid(&key, "given twice"));
            }
        }
        Ok(params)
    }
}

/// `rate_limited` when the client's address is over its login budget.
fn check_rate(state: &AppState, peer: Peer) -> Result<(), ApiError> {
    // Without connection info every client would share one bucket; App serves with it.
    let addr = peer.map_or(
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        |Extension(ConnectInfo(a))| a.ip(),
    );
    if state.discord().limiter.allow(addr) {
        Ok(())
    } else {
        tracing::warn!(%addr, "login rate limit hit");
        Err(ApiError::new(
            ErrorCode::RateLimited,
            "too many logins from this address; wait a minute and try again",
        ))
    }
}

/// The user-facing error for a failed exchange; details go to the log only.
fn refusal(err: DiscordError) -> ApiError {
    match err {
        DiscordError::CodeRefused(detail) => {
            tracing::warn!(%detail, "Discord refused a login code");
            invalid(
                "code",
                "Discord refused this login (the code expired or was already used); start again at /api/auth/login",
            )
        }
        DiscordError::Misconfigured(detail) => {
            tracing::error!(%detail, "Discord refused our client credentials");
            ApiError::new(
                ErrorCode::Internal,
                "Discord login is misconfigured on this server; tell its administrator",
            )
        }
        DiscordError::Unavailable(detail) => {
            tracing::warn!(%detail, "Discord unavailable during login");
            ApiError::new(
                ErrorCode::Busy,
                "Discord is not answering right now; try logging in again in a moment",
            )
        }
    }
}

/// `invalid_payload` naming the query parameter.
fn invalid(field: &str, message: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::InvalidPayload, format!("{field}: {message}"))
}

/// A 302 (the status protocol.md §2 names) that no cache keeps.
fn found(location: &str) -> Response {
    match HeaderValue::try_from(location) {
        Ok(value) => (
            StatusCode::FOUND,
            [
                (LOCATION, value),
                (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
        Err(e) => ApiError::internal(&e).into_response(),
    }
}

/// Seconds since the Unix epoch.
fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
