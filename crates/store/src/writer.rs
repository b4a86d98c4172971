//! Group commit: one task writes the appends of many game actors together, one transaction (and
//! one fsync) per batch, and answers each actor only after that transaction committed.
//!
//! While a batch commits, new requests queue in the channel; the next batch takes all of them
//! (up to `max_batch`). So under load the fsync cost is shared by every game that acted during
//! the previous commit, and when idle a lone append commits at once (no waiting for company).
//! Requests are taken in channel order and a game's appends carry consecutive versions, so a
//! game's changes land in order; if one of them is refused, the version check refuses the ones
//! after it too.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::time_ms::now_ms;
use crate::{GameAppend, Store, StoreError};

/// Tuning for [`Store::spawn_writer`].
#[derive(Debug, Clone)]
pub struct WriterConfig {
    /// Most appends committed in one transaction.
    pub max_batch: usize,
    /// Appends that may wait in the channel; senders wait (back-pressure) when it is full.
    pub queue_capacity: usize,
}

impl Default for WriterConfig {
    fn default() -> Self {
        WriterConfig {
            max_batch: 512,
            queue_capacity: 8192,
        }
    }
}

struct Request {
    append: GameAppend,
    done: oneshot::Sender<Result<(), StoreError>>,
}

/// Handle to the group-commit writer. Clone one into every game actor; the writer task ends
/// once every handle is dropped and the queue is drained.
#[derive(Debug, Clone)]
pub struct Writer {
    requests: mpsc::Sender<Request>,
    counters: Arc<Counters>,
}

/// Running totals of a writer (also exported through the `metrics` facade as
/// `dugout_store_commit_seconds`, `dugout_store_commit_batch_size`, `dugout_store_appends_total`
/// and `dugout_store_append_refusals_total`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriterStats {
    /// Transactions committed (or attempted) by the writer.
    pub commits: u64,
    /// Appends answered.
    pub appends: u64,
    /// Appends answered with an error.
    pub refusals: u64,
}

#[derive(Debug, Default)]
struct Counters {
    commits: AtomicU64,
    appends: AtomicU64,
    refusals: AtomicU64,
}

impl Writer {
    /// Writes `append` durably: returns only after the transaction holding it committed.
    ///
    /// # Errors
    /// [`StoreError::VersionConflict`] / [`StoreError::GameNotFound`] /
    /// [`StoreError::DuplicateActionId`] / [`StoreError::InvalidAppend`] (nothing of it was
    /// written), [`StoreError::Database`] (the commit failed; nothing of it was written unless
    /// the connection died after COMMIT was sent — reload the game before going on),
    /// [`StoreError::WriterClosed`].
    pub async fn append(&self, append: GameAppend) -> Result<(), StoreError> {
        append.validate()?;
        let (done, answer) = oneshot::channel();
        self.requests
            .send(Request { append, done })
            .await
            .map_err(|_| StoreError::WriterClosed)?;
        answer.await.map_err(|_| StoreError::WriterClosed)?
    }

    /// Totals so far.
    pub fn stats(&self) -> WriterStats {
        WriterStats {
            commits: self.counters.commits.load(Ordering::Relaxed),
            appends: self.counters.appends.load(Ordering::Relaxed),
            refusals: self.counters.refusals.load(Ordering::Relaxed),
        }
    }
}

impl Store {
    /// Starts the group-commit writer task on the current Tokio runtime. The task ends when
    /// every [`Writer`] clone is gone; await the handle to know all commits are done.
    pub fn spawn_writer(&self, config: WriterConfig) -> (Writer, JoinHandle<()>) {
        let (requests, queue) = mpsc::channel(config.queue_capacity.max(1));
        let counters = Arc::new(Counters::default());
        let max_batch = config.max_batch.max(1);
        let task = tokio::spawn(run(self.clone(), queue, max_batch, counters.clone()));
        (Writer { requests, counters }, task)
    }
}

async fn run(
    store: Store,
    mut queue: mpsc::Receiver<Request>,
    max_batch: usize,
    counters: Arc<Counters>,
) {
    let mut batch = Vec::with_capacity(max_batch);
    let mut checkpoints = Checkpoints::default();
    while queue.recv_many(&mut batch, max_batch).await > 0 {
        commit(&store, &mut batch, &counters).await;
        checkpoints.after_commit(&store);
    }
    if let Some(running) = checkpoints.running.take() {
        let _ = running.await;
    }
    tracing::debug!("store writer stopped");
}

/// How often the writer checkpoints the SQLite WAL in the background.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// Background WAL checkpoints: at most one at a time, at most one per [`CHECKPOINT_EVERY`], and
/// only after commits (an idle database needs none).
#[derive(Default)]
struct Checkpoints {
    last: Option<Instant>,
    running: Option<JoinHandle<()>>,
}

impl Checkpoints {
    fn after_commit(&mut self, store: &Store) {
        if store.backend() != crate::Backend::Sqlite
            || self
                .running
                .as_ref()
                .is_some_and(|task| !task.is_finished())
            || self
                .last
                .is_some_and(|last| last.elapsed() < CHECKPOINT_EVERY)
        {
            return;
        }
        self.last = Some(Instant::now());
        let store = store.clone();
        self.running = Some(tokio::spawn(async move {
            if let Err(error) = store.checkpoint().await {
                tracing::warn!(error = %error, "WAL checkpoint failed");
            }
        }));
    }
}

/// Commits one batch and answers every request in it.
async fn commit(store: &Store, batch: &mut Vec<Request>, counters: &Counters) {
    let started = Instant::now();
    let size = batch.len();
    let now = now_ms();
    let appends: Vec<&GameAppend> = batch.iter().map(|request| &request.append).collect();
    let outcomes = match store.append_batch(&appends, now).await {
        Ok(outcomes) => outcomes,
        Err(error) => {
            // Something in the batch broke the transaction (a duplicate key, a lost
            // connection): isolate it by writing each append on its own.
            tracing::warn!(error = %error, size, "group commit failed; retrying one by one");
            let mut outcomes = Vec::with_capacity(size);
            for append in &appends {
                outcomes.push(store.append_at(append, now).await);
            }
            outcomes
        }
    };
    let elapsed = started.elapsed();
    metrics::histogram!("dugout_store_commit_seconds").record(elapsed.as_secs_f64());
    metrics::histogram!("dugout_store_commit_batch_size").record(size as f64);
    let refused = outcomes.iter().filter(|outcome| outcome.is_err()).count();
    metrics::counter!("dugout_store_appends_total").increment(size as u64);
    metrics::counter!("dugout_store_append_refusals_total").increment(refused as u64);
    counters.commits.fetch_add(1, Ordering::Relaxed);
    counters.appends.fetch_add(size as u64, Ordering::Relaxed);
    counters
        .refusals
        .fetch_add(refused as u64, Ordering::Relaxed);
    tracing::trace!(
        size,
        refused,
        elapsed_us = elapsed.as_micros() as u64,
        "batch committed"
    );
    for (request, outcome) in batch.drain(..).zip(outcomes) {
        // A requester that gave up waiting is no error: its append is committed all the same.
        let _ = request.done.send(outcome);
    }
}
