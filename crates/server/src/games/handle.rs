//! `GameHandle`: the only way to reach a game actor. Writes go through the bounded mailbox with a
//! deadline; reads take the published snapshot and never wait behind writes.

use super::command::{Command, Request};
use super::published::Published;
use crate::telemetry::names;
use dugout_protocol::ErrorCode;
use dugout_protocol::outbound::Reply;
use dugout_protocol::state::UserRef;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

/// A cheap, clonable reference to one loaded game.
#[derive(Clone, Debug)]
pub struct GameHandle {
    pub(crate) mailbox: mpsc::Sender<Command>,
    pub(crate) published: watch::Receiver<Arc<Published>>,
}

/// What became of a command sent to an actor.
#[derive(Debug)]
pub enum Sent {
    /// The actor answered.
    Answered(Reply),
    /// The actor is gone (unloaded or shutting down) before it took the command; here it is back.
    Closed(Request),
}

impl GameHandle {
    /// The latest published state (never waits for the actor).
    pub fn snapshot(&self) -> Arc<Published> {
        self.published.borrow().clone()
    }

    /// Sends `request` and waits for the answer. The command must enter the mailbox within
    /// `deadline` (else `busy`); once in, the actor answers it, however late.
    pub async fn send(&self, user: UserRef, request: Request, deadline: Duration) -> Sent {
        let (reply, answer) = oneshot::channel();
        let deadline_at = Instant::now() + deadline;
        let command = Command {
            user,
            request,
            deadline: deadline_at,
            reply,
        };
        match self.mailbox.send_timeout(command, deadline).await {
            Ok(()) => metrics::gauge!(names::MAILBOX_DEPTH).increment(1.0),
            Err(mpsc::error::SendTimeoutError::Timeout(_)) => {
                let version = self.snapshot().version;
                return Sent::Answered(Reply::refuse(
                    ErrorCode::Busy,
                    "the game is busy; retry",
                    Some(version),
                ));
            }
            Err(mpsc::error::SendTimeoutError::Closed(c)) => return Sent::Closed(c.request),
        }
        match answer.await {
            Ok(reply) => Sent::Answered(reply),
            // The actor dropped the reply without answering: it failed while holding it. Whether
            // the action was applied is unknown to us; the client re-syncs from game_state.
            Err(_) => Sent::Answered(Reply::refuse(
                ErrorCode::Internal,
                "the game stopped unexpectedly",
                None,
            )),
        }
    }

    /// Whether the actor has stopped.
    pub fn is_closed(&self) -> bool {
        self.mailbox.is_closed()
    }
}
