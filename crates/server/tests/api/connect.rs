//! Events sent the moment a socket is connected are answered (the handlers are in place before the
//! server's CONNECT packet; they used to be attached in a task spawned after it).

use crate::helpers::{Backend, TestApp};
use serde_json::json;

#[tokio::test]
async fn the_first_event_after_connect_is_answered() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = app.token("eager").await;
    for _ in 0..40 {
        let socket = app.socket(&token).await;
        let reply = socket.call("join_lobby", json!({})).await;
        assert_eq!(reply["ok"], true, "{reply}");
        socket.close().await;
    }
}
