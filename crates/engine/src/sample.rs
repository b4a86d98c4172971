//! A built-in league of average cards, generated in code: for `dugout sim` before a real league is
//! available, for tests, benches and doc examples. Every player of every team is league-average
//! (2023 MLB rates per plate appearance), so only the dice decide a game.

use crate::lineup::auto_lineup;
use crate::{GameSetup, LineupCard, Mode, TeamSetup};
use dugout_model::{
    Bats, Card, CardColumn, CardEntry, CardRow, CardSide, Endurance, FieldPos, FieldingRating,
    Grade, Hand, League, LeagueFile, LeagueSource, Park, Pitching, Player, PlayerId, ROW_WAYS,
    ResultCode, RuleSettings, Running, StealRatings, Team, TeamId,
};
use std::sync::Arc;

/// Chances out of 108 on an average batter's card (each side of a matchup is read half the time,
/// so the average card carries the league rate per plate appearance).
const BATTER: &[(ResultCode, Option<FieldPos>, f64)] = &[
    (ResultCode::Strikeout, None, 24.5),
    (ResultCode::Walk, None, 9.2),
    (ResultCode::HitByPitch, None, 1.2),
    (ResultCode::Single1, None, 11.0),
    (ResultCode::Single2, None, 4.6),
    (ResultCode::BpSingle, None, 1.0),
    (ResultCode::Double2, None, 3.6),
    (ResultCode::Double3, None, 1.2),
    (ResultCode::Triple, None, 0.4),
    (ResultCode::Homerun, None, 2.8),
    (ResultCode::BpHomerun, None, 1.0),
    (ResultCode::GroundballA, None, 7.0),
    (ResultCode::GroundballB, None, 7.5),
    (ResultCode::GroundballC, None, 6.0),
    (ResultCode::FlyoutA, None, 3.0),
    (ResultCode::FlyoutB, None, 5.0),
    (ResultCode::FlyoutBq, None, 2.0),
    (ResultCode::FlyoutC, None, 5.0),
    (ResultCode::Lineout, None, 5.0),
    (ResultCode::Popout, None, 7.0),
];

/// Chances out of 108 on an average pitcher's card, X-checks included (reference §2.1 split).
const PITCHER: &[(ResultCode, Option<FieldPos>, f64)] = &[
    (ResultCode::Strikeout, None, 24.5),
    (ResultCode::Walk, None, 9.2),
    (ResultCode::HitByPitch, None, 1.2),
    (ResultCode::Single1, None, 7.0),
    (ResultCode::Single2, None, 3.0),
    (ResultCode::SingleUncapped, None, 2.5),
    (ResultCode::Double2, None, 2.6),
    (ResultCode::DoubleUncapped, None, 1.2),
    (ResultCode::Triple, None, 0.3),
    (ResultCode::Homerun, None, 3.6),
    (ResultCode::GroundballA, None, 4.0),
    (ResultCode::GroundballB, None, 4.0),
    (ResultCode::GroundballC, None, 3.0),
    (ResultCode::FlyoutA, None, 2.0),
    (ResultCode::FlyoutB, None, 3.0),
    (ResultCode::FlyoutBq, None, 1.5),
    (ResultCode::FlyoutC, None, 2.5),
    (ResultCode::Lineout, None, 3.4),
    (ResultCode::Popout, None, 4.0),
    (ResultCode::XCheck, Some(FieldPos::C), 1.5),
    (ResultCode::XCheck, Some(FieldPos::First), 1.0),
    (ResultCode::XCheck, Some(FieldPos::Second), 3.0),
    (ResultCode::XCheck, Some(FieldPos::Third), 1.5),
    (ResultCode::XCheck, Some(FieldPos::SS), 3.5),
    (ResultCode::XCheck, Some(FieldPos::LF), 1.0),
    (ResultCode::XCheck, Some(FieldPos::CF), 1.5),
    (ResultCode::XCheck, Some(FieldPos::RF), 1.0),
    (ResultCode::XCheck, Some(FieldPos::P), 1.0),
];

/// Builds a card side whose chances follow `dist` (scaled to 108): the 660 (column, row, face)
/// cells are laid end to end and each takes the code whose cumulative share covers its middle.
pub fn card_side(dist: &[(ResultCode, Option<FieldPos>, f64)]) -> CardSide {
    let total: f64 = dist.iter().map(|d| d.2).sum();
    let mut bounds = Vec::with_capacity(dist.len());
    let mut acc = 0.0;
    for d in dist {
        acc += d.2 / total * 2160.0;
        bounds.push(acc);
    }
    let mut pos = 0.0;
    let mut columns = Vec::with_capacity(3);
    for _ in 0..3 {
        let mut rows = Vec::with_capacity(11);
        for ways in ROW_WAYS {
            let mut entries: Vec<CardEntry> = Vec::new();
            for face in 1..=20u8 {
                let mid = pos + f64::from(ways) / 2.0;
                pos += f64::from(ways);
                let i = bounds
                    .iter()
                    .position(|b| mid < *b)
                    .unwrap_or(dist.len() - 1);
                let (code, location, _) = dist[i];
                match entries.last_mut() {
                    Some(e) if e.code == code && e.location == location => e.d20[1] = face,
                    _ => entries.push(CardEntry {
                        code,
                        location,
                        d20: [face, face],
                    }),
                }
            }
            rows.push(CardRow { entries });
        }
        columns.push(CardColumn { rows });
    }
    CardSide { columns }
}

fn card(dist: &[(ResultCode, Option<FieldPos>, f64)]) -> Card {
    let side = card_side(dist);
    Card {
        vs_l: side.clone(),
        vs_r: side,
    }
}

fn rating(pos: FieldPos) -> FieldingRating {
    FieldingRating {
        pos,
        range: Some(3),
        error: Some(match pos {
            FieldPos::P => 10,
            FieldPos::C => 5,
            FieldPos::First => 8,
            FieldPos::Second | FieldPos::Third => 15,
            FieldPos::SS => 20,
            _ => 6,
        }),
        arm: (pos.is_outfield() || pos == FieldPos::C).then_some(0),
        pb: (pos == FieldPos::C).then_some(2),
    }
}

fn running() -> Running {
    Running {
        speed: 11,
        steal: StealRatings {
            jump_2nd: vec![2, 3, 4, 5, 11, 12],
            jump_3rd: vec![2, 3, 11, 12],
            star: false,
            safe_good: 16,
            safe_poor: 9,
        },
    }
}

/// An average team with id `team_id`: 13 position players and 13 pitchers.
pub fn average_team(team_id: i64) -> (Team, Vec<Player>) {
    let team = Team {
        id: TeamId(team_id),
        league_id: "average".into(),
        abbrev: format!("A{team_id:02}"),
        sname: format!("Averages {team_id}"),
        lname: format!("Average City {team_id}"),
        color: "336699".into(),
        dice_color: "cc0000".into(),
        manager_ids: Vec::new(),
        park: Park::default(),
    };
    // One shared copy of each card for the whole team.
    let bat_card = Arc::new(card(BATTER));
    let pitch_card = Arc::new(card(PITCHER));
    let pitcher_bat_card = Arc::new(card(&[
        (ResultCode::Strikeout, None, 40.0),
        (ResultCode::Single1, None, 10.0),
        (ResultCode::Walk, None, 5.0),
        (ResultCode::GroundballB, None, 25.0),
        (ResultCode::Popout, None, 28.0),
    ]));
    let mut players = Vec::with_capacity(26);
    let fielders: [&[FieldPos]; 13] = [
        &[FieldPos::C],
        &[FieldPos::C, FieldPos::First],
        &[FieldPos::First],
        &[FieldPos::Second, FieldPos::SS],
        &[FieldPos::Third],
        &[FieldPos::SS, FieldPos::Second, FieldPos::Third],
        &[FieldPos::LF, FieldPos::RF],
        &[FieldPos::CF, FieldPos::LF, FieldPos::RF],
        &[FieldPos::RF, FieldPos::LF],
        &[FieldPos::First, FieldPos::LF],
        &[FieldPos::Second, FieldPos::Third, FieldPos::SS],
        &[FieldPos::CF, FieldPos::RF, FieldPos::LF],
        &[FieldPos::First, FieldPos::Third],
    ];
    for (i, pos) in fielders.iter().enumerate() {
        let id = team_id * 100 + i as i64 + 1;
        players.push(Player {
            id: PlayerId(id),
            name: format!("Batter {id}"),
            team_id: TeamId(team_id),
            bats: Some([Bats::R, Bats::L, Bats::S][i % 3]),
            throws: Some(Hand::R),
            active: true,
            positions: pos.iter().map(|p| rating(*p)).collect(),
            running: Some(running()),
            bunting: Some(Grade::C),
            hit_and_run: Some(Grade::C),
            batting_card: Some(Arc::clone(&bat_card)),
            pitching: None,
        });
    }
    for i in 0..13 {
        let id = team_id * 100 + 50 + i as i64;
        let endurance = match i {
            0..=4 => Endurance {
                starter: Some(6),
                relief: None,
                closer: None,
            },
            12 => Endurance {
                starter: None,
                relief: Some(1),
                closer: Some(4),
            },
            _ => Endurance {
                starter: None,
                relief: Some(2),
                closer: None,
            },
        };
        players.push(Player {
            id: PlayerId(id),
            name: format!("Pitcher {id}"),
            team_id: TeamId(team_id),
            bats: Some(Bats::R),
            throws: Some(if i % 3 == 0 { Hand::L } else { Hand::R }),
            active: true,
            positions: vec![rating(FieldPos::P)],
            running: Some(running()),
            bunting: Some(Grade::B),
            hit_and_run: Some(Grade::D),
            batting_card: Some(Arc::clone(&pitcher_bat_card)),
            pitching: Some(Pitching {
                card: Some(Arc::clone(&pitch_card)),
                endurance,
                hold: Some(0),
                wp: Some(2),
                balk: Some(1),
                injury: Some(2),
            }),
        });
    }
    (team, players)
}

/// The built-in league: `teams` average teams (ids 1..=teams).
pub fn average_league(teams: i64) -> LeagueFile {
    let mut all_teams = Vec::new();
    let mut players = Vec::new();
    for id in 1..=teams {
        let (t, mut p) = average_team(id);
        all_teams.push(t);
        players.append(&mut p);
    }
    LeagueFile {
        league: League {
            id: "average".into(),
            name: "League of average cards".into(),
            source: LeagueSource::Embedded,
            season: 2023,
            settings: RuleSettings::default(),
        },
        teams: all_teams,
        players,
    }
}

/// A ready game setup between two teams of a league file, with auto lineups and AI seats.
///
/// # Errors
/// A message when a team is missing or cannot field a legal lineup.
pub fn setup_from_league(
    league: &LeagueFile,
    home: TeamId,
    away: TeamId,
    mode: Mode,
    settings: RuleSettings,
) -> Result<GameSetup, String> {
    let away = LeagueTeam::new(league, away, &settings)?;
    let home = LeagueTeam::new(league, home, &settings)?;
    Ok(setup_between(&home, &away, mode, settings))
}

/// One team of a league ready to play: its roster and its best order against either hand, built
/// once so that many games (`dugout sim`) can pair it without rescanning the league.
#[derive(Debug, Clone, PartialEq)]
pub struct LeagueTeam {
    team: Team,
    roster: Vec<Player>,
    vs_l: LineupCard,
    vs_r: LineupCard,
}

impl LeagueTeam {
    /// The team `id` of `league`, its lineups chosen by [`auto_lineup`] under `settings`.
    ///
    /// # Errors
    /// The team is not in the league, or it cannot field a legal lineup.
    pub fn new(league: &LeagueFile, id: TeamId, settings: &RuleSettings) -> Result<Self, String> {
        let team = league
            .teams
            .iter()
            .find(|t| t.id == id)
            .ok_or_else(|| format!("team {id} is not in the league"))?
            .clone();
        let roster: Vec<Player> = league
            .players
            .iter()
            .filter(|p| p.team_id == id)
            .cloned()
            .collect();
        let vs_l = auto_lineup(&roster, Some(Hand::L), settings)?;
        let vs_r = auto_lineup(&roster, Some(Hand::R), settings)?;
        Ok(LeagueTeam {
            team,
            roster,
            vs_l,
            vs_r,
        })
    }

    /// The team's id.
    pub fn id(&self) -> TeamId {
        self.team.id
    }

    /// The starter's throwing hand (the starter does not depend on the opponent).
    fn starter_hand(&self) -> Option<Hand> {
        self.roster
            .iter()
            .find(|p| p.id == self.vs_r.pitcher_id)
            .and_then(|p| p.throws)
    }

    /// Its side of a game against a starter throwing `vs` (a right-hander when unknown).
    fn setup(&self, vs: Option<Hand>, ai: bool) -> TeamSetup {
        TeamSetup {
            team: self.team.clone(),
            lineup: match vs {
                Some(Hand::L) => self.vs_l.clone(),
                _ => self.vs_r.clone(),
            },
            roster: self.roster.clone(),
            ai,
        }
    }
}

/// A game between two prepared teams: each side's order is the best against the opposing
/// starter's hand (rules.md §2). Auto: both sides AI; manual: the away side AI.
pub fn setup_between(
    home: &LeagueTeam,
    away: &LeagueTeam,
    mode: Mode,
    settings: RuleSettings,
) -> GameSetup {
    GameSetup {
        home: home.setup(away.starter_hand(), mode == Mode::Auto),
        away: away.setup(home.starter_hand(), true),
        settings,
        mode,
    }
}

/// A game between two average teams (ids 1 and 2), default settings. `seed` is unused for now
/// (every average team is the same) and kept so callers can vary it later.
pub fn average_setup(seed: u64, mode: Mode) -> GameSetup {
    let _ = seed;
    let league = average_league(2);
    setup_from_league(&league, TeamId(1), TeamId(2), mode, RuleSettings::default())
        .unwrap_or_else(|e| unreachable!("the average league always fields lineups: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_cards_hold_108_chances() {
        let side = card_side(BATTER);
        let total: u32 = side.chances_x20().iter().map(|c| c.1).sum();
        assert_eq!(total, 108 * 20);
        for col in &side.columns {
            for row in &col.rows {
                let faces: u32 = row.entries.iter().map(|e| e.faces()).sum();
                assert_eq!(faces, 20);
            }
        }
        let k = side
            .chances_x20()
            .iter()
            .find(|c| c.0 == ResultCode::Strikeout)
            .map(|c| c.1)
            .unwrap();
        assert!((k as f64 / 20.0 - 24.5).abs() < 1.0);
    }
}
