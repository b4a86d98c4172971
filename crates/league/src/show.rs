//! Terminal views of a league: a team's roster and its cards printed like paper cards, three
//! columns × rows 2–12 per opposing hand.

use dugout_model::{
    Card, CardEntry, CardSide, FieldPos, FieldingRating, LeagueFile, Player, ResultCode, Running,
    Team,
};
use std::fmt::Write;

/// Width of one card column in characters.
const COL_WIDTH: usize = 22;

/// The card's label for an entry in SOM style: hits and walks in capitals, outs in lower case
/// with the fielder (`gb(ss)A`), split ranges after it (`SINGLE* 1-8`).
pub fn entry_label(e: &CardEntry) -> String {
    let loc = e
        .location
        .map(|l| l.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let at = |s: &str| {
        if loc.is_empty() {
            s.to_string()
        } else {
            format!("{s}({loc})")
        }
    };
    let label = match e.code {
        ResultCode::Strikeout => "strikeout".to_string(),
        ResultCode::Walk => "WALK".to_string(),
        ResultCode::IntentionalWalk => "IBB".to_string(),
        ResultCode::HitByPitch => "HBP".to_string(),
        ResultCode::Single1 => "SINGLE*".to_string(),
        ResultCode::Single2 => "SINGLE**".to_string(),
        ResultCode::SingleUncapped => at("si"),
        ResultCode::Double2 => "DOUBLE**".to_string(),
        ResultCode::Double3 => "DOUBLE***".to_string(),
        ResultCode::DoubleUncapped => at("do"),
        ResultCode::Triple => "TRIPLE".to_string(),
        ResultCode::Homerun => "HOMERUN".to_string(),
        ResultCode::GroundballA => format!("{}A", at("gb")),
        ResultCode::GroundballB => format!("{}B", at("gb")),
        ResultCode::GroundballC => format!("{}C", at("gb")),
        ResultCode::FlyoutA => format!("{}A", at("fly")),
        ResultCode::FlyoutB => format!("{}B", at("fly")),
        ResultCode::FlyoutBq => format!("{}B?", at("fly")),
        ResultCode::FlyoutC => format!("{}C", at("fly")),
        ResultCode::Lineout => at("lineout"),
        ResultCode::Popout => at("popout"),
        ResultCode::Foulout => at("foulout"),
        ResultCode::BpHomerun => "BP-HOMERUN".to_string(),
        ResultCode::BpSingle => "BP-SINGLE".to_string(),
        ResultCode::XCheck => format!("{} X", e.location.map(FieldPos::as_str).unwrap_or("?")),
    };
    if e.d20 == [1, 20] {
        label
    } else if e.d20[0] == e.d20[1] {
        format!("{label} {}", e.d20[0])
    } else {
        format!("{label} {}-{}", e.d20[0], e.d20[1])
    }
}

/// One side as a table: a header naming the opposing hand, then rows 2–12, one text line per
/// d20 split so that every split is visible.
pub fn render_side(side: &CardSide, first_column: usize, header: &str) -> String {
    let mut out = String::new();
    let _ = write!(out, "{header}\n    ");
    for c in 0..side.columns.len() {
        let _ = write!(
            out,
            "| {:<COL_WIDTH$}",
            format!("column {}", first_column + c)
        );
    }
    out.push('\n');
    for row in 0..11usize {
        let cells: Vec<Vec<String>> = side
            .columns
            .iter()
            .map(|col| {
                col.rows
                    .get(row)
                    .map(|r| r.entries.iter().map(entry_label).collect())
                    .unwrap_or_default()
            })
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for line in 0..lines {
            if line == 0 {
                let _ = write!(out, "{:>3} ", row + 2);
            } else {
                out.push_str("    ");
            }
            for cell in &cells {
                let text = cell.get(line).map(String::as_str).unwrap_or("");
                let _ = write!(out, "| {text:<COL_WIDTH$}");
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
        }
    }
    out
}

/// Both sides of a card; `pitching` prints columns 4–6 and "vs LHB/RHB" headers.
pub fn render_card(card: &Card, pitching: bool) -> String {
    let (first, who, what) = if pitching {
        (4, "batters", "pitching card")
    } else {
        (1, "pitchers", "batting card")
    };
    format!(
        "{}\n{}",
        render_side(
            &card.vs_l,
            first,
            &format!("  {what} vs L (left-handed {who})")
        ),
        render_side(
            &card.vs_r,
            first,
            &format!("  {what} vs R (right-handed {who})")
        )
    )
}

fn rating(r: &FieldingRating) -> String {
    let mut s = r.pos.as_str().to_ascii_lowercase();
    if let Some(range) = r.range {
        let _ = write!(s, "-{range}");
    }
    if let Some(arm) = r.arm {
        let _ = write!(s, "({arm:+})");
    }
    if let Some(e) = r.error {
        let _ = write!(s, "e{e}");
    }
    if let Some(pb) = r.pb {
        let _ = write!(s, " pb-{pb}");
    }
    s
}

fn totals(list: &[u8]) -> String {
    if list.is_empty() {
        "-".to_string()
    } else {
        list.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
    }
}

fn running(r: &Running) -> String {
    let s = &r.steal;
    format!(
        "spd {} stl {}{}/{} ({}-{})",
        r.speed,
        if s.star { "*" } else { "" },
        totals(&s.jump_2nd),
        totals(&s.jump_3rd),
        s.safe_good,
        s.safe_poor
    )
}

fn opt<T: std::fmt::Debug>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format!("{v:?}"))
}

/// One line per player: id, name, hands, positions with ratings, running, grades, pitching.
pub fn player_line(p: &Player) -> String {
    let positions: Vec<String> = p.positions.iter().map(rating).collect();
    let mut line = format!(
        "{:>7}  {:<24} B/T {}/{}  {}",
        p.id.0,
        p.name,
        opt(p.bats),
        opt(p.throws),
        if positions.is_empty() {
            "dh".to_string()
        } else {
            positions.join(" ")
        }
    );
    if let Some(r) = &p.running {
        let _ = write!(line, "  {}", running(r));
    }
    let _ = write!(line, "  bunt {} h&r {}", opt(p.bunting), opt(p.hit_and_run));
    if let Some(pi) = &p.pitching {
        let e = pi.endurance;
        let mut end = Vec::new();
        if let Some(s) = e.starter {
            end.push(format!("S({s})"));
        }
        if let Some(r) = e.relief {
            end.push(format!("R({r})"));
        }
        if let Some(c) = e.closer {
            end.push(format!("C({c})"));
        }
        let _ = write!(
            line,
            "  {}  hold {} wp {} bk {}",
            end.join(" "),
            opt(pi.hold),
            opt(pi.wp),
            opt(pi.balk)
        );
    }
    line
}

/// The league's teams, one line each.
pub fn render_teams(file: &LeagueFile) -> String {
    let l = &file.league;
    let mut out = format!(
        "{} — {} (season {}, {} teams, {} players)\n",
        l.id,
        l.name,
        l.season,
        file.teams.len(),
        file.players.len()
    );
    for t in &file.teams {
        let n = file.players.iter().filter(|p| p.team_id == t.id).count();
        let _ = writeln!(
            out,
            "  {:<5} {:<28} {:>2} players  #{}  park HR {}/{} SI {}/{}",
            t.abbrev,
            t.lname,
            n,
            t.color,
            t.park.hr_vs_l,
            t.park.hr_vs_r,
            t.park.single_vs_l,
            t.park.single_vs_r
        );
    }
    out
}

/// A team's roster and every card of its players.
pub fn render_team(file: &LeagueFile, team: &Team) -> String {
    let mut out = format!(
        "{} {} ({}), league {}  colours #{} / dice #{}  park: HR vs L 1-{} vs R 1-{}, SI vs L 1-{} vs R 1-{}\n",
        team.abbrev,
        team.lname,
        team.sname,
        file.league.id,
        team.color,
        team.dice_color,
        team.park.hr_vs_l,
        team.park.hr_vs_r,
        team.park.single_vs_l,
        team.park.single_vs_r
    );
    let roster: Vec<&Player> = file
        .players
        .iter()
        .filter(|p| p.team_id == team.id)
        .collect();
    let (pitchers, batters): (Vec<&Player>, Vec<&Player>) =
        roster.iter().partition(|p| p.pitching.is_some());
    out.push_str("\nPosition players\n");
    for p in &batters {
        let _ = writeln!(out, "{}", player_line(p));
    }
    out.push_str("\nPitchers\n");
    for p in &pitchers {
        let _ = writeln!(out, "{}", player_line(p));
    }
    for p in batters.iter().chain(pitchers.iter()) {
        let _ = writeln!(out, "\n=== {} ({}) ===", p.name, p.id);
        if let Some(pi) = &p.pitching
            && let Some(card) = &pi.card
        {
            out.push_str(&render_card(card, true));
        }
        match &p.batting_card {
            Some(card) => out.push_str(&render_card(card, false)),
            None => out.push_str("  no batting card (manual play only)\n"),
        }
    }
    out
}
