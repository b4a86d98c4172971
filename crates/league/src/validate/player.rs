//! Player checks: ratings in their ranges, cards well formed, pitchers with pitching ratings.

use super::card::{CardKind, check_card};
use crate::problem::Sink;
use dugout_model::{FieldPos, FieldingRating, Pitching, Player, Running};
use std::collections::HashSet;

/// Highest error rating on each position's error chart (reference §6.6, Appendix A).
pub fn max_error(pos: FieldPos) -> u8 {
    match pos {
        FieldPos::P => 51,
        FieldPos::C => 16,
        FieldPos::First => 30,
        FieldPos::Second => 71,
        FieldPos::Third => 65,
        FieldPos::SS => 88,
        FieldPos::LF | FieldPos::CF | FieldPos::RF => 25,
    }
}

/// Checks one player's own fields (cross-references are checked by the caller).
pub(crate) fn check_player(sink: &mut Sink<'_>, p: &Player) {
    if p.name.trim().is_empty() {
        sink.push("name is empty");
    }
    if p.name.chars().count() > 80 {
        sink.push("name is longer than 80 characters");
    }
    check_positions(sink, &p.positions);
    if let Some(running) = &p.running {
        check_running(sink, running);
    }
    if let Some(card) = &p.batting_card {
        check_card(sink, card, CardKind::Batting);
    }
    let rated_p = p.fielding(FieldPos::P).is_some();
    match (&p.pitching, rated_p) {
        (Some(pitching), _) => {
            if !rated_p {
                sink.push("pitching is set but positions has no P");
            }
            check_pitching(sink, pitching);
        }
        (None, true) => sink.push("positions has P but pitching is missing"),
        (None, false) => {}
    }
}

fn check_positions(sink: &mut Sink<'_>, positions: &[FieldingRating]) {
    let mut seen = HashSet::new();
    for r in positions {
        let pos = r.pos;
        if !seen.insert(pos) {
            sink.push(format!("positions lists {pos} twice"));
        }
        if let Some(range) = r.range {
            sink.range(&format!("positions {pos} range"), range, 1, 5);
        }
        if let Some(error) = r.error {
            sink.range(&format!("positions {pos} error"), error, 0, max_error(pos));
        }
        match r.arm {
            Some(arm) if pos.is_outfield() || pos == FieldPos::C => {
                sink.range(&format!("positions {pos} arm"), arm, -6, 6);
            }
            Some(_) => sink.push(format!(
                "positions {pos} has an arm, which only outfielders and catchers carry"
            )),
            None => {}
        }
        match r.pb {
            Some(pb) if pos == FieldPos::C => sink.range("positions C pb", pb, 0, 20),
            Some(_) => sink.push(format!("positions {pos} has pb, which only catchers carry")),
            None => {}
        }
    }
}

fn check_running(sink: &mut Sink<'_>, running: &Running) {
    sink.range("running speed", running.speed, 1, 20);
    let steal = &running.steal;
    for (field, totals) in [("jump_2nd", &steal.jump_2nd), ("jump_3rd", &steal.jump_3rd)] {
        let mut seen = HashSet::new();
        for &t in totals {
            if !(2..=12).contains(&t) {
                sink.push(format!(
                    "running steal {field} holds {t}, expected 2d6 totals 2–12"
                ));
            } else if !seen.insert(t) {
                sink.push(format!("running steal {field} lists {t} twice"));
            }
        }
    }
    sink.range("running steal safe_good", steal.safe_good, 1, 20);
    sink.range("running steal safe_poor", steal.safe_poor, 1, 20);
}

fn check_pitching(sink: &mut Sink<'_>, p: &Pitching) {
    if let Some(card) = &p.card {
        check_card(sink, card, CardKind::Pitching);
    }
    let e = p.endurance;
    if let Some(s) = e.starter {
        sink.range("pitching endurance starter", s, 1, 9);
    }
    if let Some(r) = e.relief {
        sink.range("pitching endurance relief", r, 1, 9);
    }
    if let Some(c) = e.closer {
        sink.range("pitching endurance closer", c, 0, 9);
    }
    if let Some(hold) = p.hold {
        sink.range("pitching hold", hold, -6, 9);
    }
    if let Some(wp) = p.wp {
        sink.range("pitching wp", wp, 0, 20);
    }
    if let Some(balk) = p.balk {
        sink.range("pitching balk", balk, 0, 20);
    }
    if let Some(injury) = p.injury {
        sink.range("pitching injury", injury, 0, 6);
    }
}
