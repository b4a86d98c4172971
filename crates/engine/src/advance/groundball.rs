//! Groundballs A/B/C through the groundball chart (rules.md §5, reference §4.4): the chart picks a
//! result 1..=13 and [`apply_groundball_result`] moves the runners for it.

use super::board::Board;
use super::simple::forced_runners;
use super::{AdvanceError, Dest, InfieldDepth, Movement, Situation, TryOffer, on_base_code};
use crate::charts::groundball::GROUNDBALL_CHART;
use dugout_model::{FieldPos, ResultCode};
use serde::{Deserialize, Serialize};

/// The groundball chart letter (card `gb A/B/C`, X-check G1/G2/G3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroundballLetter {
    /// Chart A (hardest hit: most double plays).
    A,
    /// Chart B.
    B,
    /// Chart C (slow roller).
    C,
}

impl GroundballLetter {
    /// The card code of this letter.
    pub fn code(self) -> ResultCode {
        match self {
            GroundballLetter::A => ResultCode::GroundballA,
            GroundballLetter::B => ResultCode::GroundballB,
            GroundballLetter::C => ResultCode::GroundballC,
        }
    }
}

/// The chart result 1..=13 for a letter, an on-base code 0..=7 and whether the fielder plays in.
/// Bases empty is always result 1; codes above 7 read as loaded.
pub fn groundball_result(letter: GroundballLetter, on_base_code: u8, playing_in: bool) -> u8 {
    let row = GROUNDBALL_CHART[usize::from(on_base_code.min(7))];
    let col = match letter {
        GroundballLetter::A => 0,
        GroundballLetter::B => 2,
        GroundballLetter::C => 4,
    } + usize::from(playing_in);
    // The "in" column has no entry for empty bases ("—"): the normal one applies.
    if row[col] == 0 {
        row[col & !1]
    } else {
        row[col]
    }
}

/// Whether the fielder at `pos` plays in: `infield_in` moves every infielder (P and C included),
/// `corners_in` only 1B, 3B, P and C.
pub fn playing_in(pos: FieldPos, depth: InfieldDepth) -> bool {
    match depth {
        InfieldDepth::Normal => false,
        InfieldDepth::InfieldIn => pos.is_infield(),
        InfieldDepth::CornersIn => pos.is_corner(),
    }
}

/// Resolves a groundball card result (hit and run reads every groundball as C).
pub(crate) fn resolve(letter: GroundballLetter, s: &Situation) -> Result<Movement, AdvanceError> {
    let letter = if s.hit_and_run {
        GroundballLetter::C
    } else {
        letter
    };
    if let Some(pos) = s.location.filter(|p| p.is_outfield()) {
        return Err(AdvanceError::GroundballToOutfield(pos));
    }
    let fielder_in = match (s.location, s.infield) {
        (_, InfieldDepth::Normal) => false,
        (None, InfieldDepth::InfieldIn) => true,
        (Some(pos), depth) => playing_in(pos, depth),
        (None, InfieldDepth::CornersIn) if s.runners() == 0 => false,
        (None, InfieldDepth::CornersIn) => {
            return Err(AdvanceError::MissingLocation(letter.code()));
        }
    };
    let result = groundball_result(letter, on_base_code(s.bases), fielder_in);
    if matches!(result, 5 | 6) && s.location.is_none() {
        return Err(AdvanceError::MissingLocation(letter.code()));
    }
    Ok(apply_groundball_result(result, s))
}

/// Moves the runners for groundball result `result` (1..=13; others read as 1). When the runner a
/// result retires is not on base, the batter is retired at 1st in his place (decision 031).
pub fn apply_groundball_result(result: u8, s: &Situation) -> Movement {
    let mut b = Board::new(s);
    b.groundball_result = Some(result);
    match result {
        2 => {
            b.force_out(1);
            b.force_out(0);
            others_up(&mut b, &[2, 3]);
        }
        3 => batter_out_all_up(&mut b),
        4 => {
            if b.has(1) {
                b.force_out(1);
                others_up(&mut b, &[2, 3]);
                b.put(0, Dest::Base(1));
            } else {
                batter_out_all_up(&mut b);
            }
        }
        5 if matches!(s.location, Some(FieldPos::Second | FieldPos::SS)) => {
            batter_out_all_up(&mut b)
        }
        6 if matches!(s.location, Some(FieldPos::First | FieldPos::Second)) => {
            batter_out_all_up(&mut b)
        }
        7 | 8 => {
            b.force_out(0);
            let forced = forced_runners(s);
            for from in (1..=3u8).rev() {
                if forced[usize::from(from - 1)] {
                    b.advance(from, 1);
                }
            }
        }
        9 => {
            b.force_out(0);
            // The lead runner holds; each trailing runner moves up into an open base.
            let mut taken = [false; 5];
            let mut lead_seen = false;
            for from in (1..=3u8).rev() {
                if !b.has(from) {
                    continue;
                }
                let to = if lead_seen && !taken[usize::from(from + 1)] {
                    from + 1
                } else {
                    from
                };
                lead_seen = true;
                taken[usize::from(to)] = true;
                b.put(from, Dest::Base(to));
            }
        }
        10 => {
            b.force_out(3);
            b.force_out(0);
            others_up(&mut b, &[1, 2]);
        }
        11 => match lead_runner(s) {
            Some(lead) => {
                b.force_out(lead);
                let others: Vec<u8> = (1..lead).collect();
                others_up(&mut b, &others);
                b.put(0, Dest::Base(1));
            }
            None => b.force_out(0),
        },
        12 => {
            b.force_out(0);
            if let Some(lead) = lead_runner(s).filter(|&l| !s.is_held(l)) {
                b.offer = Some(TryOffer {
                    runner_from: lead,
                    at: lead,
                    target: Dest::from_number(lead + 1),
                    penalty_two: false,
                    fielder: s.location,
                });
            }
        }
        13 => {
            let forced = forced_runners(s);
            let lead_forced = (1..=3u8).rev().find(|&f| forced[usize::from(f - 1)]);
            match lead_forced {
                Some(lead) => {
                    b.force_out(lead);
                    b.force_out(0);
                    let others: Vec<u8> = (1..=3).filter(|&f| f != lead).collect();
                    others_up(&mut b, &others);
                }
                None => batter_out_all_up(&mut b),
            }
        }
        // 1, and 5/6 hit elsewhere: batter out, runners hold.
        _ => b.force_out(0),
    }
    b.finish(false)
}

/// Batter out at 1st, then every runner +1.
fn batter_out_all_up(b: &mut Board) {
    b.force_out(0);
    others_up(b, &[1, 2, 3]);
}

/// The listed runners (those on base) move up one, lead runner first.
fn others_up(b: &mut Board, froms: &[u8]) {
    for &from in froms.iter().rev() {
        if b.has(from) && b.dest(from) != Some(Dest::Out) {
            b.advance(from, 1);
        }
    }
}

/// The most advanced runner on base.
fn lead_runner(s: &Situation) -> Option<u8> {
    (1..=3u8).rev().find(|&b| s.occupied(b))
}
