//! Fresh, throw-away databases for tests (feature `test-util`): a SQLite file in a temporary
//! directory, or a new schema in the PostgreSQL at `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`), dropped when the [`TestDb`] is dropped.
//!
//! [`TestDb::url`] is a plain database URL (the schema travels as `?options[search_path]=...`), so
//! a server under test can be started on it like on any other database.

use std::str::FromStr;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::{Store, StoreError};

/// Default for `TEST_DATABASE_URL`.
pub const DEFAULT_TEST_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestBackend {
    /// A SQLite file in a fresh temporary directory.
    Sqlite,
    /// A fresh schema in the test PostgreSQL.
    Postgres,
}

/// A fresh database; removed on drop.
#[derive(Debug)]
pub struct TestDb {
    url: String,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    /// Deleting the directory removes the database with its WAL files.
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres {
        server_url: String,
        schema: String,
    },
}

impl TestDb {
    /// Makes a fresh, empty database (no migrations applied yet: [`Store::connect`] does that).
    ///
    /// # Errors
    /// When the temporary directory or the schema cannot be created.
    pub async fn new(backend: TestBackend) -> Result<TestDb, StoreError> {
        match backend {
            TestBackend::Sqlite => {
                let dir = tempfile::tempdir()
                    .map_err(|error| StoreError::Corrupt(format!("temp dir: {error}")))?;
                let url = format!("sqlite://{}", dir.path().join("dugout.db").display());
                Ok(TestDb {
                    url,
                    cleanup: Cleanup::Sqlite(dir),
                })
            }
            TestBackend::Postgres => {
                let server_url = std::env::var("TEST_DATABASE_URL")
                    .unwrap_or_else(|_| DEFAULT_TEST_DATABASE_URL.to_owned());
                let schema = format!("test_{}", uuid::Uuid::new_v4().simple());
                let mut conn = PgConnection::connect(&server_url).await?;
                sqlx::query(&format!("CREATE SCHEMA {schema}"))
                    .execute(&mut conn)
                    .await?;
                conn.close().await?;
                let separator = if server_url.contains('?') { '&' } else { '?' };
                // The application name marks this test's connections, so the cleanup can end
                // any that are still open before dropping the schema.
                let url = format!(
                    "{server_url}{separator}options%5Bsearch_path%5D={schema}&application_name={schema}"
                );
                Ok(TestDb {
                    url,
                    cleanup: Cleanup::Postgres { server_url, schema },
                })
            }
        }
    }

    /// The database URL to open (again and again: reopening tests durability).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Opens a [`Store`] on this database (migrations applied).
    ///
    /// # Errors
    /// As [`Store::connect`].
    pub async fn store(&self) -> Result<Store, StoreError> {
        Store::connect(&self.url).await
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Cleanup::Postgres { server_url, schema } = &self.cleanup else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot be blocked on; a short-lived thread
        // with its own runtime drops the schema even when the test panicked.
        let (server_url, schema) = (server_url.clone(), schema.clone());
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let options = PgConnectOptions::from_str(&server_url)?;
                let mut conn = PgConnection::connect_with(&options).await?;
                sqlx::query(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE application_name = $1 AND pid <> pg_backend_pid()",
                )
                .bind(&schema)
                .execute(&mut conn)
                .await?;
                sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
                    .execute(&mut conn)
                    .await?;
                conn.close().await?;
                Ok::<_, sqlx::Error>(())
            })?;
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop test schema {}", self.schema_name());
        }
    }
}

impl TestDb {
    fn schema_name(&self) -> &str {
        match &self.cleanup {
            Cleanup::Postgres { schema, .. } => schema,
            Cleanup::Sqlite(_) => "",
        }
    }
}
