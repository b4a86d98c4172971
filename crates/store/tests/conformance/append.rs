//! Appending changes: summary and seats, idempotency keys, version conflicts.

use std::sync::Arc;

use dugout_store::testing::TestBackend;
use dugout_store::{GameAppend, Seat, Seats, StoreError};
use serde_json::json;

use crate::helpers::{action, append_one, fresh, new_game, reply, summary_at};

pub async fn append_updates_summary_and_seats(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut game = new_game("local:alice", "local:bob");
    game.seats.away = Seat::Open;
    store.create_game(&game).await.unwrap();
    let before = store.get_game(game.id).await.unwrap().unwrap();

    let claim = GameAppend {
        seats: Some(Seats {
            home: Seat::User("local:alice".into()),
            away: Seat::User("local:bob".into()),
        }),
        ..append_one(game.id, action(1, "local:bob", None))
    };
    store.append(&claim).await.unwrap();
    let two = GameAppend {
        actions: vec![action(2, "local:alice", None), action(3, "local:bob", None)],
        ..append_one(game.id, action(3, "local:bob", None))
    };
    store.append(&two).await.unwrap();

    let after = store.get_game(game.id).await.unwrap().unwrap();
    assert_eq!(after.version, 3);
    assert_eq!(after.summary, summary_at(3));
    assert_eq!(after.seats.away, Seat::User("local:bob".into()));
    assert_eq!(after.created_at, before.created_at);
    assert!(after.updated_at >= before.updated_at);
    let loaded = store.load_game(game.id).await.unwrap();
    let senders: Vec<&str> = loaded.actions.iter().map(|a| a.sender.as_str()).collect();
    assert_eq!(senders, ["local:bob", "local:alice", "local:bob"]);
}

pub async fn duplicate_action_id_from_same_sender_is_refused(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    store
        .append(&append_one(game.id, action(1, "local:alice", Some("a-1"))))
        .await
        .unwrap();

    let first = store
        .find_reply(game.id, "local:alice", "a-1")
        .await
        .unwrap();
    let first = first.expect("remembered reply");
    assert_eq!((first.version, first.reply), (1, reply(1)));

    let mut retry = action(2, "local:alice", Some("a-1"));
    retry.reply = json!({"ok": true, "version": 2, "different": true});
    let error = store.append(&append_one(game.id, retry)).await.unwrap_err();
    assert!(
        matches!(&error, StoreError::DuplicateActionId { sender, action_id, .. }
            if sender == "local:alice" && action_id == "a-1"),
        "{error:?}"
    );
    let game_now = store.get_game(game.id).await.unwrap().unwrap();
    assert_eq!(game_now.version, 1, "the refused append wrote nothing");
    let again = store
        .find_reply(game.id, "local:alice", "a-1")
        .await
        .unwrap();
    assert_eq!(again.unwrap().reply, reply(1), "the first reply is kept");
    assert!(
        store
            .find_reply(game.id, "local:alice", "a-2")
            .await
            .unwrap()
            .is_none()
    );
}

pub async fn same_action_id_from_another_sender_is_a_new_key(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    let other = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    store.create_game(&other).await.unwrap();
    store
        .append(&append_one(game.id, action(1, "local:alice", Some("x"))))
        .await
        .unwrap();
    store
        .append(&append_one(game.id, action(2, "local:bob", Some("x"))))
        .await
        .unwrap();
    // ... and in another game too.
    store
        .append(&append_one(other.id, action(1, "local:alice", Some("x"))))
        .await
        .unwrap();

    let alice = store.find_reply(game.id, "local:alice", "x").await.unwrap();
    let bob = store.find_reply(game.id, "local:bob", "x").await.unwrap();
    assert_eq!(alice.unwrap().version, 1);
    assert_eq!(bob.unwrap().version, 2);
    let carol = store.find_reply(game.id, "local:carol", "x").await.unwrap();
    assert!(carol.is_none());
}

pub async fn version_conflict_writes_nothing(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    store
        .append(&append_one(game.id, action(1, "local:alice", None)))
        .await
        .unwrap();

    for (version, expected) in [(1, 0), (3, 2)] {
        let conflicting = append_one(game.id, action(version, "local:bob", Some("late")));
        let error = store.append(&conflicting).await.unwrap_err();
        assert!(
            matches!(error, StoreError::VersionConflict { expected: e, found: 1, .. } if e == expected),
            "{error:?}"
        );
    }
    let loaded = store.load_game(game.id).await.unwrap();
    assert_eq!(loaded.game.version, 1);
    assert_eq!(loaded.game.summary, summary_at(1));
    assert_eq!(loaded.actions.len(), 1);
    assert_eq!(loaded.actions[0].sender, "local:alice");
    assert!(
        store
            .find_reply(game.id, "local:bob", "late")
            .await
            .unwrap()
            .is_none()
    );
}

pub async fn malformed_appends_are_refused(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    let (writer, _task) = store.spawn_writer(Default::default());

    let empty = GameAppend {
        actions: vec![],
        ..append_one(game.id, action(1, "local:alice", None))
    };
    let gap = GameAppend {
        actions: vec![
            action(1, "local:alice", None),
            action(3, "local:alice", None),
        ],
        ..append_one(game.id, action(1, "local:alice", None))
    };
    let zero = append_one(game.id, action(0, "local:alice", None));
    for bad in [empty, gap, zero] {
        let direct = store.append(&bad).await.unwrap_err();
        assert!(
            matches!(direct, StoreError::InvalidAppend { .. }),
            "{direct:?}"
        );
        let queued = writer.append(bad).await.unwrap_err();
        assert!(
            matches!(queued, StoreError::InvalidAppend { .. }),
            "{queued:?}"
        );
    }
    assert_eq!(store.get_game(game.id).await.unwrap().unwrap().version, 0);
}

pub async fn racing_appends_of_one_version_have_one_winner(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    let (writer, _task) = store.spawn_writer(Default::default());
    let store = Arc::new(store);

    // Half go through the group-commit writer, half through direct transactions.
    let mut tasks = Vec::new();
    for racer in 0..16 {
        let sender = format!("local:racer{racer}");
        let append = append_one(game.id, action(1, &sender, Some("go")));
        let (store, writer) = (store.clone(), writer.clone());
        tasks.push(tokio::spawn(async move {
            if racer % 2 == 0 {
                writer.append(append).await
            } else {
                store.append(&append).await
            }
        }));
    }
    let mut winners = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(()) => winners += 1,
            Err(StoreError::VersionConflict { found: 1, .. }) => {}
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(winners, 1);
    let loaded = store.load_game(game.id).await.unwrap();
    assert_eq!(loaded.game.version, 1);
    assert_eq!(loaded.actions.len(), 1);
}
