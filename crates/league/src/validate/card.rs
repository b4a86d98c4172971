//! Card structure checks (data.md §1): three columns × rows 2–12, each row's d20 ranges covering
//! 1–20 exactly once (so a side holds exactly 108 chances), and the codes allowed on each kind of card.

use crate::problem::Sink;
use dugout_model::{Card, CardRow, CardSide, ResultCode};

/// Which card is checked: they differ in the codes they may hold and in their column numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CardKind {
    /// Columns 1–3; never `X_CHECK`.
    Batting,
    /// Columns 4–6; carries the X-checks.
    Pitching,
}

impl CardKind {
    fn label(self) -> &'static str {
        match self {
            CardKind::Batting => "batting card",
            CardKind::Pitching => "pitching card",
        }
    }

    /// Printed number of the first column: the column die reads 1–3 on the batter, 4–6 on the pitcher.
    fn first_column(self) -> usize {
        match self {
            CardKind::Batting => 1,
            CardKind::Pitching => 4,
        }
    }
}

/// Checks both sides of a card.
pub(crate) fn check_card(sink: &mut Sink<'_>, card: &Card, kind: CardKind) {
    check_side(sink, &card.vs_l, kind, "vs_l");
    check_side(sink, &card.vs_r, kind, "vs_r");
}

fn check_side(sink: &mut Sink<'_>, side: &CardSide, kind: CardKind, hand: &str) {
    let label = kind.label();
    if side.columns.len() != 3 {
        sink.push(format!(
            "{label} {hand} has {} columns, expected 3",
            side.columns.len()
        ));
    }
    for (ci, column) in side.columns.iter().enumerate().take(3) {
        let col_no = kind.first_column() + ci;
        if column.rows.len() != 11 {
            sink.push(format!(
                "{label} {hand} column {col_no} has {} rows, expected 11 (rows 2–12)",
                column.rows.len()
            ));
        }
        for (ri, row) in column.rows.iter().enumerate().take(11) {
            let at = format!("{label} {hand} column {col_no} row {}", ri + 2);
            check_row(sink, row, kind, &at);
        }
    }
}

fn check_row(sink: &mut Sink<'_>, row: &CardRow, kind: CardKind, at: &str) {
    let mut hits = [0u8; 21];
    for entry in &row.entries {
        let [from, to] = entry.d20;
        if from < 1 || to > 20 || from > to {
            sink.push(format!(
                "{at} has d20 range {from}–{to}, expected a range within 1–20"
            ));
            continue;
        }
        for face in from..=to {
            hits[usize::from(face)] += 1;
        }
        match entry.code {
            ResultCode::XCheck if kind == CardKind::Batting => {
                sink.push(format!(
                    "{at} holds X_CHECK, which only pitching cards carry"
                ));
            }
            ResultCode::XCheck if entry.location.is_none() => {
                sink.push(format!("{at} holds X_CHECK without a location"));
            }
            ResultCode::IntentionalWalk => {
                sink.push(format!(
                    "{at} holds INTENTIONAL_WALK, which comes from a decision, never a card"
                ));
            }
            _ => {}
        }
    }
    let twice: Vec<u8> = (1..=20u8).filter(|&f| hits[usize::from(f)] > 1).collect();
    if !twice.is_empty() {
        sink.push(format!(
            "{at} covers d20 {} more than once, expected each face once",
            ranges(&twice)
        ));
    }
    let covered: Vec<u8> = (1..=20u8).filter(|&f| hits[usize::from(f)] > 0).collect();
    if covered.len() != 20 {
        let what = if covered.is_empty() {
            "no d20 face".to_string()
        } else {
            format!("d20 {}", ranges(&covered))
        };
        sink.push(format!("{at} covers {what}, expected 1–20"));
    }
}

/// `[1,2,3,7,8]` → `"1–3, 7–8"`.
fn ranges(faces: &[u8]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < faces.len() {
        let start = faces[i];
        let mut end = start;
        while i + 1 < faces.len() && faces[i + 1] == end + 1 {
            i += 1;
            end = faces[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::ranges;

    #[test]
    fn ranges_compress_runs() {
        assert_eq!(ranges(&[1, 2, 3, 7, 8, 10]), "1–3, 7–8, 10");
        assert_eq!(ranges(&[5]), "5");
    }
}
