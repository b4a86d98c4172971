//! What handlers send to a game actor. Every command carries its deadline and a oneshot for the
//! reply; the actor always answers (with `busy` when it withdrew the command untaken).

use dugout_protocol::inbound::http::LineupRequest;
use dugout_protocol::inbound::{Mutation, Side};
use dugout_protocol::outbound::Reply;
use dugout_protocol::state::UserRef;
use tokio::sync::oneshot;
use tokio::time::Instant;

/// A change requested of a game.
#[derive(Debug)]
pub enum Request {
    /// A Socket.IO mutating event.
    Mutate(Mutation),
    /// `POST /api/games/{id}/claim`.
    Claim {
        /// The open seat to take.
        side: Side,
    },
    /// `POST /api/games/{id}/lineups/{side}`.
    Lineup {
        /// Whose lineup.
        side: Side,
        /// The card or `{auto: true}`.
        request: LineupRequest,
    },
}

impl Request {
    /// The client event or endpoint, for logs and `error` events.
    pub fn name(&self) -> &'static str {
        match self {
            Request::Mutate(m) => m.command.event().as_str(),
            Request::Claim { .. } => "claim",
            Request::Lineup { .. } => "lineup",
        }
    }
}

/// A request with its sender, deadline and reply channel.
#[derive(Debug)]
pub struct Command {
    /// Who asks (authenticated by the handler).
    pub user: UserRef,
    /// What.
    pub request: Request,
    /// The game must take the command before this instant, or answer `busy` untaken.
    pub deadline: Instant,
    /// Where the answer goes.
    pub reply: oneshot::Sender<Reply>,
}
