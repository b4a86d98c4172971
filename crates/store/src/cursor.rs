//! The games list's opaque cursor: the (created_at, id) of the last game of a page. Keyset
//! pagination on creation time keeps pages stable while games are being played (ordering by
//! `updated_at` would shuffle games between pages as they change).

use uuid::Uuid;

use crate::StoreError;

/// Position after which the next page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cursor {
    pub(crate) created_at_ms: i64,
    pub(crate) id: Uuid,
}

impl Cursor {
    /// The text handed to clients.
    pub(crate) fn encode(self) -> String {
        format!("{}_{}", self.created_at_ms, self.id.simple())
    }

    /// Parses a client's cursor.
    pub(crate) fn decode(text: &str) -> Result<Cursor, StoreError> {
        let (ms, id) = text.split_once('_').ok_or(StoreError::InvalidCursor)?;
        Ok(Cursor {
            created_at_ms: ms.parse().map_err(|_| StoreError::InvalidCursor)?,
            id: Uuid::try_parse(id).map_err(|_| StoreError::InvalidCursor)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let cursor = Cursor {
            created_at_ms: 1_764_000_000_123,
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&cursor.encode()).unwrap(), cursor);
    }

    #[test]
    fn garbage_is_refused() {
        for text in ["", "12", "x_y", "12_notauuid", "_0"] {
            assert!(
                matches!(Cursor::decode(text), Err(StoreError::InvalidCursor)),
                "{text}"
            );
        }
    }
}
