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
///
/// The event handlers are attached inside the middleware, i.e. before socketioxide sends the
/// CONNECT packet: its connect handler runs in a task spawned after that packet, so an event the
/// client sends as soon as it is connected could otherwise reach a socket with no handler and be
/// dropped unanswered.
pub fn attach(io: &SocketIo, state: AppState) {
    let auth = move |socket: SocketRef, TryData(auth): TryData<serde_json::Value>| {
        let state = state.clone();
        async move {
            connect::authenticate(state.clone(), socket.clone(), auth.ok()).await?;
            handlers::on_connect(socket, state);
            Ok::<(), connect::NotAuthenticated>(())
        }
    };
    let on_connect = |_: SocketRef| async {};
    io.ns("/", on_connect.with(auth));
}
