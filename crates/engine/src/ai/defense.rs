//! The AI's fielding-side choices: lineup repairs, pitching changes, the defensive decision.

use super::Choice;
use crate::{Action, Base, BaseSet, DefensiveDecision, Game, InfieldDepth, Move, Position, Side};
use dugout_model::{FieldPos, Player, PlayerId};

/// The best available reliever (highest relief endurance, then lowest id).
fn best_reliever(game: &Game, side: Side) -> Option<&Player> {
    game.roster_of(side)
        .iter()
        .filter(|p| p.is_pitcher() && game.available(side, p.id))
        .max_by(|a, b| {
            let r = |p: &Player| {
                let e = p.pitching.as_ref().map(|x| x.endurance).unwrap_or_default();
                (e.relief.unwrap_or(0), e.starter.is_none())
            };
            r(a).cmp(&r(b)).then(b.id.cmp(&a.id))
        })
}

/// Gives pinch hitters/runners a position (or replaces an injured or missing pitcher) before
/// taking the field: each open position goes to a hole (a PH/PR) rated there, else to a bench
/// player rated there who replaces the hole, else to the hole himself (the emergency rule).
pub(super) fn fix_lineup(game: &Game, side: Side) -> Option<Choice> {
    game.field_problem(side)?;
    let current = game.pitcher_of(side);
    if let Some(p) = current
        && game.is_injured(side)
    {
        let new = best_reliever(game, side)?;
        return Some(Choice::new(
            Action::PitchingChange {
                side,
                entering: new.id,
            },
            format!("{} is injured: {} comes in", p.name, new.name),
        ));
    }
    let order = game.batting_order(side);
    let dh = game.setup().settings.dh && !order.iter().any(|(_, p)| *p == Position::P);
    let mut holes: Vec<PlayerId> = order
        .iter()
        .filter(|(_, p)| matches!(p, Position::PH | Position::PR))
        .map(|(id, _)| *id)
        .collect();
    let mut open: Vec<Position> = Vec::new();
    if current.is_none() {
        open.push(Position::P);
    }
    for f in FieldPos::ALL.into_iter().filter(|f| *f != FieldPos::P) {
        if !order.iter().any(|(_, p)| p.field() == Some(f)) {
            open.push(Position::of(f));
        }
    }
    if dh && !order.iter().any(|(_, p)| *p == Position::DH) {
        open.push(Position::DH);
    }
    let roster = game.roster_of(side);
    let rated = |id: PlayerId, pos: Position| {
        roster
            .iter()
            .find(|p| p.id == id)
            .is_some_and(|p| match pos.field() {
                None => pos == Position::DH,
                Some(FieldPos::P) => p.is_pitcher(),
                Some(f) => p.fielding(f).is_some(),
            })
    };
    let mut moves: Vec<Move> = Vec::new();
    let mut used: Vec<PlayerId> = Vec::new();
    for pos in open {
        if pos == Position::P {
            let new = best_reliever(game, side)?;
            // Without the DH the new pitcher bats in a hole's slot; with it he replaces nobody in
            // the order (the old pitcher is gone already).
            let replaces = if dh { None } else { holes.pop() };
            moves.push(Move {
                player_id: new.id,
                position: pos,
                replaces_player_id: replaces,
                batting_slot: None,
            });
            continue;
        }
        if let Some(i) = holes.iter().position(|h| rated(*h, pos)) {
            let h = holes.remove(i);
            moves.push(Move {
                player_id: h,
                position: pos,
                replaces_player_id: None,
                batting_slot: None,
            });
            continue;
        }
        let Some(h) = holes.pop() else {
            continue;
        };
        let bench = roster
            .iter()
            .filter(|p| !p.is_pitcher() && game.available(side, p.id) && !used.contains(&p.id))
            .filter(|p| rated(p.id, pos))
            .min_by_key(|p| p.id);
        match bench {
            Some(b) => {
                used.push(b.id);
                moves.push(Move {
                    player_id: b.id,
                    position: pos,
                    replaces_player_id: Some(h),
                    batting_slot: None,
                });
            }
            None => moves.push(Move {
                player_id: h,
                position: pos,
                replaces_player_id: None,
                batting_slot: None,
            }),
        }
    }
    if moves.is_empty() {
        return None;
    }
    Some(Choice::new(
        Action::DefensiveReplacement { side, moves },
        "fill the positions before taking the field",
    ))
}

/// Brings in a reliever for a fatigued pitcher, when the rules let him go.
pub(super) fn pitching_change(game: &Game, side: Side) -> Option<Choice> {
    if !game.is_fatigued(side) {
        return None;
    }
    if !game.may_change_pitcher(side) {
        return None;
    }
    let current = game.pitcher_of(side)?;
    let new = best_reliever(game, side)?;
    let choice = Choice::new(
        Action::PitchingChange {
            side,
            entering: new.id,
        },
        format!("{} is tired: {} takes over", current.name, new.name),
    );
    Some(choice)
}

/// Depth and holds: infield in only with a runner on 3rd, fewer than two outs, late and close.
pub(super) fn decision(game: &Game, side: Side) -> Choice {
    let b = game.bases();
    let s = game.setup().settings;
    let score = game.score();
    let diff = i32::from(score[side]) - i32::from(score[side.other()]);
    let late = game.inning() + 1 >= s.innings;
    let mut d = DefensiveDecision::default();
    let mut reason: &'static str = "normal depth";
    if b.third.is_some() && game.outs() < 2 && late && (-1..=1).contains(&diff) {
        d.infield_depth = InfieldDepth::InfieldIn;
        reason = "infield in: the run on third matters late in a close game";
    }
    if b.first.is_some() && b.second.is_none() {
        d.hold_runners = BaseSet::of(&[Base::First]);
        if d.infield_depth == InfieldDepth::Normal {
            reason = "hold the runner on first";
        }
    }
    // Walk-off threat: tied in the bottom of the last inning or later, the winning run in
    // scoring position and first base open: put the batter on to set up a force everywhere.
    if game.half() == crate::Half::Bottom
        && game.inning() >= s.innings
        && diff == 0
        && b.first.is_none()
        && (b.second.is_some() || b.third.is_some())
        && game.outs() < 2
    {
        d = DefensiveDecision {
            intentional_walk: true,
            ..DefensiveDecision::default()
        };
        reason = "intentional walk: first base open, set up the force with the winning run on";
    }
    Choice::new(Action::DefensiveDecision { side, decision: d }, reason)
}
