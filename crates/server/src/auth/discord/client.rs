//! Talking to Discord: the authorize URL (state + PKCE S256, scope `identify`), the code
//! exchange (the `oauth2` crate) and `GET /api/users/@me`, all with timeouts and no redirects.

use super::profile::DiscordUser;
use crate::http::error::ErrorChain;
use crate::settings::DiscordSettings;
use oauth2::basic::{BasicClient, BasicErrorResponseType};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet, EndpointSet,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope, TokenResponse,
    TokenUrl,
};
use std::time::Duration;

/// Discord's API base when `DISCORD_API_BASE` is unset.
pub const DEFAULT_API_BASE: &str = "https://discord.com";
/// Each call to Discord (connect, send, read) must finish within this.
const CALL_TIMEOUT: Duration = Duration::from_secs(10);
/// Connecting to Discord must finish within this.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The largest `users/@me` answer read (real ones are well under 2 KB).
const MAX_USER_BYTES: usize = 64 * 1024;

type OAuthClient =
    BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// Why the Discord settings cannot be used (reported at startup).
#[derive(Debug, thiserror::Error)]
pub enum DiscordConfigError {
    /// `DISCORD_CLIENT_ID` or `DISCORD_CLIENT_SECRET` is empty.
    #[error("DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET must not be empty")]
    EmptyCredentials,
    /// `DISCORD_API_BASE` is not an http(s) URL.
    #[error("DISCORD_API_BASE {0:?} is not an http(s) URL")]
    ApiBase(String),
    /// `DISCORD_REDIRECT_URI` is not an http(s) URL.
    #[error("DISCORD_REDIRECT_URI {0:?} is not an http(s) URL")]
    RedirectUri(String),
    /// The HTTP client could not be built (TLS setup).
    #[error("HTTP client for Discord: {0}")]
    Http(#[source] reqwest::Error),
}

/// Why a login could not be completed with Discord.
#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    /// Discord refused the authorization code (expired, already used, or not issued to us):
    /// the user has to start the login again.
    #[error("Discord refused the authorization code: {0}")]
    CodeRefused(String),
    /// Discord refused our client credentials: the server is misconfigured.
    #[error("Discord refused the client credentials: {0}")]
    Misconfigured(String),
    /// Discord could not be reached in time, or answered with an error or something unusable.
    #[error("Discord is unavailable: {0}")]
    Unavailable(String),
}

/// What `/api/auth/login` sends the browser to, and what the callback must be shown.
#[derive(Debug, Clone)]
pub struct Authorization {
    /// Discord's authorize URL with client id, redirect URI, scope, state and PKCE challenge.
    pub url: url::Url,
    /// The random `state` Discord sends back.
    pub state: String,
    /// The PKCE verifier (kept server-side, sent only to the token endpoint).
    pub pkce_verifier: String,
}

/// A configured Discord OAuth2 application.
#[derive(Debug)]
pub struct DiscordClient {
    oauth: OAuthClient,
    http: reqwest::Client,
    user_url: url::Url,
}

impl DiscordClient {
    /// Builds the client from the settings, checking every URL.
    ///
    /// # Errors
    /// [`DiscordConfigError`] for empty credentials or malformed URLs.
    pub fn new(settings: &DiscordSettings) -> Result<Self, DiscordConfigError> {
        if settings.client_id.trim().is_empty() || settings.client_secret.is_empty() {
            return Err(DiscordConfigError::EmptyCredentials);
        }
        let base_text = settings
            .api_base
            .as_deref()
            .unwrap_or(DEFAULT_API_BASE)
            .trim_end_matches('/');
        let bad_base = || DiscordConfigError::ApiBase(base_text.to_string());
        http_url(base_text).ok_or_else(bad_base)?;
        if http_url(&settings.redirect_uri).is_none() {
            return Err(DiscordConfigError::RedirectUri(
                settings.redirect_uri.clone(),
            ));
        }
        let auth_url =
            AuthUrl::new(format!("{base_text}/oauth2/authorize")).map_err(|_| bad_base())?;
        let token_url =
            TokenUrl::new(format!("{base_text}/api/oauth2/token")).map_err(|_| bad_base())?;
        let user_url =
            url::Url::parse(&format!("{base_text}/api/users/@me")).map_err(|_| bad_base())?;
        let redirect = RedirectUrl::new(settings.redirect_uri.clone())
            .map_err(|_| DiscordConfigError::RedirectUri(settings.redirect_uri.clone()))?;
        let oauth = BasicClient::new(ClientId::new(settings.client_id.clone()))
            .set_client_secret(ClientSecret::new(settings.client_secret.clone()))
            .set_auth_uri(auth_url)
            .set_token_uri(token_url)
            .set_redirect_uri(redirect);
        let http = reqwest::Client::builder()
            // Following redirects would let a tampered answer point us elsewhere (SSRF).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(CALL_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("Dugout/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(DiscordConfigError::Http)?;
        Ok(DiscordClient {
            oauth,
            http,
            user_url,
        })
    }

    /// A fresh authorization request: Discord's URL plus the state and verifier to remember.
    pub fn authorize(&self) -> Authorization {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state) = self
            .oauth
            .authorize_url(CsrfToken::new_random)
            .add_scope(Scope::new("identify".to_string()))
            .set_pkce_challenge(challenge)
            // One click: a user who already authorized Dugout is sent straight back.
            .add_extra_param("prompt", "none")
            .url();
        Authorization {
            url,
            state: state.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        }
    }

    /// Exchanges the authorization code (with the PKCE verifier) for an access token.
    ///
    /// # Errors
    /// [`DiscordError`] saying whose fault the failure is.
    pub async fn exchange_code(
        &self,
        code: &str,
        pkce_verifier: &str,
    ) -> Result<String, DiscordError> {
        let token = self
            .oauth
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(classify_token_error)?;
        Ok(token.access_token().secret().clone())
    }

    /// Fetches the user the access token belongs to.
    ///
    /// # Errors
    /// [`DiscordError::Unavailable`] when Discord does not answer in time or answers badly.
    pub async fn fetch_user(&self, access_token: &str) -> Result<DiscordUser, DiscordError> {
        let unavailable = |what: &str, e: &dyn std::error::Error| {
            DiscordError::Unavailable(format!("{what}: {}", ErrorChain(e)))
        };
        let mut response = self
            .http
            .get(self.user_url.clone())
            .bearer_auth(access_token)
            .send()
            .await
            .map_err(|e| unavailable("users/@me", &e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(DiscordError::Unavailable(format!(
                "users/@me answered {status}"
            )));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| unavailable("users/@me body", &e))?
        {
            if body.len() + chunk.len() > MAX_USER_BYTES {
                return Err(DiscordError::Unavailable(
                    "users/@me answer too large".into(),
                ));
            }
            body.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&body).map_err(|e| unavailable("users/@me is not a user", &e))
    }
}

/// `s` parsed when it is an absolute http(s) URL.
fn http_url(s: &str) -> Option<url::Url> {
    url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
}

/// Sorts a failed token request into the user's fault, ours, or Discord's.
fn classify_token_error<RE: std::error::Error + 'static>(
    err: RequestTokenError<RE, oauth2::basic::BasicErrorResponse>,
) -> DiscordError {
    match err {
        RequestTokenError::ServerResponse(resp) => {
            let said = resp.to_string();
            match resp.error() {
                BasicErrorResponseType::InvalidGrant | BasicErrorResponseType::InvalidRequest => {
                    DiscordError::CodeRefused(said)
                }
                BasicErrorResponseType::InvalidClient
                | BasicErrorResponseType::UnauthorizedClient
                | BasicErrorResponseType::UnsupportedGrantType
                | BasicErrorResponseType::InvalidScope => DiscordError::Misconfigured(said),
                BasicErrorResponseType::Extension(_) => DiscordError::Unavailable(said),
            }
        }
        RequestTokenError::Request(e) => {
            DiscordError::Unavailable(format!("token endpoint: {}", ErrorChain(&e)))
        }
        RequestTokenError::Parse(e, _) => {
            DiscordError::Unavailable(format!("token endpoint answer unreadable: {e}"))
        }
        RequestTokenError::Other(s) => DiscordError::Unavailable(format!("token endpoint: {s}")),
    }
}
