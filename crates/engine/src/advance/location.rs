//! Auto-mode hit location from a d20 (rules.md §5.1) when the card names no fielder.

use dugout_model::{FieldPos, Hand, ResultCode};
use serde::{Deserialize, Serialize};

/// Which of §5.1's mappings a result uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LocationKind {
    /// Groundballs (and X-checks without a position): an infielder.
    Groundball,
    /// Flies, lineouts and uncapped hits: an outfielder.
    Fly,
    /// Popouts: the infielder of the groundball rule.
    Popout,
}

impl LocationKind {
    /// The mapping a result code uses, or `None` if the code needs no location.
    pub fn of(code: ResultCode) -> Option<LocationKind> {
        match code {
            c if c.is_groundball() => Some(LocationKind::Groundball),
            ResultCode::Popout => Some(LocationKind::Popout),
            c if c.is_flyout() => Some(LocationKind::Fly),
            ResultCode::Lineout | ResultCode::SingleUncapped | ResultCode::DoubleUncapped => {
                Some(LocationKind::Fly)
            }
            _ => None,
        }
    }
}

/// Where the ball went for a location d20 (1..=20; out-of-range values are clamped): 1–9 pull,
/// 10–16 center, 17–20 opposite; infield balls split by odd/even d20. `side` is the side the
/// batter hits from (a switch hitter's is opposite the pitcher's hand); a left-handed batter's
/// map is the right-handed one mirrored.
pub fn hit_location(d20: u8, side: Hand, kind: LocationKind) -> FieldPos {
    let d20 = d20.clamp(1, 20);
    // 0 = pull, 1 = center, 2 = opposite.
    let zone = match d20 {
        1..=9 => 0,
        10..=16 => 1,
        _ => 2,
    };
    let odd = d20 % 2 == 1;
    let right = side == Hand::R;
    match kind {
        LocationKind::Fly => match (zone, right) {
            (0, true) | (2, false) => FieldPos::LF,
            (1, _) => FieldPos::CF,
            _ => FieldPos::RF,
        },
        LocationKind::Groundball | LocationKind::Popout => {
            // Right-handed: pull 3B/SS, center SS/2B, opposite 2B/1B (odd/even).
            let rh = match (zone, odd) {
                (0, true) => FieldPos::Third,
                (0, false) | (1, true) => FieldPos::SS,
                (1, false) | (2, true) => FieldPos::Second,
                _ => FieldPos::First,
            };
            if right { rh } else { mirror(rh) }
        }
    }
}

/// The mirror image across the line from home to 2nd base.
fn mirror(pos: FieldPos) -> FieldPos {
    match pos {
        FieldPos::Third => FieldPos::First,
        FieldPos::First => FieldPos::Third,
        FieldPos::SS => FieldPos::Second,
        FieldPos::Second => FieldPos::SS,
        FieldPos::LF => FieldPos::RF,
        FieldPos::RF => FieldPos::LF,
        other => other,
    }
}
