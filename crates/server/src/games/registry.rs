//! `Games`: game id → actor handle. Starts actors for new games, loads stored games on demand
//! (replaying their log), unloads idle ones, and stops them all at shutdown.

use super::actor::Actor;
use super::command::{Command, Request};
use super::dice::CryptoDice;
use super::handle::{GameHandle, Sent};
use super::live::{LiveGame, StoredSetup};
use super::published::Published;
use super::rosters::Rosters;
use crate::realtime::presence::Presence;
use crate::settings::Limits;
use crate::telemetry::names;
use dugout_protocol::ErrorCode;
use dugout_protocol::outbound::Reply;
use dugout_protocol::state::UserRef;
use dugout_store::{Store, StoreError, Writer};
use socketioxide::SocketIo;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use uuid::Uuid;

/// What every actor shares.
pub struct Ctx {
    /// The store (loads).
    pub store: Store,
    /// The group-commit writer.
    pub writer: Writer,
    /// Socket.IO, for broadcasts.
    pub io: SocketIo,
    /// Who is in which game's room.
    pub presence: Arc<Presence>,
    /// Bounds and timings.
    pub limits: Limits,
    /// The lobby's `game_listed` feed, set once the app is wired.
    pub lobby: std::sync::OnceLock<crate::lobby::Lobby>,
    /// Content-addressed rosters: prepared for new games, parsed once for loaded ones.
    pub rosters: Rosters,
    entries: Mutex<HashMap<Uuid, (u64, GameHandle)>>,
}

impl Ctx {
    /// Removes the entry of an idle actor if it is still `generation` and its mailbox is empty.
    pub fn registry_unload(
        &self,
        id: Uuid,
        generation: u64,
        mailbox: &mpsc::Receiver<Command>,
    ) -> bool {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.get(&id) {
            Some((g, _)) if *g == generation && mailbox.is_empty() => {
                entries.remove(&id);
                true
            }
            _ => false,
        }
    }

    /// Loads a game from the store (latest snapshot + the log after it); `None` when there is no
    /// such game.
    ///
    /// # Errors
    /// Database failures, or a log that does not replay (as `StoreError::Corrupt`).
    pub async fn load_live(&self, id: Uuid) -> Result<Option<(LiveGame, StoredSetup)>, StoreError> {
        let loaded = match self.store.load_game(id).await {
            Ok(l) => l,
            Err(StoreError::GameNotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        super::load::live_game(&self.store, &self.rosters, id, loaded)
            .await
            .map(Some)
    }
}

/// The registry of loaded games; cheap to clone.
#[derive(Clone)]
pub struct Games {
    ctx: Arc<Ctx>,
    load_lock: Arc<tokio::sync::Mutex<()>>,
    generation: Arc<AtomicU64>,
    shutdown: Arc<watch::Sender<bool>>,
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Games {
    /// An empty registry.
    pub fn new(
        store: Store,
        writer: Writer,
        io: SocketIo,
        presence: Arc<Presence>,
        limits: Limits,
    ) -> Games {
        Games {
            ctx: Arc::new(Ctx {
                store,
                writer,
                io,
                presence,
                limits,
                lobby: std::sync::OnceLock::new(),
                rosters: Rosters::new(),
                entries: Mutex::new(HashMap::new()),
            }),
            load_lock: Arc::new(tokio::sync::Mutex::new(())),
            generation: Arc::new(AtomicU64::new(1)),
            shutdown: Arc::new(watch::channel(false).0),
            tasks: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// Feeds every committed change to the lobby from now on.
    pub fn set_lobby(&self, lobby: crate::lobby::Lobby) {
        let _ = self.ctx.lobby.set(lobby);
    }

    /// The content-addressed rosters of this server's games.
    pub fn rosters(&self) -> &Rosters {
        &self.ctx.rosters
    }

    /// Who is in which room.
    pub fn presence(&self) -> &Presence {
        &self.ctx.presence
    }

    /// Starts the actor of a game (new or loaded) and registers it.
    pub fn start(&self, id: Uuid, live: LiveGame, setup: StoredSetup) -> GameHandle {
        let setup = Arc::new(setup);
        let (tx, rx) = mpsc::channel(self.ctx.limits.mailbox.max(1));
        let (published_tx, published_rx) =
            watch::channel(Arc::new(Published::of(id, &live, setup.clone())));
        let generation = self.generation.fetch_add(1, Ordering::Relaxed);
        let handle = GameHandle {
            mailbox: tx,
            published: published_rx,
        };
        let actor = Actor {
            id,
            generation,
            live,
            setup,
            mailbox: rx,
            published: published_tx,
            ctx: self.ctx.clone(),
            ai: dugout_engine::ai::Manager::new(rand::random()),
            dice: CryptoDice::new(),
        };
        self.ctx
            .entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, (generation, handle.clone()));
        let task = tokio::spawn(actor.run(self.shutdown.subscribe()));
        let mut tasks = self.tasks.lock().unwrap_or_else(|e| e.into_inner());
        tasks.retain(|t| !t.is_finished());
        tasks.push(task);
        handle
    }

    /// The handle of a game, loading it from the store if needed; `None` when it does not exist.
    ///
    /// # Errors
    /// Database failures.
    pub async fn get(&self, id: Uuid) -> Result<Option<GameHandle>, StoreError> {
        if let Some(h) = self.cached(id) {
            return Ok(Some(h));
        }
        if *self.shutdown.borrow() {
            return Ok(None);
        }
        let _guard = self.load_lock.lock().await;
        if let Some(h) = self.cached(id) {
            return Ok(Some(h));
        }
        Ok(self
            .ctx
            .load_live(id)
            .await?
            .map(|(live, setup)| self.start(id, live, setup)))
    }

    fn cached(&self, id: Uuid) -> Option<GameHandle> {
        let entries = self.ctx.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(&id)
            .map(|(_, h)| h.clone())
            .filter(|h| !h.is_closed())
    }

    /// Sends a request to a game and waits for the answer (`game_not_found` when there is none).
    pub async fn send(&self, id: Uuid, user: UserRef, request: Request) -> Reply {
        let mut request = Some(request);
        for _ in 0..3 {
            let handle = match self.get(id).await {
                Ok(Some(h)) => h,
                Ok(None) => return Reply::refuse(ErrorCode::GameNotFound, "no such game", None),
                Err(e) => {
                    tracing::error!(game_id = %id, error = %e, "loading a game failed");
                    return Reply::refuse(
                        ErrorCode::Internal,
                        "the game could not be loaded",
                        None,
                    );
                }
            };
            let Some(req) = request.take() else { break };
            match handle
                .send(user.clone(), req, self.ctx.limits.action_deadline)
                .await
            {
                Sent::Answered(reply) => return reply,
                Sent::Closed(req) => {
                    // Unloaded or stopping just now: drop the stale entry and try a fresh actor.
                    self.ctx
                        .entries
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .remove(&id);
                    request = Some(req);
                }
            }
        }
        Reply::refuse(ErrorCode::Busy, "the game is not available; retry", None)
    }

    /// Stops every actor after its current command and waits for them.
    pub async fn shutdown(&self) {
        self.shutdown.send_replace(true);
        let tasks: Vec<JoinHandle<()>> =
            std::mem::take(&mut *self.tasks.lock().unwrap_or_else(|e| e.into_inner()));
        for t in tasks {
            let _ = t.await;
        }
        self.ctx
            .entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// Updates the sampled gauges.
    pub fn record_gauges(&self) {
        let n = self
            .ctx
            .entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len();
        metrics::gauge!(names::LOADED_GAMES).set(n as f64);
    }
}

impl std::fmt::Debug for Games {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Games")
    }
}
