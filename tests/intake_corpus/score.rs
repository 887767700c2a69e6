//! How the reader's drafts of one text are judged against its annotation, and the tallies the
//! table is made of. The rules are those of tests/intake/README.md; each judge appends what it
//! missed or got wrong to `misses`, for `INTAKE_VERBOSE=1`.

use super::annotation::{Annotation, ExpectedMeeting};
use sotay::domain::agency::agency_key;
use sotay::domain::dates::{parse_day, short};
use sotay::domain::{Deadline, Id};
use sotay::intake::{AgencyDraft, DocKind, Drafts, MeetingDraft};
use sotay::search::fold;

/// Counts of one row: what the annotations expect, what the reader found, and how many of the
/// found were right.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub expected: usize,
    pub found: usize,
    pub right: usize,
}

impl Tally {
    /// Right among found; nothing found of nothing expected is perfect, of something is zero.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.found, self.expected == 0)
    }

    /// Right among expected; nothing expected is perfect.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected, true)
    }
}

fn ratio(n: usize, d: usize, empty_is_perfect: bool) -> f64 {
    match d {
        0 if empty_is_perfect => 1.0,
        0 => 0.0,
        _ => n as f64 / d as f64,
    }
}

/// The rows of the table, in the order printed.
pub const ROWS: &[&str] = &[
    "document kind",
    "document date",
    "document number",
    "references",
    "reference dates",
    "reference issuers",
    "tasks found",
    "lead",
    "coordinators",
    "deadline",
    "lead and deadline both right",
    "meeting day",
    "meeting part",
    "meeting time",
    "meeting place",
    "meeting chairs",
    "meeting items",
    "meeting conclusions",
    "meeting figures",
    "plan groups",
    "indicators",
];

/// The tallies of every row, over one text or the whole corpus.
#[derive(Clone, Debug)]
pub struct Board {
    pub rows: Vec<(&'static str, Tally)>,
}

impl Default for Board {
    fn default() -> Board {
        Board {
            rows: ROWS.iter().map(|r| (*r, Tally::default())).collect(),
        }
    }
}

impl Board {
    pub fn row(&mut self, name: &str) -> &mut Tally {
        let at = ROWS.iter().position(|r| *r == name);
        let at = at.unwrap_or_else(|| panic!("no row {name}"));
        &mut self.rows[at].1
    }

    pub fn add(&mut self, other: &Board) {
        for ((_, mine), (_, theirs)) in self.rows.iter_mut().zip(&other.rows) {
            mine.expected += theirs.expected;
            mine.found += theirs.found;
            mine.right += theirs.right;
        }
    }
}

/// Folded words: lower case, marks and đ folded, split at anything not a letter or digit.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A code compared folded and without spaces: "45/TB-UBND", "04", "NQ-CP".
fn code(text: &str) -> String {
    fold(text).chars().filter(|c| !c.is_whitespace()).collect()
}

/// Judges one text's drafts; the directory is the context's, to name a `known` agency.
pub struct Judge<'a> {
    pub directory: &'a [(Id, String)],
    pub board: Board,
    pub misses: Vec<String>,
}

impl<'a> Judge<'a> {
    pub fn new(directory: &'a [(Id, String)]) -> Judge<'a> {
        Judge {
            directory,
            board: Board::default(),
            misses: Vec::new(),
        }
    }

    pub fn judge(&mut self, a: &Annotation, d: &Drafts) {
        self.document(a, d);
        super::refs::judge(self, a, d);
        super::tasks::judge(self, a, d);
        self.meeting(a.meeting.as_ref(), d.meeting.as_ref());
        let groups: Vec<&str> = match &d.plan {
            Some(p) => p.groups.iter().map(|g| g.value.as_str()).collect(),
            None => Vec::new(),
        };
        let expected: Vec<&str> = a.groups.iter().map(String::as_str).collect();
        self.pairs("plan groups", &expected, &groups, |e, f| {
            group_name(e) == group_name(f)
        });
        let found: Vec<&str> = d.indicators.iter().map(|i| i.text.as_str()).collect();
        let expected: Vec<&str> = a.indicators.iter().map(String::as_str).collect();
        self.pairs("indicators", &expected, &found, indicator_matches);
    }

    fn document(&mut self, a: &Annotation, d: &Drafts) {
        let kind = match d.document.kind {
            DocKind::Notice => Some("notice"),
            DocKind::Plan => Some("plan"),
            DocKind::Letter => Some("letter"),
            DocKind::Decision => Some("decision"),
            DocKind::Report => Some("report"),
            DocKind::News => Some("news"),
            DocKind::Unknown => None,
        };
        self.fact(
            "document kind",
            Some(a.kind.clone()),
            kind.map(str::to_owned),
            |e, f| e == f,
        );
        let date = d.document.date.as_ref().map(|f| short(f.value));
        self.fact("document date", a.date.clone(), date, same_day);
        let number = d.document.number.as_ref().map(|f| f.value.clone());
        self.fact("document number", a.number.clone(), number, |e, f| {
            code(e) == code(f)
        });
    }

    /// One fact: right when found and equal; found and wrong counts against both precision
    /// and recall; missing counts against recall; found where none is expected, precision.
    pub fn fact(
        &mut self,
        row: &str,
        expected: Option<String>,
        found: Option<String>,
        same: impl Fn(&str, &str) -> bool,
    ) {
        let t = self.board.row(row);
        t.expected += usize::from(expected.is_some());
        t.found += usize::from(found.is_some());
        match (&expected, &found) {
            (Some(e), Some(f)) if same(e, f) => t.right += 1,
            (None, None) => {}
            _ => self.misses.push(format!(
                "{row}: expected {}, found {}",
                shown(expected.as_deref()),
                shown(found.as_deref())
            )),
        }
    }

    /// Lists matched one to one, each found with the first unmatched expected it fits.
    pub fn pairs(
        &mut self,
        row: &str,
        expected: &[&str],
        found: &[&str],
        fits: impl Fn(&str, &str) -> bool,
    ) {
        let mut taken = vec![false; expected.len()];
        let mut right = 0;
        for f in found {
            match (0..expected.len()).find(|i| !taken[*i] && fits(expected[*i], f)) {
                Some(i) => {
                    taken[i] = true;
                    right += 1;
                }
                None => self
                    .misses
                    .push(format!("{row}: found {f:?}, not expected")),
            }
        }
        for (e, _) in expected.iter().zip(&taken).filter(|(_, t)| !**t) {
            self.misses.push(format!("{row}: missed {e:?}"));
        }
        let t = self.board.row(row);
        t.expected += expected.len();
        t.found += found.len();
        t.right += right;
    }

    fn meeting(&mut self, e: Option<&ExpectedMeeting>, f: Option<&MeetingDraft>) {
        let day = f.and_then(|m| m.day).map(short);
        self.fact("meeting day", e.and_then(|m| m.day.clone()), day, same_day);
        let part = f.and_then(|m| m.part).map(|p| p.word().to_owned());
        self.fact(
            "meeting part",
            e.and_then(|m| m.part.clone()),
            part,
            |a, b| a == b,
        );
        let time = f
            .and_then(|m| m.time)
            .map(|t| t.format("%H:%M").to_string());
        self.fact(
            "meeting time",
            e.and_then(|m| m.time.clone()),
            time,
            |a, b| a == b,
        );
        let place = f
            .map(|m| m.place.trim().to_owned())
            .filter(|p| !p.is_empty());
        self.fact(
            "meeting place",
            e.and_then(|m| m.place.clone()),
            place,
            |a, b| {
                let (a, b) = (fold(a), fold(b));
                a.contains(&b) || b.contains(&a)
            },
        );
        let none: Vec<&str> = Vec::new();
        let chairs: Vec<&str> = f.map_or(none.clone(), |m| {
            m.chairs.iter().map(|p| p.name.as_str()).collect()
        });
        let expected: Vec<&str> = e.map_or(none.clone(), |m| {
            m.chairs.iter().map(String::as_str).collect()
        });
        self.pairs("meeting chairs", &expected, &chairs, |a, b| {
            fold(a) == fold(b)
        });
        let count = |n: usize| (n > 0).then(|| n.to_string());
        let items = f.and_then(|m| count(m.items.len()));
        let expected = e.and_then(|m| m.items.map(|n| n.to_string()));
        self.fact("meeting items", expected, items, |a, b| a == b);
        let conclusions = f.and_then(|m| count(m.conclusions.len()));
        let expected = e.and_then(|m| m.conclusions.map(|n| n.to_string()));
        self.fact("meeting conclusions", expected, conclusions, |a, b| a == b);
        let figures: Vec<&str> = f.map_or(none.clone(), |m| {
            m.figures.iter().map(|x| x.value.as_str()).collect()
        });
        let expected: Vec<&str> =
            e.map_or(none, |m| m.figures.iter().map(String::as_str).collect());
        self.pairs("meeting figures", &expected, &figures, |a, b| {
            let (a, b) = (fold(a), fold(b));
            a.contains(&b) || b.contains(&a)
        });
    }

    /// The keys an agency draft answers to: as written, and its directory entry's name.
    pub fn keys(&self, a: &AgencyDraft) -> Vec<String> {
        let mut keys = vec![agency_key(&a.written)];
        let known = a.known.as_ref();
        let named = known.and_then(|id| self.directory.iter().find(|(i, _)| i == id));
        keys.extend(named.map(|(_, name)| agency_key(name)));
        keys
    }
}

fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "nothing".to_owned(), |v| format!("{v:?}"))
}

fn same_day(a: &str, b: &str) -> bool {
    matches!((parse_day(a), parse_day(b)), (Ok(a), Ok(b)) if a == b)
}

/// A group's name without its numbering ("II.", "2.", "a)", "Nhóm 2:") and end punctuation.
fn group_name(text: &str) -> String {
    let folded = fold(text);
    let mut rest = folded.trim();
    if let Some(after) = rest.strip_prefix("nhom ") {
        rest = after;
    }
    if let Some((first, after)) = rest.split_once(' ') {
        let mark = first.trim_end_matches(['.', ')', ':', '-']);
        let numbering = mark.len() < first.len()
            && !mark.is_empty()
            && (mark.chars().all(|c| c.is_ascii_digit() || c == '.')
                || mark.chars().all(|c| "ivxlc".contains(c))
                || mark.chars().count() == 1);
        if numbering {
            rest = after;
        }
    }
    rest.trim_end_matches(['.', ':', ';', ','])
        .trim()
        .to_owned()
}

/// Most (70%) of the expected indicator's words are in the found one's text.
fn indicator_matches(expected: &str, found: &str) -> bool {
    let want = words(expected);
    let have = words(found);
    let hits = want.iter().filter(|w| have.contains(w)).count();
    !want.is_empty() && hits * 10 >= want.len() * 7
}

/// A deadline as the annotations write it: "by:2022-04-15", "quarter:2024-2", "every:year".
pub fn deadline_code(d: &Deadline) -> String {
    match d {
        Deadline::None => "none".to_owned(),
        Deadline::By { day } => format!("by:{}", day.format("%Y-%m-%d")),
        Deadline::Month { year, month } => format!("month:{year}-{month:02}"),
        Deadline::Quarter { year, quarter } => format!("quarter:{year}-{quarter}"),
        Deadline::Year { year } => format!("year:{year}"),
        Deadline::Recurring { every, .. } => format!("every:{}", every.code()),
    }
}
