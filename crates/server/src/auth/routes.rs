//! `/api/auth/*` (protocol.md §2): login redirect, local login, tokens, logout, me.

use super::extract::{Credential, CurrentUser};
use super::session::start_session;
use crate::http::body::JsonBody;
use crate::http::error::ApiError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dugout_protocol::ErrorCode;
use dugout_protocol::inbound::http::LocalLogin;
use dugout_store::NewUser;
use serde_json::json;
use tower_sessions::Session;

/// The auth routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(super::discord::router())
        .route("/local", post(local_login))
        .route("/token", post(issue_token))
        .route("/logout", post(logout))
        .route("/me", get(me))
}

/// Where the local login page lives in the web UI.
pub const LOCAL_LOGIN_PAGE: &str = "/login";

async fn local_login(
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody,
) -> Result<Response, ApiError> {
    if !state.local_login() {
        return Err(ApiError::new(
            ErrorCode::NotFound,
            "local login is disabled on this server",
        ));
    }
    let login = LocalLogin::parse(&body)?;
    let user = state
        .store()
        .upsert_user(&NewUser {
            id: format!("local:{}", login.username),
            name: login.username.clone(),
            avatar_url: None,
        })
        .await?;
    start_session(&session, &user.id).await?;
    tracing::info!(user_id = %user.id, "local login");
    Ok(
        Json(json!({"id": user.id, "name": user.name, "avatar_url": user.avatar_url}))
            .into_response(),
    )
}

async fn issue_token(
    State(state): State<AppState>,
    caller: CurrentUser,
) -> Result<Json<serde_json::Value>, ApiError> {
    let session_tag = match &caller.credential {
        Credential::Session { login_id } => Some(login_id.as_str()),
        Credential::Token(_) => None,
    };
    let token = state
        .store()
        .create_token(&caller.user.id, session_tag)
        .await?;
    Ok(Json(json!({"token": token})))
}

async fn logout(
    State(state): State<AppState>,
    session: Session,
    caller: CurrentUser,
) -> Result<StatusCode, ApiError> {
    match &caller.credential {
        Credential::Session { login_id } => {
            state.store().revoke_session_tokens(login_id).await?;
            // Deletes the row: the old cookie stops working at once, and the cookie is cleared.
            session.flush().await.map_err(|e| ApiError::internal(&e))?;
        }
        Credential::Token(token) => {
            state.store().revoke_token(token).await?;
        }
    }
    tracing::info!(user_id = %caller.user.id, "logout");
    Ok(StatusCode::NO_CONTENT)
}

async fn me(State(state): State<AppState>, caller: CurrentUser) -> Json<serde_json::Value> {
    let teams = state.leagues().teams_managed_by(&caller.user.id).await;
    Json(json!({
        "id": caller.user.id,
        "name": caller.user.name,
        "avatar_url": caller.user.avatar_url,
        "teams": teams,
    }))
}
