//! The result of a run: `--json` prints exactly `{actions, actions_per_second, p50_ms, p99_ms,
//! refusals, errors}`; the human form adds the refusal codes.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde::Serialize;

use crate::recorder::Recorder;

/// Figures of one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Actions the server accepted (`ok: true` acks).
    pub actions: u64,
    /// `actions` divided by the measured run time.
    pub actions_per_second: f64,
    /// Median ack latency (ms), over every acknowledged action.
    pub p50_ms: f64,
    /// 99th percentile ack latency (ms).
    pub p99_ms: f64,
    /// Actions the server refused (`ok: false` acks).
    pub refusals: u64,
    /// Actions never acknowledged in time, connection and setup failures.
    pub errors: u64,
    /// Refusals by error code (human output only).
    #[serde(skip)]
    pub refusals_by_code: BTreeMap<String, u64>,
    /// Games completed during the run (human output only).
    #[serde(skip)]
    pub games_completed: u64,
}

impl Report {
    /// Builds the report from the merged recorder and the measured run time.
    pub(crate) fn new(recorder: &Recorder, elapsed: Duration, games_completed: u64) -> Report {
        let seconds = elapsed.as_secs_f64();
        let actions_per_second = if seconds > 0.0 {
            recorder.actions as f64 / seconds
        } else {
            0.0
        };
        Report {
            actions: recorder.actions,
            actions_per_second: round2(actions_per_second),
            p50_ms: round2(recorder.latency_ms(0.5)),
            p99_ms: round2(recorder.latency_ms(0.99)),
            refusals: recorder.refusal_count(),
            errors: recorder.errors,
            refusals_by_code: recorder.refusals.clone(),
            games_completed,
        }
    }

    /// The one-line JSON object of `--json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "accepted actions   {}", self.actions)?;
        writeln!(f, "actions/s          {:.1}", self.actions_per_second)?;
        writeln!(f, "ack latency p50    {:.2} ms", self.p50_ms)?;
        writeln!(f, "ack latency p99    {:.2} ms", self.p99_ms)?;
        write!(f, "refusals           {}", self.refusals)?;
        for (code, count) in &self.refusals_by_code {
            write!(f, " {code}={count}")?;
        }
        writeln!(f)?;
        writeln!(f, "errors             {}", self.errors)?;
        write!(f, "games completed    {}", self.games_completed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn sample() -> Report {
        let mut recorder = Recorder::default();
        for ms in 1..=100 {
            recorder.accepted(Duration::from_millis(ms));
        }
        recorder.refused("stale_version", Duration::from_millis(1));
        recorder.error();
        Report::new(&recorder, Duration::from_secs(4), 2)
    }

    #[test]
    fn json_has_exactly_the_six_fields() {
        let value: Value = serde_json::from_str(&sample().to_json()).unwrap();
        let object = value.as_object().unwrap();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "actions",
                "actions_per_second",
                "errors",
                "p50_ms",
                "p99_ms",
                "refusals"
            ]
        );
        assert_eq!(value["actions"], json!(100));
        assert_eq!(value["actions_per_second"], json!(25.0));
        assert_eq!(value["refusals"], json!(1));
        assert_eq!(value["errors"], json!(1));
        assert!(value["p50_ms"].is_f64() && value["p99_ms"].is_f64());
    }

    #[test]
    fn rate_and_quantiles() {
        let report = sample();
        assert_eq!(report.actions_per_second, 25.0);
        // 101 samples: 1 ms twice, then 2..=100 ms.
        assert!((report.p50_ms - 50.0).abs() <= 1.0, "{}", report.p50_ms);
        assert!((report.p99_ms - 99.0).abs() <= 1.0, "{}", report.p99_ms);
    }

    #[test]
    fn zero_elapsed_gives_zero_rate() {
        let report = Report::new(&Recorder::default(), Duration::ZERO, 0);
        assert_eq!(report.actions_per_second, 0.0);
        assert_eq!((report.p50_ms, report.p99_ms), (0.0, 0.0));
    }

    #[test]
    fn human_form_lists_refusal_codes() {
        let text = sample().to_string();
        assert!(text.contains("stale_version=1"), "{text}");
        assert!(text.contains("actions/s          25.0"), "{text}");
    }
}
