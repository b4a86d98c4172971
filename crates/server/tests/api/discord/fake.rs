//! A fake Discord on loopback: the authorize page (approves at once and redirects back with a
//! code), the token endpoint (checks client credentials, redirect URI, the PKCE verifier against
//! the challenge, and that each code is used once) and `users/@me`.

use axum::extract::{Form, Query, State};
use axum::http::header::{AUTHORIZATION, LOCATION};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub const CLIENT_ID: &str = "dugout-test-client";
pub const CLIENT_SECRET: &str = "dugout-test-secret";
/// What the app is configured with; the test carries the code from here to the app itself
/// (the app's port is only known after it is built).
pub const REDIRECT_URI: &str = "http://dugout.invalid/api/auth/callback";

/// A code the authorize page issued.
struct Grant {
    challenge: String,
    redirect_uri: String,
    used: bool,
}

#[derive(Default)]
struct Inner {
    /// The user `users/@me` answers with.
    user: Value,
    grants: HashMap<String, Grant>,
    tokens: HashMap<String, Value>,
    token_requests: usize,
    fail_token: bool,
    fail_user: bool,
}

type Shared = Arc<Mutex<Inner>>;

/// The running fake.
pub struct FakeDiscord {
    pub base: String,
    shared: Shared,
    task: JoinHandle<()>,
}

impl FakeDiscord {
    /// Starts the fake on 127.0.0.1:0, answering `users/@me` with `user`.
    pub async fn start(user: Value) -> FakeDiscord {
        let shared: Shared = Arc::new(Mutex::new(Inner {
            user,
            ..Inner::default()
        }));
        let router = Router::new()
            .route("/oauth2/authorize", get(authorize))
            .route("/api/oauth2/token", post(token))
            .route("/api/users/@me", get(me))
            .with_state(shared.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        FakeDiscord { base, shared, task }
    }

    /// Stops answering: the listener is dropped, so its port refuses connections.
    pub async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }

    pub fn set_user(&self, user: Value) {
        self.shared.lock().unwrap().user = user;
    }
    pub fn fail_token_endpoint(&self) {
        self.shared.lock().unwrap().fail_token = true;
    }
    pub fn fail_user_endpoint(&self) {
        self.shared.lock().unwrap().fail_user = true;
    }
    /// How many requests reached the token endpoint.
    pub fn token_requests(&self) -> usize {
        self.shared.lock().unwrap().token_requests
    }
}

fn oauth_error(error: &str, description: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

/// The user "clicks Authorize" at once: 302 back to the redirect URI with a fresh code.
async fn authorize(
    State(shared): State<Shared>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if get("client_id") != CLIENT_ID
        || get("response_type") != "code"
        || !get("scope").split(' ').any(|s| s == "identify")
        || get("code_challenge_method") != "S256"
        || get("code_challenge").len() < 43
        || get("state").is_empty()
        || get("redirect_uri").is_empty()
    {
        return (
            StatusCode::BAD_REQUEST,
            format!("bad authorize request: {q:?}"),
        )
            .into_response();
    }
    let code = uuid::Uuid::new_v4().simple().to_string();
    shared.lock().unwrap().grants.insert(
        code.clone(),
        Grant {
            challenge: get("code_challenge"),
            redirect_uri: get("redirect_uri"),
            used: false,
        },
    );
    let mut back = url::Url::parse(&get("redirect_uri")).unwrap();
    back.query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", &get("state"));
    (StatusCode::FOUND, [(LOCATION, back.to_string())]).into_response()
}

async fn token(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let mut inner = shared.lock().unwrap();
    inner.token_requests += 1;
    if inner.fail_token {
        return (StatusCode::INTERNAL_SERVER_ERROR, "upstream connect error").into_response();
    }
    let expected = format!(
        "Basic {}",
        STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    if headers.get(AUTHORIZATION).and_then(|h| h.to_str().ok()) != Some(expected.as_str()) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": "invalid_client"})),
        )
            .into_response();
    }
    if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return oauth_error("unsupported_grant_type", "");
    }
    let code = form.get("code").cloned().unwrap_or_default();
    let Some(grant) = inner.grants.get_mut(&code) else {
        return oauth_error("invalid_grant", "Invalid \"code\" in request.");
    };
    if grant.used {
        return oauth_error("invalid_grant", "Invalid \"code\" in request.");
    }
    grant.used = true;
    let Some(verifier) = form.get("code_verifier") else {
        return oauth_error("invalid_request", "code_verifier missing");
    };
    if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != grant.challenge {
        return oauth_error("invalid_grant", "code_verifier does not match");
    }
    if form.get("redirect_uri") != Some(&grant.redirect_uri) {
        return oauth_error("invalid_grant", "redirect_uri mismatch");
    }
    let access = uuid::Uuid::new_v4().simple().to_string();
    let user = inner.user.clone();
    inner.tokens.insert(access.clone(), user);
    Json(json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": 604800,
        "refresh_token": "unused",
        "scope": "identify"
    }))
    .into_response()
}

async fn me(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let inner = shared.lock().unwrap();
    if inner.fail_user {
        return (StatusCode::BAD_GATEWAY, "bad gateway").into_response();
    }
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "));
    match bearer.and_then(|t| inner.tokens.get(t)) {
        Some(user) => Json(user.clone()).into_response(),
        None => (
            StatusCode::UNAUTHORIZED,
            Json(json!({"message": "401: Unauthorized", "code": 0})),
        )
            .into_response(),
    }
}
