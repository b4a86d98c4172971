//! `Published`: the read side of a game, replaced (never mutated) after every committed change,
//! so reads never wait behind the actor.

use super::live::{LiveGame, StoredSetup};
use dugout_engine::Game;
use dugout_protocol::state::GameStatus;
use dugout_store::Seat;
use std::sync::Arc;
use time::OffsetDateTime;
use uuid::Uuid;

/// A game's state as last committed.
#[derive(Debug, Clone)]
pub struct Published {
    /// Game id.
    pub id: Uuid,
    /// The game's version.
    pub version: u64,
    /// Lifecycle.
    pub status: GameStatus,
    /// Fixed setup (teams, rosters, settings).
    pub setup: Arc<StoredSetup>,
    /// Seats (home, away).
    pub seats: [Seat; 2],
    /// The engine game once both lineups are in.
    pub game: Option<Arc<Game>>,
    /// When it last changed.
    pub updated_at: OffsetDateTime,
}

impl Published {
    /// A snapshot of `live`.
    pub fn of(id: Uuid, live: &LiveGame, setup: Arc<StoredSetup>) -> Published {
        Published {
            id,
            version: live.version,
            status: live.status(),
            setup,
            seats: [live.home_seat.clone(), live.away_seat.clone()],
            game: live.game.clone().map(Arc::new),
            updated_at: OffsetDateTime::now_utc(),
        }
    }

    /// Sides managed by `user_id`.
    pub fn sides_of(&self, user_id: &str) -> Vec<dugout_engine::Side> {
        let mut out = Vec::new();
        if self.seats[0].user_id() == Some(user_id) {
            out.push(dugout_engine::Side::Home);
        }
        if self.seats[1].user_id() == Some(user_id) {
            out.push(dugout_engine::Side::Away);
        }
        out
    }
}
