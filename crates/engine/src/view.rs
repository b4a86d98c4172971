//! Per-viewer projection: the offensive decision stays hidden from the fielding side and
//! spectators until the play resolves (protocol.md §1.4, Hidden information).

use crate::{Game, OffensiveDecision, Side};
use serde::{Deserialize, Serialize};

/// Who looks at the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Viewer {
    /// A side's manager.
    Manager(Side),
    /// Anybody else.
    Spectator,
}

/// The offensive decision as a viewer may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OffenseView {
    /// Visible (or not yet taken: `null`).
    Visible(Option<OffensiveDecision>),
    /// Hidden: sent as `{"hidden": true}`.
    Hidden {
        /// Always true.
        hidden: bool,
    },
}

/// The offensive decision as `viewer` may see it: the batting side's manager sees it, everybody
/// else gets [`OffenseView::Hidden`] while a decision is set.
pub fn visible_offense(game: &Game, viewer: Viewer) -> OffenseView {
    match game.offensive_decision() {
        None => OffenseView::Visible(None),
        Some(d) if viewer == Viewer::Manager(game.batting_side()) => OffenseView::Visible(Some(d)),
        Some(_) => OffenseView::Hidden { hidden: true },
    }
}

/// Whether `viewer` may see the reason of an AI's offensive decision now.
pub fn may_see_offense(game: &Game, viewer: Viewer) -> bool {
    viewer == Viewer::Manager(game.batting_side())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_shape() {
        let v = serde_json::to_string(&OffenseView::Hidden { hidden: true }).unwrap();
        assert_eq!(v, r#"{"hidden":true}"#);
        assert_eq!(
            serde_json::to_string(&OffenseView::Visible(None)).unwrap(),
            "null"
        );
    }
}
