//! The fielding check of rules.md §8 (reference §6): range chart, `#` conversion, error chart or
//! rare play, and the final outcome of reference §6.4 as data the game state machine acts on.
//!
//! ```
//! use dugout_engine::advance::Situation;
//! use dugout_engine::fielding::{x_check, Fielder, FieldingDice, XResult};
//! use dugout_model::FieldPos;
//! let ss = Fielder { pos: FieldPos::SS, range: 1, error: 10 };
//! let s = Situation::default(); // bases empty, nobody out
//! let x = x_check(ss, FieldingDice { d20: 20, d3d6: 10, d100: 50 }, &s).unwrap();
//! let XResult::Play(m) = x.result else { panic!() };
//! assert_eq!(m.outs, 1); // G1, no error: groundout
//! ```

mod outcome;
mod rare;

pub use outcome::{final_outcome, foul_pop_check, speed_check};
pub use rare::rare_outcome;

use crate::advance::{AdvanceError, InfieldDepth, Movement, Situation, playing_in};
pub use crate::charts::rare::RarePlay;
pub use crate::charts::{ErrorLevel, XBase};
use crate::charts::{error, range};
use dugout_model::FieldPos;
use serde::{Deserialize, Serialize};

/// The three dice of a fielding check, rolled together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldingDice {
    /// Range d20 (1..=20).
    pub d20: u8,
    /// Error 3d6 total (3..=18).
    pub d3d6: u8,
    /// Rare-play d100 (1..=100); 1 is a rare play.
    pub d100: u8,
}

/// The checked fielder's ratings at the checked position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fielder {
    /// The position the check goes to.
    pub pos: FieldPos,
    /// Range 1 (best) ..= 5 (worst), before the playing-in adjustment.
    pub range: u8,
    /// Error rating (0 ..= the position's chart maximum).
    pub error: u8,
}

/// What the check produced: the chart readings and what happens next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct XCheckOutcome {
    /// The position checked (errors are charged to its fielder).
    pub pos: FieldPos,
    /// The range-chart cell as read (may be a `#` result).
    pub chart: XBase,
    /// The base result after `#` conversion.
    pub base: XBase,
    /// The error (always `None` on a rare play).
    pub error: ErrorLevel,
    /// The rare play, when the d100 showed 1.
    pub rare_play: Option<RarePlay>,
    /// What the caller does now.
    pub result: XResult,
}

/// The next step after a fielding check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum XResult {
    /// The play is decided: apply the movement (it may still offer a §7 try).
    Play(Movement),
    /// Catcher `SPD` without error: roll a d20 against the batter's speed (or ask the fielding
    /// side), then call [`speed_check`].
    SpeedCheck,
    /// Catcher `FO` with runners on: a passed-ball check (rules.md §4's, against the catcher's
    /// `pb`), then call [`foul_pop_check`].
    PassedBallCheck,
    /// The batter stays up and rolls again; the movement lists the runners only (no batter entry;
    /// usually all holding, runners +1 after a passed ball).
    Reroll(Movement),
}

/// The range-chart cell for a position, range and d20. A fielder playing in reads one range
/// worse (at most 5).
///
/// # Errors
/// [`AdvanceError::OutOfRange`] for a range outside 1..=5 or a d20 outside 1..=20.
pub fn range_result(
    pos: FieldPos,
    range: u8,
    playing_in: bool,
    d20: u8,
) -> Result<XBase, AdvanceError> {
    if !(1..=5).contains(&range) {
        return Err(out_of_range("range", range));
    }
    if !(1..=20).contains(&d20) {
        return Err(out_of_range("range d20", d20));
    }
    let col = if playing_in {
        (range + 1).min(5)
    } else {
        range
    };
    Ok(range::chart_for(pos)[usize::from(d20 - 1)][usize::from(col - 1)])
}

/// The error for a position, error rating and 3d6 total (Appendix A). Where the source lists a
/// rating twice in a row (LF/RF, 3d6 = 3) the more severe error wins (decision 033).
///
/// # Errors
/// [`AdvanceError::OutOfRange`] for a 3d6 total outside 3..=18.
pub fn error_result(pos: FieldPos, error_rating: u8, d3d6: u8) -> Result<ErrorLevel, AdvanceError> {
    if !(3..=18).contains(&d3d6) {
        return Err(out_of_range("error 3d6", d3d6));
    }
    let row = error::chart_for(pos)[usize::from(d3d6 - 3)];
    Ok(if error::listed(row.e3, error_rating) {
        ErrorLevel::E3
    } else if error::listed(row.e2, error_rating) {
        ErrorLevel::E2
    } else if error::listed(row.e1, error_rating) {
        ErrorLevel::E1
    } else {
        ErrorLevel::None
    })
}

/// Whether the fielder at `pos` holds a runner (1B the runner on 1st, SS on 2nd, 3B on 3rd).
pub fn holds_runner(pos: FieldPos, s: &Situation) -> bool {
    match pos {
        FieldPos::First => s.is_held(1) && s.occupied(1),
        FieldPos::SS => s.is_held(2) && s.occupied(2),
        FieldPos::Third => s.is_held(3) && s.occupied(3),
        _ => false,
    }
}

/// `G2#`/`G3#` become `SI2` when the fielder plays in or holds a runner, else lose the `#`.
pub fn convert_hash(base: XBase, pos: FieldPos, depth: InfieldDepth, s: &Situation) -> XBase {
    match base {
        XBase::G2Hash | XBase::G3Hash if playing_in(pos, depth) || holds_runner(pos, s) => {
            XBase::SI2
        }
        XBase::G2Hash => XBase::G2,
        XBase::G3Hash => XBase::G3,
        other => other,
    }
}

/// The whole fielding check of rules.md §8 for `fielder` with `dice` in situation `s` (its
/// `location` is replaced by the fielder's position).
///
/// # Errors
/// [`AdvanceError`] for dice or ratings out of range or an impossible situation.
pub fn x_check(
    fielder: Fielder,
    dice: FieldingDice,
    s: &Situation,
) -> Result<XCheckOutcome, AdvanceError> {
    let pos = fielder.pos;
    let chart = range_result(pos, fielder.range, playing_in(pos, s.infield), dice.d20)?;
    if !(1..=100).contains(&dice.d100) {
        return Err(out_of_range("rare-play d100", dice.d100));
    }
    if !(3..=18).contains(&dice.d3d6) {
        return Err(out_of_range("error 3d6", dice.d3d6));
    }
    if dice.d100 == 1 {
        return rare_outcome(chart, pos, s);
    }
    let error = error_result(pos, fielder.error, dice.d3d6)?;
    final_outcome(chart, error, pos, s)
}

fn out_of_range(what: &'static str, value: u8) -> AdvanceError {
    AdvanceError::OutOfRange {
        what,
        value: i32::from(value),
    }
}
