//! Managers' decisions before the roll (protocol.md DefensiveDecision / OffensiveDecision) and their
//! validity against the base/out state.

pub use crate::advance::InfieldDepth;
use crate::{Base, BaseSet, Bases, RuleError};
use serde::{Deserialize, Serialize};

/// How the outfield plays (`shallow` has no effect in v1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutfieldDepth {
    /// Normal depth.
    #[default]
    Normal,
    /// Shallow (no effect in v1).
    Shallow,
}

/// The fielding manager's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DefensiveDecision {
    /// Infield depth (required on the wire).
    pub infield_depth: InfieldDepth,
    /// Outfield depth.
    #[serde(default)]
    pub outfield_depth: OutfieldDepth,
    /// Bases whose runners are held (each must be occupied).
    #[serde(default)]
    pub hold_runners: BaseSet,
    /// Walk the batter intentionally.
    #[serde(default)]
    pub intentional_walk: bool,
}

/// What the batting manager does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffensiveAction {
    /// Swing away.
    #[default]
    SwingAway,
    /// Steal the bases in `steal_attempts`.
    Steal,
    /// Hit and run with the runner on 1st.
    HitAndRun,
    /// Sacrifice bunt.
    SacBunt,
    /// Squeeze bunt.
    SqueezeBunt,
}

/// The batting manager's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct OffensiveDecision {
    /// The action.
    pub action: OffensiveAction,
    /// Bases the runners try to take (2, 3 or 4); non-empty exactly for `steal`.
    #[serde(default)]
    pub steal_attempts: BaseSet,
}

impl OffensiveDecision {
    /// Swing away.
    pub const SWING_AWAY: OffensiveDecision = OffensiveDecision {
        action: OffensiveAction::SwingAway,
        steal_attempts: BaseSet::EMPTY,
    };
}

impl DefensiveDecision {
    /// Checks the decision against the bases (protocol.md §1.1).
    ///
    /// # Errors
    /// [`RuleError::InvalidDecision`] naming the problem.
    pub fn validate(&self, bases: &Bases) -> Result<(), RuleError> {
        for b in self.hold_runners.iter() {
            if b == Base::Home {
                return Err(RuleError::InvalidDecision(
                    "hold_runners: only bases 1, 2 and 3 can be held".into(),
                ));
            }
            if bases.get(b).is_none() {
                return Err(RuleError::InvalidDecision(format!(
                    "hold_runners: nobody is on {} to hold",
                    b.name()
                )));
            }
        }
        Ok(())
    }
}

impl OffensiveDecision {
    /// Checks the decision against the bases and outs (rules.md §3, §6; protocol.md §1.1).
    ///
    /// # Errors
    /// [`RuleError::InvalidDecision`] naming the problem.
    pub fn validate(&self, bases: &Bases, outs: u8) -> Result<(), RuleError> {
        let bad = |m: &str| Err(RuleError::InvalidDecision(m.to_string()));
        let stealing = self.action == OffensiveAction::Steal;
        if stealing == self.steal_attempts.is_empty() {
            return bad(if stealing {
                "a steal needs at least one base in steal_attempts"
            } else {
                "steal_attempts is only for action \"steal\""
            });
        }
        match self.action {
            OffensiveAction::SwingAway => Ok(()),
            OffensiveAction::HitAndRun => {
                if bases.first.is_none() {
                    return bad("hit and run needs a runner on 1st");
                }
                Ok(())
            }
            OffensiveAction::SacBunt => {
                if bases.is_empty() {
                    return bad("a sacrifice bunt needs a runner on base");
                }
                if outs >= 2 {
                    return bad("no sacrifice bunt with two outs");
                }
                Ok(())
            }
            OffensiveAction::SqueezeBunt => {
                if bases.third.is_none() {
                    return bad("a squeeze needs a runner on 3rd");
                }
                if outs >= 2 {
                    return bad("no squeeze with two outs");
                }
                Ok(())
            }
            OffensiveAction::Steal => {
                for target in self.steal_attempts.iter() {
                    let from = match target {
                        Base::First => return bad("steal_attempts: bases are 2, 3 or 4"),
                        Base::Second => Base::First,
                        Base::Third => Base::Second,
                        Base::Home => Base::Third,
                    };
                    if bases.get(from).is_none() {
                        return bad(&format!(
                            "steal of {}: nobody is on {}",
                            target.name(),
                            from.name()
                        ));
                    }
                    // A base counts as occupied only if its runner is not stealing too.
                    if target != Base::Home
                        && bases.get(target).is_some()
                        && target
                            .next()
                            .is_none_or(|n| !self.steal_attempts.contains(n))
                    {
                        return bad(&format!("steal of {}: the base is occupied", target.name()));
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dugout_model::PlayerId;

    fn bases(f: bool, s: bool, t: bool) -> Bases {
        Bases {
            first: f.then_some(PlayerId(1)),
            second: s.then_some(PlayerId(2)),
            third: t.then_some(PlayerId(3)),
        }
    }

    fn steal(targets: &[Base]) -> OffensiveDecision {
        OffensiveDecision {
            action: OffensiveAction::Steal,
            steal_attempts: BaseSet::of(targets),
        }
    }

    #[test]
    fn steals_need_a_runner_and_a_free_base() {
        let b = bases(true, true, false);
        assert!(steal(&[Base::Second]).validate(&b, 0).is_err());
        assert!(steal(&[Base::Second, Base::Third]).validate(&b, 0).is_ok());
        assert!(steal(&[Base::Third]).validate(&b, 0).is_ok());
        assert!(steal(&[Base::Home]).validate(&b, 0).is_err());
        assert!(steal(&[]).validate(&b, 0).is_err());
    }

    #[test]
    fn bunts_and_squeezes() {
        let sq = OffensiveDecision {
            action: OffensiveAction::SqueezeBunt,
            steal_attempts: BaseSet::EMPTY,
        };
        assert!(sq.validate(&bases(true, false, false), 0).is_err());
        assert!(sq.validate(&bases(false, false, true), 1).is_ok());
        assert!(sq.validate(&bases(false, false, true), 2).is_err());
    }

    #[test]
    fn held_bases_must_be_occupied() {
        let d = DefensiveDecision {
            hold_runners: BaseSet::of(&[Base::Second]),
            ..Default::default()
        };
        assert!(d.validate(&bases(true, false, false)).is_err());
        assert!(d.validate(&bases(false, true, false)).is_ok());
    }

    #[test]
    fn wire_defaults() {
        let d: DefensiveDecision =
            serde_json::from_str(r#"{"infield_depth":"corners_in"}"#).unwrap();
        assert_eq!(d.infield_depth, InfieldDepth::CornersIn);
        assert!(!d.intentional_walk);
        let o: OffensiveDecision =
            serde_json::from_str(r#"{"action":"steal","steal_attempts":[2]}"#).unwrap();
        assert!(o.steal_attempts.contains(Base::Second));
    }
}
