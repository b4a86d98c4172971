//! W/L/S/HLD/BS by the official scoring rules (MLB rule 9.17–9.19), from the plays.

use crate::{Game, Half, Play, Side};
use dugout_model::PlayerId;
use serde::{Deserialize, Serialize};

/// The pitching decisions of a game.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Decisions {
    /// Winning pitcher (null until the game is over).
    pub win: Option<PlayerId>,
    /// Losing pitcher (null until the game is over).
    pub loss: Option<PlayerId>,
    /// Save.
    pub save: Option<PlayerId>,
    /// Holds.
    pub holds: Vec<PlayerId>,
    /// Blown saves.
    pub blown_saves: Vec<PlayerId>,
}

impl Decisions {
    /// The decision letters for one pitcher.
    pub fn of(&self, id: PlayerId) -> Vec<String> {
        let mut v = Vec::new();
        if self.win == Some(id) {
            v.push("W".to_string());
        }
        if self.loss == Some(id) {
            v.push("L".to_string());
        }
        if self.save == Some(id) {
            v.push("S".to_string());
        }
        if self.holds.contains(&id) {
            v.push("HLD".to_string());
        }
        if self.blown_saves.contains(&id) {
            v.push("BS".to_string());
        }
        v
    }
}

/// One pitcher's stint: his plays (indices) in order.
struct Stint {
    id: PlayerId,
    side: Side,
    first: usize,
    last: usize,
    outs: u16,
}

fn fielding(p: &Play) -> Side {
    p.half.fielding()
}

fn lead(score: crate::BySide<u16>, side: Side) -> i32 {
    i32::from(score[side]) - i32::from(score[side.other()])
}

/// A save situation for `side` at the state before play `p` (lead of 1–3, or the tying run on
/// base, at bat or on deck).
fn save_situation(p: &Play, side: Side) -> bool {
    let l = lead(p.state_before.score, side);
    let runners = i32::from(p.state_before.bases.count());
    l > 0 && (l <= 3 || l <= runners + 2)
}

pub(super) fn decide(game: &Game) -> Decisions {
    let plays = game.plays();
    let mut d = Decisions::default();
    // Stints in order.
    let mut stints: Vec<Stint> = Vec::new();
    for (i, p) in plays.iter().enumerate() {
        let side = fielding(p);
        match stints.iter_mut().rev().find(|s| s.side == side) {
            Some(s) if s.id == p.pitcher_id => {
                s.last = i;
                s.outs += u16::from(p.outs_recorded);
            }
            _ => stints.push(Stint {
                id: p.pitcher_id,
                side,
                first: i,
                last: i,
                outs: u16::from(p.outs_recorded),
            }),
        }
    }
    // Holds and blown saves (both teams).
    let starters: Vec<PlayerId> = Side::BOTH
        .iter()
        .filter_map(|s| stints.iter().find(|x| x.side == *s).map(|x| x.id))
        .collect();
    let finishers: Vec<PlayerId> = Side::BOTH
        .iter()
        .filter_map(|s| stints.iter().rev().find(|x| x.side == *s).map(|x| x.id))
        .collect();
    for s in stints.iter().filter(|s| !starters.contains(&s.id)) {
        let entry = &plays[s.first];
        if !save_situation(entry, s.side) {
            continue;
        }
        let lost = plays[s.first..=s.last]
            .iter()
            .any(|p| lead(p.state_after.score, s.side) <= 0);
        if lost {
            d.blown_saves.push(s.id);
        } else if s.outs > 0 && !(finishers.contains(&s.id) && game.is_over()) {
            d.holds.push(s.id);
        }
    }
    let Some(winner) = game.winner() else {
        return d;
    };
    let loser = winner.other();
    // The play on which the winner took the lead for the last time, and the go-ahead run.
    let mut go_ahead: Option<(usize, Option<PlayerId>)> = None;
    for (i, p) in plays.iter().enumerate() {
        if p.half.batting() != winner {
            continue;
        }
        let before = lead(p.state_before.score, winner);
        let after = lead(p.state_after.score, winner);
        if before <= 0 && after > 0 {
            // The run that made it a one-run lead.
            let mut score = p.state_before.score[winner];
            let target = p.state_before.score[loser] + 1;
            let mut charged = None;
            for mv in p.runner_moves.iter().filter(|m| m.scored()) {
                score += 1;
                if score == target {
                    charged = mv.charged_to;
                    break;
                }
            }
            go_ahead = Some((i, charged));
        }
    }
    let Some((gi, charged)) = go_ahead else {
        return d;
    };
    d.loss = charged.or(Some(plays[gi].pitcher_id));
    // The winner's pitcher of record at that moment: his last stint begun at or before it.
    let of_record = stints
        .iter()
        .rfind(|s| s.side == winner && s.first <= gi)
        .or_else(|| stints.iter().find(|s| s.side == winner));
    let innings = game.setup().settings.innings;
    let needed = if innings >= 6 { 15 } else { 12 };
    let mut win = of_record.map(|s| s.id);
    if let Some(s) = of_record
        && starters.contains(&s.id)
        && s.outs < needed
    {
        {
            // The starter did not go long enough: the most effective reliever (most outs) wins.
            win = stints
                .iter()
                .filter(|x| x.side == winner && !starters.contains(&x.id))
                .max_by(|a, b| a.outs.cmp(&b.outs).then(b.first.cmp(&a.first)))
                .map(|x| x.id)
                .or(win);
        }
    }
    d.win = win;
    d.blown_saves.retain(|_| true);
    d.holds.retain(|h| Some(*h) != d.win);
    // Save: the winning team's finisher, not the winner, who kept the lead.
    if let Some(f) = stints.iter().rev().find(|s| s.side == winner) {
        let entry = &plays[f.first];
        let l = lead(entry.state_before.score, winner);
        let runners = i32::from(entry.state_before.bases.count());
        let kept = plays[f.first..]
            .iter()
            .all(|p| lead(p.state_after.score, winner) > 0);
        let qualifies = l > 0 && ((l <= 3 && f.outs >= 3) || l <= runners + 2 || f.outs >= 9);
        if Some(f.id) != d.win && f.outs > 0 && kept && qualifies && !starters.contains(&f.id) {
            d.save = Some(f.id);
            d.holds.retain(|h| *h != f.id);
        }
    }
    let _ = Half::Top;
    d
}
