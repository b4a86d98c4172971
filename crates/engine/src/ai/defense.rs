//! The AI's fielding-side choices: lineup repairs, pitching changes, the defensive decision.

use super::Choice;
use crate::{Action, Base, BaseSet, DefensiveDecision, Game, InfieldDepth, Move, Position, Side};
use dugout_model::{FieldPos, Player};

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

/// Gives pinch hitters/runners a position (or replaces an injured pitcher) before taking the field.
pub(super) fn fix_lineup(game: &Game, side: Side) -> Option<Choice> {
    game.field_problem(side)?;
    let order = game.batting_order(side);
    let mut moves = Vec::new();
    // The pitcher first.
    let needs_pitcher = game.pitcher_of(side).is_none() || game.is_injured(side);
    if needs_pitcher {
        let new = best_reliever(game, side)?;
        let replaces = match game.pitcher_of(side) {
            Some(p) => Some(p.id),
            None => order
                .iter()
                .find(|(_, pos)| matches!(pos, Position::PH | Position::PR))
                .map(|(id, _)| *id),
        };
        if game.pitcher_of(side).is_some() {
            return Some(Choice::new(
                Action::PitchingChange {
                    side,
                    entering: new.id,
                },
                format!(
                    "{} is injured: {} comes in",
                    game.pitcher_of(side)?.name,
                    new.name
                ),
            ));
        }
        moves.push(Move {
            player_id: new.id,
            position: Position::P,
            replaces_player_id: replaces,
            batting_slot: None,
        });
    }
    // Each PH/PR takes the position left open, if rated there; else a bench player who is.
    let open: Vec<FieldPos> = FieldPos::ALL
        .into_iter()
        .filter(|f| *f != FieldPos::P && !order.iter().any(|(_, p)| p.field() == Some(*f)))
        .collect();
    let dh_open = game.setup().settings.dh && !order.iter().any(|(_, p)| *p == Position::DH);
    let mut open_iter = open.into_iter();
    for (id, pos) in order {
        if !matches!(pos, Position::PH | Position::PR)
            || moves.iter().any(|m| m.replaces_player_id == Some(id))
        {
            continue;
        }
        let Some(f) = open_iter.next() else {
            if dh_open {
                moves.push(Move {
                    player_id: id,
                    position: Position::DH,
                    replaces_player_id: None,
                    batting_slot: None,
                });
            }
            continue;
        };
        let player = game.roster_of(side).iter().find(|p| p.id == id)?;
        if player.fielding(f).is_some()
            || (!game.setup().settings.strict_positions && f != FieldPos::C)
        {
            moves.push(Move {
                player_id: id,
                position: Position::of(f),
                replaces_player_id: None,
                batting_slot: None,
            });
        } else {
            let sub = game
                .roster_of(side)
                .iter()
                .filter(|p| {
                    !p.is_pitcher() && game.available(side, p.id) && p.fielding(f).is_some()
                })
                .min_by_key(|p| p.id)?;
            moves.push(Move {
                player_id: sub.id,
                position: Position::of(f),
                replaces_player_id: Some(id),
                batting_slot: None,
            });
        }
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
    let s = game.setup().settings;
    if s.three_batter_minimum && game.batters_faced(side) < 3 && game.outs() > 0 {
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
    Choice::new(Action::DefensiveDecision { side, decision: d }, reason)
}
