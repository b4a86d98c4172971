//! Dugout's wire contract (`shared/spec/protocol.md`): the error codes, the client → server events
//! parsed strictly from JSON, and the server → client payloads.
//!
//! ```
//! use dugout_protocol::inbound::{parse_event, Inbound};
//! use serde_json::json;
//! let ev = parse_event("join_game", &json!({"game_id": "g1"})).unwrap();
//! assert_eq!(ev, Inbound::JoinGame { game_id: "g1".into() });
//! let err = parse_event("roll_dice", &json!({"game_id": "g1", "roll_type": "d100"})).unwrap_err();
//! assert_eq!(err.field, "roll_type");
//! ```
#![forbid(unsafe_code)]

pub mod error_code;
pub mod inbound;
pub mod outbound;
pub mod parse;
pub mod state;

pub use error_code::{ErrorCode, Refusal};
pub use parse::{MAX_ID_LEN, MAX_NAME_LEN, PayloadError, Problem};

impl From<PayloadError> for Refusal {
    fn from(e: PayloadError) -> Self {
        Refusal::new(ErrorCode::InvalidPayload, e.to_string())
    }
}
