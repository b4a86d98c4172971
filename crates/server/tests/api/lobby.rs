//! The lobby (issue 7): `game_listed` to lobby subscribers on every change of a game, each item
//! equal to the REST list's item for that subscriber; and the list's `inning_label` through
//! whole games, extra innings included.

use crate::games::{auto_lineup, claim, create_game, human_move, state, until_turn};
use crate::helpers::{Backend, TestApp, TestSocket};
use serde_json::{Value, json};

/// The REST games list's item for `game`, as `token`'s user sees it.
pub async fn listed(app: &TestApp, token: &str, game: &str) -> Value {
    let (_, list) = app.get_json(token, "/api/games?limit=200").await;
    list["games"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["game_id"] == game)
        .cloned()
        .unwrap_or_else(|| panic!("game {game} not listed: {list}"))
}

/// The next `game_listed` item for `game` on `socket`.
async fn next_item(socket: &mut TestSocket, game: &str) -> Value {
    loop {
        let ev = socket.next_named("game_listed").await;
        if ev["item"]["game_id"] == game {
            return ev["item"].clone();
        }
    }
}

/// Subscribes `socket` to the lobby.
async fn join_lobby(socket: &TestSocket) {
    let r = socket.call("join_lobby", json!({})).await;
    assert_eq!(r["ok"], true, "{r}");
}

/// Both watchers get the next item, each equal to what the REST list says to them.
async fn expect_change(
    app: &TestApp,
    game: &str,
    watchers: &mut [(&mut TestSocket, &str, Value)],
) -> Value {
    let mut last = Value::Null;
    for (socket, token, my_side) in watchers.iter_mut() {
        let item = next_item(socket, game).await;
        assert_eq!(item, listed(app, token, game).await);
        assert_eq!(item["my_side"], *my_side);
        last = item;
    }
    last
}

async fn lobby_feed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let home_t = app.token("lobby-home").await;
    let away_t = app.token("lobby-away").await;
    let fan_t = app.token("lobby-fan").await;
    let home = app.socket(&home_t).await;
    let mut away = app.socket(&away_t).await;
    let mut fan = app.socket(&fan_t).await;
    let mut quitter = app.socket(&fan_t).await;
    for s in [&away, &fan, &quitter] {
        join_lobby(s).await;
    }

    // Creation.
    let game = create_game(&app, &home_t, "auto", "me", "open").await;
    let created = next_item(&mut fan, &game).await;
    assert_eq!(created, listed(&app, &fan_t, &game).await);
    assert_eq!(created["status"], "pending");
    assert_eq!(created["inning_label"], "Pregame");
    assert_eq!(created["my_side"], Value::Null);
    assert!(
        created["home"]["lname"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    );
    assert!(
        created["away"]["abbrev"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    );
    assert_eq!(next_item(&mut quitter, &game).await, created);
    let r = quitter.call("leave_lobby", json!({})).await;
    assert_eq!(r["ok"], true);
    assert_eq!(next_item(&mut away, &game).await, created);

    // The claim: the away manager's item now says `my_side: away`.
    claim(&app, &away_t, &game, "away").await;
    let away_side = json!("away");
    let mut watchers = [
        (&mut away, away_t.as_str(), away_side),
        (&mut fan, fan_t.as_str(), Value::Null),
    ];
    expect_change(&app, &game, &mut watchers).await;

    // Lineups.
    auto_lineup(&app, &home_t, &game, "home").await;
    let item = expect_change(&app, &game, &mut watchers).await;
    assert_eq!(item["status"], "pending");
    auto_lineup(&app, &away_t, &game, "away").await;
    let mut item = expect_change(&app, &game, &mut watchers).await;
    assert_eq!(item["status"], "active");
    assert_eq!(item["inning_label"], "Top 1");

    // Every action of the game, to the end.
    let mut actions = 0;
    loop {
        let s = state(&app, &home_t, &game).await;
        if s["status"] == "completed" {
            assert_eq!(item["status"], "completed");
            assert!(item["inning_label"].as_str().unwrap().starts_with("Final"));
            assert_eq!(item["home"]["score"], s["home_score"]);
            assert_eq!(item["away"]["score"], s["away_score"]);
            break;
        }
        let socket = if s["waiting_for"] == "home" {
            &home
        } else {
            &*watchers[0].0
        };
        let (event, payload) = human_move(&s);
        let reply = socket.call(event, payload).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        item = expect_change(&app, &game, &mut watchers).await;
        assert_eq!(
            item["home"]["score"],
            score_of(&app, &home_t, &game, "home").await
        );
        actions += 1;
        assert!(actions < 3000, "the game does not end");
    }

    // Nothing reached the socket that left the lobby (the ack below comes after anything sent
    // to it before).
    let r = quitter.call("leave_lobby", json!({})).await;
    assert_eq!(r["ok"], true);
    let late: Vec<_> = quitter
        .drain()
        .into_iter()
        .filter(|e| e.event == "game_listed")
        .collect();
    assert!(late.is_empty(), "after leave_lobby: {late:?}");
    home.close().await;
    away.close().await;
    fan.close().await;
    quitter.close().await;
}

async fn score_of(app: &TestApp, token: &str, game: &str, side: &str) -> Value {
    state(app, token, game).await[format!("{side}_score")].clone()
}

#[tokio::test]
async fn lobby_sees_every_change_sqlite() {
    lobby_feed(Backend::Sqlite).await;
}

#[tokio::test]
async fn lobby_sees_every_change_postgres() {
    lobby_feed(Backend::Postgres).await;
}

/// Order of a label within a game: Pregame < Top 1 < Bot 1 < Top 2 < … < Final.
fn label_rank(label: &str) -> u32 {
    match label.split_once(' ') {
        _ if label == "Pregame" => 0,
        Some(("Top", n)) => 2 * n.parse::<u32>().unwrap(),
        Some(("Bot", n)) => 2 * n.parse::<u32>().unwrap() + 1,
        _ if label.starts_with("Final") => u32::MAX,
        _ => panic!("unknown inning label {label:?}"),
    }
}

/// The label the list must show for a GameState, given the game's regulation innings.
fn expected_label(s: &Value, regulation: u64) -> String {
    let inning = s["inning"].as_u64().unwrap();
    match s["status"].as_str().unwrap() {
        "pending" => "Pregame".into(),
        "completed" if inning > regulation => format!("Final/{inning}"),
        "completed" => "Final".into(),
        _ if s["half"] == "top" => format!("Top {inning}"),
        _ => format!("Bot {inning}"),
    }
}

/// Creates a human (home) vs AI auto game of `innings` regulation innings.
async fn create_short_game(app: &TestApp, token: &str, innings: u64) -> String {
    let (_, teams) = app.get_json(token, "/api/leagues/mlb2023/teams").await;
    let body = json!({"league_id": "mlb2023", "home_team_id": teams[2]["id"],
                      "away_team_id": teams[3]["id"], "mode": "auto", "home": "me",
                      "away": "ai", "settings": {"innings": innings}});
    let (status, created) = app.post_json(token, "/api/games", &body).await;
    assert_eq!(status, 201, "{created}");
    created["game_id"].as_str().unwrap().to_string()
}

/// Plays one game to the end over the socket; checks the list's label against the game's state
/// at every point where the game waits for the human, and the lobby feed's labels in order.
/// Returns the last inning played.
async fn play_and_check_labels(
    app: &TestApp,
    token: &str,
    player: &mut TestSocket,
    watcher: &mut TestSocket,
    innings: u64,
) -> u64 {
    let game = create_short_game(app, token, innings).await;
    assert_eq!(listed(app, token, &game).await["inning_label"], "Pregame");
    let joined = player.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true);
    auto_lineup(app, token, &game, "home").await;
    let mut latest = state(app, token, &game).await;
    loop {
        latest = until_turn(player, latest, "home").await;
        let item = listed(app, token, &game).await;
        assert_eq!(
            item["inning_label"],
            expected_label(&latest, innings),
            "{latest}"
        );
        if latest["status"] == "completed" {
            break;
        }
        let (event, payload) = human_move(&latest);
        let reply = player.call(event, payload).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        latest = state(app, token, &game).await;
    }
    // The feed: every change in order, from Pregame through Top 1 to the final label.
    let mut labels = Vec::new();
    loop {
        let item = next_item(watcher, &game).await;
        labels.push(item["inning_label"].as_str().unwrap().to_string());
        if item["status"] == "completed" {
            break;
        }
    }
    assert_eq!(labels[0], "Pregame");
    assert!(labels.iter().any(|l| l == "Top 1"), "{labels:?}");
    let ranks: Vec<u32> = labels.iter().map(|l| label_rank(l)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{labels:?}");
    assert_eq!(
        labels.last().unwrap(),
        &expected_label(&latest, innings),
        "{labels:?}"
    );
    let r = player.call("leave_game", json!({"game_id": game})).await;
    assert_eq!(r["ok"], true);
    latest["inning"].as_u64().unwrap()
}

/// Pregame → Top 1 → … → Final, and Final/N after extra innings: one-inning games (a tie after
/// one inning is common) are played until one goes to extras.
#[tokio::test]
async fn inning_labels_through_whole_games_and_extra_innings() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("labels").await;
    let mut player = app.socket(&token).await;
    let mut watcher = app.socket(&token).await;
    join_lobby(&watcher).await;
    let mut regulation_finish = false;
    let mut extras = false;
    for _ in 0..60 {
        let last = play_and_check_labels(&app, &token, &mut player, &mut watcher, 1).await;
        if last > 1 {
            extras = true;
        } else {
            regulation_finish = true;
        }
        if extras && regulation_finish {
            break;
        }
    }
    assert!(extras, "no game went to extra innings");
    assert!(regulation_finish, "no game ended in regulation");
    player.close().await;
    watcher.close().await;
}
