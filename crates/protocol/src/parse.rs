//! Strict field-by-field reading of a JSON payload, with errors that name the offending field.
//!
//! Hand-written rather than serde-derived so that every refusal says exactly which field is wrong
//! (`decision.hold_runners[1]`) and why, and so that bounds (string lengths, ranges) are checked in
//! the same pass. Unknown fields are refused too (docs/decisions/060-strict-payloads.md): a typo such
//! as `expected_verison` must not silently drop a safety check.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

/// Longest id string accepted (`game_id`, `action_id`, `roll_id`, `league_id`…).
pub const MAX_ID_LEN: usize = 64;
/// Longest name string accepted (user names).
pub const MAX_NAME_LEN: usize = 100;

/// Why a payload was refused: the field (a dotted path, `""` for the payload itself) and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PayloadError {
    /// Path of the offending field, e.g. `decision.infield_depth` or `moves[0].position`.
    pub field: String,
    /// What is wrong with it.
    pub problem: Problem,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Required and absent.
    Missing,
    /// Present with the wrong JSON type; names the expected type.
    WrongType(&'static str),
    /// A string longer than its limit.
    TooLong(usize),
    /// Not one of the allowed values / outside the allowed range; says what is allowed.
    OutOfRange(String),
    /// A field the payload does not have.
    Unknown,
    /// An event name the server does not know.
    UnknownEvent,
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = if self.field.is_empty() {
            "payload"
        } else {
            &self.field
        };
        match &self.problem {
            Problem::Missing => write!(f, "{field}: missing"),
            Problem::WrongType(t) => write!(f, "{field}: expected {t}"),
            Problem::TooLong(max) => write!(f, "{field}: longer than {max} characters"),
            Problem::OutOfRange(allowed) => write!(f, "{field}: {allowed}"),
            Problem::Unknown => write!(f, "{field}: unknown field"),
            Problem::UnknownEvent => write!(f, "{field}: unknown event"),
        }
    }
}

impl PayloadError {
    /// An error about `field`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        PayloadError {
            field: field.into(),
            problem,
        }
    }
}

/// A JSON object being read; remembers which keys were read so [`Obj::finish`] can refuse the rest.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    prefix: String,
    read: BTreeSet<&'static str>,
}

impl<'a> Obj<'a> {
    /// Reads `value` as an object; `path` is its own field path (`""` for the payload).
    ///
    /// # Errors
    /// `WrongType` when `value` is not an object.
    pub fn new(value: &'a Value, path: &str) -> Result<Self, PayloadError> {
        match value {
            Value::Object(map) => Ok(Obj {
                map,
                prefix: path.to_string(),
                read: BTreeSet::new(),
            }),
            _ => Err(PayloadError::new(path, Problem::WrongType("an object"))),
        }
    }

    /// The full path of `key` inside this object.
    pub fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.prefix)
        }
    }

    /// The raw value of `key`; `null` counts as absent (clients often send `null` for "not given").
    pub fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.read.insert(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A required value.
    ///
    /// # Errors
    /// `Missing` when absent or null.
    pub fn req(&mut self, key: &'static str) -> Result<&'a Value, PayloadError> {
        let path = self.path(key);
        self.get(key)
            .ok_or_else(|| PayloadError::new(path, Problem::Missing))
    }

    /// A required string of at most `max` characters.
    ///
    /// # Errors
    /// Missing, not a string, or too long.
    pub fn req_str(&mut self, key: &'static str, max: usize) -> Result<&'a str, PayloadError> {
        let v = self.req(key)?;
        str_value(v, &self.path(key), max)
    }

    /// An optional string of at most `max` characters.
    ///
    /// # Errors
    /// Not a string, or too long.
    pub fn opt_str(
        &mut self,
        key: &'static str,
        max: usize,
    ) -> Result<Option<&'a str>, PayloadError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => str_value(v, &self.path(key), max).map(Some),
        }
    }

    /// A required id string (1..=64 characters).
    ///
    /// # Errors
    /// Missing, not a string, empty or too long.
    pub fn req_id(&mut self, key: &'static str) -> Result<String, PayloadError> {
        let s = self.req_str(key, MAX_ID_LEN)?;
        non_empty(s, &self.path(key))
    }

    /// An optional id string (1..=64 characters).
    ///
    /// # Errors
    /// Not a string, empty or too long.
    pub fn opt_id(&mut self, key: &'static str) -> Result<Option<String>, PayloadError> {
        match self.opt_str(key, MAX_ID_LEN)? {
            None => Ok(None),
            Some(s) => non_empty(s, &self.path(key)).map(Some),
        }
    }

    /// A required boolean.
    ///
    /// # Errors
    /// Missing or not a boolean.
    pub fn req_bool(&mut self, key: &'static str) -> Result<bool, PayloadError> {
        let v = self.req(key)?;
        v.as_bool()
            .ok_or_else(|| PayloadError::new(self.path(key), Problem::WrongType("a boolean")))
    }

    /// An optional boolean.
    ///
    /// # Errors
    /// Not a boolean.
    pub fn opt_bool(&mut self, key: &'static str) -> Result<Option<bool>, PayloadError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_bool()
                .map(Some)
                .ok_or_else(|| PayloadError::new(self.path(key), Problem::WrongType("a boolean"))),
        }
    }

    /// A required integer within `min..=max`.
    ///
    /// # Errors
    /// Missing, not an integer, or out of range.
    pub fn req_int(&mut self, key: &'static str, min: i64, max: i64) -> Result<i64, PayloadError> {
        let v = self.req(key)?;
        int_value(v, &self.path(key), min, max)
    }

    /// An optional integer within `min..=max`.
    ///
    /// # Errors
    /// Not an integer, or out of range.
    pub fn opt_int(
        &mut self,
        key: &'static str,
        min: i64,
        max: i64,
    ) -> Result<Option<i64>, PayloadError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => int_value(v, &self.path(key), min, max).map(Some),
        }
    }

    /// A required array of at most `max_len` items.
    ///
    /// # Errors
    /// Missing, not an array, or too long.
    pub fn req_array(
        &mut self,
        key: &'static str,
        max_len: usize,
    ) -> Result<&'a Vec<Value>, PayloadError> {
        let v = self.req(key)?;
        array_value(v, &self.path(key), max_len)
    }

    /// An optional array of at most `max_len` items.
    ///
    /// # Errors
    /// Not an array, or too long.
    pub fn opt_array(
        &mut self,
        key: &'static str,
        max_len: usize,
    ) -> Result<Option<&'a Vec<Value>>, PayloadError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => array_value(v, &self.path(key), max_len).map(Some),
        }
    }

    /// A required string that must be one of `allowed`; returns its index in `allowed`.
    ///
    /// # Errors
    /// Missing, not a string, or not one of `allowed`.
    pub fn req_enum(&mut self, key: &'static str, allowed: &[&str]) -> Result<usize, PayloadError> {
        let v = self.req(key)?;
        enum_value(v, &self.path(key), allowed)
    }

    /// An optional string that must be one of `allowed`.
    ///
    /// # Errors
    /// Not a string, or not one of `allowed`.
    pub fn opt_enum(
        &mut self,
        key: &'static str,
        allowed: &[&str],
    ) -> Result<Option<usize>, PayloadError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => enum_value(v, &self.path(key), allowed).map(Some),
        }
    }

    /// Refuses any key that was not read.
    ///
    /// # Errors
    /// `Unknown` naming the first unread key.
    pub fn finish(self) -> Result<(), PayloadError> {
        match self.map.keys().find(|k| !self.read.contains(k.as_str())) {
            // Bound the echoed key: the field name itself may be the 100 KB part.
            Some(k) => Err(PayloadError::new(
                self.path(&truncate(k, MAX_ID_LEN)),
                Problem::Unknown,
            )),
            None => Ok(()),
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Reads `v` as a string of at most `max` characters.
///
/// # Errors
/// Not a string, or too long.
pub fn str_value<'v>(v: &'v Value, path: &str, max: usize) -> Result<&'v str, PayloadError> {
    let s = v
        .as_str()
        .ok_or_else(|| PayloadError::new(path, Problem::WrongType("a string")))?;
    if s.chars().count() > max {
        return Err(PayloadError::new(path, Problem::TooLong(max)));
    }
    Ok(s)
}

fn non_empty(s: &str, path: &str) -> Result<String, PayloadError> {
    if s.is_empty() {
        Err(PayloadError::new(
            path,
            Problem::OutOfRange("must not be empty".into()),
        ))
    } else {
        Ok(s.to_string())
    }
}

/// Reads `v` as an integer within `min..=max`.
///
/// # Errors
/// Not an integer, or out of range.
pub fn int_value(v: &Value, path: &str, min: i64, max: i64) -> Result<i64, PayloadError> {
    let n = v.as_i64().ok_or_else(|| match v {
        Value::Number(_) => PayloadError::new(
            path,
            Problem::OutOfRange(format!("must be an integer from {min} to {max}")),
        ),
        _ => PayloadError::new(path, Problem::WrongType("an integer")),
    })?;
    if n < min || n > max {
        return Err(PayloadError::new(
            path,
            Problem::OutOfRange(format!("must be an integer from {min} to {max}")),
        ));
    }
    Ok(n)
}

/// Reads `v` as an array of at most `max_len` items.
///
/// # Errors
/// Not an array, or too long.
pub fn array_value<'v>(
    v: &'v Value,
    path: &str,
    max_len: usize,
) -> Result<&'v Vec<Value>, PayloadError> {
    let a = v
        .as_array()
        .ok_or_else(|| PayloadError::new(path, Problem::WrongType("an array")))?;
    if a.len() > max_len {
        return Err(PayloadError::new(
            path,
            Problem::OutOfRange(format!("at most {max_len} items")),
        ));
    }
    Ok(a)
}

/// Reads `v` as one of the strings in `allowed`; returns its index.
///
/// # Errors
/// Not a string, or not one of `allowed`.
pub fn enum_value(v: &Value, path: &str, allowed: &[&str]) -> Result<usize, PayloadError> {
    let s = v
        .as_str()
        .ok_or_else(|| PayloadError::new(path, Problem::WrongType("a string")))?;
    allowed.iter().position(|a| *a == s).ok_or_else(|| {
        PayloadError::new(
            path,
            Problem::OutOfRange(format!("must be one of {}", allowed.join(", "))),
        )
    })
}
