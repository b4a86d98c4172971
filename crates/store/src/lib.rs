//! Dugout's persistence: games with their action logs, idempotency records and snapshots; users
//! and API tokens — on SQLite (the embedded default) or PostgreSQL, chosen by the URL.
//!
//! # How the server uses it
//!
//! - [`Store::connect`] once at start (`sqlite://PATH`, created if missing, or `postgres://...`);
//!   it applies the migrations of `migrations/sqlite` or `migrations/postgres` (one logical schema).
//! - [`Store::spawn_writer`] once: the group-commit [`Writer`]. Each game actor applies an action
//!   with the engine, then `writer.append(GameAppend { .. }).await`, and replies to the client only
//!   when that returns `Ok` — the action, its dice, its reply (for `action_id` retries) and the
//!   new list summary are then committed in one transaction, shared with whatever other games
//!   acted meanwhile.
//! - Before applying an action carrying an `action_id`, the actor calls [`Store::find_reply`]
//!   (the actor may also keep recent ones in memory); a hit is the reply to repeat.
//! - Seat claims and lineups are versioned changes like any other: append them as an action
//!   (with [`GameAppend::seats`] set for a claim).
//! - Loading a game: [`Store::load_game`] gives the creation-time setup, the latest snapshot (the
//!   actor chooses how often to include one in an append) and the actions after it.
//! - Rosters are content-addressed: [`NewGame::rosters`] stores each once (in the game's
//!   transaction) and [`Store::get_roster`] reads one back by the hash a setup names.
//! - [`Store::pool`] exposes the pool for `tower-sessions-sqlx-store` (same sqlx 0.8).
//!
//! # Durability promise
//!
//! An `Ok` from [`Writer::append`] means the transaction committed. On SQLite the database runs in
//! WAL mode with `synchronous=FULL`: the WAL is fsynced at every commit, so acknowledged actions
//! survive a process crash (`kill -9`) **and** an OS crash or power loss (as far as the disk honours
//! fsync). On PostgreSQL the promise is the server's: with its defaults (`fsync=on`,
//! `synchronous_commit=on`) the same holds; a server configured otherwise only survives a crash of
//! Dugout, not of PostgreSQL's host.
//!
//! # Example
//!
//! ```
//! use dugout_store::{
//!     GameAppend, GameStatus, GameSummary, NewAction, NewGame, NewUser, Seat, Seats, Store,
//!     WriterConfig,
//! };
//! use serde_json::json;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let dir = tempfile::tempdir()?;
//! # let url = format!("sqlite://{}", dir.path().join("doc.db").display());
//! let store = Store::connect(&url).await?;
//! let alice = store.upsert_user(&NewUser {
//!     id: "local:alice".into(), name: "alice".into(), avatar_url: None,
//! }).await?;
//! let token = store.create_token(&alice.id, None).await?;
//! assert_eq!(store.verify_token(&token).await?.map(|user| user.id), Some(alice.id.clone()));
//!
//! let game_id = uuid::Uuid::new_v4();
//! store.create_game(&NewGame {
//!     id: game_id,
//!     league_id: "mlb2023".into(),
//!     mode: "manual".into(),
//!     home_team_id: 1,
//!     away_team_id: 2,
//!     seats: Seats { home: Seat::User(alice.id.clone()), away: Seat::Ai },
//!     created_by: alice.id.clone(),
//!     setup: json!({"innings": 9}),
//!     rosters: Vec::new(),
//!     summary: GameSummary::new_pending(),
//!     initial_state: None,
//! }).await?;
//!
//! // In the server, one writer is shared by all game actors.
//! let (writer, _task) = store.spawn_writer(WriterConfig::default());
//! writer.append(GameAppend {
//!     game_id,
//!     actions: vec![NewAction {
//!         version: 1,
//!         action: json!({"type": "lineup", "side": "home", "auto": true}),
//!         dice: None,
//!         sender: alice.id.clone(),
//!         action_id: Some("a-1".into()),
//!         reply: json!({"ok": true, "version": 1}),
//!     }],
//!     summary: GameSummary { status: GameStatus::Pending, ..GameSummary::new_pending() },
//!     seats: None,
//!     snapshot: None,
//! }).await?; // durable from here on: now reply to the client
//!
//! let reply = store.find_reply(game_id, &alice.id, "a-1").await?;
//! assert_eq!(reply.map(|r| r.version), Some(1));
//! let loaded = store.load_game(game_id).await?;
//! assert_eq!((loaded.game.version, loaded.actions.len()), (1, 1));
//! # Ok(())
//! # }
//! ```
#![forbid(unsafe_code)]

mod account;
mod connect;
mod cursor;
mod error;
mod records;
mod sql;
mod store;
#[cfg(feature = "test-util")]
pub mod testing;
mod time_ms;
mod writer;

pub use account::{NewUser, User};
pub use connect::{Backend, StoreOptions, StorePool};
pub use error::StoreError;
pub use records::{
    GameAppend, GameFilter, GameListItem, GamePage, GameRecord, GameStatus, GameSummary,
    LoadedGame, NewAction, NewGame, RosterDoc, Seat, Seats, Snapshot, StoredAction, StoredReply,
};
pub use store::Store;
pub use writer::{Writer, WriterConfig, WriterStats};
