//! [`Store`]: the handle every part of the server uses; one method per operation, each
//! dispatched to the SQLite or PostgreSQL copy of its query.

use uuid::Uuid;

use crate::account::{generate_token, hash_token};
use crate::connect::{Backend, StoreOptions, StorePool, open};
use crate::cursor::Cursor;
use crate::sql::{postgres, sqlite};
use crate::time_ms::{from_millis, now_ms};
use crate::{
    GameAppend, GameFilter, GamePage, GameRecord, LoadedGame, NewGame, NewUser, StoreError,
    StoredAction, StoredReply, User,
};

/// Runs `$call` on the SQLite or the PostgreSQL module, passing the concrete pool.
macro_rules! dispatch {
    ($self:ident, $function:ident($($arg:expr),* $(,)?)) => {
        match &$self.pool {
            StorePool::Sqlite(pool) => sqlite::$function(pool, $($arg),*).await,
            StorePool::Postgres(pool) => postgres::$function(pool, $($arg),*).await,
        }
    };
}

/// Games list page size when the caller gives none, and the most it may ask for (protocol.md §2).
const DEFAULT_LIST_LIMIT: u32 = 50;
const MAX_LIST_LIMIT: u32 = 200;

/// Dugout's persistence on SQLite or PostgreSQL. Cheap to clone (a pool handle).
#[derive(Debug, Clone)]
pub struct Store {
    pool: StorePool,
}

impl Store {
    /// Opens `sqlite://PATH` (file created if missing) or `postgres://...` with default options
    /// and applies the migrations.
    ///
    /// # Errors
    /// [`StoreError::UnsupportedUrl`], or a database / migration failure.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        Store::connect_with(url, &StoreOptions::default()).await
    }

    /// [`Store::connect`] with explicit pool options.
    ///
    /// # Errors
    /// As [`Store::connect`].
    pub async fn connect_with(url: &str, options: &StoreOptions) -> Result<Store, StoreError> {
        let pool = open(url, options).await?;
        tracing::info!(
            backend = Store { pool: pool.clone() }.backend().as_str(),
            "store opened"
        );
        Ok(Store { pool })
    }

    /// The underlying pool (for the session store).
    pub fn pool(&self) -> &StorePool {
        &self.pool
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        match self.pool {
            StorePool::Sqlite(_) => Backend::Sqlite,
            StorePool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Closes every connection (waits for checked-out ones to come back).
    pub async fn close(&self) {
        match &self.pool {
            StorePool::Sqlite(pool) => pool.close().await,
            StorePool::Postgres(pool) => pool.close().await,
        }
    }

    /// A round trip to the database.
    ///
    /// # Errors
    /// [`StoreError::Database`] when it does not answer.
    pub async fn health(&self) -> Result<(), StoreError> {
        dispatch!(self, ping())
    }

    /// SQLite: copies committed WAL frames back into the database file without blocking
    /// writers (`PRAGMA wal_checkpoint(PASSIVE)`). The group-commit writer calls it in the
    /// background, so checkpoints do not run inside a commit; PostgreSQL needs nothing.
    ///
    /// # Errors
    /// Database failures.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        match &self.pool {
            StorePool::Sqlite(pool) => {
                sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .execute(pool)
                    .await?;
                Ok(())
            }
            StorePool::Postgres(_) => Ok(()),
        }
    }

    /// Creates a game at version 0 (with `initial_state` as its first snapshot, if given).
    ///
    /// # Errors
    /// [`StoreError::GameExists`] for a taken id; database failures.
    pub async fn create_game(&self, game: &NewGame) -> Result<GameRecord, StoreError> {
        let now = now_ms();
        dispatch!(self, create_game(game, now))?;
        Ok(GameRecord {
            id: game.id,
            league_id: game.league_id.clone(),
            mode: game.mode.clone(),
            home_team_id: game.home_team_id,
            away_team_id: game.away_team_id,
            seats: game.seats.clone(),
            created_by: game.created_by.clone(),
            setup: game.setup.clone(),
            version: 0,
            summary: game.summary.clone(),
            created_at: from_millis(now)?,
            updated_at: from_millis(now)?,
        })
    }

    /// One game's row (no log), or none.
    ///
    /// # Errors
    /// Database failures.
    pub async fn get_game(&self, game_id: Uuid) -> Result<Option<GameRecord>, StoreError> {
        dispatch!(self, get_game(game_id))
    }

    /// Everything needed to resume a game: row, latest snapshot, log after the snapshot — read
    /// from one consistent snapshot of the database.
    ///
    /// # Errors
    /// [`StoreError::GameNotFound`]; database failures.
    pub async fn load_game(&self, game_id: Uuid) -> Result<LoadedGame, StoreError> {
        dispatch!(self, load_game(game_id))
    }

    /// The roster document stored under `hash` (JSON text, as it was given to
    /// [`Store::create_game`]). Rows are never changed, so callers may cache it by hash.
    ///
    /// # Errors
    /// [`StoreError::RosterNotFound`]; database failures.
    pub async fn get_roster(&self, hash: &str) -> Result<String, StoreError> {
        dispatch!(self, get_roster(hash))
    }

    /// Up to `limit` logged changes with version > `after`, in order (full replays, plays
    /// pages).
    ///
    /// # Errors
    /// Database failures.
    pub async fn actions_after(
        &self,
        game_id: Uuid,
        after: i64,
        limit: u32,
    ) -> Result<Vec<StoredAction>, StoreError> {
        dispatch!(self, actions_after(game_id, after, i64::from(limit)))
    }

    /// Appends in a transaction of its own, bypassing group commit (one fsync per call). Game
    /// actors should use [`crate::Writer::append`]; this is for rare out-of-band writes.
    ///
    /// # Errors
    /// As [`crate::Writer::append`].
    pub async fn append(&self, append: &GameAppend) -> Result<(), StoreError> {
        append.validate()?;
        let now = now_ms();
        dispatch!(self, append_one(append, now))
    }

    /// Several appends in ONE transaction; each gets its own result (the writer's batch step).
    pub(crate) async fn append_batch(
        &self,
        appends: &[&GameAppend],
        now: i64,
    ) -> Result<Vec<Result<(), StoreError>>, sqlx::Error> {
        dispatch!(self, append_batch(appends, now))
    }

    /// [`Store::append`] with the writer's timestamp.
    pub(crate) async fn append_at(&self, append: &GameAppend, now: i64) -> Result<(), StoreError> {
        dispatch!(self, append_one(append, now))
    }

    /// The first success reply to `action_id` from `sender` in this game, if it was accepted.
    ///
    /// # Errors
    /// Database failures.
    pub async fn find_reply(
        &self,
        game_id: Uuid,
        sender: &str,
        action_id: &str,
    ) -> Result<Option<StoredReply>, StoreError> {
        dispatch!(self, find_reply(game_id, sender, action_id))
    }

    /// One page of games, newest first.
    ///
    /// # Errors
    /// [`StoreError::InvalidCursor`]; database failures.
    pub async fn list_games(&self, filter: &GameFilter) -> Result<GamePage, StoreError> {
        let limit = match filter.limit {
            0 => DEFAULT_LIST_LIMIT,
            limit => limit.min(MAX_LIST_LIMIT),
        };
        let cursor = filter.cursor.as_deref().map(Cursor::decode).transpose()?;
        // One extra row tells whether another page exists.
        let fetch = i64::from(limit) + 1;
        let mut rows = dispatch!(self, list_games(filter, cursor, fetch))?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let mut games = Vec::with_capacity(rows.len());
        for row in rows {
            games.push(row.into_item()?);
        }
        let next_cursor = match games.last() {
            Some(last) if more => Some(
                Cursor {
                    created_at_ms: crate::time_ms::millis(last.created_at),
                    id: last.id,
                }
                .encode(),
            ),
            _ => None,
        };
        Ok(GamePage { games, next_cursor })
    }

    /// Creates the user, or refreshes name and avatar of an existing one.
    ///
    /// # Errors
    /// Database failures.
    pub async fn upsert_user(&self, user: &NewUser) -> Result<User, StoreError> {
        let now = now_ms();
        dispatch!(self, upsert_user(user, now))
    }

    /// A user by id.
    ///
    /// # Errors
    /// Database failures.
    pub async fn get_user(&self, user_id: &str) -> Result<Option<User>, StoreError> {
        dispatch!(self, get_user(user_id))
    }

    /// Issues a new API token for `user_id`, remembering the session that asked for it (logout
    /// revokes it). Returns the token; only its hash is stored, so it cannot be shown again.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`]; database failures.
    pub async fn create_token(
        &self,
        user_id: &str,
        session_id: Option<&str>,
    ) -> Result<String, StoreError> {
        let token = generate_token();
        let hash = hash_token(&token);
        let now = now_ms();
        dispatch!(self, insert_token(&hash, user_id, session_id, now))?;
        Ok(token)
    }

    /// The user behind a live token, or none (unknown or revoked).
    ///
    /// # Errors
    /// Database failures.
    pub async fn verify_token(&self, token: &str) -> Result<Option<User>, StoreError> {
        let hash = hash_token(token);
        dispatch!(self, verify_token(&hash))
    }

    /// Revokes a token; false when it was unknown or already revoked.
    ///
    /// # Errors
    /// Database failures.
    pub async fn revoke_token(&self, token: &str) -> Result<bool, StoreError> {
        let hash = hash_token(token);
        let now = now_ms();
        dispatch!(self, revoke_token(&hash, now))
    }

    /// Revokes every live token issued by a session (logout); returns how many.
    ///
    /// # Errors
    /// Database failures.
    pub async fn revoke_session_tokens(&self, session_id: &str) -> Result<u64, StoreError> {
        let now = now_ms();
        dispatch!(self, revoke_session_tokens(session_id, now))
    }
}
