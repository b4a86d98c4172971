//! The store's one error type.

use std::sync::Arc;

use uuid::Uuid;

/// Everything a store operation can fail with.
///
/// Cloneable (database causes are behind an `Arc`) so the group-commit writer can hand the same
/// failure to every requester of a batch. Internal causes (`Database`, `Migrate`, `Corrupt`) are for
/// logs; callers show them to users only as `internal`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The database URL names neither `sqlite:` nor `postgres:`/`postgresql:`.
    #[error("unsupported database url (expected sqlite://PATH or postgres://...)")]
    UnsupportedUrl,
    /// No game has this id.
    #[error("game {0} not found")]
    GameNotFound(Uuid),
    /// `create_game` with an id that is already taken.
    #[error("game {0} already exists")]
    GameExists(Uuid),
    /// An append did not start right after the game's stored version (another writer won, or the
    /// caller's idea of the version is wrong). Nothing of the append was written.
    #[error(
        "version conflict in game {game_id}: append expects version {expected}, stored is {found}"
    )]
    VersionConflict {
        /// The game.
        game_id: Uuid,
        /// The version the append expected the game to be at (its first action's version - 1).
        expected: i64,
        /// The version actually stored.
        found: i64,
    },
    /// The same sender already used this `action_id` in this game. Nothing was written; the first
    /// reply is available through `Store::find_reply`.
    #[error("action id {action_id:?} of {sender} already used in game {game_id}")]
    DuplicateActionId {
        /// The game.
        game_id: Uuid,
        /// The sender's user id.
        sender: String,
        /// The repeated action id.
        action_id: String,
    },
    /// The append itself is malformed (no actions, versions not consecutive, ...).
    #[error("invalid append for game {game_id}: {reason}")]
    InvalidAppend {
        /// The game.
        game_id: Uuid,
        /// What is wrong.
        reason: &'static str,
    },
    /// No roster is stored under this hash.
    #[error("roster {0} not found")]
    RosterNotFound(String),
    /// A user id that is not in the users table.
    #[error("user {0} not found")]
    UserNotFound(String),
    /// A games-list cursor this store did not issue.
    #[error("invalid cursor")]
    InvalidCursor,
    /// A stored value could not be read back (bad enum text, bad UUID).
    #[error("corrupt stored value: {0}")]
    Corrupt(String),
    /// The group-commit writer task is gone (the runtime is shutting down).
    #[error("the store writer has stopped")]
    WriterClosed,
    /// The database failed (I/O, connection, constraint not mapped above).
    #[error("database error")]
    Database(#[source] Arc<sqlx::Error>),
    /// Applying migrations at start failed.
    #[error("database migration failed")]
    Migrate(#[source] Arc<sqlx::migrate::MigrateError>),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        StoreError::Database(Arc::new(error))
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(Arc::new(error))
    }
}

/// True when `error` is a unique-constraint violation (same test for both backends).
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}
