//! The one Socket.IO event handler: rate limit → strict parse → dispatch; every refusal answered
//! through the ack and as an `error` event, and the connection always left open.

use super::connect::SocketUser;
use super::limit::SocketLimiter;
use crate::state::AppState;
use crate::telemetry::names;
use dugout_protocol::ErrorCode;
use dugout_protocol::inbound::{Inbound, parse_event};
use dugout_protocol::outbound::{ErrorEvent, Reply, event};
use serde_json::Value;
use socketioxide::extract::{AckSender, Event, SocketRef, TryData};

/// Called once a socket passed authentication.
pub fn on_connect(socket: SocketRef, state: AppState) {
    let limits = &state.settings().limits;
    socket.extensions.insert(SocketLimiter::new(
        limits.socket_events_per_second,
        limits.socket_burst,
    ));
    metrics::gauge!(names::SOCKETS).increment(1.0);
    let st = state.clone();
    socket.on_fallback(
        move |socket: SocketRef,
              Event(name): Event,
              TryData(data): TryData<Value>,
              ack: AckSender| {
            let state = st.clone();
            async move {
                let data = data.unwrap_or(Value::Null);
                let reply = handle_event(&state, &socket, &name, data).await;
                answer(&socket, ack, &name, reply);
            }
        },
    );
    socket
        .extensions
        .insert(super::membership::Joined::default());
    socket.on_disconnect(move |socket: SocketRef| {
        let state = state.clone();
        async move {
            metrics::gauge!(names::SOCKETS).decrement(1.0);
            super::membership::leave_all(&state, &socket).await;
        }
    });
}

/// Sends the reply through the ack (if asked for) and, for a refusal, the `error` event.
fn answer(socket: &SocketRef, ack: AckSender, name: &str, reply: Reply) {
    if let Some(err) = &reply.error {
        metrics::counter!(names::REFUSALS, "code" => err.code.as_str()).increment(1);
        let bounded: String = name.chars().take(64).collect();
        let _ = socket.emit(
            event::ERROR,
            &ErrorEvent {
                code: err.code,
                message: err.message.clone(),
                event: bounded,
            },
        );
    }
    let _ = ack.send(&reply);
}

async fn handle_event(state: &AppState, socket: &SocketRef, name: &str, data: Value) -> Reply {
    if let Some(limiter) = socket.extensions.get::<SocketLimiter>()
        && !limiter.allow()
    {
        return Reply::refuse(ErrorCode::RateLimited, "too many events; slow down", None);
    }
    let Some(SocketUser(user)) = socket.extensions.get::<SocketUser>() else {
        return Reply::refuse(ErrorCode::NotAuthenticated, "log in first", None);
    };
    let inbound = match parse_event(name, &data) {
        Ok(i) => i,
        Err(e) => return Reply::refused(e.into(), None),
    };
    match inbound {
        Inbound::JoinLobby => {
            socket.join(super::rooms::LOBBY);
            Reply::ok_unversioned()
        }
        Inbound::LeaveLobby => {
            socket.leave(super::rooms::LOBBY);
            Reply::ok_unversioned()
        }
        Inbound::JoinGame { game_id } => {
            super::membership::join(state, socket, &user, &game_id).await
        }
        Inbound::LeaveGame { game_id } => {
            super::membership::leave(state, socket, &user, &game_id).await
        }
        Inbound::GetLineup { game_id, side } => {
            super::membership::read(state, socket, &game_id, Some(side)).await
        }
        Inbound::GetBoxScore { game_id } => {
            super::membership::read(state, socket, &game_id, None).await
        }
        Inbound::Mutation(m) => {
            let Ok(id) = m.game_id.parse::<uuid::Uuid>() else {
                return Reply::refuse(ErrorCode::GameNotFound, "no such game", None);
            };
            state
                .games()
                .send(id, user, crate::games::command::Request::Mutate(m))
                .await
        }
    }
}
