//! The authorization matrix (protocol.md §1.1 "who may send", §1.4 order of checks, §2): for every
//! mutating socket event and REST mutation, each of home manager, away manager, spectator (logged
//! in, managing neither side) and anonymous gets exactly the answer the spec names, and a refused
//! event changes nothing (the game's version stays where it was).

use crate::games::{auto_lineup, claim, create_game, state};
use crate::helpers::{Backend, TestApp, TestSocket};
use serde_json::{Value, json};

/// Who sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Home,
    Away,
    Spectator,
    Anonymous,
}

const ROLES: [Role; 4] = [Role::Home, Role::Away, Role::Spectator, Role::Anonymous];

/// What the spec says the sender gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Accepted: the version moves by one.
    Ok,
    /// Refused with this code: nothing changes.
    Refused(&'static str),
    /// Allowed, but another cell of the row takes the one change the state allows (both
    /// managers may roll; the other manager's roll is checked in a later phase).
    Either,
}

use Expect::{Ok as Accepted, Refused};

/// One row of a socket table: the event, its payload (without `game_id`) and the answer per role
/// (home, away, spectator). Anonymous senders never get a socket (connect refused).
type Row = (&'static str, Value, [Expect; 3]);

/// The players of this game: one socket per logged-in role, all in the game's room.
struct Players {
    tokens: [String; 3],
    sockets: Vec<TestSocket>,
}

impl Players {
    async fn new(app: &TestApp) -> Players {
        let tokens = [
            app.token("authz-home").await,
            app.token("authz-away").await,
            app.token("authz-spectator").await,
        ];
        let mut sockets = Vec::new();
        for token in &tokens {
            sockets.push(app.socket(token).await);
        }
        Players { tokens, sockets }
    }

    fn token(&self, role: Role) -> Option<&str> {
        match role {
            Role::Home => Some(&self.tokens[0]),
            Role::Away => Some(&self.tokens[1]),
            Role::Spectator => Some(&self.tokens[2]),
            Role::Anonymous => None,
        }
    }

    fn socket(&self, role: Role) -> &TestSocket {
        &self.sockets[role as usize]
    }
}

fn with_game(payload: &Value, game: &str) -> Value {
    let mut p = payload.clone();
    p["game_id"] = json!(game);
    p
}

/// Sends every cell of `rows` (refusals first, the accepted cells last and in table order) and
/// checks each answer and the version after it.
async fn run_socket_rows(app: &TestApp, players: &Players, game: &str, rows: &[Row]) {
    let mut cells: Vec<(Role, &'static str, Value, Expect)> = Vec::new();
    for (event, payload, expects) in rows {
        for (i, expect) in expects.iter().enumerate() {
            cells.push((ROLES[i], event, with_game(payload, game), *expect));
        }
    }
    cells.sort_by_key(|(_, _, _, expect)| matches!(expect, Accepted));
    for (role, event, payload, expect) in cells {
        if expect == Expect::Either {
            continue;
        }
        let before = version(app, players, game).await;
        let reply = players.socket(role).call(event, payload.clone()).await;
        let after = version(app, players, game).await;
        match expect {
            Accepted => {
                assert_eq!(reply["ok"], true, "{role:?} {event} {payload}: {reply}");
                assert_eq!(reply["version"], before + 1, "{role:?} {event}: {reply}");
                assert_eq!(after, before + 1, "{role:?} {event}");
            }
            Expect::Either => unreachable!("not sent"),
            Refused(code) => {
                assert_eq!(reply["ok"], false, "{role:?} {event} {payload}: {reply}");
                assert_eq!(
                    reply["error"]["code"], code,
                    "{role:?} {event} {payload}: {reply}"
                );
                assert_eq!(reply["version"], before, "{role:?} {event}: {reply}");
                assert_eq!(after, before, "{role:?} {event} changed the game");
            }
        }
    }
}

async fn version(app: &TestApp, players: &Players, game: &str) -> u64 {
    let token = players.token(Role::Home).unwrap_or_default();
    state(app, token, game).await["version"].as_u64().unwrap()
}

/// Events refused by the sender's side or the phase while the game is in `awaiting_defensive`
/// (top of the 1st: away bats, home fields).
fn awaiting_defensive_rows() -> Vec<Row> {
    const F: Expect = Refused("forbidden");
    const W: Expect = Refused("wrong_phase");
    const S: Expect = Refused("invalid_substitution");
    vec![
        (
            "submit_defensive_decision",
            json!({"decision": {"infield_depth": "normal"}}),
            [Accepted, F, F],
        ),
        (
            "submit_offensive_decision",
            json!({"decision": {"action": "swing_away"}}),
            [F, W, F],
        ),
        ("roll_dice", json!({"roll_type": "ab"}), [W, W, F]),
        (
            "submit_manual_outcome",
            json!({"roll_id": "r1", "outcome": "SINGLE_1", "hit_location": "LF"}),
            [W, W, F],
        ),
        ("submit_runner_decision", json!({"send": true}), [F, W, F]),
        (
            "request_pinch_hitter",
            json!({"entering_player_id": 987_654, "exiting_player_id": 987_653}),
            [F, S, F],
        ),
        (
            "request_pinch_runner",
            json!({"entering_player_id": 987_654, "exiting_player_id": 987_653}),
            [F, S, F],
        ),
        (
            "request_defensive_replacement",
            json!({"moves": [{"player_id": 987_654, "position": "SS", "replaces_player_id": 987_653}]}),
            [S, S, F],
        ),
        (
            "request_pitching_change",
            json!({"entering_player_id": 987_654}),
            [S, F, F],
        ),
    ]
}

/// `awaiting_offensive`: only the batting (away) manager may decide.
fn awaiting_offensive_rows() -> Vec<Row> {
    const F: Expect = Refused("forbidden");
    const W: Expect = Refused("wrong_phase");
    vec![
        (
            "submit_offensive_decision",
            json!({"decision": {"action": "swing_away"}}),
            [F, Accepted, F],
        ),
        (
            "submit_defensive_decision",
            json!({"decision": {"infield_depth": "normal"}}),
            [W, F, F],
        ),
        ("roll_dice", json!({"roll_type": "ab"}), [W, W, F]),
    ]
}

/// `awaiting_roll`: either manager rolls; an outcome before the roll is `no_pending_roll`.
fn awaiting_roll_rows() -> Vec<Row> {
    const F: Expect = Refused("forbidden");
    const N: Expect = Refused("no_pending_roll");
    vec![
        (
            "submit_manual_outcome",
            json!({"roll_id": "r1", "outcome": "SINGLE_1", "hit_location": "LF"}),
            [N, N, F],
        ),
        (
            "roll_dice",
            json!({"roll_type": "ab"}),
            [Accepted, Expect::Either, F],
        ),
    ]
}

/// `awaiting_outcome` of an at-bat roll: a second roll is `roll_already_pending`; only the
/// manager whose card the roll reads answers it, with the pending roll's id.
fn awaiting_outcome_rows(pending: &Value, away_reads: bool) -> Vec<Row> {
    const F: Expect = Refused("forbidden");
    const P: Expect = Refused("roll_already_pending");
    const U: Expect = Refused("unknown_roll");
    let roll_id = pending["roll_id"].as_str().unwrap();
    let (home, away) = if away_reads { (F, U) } else { (U, F) };
    vec![
        ("roll_dice", json!({"roll_type": "ab"}), [P, P, F]),
        (
            "submit_manual_outcome",
            json!({"roll_id": format!("{roll_id}9"), "outcome": "STRIKEOUT"}),
            [home, away, F],
        ),
        (
            "submit_manual_outcome",
            json!({"roll_id": roll_id, "outcome": "STRIKEOUT"}),
            if away_reads {
                [F, Accepted, F]
            } else {
                [Accepted, F, F]
            },
        ),
    ]
}

async fn socket_matrix(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let players = Players::new(&app).await;
    let home = players.token(Role::Home).unwrap_or_default();
    let away = players.token(Role::Away).unwrap_or_default();
    let game = create_game(&app, home, "manual", "me", "open").await;
    claim(&app, away, &game, "away").await;
    auto_lineup(&app, home, &game, "home").await;
    auto_lineup(&app, away, &game, "away").await;
    for role in [Role::Home, Role::Away, Role::Spectator] {
        let joined = players
            .socket(role)
            .call("join_game", json!({"game_id": game}))
            .await;
        assert_eq!(joined["ok"], true, "{role:?} may watch");
    }
    // Anonymous: no socket at all, whatever the event (protocol.md §1 "Who you are").
    let anonymous = TestSocket::try_connect(&app.base, json!({})).await;
    assert!(
        anonymous
            .as_ref()
            .is_err_and(|e| e.contains("not_authenticated")),
        "an anonymous connect is refused"
    );
    let bad_token = TestSocket::try_connect(&app.base, json!({"token": "nope"})).await;
    assert!(bad_token.is_err_and(|e| e.contains("not_authenticated")));

    let first = state(&app, home, &game).await;
    assert_eq!(first["phase"], "awaiting_defensive", "{first}");
    assert_eq!(first["batting_side"], "away");
    run_socket_rows(&app, &players, &game, &awaiting_defensive_rows()).await;
    assert_eq!(
        state(&app, home, &game).await["phase"],
        "awaiting_offensive"
    );
    run_socket_rows(&app, &players, &game, &awaiting_offensive_rows()).await;
    assert_eq!(state(&app, home, &game).await["phase"], "awaiting_roll");
    run_socket_rows(&app, &players, &game, &awaiting_roll_rows()).await;
    // The dice decide what the roll asks for; a WP/PB check may resolve it at once. Play on
    // (home answering what it may) until an at-bat roll waits for its outcome.
    let mut now = state(&app, home, &game).await;
    let mut guard = 0;
    while !(now["phase"] == "awaiting_outcome" && now["pending_roll"]["card"].is_string()) {
        guard += 1;
        assert!(guard < 200, "no at-bat roll waits for an outcome: {now}");
        let (event, payload, role) = next_step(&now);
        let reply = players
            .socket(role)
            .call(event, with_game(&payload, &game))
            .await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        now = state(&app, home, &game).await;
    }
    let pending = now["pending_roll"].clone();
    let batting_reads = pending["card"] == "batter";
    let batting = now["batting_side"].as_str().unwrap() == "away";
    // Whose card it is decides; rows are written for away batting, so flip if home bats.
    let reads_away = batting_reads == batting;
    run_socket_rows(
        &app,
        &players,
        &game,
        &awaiting_outcome_rows(&pending, reads_away),
    )
    .await;
}

/// A step that keeps the game moving towards an at-bat roll (manual mode).
fn next_step(now: &Value) -> (&'static str, Value, Role) {
    let side = |s: &Value| {
        if s == "home" { Role::Home } else { Role::Away }
    };
    let fielding = side(&now["fielding_side"]);
    let batting = side(&now["batting_side"]);
    match now["phase"].as_str().unwrap_or_default() {
        "awaiting_defensive" => (
            "submit_defensive_decision",
            json!({"decision": {"infield_depth": "normal"}}),
            fielding,
        ),
        "awaiting_offensive" => (
            "submit_offensive_decision",
            json!({"decision": {"action": "swing_away"}}),
            batting,
        ),
        // The batting side rolls here (the matrix had the fielding side roll).
        "awaiting_roll" => ("roll_dice", json!({"roll_type": "ab"}), batting),
        "awaiting_runner_decision" => ("submit_runner_decision", json!({"send": false}), batting),
        "awaiting_outcome" => {
            // A check without its rating: the side the roll names answers (sample league has
            // every rating, so this is rare); answer with the first legal spelling we know.
            let roll = &now["pending_roll"];
            let by = side(&roll["answer_by"]);
            (
                "submit_manual_outcome",
                json!({"roll_id": roll["roll_id"], "outcome": "SAFE"}),
                by,
            )
        }
        other => panic!("unexpected phase {other}: {now}"),
    }
}

#[tokio::test]
async fn socket_authorization_matrix_sqlite() {
    socket_matrix(Backend::Sqlite).await;
}

#[tokio::test]
async fn socket_authorization_matrix_postgres() {
    socket_matrix(Backend::Postgres).await;
}

/// One REST row: path, body, and per role (home, away, spectator, anonymous) the HTTP status and
/// error code (`""` for a success).
type RestRow = (String, Value, [(u16, &'static str); 4]);

/// One REST call as `role`; returns status and body.
async fn rest(
    app: &TestApp,
    players: &Players,
    role: Role,
    path: &str,
    body: &Value,
) -> (u16, Value) {
    if let Some(token) = players.token(role) {
        return app.post_json(token, path, body).await;
    }
    let res = app.browser().post(app.url(path)).json(body).send().await;
    let res = res.unwrap();
    (
        res.status().as_u16(),
        res.json().await.unwrap_or(Value::Null),
    )
}

/// REST mutations (create, claim, lineups) × roles, on a pending game whose seats are taken and
/// whose lineups are not in yet; accepted cells last.
#[tokio::test]
async fn rest_authorization_matrix() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let players = Players::new(&app).await;
    let home = players.token(Role::Home).unwrap_or_default();
    let away = players.token(Role::Away).unwrap_or_default();
    let game = create_game(&app, home, "manual", "me", "open").await;
    claim(&app, away, &game, "away").await;
    let (_, teams) = app.get_json(home, "/api/leagues/mlb2023/teams").await;
    let create = json!({"league_id": "mlb2023", "home_team_id": teams[0]["id"],
                        "away_team_id": teams[1]["id"], "mode": "manual",
                        "home": "me", "away": "open"});
    let claim_path = format!("/api/games/{game}/claim");
    let lineup = |side: &str| format!("/api/games/{game}/lineups/{side}");
    let auto = json!({"auto": true});
    let unauth = (401, "not_authenticated");
    let forbidden = (403, "forbidden");
    let taken = (409, "seat_taken");
    let table: Vec<RestRow> = vec![
        (
            "/api/games".into(),
            create.clone(),
            [(201, ""), (201, ""), (201, ""), unauth],
        ),
        (
            claim_path.clone(),
            json!({"side": "home"}),
            [taken, taken, taken, unauth],
        ),
        (
            claim_path,
            json!({"side": "away"}),
            [taken, taken, taken, unauth],
        ),
        (
            lineup("home"),
            auto.clone(),
            [(200, ""), forbidden, forbidden, unauth],
        ),
        (
            lineup("away"),
            auto.clone(),
            [forbidden, (200, ""), forbidden, unauth],
        ),
    ];
    let mut cells = Vec::new();
    for (path, body, expects) in &table {
        for (i, expect) in expects.iter().enumerate() {
            cells.push((ROLES[i], path.as_str(), body, *expect));
        }
    }
    cells.sort_by_key(|(_, path, _, (status, _))| *status < 300 && path.contains("/lineups/"));
    for (role, path, body, (status, code)) in cells {
        let before = version(&app, &players, &game).await;
        let (got, answer) = rest(&app, &players, role, path, body).await;
        assert_eq!(got, status, "{role:?} POST {path}: {answer}");
        let after = version(&app, &players, &game).await;
        if code.is_empty() {
            let moved = u64::from(path.contains(game.as_str()));
            assert_eq!(after, before + moved, "{role:?} POST {path}");
        } else {
            assert_eq!(
                answer["error"]["code"], code,
                "{role:?} POST {path}: {answer}"
            );
            assert_eq!(after, before, "{role:?} POST {path} changed the game");
        }
    }
    // Both lineups are in now: posting again is the phase's refusal, not a change.
    for (role, side) in [(Role::Home, "home"), (Role::Away, "away")] {
        let before = version(&app, &players, &game).await;
        let (got, answer) = rest(&app, &players, role, &lineup(side), &auto).await;
        assert_eq!(
            (got, answer["error"]["code"].as_str()),
            (409, Some("wrong_phase"))
        );
        assert_eq!(version(&app, &players, &game).await, before);
    }
}
