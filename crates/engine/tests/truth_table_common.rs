//! The truth-table format shared by the `truth_table_*` tests (included with `#[path]`; as a test
//! target of its own it has no tests).
//!
//! One row per line, `|`-separated, `#`-comments and blank lines ignored:
//!
//! ```text
//! CODE  obc outs depth loc flags | moves          | outs runs rbi | extras
//! GROUNDBALL_A 5 0 N SS -        | 3H 1X 0X       | 2 1 0         | gb2 dp
//! ```
//!
//! * CODE: a result code (`SINGLE_1`), a groundball chart result applied directly (`GB:7`), a
//!   fielding check `X:<base>[+E<n>]@<pos>` (reference
//!   §6.4, `#` allowed: `X:G2#+E1@SS`), or a rare play `R:<base>@<pos>` (§6.5).
//! * obc: on-base code 0..7 in chart order; outs 0..2; depth `N` normal, `IN` infield in, `CI`
//!   corners in; loc a position or `-`; flags `-` or a comma list of `hnr` (hit and run) and
//!   `h1`/`h2`/`h3` (runner held).
//! * moves: every runner lead first, the batter (`0`) last: `<from><to>` with to = `1`..`3`, `H`
//!   (scored) or `X` (out), `*` when he got there on an error. `-` = no moves.
//! * extras, all checked (absent = false/none): `gbN` groundball result, `dp`, `1B`/`2B`/`3B`/`HR`
//!   (the batter's hit), `try<from><to>` with `!` for the −2 penalty (the fielder is the row's
//!   location), `steal` (hit-and-run strikeout), and for fielding rows `=<base>` (after `#`
//!   conversion), `spd` (speed check), `pbcheck` (passed-ball check), `reroll`.
#![allow(dead_code)]

use dugout_engine::advance::{
    self, Dest, Hit, InfieldDepth, Movement, RunnerMove, Situation, TryOffer, bases_of_code,
};
use dugout_engine::fielding::{self, ErrorLevel, XBase, XResult};
use dugout_model::{FieldPos, ResultCode};

/// What a row's CODE column asks for.
#[derive(Debug, Clone, Copy)]
pub enum Subject {
    /// A card result.
    Code(ResultCode),
    /// A fielding check's final outcome.
    Fielding(XBase, ErrorLevel, FieldPos),
    /// A rare play.
    Rare(XBase, FieldPos),
    /// A groundball chart result applied directly (`GB:<n>`).
    GroundballResult(u8),
}

/// The expected outcome of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Moves, lead runner first.
    pub moves: Vec<RunnerMove>,
    /// Outs, runs, RBI.
    pub outs: u8,
    /// Runs.
    pub runs: u8,
    /// RBI.
    pub rbi: u8,
    /// Groundball result.
    pub gb: Option<u8>,
    /// Double play.
    pub dp: bool,
    /// Hit.
    pub hit: Option<Hit>,
    /// Offer.
    pub offer: Option<TryOffer>,
    /// Steal flag.
    pub steal: bool,
    /// Fielding: converted base.
    pub base: Option<XBase>,
    /// Fielding: the non-play result (`spd`, `pbcheck`) or `reroll`.
    pub special: Option<&'static str>,
}

/// One parsed row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Line number in the table (1-based).
    pub line: usize,
    /// The text.
    pub text: String,
    /// What to resolve.
    pub subject: Subject,
    /// The situation.
    pub situation: Situation,
    /// What must come out.
    pub expected: Expected,
}

fn parse_pos(s: &str, line: usize) -> FieldPos {
    s.parse()
        .unwrap_or_else(|_| panic!("line {line}: bad position {s}"))
}

fn parse_dest(c: char, line: usize) -> Dest {
    match c {
        '1'..='3' => Dest::Base(c as u8 - b'0'),
        'H' => Dest::Home,
        'X' => Dest::Out,
        _ => panic!("line {line}: bad destination {c}"),
    }
}

fn parse_subject(s: &str, line: usize) -> Subject {
    if let Some(rest) = s.strip_prefix("X:") {
        let (lhs, pos) = rest
            .split_once('@')
            .unwrap_or_else(|| panic!("line {line}: X: needs @pos"));
        let (base, err) = match lhs.split_once("+E") {
            Some((b, e)) => (b, e.parse::<u8>().expect("error level")),
            None => (lhs, 0),
        };
        let base = XBase::parse(base).unwrap_or_else(|| panic!("line {line}: bad base {base}"));
        let err = ErrorLevel::from_bases(err).expect("error 0..3");
        Subject::Fielding(base, err, parse_pos(pos, line))
    } else if let Some(n) = s.strip_prefix("GB:") {
        Subject::GroundballResult(n.parse().unwrap_or_else(|_| panic!("line {line}: bad {s}")))
    } else if let Some(rest) = s.strip_prefix("R:") {
        let (base, pos) = rest
            .split_once('@')
            .unwrap_or_else(|| panic!("line {line}: R: needs @pos"));
        let base = XBase::parse(base).unwrap_or_else(|| panic!("line {line}: bad base {base}"));
        Subject::Rare(base, parse_pos(pos, line))
    } else {
        Subject::Code(ResultCode::parse(s).unwrap_or_else(|| panic!("line {line}: bad code {s}")))
    }
}

/// Parses a whole table.
pub fn parse_table(text: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = t.split('|').map(str::trim).collect();
        assert!(cols.len() == 4, "line {line}: expected 4 columns: {t}");
        let input: Vec<&str> = cols[0].split_whitespace().collect();
        assert!(input.len() == 6, "line {line}: expected 6 inputs: {t}");
        let subject = parse_subject(input[0], line);
        let obc: u8 = input[1].parse().expect("obc");
        assert!(obc <= 7, "line {line}: obc");
        let outs: u8 = input[2].parse().expect("outs");
        let infield = match input[3] {
            "N" => InfieldDepth::Normal,
            "IN" => InfieldDepth::InfieldIn,
            "CI" => InfieldDepth::CornersIn,
            d => panic!("line {line}: bad depth {d}"),
        };
        let location = (input[4] != "-").then(|| parse_pos(input[4], line));
        let mut situation = Situation {
            outs,
            bases: bases_of_code(obc),
            infield,
            hit_and_run: false,
            location,
            held: [false; 3],
        };
        for flag in input[5].split(',').filter(|f| *f != "-") {
            match flag {
                "hnr" => situation.hit_and_run = true,
                "h1" => situation.held[0] = true,
                "h2" => situation.held[1] = true,
                "h3" => situation.held[2] = true,
                f => panic!("line {line}: bad flag {f}"),
            }
        }
        let moves = if cols[1] == "-" {
            Vec::new()
        } else {
            cols[1]
                .split_whitespace()
                .map(|m| {
                    let mut ch = m.chars();
                    let from = ch.next().and_then(|c| c.to_digit(10)).expect("from") as u8;
                    let to = parse_dest(ch.next().expect("to"), line);
                    let on_error = match ch.next() {
                        None => false,
                        Some('*') => true,
                        Some(c) => panic!("line {line}: bad move suffix {c}"),
                    };
                    RunnerMove { from, to, on_error }
                })
                .collect()
        };
        let mut taken = [false; 4];
        for m in &moves {
            if let Dest::Base(b) = m.to {
                assert!(
                    !taken[usize::from(b)],
                    "line {line}: two runners on {b} in the table"
                );
                taken[usize::from(b)] = true;
            }
        }
        let nums: Vec<u8> = cols[2]
            .split_whitespace()
            .map(|n| n.parse().expect("number"))
            .collect();
        assert!(nums.len() == 3, "line {line}: outs runs rbi");
        let mut expected = Expected {
            moves,
            outs: nums[0],
            runs: nums[1],
            rbi: nums[2],
            gb: None,
            dp: false,
            hit: None,
            offer: None,
            steal: false,
            base: None,
            special: None,
        };
        for x in cols[3].split_whitespace() {
            match x {
                "dp" => expected.dp = true,
                "steal" => expected.steal = true,
                "1B" => expected.hit = Some(Hit::Single),
                "2B" => expected.hit = Some(Hit::Double),
                "3B" => expected.hit = Some(Hit::Triple),
                "HR" => expected.hit = Some(Hit::HomeRun),
                "spd" => expected.special = Some("spd"),
                "pbcheck" => expected.special = Some("pbcheck"),
                "reroll" => expected.special = Some("reroll"),
                _ if x.starts_with("gb") => expected.gb = Some(x[2..].parse().expect("gb")),
                _ if x.starts_with('=') => {
                    expected.base = Some(XBase::parse(&x[1..]).expect("=base"));
                }
                _ if x.starts_with("try") => {
                    let b = x.as_bytes();
                    let from = b[3] - b'0';
                    let target = parse_dest(b[4] as char, line);
                    let at = match subject {
                        // Uncapped hits move the runner before his try.
                        Subject::Code(ResultCode::SingleUncapped) => from + 1,
                        Subject::Code(ResultCode::DoubleUncapped) => from + 2,
                        _ => from,
                    };
                    expected.offer = Some(TryOffer {
                        runner_from: from,
                        at,
                        target,
                        penalty_two: x.ends_with('!'),
                        fielder: location,
                    });
                }
                _ => panic!("line {line}: bad extra {x}"),
            }
        }
        rows.push(Row {
            line,
            text: t.to_string(),
            subject,
            situation,
            expected,
        });
    }
    rows
}

/// What a row's subject produces, reduced to the fields the table states.
pub fn actual(row: &Row) -> Result<Expected, String> {
    let s = &row.situation;
    let (m, base, special): (Option<Movement>, Option<XBase>, Option<&'static str>) = match row
        .subject
    {
        Subject::Code(code) => (
            Some(advance::resolve(code, s).map_err(|e| e.to_string())?),
            None,
            None,
        ),
        Subject::Fielding(b, e, pos) => {
            let o = fielding::final_outcome(b, e, pos, s).map_err(|e| e.to_string())?;
            split(o.base, o.result)
        }
        Subject::GroundballResult(n) => (Some(advance::apply_groundball_result(n, s)), None, None),
        Subject::Rare(b, pos) => {
            let o = fielding::rare_outcome(b, pos, s).map_err(|e| e.to_string())?;
            split(o.base, o.result)
        }
    };
    let base = if row.expected.base.is_some() {
        base
    } else {
        None
    };
    Ok(match m {
        Some(m) => Expected {
            moves: m.moves,
            outs: m.outs,
            runs: m.runs,
            rbi: m.rbi,
            gb: m.groundball_result,
            dp: m.double_play,
            hit: m.hit,
            offer: m.offer,
            steal: m.steal_attempt,
            base,
            special,
        },
        None => Expected {
            moves: Vec::new(),
            outs: 0,
            runs: 0,
            rbi: 0,
            gb: None,
            dp: false,
            hit: None,
            offer: None,
            steal: false,
            base,
            special,
        },
    })
}

fn split(base: XBase, r: XResult) -> (Option<Movement>, Option<XBase>, Option<&'static str>) {
    match r {
        XResult::Play(m) => (Some(m), Some(base), None),
        XResult::Reroll(m) => (Some(m), Some(base), Some("reroll")),
        XResult::SpeedCheck => (None, Some(base), Some("spd")),
        XResult::PassedBallCheck => (None, Some(base), Some("pbcheck")),
    }
}

/// Checks every row of a table and fails listing every mismatch; returns the row count.
pub fn check_table(text: &str) -> usize {
    let rows = parse_table(text);
    let mut failures = Vec::new();
    for row in &rows {
        match actual(row) {
            Ok(got) if got == row.expected => {}
            Ok(got) => failures.push(format!(
                "line {}: {}\n  got: {}",
                row.line,
                row.text,
                render(&got)
            )),
            Err(e) => failures.push(format!("line {}: {}\n  error: {e}", row.line, row.text)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    rows.len()
}

/// Renders an outcome in the table's notation (for failure messages).
pub fn render(e: &Expected) -> String {
    let moves: Vec<String> = e
        .moves
        .iter()
        .map(|m| {
            let to = match m.to {
                Dest::Base(b) => char::from(b'0' + b),
                Dest::Home => 'H',
                Dest::Out => 'X',
            };
            format!("{}{}{}", m.from, to, if m.on_error { "*" } else { "" })
        })
        .collect();
    let mut extras = Vec::new();
    if let Some(g) = e.gb {
        extras.push(format!("gb{g}"));
    }
    if e.dp {
        extras.push("dp".into());
    }
    if let Some(h) = e.hit {
        extras.push(
            match h {
                Hit::Single => "1B",
                Hit::Double => "2B",
                Hit::Triple => "3B",
                Hit::HomeRun => "HR",
            }
            .into(),
        );
    }
    if let Some(o) = e.offer {
        let to = match o.target {
            Dest::Base(b) => char::from(b'0' + b),
            Dest::Home => 'H',
            Dest::Out => 'X',
        };
        extras.push(format!(
            "try{}{}{} (at {}, fielder {:?})",
            o.runner_from,
            to,
            if o.penalty_two { "!" } else { "" },
            o.at,
            o.fielder
        ));
    }
    if e.steal {
        extras.push("steal".into());
    }
    if let Some(b) = e.base {
        extras.push(format!("={b}"));
    }
    if let Some(s) = e.special {
        extras.push(s.into());
    }
    format!(
        "{} | {} {} {} | {}",
        if moves.is_empty() {
            "-".to_string()
        } else {
            moves.join(" ")
        },
        e.outs,
        e.runs,
        e.rbi,
        extras.join(" ")
    )
}
