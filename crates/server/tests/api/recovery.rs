//! Loading a game from its latest snapshot plus the log after it gives exactly the game a full
//! replay of the log gives (SQLite and PostgreSQL); an unusable snapshot falls back to the full
//! replay; after a restart the game goes on and an `action_id` acknowledged before the snapshot
//! still repeats its first reply.

use crate::games::{auto_lineup, create_game, human_move, state, until_turn};
use crate::helpers::{Backend, TestApp};
use dugout_server::games::live::{LiveGame, StoredSetup};
use dugout_server::games::load::{live_game, replay};
use dugout_server::games::rosters::Rosters;
use dugout_server::games::setup_doc;
use dugout_server::games::snapshot::{SNAPSHOT_EVERY, restore};
use dugout_store::{LoadedGame, Snapshot, Store};
use serde_json::{Value, json};
use uuid::Uuid;

/// Everything a live game holds, compared field by field.
fn assert_same(a: &LiveGame, b: &LiveGame, what: &str) {
    assert_eq!(a.version, b.version, "{what}: version");
    assert_eq!(a.home_seat, b.home_seat, "{what}: home seat");
    assert_eq!(a.away_seat, b.away_seat, "{what}: away seat");
    assert_eq!(a.lineups, b.lineups, "{what}: lineups");
    assert_eq!(a.game, b.game, "{what}: engine game");
    assert_eq!(a.replies, b.replies, "{what}: remembered replies");
}

/// A GameState without the `connected` flags (presence is not game state).
fn without_presence(mut state: Value) -> Value {
    for side in ["home", "away"] {
        if let Some(seat) = state.get_mut(side).and_then(Value::as_object_mut) {
            seat.remove("connected");
        }
    }
    state
}

/// The game rebuilt from its whole log, ignoring any snapshot.
async fn full_replay(store: &Store, id: Uuid) -> LiveGame {
    let record = store.get_game(id).await.unwrap().unwrap();
    let setup = setup_doc::read(store, &Rosters::new(), id, &record.setup)
        .await
        .unwrap();
    let actions = store.actions_after(id, 0, u32::MAX).await.unwrap();
    let mut live = LiveGame::new(setup);
    replay(id, &mut live, &actions).unwrap();
    live
}

async fn snapshot_and_tail_equal_full_replay(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("ace").await;
    let game = create_game(&app, &token, "auto", "me", "ai").await;
    let mut socket = app.socket(&token).await;
    assert_eq!(
        socket.call("join_game", json!({"game_id": game})).await["ok"],
        true
    );
    auto_lineup(&app, &token, &game, "home").await;
    // Play (with action ids) until a snapshot is behind us and a few changes follow it.
    let target = SNAPSHOT_EVERY + 7;
    let mut latest = until_turn(&mut socket, state(&app, &token, &game).await, "home").await;
    let mut first_ack: Option<(&str, Value, Value)> = None;
    let mut n = 0;
    while latest["version"].as_u64().unwrap() < target {
        assert_ne!(
            latest["status"], "completed",
            "the game ended before v{target}"
        );
        let (event, mut payload) = human_move(&latest);
        n += 1;
        payload["action_id"] = json!(format!("move-{n}"));
        let reply = socket.call(event, payload.clone()).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        first_ack.get_or_insert((event, payload, reply));
        latest = until_turn(&mut socket, state(&app, &token, &game).await, "home").await;
    }
    socket.close().await;
    let before = without_presence(state(&app, &token, &game).await);
    let (db, web) = app.stop().await;

    let store = db.store().await.unwrap();
    let id: Uuid = game.parse().unwrap();
    let loaded = store.load_game(id).await.unwrap();
    let snap = loaded.snapshot.clone().expect("a snapshot was stored");
    assert!(snap.version >= SNAPSHOT_EVERY as i64, "{}", snap.version);
    assert!(!loaded.actions.is_empty(), "a tail follows the snapshot");
    assert_eq!(loaded.actions[0].version, snap.version + 1);
    let rosters = Rosters::new();
    let setup: StoredSetup = setup_doc::read(&store, &rosters, id, &loaded.game.setup)
        .await
        .unwrap();
    let restored = restore(&setup, &snap).expect("the stored snapshot is usable");
    assert_eq!(restored.version, snap.version as u64);
    let full = full_replay(&store, id).await;
    let (from_snapshot, _) = live_game(&store, &rosters, id, loaded.clone())
        .await
        .unwrap();
    assert_same(&from_snapshot, &full, "snapshot + tail");
    assert_eq!(full.version, before["version"].as_u64().unwrap());

    // A snapshot that does not decode (or is of another format) is ignored: full replay.
    for state in [json!({"format": 999}), json!({"format": 1, "version": "x"})] {
        let bad = Snapshot {
            version: snap.version,
            state,
        };
        assert!(restore(&setup, &bad).is_err());
        let mangled = LoadedGame {
            snapshot: Some(bad),
            ..loaded.clone()
        };
        let (fallback, _) = live_game(&store, &rosters, id, mangled).await.unwrap();
        assert_same(&fallback, &full, "fallback replay");
    }
    store.close().await;

    // Restarted on the same database: same state; the first action id repeats its first reply.
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("ace").await;
    let after = without_presence(state(&app, &token, &game).await);
    assert_eq!(after, before);
    let socket = app.socket(&token).await;
    let (event, payload, reply) = first_ack.expect("at least one move");
    assert_eq!(socket.call(event, payload).await, reply);
    let (event, payload) = human_move(&after);
    let next = socket.call(event, payload).await;
    assert_eq!(next["ok"], true, "{event}: {next}");
    assert_eq!(next["version"], after["version"].as_u64().unwrap() + 1);
}

#[tokio::test]
async fn snapshot_and_tail_equal_full_replay_sqlite() {
    snapshot_and_tail_equal_full_replay(Backend::Sqlite).await;
}

#[tokio::test]
async fn snapshot_and_tail_equal_full_replay_postgres() {
    snapshot_and_tail_equal_full_replay(Backend::Postgres).await;
}
