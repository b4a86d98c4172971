//! The bad-input table (protocol.md §1.4): for every event, a missing, mistyped, out-of-range or
//! 100 KB field is refused with a `PayloadError` naming that field. Driven by the JSON fixtures that
//! the server's integration tests and the web UI reuse.

use dugout_protocol::inbound::parse_event;
use dugout_protocol::{ErrorCode, Problem, Refusal};
use serde_json::{Value, json};

fn fixture(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn valid() -> Vec<(String, Value)> {
    fixture("inbound_valid.json")
        .into_iter()
        .map(|c| {
            (
                c["event"].as_str().unwrap().to_string(),
                c["payload"].clone(),
            )
        })
        .collect()
}

#[test]
fn every_valid_fixture_parses() {
    for (event, payload) in valid() {
        parse_event(&event, &payload).unwrap_or_else(|e| panic!("{event}: {e}"));
    }
}

#[test]
fn every_invalid_fixture_names_its_field() {
    for case in fixture("inbound_invalid.json") {
        let event = case["event"].as_str().unwrap();
        let err = parse_event(event, &case["payload"]).expect_err(&case.to_string());
        assert_eq!(err.field, case["field"].as_str().unwrap(), "{case}");
        let refusal = Refusal::from(err);
        assert_eq!(refusal.code, ErrorCode::InvalidPayload);
    }
}

/// Every top-level field of every valid payload, removed: either it is optional (still parses) or
/// the refusal names it as missing. Required ones are known from protocol.md §1.1.
#[test]
fn missing_fields_are_named() {
    let optional = [
        "expected_version",
        "action_id",
        "hit_location",
        "error",
        "outfield_depth",
        "hold_runners",
        "intentional_walk",
    ];
    for (event, payload) in valid() {
        let Some(obj) = payload.as_object() else {
            continue;
        };
        for key in obj.keys() {
            let mut p = payload.clone();
            p.as_object_mut().unwrap().remove(key);
            let res = parse_event(&event, &p);
            if optional.contains(&key.as_str()) {
                assert!(res.is_ok(), "{event} without optional {key}: {res:?}");
            } else {
                let err = res.expect_err(&format!("{event} without {key}"));
                // The short form of a replacement names the long form when the entering id is gone.
                if event == "request_defensive_replacement" && key == "entering_player_id" {
                    assert_eq!(err.field, "moves");
                } else {
                    assert_eq!(err.field, *key, "{event} without {key}");
                }
                assert_eq!(err.problem, Problem::Missing);
            }
        }
    }
}

#[test]
fn mistyped_and_huge_fields_are_named() {
    let huge = "x".repeat(100 * 1024);
    for (event, payload) in valid() {
        let Some(obj) = payload.as_object() else {
            continue;
        };
        for (key, value) in obj {
            // A value of another JSON type than the valid one.
            let wrong = match value {
                Value::String(_) => json!(12),
                Value::Number(_) | Value::Bool(_) => json!([1]),
                _ => json!("text"),
            };
            for bad in [wrong, Value::String(huge.clone())] {
                if bad == *value {
                    continue;
                }
                let mut p = payload.clone();
                p.as_object_mut().unwrap().insert(key.clone(), bad.clone());
                let err = parse_event(&event, &p).expect_err(&format!("{event} with bad {key}"));
                assert_eq!(err.field, *key, "{event} with bad {key}");
                let message = err.to_string();
                assert!(message.len() < 300, "message echoes input: {message}");
            }
        }
    }
}

#[test]
fn huge_unknown_field_name_is_bounded_in_the_message() {
    let huge_key = "k".repeat(100 * 1024);
    let mut payload = json!({"game_id": "g"});
    payload.as_object_mut().unwrap().insert(huge_key, json!(1));
    let err = parse_event("join_game", &payload).unwrap_err();
    assert_eq!(err.problem, Problem::Unknown);
    assert!(err.to_string().len() < 200);
}
