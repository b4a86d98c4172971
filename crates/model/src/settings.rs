//! Per-league rule settings (rules.md, data.md §1), each with the rules' default.

use serde::{Deserialize, Serialize};

/// The rule settings a league (or a game's `settings` override) chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSettings {
    /// Regulation innings (9; e.g. 7).
    pub innings: u8,
    /// Designated hitter.
    pub dh: bool,
    /// Runner on 2nd to start each extra half-inning.
    pub extra_inning_runner: bool,
    /// Players play only positions their card rates.
    pub strict_positions: bool,
    /// A pitcher faces three batters or ends a half-inning first.
    pub three_batter_minimum: bool,
    /// Wild-pitch / passed-ball checks on split d20 1 and 2.
    pub wp_pb_checks: bool,
    /// Pitcher fatigue.
    pub fatigue: bool,
    /// Pitcher injury checks.
    pub injuries: bool,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            innings: 9,
            dh: true,
            extra_inning_runner: false,
            strict_positions: true,
            three_batter_minimum: true,
            wp_pb_checks: true,
            fatigue: true,
            injuries: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_settings_keep_defaults() {
        let s: RuleSettings = serde_json::from_str(r#"{"innings": 7}"#).unwrap();
        assert_eq!(s.innings, 7);
        assert!(s.dh);
        assert!(serde_json::from_str::<RuleSettings>(r#"{"inings": 7}"#).is_err());
    }
}
