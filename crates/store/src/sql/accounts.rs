//! User, token and health queries. Expanded once per database by `sql::backend!`.

/// Defines the account query functions for one database type `$db`.
macro_rules! account_queries {
    ($db:ty) => {
        /// `SELECT 1`.
        pub(crate) async fn ping(pool: &sqlx::Pool<$db>) -> Result<(), StoreError> {
            sqlx::query(statements::PING).execute(pool).await?;
            Ok(())
        }

        /// Creates the user or refreshes name and avatar.
        pub(crate) async fn upsert_user(
            pool: &sqlx::Pool<$db>,
            user: &NewUser,
            now: i64,
        ) -> Result<User, StoreError> {
            let row: UserRow = sqlx::query_as(statements::UPSERT_USER)
                .bind(&user.id)
                .bind(&user.name)
                .bind(user.avatar_url.as_deref())
                .bind(now)
                .fetch_one(pool)
                .await?;
            row.into_user()
        }

        /// Reads a user.
        pub(crate) async fn get_user(
            pool: &sqlx::Pool<$db>,
            user_id: &str,
        ) -> Result<Option<User>, StoreError> {
            let row: Option<UserRow> = sqlx::query_as(statements::SELECT_USER)
                .bind(user_id)
                .fetch_optional(pool)
                .await?;
            row.map(UserRow::into_user).transpose()
        }

        /// Stores a token's hash for a user.
        pub(crate) async fn insert_token(
            pool: &sqlx::Pool<$db>,
            token_hash: &str,
            user_id: &str,
            session_id: Option<&str>,
            now: i64,
        ) -> Result<(), StoreError> {
            let inserted = sqlx::query(statements::INSERT_TOKEN)
                .bind(token_hash)
                .bind(user_id)
                .bind(session_id)
                .bind(now)
                .execute(pool)
                .await;
            match inserted {
                Err(sqlx::Error::Database(db)) if db.is_foreign_key_violation() => {
                    Err(StoreError::UserNotFound(user_id.to_owned()))
                }
                other => other.map(|_| ()).map_err(StoreError::from),
            }
        }

        /// The user a live (unrevoked) token hash belongs to.
        pub(crate) async fn verify_token(
            pool: &sqlx::Pool<$db>,
            token_hash: &str,
        ) -> Result<Option<User>, StoreError> {
            let row: Option<UserRow> = sqlx::query_as(statements::VERIFY_TOKEN)
                .bind(token_hash)
                .fetch_optional(pool)
                .await?;
            row.map(UserRow::into_user).transpose()
        }

        /// Revokes one token; false when it was unknown or already revoked.
        pub(crate) async fn revoke_token(
            pool: &sqlx::Pool<$db>,
            token_hash: &str,
            now: i64,
        ) -> Result<bool, StoreError> {
            let done = sqlx::query(statements::REVOKE_TOKEN)
                .bind(token_hash)
                .bind(now)
                .execute(pool)
                .await?;
            Ok(done.rows_affected() > 0)
        }

        /// Revokes every live token a session issued; returns how many.
        pub(crate) async fn revoke_session_tokens(
            pool: &sqlx::Pool<$db>,
            session_id: &str,
            now: i64,
        ) -> Result<u64, StoreError> {
            let done = sqlx::query(statements::REVOKE_SESSION_TOKENS)
                .bind(session_id)
                .bind(now)
                .execute(pool)
                .await?;
            Ok(done.rows_affected())
        }
    };
}

pub(crate) use account_queries;
