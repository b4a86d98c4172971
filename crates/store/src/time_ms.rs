//! Times are stored as unix milliseconds in both databases (same ordering, same cursor text).

use time::OffsetDateTime;

use crate::StoreError;

/// Now, in unix milliseconds.
pub(crate) fn now_ms() -> i64 {
    millis(OffsetDateTime::now_utc())
}

/// `time` to unix milliseconds (saturating far outside the representable range).
pub(crate) fn millis(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// Unix milliseconds back to UTC `time`.
pub(crate) fn from_millis(ms: i64) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map_err(|_| StoreError::Corrupt(format!("timestamp {ms}")))
}
