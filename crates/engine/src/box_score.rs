//! The box score and line score, derived from the plays (never kept on the side).

mod decisions;

use crate::{BySide, Game, Half, Play, PlayOutcome, Position, RunnerTo, Side};
use dugout_model::PlayerId;
use serde::{Deserialize, Serialize};

pub use decisions::Decisions;

/// A team's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    /// Runs.
    #[serde(rename = "R")]
    pub r: u16,
    /// Hits.
    #[serde(rename = "H")]
    pub h: u16,
    /// Errors committed.
    #[serde(rename = "E")]
    pub e: u16,
    /// Runners left on base.
    #[serde(rename = "LOB")]
    pub lob: u16,
}

/// One batter's line (protocol.md BatterLine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct BatterLine {
    pub player_id: PlayerId,
    pub name: String,
    pub position: Option<Position>,
    #[serde(rename = "AB")]
    pub ab: u16,
    #[serde(rename = "R")]
    pub r: u16,
    #[serde(rename = "H")]
    pub h: u16,
    #[serde(rename = "2B")]
    pub doubles: u16,
    #[serde(rename = "3B")]
    pub triples: u16,
    #[serde(rename = "HR")]
    pub hr: u16,
    #[serde(rename = "RBI")]
    pub rbi: u16,
    #[serde(rename = "BB")]
    pub bb: u16,
    #[serde(rename = "K")]
    pub k: u16,
    #[serde(rename = "HBP")]
    pub hbp: u16,
    #[serde(rename = "SB")]
    pub sb: u16,
    #[serde(rename = "CS")]
    pub cs: u16,
    #[serde(rename = "SH")]
    pub sh: u16,
    #[serde(rename = "SF")]
    pub sf: u16,
    #[serde(rename = "GIDP")]
    pub gidp: u16,
    #[serde(rename = "LOB")]
    pub lob: u16,
}

/// One pitcher's line (protocol.md PitcherLine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct PitcherLine {
    pub player_id: PlayerId,
    pub name: String,
    pub outs: u16,
    #[serde(rename = "IP")]
    pub ip: String,
    #[serde(rename = "BF")]
    pub bf: u16,
    #[serde(rename = "H")]
    pub h: u16,
    #[serde(rename = "R")]
    pub r: u16,
    #[serde(rename = "ER")]
    pub er: u16,
    #[serde(rename = "BB")]
    pub bb: u16,
    #[serde(rename = "K")]
    pub k: u16,
    #[serde(rename = "HR")]
    pub hr: u16,
    #[serde(rename = "WP")]
    pub wp: u16,
    /// `"W"`, `"L"`, `"S"`, `"HLD"`, `"BS"`.
    pub decisions: Vec<String>,
}

impl BatterLine {
    fn new(player_id: PlayerId, name: String, position: Position) -> BatterLine {
        BatterLine {
            player_id,
            name,
            position: Some(position),
            ab: 0,
            r: 0,
            h: 0,
            doubles: 0,
            triples: 0,
            hr: 0,
            rbi: 0,
            bb: 0,
            k: 0,
            hbp: 0,
            sb: 0,
            cs: 0,
            sh: 0,
            sf: 0,
            gidp: 0,
            lob: 0,
        }
    }
}

impl PitcherLine {
    fn new(player_id: PlayerId, name: String) -> PitcherLine {
        PitcherLine {
            player_id,
            name,
            outs: 0,
            ip: String::new(),
            bf: 0,
            h: 0,
            r: 0,
            er: 0,
            bb: 0,
            k: 0,
            hr: 0,
            wp: 0,
            decisions: Vec::new(),
        }
    }
}

/// The box score (protocol.md BoxScore, without `game_id`, which the server adds).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BoxScore {
    /// Runs per inning.
    pub line_score: BySide<Vec<u16>>,
    /// R, H, E, LOB.
    pub totals: BySide<Totals>,
    /// Batting lines in batting-order and substitution order.
    pub batting: BySide<Vec<BatterLine>>,
    /// Pitching lines in order of appearance.
    pub pitching: BySide<Vec<PitcherLine>>,
    /// W/L/S/HLD/BS.
    pub decisions: Decisions,
}

/// Runs per inning from the plays: one entry per half-inning that was played.
pub fn line_score<P: std::borrow::Borrow<Play>>(plays: &[P]) -> BySide<Vec<u16>> {
    let mut line: BySide<Vec<u16>> = BySide::default();
    for p in plays {
        let p = p.borrow();
        let side = p.half.batting();
        let v = &mut line[side];
        let i = usize::from(p.inning.max(1) - 1);
        if v.len() <= i {
            v.resize(i + 1, 0);
        }
        v[i] += u16::from(p.runs_scored);
    }
    line
}

impl Game {
    /// The box score, derived from the plays and the lineup history.
    pub fn box_score(&self) -> BoxScore {
        let plays = self.plays();
        let mut b = BoxScore {
            line_score: line_score(plays),
            ..BoxScore::default()
        };
        for side in Side::BOTH {
            b.batting[side] = self.batter_lines(side);
            b.pitching[side] = self.pitcher_lines(side);
        }
        for p in plays {
            let bat = p.half.batting();
            b.totals[bat].r += u16::from(p.runs_scored);
            b.totals[bat].h += u16::from(p.stats.hit > 0);
            b.totals[bat.other()].e += u16::from(p.errors);
            if p.state_after.outs >= 3 {
                b.totals[bat].lob += u16::from(p.state_after.bases.count());
            }
        }
        b.decisions = decisions::decide(self);
        for side in Side::BOTH {
            for line in &mut b.pitching[side] {
                line.decisions = b.decisions.of(line.player_id);
            }
        }
        b
    }

    fn batter_lines(&self, side: Side) -> Vec<BatterLine> {
        let roster = self.roster_of(side);
        let mut entries: Vec<(u8, usize, PlayerId, Position)> = self
            .lineup_history(side)
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.batting_slot?, i, e.player_id, e.position)))
            .collect();
        entries.sort_by_key(|e| (e.0, e.1));
        let mut lines: Vec<BatterLine> = Vec::new();
        for (_, _, id, pos) in entries {
            match lines.iter_mut().find(|l| l.player_id == id) {
                Some(l) => l.position = Some(pos),
                None => lines.push(BatterLine::new(
                    id,
                    roster
                        .iter()
                        .find(|p| p.id == id)
                        .map(|p| p.name.clone())
                        .unwrap_or_default(),
                    pos,
                )),
            }
        }
        let half = if side == Side::Away {
            Half::Top
        } else {
            Half::Bottom
        };
        for p in self.plays().iter().filter(|p| p.half == half) {
            let steal = p.stats.sb > 0 || p.stats.cs > 0;
            for mv in &p.runner_moves {
                let Some(l) = lines.iter_mut().find(|l| l.player_id == mv.player_id) else {
                    continue;
                };
                if mv.scored() {
                    l.r += 1;
                }
                if steal && mv.from > 0 {
                    match mv.to {
                        RunnerTo::Out => l.cs += 1,
                        RunnerTo::Base(b) if b != mv.from => l.sb += 1,
                        _ => {}
                    }
                }
            }
            if !p.pa {
                continue;
            }
            let Some(l) = lines.iter_mut().find(|l| l.player_id == p.batter_id) else {
                continue;
            };
            let s = &p.stats;
            l.ab += u16::from(p.ab);
            l.h += u16::from(s.hit > 0);
            l.doubles += u16::from(s.hit == 2);
            l.triples += u16::from(s.hit == 3);
            l.hr += u16::from(s.hit == 4);
            l.rbi += u16::from(p.rbi);
            l.bb += u16::from(s.bb);
            l.k += u16::from(s.so);
            l.hbp += u16::from(s.hbp);
            l.sh += u16::from(s.sac);
            l.sf += u16::from(s.sf);
            l.gidp += u16::from(s.gidp);
            let batter_out = p
                .runner_moves
                .iter()
                .any(|m| m.from == 0 && m.to == RunnerTo::Out)
                || p.outcome == PlayOutcome::Code(dugout_model::ResultCode::Strikeout);
            if batter_out {
                l.lob += u16::from(p.state_after.bases.count());
            }
        }
        lines
    }

    fn pitcher_lines(&self, side: Side) -> Vec<PitcherLine> {
        let roster = self.roster_of(side);
        let mut lines: Vec<PitcherLine> = Vec::new();
        for e in self
            .lineup_history(side)
            .iter()
            .filter(|e| e.position == Position::P)
        {
            if !lines.iter().any(|l| l.player_id == e.player_id) {
                lines.push(PitcherLine::new(
                    e.player_id,
                    roster
                        .iter()
                        .find(|p| p.id == e.player_id)
                        .map(|p| p.name.clone())
                        .unwrap_or_default(),
                ));
            }
        }
        let half = if side == Side::Home {
            Half::Top
        } else {
            Half::Bottom
        };
        for p in self.plays().iter().filter(|p| p.half == half) {
            for mv in p.runner_moves.iter().filter(|m| m.scored()) {
                if let Some(l) = lines
                    .iter_mut()
                    .find(|l| Some(l.player_id) == mv.charged_to)
                {
                    l.r += 1;
                    l.er += u16::from(mv.earned == Some(true));
                }
            }
            let Some(l) = lines.iter_mut().find(|l| l.player_id == p.pitcher_id) else {
                continue;
            };
            let s = &p.stats;
            l.outs += u16::from(p.outs_recorded);
            l.bf += u16::from(p.pa);
            l.h += u16::from(s.hit > 0);
            l.bb += u16::from(s.bb);
            l.k += u16::from(s.so);
            l.hr += u16::from(s.hit == 4);
            l.wp += u16::from(s.wp);
        }
        for l in &mut lines {
            l.ip = format!("{}.{}", l.outs / 3, l.outs % 3);
        }
        lines
    }
}
