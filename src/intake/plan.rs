//! The plan a Kế hoạch lays out: its parts (I., II.), the content groups and numbered tasks of
//! its "Nhiệm vụ, giải pháp" (1., 2.; a), b); -, +), a task table read column by column
//! (`table`), the duties of "Tổ chức thực hiện" as tasks of their agencies, and indicators
//! ("giảm 81 phòng, ban", "100% … đạt mức độ 4").

use super::agencies::{self, Directory};
use super::lines::{Line, Marker};
use super::words::{any_of, words};
use super::{
    assign, deadline, table, Confidence, Drafts, Found, IndicatorDraft, PlanDraft, Span, TaskDraft,
};
use crate::domain::indicator::{Amount, Direction};
use crate::search::fold;
use chrono::NaiveDate;

/// What a part of a plan holds, by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// Mục đích, yêu cầu, mục tiêu, căn cứ: indicators but no tasks.
    Aims,
    /// Nhiệm vụ, giải pháp: groups and tasks.
    Tasks,
    /// Tổ chức thực hiện: duties of agencies.
    Duties,
    /// Kinh phí and the like.
    Other,
}

fn part_of(heading: &str) -> Part {
    let f = fold(heading);
    let has = |w: &[&str]| w.iter().any(|x| f.contains(x));
    if has(&["to chuc thuc hien", "trach nhiem thuc hien", "phan cong"]) {
        Part::Duties
    } else if has(&["nhiem vu", "giai phap", "noi dung"]) {
        Part::Tasks
    } else if has(&[
        "muc dich",
        "muc tieu",
        "yeu cau",
        "can cu",
        "quan diem",
        "chi tieu",
    ]) {
        Part::Aims
    } else {
        Part::Other
    }
}

pub fn read(
    text: &str,
    body: &[Line],
    date: Option<NaiveDate>,
    dir: &Directory,
    drafts: &mut Drafts,
) {
    let mut groups: Vec<Found<String>> = Vec::new();
    let mut tasks: Vec<TaskDraft> = Vec::new();
    let has_parts = body.iter().any(|l| matches!(l.marker, Marker::Roman(_)));
    let tabled = table::has_table(text, body);
    let mut start = 0;
    while start < body.len() {
        let part = if has_parts {
            body[start..]
                .iter()
                .position(|l| matches!(l.marker, Marker::Roman(_)))
        } else {
            None
        };
        let (kind, from) = match part {
            Some(p) => (
                part_of(&text[body[start + p].body..body[start + p].range.end]),
                start + p + 1,
            ),
            None if has_parts => break,
            None => (Part::Tasks, start),
        };
        let to = body[from..]
            .iter()
            .position(|l| matches!(l.marker, Marker::Roman(_)))
            .map_or(body.len(), |p| from + p);
        let section = &body[from..to];
        match kind {
            // A plan with a task table lists its tasks there: its numbered points only name
            // what the table's group rows name again.
            Part::Tasks if tabled => table::read(text, section, date, dir, &mut groups, &mut tasks),
            Part::Tasks => points(text, section, date, dir, &mut groups, &mut tasks),
            Part::Duties => {
                table::read(text, section, date, dir, &mut groups, &mut tasks);
                tasks.extend(assign::read(text, section, date, dir));
            }
            Part::Aims | Part::Other => {
                table::read(text, section, date, dir, &mut groups, &mut tasks)
            }
        }
        indicators(text, section, &mut drafts.indicators);
        start = to.max(start + 1);
    }
    if tasks.is_empty() && groups.is_empty() {
        return;
    }
    let title = drafts
        .document
        .summary
        .as_ref()
        .map(|s| s.value.clone())
        .unwrap_or_default();
    let span = body
        .first()
        .map_or(Span::default(), |l| Span::new(l.range.start, l.range.start));
    drafts.plan = Some(PlanDraft {
        title,
        groups,
        span,
    });
    drafts.tasks.extend(tasks);
}

/// Words a line under a task opens with when it gives that task's particulars.
const PARTICULARS: &[&str] = &[
    "co quan chu tri",
    "don vi chu tri",
    "chu tri",
    "co quan phoi hop",
    "don vi phoi hop",
    "phoi hop",
    "thoi gian hoan thanh",
    "thoi gian thuc hien",
    "thoi gian",
    "thoi han",
    "san pham",
    "ket qua",
];

/// The numbered points of a "Nhiệm vụ, giải pháp" part: a point with points under it is a
/// content group (the shallowest such level only), the points under a group are its tasks; with
/// no groups, the shallowest points are the tasks. Lines deeper than a task are its details,
/// and those that give its lead, partners or deadline fill them in.
fn points(
    text: &str,
    lines: &[Line],
    date: Option<NaiveDate>,
    dir: &Directory,
    groups: &mut Vec<Found<String>>,
    tasks: &mut Vec<TaskDraft>,
) {
    let marked: Vec<&Line> = lines
        .iter()
        .filter(|l| l.marker != Marker::None && !l.row)
        .collect();
    let parent = |n: usize| {
        marked
            .get(n + 1)
            .is_some_and(|next| next.marker.depth() > marked[n].marker.depth())
    };
    let group_depth = (0..marked.len())
        .filter(|n| parent(*n) && !is_particular(text, marked[n + 1]))
        .map(|n| marked[n].marker.depth())
        .min();
    let task_depth = match group_depth {
        Some(g) => marked
            .iter()
            .map(|l| l.marker.depth())
            .filter(|d| *d > g)
            .min(),
        None => marked.iter().map(|l| l.marker.depth()).min(),
    };
    let Some(task_depth) = task_depth else { return };
    let mut group: Option<usize> = None;
    for line in marked {
        let depth = line.marker.depth();
        let body = text[line.body..line.range.end].trim();
        if Some(depth) == group_depth {
            groups.push(Found {
                value: heading(body),
                span: Span::new(line.body, line.range.end),
            });
            group = Some(groups.len() - 1);
        } else if depth == task_depth {
            tasks.push(plan_task(text, line, date, dir, group));
        } else if depth > task_depth && is_particular(text, line) {
            if let Some(task) = tasks.last_mut() {
                particular(text, line, date, dir, task);
            }
        }
        // Unnumbered lines under a task that give its particulars.
        let after = lines
            .iter()
            .skip_while(|l| l.range.start <= line.range.start);
        for next in after.take_while(|l| l.marker == Marker::None && !l.row) {
            if is_particular(text, next) && depth == task_depth {
                if let Some(task) = tasks.last_mut() {
                    particular(text, next, date, dir, task);
                }
            }
        }
    }
}

fn is_particular(text: &str, line: &Line) -> bool {
    let w = words(text, line.body..line.range.end);
    any_of(&w, 0, PARTICULARS).is_some_and(|n| w.get(n).is_some_and(|x| x.is(":")))
}

/// "Cải cách thể chế" of "1. CẢI CÁCH THỂ CHẾ:" — a heading without its colon.
fn heading(s: &str) -> String {
    s.trim_end_matches([':', '.', ';']).trim().to_owned()
}

/// A task of a plan from its line: its words, and the lead, partners and deadline it names.
fn plan_task(
    text: &str,
    line: &Line,
    date: Option<NaiveDate>,
    dir: &Directory,
    group: Option<usize>,
) -> TaskDraft {
    let range = line.body..line.range.end;
    let w = words(text, range.clone());
    let found = agencies::mentions(text, &w);
    let said = deadline::find(&text[range.clone()], range.start, date);
    let mut lead = None;
    let mut coordinating = Vec::new();
    // "(Sở Nội vụ chủ trì, …)", "giao Sở Tư pháp …", "Cơ quan chủ trì: …" inside the line.
    for (i, m) in found.iter().enumerate() {
        let after = w.get(m.end).map(|x| x.folded.as_str());
        let before = m.start.checked_sub(1).map(|b| w[b].folded.as_str());
        let cue_after = after == Some("chu") && w.get(m.end + 1).is_some_and(|x| x.is("tri"));
        let cue_before = matches!(before, Some("giao" | ":"))
            && m.start >= 2
            && any_of(&w, m.start - 2, &["tri :", "giao"]).is_some()
            || before == Some("giao");
        if lead.is_none() && (cue_after || cue_before) {
            lead = Some(dir.draft(m.written.clone(), m.collective));
            coordinating.extend(
                found
                    .iter()
                    .skip(i + 1)
                    .filter(|x| x.start > m.end)
                    .map(|x| dir.draft(x.written.clone(), x.collective)),
            );
            break;
        }
    }
    let mut title_end = range.end;
    if let Some(s) = said.as_ref().filter(|s| s.span.start > range.start) {
        title_end = title_end.min(s.span.start);
    }
    let title = text[range.start..title_end]
        .trim()
        .trim_end_matches([',', ';', '.', ':', '(', ' '])
        .to_owned();
    let (deadline, deadline_span, on_request) = match said {
        Some(s) => (s.deadline, Some(Span::of(s.span)), s.on_request),
        None => (Default::default(), None, false),
    };
    TaskDraft {
        title,
        confidence: Confidence::Likely,
        lead,
        coordinating,
        deadline,
        deadline_span,
        on_request,
        group,
        span: Span::new(range.start, range.end),
    }
}

/// "- Cơ quan chủ trì: Sở Nội vụ", "- Thời gian hoàn thành: Quý II/2026" under a task.
fn particular(
    text: &str,
    line: &Line,
    date: Option<NaiveDate>,
    dir: &Directory,
    task: &mut TaskDraft,
) {
    // "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp. Thời gian hoàn thành: Quý
    // II/2024.": each clause gives one particular.
    for clause in super::lines::sentences(text, line.body..line.range.end) {
        let w = words(text, clause.clone());
        let Some(n) = any_of(&w, 0, PARTICULARS) else {
            continue;
        };
        let value_at = w.get(n + 1).map_or(clause.end, |x| x.range.start);
        let found = agencies::mentions(text, &w[(n + 1).min(w.len())..]);
        let drafts = found
            .iter()
            .map(|m| dir.draft(m.written.clone(), m.collective));
        let phrase: Vec<&str> = w[..n].iter().map(|x| x.folded.as_str()).collect();
        if phrase.contains(&"chu") {
            let mut all: Vec<_> = drafts.collect();
            if !all.is_empty() {
                task.lead = Some(all.remove(0));
                task.coordinating.extend(all);
            }
        } else if phrase.contains(&"phoi") {
            task.coordinating.extend(drafts);
        } else if phrase.first() == Some(&"thoi") {
            let value = text[value_at..clause.end].trim_end_matches(['.', ';']);
            if let Some(s) = deadline::cell(value, value_at, date) {
                task.deadline = s.deadline;
                task.on_request = s.on_request;
                task.deadline_span = Some(Span::of(s.span));
            }
        }
    }
    task.span.end = task.span.end.max(line.range.end);
}

/// Indicators said in the lines: "giảm 81 phòng, ban, chi cục", "giảm tối thiểu 10% biên chế",
/// "100% thủ tục hành chính … được cung cấp trực tuyến", "Tỷ lệ hồ sơ giải quyết trực tuyến
/// đạt tối thiểu 50% tổng số hồ sơ" (what reaches the share named before it).
pub fn indicators(text: &str, lines: &[Line], out: &mut Vec<IndicatorDraft>) {
    for l in lines.iter().filter(|l| !l.row) {
        for s in super::lines::sentences(text, l.body..l.range.end) {
            let raw = &text[s.clone()];
            let named = ["giảm", "Giảm", "tăng", "Tăng"]
                .iter()
                .any(|w| raw.contains(w));
            if !raw.contains('%') && !named {
                continue;
            }
            let w = words(text, s.clone());
            let mut i = 0;
            while i < w.len() {
                let (direction, from, num_at) = match w[i].folded.as_str() {
                    "giam" | "tang" | "dat" => {
                        let qualifiers = [
                            "toi thieu",
                            "it nhat",
                            "khoang",
                            "con",
                            "them",
                            "tren",
                            "tu",
                        ];
                        let skip = any_of(&w, i + 1, &qualifiers).unwrap_or(0);
                        let dir = if w[i].is("giam") {
                            Direction::Reduce
                        } else {
                            Direction::Increase
                        };
                        (dir, i, i + 1 + skip)
                    }
                    _ => (Direction::Increase, i, i),
                };
                let Some(amount) = w.get(num_at).and_then(|x| number(&x.folded)) else {
                    i += 1;
                    continue;
                };
                let percent =
                    w[num_at].folded.ends_with('%') || w.get(num_at + 1).is_some_and(|x| x.is("%"));
                if !percent && (from == num_at || w[i].is("dat")) {
                    i += 1;
                    continue;
                }
                // "… đạt 98%": the share is what the clause names before "đạt".
                let from = if w[i].is("dat") || w[i].is("giam") && i > 0 && w[i - 1].cap {
                    (0..i)
                        .rev()
                        .find(|j| w[*j].is(",") || w[*j].is(":"))
                        .map_or(0, |j| j + 1)
                } else {
                    from
                };
                let from =
                    from + any_of(&w, from, &["phan dau", "muc tieu :", "-", "+"]).unwrap_or(0);
                if from >= w.len() {
                    break;
                }
                let end = (num_at + 1..w.len())
                    .find(|j| w[*j].is(";") || w[*j].is(".") || w[*j].is("("))
                    .unwrap_or(w.len());
                let end = end.min(num_at + 25).max(num_at + 1);
                let unit = if percent {
                    "%".to_owned()
                } else {
                    let unit_from = w
                        .get(num_at + 1)
                        .map_or(w[num_at].range.end, |x| x.range.start);
                    let unit_text = text
                        .get(unit_from..w[end - 1].range.end)
                        .unwrap_or_default();
                    unit_text
                        .split(" so với")
                        .next()
                        .unwrap_or(unit_text)
                        .to_owned()
                };
                let span = Span::new(w[from].range.start, w[end - 1].range.end);
                out.push(IndicatorDraft {
                    text: text[span.start..span.end].to_owned(),
                    amount,
                    unit,
                    direction,
                    span,
                });
                i = end;
            }
        }
    }
}

/// "81", "100%", "1.875", "98,2%" as an amount (hundredths, as the app keeps them).
fn number(folded: &str) -> Option<Amount> {
    let digits = folded.trim_end_matches('%');
    if digits.is_empty()
        || !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    Amount::parse(digits).ok()
}
