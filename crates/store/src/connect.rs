//! Opening a database from its URL, with the durability settings, and applying migrations.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::StoreError;

/// The connection pool of whichever database the URL named. Public so the server can build its
/// session store on the same database (`tower_sessions_sqlx_store::SqliteStore::new(pool.clone())`
/// or `PostgresStore::new(pool.clone())`, both on this sqlx 0.8).
#[derive(Debug, Clone)]
pub enum StorePool {
    /// `sqlite://PATH`.
    Sqlite(SqlitePool),
    /// `postgres://...`.
    Postgres(PgPool),
}

/// Which database a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite (embedded default).
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// `"sqlite"` or `"postgres"` (the `database` field of `GET /api/health`).
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Tuning for [`crate::Store::connect_with`].
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Pool size. SQLite has one writer at a time anyway; extra connections serve reads.
    pub max_connections: u32,
    /// How long an operation waits for a free connection before failing.
    pub acquire_timeout: Duration,
    /// SQLite: how long a writer waits for the write lock before `SQLITE_BUSY`.
    pub busy_timeout: Duration,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(10),
            busy_timeout: Duration::from_secs(10),
        }
    }
}

/// Opens the pool the URL names and brings its schema up to date.
pub(crate) async fn open(url: &str, options: &StoreOptions) -> Result<StorePool, StoreError> {
    if url.starts_with("sqlite:") {
        open_sqlite(url, options).await.map(StorePool::Sqlite)
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        open_postgres(url, options).await.map(StorePool::Postgres)
    } else {
        Err(StoreError::UnsupportedUrl)
    }
}

/// WAL lets readers run beside the writer; `synchronous=FULL` makes every commit fsync the WAL,
/// so an acknowledged action survives power loss, not only a process crash (NORMAL would keep
/// the last commits only in the OS cache until a checkpoint).
async fn open_sqlite(url: &str, options: &StoreOptions) -> Result<SqlitePool, StoreError> {
    let connect = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        // The writer checkpoints in the background (Store::checkpoint) so that a commit does not
        // pay for one; the automatic checkpoint stays as a backstop at ~40 MB of WAL.
        .pragma("wal_autocheckpoint", "10000")
        .busy_timeout(options.busy_timeout);
    let pool = SqlitePoolOptions::new()
        .max_connections(options.max_connections)
        .acquire_timeout(options.acquire_timeout)
        .connect_with(connect)
        .await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    Ok(pool)
}

/// A `search_path` can be given in the URL (`?options[search_path]=my_schema`), which is how the
/// tests put each run in its own schema.
async fn open_postgres(url: &str, options: &StoreOptions) -> Result<PgPool, StoreError> {
    let connect = PgConnectOptions::from_str(url)?;
    let pool = PgPoolOptions::new()
        .max_connections(options.max_connections)
        .acquire_timeout(options.acquire_timeout)
        .connect_with(connect)
        .await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(pool)
}
