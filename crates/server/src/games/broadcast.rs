//! Fan-out of one committed change: each viewer room gets its own projection, then the lobby
//! its games-list item (`game_listed`).
//!
//! Each viewer's GameState is serialized once and embedded as raw JSON in every event of the
//! change (typed payloads, no `Value` trees): building, cloning and re-serializing `Value`s was
//! the largest part of the server's CPU per action.

use super::live::{Change, Logged};
use super::published::Published;
use super::registry::Ctx;
use super::view::{Viewer, game_state, wire_side};
use crate::realtime::rooms::viewer_room;
use dugout_engine::{BySide, DecisionKind, Event, Move, Play, Roll};
use dugout_protocol::inbound::Side as WSide;
use dugout_protocol::outbound::event;
use serde::Serialize;
use serde_json::value::RawValue;

/// Emits the protocol events of `change` to every viewer room of the game.
pub async fn broadcast(ctx: &Ctx, p: &Published, change: &Change) {
    let game_id = p.id.to_string();
    for viewer in Viewer::ALL {
        let room = viewer_room(p.id, viewer);
        // A projection nobody receives is not built (a game usually has two or three of four).
        if ctx.io.to(room.clone()).sockets().is_empty() {
            continue;
        }
        let connected = |user: &str| ctx.presence.is_connected(p.id, user);
        let state = match serde_json::value::to_raw_value(&game_state(p, viewer, &connected)) {
            Ok(state) => state,
            Err(e) => {
                tracing::error!(game_id = %p.id, error = %e, "game state does not serialize");
                continue;
            }
        };
        for payload in events_for(p, viewer, change, &game_id, &state) {
            let _ = ctx.io.to(room.clone()).emit(payload.name(), &payload).await;
        }
    }
    if let Some(lobby) = ctx.lobby.get() {
        lobby.announce_change(&ctx.io, &ctx.store, p).await;
    }
}

/// One outbound event of a change, as one viewer receives it (protocol.md §1.2).
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Outbound<'a> {
    DecisionSubmitted {
        game_id: &'a str,
        side: WSide,
        kind: DecisionKind,
        reason: Option<&'a str>,
        state: &'a RawValue,
    },
    DiceRolled {
        game_id: &'a str,
        roll: &'a Roll,
        state: &'a RawValue,
    },
    PlayResolved {
        game_id: &'a str,
        play: &'a Play,
        reason: Option<&'a str>,
        state: &'a RawValue,
    },
    PlayerSubstituted {
        game_id: &'a str,
        side: WSide,
        moves: &'a [Move],
        state: &'a RawValue,
    },
    GameOver {
        game_id: &'a str,
        #[serde(rename = "final")]
        final_score: BySide<u16>,
        winner: WSide,
        state: &'a RawValue,
    },
    GameState {
        game_id: &'a str,
        state: &'a RawValue,
    },
}

impl Outbound<'_> {
    fn name(&self) -> &'static str {
        match self {
            Outbound::DecisionSubmitted { .. } => event::DECISION_SUBMITTED,
            Outbound::DiceRolled { .. } => event::DICE_ROLLED,
            Outbound::PlayResolved { .. } => event::PLAY_RESOLVED,
            Outbound::PlayerSubstituted { .. } => event::PLAYER_SUBSTITUTED,
            Outbound::GameOver { .. } => event::GAME_OVER,
            Outbound::GameState { .. } => event::GAME_STATE,
        }
    }
}

fn events_for<'a>(
    p: &Published,
    viewer: Viewer,
    change: &'a Change,
    game_id: &'a str,
    state: &'a RawValue,
) -> Vec<Outbound<'a>> {
    let mut out = Vec::new();
    if !matches!(change.logged, Logged::Play { .. }) {
        out.push(Outbound::GameState { game_id, state });
        return out;
    }
    let reason = change.reason.as_deref();
    for ev in &change.events {
        match ev {
            Event::DecisionSubmitted { side, kind } => {
                let offensive = matches!(kind, DecisionKind::Offensive);
                let visible = !offensive
                    || p.game.as_deref().is_none_or(|g| viewer.sees_offense(g))
                    || p.game
                        .as_deref()
                        .is_some_and(|g| g.offensive_decision().is_none());
                out.push(Outbound::DecisionSubmitted {
                    game_id,
                    side: wire_side(*side),
                    kind: *kind,
                    reason: if visible { reason } else { None },
                    state,
                });
            }
            Event::DiceRolled { roll } => out.push(Outbound::DiceRolled {
                game_id,
                roll,
                state,
            }),
            Event::PlayResolved { play } => out.push(Outbound::PlayResolved {
                game_id,
                play,
                reason,
                state,
            }),
            Event::PlayerSubstituted { side, moves } => out.push(Outbound::PlayerSubstituted {
                game_id,
                side: wire_side(*side),
                moves,
                state,
            }),
            Event::GameOver {
                final_score,
                winner,
            } => out.push(Outbound::GameOver {
                game_id,
                final_score: *final_score,
                winner: wire_side(*winner),
                state,
            }),
            Event::PhaseChanged { .. } | Event::HalfInningOver { .. } => {}
        }
    }
    if out.is_empty() {
        out.push(Outbound::GameState { game_id, state });
    }
    out
}
