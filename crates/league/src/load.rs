//! Reading a league file (data.md §2): JSON `{league, teams, players}`, parsed item by item so that
//! a type error in one player does not hide the problems of the others, then validated. A file
//! with any problem is refused whole.

use crate::problem::{Problem, Problems, Subject};
use crate::validate::validate_parts;
use dugout_model::{League, LeagueFile, Player, PlayerId, Team, TeamId};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Largest league file accepted; the embedded 30-team league is well under 3 MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a league file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read league file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("league file {path} is {bytes} bytes, more than the {MAX_FILE_BYTES} allowed")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// The file was read but is not a valid league.
    #[error("{0}")]
    Invalid(#[from] Problems),
}

/// Loads and validates a league file.
///
/// # Errors
/// [`LoadError::Io`] / [`LoadError::TooLarge`] when it cannot be read, [`LoadError::Invalid`] with
/// every problem when it is not a valid league.
pub fn load_file(path: &Path) -> Result<LeagueFile, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let bytes = std::fs::metadata(path).map_err(io)?.len();
    if bytes > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            bytes,
        });
    }
    let text = std::fs::read(path).map_err(io)?;
    Ok(parse_slice(&text)?)
}

/// Parses and validates a league file's bytes (JSON, or gzip-compressed JSON).
///
/// # Errors
/// [`Problems`] listing every fault (JSON syntax, types, and the checks of [`crate::validate()`]).
pub fn parse_slice(bytes: &[u8]) -> Result<LeagueFile, Problems> {
    let unzipped;
    let bytes = if bytes.starts_with(&GZIP_MAGIC) {
        unzipped = gunzip(bytes)?;
        &unzipped[..]
    } else {
        bytes
    };
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        Problems(vec![Problem {
            subject: Subject::File,
            message: format!("not valid JSON: {e}"),
        }])
    })?;
    parse_value(root)
}

/// Parses and validates a league file already read as JSON.
///
/// # Errors
/// As [`parse_slice`].
pub fn parse_value(root: Value) -> Result<LeagueFile, Problems> {
    let mut out = Vec::new();
    let Value::Object(mut map) = root else {
        return Err(file_problem(
            "expected a JSON object {league, teams, players}",
        ));
    };
    let league = match map.remove("league") {
        None => {
            out.push(file_problem_item("missing key \"league\""));
            None
        }
        Some(v) => typed::<League>(v, Subject::League, &mut out),
    };
    let raw_teams = take_array(&mut map, "teams", &mut out);
    let raw_players = take_array(&mut map, "players", &mut out);

    let mut team_ids = HashSet::new();
    let mut teams = Vec::new();
    for (index, v) in raw_teams.into_iter().enumerate() {
        let id = v.get("id").and_then(Value::as_i64).map(TeamId);
        if let Some(id) = id {
            team_ids.insert(id);
        }
        let subject = Subject::Team {
            index,
            id,
            abbrev: v.get("abbrev").and_then(Value::as_str).map(str::to_string),
        };
        if let Some(t) = typed::<Team>(v, subject, &mut out) {
            teams.push((index, t));
        }
    }
    let mut players = Vec::new();
    for (index, v) in raw_players.into_iter().enumerate() {
        let subject = Subject::Player {
            index,
            id: v.get("id").and_then(Value::as_i64).map(PlayerId),
            name: v.get("name").and_then(Value::as_str).map(str::to_string),
        };
        if let Some(p) = typed::<Player>(v, subject, &mut out) {
            players.push((index, p));
        }
    }
    let team_refs: Vec<(usize, &Team)> = teams.iter().map(|(i, t)| (*i, t)).collect();
    let player_refs: Vec<(usize, &Player)> = players.iter().map(|(i, p)| (*i, p)).collect();
    validate_parts(
        &mut out,
        league.as_ref(),
        &team_refs,
        &player_refs,
        &team_ids,
    );
    match league {
        Some(league) if out.is_empty() => Ok(LeagueFile {
            league,
            teams: teams.into_iter().map(|(_, t)| t).collect(),
            players: players.into_iter().map(|(_, p)| p).collect(),
        }),
        _ => {
            sort_by_subject(&mut out);
            Err(Problems(out))
        }
    }
}

/// The first bytes of a gzip stream: league files may be stored compressed (`.json.gz`).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Largest decompressed size accepted, so a small compressed file cannot exhaust memory.
const MAX_UNZIPPED_BYTES: u64 = 4 * MAX_FILE_BYTES;

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, Problems> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut reader = flate2::read::GzDecoder::new(bytes).take(MAX_UNZIPPED_BYTES + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| file_problem(&format!("not a valid gzip stream: {e}")))?;
    if out.len() as u64 > MAX_UNZIPPED_BYTES {
        return Err(file_problem(&format!(
            "decompresses to more than {MAX_UNZIPPED_BYTES} bytes"
        )));
    }
    Ok(out)
}

fn file_problem_item(message: &str) -> Problem {
    Problem {
        subject: Subject::File,
        message: message.to_string(),
    }
}

fn file_problem(message: &str) -> Problems {
    Problems(vec![file_problem_item(message)])
}

fn take_array(
    map: &mut serde_json::Map<String, Value>,
    key: &str,
    out: &mut Vec<Problem>,
) -> Vec<Value> {
    match map.remove(key) {
        Some(Value::Array(items)) => items,
        Some(_) => {
            out.push(file_problem_item(&format!("\"{key}\" must be an array")));
            Vec::new()
        }
        None => {
            out.push(file_problem_item(&format!("missing key \"{key}\"")));
            Vec::new()
        }
    }
}

fn typed<T: DeserializeOwned>(v: Value, subject: Subject, out: &mut Vec<Problem>) -> Option<T> {
    match serde_json::from_value::<T>(v) {
        Ok(t) => Some(t),
        Err(e) => {
            out.push(Problem {
                subject,
                message: e.to_string(),
            });
            None
        }
    }
}

/// File order: file-level problems, the league, teams by index, players by index. The sort is
/// stable, so one subject's problems keep the order they were found in.
fn sort_by_subject(out: &mut [Problem]) {
    out.sort_by_key(|p| match p.subject {
        Subject::File => (0, 0),
        Subject::League => (1, 0),
        Subject::Team { index, .. } => (2, index),
        Subject::Player { index, .. } => (3, index),
    });
}
