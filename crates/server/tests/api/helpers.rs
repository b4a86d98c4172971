//! `TestApp::spawn(backend)`: a fresh database, the real server on port 0, and clients for it.

#![allow(dead_code)]

use dugout_server::{App, Settings};
use dugout_store::testing::TestDb;
use futures_util::FutureExt;
use rust_socketio::Payload;
use rust_socketio::asynchronous::{Client, ClientBuilder};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

pub use dugout_store::testing::TestBackend as Backend;

/// How long a test waits for an answer before failing (a hang is a bug, not a slow machine).
pub const WAIT: Duration = Duration::from_secs(20);

/// A running server on a fresh database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub base: String,
    pub db: Option<TestDb>,
    pub web_dir: Option<tempfile::TempDir>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl TestApp {
    /// A fresh database and a server on it.
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// A fresh database and a server on it, with settings tweaked by `tweak`.
    pub async fn spawn_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestApp {
        if std::env::var_os("RUST_LOG").is_some() {
            dugout_server::telemetry::init_tracing(false);
        }
        let db = TestDb::new(backend).await.expect("test database");
        let web_dir = tempfile::tempdir().unwrap();
        std::fs::write(
            web_dir.path().join("index.html"),
            "<!doctype html><title>Dugout</title>",
        )
        .unwrap();
        Self::start(db, web_dir, tweak).await
    }

    /// A server on an existing database, with settings tweaked by `tweak`.
    pub async fn start(
        db: TestDb,
        web_dir: tempfile::TempDir,
        tweak: impl FnOnce(&mut Settings),
    ) -> TestApp {
        let mut settings = Settings::new(db.url());
        settings.bind = "127.0.0.1:0".parse().unwrap();
        settings.web_dir = web_dir.path().to_path_buf();
        tweak(&mut settings);
        let app = App::build(settings).await.expect("app builds");
        let addr = app.local_addr();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            app.run_until(async {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
        });
        TestApp {
            addr,
            base: format!("http://{addr}"),
            db: Some(db),
            web_dir: Some(web_dir),
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Stops the server gracefully and waits for it; returns the database and web dir for a restart.
    pub async fn stop(mut self) -> (TestDb, tempfile::TempDir) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(WAIT, task)
                .await
                .expect("server stops in time")
                .unwrap();
        }
        (self.db.take().unwrap(), self.web_dir.take().unwrap())
    }

    /// A fresh HTTP client with its own cookie jar (one browser).
    pub fn browser(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .unwrap()
    }

    /// A URL on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `GET path` with `token` as Bearer: the status and the JSON body (null when not JSON).
    pub async fn get_json(&self, token: &str, path: &str) -> (u16, Value) {
        let res = self
            .browser()
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        (
            res.status().as_u16(),
            res.json().await.unwrap_or(Value::Null),
        )
    }

    /// `POST path` with `token` as Bearer and a JSON body: the status and the JSON answer.
    pub async fn post_json(&self, token: &str, path: &str, body: &Value) -> (u16, Value) {
        let res = self
            .browser()
            .post(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap();
        (
            res.status().as_u16(),
            res.json().await.unwrap_or(Value::Null),
        )
    }

    /// Logs `username` in locally; returns the browser holding the session cookie.
    pub async fn login(&self, username: &str) -> reqwest::Client {
        let client = self.browser();
        let res = client
            .post(self.url("/api/auth/local"))
            .json(&json!({"username": username}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "login {username}");
        client
    }

    /// Logs `username` in and issues an API token.
    pub async fn token(&self, username: &str) -> String {
        let client = self.login(username).await;
        let res = client
            .post(self.url("/api/auth/token"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let body: Value = res.json().await.unwrap();
        body["token"].as_str().unwrap().to_string()
    }

    /// A Socket.IO client authenticated with `token`.
    pub async fn socket(&self, token: &str) -> TestSocket {
        TestSocket::connect(&self.base, json!({"token": token})).await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// One received server → client event.
#[derive(Debug, Clone)]
pub struct Received {
    pub event: String,
    pub data: Value,
}

/// A real Socket.IO client (rust_socketio) whose events land in a channel.
pub struct TestSocket {
    pub client: Client,
    events: mpsc::UnboundedReceiver<Received>,
}

fn first_value(payload: Payload) -> Value {
    match payload {
        Payload::Text(mut values) => {
            if values.is_empty() {
                Value::Null
            } else {
                values.swap_remove(0)
            }
        }
        #[allow(deprecated)]
        Payload::String(s) => serde_json::from_str(&s).unwrap_or(Value::String(s)),
        Payload::Binary(_) => Value::Null,
    }
}

impl TestSocket {
    /// Connects with `auth`; panics if the server refuses.
    pub async fn connect(base: &str, auth: Value) -> TestSocket {
        match Self::try_connect(base, auth).await {
            Ok(s) => s,
            Err(e) => panic!("socket refused: {e}"),
        }
    }

    /// Connects with `auth` and waits until the server accepted (CONNECT) or refused
    /// (CONNECT_ERROR, returned as its text).
    pub async fn try_connect(base: &str, auth: Value) -> Result<TestSocket, String> {
        let (tx, events) = mpsc::unbounded_channel();
        let (done_tx, done_rx) = oneshot::channel::<Result<(), String>>();
        let done = std::sync::Arc::new(std::sync::Mutex::new(Some(done_tx)));
        let (on_ok, on_err) = (done.clone(), done);
        let errors = tx.clone();
        let client = ClientBuilder::new(base)
            .namespace("/")
            .auth(auth)
            .reconnect(false)
            .on("open", move |_, _| {
                let on_ok = on_ok.clone();
                async move {
                    if let Some(d) = on_ok.lock().unwrap().take() {
                        let _ = d.send(Ok(()));
                    }
                }
                .boxed()
            })
            // rust_socketio routes both CONNECT_ERROR and the server's `error` event here.
            .on("error", move |payload, _| {
                let on_err = on_err.clone();
                let errors = errors.clone();
                async move {
                    let value = first_value(payload);
                    match on_err.lock().unwrap().take() {
                        Some(d) => {
                            let _ = d.send(Err(value.to_string()));
                        }
                        None => {
                            let _ = errors.send(Received {
                                event: "error".into(),
                                data: value,
                            });
                        }
                    }
                }
                .boxed()
            })
            .on_any(move |event, payload, _| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send(Received {
                        event: String::from(event),
                        data: first_value(payload),
                    });
                }
                .boxed()
            })
            .connect()
            .await
            .map_err(|e| e.to_string())?;
        match tokio::time::timeout(WAIT, done_rx).await {
            Ok(Ok(Ok(()))) => Ok(TestSocket { client, events }),
            Ok(Ok(Err(e))) => Err(e),
            _ => Err("no answer to connect".into()),
        }
    }

    /// Emits `event` with `data` and waits for the ack.
    pub async fn call(&self, event: &str, data: Value) -> Value {
        let (tx, rx) = oneshot::channel();
        let tx = std::sync::Arc::new(std::sync::Mutex::new(Some(tx)));
        self.client
            .emit_with_ack(event, data, WAIT, move |payload, _| {
                let tx = tx.clone();
                async move {
                    if let Some(tx) = tx.lock().unwrap().take() {
                        // rust_socketio hands an ack's arguments over as one array.
                        let value = match first_value(payload) {
                            Value::Array(mut args) if !args.is_empty() => args.swap_remove(0),
                            other => other,
                        };
                        let _ = tx.send(value);
                    }
                }
                .boxed()
            })
            .await
            .expect("emit");
        tokio::time::timeout(WAIT, rx)
            .await
            .unwrap_or_else(|_| panic!("no ack for {event}"))
            .unwrap()
    }

    /// The next event named `name` (earlier events of other names are skipped and returned).
    pub async fn next_named(&mut self, name: &str) -> Value {
        loop {
            let got = tokio::time::timeout(WAIT, self.events.recv())
                .await
                .unwrap_or_else(|_| panic!("no {name} event"))
                .expect("socket open");
            if got.event == name {
                return got.data;
            }
        }
    }

    /// The next event, whatever its name.
    pub async fn next_any(&mut self) -> Received {
        tokio::time::timeout(WAIT, self.events.recv())
            .await
            .expect("an event in time")
            .expect("socket open")
    }

    /// Every event received so far, without waiting.
    pub fn drain(&mut self) -> Vec<Received> {
        let mut out = Vec::new();
        while let Ok(r) = self.events.try_recv() {
            out.push(r);
        }
        out
    }

    /// Disconnects.
    pub async fn close(self) {
        let _ = self.client.disconnect().await;
    }
}
