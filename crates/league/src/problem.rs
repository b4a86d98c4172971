//! What is wrong with a league file: one [`Problem`] per fault, each naming its team or player and
//! the field, so a user can fix the whole file in one pass.

use dugout_model::{PlayerId, TeamId};
use std::fmt;

/// The thing a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The file as a whole (not JSON, missing top-level keys).
    File,
    /// The `league` object.
    League,
    /// The team at this index of `teams`, with its id and abbreviation when they could be read.
    Team {
        /// Position in the `teams` array (0-based).
        index: usize,
        /// Its id, if readable.
        id: Option<TeamId>,
        /// Its abbreviation, if readable.
        abbrev: Option<String>,
    },
    /// The player at this index of `players`, with his id and name when they could be read.
    Player {
        /// Position in the `players` array (0-based).
        index: usize,
        /// His id, if readable.
        id: Option<PlayerId>,
        /// His name, if readable.
        name: Option<String>,
    },
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::File => f.write_str("file"),
            Subject::League => f.write_str("league"),
            Subject::Team { index, id, abbrev } => {
                match id {
                    Some(id) => write!(f, "team {id}")?,
                    None => write!(f, "team #{index}")?,
                }
                if let Some(a) = abbrev {
                    write!(f, " {a:?}")?;
                }
                Ok(())
            }
            Subject::Player { index, id, name } => {
                match id {
                    Some(id) => write!(f, "player {id}")?,
                    None => write!(f, "player #{index}")?,
                }
                if let Some(n) = name {
                    write!(f, " {n:?}")?;
                }
                Ok(())
            }
        }
    }
}

/// One fault in a league file: `player 5512 "A. Judge": batting card vs_r column 2 row 7 covers
/// d20 1–18, expected 1–20`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Whose field is wrong.
    pub subject: Subject,
    /// The field and what is wrong with it, in words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.message)
    }
}

/// Every problem found in a league file; never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// The problems, in file order.
    pub fn list(&self) -> &[Problem] {
        &self.0
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })?;
        for p in &self.0 {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

/// Collects problems for one subject at a time.
pub(crate) struct Sink<'a> {
    pub(crate) out: &'a mut Vec<Problem>,
    pub(crate) subject: Subject,
}

impl Sink<'_> {
    /// Records a problem about the current subject.
    pub(crate) fn push(&mut self, message: impl Into<String>) {
        self.out.push(Problem {
            subject: self.subject.clone(),
            message: message.into(),
        });
    }

    /// Records `field is N, expected lo–hi` when `value` is outside `lo..=hi`.
    pub(crate) fn range<T: PartialOrd + fmt::Display>(
        &mut self,
        field: &str,
        value: T,
        lo: T,
        hi: T,
    ) {
        if value < lo || value > hi {
            self.push(format!("{field} is {value}, expected {lo}–{hi}"));
        }
    }
}
