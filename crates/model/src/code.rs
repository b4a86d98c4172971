//! Card result codes of rules.md §5, with the spec's spellings.

use serde::{Deserialize, Serialize};

/// A result a card (or a manager in manual mode) can give for an at-bat roll (rules.md §5).
///
/// `INTENTIONAL_WALK` is a result too but never appears on a card and is never submitted; it comes
/// from the defensive decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResultCode {
    /// Batter out, runners hold.
    Strikeout,
    /// Batter to 1st, forced runners +1.
    Walk,
    /// As a walk, from the defensive decision.
    IntentionalWalk,
    /// As a walk.
    HitByPitch,
    /// SI*: batter to 1st, runners +1.
    #[serde(rename = "SINGLE_1")]
    Single1,
    /// SI**: batter to 1st, runners +2.
    #[serde(rename = "SINGLE_2")]
    Single2,
    /// Batter to 1st, runners +1, the lead runner may try for one more (rules.md §7).
    SingleUncapped,
    /// DO**: batter to 2nd, runners +2.
    #[serde(rename = "DOUBLE_2")]
    Double2,
    /// DO***: batter to 2nd, all runners score.
    #[serde(rename = "DOUBLE_3")]
    Double3,
    /// Batter to 2nd, runners +2, a runner from 1st may try to score.
    DoubleUncapped,
    /// Batter to 3rd, all score.
    Triple,
    /// Everybody scores.
    Homerun,
    /// Groundball chart A.
    GroundballA,
    /// Groundball chart B.
    GroundballB,
    /// Groundball chart C.
    GroundballC,
    /// Deep fly: every runner tags up +1 with < 2 outs.
    FlyoutA,
    /// Runner on 3rd scores, runner on 2nd may try for 3rd.
    FlyoutB,
    /// Runner on 3rd may try to score.
    #[serde(rename = "FLYOUT_BQ")]
    FlyoutBq,
    /// Shallow fly: runners hold.
    FlyoutC,
    /// Runners hold (hit and run: doubled off).
    Lineout,
    /// Runners hold (hit and run: doubled off).
    Popout,
    /// Runners hold.
    Foulout,
    /// Ballpark home run: d20 against the park's HR rating.
    BpHomerun,
    /// Ballpark single: d20 against the park's single rating.
    BpSingle,
    /// Fielding check at a position (rules.md §8).
    XCheck,
}

impl ResultCode {
    /// Every code, in the order of rules.md §5's table.
    pub const ALL: [ResultCode; 25] = [
        ResultCode::Strikeout,
        ResultCode::Walk,
        ResultCode::IntentionalWalk,
        ResultCode::HitByPitch,
        ResultCode::Single1,
        ResultCode::Single2,
        ResultCode::SingleUncapped,
        ResultCode::Double2,
        ResultCode::Double3,
        ResultCode::DoubleUncapped,
        ResultCode::Triple,
        ResultCode::Homerun,
        ResultCode::GroundballA,
        ResultCode::GroundballB,
        ResultCode::GroundballC,
        ResultCode::FlyoutA,
        ResultCode::FlyoutB,
        ResultCode::FlyoutBq,
        ResultCode::FlyoutC,
        ResultCode::Lineout,
        ResultCode::Popout,
        ResultCode::Foulout,
        ResultCode::BpHomerun,
        ResultCode::BpSingle,
        ResultCode::XCheck,
    ];

    /// The spec's spelling, e.g. `"SINGLE_1"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultCode::Strikeout => "STRIKEOUT",
            ResultCode::Walk => "WALK",
            ResultCode::IntentionalWalk => "INTENTIONAL_WALK",
            ResultCode::HitByPitch => "HIT_BY_PITCH",
            ResultCode::Single1 => "SINGLE_1",
            ResultCode::Single2 => "SINGLE_2",
            ResultCode::SingleUncapped => "SINGLE_UNCAPPED",
            ResultCode::Double2 => "DOUBLE_2",
            ResultCode::Double3 => "DOUBLE_3",
            ResultCode::DoubleUncapped => "DOUBLE_UNCAPPED",
            ResultCode::Triple => "TRIPLE",
            ResultCode::Homerun => "HOMERUN",
            ResultCode::GroundballA => "GROUNDBALL_A",
            ResultCode::GroundballB => "GROUNDBALL_B",
            ResultCode::GroundballC => "GROUNDBALL_C",
            ResultCode::FlyoutA => "FLYOUT_A",
            ResultCode::FlyoutB => "FLYOUT_B",
            ResultCode::FlyoutBq => "FLYOUT_BQ",
            ResultCode::FlyoutC => "FLYOUT_C",
            ResultCode::Lineout => "LINEOUT",
            ResultCode::Popout => "POPOUT",
            ResultCode::Foulout => "FOULOUT",
            ResultCode::BpHomerun => "BP_HOMERUN",
            ResultCode::BpSingle => "BP_SINGLE",
            ResultCode::XCheck => "X_CHECK",
        }
    }

    /// Parses the spec's spelling (exact, upper case).
    pub fn parse(s: &str) -> Option<ResultCode> {
        ResultCode::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// A base hit (ballpark codes count: they may become hits).
    pub fn is_hit(self) -> bool {
        matches!(
            self,
            ResultCode::Single1
                | ResultCode::Single2
                | ResultCode::SingleUncapped
                | ResultCode::Double2
                | ResultCode::Double3
                | ResultCode::DoubleUncapped
                | ResultCode::Triple
                | ResultCode::Homerun
        )
    }

    /// A groundball code (A, B or C).
    pub fn is_groundball(self) -> bool {
        matches!(
            self,
            ResultCode::GroundballA | ResultCode::GroundballB | ResultCode::GroundballC
        )
    }

    /// A flyout code (A, B, BQ or C).
    pub fn is_flyout(self) -> bool {
        matches!(
            self,
            ResultCode::FlyoutA | ResultCode::FlyoutB | ResultCode::FlyoutBq | ResultCode::FlyoutC
        )
    }

    /// Whether a manual submission of this code must carry a hit location (rules.md §5.1).
    pub fn requires_location(self) -> bool {
        self.is_groundball()
            || self.is_flyout()
            || matches!(
                self,
                ResultCode::Lineout
                    | ResultCode::Popout
                    | ResultCode::XCheck
                    | ResultCode::SingleUncapped
                    | ResultCode::DoubleUncapped
            )
    }
}

impl std::fmt::Display for ResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_matches_as_str() {
        for c in ResultCode::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert_eq!(ResultCode::parse(c.as_str()), Some(c));
        }
        assert_eq!(ResultCode::parse("single_1"), None);
    }
}
