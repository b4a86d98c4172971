//! SBA API records → the league model (data.md §4). The API has no cards, hands or ratings:
//! those stay `None`, which is valid for manual games.

use super::api::{ApiPlayer, ApiTeam};
use dugout_model::{
    Endurance, FieldPos, FieldingRating, Park, Pitching, Player, PlayerId, Team, TeamId,
};
use std::collections::BTreeSet;

/// League id of the SBA league in Dugout.
pub const SBA_LEAGUE_ID: &str = "sba";

/// Whether a team is a major-league club: each organisation also has a minor-league team
/// (`WVMiL`) and an injured list (`WVIL`), whose abbreviations extend the club's (≤ 3 letters).
pub fn is_major_league(abbrev: &str) -> bool {
    !(abbrev.len() > 3 && (abbrev.ends_with("MiL") || abbrev.ends_with("IL")))
}

fn colour(raw: Option<&str>, fallback: &str) -> String {
    let c = raw
        .unwrap_or("")
        .trim()
        .trim_start_matches('#')
        .to_ascii_lowercase();
    if c.len() == 6 && c.bytes().all(|b| b.is_ascii_hexdigit()) {
        c
    } else {
        fallback.to_string()
    }
}

/// A team record as a model team of the `sba` league.
pub fn team(t: &ApiTeam) -> Team {
    let manager_ids = [&t.gmid, &t.gmid2]
        .into_iter()
        .flatten()
        .filter_map(|id| id.decimal())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let lname = t.lname.clone().unwrap_or_else(|| t.abbrev.clone());
    Team {
        id: TeamId(t.id),
        league_id: SBA_LEAGUE_ID.to_string(),
        abbrev: t.abbrev.clone(),
        sname: t.sname.clone().unwrap_or_else(|| lname.clone()),
        lname,
        color: colour(t.color.as_deref(), "888888"),
        // The original app's default dice colour (reference §2.2).
        dice_color: colour(t.dice_color.as_deref(), "cc0000"),
        manager_ids,
        park: Park::default(),
    }
}

fn position(code: &str) -> Option<FieldPos> {
    match code.to_ascii_uppercase().as_str() {
        "SP" | "RP" | "CP" | "P" => Some(FieldPos::P),
        "DH" => None,
        other => other.parse().ok(),
    }
}

/// A roster record as a model player of `team_id`, without ratings.
pub fn player(p: &ApiPlayer, team_id: TeamId) -> Player {
    let mut positions: Vec<FieldingRating> = Vec::new();
    for pos in p.positions().filter_map(position) {
        if positions.iter().all(|r| r.pos != pos) {
            positions.push(FieldingRating {
                pos,
                range: None,
                error: None,
                arm: None,
                pb: None,
            });
        }
    }
    let pitching = positions
        .iter()
        .any(|r| r.pos == FieldPos::P)
        .then(|| Pitching {
            card: None,
            endurance: Endurance::default(),
            hold: None,
            wp: None,
            balk: None,
            injury: p
                .pitcher_injury
                .and_then(|n| u8::try_from(n).ok())
                .filter(|n| *n <= 6),
        });
    Player {
        id: PlayerId(p.id),
        name: p.name.trim().to_string(),
        team_id,
        bats: None,
        throws: None,
        active: true,
        positions,
        running: None,
        bunting: None,
        hit_and_run: None,
        batting_card: None,
        pitching,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_league_and_injured_list_teams_are_not_clubs() {
        assert!(is_major_league("WV"));
        assert!(is_major_league("MIL"));
        assert!(!is_major_league("WVMiL"));
        assert!(!is_major_league("WVIL"));
    }

    #[test]
    fn colours_lose_their_hash() {
        assert_eq!(colour(Some("#A6CE39"), "x"), "a6ce39");
        assert_eq!(colour(Some("nope"), "888888"), "888888");
        assert_eq!(colour(None, "cc0000"), "cc0000");
    }
}
