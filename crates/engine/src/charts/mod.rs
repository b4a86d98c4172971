//! Dugout's charts as data, transcribed from `reference.md` (§4.4 groundball chart, §6.2 range
//! charts, §6.5 rare plays, Appendix A error charts). Code that reads them lives in
//! [`crate::advance`] and [`crate::fielding`]; nothing here branches on game rules.

pub mod error;
pub mod groundball;
pub mod range;
pub mod rare;

use serde::{Deserialize, Serialize};

/// A fielding-chart base result (reference §3.2, §6.2), `#` results included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum XBase {
    /// Groundball, chart A.
    G1,
    /// Groundball, chart B.
    G2,
    /// `G2#`: SI2 if the fielder plays in or holds a runner, else G2 (reference §6.3).
    #[serde(rename = "G2#")]
    G2Hash,
    /// Groundball, chart C.
    G3,
    /// `G3#`: SI2 if the fielder plays in or holds a runner, else G3.
    #[serde(rename = "G3#")]
    G3Hash,
    /// Single, runners +1.
    SI1,
    /// Single, runners +2.
    SI2,
    /// Double, runners +2.
    DO2,
    /// Double, all runners score.
    DO3,
    /// Triple.
    TR3,
    /// Flyball A.
    F1,
    /// Flyball B.
    F2,
    /// Flyball C.
    F3,
    /// Catcher: speed check of the batter.
    SPD,
    /// Catcher: popout.
    PO,
    /// Catcher: foul pop.
    FO,
}

impl XBase {
    /// Every base result, in reference §3.2's order.
    pub const ALL: [XBase; 16] = [
        XBase::G1,
        XBase::G2,
        XBase::G2Hash,
        XBase::G3,
        XBase::G3Hash,
        XBase::SI1,
        XBase::SI2,
        XBase::DO2,
        XBase::DO3,
        XBase::TR3,
        XBase::F1,
        XBase::F2,
        XBase::F3,
        XBase::SPD,
        XBase::PO,
        XBase::FO,
    ];

    /// The chart spelling (`"G2#"`, `"SI1"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            XBase::G1 => "G1",
            XBase::G2 => "G2",
            XBase::G2Hash => "G2#",
            XBase::G3 => "G3",
            XBase::G3Hash => "G3#",
            XBase::SI1 => "SI1",
            XBase::SI2 => "SI2",
            XBase::DO2 => "DO2",
            XBase::DO3 => "DO3",
            XBase::TR3 => "TR3",
            XBase::F1 => "F1",
            XBase::F2 => "F2",
            XBase::F3 => "F3",
            XBase::SPD => "SPD",
            XBase::PO => "PO",
            XBase::FO => "FO",
        }
    }

    /// Parses the chart spelling (exact, upper case).
    pub fn parse(s: &str) -> Option<XBase> {
        XBase::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

impl std::fmt::Display for XBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of a fielding check (reference §6.6): none, or a 1-, 2- or 3-base error.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ErrorLevel {
    /// No error.
    #[default]
    None,
    /// 1-base error.
    E1,
    /// 2-base error.
    E2,
    /// 3-base error (outfield only).
    E3,
}

impl ErrorLevel {
    /// 0..=3 (the protocol's `error` field).
    pub fn bases(self) -> u8 {
        match self {
            ErrorLevel::None => 0,
            ErrorLevel::E1 => 1,
            ErrorLevel::E2 => 2,
            ErrorLevel::E3 => 3,
        }
    }

    /// From the protocol's `error: 0..3`; `None` for anything else.
    pub fn from_bases(n: u8) -> Option<ErrorLevel> {
        match n {
            0 => Some(ErrorLevel::None),
            1 => Some(ErrorLevel::E1),
            2 => Some(ErrorLevel::E2),
            3 => Some(ErrorLevel::E3),
            _ => None,
        }
    }
}
