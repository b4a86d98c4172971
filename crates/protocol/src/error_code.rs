//! The spec's error codes (protocol.md §1.3), their snake_case spellings and HTTP statuses.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Every error code a client can receive, over Socket.IO or HTTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No session cookie or token.
    NotAuthenticated,
    /// Not your team, or a spectator acting.
    Forbidden,
    /// No game with that id.
    GameNotFound,
    /// League, team or player not found.
    NotFound,
    /// Malformed or out-of-range field; the message names the field.
    InvalidPayload,
    /// HTTP body over 1 MB.
    PayloadTooLarge,
    /// The event does not belong to the game's current phase.
    WrongPhase,
    /// `roll_dice` while an at-bat roll waits for its outcome.
    RollAlreadyPending,
    /// `submit_manual_outcome` with no pending roll.
    NoPendingRoll,
    /// `roll_id` is not the pending roll.
    UnknownRoll,
    /// A decision the base/out state makes impossible.
    InvalidDecision,
    /// A manual outcome that is not possible here.
    InvalidOutcome,
    /// A substitution the rules refuse.
    InvalidSubstitution,
    /// A lineup the rules refuse.
    InvalidLineup,
    /// The seat is already taken.
    SeatTaken,
    /// `expected_version` differs from the game's version.
    StaleVersion,
    /// The game is over.
    GameOver,
    /// The game never took the action; retry.
    Busy,
    /// Too many requests.
    RateLimited,
    /// An internal failure (details are in the server log only).
    Internal,
}

impl ErrorCode {
    /// Every code, in the order of protocol.md §1.3.
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::NotAuthenticated,
        ErrorCode::Forbidden,
        ErrorCode::GameNotFound,
        ErrorCode::NotFound,
        ErrorCode::InvalidPayload,
        ErrorCode::PayloadTooLarge,
        ErrorCode::WrongPhase,
        ErrorCode::RollAlreadyPending,
        ErrorCode::NoPendingRoll,
        ErrorCode::UnknownRoll,
        ErrorCode::InvalidDecision,
        ErrorCode::InvalidOutcome,
        ErrorCode::InvalidSubstitution,
        ErrorCode::InvalidLineup,
        ErrorCode::SeatTaken,
        ErrorCode::StaleVersion,
        ErrorCode::GameOver,
        ErrorCode::Busy,
        ErrorCode::RateLimited,
        ErrorCode::Internal,
    ];

    /// The wire spelling, e.g. `"stale_version"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotAuthenticated => "not_authenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::GameNotFound => "game_not_found",
            ErrorCode::NotFound => "not_found",
            ErrorCode::InvalidPayload => "invalid_payload",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::WrongPhase => "wrong_phase",
            ErrorCode::RollAlreadyPending => "roll_already_pending",
            ErrorCode::NoPendingRoll => "no_pending_roll",
            ErrorCode::UnknownRoll => "unknown_roll",
            ErrorCode::InvalidDecision => "invalid_decision",
            ErrorCode::InvalidOutcome => "invalid_outcome",
            ErrorCode::InvalidSubstitution => "invalid_substitution",
            ErrorCode::InvalidLineup => "invalid_lineup",
            ErrorCode::SeatTaken => "seat_taken",
            ErrorCode::StaleVersion => "stale_version",
            ErrorCode::GameOver => "game_over",
            ErrorCode::Busy => "busy",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Internal => "internal",
        }
    }

    /// The HTTP status protocol.md §2 gives the code. Codes §2 does not list (the play-time
    /// refusals) are conflicts with the game's state: 409.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::InvalidPayload | ErrorCode::InvalidLineup | ErrorCode::InvalidDecision => {
                400
            }
            ErrorCode::InvalidOutcome | ErrorCode::InvalidSubstitution => 400,
            ErrorCode::NotAuthenticated => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound | ErrorCode::GameNotFound => 404,
            ErrorCode::SeatTaken
            | ErrorCode::WrongPhase
            | ErrorCode::GameOver
            | ErrorCode::StaleVersion
            | ErrorCode::RollAlreadyPending
            | ErrorCode::NoPendingRoll
            | ErrorCode::UnknownRoll => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::RateLimited => 429,
            ErrorCode::Busy => 503,
            ErrorCode::Internal => 500,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal: an error code with a human-readable message (the `error` object on the wire).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct Refusal {
    /// The stable code clients branch on.
    pub code: ErrorCode,
    /// What went wrong, for people; names the field for `invalid_payload`.
    pub message: String,
}

impl Refusal {
    /// A refusal with `code` and `message`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Refusal {
            code,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_match_serde() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            let back: ErrorCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, code);
        }
    }

    #[test]
    fn statuses_follow_section_2() {
        assert_eq!(ErrorCode::InvalidPayload.http_status(), 400);
        assert_eq!(ErrorCode::NotAuthenticated.http_status(), 401);
        assert_eq!(ErrorCode::Forbidden.http_status(), 403);
        assert_eq!(ErrorCode::GameNotFound.http_status(), 404);
        assert_eq!(ErrorCode::SeatTaken.http_status(), 409);
        assert_eq!(ErrorCode::StaleVersion.http_status(), 409);
        assert_eq!(ErrorCode::PayloadTooLarge.http_status(), 413);
        assert_eq!(ErrorCode::RateLimited.http_status(), 429);
        assert_eq!(ErrorCode::Busy.http_status(), 503);
        assert_eq!(ErrorCode::Internal.http_status(), 500);
    }
}
