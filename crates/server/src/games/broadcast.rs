//! Fan-out of one committed change: each viewer room gets its own projection, then the lobby
//! its games-list item (`game_listed`).

use super::live::{Change, Logged};
use super::published::Published;
use super::registry::Ctx;
use super::view::{Viewer, game_state, wire_side};
use crate::realtime::rooms::viewer_room;
use dugout_engine::Event;
use dugout_protocol::outbound::event;
use serde_json::{Value, json};

/// Emits the protocol events of `change` to every viewer room of the game.
pub async fn broadcast(ctx: &Ctx, p: &Published, change: &Change) {
    for viewer in Viewer::ALL {
        let room = viewer_room(p.id, viewer);
        // A projection nobody receives is not built (a game usually has two or three of four).
        if ctx.io.to(room.clone()).sockets().is_empty() {
            continue;
        }
        let connected = |user: &str| ctx.presence.is_connected(p.id, user);
        let state = serde_json::to_value(game_state(p, viewer, &connected)).unwrap_or(Value::Null);
        for (name, payload) in events_for(p, viewer, change, &state) {
            let _ = ctx.io.to(room.clone()).emit(name, &payload).await;
        }
    }
    if let Some(lobby) = ctx.lobby.get() {
        lobby.announce_change(&ctx.io, &ctx.store, p).await;
    }
}

fn events_for(
    p: &Published,
    viewer: Viewer,
    change: &Change,
    state: &Value,
) -> Vec<(&'static str, Value)> {
    let game_id = p.id.to_string();
    let mut out = Vec::new();
    if !matches!(change.logged, Logged::Play { .. }) {
        out.push((
            event::GAME_STATE,
            json!({"game_id": game_id, "state": state}),
        ));
        return out;
    }
    for ev in &change.events {
        match ev {
            Event::DecisionSubmitted { side, kind } => {
                let offensive = matches!(kind, dugout_engine::DecisionKind::Offensive);
                let visible = !offensive
                    || p.game.as_deref().is_none_or(|g| viewer.sees_offense(g))
                    || p.game.as_deref().is_some_and(|g| g.offensive_decision().is_none());
                let reason = if visible { change.reason.clone() } else { None };
                out.push((
                    event::DECISION_SUBMITTED,
                    json!({"game_id": game_id, "side": wire_side(*side), "kind": kind,
                           "reason": reason, "state": state}),
                ));
            }
            Event::DiceRolled { roll } => out.push((
                event::DICE_ROLLED,
                json!({"game_id": game_id, "roll": roll, "state": state}),
            )),
            Event::PlayResolved { play } => out.push((
                event::PLAY_RESOLVED,
                json!({"game_id": game_id, "play": play, "reason": change.reason, "state": state}),
            )),
            Event::PlayerSubstituted { side, moves } => out.push((
                event::PLAYER_SUBSTITUTED,
                json!({"game_id": game_id, "side": wire_side(*side), "moves": moves, "state": state}),
            )),
            Event::GameOver { final_score, winner } => out.push((
                event::GAME_OVER,
                json!({"game_id": game_id, "final": final_score, "winner": wire_side(*winner),
                       "state": state}),
            )),
            Event::PhaseChanged { .. } | Event::HalfInningOver { .. } => {}
        }
    }
    if out.is_empty() {
        out.push((
            event::GAME_STATE,
            json!({"game_id": game_id, "state": state}),
        ));
    }
    out
}
