//! Lineup positions: the nine fielding positions plus `DH`, and `PH`/`PR` for a pinch hitter or
//! runner who has no fielding position yet (protocol.md Move).

use dugout_model::FieldPos;
use serde::{Deserialize, Serialize};

/// A position in a lineup (`C 1B 2B 3B SS LF CF RF P DH PH PR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Position {
    /// Pitcher.
    P,
    /// Catcher.
    C,
    /// First base.
    #[serde(rename = "1B")]
    First,
    /// Second base.
    #[serde(rename = "2B")]
    Second,
    /// Third base.
    #[serde(rename = "3B")]
    Third,
    /// Shortstop.
    SS,
    /// Left field.
    LF,
    /// Center field.
    CF,
    /// Right field.
    RF,
    /// Designated hitter.
    DH,
    /// Pinch hitter without a position yet.
    PH,
    /// Pinch runner without a position yet.
    PR,
}

impl Position {
    /// The fielding position, if this is one.
    pub fn field(self) -> Option<FieldPos> {
        Some(match self {
            Position::P => FieldPos::P,
            Position::C => FieldPos::C,
            Position::First => FieldPos::First,
            Position::Second => FieldPos::Second,
            Position::Third => FieldPos::Third,
            Position::SS => FieldPos::SS,
            Position::LF => FieldPos::LF,
            Position::CF => FieldPos::CF,
            Position::RF => FieldPos::RF,
            Position::DH | Position::PH | Position::PR => return None,
        })
    }

    /// The lineup position of a fielding position.
    pub fn of(pos: FieldPos) -> Position {
        match pos {
            FieldPos::P => Position::P,
            FieldPos::C => Position::C,
            FieldPos::First => Position::First,
            FieldPos::Second => Position::Second,
            FieldPos::Third => Position::Third,
            FieldPos::SS => Position::SS,
            FieldPos::LF => Position::LF,
            FieldPos::CF => Position::CF,
            FieldPos::RF => Position::RF,
        }
    }

    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Position::DH => "DH",
            Position::PH => "PH",
            Position::PR => "PR",
            p => p.field().map(FieldPos::as_str).unwrap_or("?"),
        }
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
