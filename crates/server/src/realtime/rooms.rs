//! Room names. Every member of a game's room is in exactly one viewer room of it, so each viewer
//! class gets its own projection (the offensive decision hidden from all but the batting side).

use crate::games::view::Viewer;
use uuid::Uuid;

/// The viewer room of `game` for `viewer`.
pub fn viewer_room(game: Uuid, viewer: Viewer) -> String {
    format!("g:{game}:{}", viewer.as_str())
}

/// The lobby room (`game_listed` subscribers).
pub const LOBBY: &str = "lobby";
