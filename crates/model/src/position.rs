//! Fielding positions as the spec spells them (`P C 1B 2B 3B SS LF CF RF`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A fielding position; also a hit location (rules.md §5.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FieldPos {
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
}

impl FieldPos {
    /// All nine positions in scorekeeping order (1 = P … 9 = RF).
    pub const ALL: [FieldPos; 9] = [
        FieldPos::P,
        FieldPos::C,
        FieldPos::First,
        FieldPos::Second,
        FieldPos::Third,
        FieldPos::SS,
        FieldPos::LF,
        FieldPos::CF,
        FieldPos::RF,
    ];

    /// The spec's spelling (`"1B"`, `"SS"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            FieldPos::P => "P",
            FieldPos::C => "C",
            FieldPos::First => "1B",
            FieldPos::Second => "2B",
            FieldPos::Third => "3B",
            FieldPos::SS => "SS",
            FieldPos::LF => "LF",
            FieldPos::CF => "CF",
            FieldPos::RF => "RF",
        }
    }

    /// Scorekeeping number (P = 1 … RF = 9).
    pub fn number(self) -> u8 {
        match self {
            FieldPos::P => 1,
            FieldPos::C => 2,
            FieldPos::First => 3,
            FieldPos::Second => 4,
            FieldPos::Third => 5,
            FieldPos::SS => 6,
            FieldPos::LF => 7,
            FieldPos::CF => 8,
            FieldPos::RF => 9,
        }
    }

    /// LF, CF or RF.
    pub fn is_outfield(self) -> bool {
        matches!(self, FieldPos::LF | FieldPos::CF | FieldPos::RF)
    }

    /// P, C, 1B, 2B, 3B or SS (rules.md: "every infielder, P and C included").
    pub fn is_infield(self) -> bool {
        !self.is_outfield()
    }

    /// 1B, 3B, P or C: the fielders that play in with `corners_in`.
    pub fn is_corner(self) -> bool {
        matches!(
            self,
            FieldPos::First | FieldPos::Third | FieldPos::P | FieldPos::C
        )
    }
}

impl fmt::Display for FieldPos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no fielding position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown position {0:?}: expected one of P C 1B 2B 3B SS LF CF RF")]
pub struct ParsePositionError(pub String);

impl FromStr for FieldPos {
    type Err = ParsePositionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FieldPos::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| ParsePositionError(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for p in FieldPos::ALL {
            assert_eq!(p.as_str().parse::<FieldPos>(), Ok(p));
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
        assert!("DH".parse::<FieldPos>().is_err());
    }
}
