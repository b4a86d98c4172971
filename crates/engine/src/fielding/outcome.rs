//! The final outcome of a fielding check per base result and error (reference §6.4), shared by
//! the rolled check and by a manager's manual answer (protocol.md §1.4).

use super::{XBase, XCheckOutcome, XResult, convert_hash};
use crate::advance::board::Board;
use crate::advance::{AdvanceError, Dest, Hit, Movement, Situation, check_situation, resolve};
use crate::charts::ErrorLevel;
use crate::charts::range::chart_has;
use dugout_model::{FieldPos, ResultCode};

/// The outcome of base result `base` (as read or as a manager answers it, `#` allowed) with
/// error `err` at `pos`. Groundballs use the groundball chart with the fielder's own depth.
///
/// # Errors
/// [`AdvanceError`] when the position's range chart never gives `base`, `err` does not exist for
/// it (reference §6.4 "—"), or the situation is impossible.
pub fn final_outcome(
    base: XBase,
    err: ErrorLevel,
    pos: FieldPos,
    s: &Situation,
) -> Result<XCheckOutcome, AdvanceError> {
    check_situation(s)?;
    if !chart_has(pos, base) {
        return Err(AdvanceError::ImpossibleFieldingResult {
            base: base.as_str(),
            pos,
        });
    }
    let s = Situation {
        location: Some(pos),
        ..*s
    };
    let converted = convert_hash(base, pos, s.infield, &s);
    let result = outcome(converted, err, &s)?;
    Ok(XCheckOutcome {
        pos,
        chart: base,
        base: converted,
        error: err,
        rare_play: None,
        result,
    })
}

fn outcome(base: XBase, err: ErrorLevel, s: &Situation) -> Result<XResult, AdvanceError> {
    use ErrorLevel::{E1, E2, E3, None as NoError};
    let impossible = || AdvanceError::ImpossibleError {
        base: base.as_str(),
        level: err.bases(),
    };
    let play = |m: Movement| Ok(XResult::Play(m));
    let card = |code: ResultCode| resolve(code, s);
    match (base, err) {
        (XBase::G1 | XBase::G2 | XBase::G3 | XBase::G2Hash | XBase::G3Hash, e) => {
            let baseline = card(match base {
                XBase::G1 => ResultCode::GroundballA,
                XBase::G2 | XBase::G2Hash => ResultCode::GroundballB,
                _ => ResultCode::GroundballC,
            })?;
            match e {
                NoError => play(baseline),
                E1 => play(error_play(s, 1, 1, None, &baseline)),
                E2 => play(error_play(s, 2, 2, None, &baseline)),
                E3 => Err(impossible()),
            }
        }
        (XBase::SI1 | XBase::SPD, e) => {
            let baseline = card(ResultCode::Single1)?;
            match (base, e) {
                (XBase::SPD, NoError) => Ok(XResult::SpeedCheck),
                (_, NoError) => play(baseline),
                (_, E1) => play(error_play(s, 2, 2, Some(Hit::Single), &baseline)),
                (_, E2) => play(error_play(s, 3, 4, Some(Hit::Single), &baseline)),
                (_, E3) => Err(impossible()),
            }
        }
        (XBase::PO, e) => {
            let baseline = card(ResultCode::Popout)?;
            match e {
                NoError => play(baseline),
                E1 => play(error_play(s, 1, 1, None, &baseline)),
                E2 => play(error_play(s, 2, 4, None, &baseline)),
                E3 => Err(impossible()),
            }
        }
        (XBase::FO, NoError) if s.runners() > 0 => Ok(XResult::PassedBallCheck),
        (XBase::FO, NoError) => play(card(ResultCode::Foulout)?),
        (XBase::FO, E1 | E2) => Ok(XResult::Reroll(runners_only(s, 0))),
        (XBase::FO, E3) => Err(impossible()),
        (XBase::SI2, e) => {
            let baseline = card(ResultCode::Single2)?;
            match e {
                NoError => play(baseline),
                E1 => play(error_play(s, 2, 2, Some(Hit::Single), &baseline)),
                E2 | E3 => play(error_play(s, 3, 4, Some(Hit::Single), &baseline)),
            }
        }
        (XBase::DO2, e) => {
            let baseline = card(ResultCode::Double2)?;
            match e {
                NoError => play(baseline),
                E1 | E2 => play(error_play(s, 3, 4, Some(Hit::Double), &baseline)),
                E3 => play(error_play(s, 4, 4, Some(Hit::Double), &baseline)),
            }
        }
        (XBase::DO3, e) => {
            let baseline = card(ResultCode::Double3)?;
            match e {
                NoError => play(baseline),
                E1 => play(error_play(s, 3, 4, Some(Hit::Double), &baseline)),
                E2 | E3 => play(error_play(s, 4, 4, Some(Hit::Double), &baseline)),
            }
        }
        (XBase::TR3, e) => {
            let baseline = card(ResultCode::Triple)?;
            match e {
                NoError => play(baseline),
                _ => play(error_play(s, 4, 4, Some(Hit::Triple), &baseline)),
            }
        }
        (XBase::F1 | XBase::F2 | XBase::F3, e) => {
            let baseline = card(match base {
                XBase::F1 => ResultCode::FlyoutA,
                XBase::F2 => ResultCode::FlyoutB,
                _ => ResultCode::FlyoutC,
            })?;
            match e {
                NoError => play(baseline),
                E1 => play(error_play(s, 1, 1, None, &baseline)),
                E2 => play(error_play(s, 2, 2, None, &baseline)),
                E3 => play(error_play(s, 3, 4, None, &baseline)),
            }
        }
    }
}

/// Batter to `batter_to` (4 = scores), every runner `plus` bases; whoever ends beyond where the
/// error-free `baseline` put him got there on the error.
pub(crate) fn error_play(
    s: &Situation,
    batter_to: u8,
    plus: u8,
    hit: Option<Hit>,
    baseline: &Movement,
) -> Movement {
    let mut b = Board::new(s);
    for from in (1..=3u8).rev() {
        b.advance(from, plus);
    }
    b.advance(0, batter_to);
    b.hit = hit;
    for from in 0..=3u8 {
        let base_rank = baseline.move_of(from).map_or(0, |m| rank(m.to));
        if b.has(from) && b.dest(from).is_some_and(|d| rank(d) > base_rank) {
            b.mark_error(from);
        }
    }
    b.finish(false)
}

/// The order of destinations: out, 1st, 2nd, 3rd, home.
fn rank(d: Dest) -> u8 {
    match d {
        Dest::Out => 0,
        Dest::Base(n) => n,
        Dest::Home => 4,
    }
}

/// The batter stays up; every runner moves `plus` bases.
pub(crate) fn runners_only(s: &Situation, plus: u8) -> Movement {
    let mut b = Board::new(s);
    b.batter_stays_up();
    for from in (1..=3u8).rev() {
        b.advance(from, plus);
    }
    b.finish(false)
}

/// Settles a catcher `SPD` without error: safe → single, runners +1; out → groundball C to the
/// catcher.
///
/// # Errors
/// [`AdvanceError`] for an impossible situation.
pub fn speed_check(safe: bool, s: &Situation) -> Result<Movement, AdvanceError> {
    let s = Situation {
        location: Some(FieldPos::C),
        ..*s
    };
    resolve(
        if safe {
            ResultCode::Single1
        } else {
            ResultCode::GroundballC
        },
        &s,
    )
}

/// Settles a catcher `FO` with runners on after the passed-ball check: a passed ball moves every
/// runner up one and the batter rolls again; otherwise the batter fouls out.
///
/// # Errors
/// [`AdvanceError`] for an impossible situation.
pub fn foul_pop_check(passed_ball: bool, s: &Situation) -> Result<XResult, AdvanceError> {
    check_situation(s)?;
    if passed_ball {
        Ok(XResult::Reroll(runners_only(s, 1)))
    } else {
        Ok(XResult::Play(resolve(ResultCode::Foulout, s)?))
    }
}
