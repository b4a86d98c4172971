//! Content-addressed rosters: stored once per hash, in the transaction of the game that brings
//! them, and read back by the hash a setup names.

use std::sync::Arc;

use dugout_store::testing::TestBackend;
use dugout_store::{RosterDoc, Store, StoreError, StorePool};
use serde_json::json;

use crate::helpers::{fresh, new_game};

fn roster(hash: &str, text: &str) -> RosterDoc {
    RosterDoc {
        hash: hash.into(),
        roster: Arc::from(text),
    }
}

/// Rows of the `rosters` table, read through the public pool.
async fn roster_rows(store: &Store) -> i64 {
    let query = "SELECT COUNT(*) FROM rosters";
    match store.pool() {
        StorePool::Sqlite(pool) => sqlx::query_scalar(query).fetch_one(pool).await.unwrap(),
        StorePool::Postgres(pool) => sqlx::query_scalar(query).fetch_one(pool).await.unwrap(),
    }
}

pub async fn games_sharing_a_roster_store_it_once(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let home = roster("h1", r#"[{"id":1,"name":"Ace"}]"#);
    let away = roster("a1", r#"[{"id":2,"name":"Bat"}]"#);
    let mut first = new_game("local:alice", "local:bob");
    first.rosters = vec![home.clone(), away.clone()];
    store.create_game(&first).await.unwrap();
    // The second game brings the same home roster again (a repeat does nothing) and a new one.
    let mut second = new_game("local:alice", "local:carol");
    let other = roster("a2", r#"[{"id":3,"name":"Cy"}]"#);
    second.rosters = vec![home.clone(), other.clone()];
    store.create_game(&second).await.unwrap();
    // A third refers to stored rosters without bringing them.
    store
        .create_game(&new_game("local:dave", "local:erin"))
        .await
        .unwrap();
    assert_eq!(roster_rows(&store).await, 3);
    for doc in [home, away, other] {
        assert_eq!(store.get_roster(&doc.hash).await.unwrap(), *doc.roster);
    }
}

pub async fn a_game_loads_with_its_rosters(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    // A document whose text is not normalized JSON comes back byte for byte (the hash was
    // computed over this text).
    let text = r#"[ {"name":"Ace",  "id":1, "card":{"b":2.50,"a":1}} ]"#;
    let mut game = new_game("local:alice", "local:bob");
    game.setup = json!({"home": {"roster_hash": "h"}, "away": {"roster_hash": "h"}});
    game.rosters = vec![roster("h", text)];
    store.create_game(&game).await.unwrap();
    let loaded = store.load_game(game.id).await.unwrap();
    assert_eq!(loaded.game.setup, game.setup);
    for side in ["home", "away"] {
        let hash = loaded.game.setup[side]["roster_hash"].as_str().unwrap();
        assert_eq!(store.get_roster(hash).await.unwrap(), text);
    }
}

pub async fn unknown_roster_hash_is_an_error(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut game = new_game("local:alice", "local:bob");
    game.rosters = vec![roster("known", "[]")];
    store.create_game(&game).await.unwrap();
    let error = store.get_roster("unknown").await.unwrap_err();
    assert!(
        matches!(&error, StoreError::RosterNotFound(hash) if hash == "unknown"),
        "{error:?}"
    );
}

pub async fn a_failed_creation_stores_no_roster(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    let mut again = new_game("local:carol", "local:dave");
    again.id = game.id;
    again.rosters = vec![roster("orphan", "[]")];
    let error = store.create_game(&again).await.unwrap_err();
    assert!(matches!(error, StoreError::GameExists(_)), "{error:?}");
    assert_eq!(roster_rows(&store).await, 0);
    assert!(matches!(
        store.get_roster("orphan").await,
        Err(StoreError::RosterNotFound(_))
    ));
}
