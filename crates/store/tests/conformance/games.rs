//! Creating, loading and listing games.

use dugout_store::testing::TestBackend;
use dugout_store::{Backend, GameFilter, GameStatus, Seat, Seats, StoreError};
use serde_json::json;
use uuid::Uuid;

use crate::helpers::{action, append_one, append_with_snapshot, fresh, new_game, summary_at};

pub async fn health_and_backend(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    store.health().await.unwrap();
    let expected = match backend {
        TestBackend::Sqlite => Backend::Sqlite,
        TestBackend::Postgres => Backend::Postgres,
    };
    assert_eq!(store.backend(), expected);
}

pub async fn create_and_load_round_trip(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut game = new_game("local:alice", "local:bob");
    game.seats.away = Seat::Ai;
    let created = store.create_game(&game).await.unwrap();

    let stored = store.get_game(game.id).await.unwrap().expect("game row");
    assert_eq!(stored, created);
    assert_eq!(stored.version, 0);
    assert_eq!(stored.setup, game.setup);
    assert_eq!(stored.seats.away, Seat::Ai);
    assert_eq!(stored.summary, game.summary);

    let loaded = store.load_game(game.id).await.unwrap();
    assert_eq!(loaded.game, created);
    let snapshot = loaded.snapshot.expect("initial snapshot");
    assert_eq!(
        (snapshot.version, snapshot.state),
        (0, json!({"version": 0}))
    );
    assert!(loaded.actions.is_empty());
}

pub async fn creating_a_taken_id_fails(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let game = new_game("local:alice", "local:bob");
    store.create_game(&game).await.unwrap();
    let mut again = new_game("local:carol", "local:dave");
    again.id = game.id;
    let error = store.create_game(&again).await.unwrap_err();
    assert!(
        matches!(error, StoreError::GameExists(id) if id == game.id),
        "{error:?}"
    );
    let stored = store.get_game(game.id).await.unwrap().unwrap();
    assert_eq!(stored.created_by, "local:alice");
}

pub async fn unknown_game_is_not_found(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let id = Uuid::new_v4();
    assert!(store.get_game(id).await.unwrap().is_none());
    let error = store.load_game(id).await.unwrap_err();
    assert!(matches!(error, StoreError::GameNotFound(missing) if missing == id));
    let error = store
        .append(&append_one(id, action(1, "local:alice", None)))
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::GameNotFound(missing) if missing == id));
}

pub async fn snapshot_shortens_the_replay(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut game = new_game("local:alice", "local:bob");
    game.initial_state = None;
    store.create_game(&game).await.unwrap();
    for version in 1..=5 {
        let sender = "local:alice";
        let append = if version == 3 {
            append_with_snapshot(game.id, action(version, sender, None))
        } else {
            append_one(game.id, action(version, sender, None))
        };
        store.append(&append).await.unwrap();
    }
    let loaded = store.load_game(game.id).await.unwrap();
    let snapshot = loaded.snapshot.expect("snapshot at 3");
    assert_eq!(
        (snapshot.version, snapshot.state),
        (3, json!({"version": 3}))
    );
    let versions: Vec<i64> = loaded.actions.iter().map(|a| a.version).collect();
    assert_eq!(versions, [4, 5]);
    assert_eq!(loaded.actions[0], {
        let expected = action(4, "local:alice", None);
        dugout_store::StoredAction {
            version: 4,
            action: expected.action,
            dice: expected.dice,
            sender: expected.sender,
            action_id: None,
            reply: expected.reply,
            created_at: loaded.actions[0].created_at,
        }
    });

    let all = store.actions_after(game.id, 0, 100).await.unwrap();
    assert_eq!(
        all.iter().map(|a| a.version).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    let page = store.actions_after(game.id, 1, 2).await.unwrap();
    assert_eq!(page.iter().map(|a| a.version).collect::<Vec<_>>(), [2, 3]);
}

pub async fn list_pages_newest_first(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let mut ids = Vec::new();
    for _ in 0..7 {
        let game = new_game("local:alice", "local:bob");
        ids.push(game.id);
        store.create_game(&game).await.unwrap();
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    let mut pages = 0;
    loop {
        let page = store
            .list_games(&GameFilter {
                limit: 3,
                cursor: cursor.take(),
                ..GameFilter::default()
            })
            .await
            .unwrap();
        pages += 1;
        assert!(page.games.len() <= 3);
        seen.extend(page.games);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen.len(), 7);
    // Newest first, ties (same millisecond) broken by id, each game exactly once.
    let keys: Vec<_> = seen
        .iter()
        .map(|g| (g.created_at, g.id.to_string()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(keys, sorted);
    let mut listed: Vec<Uuid> = seen.iter().map(|g| g.id).collect();
    listed.sort();
    ids.sort();
    assert_eq!(listed, ids);

    let everything = store.list_games(&GameFilter::default()).await.unwrap();
    assert_eq!(everything.games.len(), 7);
    assert!(everything.next_cursor.is_none());
}

pub async fn list_filters_by_status_and_user(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let alice_bob = new_game("local:alice", "local:bob");
    let bob_carol = new_game("local:bob", "local:carol");
    let mut carol_open = new_game("local:carol", "local:x");
    carol_open.seats = Seats {
        home: Seat::Open,
        away: Seat::User("local:carol".into()),
    };
    for game in [&alice_bob, &bob_carol, &carol_open] {
        store.create_game(game).await.unwrap();
    }
    // alice_bob becomes active through an append.
    store
        .append(&append_one(alice_bob.id, action(1, "local:alice", None)))
        .await
        .unwrap();

    let ids = |page: dugout_store::GamePage| {
        let mut ids: Vec<Uuid> = page.games.into_iter().map(|g| g.id).collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<Uuid>| {
        v.sort();
        v
    };
    let filter = |status: Option<GameStatus>, user: Option<&str>| GameFilter {
        status,
        user_id: user.map(Into::into),
        ..GameFilter::default()
    };

    let active = store
        .list_games(&filter(Some(GameStatus::Active), None))
        .await
        .unwrap();
    assert_eq!(ids(active), [alice_bob.id]);
    let pending = store
        .list_games(&filter(Some(GameStatus::Pending), None))
        .await
        .unwrap();
    assert_eq!(ids(pending), sorted(vec![bob_carol.id, carol_open.id]));
    let bobs = store
        .list_games(&filter(None, Some("local:bob")))
        .await
        .unwrap();
    assert_eq!(ids(bobs), sorted(vec![alice_bob.id, bob_carol.id]));
    let carols_pending = store
        .list_games(&filter(Some(GameStatus::Pending), Some("local:carol")))
        .await
        .unwrap();
    assert_eq!(
        ids(carols_pending),
        sorted(vec![bob_carol.id, carol_open.id])
    );

    let listed = store
        .list_games(&filter(Some(GameStatus::Active), None))
        .await
        .unwrap();
    assert_eq!(listed.games[0].summary, summary_at(1));
    assert_eq!(listed.games[0].version, 1);
}

pub async fn bad_cursor_is_refused(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let error = store
        .list_games(&GameFilter {
            cursor: Some("not-a-cursor".into()),
            ..GameFilter::default()
        })
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::InvalidCursor));
}
