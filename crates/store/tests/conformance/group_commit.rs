//! The group-commit writer: many games per transaction, every acknowledgement durable and in order.

use std::collections::HashSet;

use dugout_store::testing::TestBackend;
use dugout_store::{StoreError, WriterConfig};
use serde_json::json;
use uuid::Uuid;

use crate::helpers::{action, append_one, fresh, new_game, summary_at};

const GAMES: usize = 30;
const ACTIONS: i64 = 20;

pub async fn many_games_commit_in_order(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut ids = Vec::new();
    for _ in 0..GAMES {
        let game = new_game("local:alice", "local:bob");
        store.create_game(&game).await.unwrap();
        ids.push(game.id);
    }
    let (writer, task) = store.spawn_writer(WriterConfig::default());

    // One task per game acting like its actor: append, wait for the ack, append the next.
    let mut actors = Vec::new();
    for &game_id in &ids {
        let writer = writer.clone();
        actors.push(tokio::spawn(async move {
            for version in 1..=ACTIONS {
                let sender = if version % 2 == 0 {
                    "local:alice"
                } else {
                    "local:bob"
                };
                let id = format!("{game_id}-{version}");
                writer
                    .append(append_one(game_id, action(version, sender, Some(&id))))
                    .await?;
            }
            Ok::<_, StoreError>(())
        }));
    }
    for actor in actors {
        actor.await.unwrap().unwrap();
    }
    let stats = writer.stats();
    assert_eq!(stats.appends, (GAMES as u64) * ACTIONS as u64);
    assert_eq!(stats.refusals, 0);
    assert!(
        stats.commits < stats.appends,
        "appends queued together must share a commit: {stats:?}"
    );
    drop(writer);
    task.await.unwrap();

    for game_id in ids {
        let loaded = store.load_game(game_id).await.unwrap();
        assert_eq!(loaded.game.version, ACTIONS);
        assert_eq!(loaded.game.summary, summary_at(ACTIONS));
        let versions: Vec<i64> = loaded.actions.iter().map(|a| a.version).collect();
        assert_eq!(versions, (1..=ACTIONS).collect::<Vec<_>>());
        for stored in &loaded.actions {
            assert_eq!(
                stored.action,
                json!({"type": "roll_dice", "n": stored.version})
            );
            let expected_id = format!("{game_id}-{}", stored.version);
            assert_eq!(stored.action_id.as_deref(), Some(expected_id.as_str()));
        }
    }
}

pub async fn pipelined_appends_of_one_game_keep_their_order(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    let (writer, _task) = store.spawn_writer(WriterConfig::default());

    // All ten are sent before any is acknowledged; each depends on the one before it.
    let mut pending = Vec::new();
    for version in 1..=10 {
        let writer = writer.clone();
        let append = append_one(game.id, action(version, "local:alice", None));
        pending.push(tokio::spawn(async move { writer.append(append).await }));
    }
    for append in pending {
        append.await.unwrap().unwrap();
    }
    let loaded = store.load_game(game.id).await.unwrap();
    assert_eq!(loaded.game.version, 10);
    let versions: Vec<i64> = loaded.actions.iter().map(|a| a.version).collect();
    assert_eq!(versions, (1..=10).collect::<Vec<_>>());
}

pub async fn refusals_do_not_poison_a_batch(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let (writer, _task) = store.spawn_writer(WriterConfig::default());
    let mut games = Vec::new();
    for _ in 0..12 {
        let game = new_game("local:alice", "local:bob");
        store.create_game(&game).await.unwrap();
        games.push(game.id);
    }
    let missing = Uuid::new_v4();

    let mut sends = Vec::new();
    for (index, &game_id) in games.iter().enumerate() {
        // Every third game also gets an append from the future, which must be refused alone.
        let mut appends = vec![append_one(game_id, action(1, "local:alice", None))];
        if index % 3 == 0 {
            appends.push(append_one(game_id, action(5, "local:bob", Some("future"))));
        }
        for append in appends {
            let writer = writer.clone();
            sends.push(tokio::spawn(async move {
                (append.actions[0].version, writer.append(append).await)
            }));
        }
    }
    let writer_for_missing = writer.clone();
    let lost = tokio::spawn(async move {
        writer_for_missing
            .append(append_one(missing, action(1, "local:alice", None)))
            .await
    });

    for send in sends {
        match send.await.unwrap() {
            (1, outcome) => outcome.unwrap(),
            (5, outcome) => assert!(
                matches!(
                    outcome,
                    Err(StoreError::VersionConflict { expected: 4, .. })
                ),
                "{outcome:?}"
            ),
            other => panic!("unexpected {other:?}"),
        }
    }
    let outcome = lost.await.unwrap();
    assert!(matches!(outcome, Err(StoreError::GameNotFound(id)) if id == missing));
    for game_id in games {
        let loaded = store.load_game(game_id).await.unwrap();
        assert_eq!(loaded.game.version, 1);
        assert_eq!(loaded.actions.len(), 1);
    }
}

pub async fn duplicate_in_a_batch_is_isolated(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let target = new_game("local:alice", "local:bob");
    store.create_game(&target).await.unwrap();
    store
        .append(&append_one(
            target.id,
            action(1, "local:alice", Some("once")),
        ))
        .await
        .unwrap();
    let mut others = Vec::new();
    for _ in 0..8 {
        let game = new_game("local:alice", "local:bob");
        store.create_game(&game).await.unwrap();
        others.push(game.id);
    }
    let (writer, _task) = store.spawn_writer(WriterConfig::default());

    // The duplicate makes the batch transaction fail on the unique index; the writer must then
    // commit the others on their own and refuse only the duplicate.
    let duplicate = {
        let writer = writer.clone();
        let append = append_one(target.id, action(2, "local:alice", Some("once")));
        tokio::spawn(async move { writer.append(append).await })
    };
    let mut sends = Vec::new();
    for &game_id in &others {
        let writer = writer.clone();
        let append = append_one(game_id, action(1, "local:bob", Some("once")));
        sends.push(tokio::spawn(async move { writer.append(append).await }));
    }
    let outcome = duplicate.await.unwrap();
    assert!(
        matches!(&outcome, Err(StoreError::DuplicateActionId { action_id, .. }) if action_id == "once"),
        "{outcome:?}"
    );
    for send in sends {
        send.await.unwrap().unwrap();
    }
    assert_eq!(store.get_game(target.id).await.unwrap().unwrap().version, 1);
    for game_id in others {
        let reply = store
            .find_reply(game_id, "local:bob", "once")
            .await
            .unwrap();
        assert_eq!(reply.unwrap().version, 1);
    }
}

pub async fn acknowledged_appends_survive_reopening(backend: TestBackend) {
    let (db, store) = fresh(backend).await;
    let mut acknowledged = HashSet::new();
    let mut ids = Vec::new();
    for _ in 0..5 {
        let game = new_game("local:alice", "local:bob");
        store.create_game(&game).await.unwrap();
        ids.push(game.id);
    }
    let (writer, task) = store.spawn_writer(WriterConfig::default());
    for version in 1..=10 {
        for &game_id in &ids {
            writer
                .append(append_one(game_id, action(version, "local:alice", None)))
                .await
                .unwrap();
            acknowledged.insert((game_id, version));
        }
    }
    drop(writer);
    task.await.unwrap();
    store.close().await;
    drop(store);

    let reopened = db.store().await.unwrap();
    let mut found = HashSet::new();
    for &game_id in &ids {
        let loaded = reopened.load_game(game_id).await.unwrap();
        assert_eq!(loaded.game.version, 10);
        for stored in loaded.actions {
            found.insert((game_id, stored.version));
        }
    }
    assert_eq!(found, acknowledged);
}
