//! The groundball chart (reference §4.4): result 1..=13 per on-base code and column.

/// Rows: on-base code 0..=7 (empty, R1, R2, R3, R1R2, R1R3, R2R3, loaded). Columns: A normal,
/// A in, B normal, B in, C normal, C in. 0 = "—" (cannot happen: bases empty ignores depth).
pub const GROUNDBALL_CHART: [[u8; 6]; 8] = [
    [1, 0, 1, 0, 1, 0],
    [2, 2, 4, 4, 3, 3],
    [12, 12, 12, 12, 12, 3],
    [3, 1, 5, 1, 3, 12],
    [13, 2, 4, 4, 3, 3],
    [2, 1, 4, 1, 3, 3],
    [3, 1, 5, 1, 3, 12],
    [2, 10, 4, 11, 3, 11],
];
