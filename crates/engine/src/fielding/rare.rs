//! What each rare play of reference §6.5 does to the runners (d100 = 1 on a fielding check).

use super::{XBase, XCheckOutcome, XResult, convert_hash};
use crate::advance::board::Board;
use crate::advance::simple::{force_forward, forced_runners};
use crate::advance::{AdvanceError, Dest, Hit, Situation, check_situation, resolve};
use crate::charts::ErrorLevel;
use crate::charts::range::chart_has;
use crate::charts::rare::{RarePlay, rare_play_for};
use dugout_model::{FieldPos, ResultCode};

/// The outcome of a rare play on base result `chart` (as read; `#` is converted first) at `pos`.
///
/// # Errors
/// [`AdvanceError`] when the position's chart never gives `chart`, or the situation is impossible.
pub fn rare_outcome(
    chart: XBase,
    pos: FieldPos,
    s: &Situation,
) -> Result<XCheckOutcome, AdvanceError> {
    check_situation(s)?;
    if !chart_has(pos, chart) {
        return Err(AdvanceError::ImpossibleFieldingResult {
            base: chart.as_str(),
            pos,
        });
    }
    let s = Situation {
        location: Some(pos),
        ..*s
    };
    let base = convert_hash(chart, pos, s.infield, &s);
    let rare = rare_play_for(base);
    let result = rare_result(rare, &s)?;
    Ok(XCheckOutcome {
        pos,
        chart,
        base,
        error: ErrorLevel::None,
        rare_play: Some(rare),
        result,
    })
}

fn rare_result(rare: RarePlay, s: &Situation) -> Result<XResult, AdvanceError> {
    let mut b = Board::new(s);
    match rare {
        RarePlay::InterferenceDoublePlay => {
            b.force_out(1);
            b.force_out(0);
        }
        RarePlay::LinerOffPitcher => {
            b.force_out(0);
            let forced = forced_runners(s);
            for from in (1..=3u8).rev() {
                if forced[usize::from(from - 1)] {
                    b.advance(from, 1);
                }
            }
        }
        RarePlay::LinerOffMound => {
            b.force_out(0);
            for from in (1..=3u8).rev() {
                b.advance(from, 1);
            }
        }
        RarePlay::RunnerHitByBall if s.occupied(1) => {
            b.force_out(1);
            b.put(0, Dest::Base(1));
            b.hit = Some(Hit::Single);
        }
        RarePlay::RunnerHitByBall | RarePlay::PopFallsIn => {
            for from in (1..=3u8).rev() {
                b.advance(from, 1);
            }
            b.put(0, Dest::Base(1));
            b.hit = Some(Hit::Single);
        }
        RarePlay::NoEffect => return Ok(XResult::SpeedCheck),
        RarePlay::CatcherInterference => {
            force_forward(&mut b, s);
            b.put(0, Dest::Base(1));
        }
        RarePlay::BatterOutRounding => {
            for from in (1..=3u8).rev() {
                b.advance(from, 2);
            }
            b.hit = Some(Hit::Single);
            b.late_out(0);
        }
        RarePlay::HiddenBallTrick => {
            for from in (1..=3u8).rev() {
                b.advance(from, 2);
            }
            b.hit = Some(Hit::Double);
            b.late_out(0);
        }
        RarePlay::CollisionOrMissedBase if s.runners() > 0 => {
            return Ok(XResult::Play(resolve(ResultCode::Double3, s)?));
        }
        RarePlay::CollisionOrMissedBase => b.force_out(0),
        RarePlay::InsideTheParkHomeRun => {
            return Ok(XResult::Play(resolve(ResultCode::Homerun, s)?));
        }
        RarePlay::WallCatch => {
            b.force_out(0);
            for from in (1..=3u8).rev() {
                b.advance(from, 2);
            }
        }
        RarePlay::LeftEarlyAppeal if s.occupied(3) && s.outs < 2 => {
            b.force_out(0);
            b.late_out(3);
        }
        RarePlay::LeftEarlyAppeal => {
            return Ok(XResult::Play(resolve(ResultCode::FlyoutB, s)?));
        }
        RarePlay::LeadDoubledOff if s.runners() > 0 && s.outs < 2 => {
            b.force_out(0);
            if let Some(lead) = (1..=3u8).rev().find(|&f| s.occupied(f)) {
                b.late_out(lead);
            }
        }
        RarePlay::LeadDoubledOff => {
            return Ok(XResult::Play(resolve(ResultCode::FlyoutC, s)?));
        }
    }
    Ok(XResult::Play(b.finish(false)))
}
