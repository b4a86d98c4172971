//! Lineups: the legality check of rules.md §2 and the `auto` lineup.

use crate::{LineupCard, LineupEntry, Position};
use dugout_model::{FieldPos, Hand, Player, PlayerId, ResultCode, RuleSettings};

/// Every reason `card` is not a legal starting lineup from `roster` (empty = legal).
pub fn lineup_problems(
    roster: &[Player],
    card: &LineupCard,
    settings: &RuleSettings,
) -> Vec<String> {
    let mut problems = Vec::new();
    let find = |id: PlayerId| roster.iter().find(|p| p.id == id);
    if roster.len() > 255 {
        problems.push(format!(
            "a roster holds at most 255 players, not {}",
            roster.len()
        ));
    }
    if card.batting_order.len() != 9 {
        problems.push(format!(
            "the batting order needs 9 batters, not {}",
            card.batting_order.len()
        ));
    }
    let mut seen: Vec<PlayerId> = Vec::new();
    for (i, e) in card.batting_order.iter().enumerate() {
        let slot = i + 1;
        if seen.contains(&e.player_id) {
            problems.push(format!(
                "player {} is in the batting order twice",
                e.player_id
            ));
        }
        seen.push(e.player_id);
        let Some(p) = find(e.player_id) else {
            problems.push(format!(
                "batter {slot}: player {} is not on the roster",
                e.player_id
            ));
            continue;
        };
        if !p.active {
            problems.push(format!("{} is not active", p.name));
        }
        problems.extend(position_problem(p, e.position, settings));
        if e.position == Position::P && e.player_id != card.pitcher_id {
            problems.push(format!(
                "{} bats as P but is not the starting pitcher",
                p.name
            ));
        }
    }
    match find(card.pitcher_id) {
        None => problems.push(format!("pitcher {} is not on the roster", card.pitcher_id)),
        Some(p) => {
            if !p.active {
                problems.push(format!("{} is not active", p.name));
            }
            if !p.is_pitcher() {
                problems.push(format!("{} is not a pitcher", p.name));
            }
            if settings.dh && seen.contains(&p.id) {
                problems.push(format!("with the DH, the pitcher {} does not bat", p.name));
            }
        }
    }
    let wanted: Vec<Position> = if settings.dh {
        vec![
            Position::C,
            Position::First,
            Position::Second,
            Position::Third,
            Position::SS,
            Position::LF,
            Position::CF,
            Position::RF,
            Position::DH,
        ]
    } else {
        FieldPos::ALL.iter().map(|f| Position::of(*f)).collect()
    };
    for pos in &wanted {
        let n = card
            .batting_order
            .iter()
            .filter(|e| e.position == *pos)
            .count();
        if n != 1 && card.batting_order.len() == 9 {
            problems.push(format!("{pos} must be filled exactly once (found {n})"));
        }
    }
    for e in &card.batting_order {
        if !wanted.contains(&e.position) {
            problems.push(format!(
                "position {} is not allowed in this lineup",
                e.position
            ));
        }
    }
    problems
}

/// Why `p` may not play `pos`, if he may not (rules.md §2 `strict_positions`).
pub fn position_problem(p: &Player, pos: Position, settings: &RuleSettings) -> Option<String> {
    match pos {
        Position::DH | Position::PH | Position::PR => None,
        Position::P if !p.is_pitcher() => Some(format!("{} is not a pitcher", p.name)),
        Position::P => None,
        Position::C if p.fielding(FieldPos::C).is_none() => {
            Some(format!("{} is not a rated catcher", p.name))
        }
        other => {
            let f = other.field()?;
            (settings.strict_positions && p.fielding(f).is_none())
                .then(|| format!("{} is not rated at {}", p.name, f))
        }
    }
}

/// How good a batter's card is against a pitcher's hand: expected bases per chance, a simple
/// stand-in for OPS (walks 1, singles 1, doubles 2, triples 3, home runs 4).
pub fn batting_value(p: &Player, vs: Hand) -> f64 {
    let Some(card) = &p.batting_card else {
        return 0.0;
    };
    let mut value = 0.0;
    for (code, x20) in card.side(vs).chances_x20() {
        let w = match code {
            ResultCode::Walk | ResultCode::HitByPitch | ResultCode::IntentionalWalk => 0.9,
            ResultCode::Single1 | ResultCode::Single2 | ResultCode::SingleUncapped => 1.0,
            ResultCode::BpSingle => 0.5,
            ResultCode::Double2 | ResultCode::Double3 | ResultCode::DoubleUncapped => 2.0,
            ResultCode::Triple => 3.0,
            ResultCode::Homerun => 4.0,
            ResultCode::BpHomerun => 2.0,
            _ => 0.0,
        };
        value += w * f64::from(x20) / 20.0 / 108.0;
    }
    value
}

/// The starting pitcher of an auto lineup: highest starter endurance, ties by lowest id.
pub fn auto_starter(roster: &[Player]) -> Option<&Player> {
    roster
        .iter()
        .filter(|p| p.active && p.is_pitcher())
        .max_by(|a, b| {
            let s = |p: &Player| {
                p.pitching
                    .as_ref()
                    .and_then(|x| x.endurance.starter)
                    .unwrap_or(0)
            };
            s(a).cmp(&s(b)).then(b.id.cmp(&a.id))
        })
}

/// Why a roster cannot be managed by the engine (an automatic lineup, an AI seat): the first
/// active player without the digital card the choice reads. Leagues without card data (the SBA
/// API's players carry none) are played by their managers (protocol.md §1.4).
pub fn missing_ratings(roster: &[Player]) -> Option<String> {
    roster
        .iter()
        .filter(|p| p.active)
        .find_map(|p| match &p.pitching {
            Some(pitching) => pitching
                .card
                .is_none()
                .then(|| format!("{} has no pitching card", p.name)),
            None => p
                .batting_card
                .is_none()
                .then(|| format!("{} has no batting card", p.name)),
        })
}

/// An `auto` lineup (rules.md §2): the starter, then the best legal order against `vs` (the
/// opposing starter's hand; right-handed while unknown). Greedy by value: fill the positions with
/// the fewest candidates first, then order by value (best four at the top, the rest after).
///
/// # Errors
/// A message when the roster lacks the cards it reads or cannot field a legal lineup.
pub fn auto_lineup(
    roster: &[Player],
    vs: Option<Hand>,
    settings: &RuleSettings,
) -> Result<LineupCard, String> {
    if let Some(missing) = missing_ratings(roster) {
        return Err(format!(
            "an automatic lineup needs the players' ratings: {missing}"
        ));
    }
    let vs = vs.unwrap_or(Hand::R);
    let starter = auto_starter(roster).ok_or("the roster has no active pitcher")?;
    let hitters: Vec<&Player> = roster
        .iter()
        .filter(|p| p.active && p.id != starter.id && !p.is_pitcher())
        .collect();
    let mut positions: Vec<FieldPos> = FieldPos::ALL
        .into_iter()
        .filter(|f| *f != FieldPos::P)
        .collect();
    // Scarce positions first so a lone catcher is not used at first base.
    positions.sort_by_key(|f| {
        hitters
            .iter()
            .filter(|p| {
                p.fielding(*f).is_some() || (!settings.strict_positions && *f != FieldPos::C)
            })
            .count()
    });
    let mut used: Vec<PlayerId> = Vec::new();
    let mut entries: Vec<LineupEntry> = Vec::new();
    for f in positions {
        let best = hitters
            .iter()
            .filter(|p| !used.contains(&p.id))
            .filter(|p| position_problem(p, Position::of(f), settings).is_none())
            .max_by(|a, b| {
                let fa = a.fielding(f).and_then(|r| r.range).unwrap_or(5);
                let fb = b.fielding(f).and_then(|r| r.range).unwrap_or(5);
                (batting_value(a, vs) - f64::from(fa) * 0.01)
                    .total_cmp(&(batting_value(b, vs) - f64::from(fb) * 0.01))
                    .then(b.id.cmp(&a.id))
            })
            .ok_or_else(|| format!("nobody on the roster can play {f}"))?;
        used.push(best.id);
        entries.push(LineupEntry {
            player_id: best.id,
            position: Position::of(f),
        });
    }
    if settings.dh {
        let dh = hitters
            .iter()
            .filter(|p| !used.contains(&p.id))
            .max_by(|a, b| {
                batting_value(a, vs)
                    .total_cmp(&batting_value(b, vs))
                    .then(b.id.cmp(&a.id))
            })
            .ok_or("the roster has no ninth batter for the DH")?;
        entries.push(LineupEntry {
            player_id: dh.id,
            position: Position::DH,
        });
    } else {
        entries.push(LineupEntry {
            player_id: starter.id,
            position: Position::P,
        });
    }
    let value = |e: &LineupEntry| {
        roster
            .iter()
            .find(|p| p.id == e.player_id)
            .map(|p| batting_value(p, vs))
            .unwrap_or(0.0)
    };
    entries.sort_by(|a, b| {
        value(b)
            .total_cmp(&value(a))
            .then(a.player_id.cmp(&b.player_id))
    });
    // Best hitter bats 2nd, next best 4th, 1st, 3rd, then the rest in order (a common modern order).
    let mut order = entries.clone();
    if order.len() == 9 {
        let e = &entries;
        order = vec![e[2], e[0], e[3], e[1], e[4], e[5], e[6], e[7], e[8]];
    }
    Ok(LineupCard {
        batting_order: order,
        pitcher_id: starter.id,
    })
}
