//! The range charts of reference §6.2 (d20 row × range 1–5), transcribed as data.

use super::XBase;
use super::XBase::*;

/// One chart: `[d20 - 1][range - 1]`.
pub type RangeChart = [[XBase; 5]; 20];

/// 1B, 2B, 3B and SS.
pub const INFIELD: RangeChart = [
    [G3Hash, SI1, SI2, SI2, SI2],    // 1
    [G2Hash, SI1, SI2, SI2, SI2],    // 2
    [G2Hash, G3Hash, SI1, SI2, SI2], // 3
    [G2Hash, G3Hash, SI1, SI2, SI2], // 4
    [G1, G3Hash, G3Hash, SI1, SI2],  // 5
    [G1, G2Hash, G3Hash, SI1, SI2],  // 6
    [G1, G2, G3Hash, G3Hash, SI1],   // 7
    [G1, G2, G3Hash, G3Hash, SI1],   // 8
    [G1, G2, G3, G3Hash, G3Hash],    // 9
    [G1, G1, G2, G3Hash, G3Hash],    // 10
    [G1, G1, G2, G3, G3Hash],        // 11
    [G1, G1, G2, G3, G3Hash],        // 12
    [G1, G1, G2, G3, G3],            // 13
    [G1, G1, G2, G2, G3],            // 14
    [G1, G1, G1, G2, G3],            // 15
    [G1, G1, G1, G2, G3],            // 16
    [G1, G1, G1, G1, G3],            // 17
    [G1, G1, G1, G1, G2],            // 18
    [G1, G1, G1, G1, G2],            // 19
    [G1, G1, G1, G1, G1],            // 20
];

/// LF, CF and RF.
pub const OUTFIELD: RangeChart = [
    [F1, DO2, DO3, TR3, TR3], // 1
    [F2, SI2, DO2, DO3, TR3], // 2
    [F2, SI2, DO2, DO2, DO3], // 3
    [F2, F1, SI2, DO2, DO3],  // 4
    [F2, F2, SI2, SI2, DO2],  // 5
    [F2, F2, SI2, SI2, DO2],  // 6
    [F2, F2, F1, SI2, DO2],   // 7
    [F2, F2, F1, SI2, SI2],   // 8
    [F2, F2, F2, SI2, SI2],   // 9
    [F2, F2, F2, SI2, SI2],   // 10
    [F2, F2, F2, SI2, SI2],   // 11
    [F2, F2, F2, F1, SI2],    // 12
    [F2, F2, F2, F1, SI2],    // 13
    [F3, F2, F2, F2, SI2],    // 14
    [F3, F2, F2, F2, SI2],    // 15
    [F3, F3, F2, F2, F1],     // 16
    [F3, F3, F3, F2, F1],     // 17
    [F3, F3, F3, F2, F1],     // 18
    [F3, F3, F3, F3, F2],     // 19
    [F3, F3, F3, F3, F3],     // 20
];

/// The catcher.
pub const CATCHER: RangeChart = [
    [G3, SI1, SI1, SI1, SI1], // 1
    [G3, SPD, SI1, SI1, SI1], // 2
    [G3, G3, SPD, SI1, SI1],  // 3
    [G2, G3, SPD, SPD, SI1],  // 4
    [G2, G3, G3, SPD, SPD],   // 5
    [G2, G2, G3, SPD, SPD],   // 6
    [PO, G2, G3, SPD, SPD],   // 7
    [PO, G2, G2, G3, SPD],    // 8
    [PO, PO, G2, G3, SPD],    // 9
    [FO, PO, G2, G3, SPD],    // 10
    [FO, PO, PO, G2, G3],     // 11
    [FO, FO, PO, G2, G3],     // 12
    [G1, FO, PO, G2, G3],     // 13
    [G1, FO, FO, PO, G2],     // 14
    [G1, G1, FO, PO, G2],     // 15
    [G1, G1, FO, PO, G2],     // 16
    [G1, G1, G1, FO, PO],     // 17
    [G1, G1, G1, FO, PO],     // 18
    [G1, G1, G1, FO, FO],     // 19
    [G1, G1, G1, G1, FO],     // 20
];

/// The pitcher.
pub const PITCHER: RangeChart = [
    [G3, SI1, SI1, SI1, SI1], // 1
    [G3, SI1, SI1, SI1, SI1], // 2
    [G3, G3, SI1, SI1, SI1],  // 3
    [G3, G3, G3, SI1, SI1],   // 4
    [G3, G3, G3, G3, SI1],    // 5
    [G3, G3, G3, G3, SI1],    // 6
    [G3, G3, G3, G3, G3],     // 7
    [G2, G3, G3, G3, G3],     // 8
    [G2, G3, G3, G3, G3],     // 9
    [G1, G2, G3, G3, G3],     // 10
    [G1, G2, G3, G3, G3],     // 11
    [G1, G2, G3, G3, G3],     // 12
    [G1, G1, G2, G3, G3],     // 13
    [G1, G1, G2, G2, G3],     // 14
    [G1, G1, G2, G2, G2],     // 15
    [G1, G1, G2, G2, G2],     // 16
    [G1, G1, G1, G2, G2],     // 17
    [G1, G1, G1, G2, G2],     // 18
    [G1, G1, G1, G1, G2],     // 19
    [G1, G1, G1, G1, G1],     // 20
];
/// The range chart a position reads.
pub fn chart_for(pos: dugout_model::FieldPos) -> &'static RangeChart {
    use dugout_model::FieldPos;
    match pos {
        FieldPos::P => &PITCHER,
        FieldPos::C => &CATCHER,
        FieldPos::First | FieldPos::Second | FieldPos::Third | FieldPos::SS => &INFIELD,
        FieldPos::LF | FieldPos::CF | FieldPos::RF => &OUTFIELD,
    }
}

/// Whether `base` appears anywhere on the position's range chart.
pub fn chart_has(pos: dugout_model::FieldPos, base: XBase) -> bool {
    chart_for(pos).iter().flatten().any(|&b| b == base)
}
