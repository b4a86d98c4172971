//! Socket.IO (protocol.md §1): connect-time auth, one handler that parses every event strictly,
//! per-connection rate limits, rooms and per-viewer fan-out.

pub mod connect;
pub mod handlers;
pub mod limit;
pub mod membership;
pub mod presence;
pub mod rooms;

use crate::state::AppState;
use socketioxide::extract::{SocketRef, TryData};
use socketioxide::handler::ConnectHandler;
use socketioxide::{SocketIo, layer::SocketIoLayer};
use std::time::Duration;

/// Largest Socket.IO message accepted (protocol.md §1.4: the usual 1,000,000 bytes).
pub const MAX_PAYLOAD: u64 = 1_000_000;

/// Builds the Socket.IO layer and handle (handlers are attached by [`attach`] once the state exists).
pub fn layer() -> (SocketIoLayer, SocketIo) {
    SocketIo::builder()
        .max_payload(MAX_PAYLOAD)
        .max_buffer_size(1024)
        .connect_timeout(Duration::from_secs(10))
        .build_layer()
}

/// Registers the namespace handler with its auth middleware.
pub fn attach(io: &SocketIo, state: AppState) {
    let on_connect = {
        let state = state.clone();
        move |socket: SocketRef| {
            let state = state.clone();
            async move { handlers::on_connect(socket, state) }
        }
    };
    let auth = move |socket: SocketRef, TryData(auth): TryData<serde_json::Value>| {
        let state = state.clone();
        async move { connect::authenticate(state, socket, auth.ok()).await }
    };
    io.ns("/", on_connect.with(auth));
}
