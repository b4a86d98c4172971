//! DefensiveDecision and OffensiveDecision payloads (protocol.md §1.1).

use crate::parse::{Obj, PayloadError, Problem, int_value};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A base number as the decisions name it (1, 2, 3; 4 = home for steals).
pub type Base = u8;

/// Infield depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfieldDepth {
    /// Normal depth.
    Normal,
    /// Infield in.
    InfieldIn,
    /// Corners in.
    CornersIn,
}

/// Outfield depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutfieldDepth {
    /// Normal depth.
    Normal,
    /// Shallow.
    Shallow,
}

/// The fielding side's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefensiveDecision {
    /// Required.
    pub infield_depth: InfieldDepth,
    /// Default normal.
    pub outfield_depth: OutfieldDepth,
    /// Bases whose runners are held (1..=3, no repeats); occupancy is the game's check.
    pub hold_runners: Vec<Base>,
    /// Walk the batter on purpose.
    pub intentional_walk: bool,
}

impl DefensiveDecision {
    /// Parses a decision object at `path`.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value, path: &str) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, path)?;
        let infield_depth =
            match o.req_enum("infield_depth", &["normal", "infield_in", "corners_in"])? {
                0 => InfieldDepth::Normal,
                1 => InfieldDepth::InfieldIn,
                _ => InfieldDepth::CornersIn,
            };
        let outfield_depth = match o.opt_enum("outfield_depth", &["normal", "shallow"])? {
            Some(1) => OutfieldDepth::Shallow,
            _ => OutfieldDepth::Normal,
        };
        let hold_runners = match o.opt_array("hold_runners", 3)? {
            None => Vec::new(),
            Some(items) => bases(items, &o.path("hold_runners"), 1, 3)?,
        };
        let intentional_walk = o.opt_bool("intentional_walk")?.unwrap_or(false);
        o.finish()?;
        Ok(DefensiveDecision {
            infield_depth,
            outfield_depth,
            hold_runners,
            intentional_walk,
        })
    }
}

/// The batting side's call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffensiveAction {
    /// Swing away.
    SwingAway,
    /// Steal (with `steal_attempts`).
    Steal,
    /// Hit and run.
    HitAndRun,
    /// Sacrifice bunt.
    SacBunt,
    /// Squeeze bunt.
    SqueezeBunt,
}

/// The batting side's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffensiveDecision {
    /// Required.
    pub action: OffensiveAction,
    /// Bases the runners try to take (2, 3, 4); non-empty exactly when stealing.
    pub steal_attempts: Vec<Base>,
}

impl OffensiveDecision {
    /// Parses a decision object at `path`.
    ///
    /// # Errors
    /// A [`PayloadError`] naming the field.
    pub fn parse(v: &Value, path: &str) -> Result<Self, PayloadError> {
        let mut o = Obj::new(v, path)?;
        let action = match o.req_enum(
            "action",
            &[
                "swing_away",
                "steal",
                "hit_and_run",
                "sac_bunt",
                "squeeze_bunt",
            ],
        )? {
            0 => OffensiveAction::SwingAway,
            1 => OffensiveAction::Steal,
            2 => OffensiveAction::HitAndRun,
            3 => OffensiveAction::SacBunt,
            _ => OffensiveAction::SqueezeBunt,
        };
        let steal_path = o.path("steal_attempts");
        let steal_attempts = match o.opt_array("steal_attempts", 3)? {
            None => Vec::new(),
            Some(items) => bases(items, &steal_path, 2, 4)?,
        };
        o.finish()?;
        // A shape rule, independent of the game: a steal names its bases, nothing else does.
        match (action == OffensiveAction::Steal, steal_attempts.is_empty()) {
            (true, true) => Err(PayloadError::new(
                steal_path,
                Problem::OutOfRange("must name at least one base when action is steal".into()),
            )),
            (false, false) => Err(PayloadError::new(
                steal_path,
                Problem::OutOfRange("must be empty unless action is steal".into()),
            )),
            _ => Ok(OffensiveDecision {
                action,
                steal_attempts,
            }),
        }
    }
}

fn bases(items: &[Value], path: &str, min: i64, max: i64) -> Result<Vec<Base>, PayloadError> {
    let mut out: Vec<Base> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let b = int_value(item, &item_path, min, max)? as Base;
        if out.contains(&b) {
            return Err(PayloadError::new(
                item_path,
                Problem::OutOfRange("names a base twice".into()),
            ));
        }
        out.push(b);
    }
    Ok(out)
}
