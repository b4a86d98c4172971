//! One manager: a Socket.IO client that joins a game and acts whenever a state it receives says
//! it is its side's turn, one action in flight at a time.

use std::time::Duration;

use futures_util::FutureExt;
use rand::SeedableRng;
use rand::rngs::SmallRng;
use rust_socketio::asynchronous::{Client, ClientBuilder};
use rust_socketio::{Event, Payload, TransportType};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::config::Config;
use crate::policy::{is_over, next_move, version};
use crate::recorder::Recorder;
use crate::setup::Login;

/// Refusals in a row after which a manager gives up on its game (a bug, not load).
const MAX_REFUSALS_IN_A_ROW: u32 = 20;

/// What the socket callbacks forward to the manager's loop.
enum Inbound {
    /// A state carried by any server event.
    State(Value),
    /// The ack of the event sent at `sent`; `counted` is false for `join_game`, which is setup.
    Ack {
        sent: Instant,
        reply: Value,
        counted: bool,
    },
}

/// How a manager's game ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    /// `game_over`.
    Completed,
    /// The run's time was up.
    Deadline,
    /// Connection lost, or too many refusals.
    Failed,
}

/// A connected manager, joined to its game, not acting yet.
pub(crate) struct Manager {
    client: Client,
    inbox: mpsc::UnboundedReceiver<Inbound>,
    inbox_tx: mpsc::UnboundedSender<Inbound>,
    side: &'static str,
    login: Login,
    game_id: String,
    ack_timeout: Duration,
}

/// Connecting or joining failed.
#[derive(Debug, thiserror::Error)]
#[error("{step}: {message}")]
pub struct ConnectError {
    step: &'static str,
    message: String,
}

impl Manager {
    /// Connects with the login's token and joins `game_id`.
    pub(crate) async fn join(
        config: &Config,
        login: &Login,
        side: &'static str,
        game_id: &str,
    ) -> Result<Manager, ConnectError> {
        let (inbox_tx, inbox) = mpsc::unbounded_channel();
        let states = inbox_tx.clone();
        // `connect()` returns once the CONNECT packet is sent; an event sent before the server
        // accepted the namespace (its auth check takes a moment) makes it drop the connection.
        let (accepted_tx, accepted) = tokio::sync::oneshot::channel::<()>();
        let accepted_tx = std::sync::Mutex::new(Some(accepted_tx));
        let client = ClientBuilder::new(config.url.as_str())
            .auth(json!({"token": login.token}))
            .transport_type(TransportType::Websocket)
            .reconnect(false)
            .on(Event::Connect, move |_payload, _client| {
                if let Some(accepted) = accepted_tx.lock().ok().and_then(|mut slot| slot.take()) {
                    let _ = accepted.send(());
                }
                async {}.boxed()
            })
            .on_any(move |_event, payload, _client| {
                if let Some(state) = state_of(&payload) {
                    // The loop may have ended; a late state is of no use then.
                    let _ = states.send(Inbound::State(state));
                }
                async {}.boxed()
            })
            .connect()
            .await
            .map_err(|error| ConnectError {
                step: "connect",
                message: error.to_string(),
            })?;
        match tokio::time::timeout(config.ack_timeout, accepted).await {
            Ok(Ok(())) => {}
            _ => {
                let _ = client.disconnect().await;
                return Err(ConnectError {
                    step: "connect",
                    message: "the server did not accept the connection".into(),
                });
            }
        }
        let manager = Manager {
            client,
            inbox,
            inbox_tx,
            side,
            login: login.clone(),
            game_id: game_id.to_owned(),
            ack_timeout: config.ack_timeout,
        };
        manager
            .send("join_game", json!({"game_id": game_id}), false)
            .await
            .map_err(|error| ConnectError {
                step: "join_game",
                message: error.to_string(),
            })?;
        Ok(manager)
    }

    /// Plays until the game ends, the deadline passes or the game cannot go on.
    pub(crate) async fn play(mut self, deadline: Instant, recorder: &mut Recorder) -> Ending {
        let mut rng = SmallRng::from_os_rng();
        let mut latest: Option<Value> = None;
        let mut acted_on: Option<u64> = None;
        let mut in_flight: Option<Instant> = None;
        let mut refusals_in_a_row = 0;
        let mut sequence = 0u64;
        let ending = loop {
            let wake = in_flight.map_or(deadline, |sent| deadline.min(sent + self.ack_timeout));
            let inbound = tokio::select! {
                inbound = self.inbox.recv() => inbound,
                () = tokio::time::sleep_until(wake) => {
                    if Instant::now() >= deadline {
                        break Ending::Deadline;
                    }
                    // The ack never came: count it and let the manager act again.
                    recorder.error();
                    in_flight = None;
                    acted_on = None;
                    continue;
                }
            };
            match inbound {
                Some(Inbound::State(state)) => {
                    if version(&state) >= latest.as_ref().and_then(version) {
                        latest = Some(state);
                    }
                }
                Some(Inbound::Ack { counted: false, .. }) => {}
                Some(Inbound::Ack { sent, reply, .. }) => {
                    in_flight = None;
                    if reply["ok"] == true {
                        refusals_in_a_row = 0;
                        recorder.accepted(sent.elapsed());
                    } else {
                        let code = reply["error"]["code"].as_str().unwrap_or("unknown");
                        recorder.refused(code, sent.elapsed());
                        refusals_in_a_row += 1;
                        if refusals_in_a_row >= MAX_REFUSALS_IN_A_ROW {
                            recorder.error();
                            break Ending::Failed;
                        }
                        // A stale action waits for the newer state; anything else retries.
                        if code != "stale_version" {
                            acted_on = None;
                        }
                    }
                }
                None => {
                    recorder.error();
                    break Ending::Failed;
                }
            }
            let Some(state) = &latest else { continue };
            if is_over(state) {
                break Ending::Completed;
            }
            let current = version(state);
            if in_flight.is_some() || current.is_none() || current == acted_on {
                continue;
            }
            let Some(step) = next_move(state, self.side, &mut rng) else {
                continue;
            };
            sequence += 1;
            let mut payload = step.fields;
            payload["game_id"] = json!(self.game_id);
            payload["expected_version"] = json!(current);
            payload["action_id"] = json!(format!("{}-{sequence}", self.login.user));
            match self.send(step.event, payload, true).await {
                Ok(sent) => {
                    in_flight = Some(sent);
                    acted_on = current;
                }
                Err(_) => {
                    recorder.error();
                    break Ending::Failed;
                }
            }
        };
        // Best effort: the server notices a dropped socket anyway.
        let _ = self.client.disconnect().await;
        ending
    }

    /// Emits `event` with an ack that the loop receives as [`Inbound::Ack`]; returns the send time.
    async fn send(
        &self,
        event: &'static str,
        payload: Value,
        counted: bool,
    ) -> Result<Instant, rust_socketio::Error> {
        let acks = self.inbox_tx.clone();
        let sent = Instant::now();
        let on_ack = move |reply: Payload, _client: Client| {
            let reply = ack_value(&reply).unwrap_or(Value::Null);
            let _ = acks.send(Inbound::Ack {
                sent,
                reply,
                counted,
            });
            async {}.boxed()
        };
        // rust_socketio drops acks later than this itself; our own ack timeout is the shorter.
        let library_timeout = self.ack_timeout * 2;
        self.client
            .emit_with_ack(event, payload, library_timeout, on_ack)
            .await?;
        Ok(sent)
    }
}

/// The first argument of an event.
fn first_value(payload: &Payload) -> Option<Value> {
    match payload {
        Payload::Text(values) => values.first().cloned(),
        _ => None,
    }
}

/// The ack's first argument. rust_socketio hands an ack's arguments over as one JSON array.
fn ack_value(payload: &Payload) -> Option<Value> {
    match first_value(payload)? {
        Value::Array(mut arguments) if !arguments.is_empty() => Some(arguments.swap_remove(0)),
        other => Some(other),
    }
}

/// The `state` field of a server event, if it carries one.
fn state_of(payload: &Payload) -> Option<Value> {
    let value = first_value(payload)?;
    match value {
        Value::Object(mut fields) => fields.remove("state"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ack_arguments_are_unwrapped() {
        let ack = Payload::Text(vec![json!([{"ok": true, "version": 3}])]);
        assert_eq!(ack_value(&ack), Some(json!({"ok": true, "version": 3})));
        let bare = Payload::Text(vec![json!({"ok": false})]);
        assert_eq!(ack_value(&bare), Some(json!({"ok": false})));
        assert_eq!(ack_value(&Payload::Text(vec![])), None);
    }

    #[test]
    fn states_are_taken_from_any_event() {
        let event = Payload::Text(vec![json!({"game_id": "g", "state": {"version": 4}})]);
        assert_eq!(state_of(&event), Some(json!({"version": 4})));
        let no_state = Payload::Text(vec![json!({"game_id": "g", "user": {}})]);
        assert_eq!(state_of(&no_state), None);
    }
}
