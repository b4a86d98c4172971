//! The SBA API client against a fake league API on loopback (a small axum app counting requests).
//! Time is moved with a manual clock; nothing sleeps.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dugout_league::LeagueRegistry;
use dugout_league::sba::{ManualClock, SbaConfig, SbaError, SbaLeague};
use dugout_model::{FieldPos, TeamId};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Notify, Semaphore};

const TOKEN: &str = "secret-token";
const TTL: Duration = Duration::from_secs(3600);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Ok,
    Down,
    Slow,
    Malformed,
}

#[derive(Default)]
struct FakeState {
    hits: Mutex<HashMap<String, usize>>,
    mode: Mutex<Option<Mode>>,
    team_name: Mutex<String>,
    gate: Mutex<Option<Arc<Semaphore>>>,
    arrived: Notify,
}

type Fake = Arc<FakeState>;

impl FakeState {
    fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
    fn set_mode(&self, mode: Mode) {
        *self.mode.lock().unwrap() = Some(mode);
    }
}

async fn guard(fake: &Fake, path: String, headers: &HeaderMap) -> Result<(), Response> {
    *fake.hits.lock().unwrap().entry(path).or_default() += 1;
    let gate = fake.gate.lock().unwrap().clone();
    if let Some(gate) = gate {
        fake.arrived.notify_one();
        let _permit = gate.acquire().await.unwrap();
    }
    let auth = headers.get("authorization").and_then(|v| v.to_str().ok());
    if auth != Some(&format!("Bearer {TOKEN}")) {
        return Err(StatusCode::UNAUTHORIZED.into_response());
    }
    let mode = fake.mode.lock().unwrap().unwrap_or(Mode::Ok);
    match mode {
        Mode::Ok => Ok(()),
        Mode::Down => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        Mode::Slow => std::future::pending().await,
        Mode::Malformed => Err((StatusCode::OK, "{\"count\": 2, \"teams\": [").into_response()),
    }
}

async fn current(State(fake): State<Fake>, headers: HeaderMap) -> Response {
    if let Err(r) = guard(&fake, "/v3/current".into(), &headers).await {
        return r;
    }
    Json(json!({"season": 13, "week": 5, "freeze": false})).into_response()
}

async fn teams(
    State(fake): State<Fake>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = guard(&fake, "/v3/teams".into(), &headers).await {
        return r;
    }
    assert_eq!(q.get("season").map(String::as_str), Some("13"));
    let name = fake.team_name.lock().unwrap().clone();
    Json(json!({
        "count": 4,
        "teams": [
            {"id": 10, "abbrev": "WV", "sname": "Black Bears", "lname": name, "season": 13,
             "gmid": 258104532423147520u64, "gmid2": null, "color": "#A6CE39",
             "dice_color": "ffffff", "manager1": {"id": 1, "name": "Cal"}},
            {"id": 11, "abbrev": "WVMiL", "sname": "Minor Bears", "lname": "WV MiL", "season": 13},
            {"id": 12, "abbrev": "WVIL", "sname": "IL", "lname": "WV IL", "season": 13},
            {"id": 20, "abbrev": "CLS", "sname": "Hydra", "lname": "Columbus Hydra", "season": 13,
             "gmid": "123456789012345678", "gmid2": 987654321098765432u64, "color": null}
        ]
    }))
    .into_response()
}

async fn roster(State(fake): State<Fake>, Path(id): Path<i64>, headers: HeaderMap) -> Response {
    if let Err(r) = guard(&fake, format!("/v3/teams/{id}/roster"), &headers).await {
        return r;
    }
    let players: Vec<Value> = (0..3)
        .map(|i| {
            let pid = id * 100 + i;
            match i {
                0 => json!({"id": pid, "name": format!("Ace {id}"), "pos_1": "SP",
                            "pitcher_injury": 2, "wara": 1.5}),
                1 => json!({"id": pid, "name": format!("Catcher {id}"), "pos_1": "C",
                            "pos_2": "1B", "pos_3": "DH"}),
                _ => json!({"id": pid, "name": format!("Fielder {id}"), "pos_1": "SS",
                            "pos_2": "2B", "pos_3": "ss", "pos_4": ""}),
            }
        })
        .collect();
    Json(json!({
        "active": {"players": players, "WARa": 3.0},
        "shortil": {"players": [], "WARa": 0.0},
        "longil": {"players": [], "WARa": 0.0}
    }))
    .into_response()
}

async fn spawn_fake() -> (Fake, String) {
    let fake: Fake = Arc::new(FakeState::default());
    *fake.team_name.lock().unwrap() = "West Virginia Black Bears".into();
    let app = Router::new()
        .route("/v3/current", get(current))
        .route("/v3/teams", get(teams))
        .route("/v3/teams/{id}/roster/current", get(roster))
        .with_state(Arc::clone(&fake));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (fake, base)
}

fn config(base: &str) -> SbaConfig {
    let mut c = SbaConfig::new(base, Some(TOKEN.to_string()));
    c.ttl = TTL;
    c.retry_after = Duration::from_secs(30);
    c.request_timeout = Duration::from_secs(3);
    c
}

fn client(base: &str) -> (SbaLeague, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::default());
    let sba = SbaLeague::with_clock(config(base), clock.clone()).unwrap();
    (sba, clock)
}

/// Captures this thread's log output (tests run on a current-thread runtime).
///
/// One global subscriber for the whole test binary writes each event into the buffer of the
/// thread that emitted it. A per-test `set_default` subscriber raced with the other tests: a
/// callsite first hit on a thread without a subscriber could cache "never interested" and drop
/// the very line a test asserts.
fn capture_logs() -> (Arc<Mutex<Vec<u8>>>, ()) {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(|| LogWriter)
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
    });
    let buf = Arc::new(Mutex::new(Vec::new()));
    THREAD_LOGS.with(|slot| *slot.borrow_mut() = Some(buf.clone()));
    (buf, ())
}

thread_local! {
    static THREAD_LOGS: std::cell::RefCell<Option<Arc<Mutex<Vec<u8>>>>> =
        const { std::cell::RefCell::new(None) };
}

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        THREAD_LOGS.with(|slot| {
            if let Some(buf) = slot.borrow().as_ref() {
                buf.lock().unwrap().extend_from_slice(b);
            }
        });
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs(buf: &Arc<Mutex<Vec<u8>>>) -> String {
    String::from_utf8_lossy(&buf.lock().unwrap()).into_owned()
}

#[tokio::test]
async fn teams_and_rosters_map_into_the_model() {
    let (fake, base) = spawn_fake().await;
    let (sba, _) = client(&base);
    let teams = sba.teams().await.unwrap();
    assert!(!teams.stale);
    let abbrevs: Vec<&str> = teams.value.iter().map(|t| t.abbrev.as_str()).collect();
    assert_eq!(
        abbrevs,
        ["WV", "CLS"],
        "minor-league and IL teams are left out"
    );
    let wv = &teams.value[0];
    assert_eq!(wv.id, TeamId(10));
    assert_eq!(wv.league_id, "sba");
    assert_eq!(wv.lname, "West Virginia Black Bears");
    assert_eq!(wv.color, "a6ce39");
    assert_eq!(wv.manager_ids, ["258104532423147520"]);
    let cls = &teams.value[1];
    assert_eq!(
        cls.manager_ids,
        ["123456789012345678", "987654321098765432"]
    );
    assert_eq!(cls.color, "888888");
    assert_eq!(cls.dice_color, "cc0000");

    let roster = sba.roster(TeamId(10)).await.unwrap();
    let ace = &roster.value[0];
    assert_eq!(ace.name, "Ace 10");
    assert_eq!(ace.bats, None);
    assert!(ace.batting_card.is_none() && ace.running.is_none());
    let pitching = ace.pitching.as_ref().unwrap();
    assert_eq!((pitching.card.is_none(), pitching.injury), (true, Some(2)));
    let c: Vec<FieldPos> = roster.value[1].positions.iter().map(|r| r.pos).collect();
    assert_eq!(c, [FieldPos::C, FieldPos::First]);
    let ss: Vec<FieldPos> = roster.value[2].positions.iter().map(|r| r.pos).collect();
    assert_eq!(ss, [FieldPos::SS, FieldPos::Second]);
    assert!(roster.value[2].positions[0].range.is_none());

    let mut registry = LeagueRegistry::with_embedded();
    registry.set_sba(Arc::new(sba));
    let ids: Vec<String> = registry.list().into_iter().map(|l| l.id).collect();
    assert_eq!(ids, ["mlb2023", "sba"]);
    let league = registry.resolve("sba").await.unwrap();
    assert_eq!(league.value.league.season, 13);
    assert_eq!(league.value.players.len(), 6);
    assert_eq!(fake.hits("/v3/current"), 1);
    assert_eq!(
        fake.hits("/v3/teams/10/roster"),
        1,
        "the roster came from the cache"
    );
    assert_eq!(fake.hits("/v3/teams/20/roster"), 1);
    let json = serde_json::to_value(&*league.value).unwrap();
    assert_eq!(
        json["players"][0]["bats"],
        Value::Null,
        "a missing hand is null on the wire"
    );
}

#[tokio::test]
async fn a_second_request_is_served_from_the_cache() {
    let (fake, base) = spawn_fake().await;
    let (sba, clock) = client(&base);
    sba.teams().await.unwrap();
    clock.advance(TTL - Duration::from_secs(1));
    let again = sba.teams().await.unwrap();
    assert!(!again.stale);
    assert_eq!(fake.hits("/v3/teams"), 1);
    assert_eq!(fake.hits("/v3/current"), 1);
}

#[tokio::test]
async fn a_burst_makes_one_upstream_call() {
    let (fake, base) = spawn_fake().await;
    let (sba, _) = client(&base);
    sba.season().await.unwrap();
    let gate = Arc::new(Semaphore::new(0));
    *fake.gate.lock().unwrap() = Some(gate.clone());
    let sba = Arc::new(sba);
    let burst: Vec<_> = (0..20)
        .map(|_| {
            let sba = sba.clone();
            tokio::spawn(async move { sba.teams().await })
        })
        .collect();
    // The first call is now held inside the fake API; the other 19 were queued before it and
    // have all run up to their wait on the cache.
    fake.arrived.notified().await;
    gate.add_permits(100);
    for task in burst {
        let teams = task.await.unwrap().unwrap();
        assert_eq!(teams.value.len(), 2);
    }
    assert_eq!(fake.hits("/v3/teams"), 1);
}

#[tokio::test]
async fn expired_entries_are_fetched_again() {
    let (fake, base) = spawn_fake().await;
    let (sba, clock) = client(&base);
    assert_eq!(
        sba.teams().await.unwrap().value[0].lname,
        "West Virginia Black Bears"
    );
    *fake.team_name.lock().unwrap() = "Wheeling Black Bears".into();
    clock.advance(TTL + Duration::from_secs(1));
    let teams = sba.teams().await.unwrap();
    assert!(!teams.stale);
    assert_eq!(teams.value[0].lname, "Wheeling Black Bears");
    assert_eq!(fake.hits("/v3/teams"), 2);
}

#[tokio::test]
async fn api_down_serves_stale_data_with_a_warning_and_a_health_flag() {
    let (buf, _guard) = capture_logs();
    let (fake, base) = spawn_fake().await;
    let (sba, clock) = client(&base);
    sba.teams().await.unwrap();
    assert!(sba.health().ok);
    fake.set_mode(Mode::Down);
    clock.advance(TTL + Duration::from_secs(1));
    let teams = sba.teams().await.unwrap();
    assert!(teams.stale);
    assert_eq!(teams.value[0].abbrev, "WV");
    let health = sba.health();
    assert!(!health.ok && health.serving_stale);
    assert!(health.last_error.unwrap().contains("500"));
    assert!(
        logs(&buf).contains("serving stale teams"),
        "log: {}",
        logs(&buf)
    );
    assert_eq!(fake.hits("/v3/teams"), 2);

    // During the retry pause nobody waits on the failing API again.
    assert!(sba.teams().await.unwrap().stale);
    assert_eq!(fake.hits("/v3/teams"), 2);

    // After it, one new try; once the API is back the data is fresh and health recovers.
    fake.set_mode(Mode::Ok);
    clock.advance(Duration::from_secs(31));
    assert!(!sba.teams().await.unwrap().stale);
    assert_eq!(fake.hits("/v3/teams"), 3);
    assert!(sba.health().ok);
}

#[tokio::test]
async fn api_down_with_nothing_cached_is_a_typed_error() {
    let (buf, _guard) = capture_logs();
    let (fake, base) = spawn_fake().await;
    fake.set_mode(Mode::Down);
    let (sba, _) = client(&base);
    match sba.teams().await {
        Err(SbaError::Status { status: 500, path }) => assert_eq!(path, "/v3/current"),
        other => panic!("expected a 500, got {other:?}"),
    }
    assert!(!sba.health().ok);
    assert!(logs(&buf).contains("no current season is cached"));
}

#[tokio::test]
async fn a_slow_api_times_out_and_stale_data_is_served() {
    let (fake, base) = spawn_fake().await;
    let clock = Arc::new(ManualClock::default());
    let mut cfg = config(&base);
    cfg.request_timeout = Duration::from_millis(300);
    let sba = SbaLeague::with_clock(cfg, clock.clone()).unwrap();
    fake.set_mode(Mode::Slow);
    match sba.season().await {
        Err(SbaError::Timeout { path, .. }) => assert_eq!(path, "/v3/current"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    fake.set_mode(Mode::Ok);
    clock.advance(Duration::from_secs(31));
    sba.teams().await.unwrap();
    fake.set_mode(Mode::Slow);
    clock.advance(TTL + Duration::from_secs(1));
    let teams = sba.teams().await.unwrap();
    assert!(teams.stale);
    assert!(sba.health().last_error.unwrap().contains("did not answer"));
}

#[tokio::test]
async fn malformed_json_is_a_typed_error() {
    let (fake, base) = spawn_fake().await;
    let (sba, _) = client(&base);
    sba.season().await.unwrap();
    fake.set_mode(Mode::Malformed);
    match sba.teams().await {
        Err(SbaError::Malformed { path, .. }) => assert_eq!(path, "/v3/teams?season=13"),
        other => panic!("expected malformed, got {other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_token_is_unauthorized() {
    let (_fake, base) = spawn_fake().await;
    let sba = SbaLeague::new(SbaConfig::new(&base, Some("wrong".into()))).unwrap();
    match sba.season().await {
        Err(SbaError::Unauthorized { status: 401, .. }) => {}
        other => panic!("expected 401, got {other:?}"),
    }
    let anonymous = SbaLeague::new(SbaConfig::new(&base, None)).unwrap();
    assert!(matches!(
        anonymous.season().await,
        Err(SbaError::Unauthorized { .. })
    ));
}

#[tokio::test]
async fn an_unreachable_api_is_a_typed_error() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let sba = SbaLeague::new(SbaConfig::new(&base, Some(TOKEN.into()))).unwrap();
    assert!(matches!(
        sba.teams().await,
        Err(SbaError::Unreachable { .. })
    ));
    assert!(matches!(
        SbaLeague::new(SbaConfig::new("ftp://x", None)),
        Err(SbaError::Config(_))
    ));
}
