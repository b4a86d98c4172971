//! Semantic checks of a parsed league file (data.md §1–§2). Each check adds to one list of
//! problems instead of stopping, so a bad file is reported whole.

mod card;
mod player;

pub use player::max_error;

use crate::problem::{Problem, Problems, Sink, Subject};
use dugout_model::{League, LeagueFile, Player, Team, TeamId};
use std::collections::{HashMap, HashSet};

/// Checks a whole league file.
///
/// # Errors
/// [`Problems`] listing every fault found, in file order.
pub fn validate(file: &LeagueFile) -> Result<(), Problems> {
    let teams: Vec<(usize, &Team)> = file.teams.iter().enumerate().collect();
    let players: Vec<(usize, &Player)> = file.players.iter().enumerate().collect();
    let team_ids = file.teams.iter().map(|t| t.id).collect();
    let mut out = Vec::new();
    validate_parts(&mut out, Some(&file.league), &teams, &players, &team_ids);
    if out.is_empty() {
        Ok(())
    } else {
        Err(Problems(out))
    }
}

/// Checks the parts of a file that parsed; `team_ids` also holds the ids of teams that did not
/// parse, so their players are not reported twice.
pub(crate) fn validate_parts(
    out: &mut Vec<Problem>,
    league: Option<&League>,
    teams: &[(usize, &Team)],
    players: &[(usize, &Player)],
    team_ids: &HashSet<TeamId>,
) {
    if let Some(league) = league {
        check_league(out, league);
    }
    check_teams(out, league.map(|l| l.id.as_str()), teams);
    check_players(out, team_ids, players);
}

/// The subject naming a team.
pub(crate) fn team_subject(index: usize, t: &Team) -> Subject {
    Subject::Team {
        index,
        id: Some(t.id),
        abbrev: Some(t.abbrev.clone()),
    }
}

/// The subject naming a player.
pub(crate) fn player_subject(index: usize, p: &Player) -> Subject {
    Subject::Player {
        index,
        id: Some(p.id),
        name: Some(p.name.clone()),
    }
}

fn check_league(out: &mut Vec<Problem>, league: &League) {
    let mut sink = Sink {
        out,
        subject: Subject::League,
    };
    let id_ok = !league.id.is_empty()
        && league.id.len() <= 32
        && league
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !id_ok {
        sink.push(format!(
            "id {:?} must be 1–32 characters of a–z, 0–9, '-' or '_'",
            league.id
        ));
    }
    if league.name.trim().is_empty() {
        sink.push("name is empty");
    }
    sink.range("settings innings", league.settings.innings, 1, 20);
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn check_teams(out: &mut Vec<Problem>, league_id: Option<&str>, teams: &[(usize, &Team)]) {
    let mut ids = HashSet::new();
    let mut abbrevs = HashSet::new();
    for &(index, t) in teams {
        let mut sink = Sink {
            out: &mut *out,
            subject: team_subject(index, t),
        };
        if !ids.insert(t.id) {
            sink.push(format!("id {} is used by another team", t.id));
        }
        let abbrev_ok = !t.abbrev.is_empty()
            && t.abbrev.len() <= 8
            && t.abbrev.bytes().all(|b| b.is_ascii_alphanumeric());
        if !abbrev_ok {
            sink.push("abbrev must be 1–8 letters or digits");
        } else if !abbrevs.insert(t.abbrev.to_ascii_uppercase()) {
            sink.push(format!("abbrev {} is used by another team", t.abbrev));
        }
        if let Some(league_id) = league_id
            && t.league_id != league_id
        {
            sink.push(format!(
                "league_id is {:?}, expected the file's league {league_id:?}",
                t.league_id
            ));
        }
        if t.sname.trim().is_empty() {
            sink.push("sname is empty");
        }
        if t.lname.trim().is_empty() {
            sink.push("lname is empty");
        }
        for (field, value) in [("color", &t.color), ("dice_color", &t.dice_color)] {
            if !is_hex_colour(value) {
                sink.push(format!(
                    "{field} is {value:?}, expected six hex digits without '#'"
                ));
            }
        }
        for m in &t.manager_ids {
            if m.is_empty() || m.len() > 20 || !m.bytes().all(|b| b.is_ascii_digit()) {
                sink.push(format!(
                    "manager_ids holds {m:?}, expected a Discord id in decimal digits"
                ));
            }
        }
        let park = t.park;
        for (field, v) in [
            ("park hr_vs_l", park.hr_vs_l),
            ("park hr_vs_r", park.hr_vs_r),
            ("park single_vs_l", park.single_vs_l),
            ("park single_vs_r", park.single_vs_r),
        ] {
            sink.range(field, v, 0, 20);
        }
    }
}

fn check_players(out: &mut Vec<Problem>, team_ids: &HashSet<TeamId>, players: &[(usize, &Player)]) {
    let mut first_index = HashMap::new();
    for &(index, p) in players {
        let mut sink = Sink {
            out: &mut *out,
            subject: player_subject(index, p),
        };
        if let Some(&other) = first_index.get(&p.id) {
            sink.push(format!(
                "id {} is used by another player (players #{other})",
                p.id
            ));
        } else {
            first_index.insert(p.id, index);
        }
        if !team_ids.contains(&p.team_id) {
            sink.push(format!(
                "team_id {} names no team of this league",
                p.team_id
            ));
        }
        player::check_player(&mut sink, p);
    }
}
