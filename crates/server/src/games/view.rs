//! Per-viewer projections of a published game.

/// Who looks at a game: what they may see depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Viewer {
    /// The home manager.
    Home,
    /// The away manager.
    Away,
    /// A user managing both sides (sees everything).
    Both,
    /// Everyone else.
    Spectator,
}

impl Viewer {
    /// Every viewer class.
    pub const ALL: [Viewer; 4] = [Viewer::Home, Viewer::Away, Viewer::Both, Viewer::Spectator];

    /// Room-name spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Viewer::Home => "home",
            Viewer::Away => "away",
            Viewer::Both => "both",
            Viewer::Spectator => "spectator",
        }
    }
}
