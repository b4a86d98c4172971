//! Game rooms: join (with `game_state` to the joiner and `user_joined` to the room), leave, reads
//! for room members (`get_lineup`, `get_box_score`), all from the published snapshot.

use crate::games::view::{Viewer, box_score, engine_side, game_state, lineup_data};
use crate::realtime::rooms::viewer_room;
use crate::state::AppState;
use dugout_protocol::ErrorCode;
use dugout_protocol::inbound::Side;
use dugout_protocol::outbound::{Reply, event};
use dugout_protocol::state::UserRef;
use serde_json::json;
use socketioxide::extract::SocketRef;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// The games a socket has joined, and as which viewer.
#[derive(Clone, Default)]
pub struct Joined(pub Arc<Mutex<HashSet<(Uuid, &'static str)>>>);

fn joined_as(socket: &SocketRef, id: Uuid) -> Option<&'static str> {
    let joined = socket.extensions.get::<Joined>()?;
    let set = joined.0.lock().unwrap_or_else(|e| e.into_inner());
    set.iter().find(|(g, _)| *g == id).map(|(_, v)| *v)
}

fn role(viewer: Viewer) -> &'static str {
    match viewer {
        Viewer::Home | Viewer::Both => "home",
        Viewer::Away => "away",
        Viewer::Spectator => "spectator",
    }
}

/// `join_game`.
pub async fn join(state: &AppState, socket: &SocketRef, user: &UserRef, game_id: &str) -> Reply {
    let Ok(id) = game_id.parse::<Uuid>() else {
        return Reply::refuse(ErrorCode::GameNotFound, "no such game", None);
    };
    let handle = match state.games().get(id).await {
        Ok(Some(h)) => h,
        Ok(None) => return Reply::refuse(ErrorCode::GameNotFound, "no such game", None),
        Err(e) => {
            tracing::error!(game_id = %id, error = %e, "loading a game failed");
            return Reply::refuse(ErrorCode::Internal, "the game could not be loaded", None);
        }
    };
    let p = handle.snapshot();
    let viewer = Viewer::of_sides(&p.sides_of(&user.id));
    if joined_as(socket, id).is_none() {
        socket.join(viewer_room(id, viewer));
        if let Some(j) = socket.extensions.get::<Joined>() {
            j.0.lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert((id, viewer.as_str()));
        }
        if state.games().presence().join(id, &user.id) {
            let payload = json!({"game_id": id.to_string(), "user": user, "role": role(viewer)});
            for v in Viewer::ALL {
                let _ = state
                    .io()
                    .to(viewer_room(id, v))
                    .emit(event::USER_JOINED, &payload)
                    .await;
            }
        }
    }
    let connected = |u: &str| state.games().presence().is_connected(id, u);
    let gs = game_state(&p, viewer, &connected);
    let _ = socket.emit(
        event::GAME_STATE,
        &json!({"game_id": id.to_string(), "state": gs}),
    );
    Reply::ok(p.version)
}

/// `leave_game`.
pub async fn leave(state: &AppState, socket: &SocketRef, user: &UserRef, game_id: &str) -> Reply {
    let Ok(id) = game_id.parse::<Uuid>() else {
        return Reply::refuse(ErrorCode::GameNotFound, "no such game", None);
    };
    let Some(viewer) = joined_as(socket, id) else {
        return Reply::refuse(
            ErrorCode::Forbidden,
            "you are not in this game's room",
            None,
        );
    };
    leave_one(state, socket, user, id, viewer).await;
    let version = state
        .games()
        .get(id)
        .await
        .ok()
        .flatten()
        .map(|h| h.snapshot().version);
    match version {
        Some(v) => Reply::ok(v),
        None => Reply::ok_unversioned(),
    }
}

async fn leave_one(
    state: &AppState,
    socket: &SocketRef,
    user: &UserRef,
    id: Uuid,
    viewer: &'static str,
) {
    socket.leave(format!("g:{id}:{viewer}"));
    if let Some(j) = socket.extensions.get::<Joined>() {
        j.0.lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(id, viewer));
    }
    if state.games().presence().leave(id, &user.id) {
        let role = match viewer {
            "home" | "both" => "home",
            "away" => "away",
            _ => "spectator",
        };
        let payload = json!({"game_id": id.to_string(), "user": user, "role": role});
        for v in Viewer::ALL {
            let _ = state
                .io()
                .to(viewer_room(id, v))
                .emit(event::USER_LEFT, &payload)
                .await;
        }
    }
}

/// Leaves every game room of a disconnecting socket.
pub async fn leave_all(state: &AppState, socket: &SocketRef) {
    let Some(super::connect::SocketUser(user)) =
        socket.extensions.get::<super::connect::SocketUser>()
    else {
        return;
    };
    let joined: Vec<(Uuid, &'static str)> = match socket.extensions.get::<Joined>() {
        Some(j) => {
            j.0.lock()
                .unwrap_or_else(|e| e.into_inner())
                .iter()
                .copied()
                .collect()
        }
        None => return,
    };
    for (id, viewer) in joined {
        leave_one(state, socket, &user, id, viewer).await;
    }
}

/// `get_lineup` (`side` given) or `get_box_score`, for room members.
pub async fn read(
    state: &AppState,
    socket: &SocketRef,
    game_id: &str,
    side: Option<Side>,
) -> Reply {
    let Ok(id) = game_id.parse::<Uuid>() else {
        return Reply::refuse(ErrorCode::GameNotFound, "no such game", None);
    };
    let handle = match state.games().get(id).await {
        Ok(Some(h)) => h,
        Ok(None) => return Reply::refuse(ErrorCode::GameNotFound, "no such game", None),
        Err(_) => return Reply::refuse(ErrorCode::Internal, "the game could not be loaded", None),
    };
    let p = handle.snapshot();
    if joined_as(socket, id).is_none() {
        return Reply::refuse(ErrorCode::Forbidden, "join the game first", Some(p.version));
    }
    match side {
        Some(side) => {
            let _ = socket.emit(event::LINEUP_DATA, &lineup_data(&p, engine_side(side)));
        }
        None => {
            let _ = socket.emit(
                event::BOX_SCORE_DATA,
                &json!({"game_id": id.to_string(), "box_score": box_score(&p)}),
            );
        }
    }
    Reply::ok(p.version)
}
