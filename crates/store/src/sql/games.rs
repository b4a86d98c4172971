//! Game queries: create, read, load for resuming, list. Expanded once per database by
//! `sql::backend!`, so each copy is type-checked against its own driver.

/// Defines the game query functions for one database type `$db`.
macro_rules! game_queries {
    ($db:ty) => {
        /// Inserts a game at version 0 (and its first snapshot) in one transaction.
        pub(crate) async fn create_game(
            pool: &sqlx::Pool<$db>,
            game: &NewGame,
            now: i64,
        ) -> Result<(), StoreError> {
            let id = game.id.hyphenated().to_string();
            let summary = &game.summary;
            let mut tx = pool.begin_with(WRITE_BEGIN).await?;
            let inserted = sqlx::query(statements::INSERT_GAME)
                .bind(&id)
                .bind(&game.league_id)
                .bind(&game.mode)
                .bind(summary.status.as_str())
                .bind(game.home_team_id)
                .bind(game.away_team_id)
                .bind(game.seats.home.as_str())
                .bind(game.seats.away.as_str())
                .bind(&game.created_by)
                .bind(summary.home_score)
                .bind(summary.away_score)
                .bind(summary.inning)
                .bind(&summary.half)
                .bind(&summary.phase)
                .bind(summary.waiting_for.as_deref())
                .bind(now)
                .execute(&mut *tx)
                .await;
            match inserted {
                Err(error) if is_unique_violation(&error) => {
                    tx.rollback().await?;
                    return Err(StoreError::GameExists(game.id));
                }
                other => other?,
            };
            // Before the setup that names them, in the same transaction: a committed game never
            // refers to a missing roster.
            for roster in &game.rosters {
                sqlx::query(statements::INSERT_ROSTER)
                    .bind(&roster.hash)
                    .bind(&*roster.roster)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(statements::INSERT_SETUP)
                .bind(&id)
                .bind(Json(&game.setup))
                .execute(&mut *tx)
                .await?;
            if let Some(state) = &game.initial_state {
                sqlx::query(statements::UPSERT_SNAPSHOT)
                    .bind(&id)
                    .bind(0_i64)
                    .bind(Json(state))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
        }

        /// Reads one game's row.
        pub(crate) async fn get_game(
            pool: &sqlx::Pool<$db>,
            game_id: Uuid,
        ) -> Result<Option<GameRecord>, StoreError> {
            let row: Option<GameRow> = sqlx::query_as(statements::SELECT_GAME)
                .bind(game_id.hyphenated().to_string())
                .fetch_optional(pool)
                .await?;
            row.map(GameRow::into_record).transpose()
        }

        /// Reads a game, its latest snapshot and the log after it from one consistent snapshot
        /// of the database.
        pub(crate) async fn load_game(
            pool: &sqlx::Pool<$db>,
            game_id: Uuid,
        ) -> Result<LoadedGame, StoreError> {
            let id = game_id.hyphenated().to_string();
            let mut tx = pool.begin_with(READ_BEGIN).await?;
            let row: Option<GameRow> = sqlx::query_as(statements::SELECT_GAME)
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?;
            // Ended explicitly on every path: a dropped transaction would keep its locks until
            // the connection is next used.
            let Some(row) = row else {
                tx.rollback().await?;
                return Err(StoreError::GameNotFound(game_id));
            };
            let game = row.into_record()?;
            let snapshot: Option<SnapshotRow> = sqlx::query_as(statements::SELECT_SNAPSHOT)
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?;
            let after = snapshot.as_ref().map_or(0, |row| row.version);
            let rows: Vec<ActionRow> = sqlx::query_as(statements::SELECT_ACTIONS_AFTER)
                .bind(&id)
                .bind(after)
                .bind(i64::MAX)
                .fetch_all(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(LoadedGame {
                game,
                snapshot: snapshot.map(|row| Snapshot {
                    version: row.version,
                    state: row.state.0,
                }),
                actions: rows
                    .into_iter()
                    .map(ActionRow::into_action)
                    .collect::<Result<_, _>>()?,
            })
        }

        /// The roster stored under `hash`.
        pub(crate) async fn get_roster(
            pool: &sqlx::Pool<$db>,
            hash: &str,
        ) -> Result<String, StoreError> {
            let row: Option<(String,)> = sqlx::query_as(statements::SELECT_ROSTER)
                .bind(hash)
                .fetch_optional(pool)
                .await?;
            row.map(|(roster,)| roster)
                .ok_or_else(|| StoreError::RosterNotFound(hash.to_owned()))
        }

        /// Logged changes with version > `after`, at most `limit`, in version order.
        pub(crate) async fn actions_after(
            pool: &sqlx::Pool<$db>,
            game_id: Uuid,
            after: i64,
            limit: i64,
        ) -> Result<Vec<StoredAction>, StoreError> {
            let rows: Vec<ActionRow> = sqlx::query_as(statements::SELECT_ACTIONS_AFTER)
                .bind(game_id.hyphenated().to_string())
                .bind(after)
                .bind(limit)
                .fetch_all(pool)
                .await?;
            rows.into_iter().map(ActionRow::into_action).collect()
        }

        /// One page of the games list, newest first (keyset pagination on (created_at, id)).
        pub(crate) async fn list_games(
            pool: &sqlx::Pool<$db>,
            filter: &GameFilter,
            cursor: Option<Cursor>,
            limit: i64,
        ) -> Result<Vec<GameListRow>, StoreError> {
            let mut query = sqlx::QueryBuilder::<$db>::new(statements::LIST_GAMES_PREFIX);
            if let Some(status) = filter.status {
                query.push(" AND status = ").push_bind(status.as_str());
            }
            if let Some(user) = &filter.user_id {
                query.push(" AND (home_seat = ").push_bind(user.clone());
                query
                    .push(" OR away_seat = ")
                    .push_bind(user.clone())
                    .push(")");
            }
            if let Some(cursor) = cursor {
                query
                    .push(" AND (created_at < ")
                    .push_bind(cursor.created_at_ms);
                query
                    .push(" OR (created_at = ")
                    .push_bind(cursor.created_at_ms);
                query
                    .push(" AND id < ")
                    .push_bind(cursor.id.hyphenated().to_string())
                    .push("))");
            }
            query
                .push(" ORDER BY created_at DESC, id DESC LIMIT ")
                .push_bind(limit);
            Ok(query.build_query_as().fetch_all(pool).await?)
        }
    };
}

pub(crate) use game_queries;
