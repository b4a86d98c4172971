//! Innings and halves.

use crate::Side;
use serde::{Deserialize, Serialize};

/// Top or bottom of an inning (`"top"` / `"bottom"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Half {
    /// The away team bats.
    Top,
    /// The home team bats.
    Bottom,
}

impl Half {
    /// The side at bat in this half.
    pub fn batting(self) -> Side {
        match self {
            Half::Top => Side::Away,
            Half::Bottom => Side::Home,
        }
    }

    /// The side in the field in this half.
    pub fn fielding(self) -> Side {
        self.batting().other()
    }

    /// `"top"` or `"bottom"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Half::Top => "top",
            Half::Bottom => "bottom",
        }
    }
}

/// Outs in the current half-inning: 0, 1 or 2 between plays (the third out ends the half).
pub type Outs = u8;

/// An inning number, 1-based.
pub type Inning = u8;
