//! Server-side sessions: tower-sessions with its sqlx store on the game database (same pool as
//! dugout-store), so a logout deletes the session row and the old cookie stops working at once.

use crate::http::error::ApiError;
use async_trait::async_trait;
use dugout_store::StorePool;
use std::time::Duration;
use tower_sessions::Session;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// Name of the session cookie.
pub const COOKIE_NAME: &str = "dugout_session";
/// Session key holding the user id.
pub const USER_KEY: &str = "user_id";
/// Session key holding the login id that tokens issued by this session are tagged with.
pub const LOGIN_KEY: &str = "login_id";

/// The session store of whichever database the server runs on.
#[derive(Debug, Clone)]
pub enum DbSessionStore {
    /// SQLite table `tower_sessions`.
    Sqlite(SqliteStore),
    /// PostgreSQL table `session` in the store's schema.
    Postgres(PostgresStore),
}

impl DbSessionStore {
    /// Builds the store on `pool` and creates its table if needed.
    ///
    /// # Errors
    /// Database errors while creating the table.
    pub async fn open(pool: &StorePool) -> Result<Self, sqlx::Error> {
        match pool {
            StorePool::Sqlite(p) => {
                let store = SqliteStore::new(p.clone());
                store.migrate().await?;
                Ok(DbSessionStore::Sqlite(store))
            }
            StorePool::Postgres(p) => {
                // Keep sessions in the same schema as the rest (tests give each run its own).
                let schema: String = sqlx::query_scalar("SELECT current_schema()")
                    .fetch_one(p)
                    .await?;
                let store = PostgresStore::new(p.clone())
                    .with_schema_name(&schema)
                    .map_err(|e| sqlx::Error::Configuration(e.into()))?;
                store.migrate().await?;
                Ok(DbSessionStore::Postgres(store))
            }
        }
    }
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(s) => s.create(record).await,
            DbSessionStore::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(s) => s.save(record).await,
            DbSessionStore::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            DbSessionStore::Sqlite(s) => s.load(id).await,
            DbSessionStore::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(s) => s.delete(id).await,
            DbSessionStore::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(s) => s.delete_expired().await,
            DbSessionStore::Postgres(s) => s.delete_expired().await,
        }
    }
}

impl DbSessionStore {
    /// Deletes expired sessions every `period` until the task is aborted. A failed sweep is
    /// logged and the next one tried (the library's own loop would stop at the first error).
    pub async fn sweep_expired(self, period: Duration) {
        let mut interval = tokio::time::interval(period);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            match self.delete_expired().await {
                Ok(()) => tracing::debug!("expired sessions deleted"),
                Err(e) => tracing::warn!(error = %e, "deleting expired sessions failed"),
            }
        }
    }
}

/// Logs `session` in as `user_id` (local and Discord login alike): a fresh session id (so a
/// planted cookie cannot be promoted: session fixation), the user, and a new login id that tags
/// the tokens this session issues.
///
/// # Errors
/// `internal` when the session store fails.
pub async fn start_session(session: &Session, user_id: &str) -> Result<(), ApiError> {
    session
        .cycle_id()
        .await
        .map_err(|e| ApiError::internal(&e))?;
    session
        .insert(USER_KEY, user_id)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    session
        .insert(LOGIN_KEY, uuid::Uuid::new_v4().to_string())
        .await
        .map_err(|e| ApiError::internal(&e))
}

/// The user id of the session a `Cookie` header names, if that session exists and has not
/// expired. Used where the tower-sessions layer does not run (the Socket.IO handshake).
pub async fn user_from_cookie_header(store: &DbSessionStore, header: &str) -> Option<String> {
    let value = cookie::Cookie::split_parse(header)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)?
        .value()
        .to_string();
    let id: Id = value.parse().ok()?;
    let record = store.load(&id).await.ok()??;
    if record.expiry_date < time::OffsetDateTime::now_utc() {
        return None;
    }
    record
        .data
        .get(USER_KEY)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}
