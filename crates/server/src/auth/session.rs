//! Server-side sessions: tower-sessions with its sqlx store on the game database (same pool as
//! dugout-store), so a logout deletes the session row and the old cookie stops working at once.

use async_trait::async_trait;
use dugout_store::StorePool;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
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
