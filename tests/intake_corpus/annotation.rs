//! The annotation of one corpus text (`tests/intake/<kind>-NN.json`): what a careful official
//! records from it. The format is documented in tests/intake/README.md; this module reads it
//! and refuses an annotation that breaks its own rules, so a slip in the corpus fails loudly
//! instead of scoring the reader against a wrong answer.

use serde::Deserialize;
use sotay::domain::dates::{parse_day, short};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    pub kind: String,
    pub date: Option<String>,
    #[serde(default)]
    pub context_date: Option<String>,
    pub number: Option<String>,
    pub references: Vec<ExpectedRef>,
    pub tasks: Vec<ExpectedTask>,
    pub meeting: Option<ExpectedMeeting>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub indicators: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedRef {
    pub kind: String,
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub symbol: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub issuer: Option<String>,
    /// The name of a document cited without a number.
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedTask {
    pub task: String,
    pub lead: Option<String>,
    #[serde(default)]
    pub coordinating: Vec<String>,
    pub deadline: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedMeeting {
    pub day: Option<String>,
    pub part: Option<String>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub chairs: Vec<String>,
    pub items: Option<usize>,
    pub conclusions: Option<usize>,
    #[serde(default)]
    pub figures: Vec<String>,
}

pub const KINDS: &[&str] = &["notice", "plan", "letter", "decision", "report", "news"];

impl Annotation {
    /// Reads an annotation, and checks it: known kind, dates that exist, deadline codes of the
    /// agreed shapes, a context date only where the document has none.
    pub fn read(json: &str) -> Result<Annotation, String> {
        let a: Annotation = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if !KINDS.contains(&a.kind.as_str()) {
            return Err(format!("unknown kind {:?}", a.kind));
        }
        // Written as dd/mm/yyyy, so that the annotations read alike.
        let day = |d: &Option<String>, what: &str| match d {
            Some(d) if parse_day(d).map(short).as_ref() != Ok(d) => {
                Err(format!("{what}: {d:?} is not a day written dd/mm/yyyy"))
            }
            _ => Ok(()),
        };
        day(&a.date, "date")?;
        day(&a.context_date, "context_date")?;
        if a.date.is_some() && a.context_date.is_some() {
            return Err("context_date is only for a document without a date".into());
        }
        for r in &a.references {
            day(&r.date, "reference date")?;
            if r.number.is_empty() == r.name.as_deref().unwrap_or("").is_empty() {
                return Err(format!("reference needs a number or a name: {r:?}"));
            }
        }
        for t in &a.tasks {
            if !deadline_code_ok(&t.deadline) {
                return Err(format!("deadline code {:?} of {:?}", t.deadline, t.task));
            }
            if t.task.trim().is_empty() {
                return Err("a task without words".into());
            }
        }
        if let Some(m) = &a.meeting {
            day(&m.day, "meeting day")?;
            if let Some(p) = &m.part {
                if !["sáng", "chiều", "tối"].contains(&p.as_str()) {
                    return Err(format!("meeting part {p:?}"));
                }
            }
            if let Some(t) = &m.time {
                if chrono::NaiveTime::parse_from_str(t, "%H:%M").is_err() {
                    return Err(format!("meeting time {t:?}"));
                }
            }
        }
        Ok(a)
    }
}

/// "none", "by:2022-04-15", "month:2022-06", "quarter:2024-2", "year:2025", "every:quarter":
/// each in exactly this form, as the harness writes a found deadline.
pub fn deadline_code_ok(code: &str) -> bool {
    let Some((kind, value)) = code.split_once(':') else {
        return code == "none";
    };
    let pair = |v: &str| -> Option<(u32, u32)> {
        let (a, b) = v.split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    };
    match kind {
        "by" => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .is_ok_and(|d| d.format("%Y-%m-%d").to_string() == value),
        "month" => pair(value)
            .is_some_and(|(y, m)| (1..=12).contains(&m) && format!("{y:04}-{m:02}") == value),
        "quarter" => {
            pair(value).is_some_and(|(y, q)| (1..=4).contains(&q) && format!("{y:04}-{q}") == value)
        }
        "year" => value.len() == 4 && value.parse::<u32>().is_ok(),
        "every" => ["year", "half_year", "quarter", "month"].contains(&value),
        _ => false,
    }
}
