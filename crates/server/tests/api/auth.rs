//! Local login, sessions, tokens, logout, the Origin check and Socket.IO connect auth.

use crate::helpers::{Backend, TestApp, TestSocket};
use serde_json::{Value, json};

#[tokio::test]
async fn local_login_session_me_and_logout() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let app = TestApp::spawn(backend).await;
        let anon = reqwest::get(app.url("/api/auth/me")).await.unwrap();
        assert_eq!(anon.status(), 401);
        let body: Value = anon.json().await.unwrap();
        assert_eq!(body["error"]["code"], "not_authenticated");

        let browser = app.browser();
        let res = browser
            .post(app.url("/api/auth/local"))
            .json(&json!({"username": "alice"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
        assert!(
            !cookie.contains("Secure"),
            "plain http must not set Secure: {cookie}"
        );

        let me: Value = browser
            .get(app.url("/api/auth/me"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(me["id"], "local:alice");
        assert_eq!(me["name"], "alice");
        assert_eq!(me["teams"], json!([]));

        // A token issued by this session, then logout: both stop working at once.
        let token: Value = browser
            .post(app.url("/api/auth/token"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = token["token"].as_str().unwrap().to_string();
        let via_token = app
            .browser()
            .get(app.url("/api/auth/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(via_token.status(), 200);

        let out = browser
            .post(app.url("/api/auth/logout"))
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), 204);
        let after = browser.get(app.url("/api/auth/me")).send().await.unwrap();
        assert_eq!(after.status(), 401);
        // Replaying the old cookie by hand does not work either (the session row is gone).
        let session_value = cookie.split(';').next().unwrap().to_string();
        let replay = app
            .browser()
            .get(app.url("/api/auth/me"))
            .header("cookie", session_value)
            .send()
            .await
            .unwrap();
        assert_eq!(replay.status(), 401);
        let revoked = app
            .browser()
            .get(app.url("/api/auth/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(revoked.status(), 401);
    }
}

#[tokio::test]
async fn bad_usernames_are_invalid_payload_naming_the_field() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for body in [
        json!({}),
        json!({"username": ""}),
        json!({"username": 5}),
        json!({"username": "a b"}),
        json!({"username": "x".repeat(101)}),
        json!({"username": "ok", "extra": 1}),
    ] {
        let res = app
            .browser()
            .post(app.url("/api/auth/local"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{body}");
        let err: Value = res.json().await.unwrap();
        assert_eq!(err["error"]["code"], "invalid_payload");
        let message = err["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("username") || message.contains("extra"),
            "{message}"
        );
    }
    let not_json = app
        .browser()
        .post(app.url("/api/auth/local"))
        .body("{nope")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);
}

#[tokio::test]
async fn cross_site_posts_with_cookies_are_forbidden() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.login("carol").await;
    let res = browser
        .post(app.url("/api/auth/token"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let ok = browser
        .post(app.url("/api/auth/token"))
        .header("origin", app.base.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn local_login_is_off_when_disabled() {
    let db = dugout_store::testing::TestDb::new(Backend::Sqlite)
        .await
        .unwrap();
    let web = tempfile::tempdir().unwrap();
    let app = TestApp::start(db, web, |s| s.local_login = Some(false)).await;
    let res = app
        .browser()
        .post(app.url("/api/auth/local"))
        .json(&json!({"username": "dave"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let login = app
        .browser()
        .get(app.url("/api/auth/login"))
        .send()
        .await
        .unwrap();
    // reqwest follows the redirect to the SPA's login page.
    assert_eq!(login.url().path(), "/login");
}

/// Engine.IO long-polling by hand: the connect packet without credentials gets a CONNECT_ERROR
/// whose message is `not_authenticated`.
#[tokio::test]
async fn socket_without_credentials_is_refused_at_connect() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let http = app.browser();
    let open = http
        .get(app.url("/socket.io/?EIO=4&transport=polling"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let handshake: Value = serde_json::from_str(open.trim_start_matches('0')).unwrap();
    let sid = handshake["sid"].as_str().unwrap();
    let url = app.url(&format!("/socket.io/?EIO=4&transport=polling&sid={sid}"));
    let sent = http.post(&url).body("40").send().await.unwrap();
    assert_eq!(sent.status(), 200);
    let answer = http.get(&url).send().await.unwrap().text().await.unwrap();
    let packet = answer
        .split('\x1e')
        .find(|p| p.starts_with("44"))
        .unwrap_or_else(|| panic!("no CONNECT_ERROR in {answer:?}"));
    let data: Value = serde_json::from_str(&packet[2..]).unwrap();
    assert_eq!(data["message"], "not_authenticated");
}

#[tokio::test]
async fn socket_with_token_answers_bad_input_and_stays_usable() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("erin").await;
    let mut socket = app.socket(&token).await;
    let reply = socket.call("no_such_event", json!({})).await;
    assert_eq!(reply["ok"], false);
    assert_eq!(reply["error"]["code"], "invalid_payload");
    let err = socket.next_named("error").await;
    assert_eq!(err["event"], "no_such_event");
    let huge = socket
        .call("join_game", json!({"game_id": "x".repeat(100 * 1024)}))
        .await;
    assert_eq!(huge["error"]["code"], "invalid_payload");
    assert!(
        huge["error"]["message"]
            .as_str()
            .unwrap()
            .contains("game_id")
    );
    // Still usable.
    let lobby = socket.call("join_lobby", json!({})).await;
    assert_eq!(lobby["ok"], true);
    socket.close().await;
    // The real client sees the refusal too.
    let refused = TestSocket::try_connect(&app.base, json!({"token": "not-a-token"})).await;
    let err = refused.err().expect("refused");
    assert!(err.contains("not_authenticated"), "{err}");
}

/// Expired sessions are deleted from the database (the sweep `App` runs every
/// `session_sweep`); live ones stay.
#[tokio::test]
async fn expired_sessions_are_swept() {
    use dugout_server::auth::session::DbSessionStore;
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::{ExpiredDeletion, SessionStore};
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let db = dugout_store::testing::TestDb::new(backend).await.unwrap();
        let store = dugout_store::Store::connect(db.url()).await.unwrap();
        let sessions = DbSessionStore::open(store.pool()).await.unwrap();
        let now = time::OffsetDateTime::now_utc();
        let mut expired = Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: now - time::Duration::hours(1),
        };
        let mut live = Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: now + time::Duration::hours(1),
        };
        sessions.create(&mut expired).await.unwrap();
        sessions.create(&mut live).await.unwrap();
        sessions.delete_expired().await.unwrap();
        let count: i64 = match store.pool() {
            dugout_store::StorePool::Sqlite(p) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions")
                    .fetch_one(p)
                    .await
                    .unwrap()
            }
            dugout_store::StorePool::Postgres(p) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM session")
                    .fetch_one(p)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(count, 1, "only the live session is left");
        assert!(sessions.load(&live.id).await.unwrap().is_some());
        store.close().await;
    }
}
