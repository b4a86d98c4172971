//! `CurrentUser`: who is calling, from a Bearer token or the session cookie. Never from anything
//! the client claims in a body.

use crate::http::error::ApiError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use dugout_store::User;
use tower_sessions::Session;

use super::session::{LOGIN_KEY, USER_KEY};

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A session cookie; the login id tags tokens it issues.
    Session {
        /// Random id made at login.
        login_id: String,
    },
    /// An API token.
    Token(String),
}

/// The logged-in caller.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The user.
    pub user: User,
    /// How they authenticated.
    pub credential: Credential,
}

/// The Bearer token of an `Authorization` header, if any.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))?;
    Some(token.trim())
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(token) = bearer_token(&parts.headers) {
            // Tokens are 64 hex digits; anything else cannot be one (and is not hashed for nothing).
            if token.len() > 128 {
                return Err(ApiError::unauthenticated());
            }
            let token = token.to_string();
            return match state.store().verify_token(&token).await? {
                Some(user) => Ok(CurrentUser {
                    user,
                    credential: Credential::Token(token),
                }),
                None => Err(ApiError::unauthenticated()),
            };
        }
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::unauthenticated())?;
        let user_id: Option<String> = session
            .get(USER_KEY)
            .await
            .map_err(|e| ApiError::internal(&e))?;
        let login_id: Option<String> = session
            .get(LOGIN_KEY)
            .await
            .map_err(|e| ApiError::internal(&e))?;
        let (Some(user_id), Some(login_id)) = (user_id, login_id) else {
            return Err(ApiError::unauthenticated());
        };
        match state.store().get_user(&user_id).await? {
            Some(user) => Ok(CurrentUser {
                user,
                credential: Credential::Session { login_id },
            }),
            None => Err(ApiError::unauthenticated()),
        }
    }
}
