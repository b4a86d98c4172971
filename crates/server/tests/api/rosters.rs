//! Content-addressed rosters (decision 101) through the real server: games of the same teams
//! share one stored roster per team and still play and load after a restart; a setup written
//! before (rosters inline) still loads and plays; a setup naming an unknown roster is an error,
//! not a panic.

use crate::games::{auto_lineup, create_game, human_move, state, until_turn};
use crate::helpers::{Backend, TestApp};
use dugout_store::{NewGame, Store, StorePool};
use serde_json::{Value, json};
use uuid::Uuid;

/// Rows of the `rosters` table.
async fn roster_rows(store: &Store) -> i64 {
    let query = "SELECT COUNT(*) FROM rosters";
    match store.pool() {
        StorePool::Sqlite(pool) => sqlx::query_scalar(query).fetch_one(pool).await.unwrap(),
        StorePool::Postgres(pool) => sqlx::query_scalar(query).fetch_one(pool).await.unwrap(),
    }
}

/// What a restart must not change about a game (presence is not game state).
fn essentials(state: &Value) -> Value {
    json!([
        state["version"],
        state["status"],
        state["phase"],
        state["inning"],
        state["home_score"],
        state["away_score"],
        state["waiting_for"]
    ])
}

/// Posts the home lineup of a human-vs-AI game (the AI answers with its own) and makes `moves`
/// moves as home; the state after them.
async fn play(app: &TestApp, token: &str, game: &str, moves: usize) -> Value {
    let mut socket = app.socket(token).await;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true, "{joined}");
    auto_lineup(app, token, game, "home").await;
    let mut latest = until_turn(&mut socket, state(app, token, game).await, "home").await;
    assert_eq!(latest["status"], "active", "{latest}");
    for _ in 0..moves {
        let (event, payload) = human_move(&latest);
        let reply = socket.call(event, payload).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        latest = until_turn(&mut socket, state(app, token, game).await, "home").await;
    }
    socket.close().await;
    state(app, token, game).await
}

/// One more move as home after a restart: the loaded game goes on.
async fn one_more_move(app: &TestApp, token: &str, game: &str) {
    let socket = app.socket(token).await;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true, "{joined}");
    let latest = state(app, token, game).await;
    let (event, payload) = human_move(&latest);
    let reply = socket.call(event, payload).await;
    assert_eq!(reply["ok"], true, "{event}: {reply}");
    assert_eq!(reply["version"], latest["version"].as_u64().unwrap() + 1);
    socket.close().await;
}

async fn games_of_the_same_teams_share_their_rosters(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("ace").await;
    let first = create_game(&app, &token, "auto", "me", "ai").await;
    let second = create_game(&app, &token, "auto", "me", "ai").await;

    let store = app.db.as_ref().unwrap().store().await.unwrap();
    assert_eq!(roster_rows(&store).await, 2, "one roster row per team");
    let mut setups = Vec::new();
    for game in [&first, &second] {
        let record = store
            .get_game(game.parse().unwrap())
            .await
            .unwrap()
            .unwrap();
        for side in ["home", "away"] {
            assert!(
                record.setup[side].get("roster").is_none(),
                "no inline roster"
            );
            let hash = record.setup[side]["roster_hash"].as_str().unwrap();
            let roster: Value = serde_json::from_str(&store.get_roster(hash).await.unwrap())
                .expect("the stored roster is JSON");
            assert!(!roster.as_array().unwrap().is_empty());
        }
        // The setup is the small part now: teams, settings, seats and two hashes.
        assert!(
            record.setup.to_string().len() < 16 * 1024,
            "{}",
            record.setup
        );
        setups.push(record.setup);
    }
    for side in ["home", "away"] {
        assert_eq!(
            setups[0][side]["roster_hash"],
            setups[1][side]["roster_hash"]
        );
    }
    assert_ne!(
        setups[0]["home"]["roster_hash"],
        setups[0]["away"]["roster_hash"]
    );
    store.close().await;

    let before = [
        play(&app, &token, &first, 3).await,
        play(&app, &token, &second, 5).await,
    ];
    let (db, web) = app.stop().await;

    // A fresh server: empty caches, every roster read back from the store by its hash.
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("ace").await;
    for (game, before) in [&first, &second].into_iter().zip(&before) {
        let after = state(&app, &token, game).await;
        assert_eq!(
            essentials(&after),
            essentials(before),
            "{game} after restart"
        );
        assert_eq!(
            after["home"], before["home"],
            "{game}: home team and lineup"
        );
        one_more_move(&app, &token, game).await;
    }
    let store = app.db.as_ref().unwrap().store().await.unwrap();
    assert_eq!(roster_rows(&store).await, 2);
    store.close().await;
}

#[tokio::test]
async fn games_of_the_same_teams_share_their_rosters_sqlite() {
    games_of_the_same_teams_share_their_rosters(Backend::Sqlite).await;
}

#[tokio::test]
async fn games_of_the_same_teams_share_their_rosters_postgres() {
    games_of_the_same_teams_share_their_rosters(Backend::Postgres).await;
}

/// A copy of game `id`'s row under a new id, its setup changed by `edit` (stored as it is: no
/// rosters are brought along).
async fn copy_with_setup(store: &Store, id: &str, edit: impl AsyncFnOnce(&mut Value)) -> Uuid {
    let record = store.get_game(id.parse().unwrap()).await.unwrap().unwrap();
    let mut setup = record.setup.clone();
    edit(&mut setup).await;
    let copy = Uuid::new_v4();
    store
        .create_game(&NewGame {
            id: copy,
            league_id: record.league_id,
            mode: record.mode,
            home_team_id: record.home_team_id,
            away_team_id: record.away_team_id,
            seats: record.seats,
            created_by: record.created_by,
            setup,
            rosters: Vec::new(),
            summary: record.summary,
            initial_state: None,
        })
        .await
        .unwrap();
    copy
}

/// A copy of `id` whose setup embeds its rosters, as games created before decision 101 were
/// stored.
async fn inline_copy(store: &Store, id: &str) -> Uuid {
    copy_with_setup(store, id, async |setup: &mut Value| {
        for side in ["home", "away"] {
            let team = setup[side].as_object_mut().unwrap();
            let hash = team.remove("roster_hash").unwrap();
            let roster = store.get_roster(hash.as_str().unwrap()).await.unwrap();
            team.insert("roster".into(), serde_json::from_str(&roster).unwrap());
        }
    })
    .await
}

async fn an_inline_roster_setup_still_loads(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("ace").await;
    let model = create_game(&app, &token, "auto", "me", "ai").await;
    let store = app.db.as_ref().unwrap().store().await.unwrap();
    let old = inline_copy(&store, &model).await.to_string();
    store.close().await;
    let (db, web) = app.stop().await;
    // Rosters are only in the old game's setup for a server that never saw them.
    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("ace").await;
    let pending = state(&app, &token, &old).await;
    assert_eq!(pending["status"], "pending", "{pending}");
    let before = play(&app, &token, &old, 3).await;
    let (db, web) = app.stop().await;

    let app = TestApp::start(db, web, |_| {}).await;
    let token = app.token("ace").await;
    let after = state(&app, &token, &old).await;
    assert_eq!(essentials(&after), essentials(&before));
    one_more_move(&app, &token, &old).await;
}

#[tokio::test]
async fn an_inline_roster_setup_still_loads_sqlite() {
    an_inline_roster_setup_still_loads(Backend::Sqlite).await;
}

#[tokio::test]
async fn an_inline_roster_setup_still_loads_postgres() {
    an_inline_roster_setup_still_loads(Backend::Postgres).await;
}

#[tokio::test]
async fn a_setup_naming_an_unknown_roster_is_an_error() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("ace").await;
    let model = create_game(&app, &token, "auto", "me", "ai").await;
    let store = app.db.as_ref().unwrap().store().await.unwrap();
    let broken = copy_with_setup(&store, &model, async |setup: &mut Value| {
        setup["home"]["roster_hash"] = json!("0".repeat(64));
    })
    .await;
    store.close().await;
    let (status, body) = app.get_json(&token, &format!("/api/games/{broken}")).await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(body["error"]["code"], "internal");
    // The server goes on serving the other games.
    assert_eq!(state(&app, &token, &model).await["status"], "pending");
}

/// The stored roster of `side` in game `id`, as JSON.
async fn stored_roster(store: &Store, id: &str, side: &str) -> Value {
    let record = store.get_game(id.parse().unwrap()).await.unwrap().unwrap();
    let hash = record.setup[side]["roster_hash"].as_str().unwrap();
    serde_json::from_str(&store.get_roster(hash).await.unwrap()).unwrap()
}

#[tokio::test]
async fn an_sba_game_keeps_the_roster_it_was_created_with() {
    let (fake, base) = crate::sba_league::spawn_fake_sba().await;
    let sba = |s: &mut dugout_server::Settings| {
        s.sba = Some(dugout_server::SbaSettings {
            api_base: base.clone(),
            api_token: Some(crate::sba_league::TOKEN.into()),
        });
    };
    let body = json!({"league_id": "sba", "home_team_id": 10, "away_team_id": 20,
                      "mode": "manual", "home": "open", "away": "open"});
    let app = TestApp::spawn_with(Backend::Sqlite, sba).await;
    let token = app.token("sba-fan").await;
    let (status, created) = app.post_json(&token, "/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    let old = created["game_id"].as_str().unwrap().to_string();
    let (db, web) = app.stop().await;

    // The league changes upstream; a restarted server (its SBA cache empty) sees the new rosters.
    *fake.1.lock().unwrap() = " Jr.".into();
    let app = TestApp::start(db, web, sba).await;
    let token = app.token("sba-fan").await;
    let (status, created) = app.post_json(&token, "/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    let new = created["game_id"].as_str().unwrap().to_string();
    let store = app.db.as_ref().unwrap().store().await.unwrap();
    assert_eq!(roster_rows(&store).await, 4, "two versions of two rosters");
    assert_eq!(
        stored_roster(&store, &old, "home").await[0]["name"],
        "Ace 10"
    );
    assert_eq!(
        stored_roster(&store, &new, "home").await[0]["name"],
        "Ace 10 Jr."
    );
    store.close().await;
    // The old game still loads, with its own roster.
    let (status, game) = app.get_json(&token, &format!("/api/games/{old}")).await;
    assert_eq!(status, 200, "{game}");
    assert_eq!(game["status"], "pending");
}
