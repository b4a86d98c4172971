//! Discord login end to end (issue 7) against a fake Discord on loopback: the real server, a
//! browser-like client (cookie jar, no redirect following), and every failure leaving no session.

mod fake;

use crate::helpers::{Backend, TestApp};
use dugout_server::{DiscordSettings, Settings};
use fake::{CLIENT_ID, CLIENT_SECRET, FakeDiscord, REDIRECT_URI};
use serde_json::{Value, json};

const USER_ID: &str = "80351110224678912";

fn nelly() -> Value {
    json!({"id": USER_ID, "username": "nelly", "discriminator": "0", "global_name": "Nelly",
           "avatar": "8342729096ea3675442027381ff50dfe", "public_flags": 0})
}

/// A server whose Discord is `discord_base`, with extra settings from `tweak`.
async fn app_with_discord(
    backend: Backend,
    discord_base: &str,
    tweak: impl FnOnce(&mut Settings),
) -> TestApp {
    let base = discord_base.to_string();
    TestApp::spawn_with(backend, move |s| {
        s.discord = Some(DiscordSettings {
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            redirect_uri: REDIRECT_URI.into(),
            api_base: Some(base),
        });
        tweak(s);
    })
    .await
}

/// A fake Discord, a server on it, and one browser whose login the user approved at Discord
/// (the callback not yet called): where most failure tests start.
type Started = (FakeDiscord, TestApp, reqwest::Client, String, String);

async fn started_login(tweak: impl FnOnce(&mut Settings)) -> Started {
    let fake = FakeDiscord::start(nelly()).await;
    let app = app_with_discord(Backend::Sqlite, &fake.base, tweak).await;
    let browser = browser();
    let authorize = start_login(&app, &browser, &fake).await;
    let (code, state) = approve(&authorize).await;
    (fake, app, browser, code, state)
}

/// A browser: keeps cookies, does not follow redirects (the test looks at each hop).
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_string()
}

/// `GET /api/auth/login`: returns Discord's authorize URL (asserting its shape).
async fn start_login(app: &TestApp, browser: &reqwest::Client, fake: &FakeDiscord) -> url::Url {
    let res = browser
        .get(app.url("/api/auth/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    let to = url::Url::parse(&location(&res)).unwrap();
    assert!(
        to.as_str()
            .starts_with(&format!("{}/oauth2/authorize?", fake.base)),
        "{to}"
    );
    let q: std::collections::HashMap<_, _> = to.query_pairs().into_owned().collect();
    assert_eq!(q["client_id"], CLIENT_ID);
    assert_eq!(q["redirect_uri"], REDIRECT_URI);
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["scope"], "identify");
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q["state"].len() >= 16);
    to
}

/// The user approves at the fake Discord; returns the `code` and `state` it sends back.
async fn approve(authorize: &url::Url) -> (String, String) {
    let discord_side = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let res = discord_side.get(authorize.clone()).send().await.unwrap();
    assert_eq!(res.status(), 302, "{}", res.text().await.unwrap());
    let back = url::Url::parse(&location(&res)).unwrap();
    assert!(back.as_str().starts_with(REDIRECT_URI), "{back}");
    let q: std::collections::HashMap<_, _> = back.query_pairs().into_owned().collect();
    (q["code"].clone(), q["state"].clone())
}

async fn callback(
    app: &TestApp,
    browser: &reqwest::Client,
    code: &str,
    state: &str,
) -> reqwest::Response {
    let mut url = url::Url::parse(&app.url("/api/auth/callback")).unwrap();
    url.query_pairs_mut()
        .append_pair("code", code)
        .append_pair("state", state);
    browser.get(url).send().await.unwrap()
}

async fn me(app: &TestApp, browser: &reqwest::Client) -> (u16, Value) {
    let res = browser.get(app.url("/api/auth/me")).send().await.unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

/// A refused callback: `status`, error `code`, a message, and no session afterwards.
async fn assert_refused(
    app: &TestApp,
    browser: &reqwest::Client,
    res: reqwest::Response,
    status: u16,
    code: &str,
) -> String {
    assert_eq!(res.status(), status);
    assert!(res.headers().get("location").is_none());
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "{body}");
    let message = body["error"]["message"].as_str().unwrap().to_string();
    assert!(!message.is_empty());
    let (status, body) = me(app, browser).await;
    assert_eq!(status, 401, "no session after a failed login: {body}");
    message
}

#[tokio::test]
async fn discord_login_end_to_end_creates_then_refreshes_the_account() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let fake = FakeDiscord::start(nelly()).await;
        let app = app_with_discord(backend, &fake.base, |_| {}).await;
        let health: Value = reqwest::get(app.url("/api/health"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(health["auth"], json!({"discord": true, "local": true}));
        let browser = browser();

        let authorize = start_login(&app, &browser, &fake).await;
        assert_eq!(
            me(&app, &browser).await.0,
            401,
            "a started login is not a session"
        );
        let (code, state) = approve(&authorize).await;
        let res = callback(&app, &browser, &code, &state).await;
        assert_eq!(res.status(), 302);
        assert_eq!(location(&res), "/games");
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );

        let (status, body) = me(&app, &browser).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["id"], format!("discord:{USER_ID}"));
        assert_eq!(body["name"], "Nelly");
        assert_eq!(
            body["avatar_url"],
            format!(
                "https://cdn.discordapp.com/avatars/{USER_ID}/8342729096ea3675442027381ff50dfe.png"
            )
        );
        assert_eq!(fake.token_requests(), 1);

        // Next login after a profile change: same account, fresh name and avatar.
        fake.set_user(
            json!({"id": USER_ID, "username": "nelly2", "discriminator": "0",
                             "global_name": null, "avatar": null}),
        );
        let authorize = start_login(&app, &browser, &fake).await;
        let (code, state) = approve(&authorize).await;
        assert_eq!(callback(&app, &browser, &code, &state).await.status(), 302);
        let (_, body) = me(&app, &browser).await;
        assert_eq!(body["id"], format!("discord:{USER_ID}"));
        assert_eq!(body["name"], "nelly2");
        assert_eq!(
            body["avatar_url"],
            "https://cdn.discordapp.com/embed/avatars/5.png"
        );

        // The session is an ordinary one: logout ends it.
        let out = browser
            .post(app.url("/api/auth/logout"))
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), 204);
        assert_eq!(me(&app, &browser).await.0, 401);
        drop(app);
        fake.stop().await;
    }
}

#[tokio::test]
async fn wrong_or_missing_state_is_refused_before_the_code_is_spent() {
    let (fake, app, browser, code, state) = started_login(|_| {}).await;

    let res = callback(&app, &browser, &code, "not-the-state").await;
    let message = assert_refused(&app, &browser, res, 400, "invalid_payload").await;
    assert!(message.contains("state"), "{message}");
    assert_eq!(
        fake.token_requests(),
        0,
        "a wrong state must not reach Discord"
    );

    // The attempt spent the pending login: the right state no longer works either.
    let res = callback(&app, &browser, &code, &state).await;
    assert_refused(&app, &browser, res, 400, "invalid_payload").await;

    // A browser that never started a login, and a callback without state.
    let stranger = self::browser();
    let res = callback(&app, &stranger, &code, &state).await;
    assert_refused(&app, &stranger, res, 400, "invalid_payload").await;
    let authorize = start_login(&app, &browser, &fake).await;
    let (code, _) = approve(&authorize).await;
    let res = browser
        .get(app.url(&format!("/api/auth/callback?code={code}")))
        .send()
        .await
        .unwrap();
    let message = assert_refused(&app, &browser, res, 400, "invalid_payload").await;
    assert!(message.contains("state"), "{message}");
    assert_eq!(fake.token_requests(), 0);
}

#[tokio::test]
async fn a_reused_code_fails_at_discord_and_here() {
    let (fake, app, first, code, state) = started_login(|_| {}).await;
    assert_eq!(callback(&app, &first, &code, &state).await.status(), 302);

    // Another browser starts its own login but replays the first browser's code.
    let second = browser();
    let authorize = start_login(&app, &second, &fake).await;
    let (_, second_state) = approve(&authorize).await;
    let res = callback(&app, &second, &code, &second_state).await;
    let message = assert_refused(&app, &second, res, 400, "invalid_payload").await;
    assert!(message.contains("code"), "{message}");
    assert_eq!(fake.token_requests(), 2);
    assert_eq!(
        me(&app, &first).await.0,
        200,
        "the first login is unaffected"
    );
}

#[tokio::test]
async fn discord_down_is_a_clear_error_and_no_session() {
    let (fake, app, browser, code, state) = started_login(|_| {}).await;
    fake.stop().await;
    let res = callback(&app, &browser, &code, &state).await;
    let message = assert_refused(&app, &browser, res, 503, "busy").await;
    assert!(message.contains("Discord"), "{message}");
}

#[tokio::test]
async fn token_endpoint_error_is_a_clear_error_and_no_session() {
    let (fake, app, browser, code, state) = started_login(|_| {}).await;
    fake.fail_token_endpoint();
    let res = callback(&app, &browser, &code, &state).await;
    let message = assert_refused(&app, &browser, res, 503, "busy").await;
    assert!(message.contains("Discord"), "{message}");
    assert_eq!(fake.token_requests(), 1);
}

#[tokio::test]
async fn user_endpoint_error_is_a_clear_error_and_no_session() {
    let (fake, app, browser, code, state) = started_login(|_| {}).await;
    fake.fail_user_endpoint();
    let res = callback(&app, &browser, &code, &state).await;
    assert_refused(&app, &browser, res, 503, "busy").await;
}

#[tokio::test]
async fn a_wrong_client_secret_is_reported_as_a_server_problem() {
    let (_fake, app, browser, code, state) = started_login(|s| {
        if let Some(d) = s.discord.as_mut() {
            d.client_secret = "wrong".into();
        }
    })
    .await;
    let res = callback(&app, &browser, &code, &state).await;
    let message = assert_refused(&app, &browser, res, 500, "internal").await;
    assert!(message.contains("misconfigured"), "{message}");
}

#[tokio::test]
async fn logins_are_rate_limited_per_address() {
    let fake = FakeDiscord::start(nelly()).await;
    let app = app_with_discord(Backend::Sqlite, &fake.base, |s| {
        s.limits.login_burst = 2;
        s.limits.login_per_minute = 1;
    })
    .await;
    let browser = browser();
    for _ in 0..2 {
        let res = browser
            .get(app.url("/api/auth/login"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302);
    }
    let res = browser
        .get(app.url("/api/auth/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    let res = callback(&app, &browser, "c", "s").await;
    assert_eq!(res.status(), 429, "the callback shares the budget");
}

#[tokio::test]
async fn without_discord_settings_login_is_local() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let health: Value = reqwest::get(app.url("/api/health"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["auth"]["discord"], false);
    let browser = browser();
    let res = browser
        .get(app.url("/api/auth/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(location(&res), "/login");
    let res = callback(&app, &browser, "c", "s").await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn bad_discord_settings_stop_the_start() {
    let db = dugout_store::testing::TestDb::new(Backend::Sqlite)
        .await
        .unwrap();
    let mut settings = Settings::new(db.url());
    settings.bind = "127.0.0.1:0".parse().unwrap();
    settings.discord = Some(DiscordSettings {
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
        redirect_uri: "not a url".into(),
        api_base: None,
    });
    let err = dugout_server::App::build(settings)
        .await
        .err()
        .expect("refused");
    assert!(err.to_string().contains("DISCORD_REDIRECT_URI"), "{err}");
}

#[tokio::test]
async fn a_browser_gets_an_error_page_not_json() {
    let (_fake, app, browser, code, _) = started_login(|_| {}).await;
    let res = browser
        .get(app.url(&format!("/api/auth/callback?code={code}&state=forged")))
        .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Login failed") && page.contains("state:"),
        "{page}"
    );
    assert!(page.contains("href=\"/api/auth/login\""), "{page}");
    assert_eq!(me(&app, &browser).await.0, 401);
}

/// `GET /api/auth/me` lists the SBA teams whose general manager is the Discord user (team
/// `gmid` → `manager_ids`), read through the SBA league's cache.
#[tokio::test]
async fn me_lists_the_sba_teams_the_discord_user_manages() {
    assert_eq!(crate::sba_league::WV_GM, USER_ID);
    let (_sba, sba_base) = crate::sba_league::spawn_fake_sba().await;
    let (_fake, app, browser, code, state) = started_login(|s| {
        s.sba = Some(dugout_server::SbaSettings {
            api_base: sba_base,
            api_token: Some(crate::sba_league::TOKEN.into()),
        });
    })
    .await;
    assert_eq!(callback(&app, &browser, &code, &state).await.status(), 302);
    let (status, body) = me(&app, &browser).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["teams"], json!([{"league_id": "sba", "team_id": 10}]));
}
