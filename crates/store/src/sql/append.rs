//! The write path: appending changes to game logs (one append or a whole group-commit batch per
//! transaction) and reading remembered replies. Expanded once per database by `sql::backend!`.

/// Defines the append functions for one database type `$db`.
macro_rules! append_queries {
    ($db:ty) => {
        /// Writes one append inside an open transaction. The outer `Result` is a database failure
        /// (the transaction must be abandoned); the inner one is this append's own refusal
        /// (version conflict, unknown game), which wrote nothing and leaves the transaction usable.
        async fn append_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            append: &GameAppend,
            now: i64,
        ) -> Result<Result<(), StoreError>, sqlx::Error> {
            let id = append.game_id.hyphenated().to_string();
            let summary = &append.summary;
            let seats = append.seats.as_ref();
            let advanced = sqlx::query(statements::ADVANCE_GAME)
                .bind(append.new_version())
                .bind(summary.status.as_str())
                .bind(&summary.phase)
                .bind(summary.waiting_for.as_deref())
                .bind(summary.inning)
                .bind(&summary.half)
                .bind(summary.home_score)
                .bind(summary.away_score)
                .bind(now)
                .bind(seats.map(|seats| seats.home.as_str()))
                .bind(seats.map(|seats| seats.away.as_str()))
                .bind(&id)
                .bind(append.expected_version())
                .execute(&mut *conn)
                .await?;
            if advanced.rows_affected() == 0 {
                let found: Option<i64> = sqlx::query_scalar(statements::SELECT_VERSION)
                    .bind(&id)
                    .fetch_optional(&mut *conn)
                    .await?;
                return Ok(Err(match found {
                    None => StoreError::GameNotFound(append.game_id),
                    Some(found) => StoreError::VersionConflict {
                        game_id: append.game_id,
                        expected: append.expected_version(),
                        found,
                    },
                }));
            }
            for action in &append.actions {
                sqlx::query(statements::INSERT_ACTION)
                    .bind(&id)
                    .bind(action.version)
                    .bind(Json(&action.action))
                    .bind(action.dice.as_ref().map(Json))
                    .bind(&action.sender)
                    .bind(action.action_id.as_deref())
                    .bind(Json(&action.reply))
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
            }
            if let Some(snapshot) = &append.snapshot {
                sqlx::query(statements::UPSERT_SNAPSHOT)
                    .bind(&id)
                    .bind(snapshot.version)
                    .bind(Json(&snapshot.state))
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
            }
            Ok(Ok(()))
        }

        /// Writes every append of a group-commit batch in ONE transaction. Appends refused on
        /// their own (version conflict, unknown game) get their error and the rest still commit;
        /// any database error fails the whole batch (the caller then retries one by one).
        pub(crate) async fn append_batch(
            pool: &sqlx::Pool<$db>,
            appends: &[&GameAppend],
            now: i64,
        ) -> Result<Vec<Result<(), StoreError>>, sqlx::Error> {
            let mut tx = pool.begin_with(WRITE_BEGIN).await?;
            let mut outcomes = Vec::with_capacity(appends.len());
            for append in appends {
                match append_in(&mut tx, append, now).await {
                    Ok(outcome) => outcomes.push(outcome),
                    Err(error) => {
                        let _ = tx.rollback().await;
                        return Err(error);
                    }
                }
            }
            tx.commit().await?;
            Ok(outcomes)
        }

        /// Writes one append in its own transaction, naming the cause of a unique violation.
        pub(crate) async fn append_one(
            pool: &sqlx::Pool<$db>,
            append: &GameAppend,
            now: i64,
        ) -> Result<(), StoreError> {
            let mut tx = pool.begin_with(WRITE_BEGIN).await?;
            match append_in(&mut tx, append, now).await {
                Ok(Ok(())) => Ok(tx.commit().await?),
                Ok(Err(refusal)) => {
                    tx.rollback().await?;
                    Err(refusal)
                }
                Err(error) if is_unique_violation(&error) => {
                    tx.rollback().await?;
                    Err(explain_unique_violation(pool, append, error).await)
                }
                Err(error) => {
                    // The connection may be broken; rolling back is best effort.
                    let _ = tx.rollback().await;
                    Err(error.into())
                }
            }
        }

        /// After a rolled-back append hit a unique index: which key was taken?
        async fn explain_unique_violation(
            pool: &sqlx::Pool<$db>,
            append: &GameAppend,
            error: sqlx::Error,
        ) -> StoreError {
            for action in &append.actions {
                let Some(action_id) = &action.action_id else {
                    continue;
                };
                match find_reply(pool, append.game_id, &action.sender, action_id).await {
                    Ok(Some(_)) => {
                        return StoreError::DuplicateActionId {
                            game_id: append.game_id,
                            sender: action.sender.clone(),
                            action_id: action_id.clone(),
                        };
                    }
                    Ok(None) => {}
                    Err(lookup) => return lookup,
                }
            }
            error.into()
        }

        /// The first reply to `(game, sender, action_id)`, if that action was accepted.
        pub(crate) async fn find_reply(
            pool: &sqlx::Pool<$db>,
            game_id: Uuid,
            sender: &str,
            action_id: &str,
        ) -> Result<Option<StoredReply>, StoreError> {
            let row: Option<ReplyRow> = sqlx::query_as(statements::SELECT_REPLY)
                .bind(game_id.hyphenated().to_string())
                .bind(sender)
                .bind(action_id)
                .fetch_optional(pool)
                .await?;
            Ok(row.map(ReplyRow::into_reply))
        }
    };
}

pub(crate) use append_queries;
