//! Builders shared by the conformance tests.

use dugout_store::testing::{TestBackend, TestDb};
use dugout_store::{
    GameAppend, GameStatus, GameSummary, NewAction, NewGame, Seat, Seats, Snapshot, Store,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// A fresh database and a store opened on it.
pub async fn fresh(backend: TestBackend) -> (TestDb, Store) {
    let db = TestDb::new(backend).await.expect("fresh test database");
    let store = db.store().await.expect("open store");
    (db, store)
}

/// A game between two local users, created with an initial state.
pub fn new_game(home: &str, away: &str) -> NewGame {
    let id = Uuid::new_v4();
    NewGame {
        id,
        league_id: "mlb2023".into(),
        mode: "manual".into(),
        home_team_id: 10,
        away_team_id: 20,
        seats: Seats {
            home: Seat::User(home.into()),
            away: Seat::User(away.into()),
        },
        created_by: home.into(),
        setup: json!({"teams": [10, 20], "settings": {"innings": 9}, "id": id}),
        rosters: Vec::new(),
        summary: GameSummary::new_pending(),
        initial_state: Some(json!({"version": 0})),
    }
}

/// The summary a test game has after `version` changes: each change scores one home run.
pub fn summary_at(version: i64) -> GameSummary {
    GameSummary {
        status: GameStatus::Active,
        phase: "awaiting_defensive".into(),
        waiting_for: Some(if version % 2 == 0 { "home" } else { "away" }.into()),
        inning: 1 + (version / 6) as i32,
        half: if version % 2 == 0 { "top" } else { "bottom" }.into(),
        home_score: version as i32,
        away_score: 0,
    }
}

/// One action producing `version`, sent by `sender` with an optional action id.
pub fn action(version: i64, sender: &str, action_id: Option<&str>) -> NewAction {
    NewAction {
        version,
        action: json!({"type": "roll_dice", "n": version}),
        dice: Some(json!({"d6": [version % 6 + 1, 3, 4], "d20": version % 20 + 1})),
        sender: sender.into(),
        action_id: action_id.map(Into::into),
        reply: reply(version),
    }
}

/// The success reply a client got for `version`.
pub fn reply(version: i64) -> Value {
    json!({"ok": true, "version": version})
}

/// An append of one action.
pub fn append_one(game_id: Uuid, action: NewAction) -> GameAppend {
    let version = action.version;
    GameAppend {
        game_id,
        actions: vec![action],
        summary: summary_at(version),
        seats: None,
        snapshot: None,
    }
}

/// An append of one action that also stores the state at its version.
pub fn append_with_snapshot(game_id: Uuid, action: NewAction) -> GameAppend {
    let version = action.version;
    GameAppend {
        snapshot: Some(Snapshot {
            version,
            state: json!({"version": version}),
        }),
        ..append_one(game_id, action)
    }
}
