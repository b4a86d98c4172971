//! Loading league files: a good file loads, a bad one is refused with every problem named.

use dugout_league::{LoadError, Problems, load_file, parse_slice, validate};
use dugout_model::{
    Card, CardColumn, CardEntry, CardRow, CardSide, Endurance, FieldPos, FieldingRating, League,
    LeagueFile, LeagueSource, Park, Pitching, Player, PlayerId, ResultCode, RuleSettings, Team,
    TeamId,
};
use serde_json::{Value, json};

fn side(code: ResultCode, location: Option<FieldPos>) -> CardSide {
    let row = CardRow {
        entries: vec![
            CardEntry {
                code: ResultCode::Single1,
                location: None,
                d20: [1, 8],
            },
            CardEntry {
                code,
                location,
                d20: [9, 20],
            },
        ],
    };
    CardSide {
        columns: vec![
            CardColumn {
                rows: vec![row; 11],
            };
            3
        ],
    }
}

fn card(code: ResultCode, location: Option<FieldPos>) -> Card {
    Card {
        vs_l: side(code, location),
        vs_r: side(code, location),
    }
}

fn good() -> LeagueFile {
    let team = Team {
        id: TeamId(1),
        league_id: "test".into(),
        abbrev: "NYY".into(),
        sname: "Yankees".into(),
        lname: "New York Yankees".into(),
        color: "0c2340".into(),
        dice_color: "c4ced3".into(),
        manager_ids: vec!["123456789012345678".into()],
        park: Park::default(),
    };
    let batter = Player {
        id: PlayerId(5512),
        name: "A. Judge".into(),
        team_id: TeamId(1),
        bats: Some(dugout_model::Bats::R),
        throws: Some(dugout_model::Hand::R),
        active: true,
        positions: vec![FieldingRating {
            pos: FieldPos::RF,
            range: Some(2),
            error: Some(5),
            arm: Some(-3),
            pb: None,
        }],
        running: None,
        bunting: None,
        hit_and_run: None,
        batting_card: Some(std::sync::Arc::new(card(
            ResultCode::Lineout,
            Some(FieldPos::SS),
        ))),
        pitching: None,
    };
    let pitcher = Player {
        id: PlayerId(7),
        name: "G. Cole".into(),
        positions: vec![FieldingRating {
            pos: FieldPos::P,
            range: Some(2),
            error: Some(10),
            arm: None,
            pb: None,
        }],
        batting_card: Some(std::sync::Arc::new(card(ResultCode::Strikeout, None))),
        pitching: Some(Pitching {
            card: Some(std::sync::Arc::new(card(
                ResultCode::XCheck,
                Some(FieldPos::SS),
            ))),
            endurance: Endurance {
                starter: Some(6),
                relief: None,
                closer: None,
            },
            hold: Some(1),
            wp: Some(2),
            balk: Some(0),
            injury: Some(1),
        }),
        ..batter.clone()
    };
    LeagueFile {
        league: League {
            id: "test".into(),
            name: "Test league".into(),
            source: LeagueSource::File,
            season: 2023,
            settings: RuleSettings::default(),
        },
        teams: vec![team],
        players: vec![batter, pitcher],
    }
}

fn problems_of(v: &Value) -> Vec<String> {
    let bytes = serde_json::to_vec(v).unwrap();
    match parse_slice(&bytes) {
        Ok(_) => Vec::new(),
        Err(Problems(list)) => list.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_file_loads() {
    let file = good();
    validate(&file).unwrap();
    let bytes = serde_json::to_vec(&file).unwrap();
    assert_eq!(parse_slice(&bytes).unwrap(), file);
}

#[test]
fn a_short_d20_row_names_player_card_column_and_row() {
    let mut v = serde_json::to_value(good()).unwrap();
    // vs_r, column 2, row 7: the second entry stops at 18.
    v["players"][0]["batting_card"]["vs_r"][1][5][1]["d20"] = json!([9, 18]);
    assert_eq!(
        problems_of(&v),
        vec![
            "player 5512 \"A. Judge\": batting card vs_r column 2 row 7 covers d20 1–18, expected 1–20"
        ]
    );
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut v = serde_json::to_value(good()).unwrap();
    v["teams"][0]["color"] = json!("#0c2340");
    v["teams"][0]["manager_ids"] = json!(["abc"]);
    v["teams"][0]["park"]["hr_vs_l"] = json!(21);
    v["players"][0]["batting_card"]["vs_l"][0][0][1]["d20"] = json!([8, 20]);
    v["players"][0]["batting_card"]["vs_l"][2][10][1]["code"] = json!("X_CHECK");
    v["players"][0]["positions"][0]["range"] = json!(6);
    v["players"][1]["team_id"] = json!(99);
    v["players"][1]["pitching"]["card"]["vs_l"][0][0][1]["location"] = Value::Null;
    v["players"][1]["pitching"]["card"]["vs_r"][1]
        .as_array_mut()
        .unwrap()
        .pop();
    v["players"][1]["pitching"]["hold"] = json!(12);
    let got = problems_of(&v);
    let expected = [
        "team 1 \"NYY\": color is \"#0c2340\", expected six hex digits without '#'",
        "team 1 \"NYY\": manager_ids holds \"abc\", expected a Discord id in decimal digits",
        "team 1 \"NYY\": park hr_vs_l is 21, expected 0–20",
        "player 5512 \"A. Judge\": positions RF range is 6, expected 1–5",
        "player 5512 \"A. Judge\": batting card vs_l column 1 row 2 covers d20 8 more than once, expected each face once",
        "player 5512 \"A. Judge\": batting card vs_l column 3 row 12 holds X_CHECK, which only pitching cards carry",
        "player 7 \"G. Cole\": team_id 99 names no team of this league",
        "player 7 \"G. Cole\": pitching card vs_l column 4 row 2 holds X_CHECK without a location",
        "player 7 \"G. Cole\": pitching card vs_r column 5 has 10 rows, expected 11 (rows 2–12)",
        "player 7 \"G. Cole\": pitching hold is 12, expected -6–9",
    ];
    assert_eq!(got, expected);
}

#[test]
fn type_errors_do_not_hide_other_problems() {
    let mut v = serde_json::to_value(good()).unwrap();
    v["players"][0]["bats"] = json!("X");
    v["players"][1]["positions"][0]["error"] = json!(60);
    let got = problems_of(&v);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0].starts_with("player 5512 \"A. Judge\": unknown variant `X`"),
        "{got:#?}"
    );
    assert_eq!(
        got[1],
        "player 7 \"G. Cole\": positions P error is 60, expected 0–51"
    );
}

#[test]
fn duplicate_ids_and_pitchers_without_pitching() {
    let mut file = good();
    let mut twin = file.players[0].clone();
    twin.name = "Twin".into();
    twin.positions.push(FieldingRating {
        pos: FieldPos::P,
        range: None,
        error: None,
        arm: None,
        pb: None,
    });
    file.players.push(twin);
    let mut team2 = file.teams[0].clone();
    team2.abbrev = "nyy".into();
    team2.league_id = "other".into();
    file.teams.push(team2);
    let err = validate(&file).unwrap_err();
    let got: Vec<String> = err.list().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        vec![
            "team 1 \"nyy\": id 1 is used by another team",
            "team 1 \"nyy\": abbrev nyy is used by another team",
            "team 1 \"nyy\": league_id is \"other\", expected the file's league \"test\"",
            "player 5512 \"Twin\": id 5512 is used by another player (players #0)",
            "player 5512 \"Twin\": positions has P but pitching is missing",
        ]
    );
}

#[test]
fn not_json_and_missing_keys_are_file_problems() {
    assert_eq!(
        parse_slice(b"{nope").unwrap_err().list()[0].to_string()[..24],
        *"file: not valid JSON: ke"
    );
    let got = problems_of(&json!({"teams": {}}));
    assert_eq!(
        got,
        vec![
            "file: missing key \"league\"",
            "file: \"teams\" must be an array",
            "file: missing key \"players\"",
        ]
    );
}

#[test]
fn load_file_reads_and_refuses_whole() {
    let dir = std::env::temp_dir().join(format!("dugout-league-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("league.json");
    std::fs::write(&path, serde_json::to_vec(&good()).unwrap()).unwrap();
    assert_eq!(load_file(&path).unwrap().players.len(), 2);
    let mut bad = good();
    bad.players[1].pitching = None;
    std::fs::write(&path, serde_json::to_vec(&bad).unwrap()).unwrap();
    match load_file(&path) {
        Err(LoadError::Invalid(p)) => assert_eq!(p.list().len(), 1),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(matches!(
        load_file(&dir.join("missing.json")),
        Err(LoadError::Io { .. })
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn embedded_league_is_valid() {
    let league = dugout_league::embedded::mlb2023();
    assert_eq!(league.league.id, "mlb2023");
    assert_eq!(league.teams.len(), 30);
    assert_eq!(league.players.len(), 30 * 26);
    for team in &league.teams {
        let roster: Vec<_> = league
            .players
            .iter()
            .filter(|p| p.team_id == team.id)
            .collect();
        assert_eq!(roster.len(), 26, "{}", team.abbrev);
        assert!(roster.iter().filter(|p| p.pitching.is_some()).count() >= 13);
        for pos in FieldPos::ALL {
            assert!(
                roster.iter().any(|p| p.fielding(pos).is_some()),
                "{} has nobody rated at {pos}",
                team.abbrev
            );
        }
        assert!(roster.iter().all(|p| p.batting_card.is_some()));
    }
    let judge = league
        .players
        .iter()
        .find(|p| p.name == "Aaron Judge")
        .unwrap();
    assert_eq!(
        league
            .teams
            .iter()
            .find(|t| t.id == judge.team_id)
            .unwrap()
            .abbrev,
        "NYY"
    );
}
