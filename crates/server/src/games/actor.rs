//! One task per loaded game: the only writer of its state. Each command is checked and applied
//! (engine), handed to the store's group-commit writer, and only after the commit acknowledged
//! and broadcast; then AI seats play until the game waits for a human.

use super::broadcast::broadcast;
use super::command::{Command, Request};
use super::dice::CryptoDice;
use super::live::{AI_SENDER, Change, LiveGame, Logged, StoredSetup};
use super::published::Published;
use super::registry::Ctx;
use super::snapshot;
use super::view::engine_side;
use crate::telemetry::names;
use dugout_protocol::outbound::Reply;
use dugout_protocol::state::GameStatus;
use dugout_protocol::{ErrorCode, Refusal};
use dugout_store::{GameAppend, GameSummary, NewAction, Seats};
use serde_json::json;
use std::sync::Arc;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;
use uuid::Uuid;

/// A running game.
pub struct Actor {
    pub(crate) id: Uuid,
    pub(crate) generation: u64,
    pub(crate) live: LiveGame,
    pub(crate) setup: Arc<StoredSetup>,
    pub(crate) mailbox: mpsc::Receiver<Command>,
    pub(crate) published: watch::Sender<Arc<Published>>,
    pub(crate) ctx: Arc<Ctx>,
    pub(crate) ai: dugout_engine::ai::Manager,
    pub(crate) dice: CryptoDice,
}

impl Actor {
    /// The actor loop; returns when shut down or unloaded.
    pub async fn run(mut self, mut shutdown: watch::Receiver<bool>) {
        self.drive_ai().await;
        let idle = self.ctx.limits.idle_unload;
        loop {
            tokio::select! {
                biased;
                _ = shutdown.changed() => break,
                cmd = self.mailbox.recv() => match cmd {
                    Some(cmd) => {
                        metrics::gauge!(names::MAILBOX_DEPTH).decrement(1.0);
                        self.handle(cmd).await;
                        self.drive_ai().await;
                    }
                    None => break,
                },
                () = tokio::time::sleep(idle) => {
                    if self.ctx.registry_unload(self.id, self.generation, &self.mailbox) {
                        tracing::debug!(game_id = %self.id, "idle game unloaded");
                        break;
                    }
                }
            }
        }
        // Whatever is still queued was never taken: withdrawn, answered `busy`.
        self.mailbox.close();
        while let Ok(cmd) = self.mailbox.try_recv() {
            metrics::gauge!(names::MAILBOX_DEPTH).decrement(1.0);
            let _ = cmd.reply.send(self.busy());
        }
    }

    fn busy(&self) -> Reply {
        Reply::refuse(
            ErrorCode::Busy,
            "the game did not take the action; retry",
            Some(self.live.version),
        )
    }

    fn refused(&self, r: Refusal) -> Reply {
        Reply::refused(r, Some(self.live.version))
    }

    async fn handle(&mut self, cmd: Command) {
        if Instant::now() > cmd.deadline {
            let _ = cmd.reply.send(self.busy());
            return;
        }
        let name = cmd.request.name();
        let user = cmd.user;
        let (result, action_id) = match cmd.request {
            Request::Mutate(m) => {
                let r = self.live.mutate(&user.id, &m, &mut self.dice);
                match r {
                    Ok(Err(first_reply)) => {
                        let reply = serde_json::from_value(first_reply)
                            .unwrap_or_else(|_| Reply::ok(self.live.version));
                        let _ = cmd.reply.send(reply);
                        return;
                    }
                    Ok(Ok(change)) => (Ok(change), m.action_id),
                    Err(e) => (Err(e), None),
                }
            }
            Request::Claim { side } => (self.live.claim(&user.id, engine_side(side)), None),
            Request::Lineup { side, request } => (
                self.live
                    .lineup(Some(&user.id), engine_side(side), &request),
                None,
            ),
        };
        let reply = match result {
            Err(refusal) => {
                tracing::debug!(game_id = %self.id, user_id = %user.id, event = name,
                                code = refusal.code.as_str(), "refused");
                self.refused(refusal)
            }
            Ok(change) => self.commit(change, &user.id, action_id, name).await,
        };
        let _ = cmd.reply.send(reply);
    }

    /// Lets AI seats act until the game waits for a human (each AI action its own version).
    async fn drive_ai(&mut self) {
        // Bounded: a game has far fewer changes than this; a bug must not spin forever.
        for _ in 0..10_000 {
            let Some(change) = self.live.ai_change(&mut self.ai, &mut self.dice) else {
                return;
            };
            let reply = self.commit(change, AI_SENDER, None, "ai").await;
            if !reply.ok {
                return;
            }
        }
    }

    /// Logs `change` durably, then publishes, broadcasts and returns the success reply.
    async fn commit(
        &mut self,
        change: Change,
        sender: &str,
        action_id: Option<String>,
        name: &str,
    ) -> Reply {
        let version = self.live.version + 1;
        let reply = Reply::ok(version);
        let reply_json =
            serde_json::to_value(&reply).unwrap_or(json!({"ok": true, "version": version}));
        let seats = matches!(change.logged, Logged::Claim { .. }).then(|| Seats {
            home: self.live.home_seat.clone(),
            away: self.live.away_seat.clone(),
        });
        let snapshot = self.snapshot_at(version, sender, action_id.as_deref(), &reply_json);
        let append = GameAppend {
            game_id: self.id,
            actions: vec![NewAction {
                version: version as i64,
                action: serde_json::to_value(&change.logged).unwrap_or_default(),
                dice: (!change.dice.is_empty()).then(|| json!(change.dice)),
                sender: sender.to_string(),
                action_id: action_id.clone(),
                reply: reply_json.clone(),
            }],
            summary: summary(&self.live),
            seats,
            snapshot,
        };
        let started = std::time::Instant::now();
        if let Err(e) = self.ctx.writer.append(append).await {
            tracing::error!(game_id = %self.id, user_id = %sender, error = %e, "commit failed; reloading the game");
            self.reload().await;
            return Reply::refuse(
                ErrorCode::Internal,
                "the action could not be saved",
                Some(self.live.version),
            );
        }
        metrics::histogram!(names::COMMIT_SECONDS).record(started.elapsed().as_secs_f64());
        metrics::counter!(names::ACTIONS).increment(1);
        self.live.version = version;
        if let Some(id) = action_id {
            self.live
                .replies
                .insert((sender.to_string(), id), reply_json);
        }
        let published = Arc::new(Published::of(self.id, &self.live, self.setup.clone()));
        self.published.send_replace(published.clone());
        tracing::info!(game_id = %self.id, user_id = %sender, event = name, version, "action committed");
        broadcast(&self.ctx, &published, &change).await;
        reply
    }

    /// A snapshot to store with the change to `version`, when one is due (a failure to take one
    /// only costs a longer replay later).
    fn snapshot_at(
        &self,
        version: u64,
        sender: &str,
        action_id: Option<&str>,
        reply: &serde_json::Value,
    ) -> Option<dugout_store::Snapshot> {
        let over = self.live.game.as_ref().is_some_and(|g| g.is_over());
        if !snapshot::due(version, over) {
            return None;
        }
        let pending = action_id.map(|id| (sender, id, reply));
        match snapshot::take(&self.live, version, pending) {
            Ok(snapshot) => Some(snapshot),
            Err(e) => {
                tracing::warn!(game_id = %self.id, version, error = %e, "no snapshot taken");
                None
            }
        }
    }

    /// Rebuilds the game from the store after a failed commit (memory may be ahead of disk).
    async fn reload(&mut self) {
        match self.ctx.load_live(self.id).await {
            Ok(Some((live, _))) => {
                self.live = live;
                let published = Arc::new(Published::of(self.id, &self.live, self.setup.clone()));
                self.published.send_replace(published);
            }
            other => tracing::error!(game_id = %self.id, ?other, "reload failed"),
        }
    }
}

/// The games-list summary of a game.
pub fn summary(live: &LiveGame) -> GameSummary {
    summary_of(live.status(), live.game.as_ref())
}

/// The games-list summary of a game in `status` whose engine state is `game` (none before both
/// lineups are in); the actor's live game and the lobby's published snapshot both go through it.
pub fn summary_of(status: GameStatus, game: Option<&dugout_engine::Game>) -> GameSummary {
    let status = match status {
        GameStatus::Pending => dugout_store::GameStatus::Pending,
        GameStatus::Active => dugout_store::GameStatus::Active,
        GameStatus::Completed => dugout_store::GameStatus::Completed,
    };
    match game {
        None => GameSummary {
            status,
            ..GameSummary::new_pending()
        },
        Some(g) => GameSummary {
            status,
            phase: g.phase().as_str().to_string(),
            waiting_for: g
                .waiting_for()
                .and_then(|w| serde_json::to_value(w).ok())
                .and_then(|v| v.as_str().map(str::to_string)),
            inning: i32::from(g.inning()),
            half: g.half().as_str().to_string(),
            home_score: i32::from(g.score().home),
            away_score: i32::from(g.score().away),
        },
    }
}
