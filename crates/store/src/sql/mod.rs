//! SQL for both databases. The statements are shared text ([`statements`]); the functions that run
//! them are written once as macros and expanded per database, so the SQLite and PostgreSQL copies
//! cannot drift apart yet each is compiled against its own concrete driver (no `Any` driver, whose
//! value conversions cost speed and which the session store cannot share).

mod accounts;
mod append;
mod games;
pub(crate) mod rows;
mod statements;

/// Expands every query function for one database inside the calling module.
macro_rules! backend {
    ($db:ty) => {
        use sqlx::types::Json;
        use uuid::Uuid;

        use crate::cursor::Cursor;
        use crate::error::is_unique_violation;
        use crate::sql::rows::{ActionRow, GameListRow, GameRow, ReplyRow, SnapshotRow, UserRow};
        use crate::sql::statements;
        use crate::{
            GameAppend, GameFilter, GameRecord, LoadedGame, NewGame, NewUser, Snapshot, StoreError,
            StoredAction, StoredReply, User,
        };

        crate::sql::games::game_queries!($db);
        crate::sql::append::append_queries!($db);
        crate::sql::accounts::account_queries!($db);
    };
}

/// SQLite copies of the queries.
pub(crate) mod sqlite {
    /// Writers take the write lock up front, so a busy database makes them wait (busy_timeout)
    /// instead of failing on a lock upgrade.
    const WRITE_BEGIN: &str = "BEGIN IMMEDIATE";
    /// A deferred read transaction sees one WAL snapshot throughout.
    const READ_BEGIN: &str = "BEGIN";

    backend!(sqlx::Sqlite);
}

/// PostgreSQL copies of the queries.
pub(crate) mod postgres {
    const WRITE_BEGIN: &str = "BEGIN";
    /// READ COMMITTED would give each statement of a load its own snapshot.
    const READ_BEGIN: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

    backend!(sqlx::Postgres);
}
