//! Connect-time authentication: the session cookie of the handshake request, or `auth: {token}`.
//! Anything else is refused before the socket joins the namespace (message `not_authenticated`).

use crate::auth::session::user_from_cookie_header;
use crate::state::AppState;
use dugout_protocol::state::UserRef;
use serde_json::Value;
use socketioxide::extract::SocketRef;
use std::fmt;

/// Why a connection was refused; displayed as the connect error's `message`.
#[derive(Debug)]
pub struct NotAuthenticated;

impl fmt::Display for NotAuthenticated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not_authenticated")
    }
}

impl std::error::Error for NotAuthenticated {}

/// The authenticated user of a socket, stored in its extensions.
#[derive(Debug, Clone)]
pub struct SocketUser(pub UserRef);

/// Connect middleware body: authenticates and stores [`SocketUser`] in the socket's extensions.
///
/// # Errors
/// [`NotAuthenticated`] when neither a live token nor a live session cookie is presented.
pub async fn authenticate(
    state: AppState,
    socket: SocketRef,
    auth: Option<Value>,
) -> Result<(), NotAuthenticated> {
    let token = auth
        .as_ref()
        .and_then(|a| a.get("token"))
        .and_then(Value::as_str)
        .filter(|t| t.len() <= 128)
        .map(str::to_string);
    let user = if let Some(token) = token {
        state.store().verify_token(&token).await.ok().flatten()
    } else {
        let cookie = socket
            .req_parts()
            .headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join("; ");
        match user_from_cookie_header(state.sessions(), &cookie).await {
            Some(id) => state.store().get_user(&id).await.ok().flatten(),
            None => None,
        }
    };
    let user = user.ok_or(NotAuthenticated)?;
    socket.extensions.insert(SocketUser(UserRef {
        id: user.id,
        name: user.name,
    }));
    Ok(())
}
