//! Issue 6: after `kill -9` and a restart of the real `dugout serve` binary, every acknowledged
//! action is there, the game continues at its version, and a resent acknowledged `action_id`
//! repeats its first reply.

// The server's test helpers (real Socket.IO client, waits with a deadline), shared, not copied.
#[path = "../../server/tests/api/helpers.rs"]
mod helpers;

use helpers::{TestSocket, WAIT};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

/// A running `dugout serve` child process and its base URL.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// Starts the real binary on a free loopback port and waits for its `listening on` line.
    fn start(db: &Path, web: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dugout"))
            .arg("serve")
            .arg("--bind")
            .arg("127.0.0.1:0")
            .arg("--database")
            .arg(format!("sqlite://{}", db.display()))
            .arg("--web-dir")
            .arg(web)
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dugout starts");
        let (tx, rx) = mpsc::channel::<String>();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        for stream in [
            Box::new(out) as Box<dyn std::io::Read + Send>,
            Box::new(err) as Box<dyn std::io::Read + Send>,
        ] {
            let tx = tx.clone();
            // Keeps reading to the end so the child never blocks on a full pipe.
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
        }
        drop(tx);
        let base = loop {
            let line = rx
                .recv_timeout(WAIT)
                .expect("dugout serve logs `listening on` in time");
            if let Some(at) = line.find("listening on http://") {
                let addr = line[at + "listening on http://".len()..]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .to_string();
                break format!("http://{addr}");
            }
        };
        // Drain the rest in the background so the pipes never fill.
        std::thread::spawn(move || while rx.recv().is_ok() {});
        Server { child, base }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// SIGKILL: no drain, no shutdown hooks.
    fn kill9(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn token(server: &Server, username: &str) -> String {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let res = http
        .post(server.url("/api/auth/local"))
        .json(&json!({"username": username}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "local login");
    let res = http
        .post(server.url("/api/auth/token"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    body["token"].as_str().unwrap().to_string()
}

async fn get(server: &Server, token: &str, path: &str) -> Value {
    let res = reqwest::Client::new()
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "GET {path}");
    res.json().await.unwrap()
}

async fn post(server: &Server, token: &str, path: &str, body: Value) -> Value {
    let res = reqwest::Client::new()
        .post(server.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert!(status.is_success(), "POST {path}: {status} {body}");
    body
}

/// The human's move for `state` (home side, auto mode), tagged with `action_id`.
fn human_move(state: &Value, action_id: &str) -> (&'static str, Value) {
    let game_id = state["game_id"].clone();
    let v = state["version"].clone();
    let (event, mut payload) = match state["phase"].as_str().unwrap() {
        "awaiting_defensive" => (
            "submit_defensive_decision",
            json!({"decision": {"infield_depth": "normal"}}),
        ),
        "awaiting_offensive" => (
            "submit_offensive_decision",
            json!({"decision": {"action": "swing_away"}}),
        ),
        "awaiting_runner_decision" => ("submit_runner_decision", json!({"send": true})),
        "awaiting_roll" => ("roll_dice", json!({"roll_type": "ab"})),
        other => panic!("unexpected phase {other}: {state}"),
    };
    payload["game_id"] = game_id;
    payload["expected_version"] = v;
    payload["action_id"] = json!(action_id);
    (event, payload)
}

/// Waits on the socket until the game waits for the home side; returns that state.
async fn until_home_turn(socket: &mut TestSocket, mut latest: Value) -> Value {
    loop {
        if latest["status"] == "completed" || latest["waiting_for"] == "home" {
            return latest;
        }
        let ev = socket.next_any().await;
        if let Some(s) = ev.data.get("state")
            && s["version"].as_u64() > latest["version"].as_u64()
        {
            latest = s.clone();
        }
    }
}

/// One acknowledged action: what was sent and the reply.
struct Acked {
    event: &'static str,
    payload: Value,
    reply: Value,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_keeps_every_acknowledged_action() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let web = dir.path().join("web");
    std::fs::create_dir(&web).unwrap();
    std::fs::write(
        web.join("index.html"),
        "<!doctype html><title>Dugout</title>",
    )
    .unwrap();

    let server = Server::start(&db, &web);
    let token = token(&server, "crash").await;
    let teams = get(&server, &token, "/api/leagues/mlb2023/teams").await;
    let created = post(
        &server,
        &token,
        "/api/games",
        json!({"league_id": "mlb2023", "home_team_id": teams[0]["id"],
               "away_team_id": teams[1]["id"], "mode": "auto", "home": "me", "away": "ai"}),
    )
    .await;
    let game = created["game_id"].as_str().unwrap().to_string();

    let mut socket = TestSocket::connect(&server.base, json!({"token": token})).await;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true);
    post(
        &server,
        &token,
        &format!("/api/games/{game}/lineups/home"),
        json!({"auto": true}),
    )
    .await;
    let mut latest = get(&server, &token, &format!("/api/games/{game}")).await;
    latest = until_home_turn(&mut socket, latest).await;

    let mut acked: Vec<Acked> = Vec::new();
    while acked.len() < 30 && latest["status"] != "completed" {
        let action_id = format!("crash-{}", acked.len());
        let (event, payload) = human_move(&latest, &action_id);
        let reply = socket.call(event, payload.clone()).await;
        assert_eq!(reply["ok"], true, "{event}: {reply}");
        acked.push(Acked {
            event,
            payload,
            reply,
        });
        latest = get(&server, &token, &format!("/api/games/{game}")).await;
        latest = until_home_turn(&mut socket, latest).await;
    }
    assert_eq!(acked.len(), 30, "the game ended before the crash");
    let last_acked = acked.last().unwrap().reply["version"].as_u64().unwrap();
    let plays_before = get(&server, &token, &format!("/api/games/{game}/plays")).await;

    // Mid-stream: one more action is on the wire, unacknowledged, when the process dies.
    let (event, payload) = human_move(&latest, "crash-in-flight");
    socket
        .client
        .emit(event, payload)
        .await
        .expect("emit in flight");
    server.kill9();
    drop(socket);

    let server = Server::start(&db, &web);
    let after = get(&server, &token, &format!("/api/games/{game}")).await;
    let version = after["version"].as_u64().unwrap();
    assert!(
        version >= last_acked,
        "version {version} < last acknowledged {last_acked}"
    );
    let plays_after = get(&server, &token, &format!("/api/games/{game}/plays")).await;
    let (before, after_plays) = (
        plays_before.as_array().or(plays_before["plays"].as_array()),
        plays_after.as_array().or(plays_after["plays"].as_array()),
    );
    let (before, after_plays) = (
        before.expect("plays list"),
        after_plays.expect("plays list"),
    );
    assert!(after_plays.len() >= before.len());
    assert_eq!(&after_plays[..before.len()], &before[..], "plays kept");

    // Every acknowledged action is in the log: its action_id repeats the first reply.
    let socket = TestSocket::connect(&server.base, json!({"token": token})).await;
    for a in &acked {
        let again = socket.call(a.event, a.payload.clone()).await;
        assert_eq!(again, a.reply, "resent {}", a.payload["action_id"]);
    }
    let unchanged = get(&server, &token, &format!("/api/games/{game}")).await;
    assert_eq!(
        unchanged["version"].as_u64(),
        Some(version),
        "resends apply nothing"
    );

    // The game continues at its version.
    let mut socket = socket;
    let joined = socket.call("join_game", json!({"game_id": game})).await;
    assert_eq!(joined["ok"], true);
    let latest = until_home_turn(&mut socket, unchanged).await;
    let (event, payload) = human_move(&latest, "after-restart");
    let reply = socket.call(event, payload).await;
    assert_eq!(reply["ok"], true, "{reply}");
    assert_eq!(
        reply["version"].as_u64(),
        Some(latest["version"].as_u64().unwrap() + 1)
    );
    server.kill9();
}
