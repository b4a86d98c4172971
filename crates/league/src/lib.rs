//! League data for Dugout (`shared/spec/data.md`): loading and validating league files, the
//! embedded `mlb2023` sample league, and the league registry.
//!
//! A league file is refused whole, with every problem listed:
//!
//! ```
//! let err = dugout_league::parse_slice(br#"{"league": {"id": "x", "name": "X", "source": "file", "season": 2023}, "teams": []}"#)
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "1 problem\n  file: missing key \"players\"");
//! ```
#![forbid(unsafe_code)]

pub mod embedded;
mod load;
mod problem;
mod registry;
pub mod sba;
pub mod show;
mod validate;

pub use load::{LoadError, MAX_FILE_BYTES, load_file, parse_slice, parse_value};
pub use problem::{Problem, Problems, Subject};
pub use registry::{LeagueInfo, LeagueRegistry, RegistryError};
pub use validate::{max_error, validate};
