//! Why a result cannot be resolved in a situation (maps to the protocol's `invalid_outcome`).

use dugout_model::{FieldPos, ResultCode};

/// A result that cannot be applied as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdvanceError {
    /// `BP_HOMERUN`, `BP_SINGLE` and `X_CHECK` must be resolved to another result first.
    #[error("{0} must be resolved (ballpark roll or fielding check) before runners move")]
    NeedsResolution(ResultCode),
    /// A play cannot start with three outs.
    #[error("the half-inning is over ({0} outs)")]
    InningOver(u8),
    /// Hit and run needs a runner on 1st.
    #[error("hit and run needs a runner on 1st")]
    HitAndRunWithoutRunner,
    /// The result needs a hit location and has none.
    #[error("{0} needs a hit location")]
    MissingLocation(ResultCode),
    /// A groundball to an outfielder.
    #[error("a groundball goes to an infielder, not {0}")]
    GroundballToOutfield(FieldPos),
    /// A fielding-check base result that the position's range chart never gives.
    #[error("{base} is not a fielding result for {pos}")]
    ImpossibleFieldingResult {
        /// The base result.
        base: &'static str,
        /// The checked position.
        pos: FieldPos,
    },
    /// An error level that the base result does not have (reference §6.4: "—").
    #[error("{base} has no E{level} outcome")]
    ImpossibleError {
        /// The base result.
        base: &'static str,
        /// The error level 1..=3.
        level: u8,
    },
    /// A die or rating outside its range.
    #[error("{what} {value} is out of range")]
    OutOfRange {
        /// What was out of range.
        what: &'static str,
        /// Its value.
        value: i32,
    },
    /// The movement has no pending try to settle.
    #[error("there is no extra-base try to settle")]
    NoTryOffered,
}
