//! `Published`: the read side of a game, replaced (never mutated) after every committed change.

/// A game's state as last committed.
#[derive(Debug, Clone)]
pub struct Published {
    /// The game's version.
    pub version: u64,
}
