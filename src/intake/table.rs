//! A task table pasted from Word or Excel ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối
//! hợp | Thời gian hoàn thành"), read column by column: its heading row says which column is
//! which, a row with one filled cell (or a Roman STT) is a content group, the others are tasks.
//! Its roles of a column, its reading of a heading, of an agency cell and of a group row are
//! shared with `crate::paste`, which reads a table pasted straight into a plan.

use super::agencies::{self, Directory};
use super::lines::{roman, Line};
use super::words::words;
use super::{deadline, AgencyDraft, Confidence, Found, Span, TaskDraft};
use crate::search::fold;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a column of a task table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// STT: the row's number.
    Number,
    /// Nội dung: what to do.
    Title,
    /// Cơ quan chủ trì.
    Lead,
    /// Cơ quan phối hợp.
    Partners,
    /// Thời hạn, thời gian hoàn thành.
    Deadline,
    /// Ghi chú: kept in the task's details.
    Note,
    /// Anything else: not read.
    Skip,
}

impl Role {
    /// Every role, in the order a choice lists them.
    pub const ALL: [Role; 7] = [
        Role::Number,
        Role::Title,
        Role::Lead,
        Role::Partners,
        Role::Deadline,
        Role::Note,
        Role::Skip,
    ];
}

use Role as Column;

/// The role a column's heading names ("Cơ quan chủ trì" a lead, "Ghi chú" a note).
pub(crate) fn column_of(heading: &str) -> Column {
    let f = fold(heading);
    let has = |w: &[&str]| w.iter().any(|x| f.contains(x));
    if matches!(f.as_str(), "stt" | "tt" | "so tt" | "so thu tu") {
        Column::Number
    } else if has(&["ghi chu"]) {
        Column::Note
    } else if has(&["phoi hop"]) {
        Column::Partners
    } else if has(&["thoi gian", "thoi han", "tien do", "han hoan thanh"]) {
        Column::Deadline
    } else if has(&["chu tri", "thuc hien", "co quan", "don vi", "trach nhiem"]) {
        Column::Lead
    } else if has(&["noi dung", "nhiem vu", "cong viec", "giai phap", "ten "]) {
        Column::Title
    } else {
        Column::Skip
    }
}

/// The cells of a row, each with its byte range.
fn cells(text: &str, line: &Line) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = line.range.start;
    for cell in text[line.range.clone()].split('\t') {
        let lead = cell.len() - cell.trim_start().len();
        let trail = cell.len() - cell.trim_end().len();
        let (s, e) = (at + lead, at + cell.len() - trail);
        out.push((s, e.max(s)));
        at += cell.len() + 1;
    }
    out
}

/// Whether the lines hold a task table: a row whose headings name the task and another column.
pub fn has_table(text: &str, lines: &[Line]) -> bool {
    lines
        .iter()
        .filter(|l| l.row)
        .any(|l| is_heading(&headings(text, l)))
}

fn headings(text: &str, line: &Line) -> Vec<Column> {
    cells(text, line)
        .iter()
        .map(|(s, e)| column_of(&text[*s..*e]))
        .collect()
}

/// Whether a row's headings make it a table's heading row: a task column and another one.
pub(crate) fn is_heading(heads: &[Column]) -> bool {
    let read = |c: &&Column| !matches!(c, Column::Skip | Column::Note);
    heads.contains(&Column::Title) && heads.iter().filter(read).count() >= 2
}

/// Whether a row is a content group's: one filled cell, or two where the number is Roman
/// ("I | Cải cách thể chế") or no agency nor deadline is given ("A | …").
pub(crate) fn is_group_row(filled: usize, roman_number: bool, particulars: bool) -> bool {
    filled == 1 || filled <= 2 && (roman_number || !particulars)
}

/// A group's title from its cell: its marker ("I.", "1.") and a closing colon left out.
pub(crate) fn group_title(cell: &str) -> String {
    let title = cell.trim();
    let (_, skip) = super::lines::marker(title);
    title[skip..].trim().trim_end_matches(':').to_owned()
}

/// The agencies an agency cell names, each matched to the directory; a name the reader does
/// not know as an agency is one new agency as written, and "các cơ quan liên quan" none.
pub(crate) fn cell_agencies(cell: &str, dir: &Directory) -> Vec<AgencyDraft> {
    let w = words(cell, 0..cell.len());
    let found = agencies::mentions(cell, &w);
    if found.is_empty() {
        let written = cell.trim().trim_end_matches(['.', ';']);
        let vague = fold(written).contains("lien quan");
        return if vague || written.is_empty() {
            Vec::new()
        } else {
            vec![dir.draft(written.to_owned(), false)]
        };
    }
    found
        .iter()
        .map(|m| dir.draft(m.written.clone(), m.collective))
        .collect()
}

/// Every task table in `lines`: its groups and tasks appended.
pub fn read(
    text: &str,
    lines: &[Line],
    date: Option<NaiveDate>,
    dir: &Directory,
    groups: &mut Vec<Found<String>>,
    tasks: &mut Vec<TaskDraft>,
) {
    let mut columns: Option<Vec<Column>> = None;
    let mut group: Option<usize> = None;
    for line in lines {
        if !line.row {
            continue;
        }
        let cells = cells(text, line);
        let heads = headings(text, line);
        if is_heading(&heads) {
            columns = Some(heads);
            continue;
        }
        let Some(cols) = &columns else { continue };
        let filled: Vec<usize> = (0..cells.len())
            .filter(|n| cells[*n].1 > cells[*n].0)
            .collect();
        let cell = |c: Column| {
            cols.iter()
                .position(|x| *x == c)
                .and_then(|n| cells.get(n))
                .map(|(s, e)| (*s, *e))
                .filter(|(s, e)| e > s)
        };
        let number = cell(Column::Number).map(|(s, e)| &text[s..e]);
        let roman_number = number.is_some_and(|n| roman(n.trim_end_matches('.')).is_some());
        // Numbers repeated under the heading ("(1) (2) (3)") are not a row.
        if filled
            .iter()
            .all(|n| text[cells[*n].0..cells[*n].1].starts_with('('))
        {
            continue;
        }
        // A group row: the number and its heading only ("A | Cải cách thể chế", "I | …").
        let particulars = [Column::Lead, Column::Partners, Column::Deadline]
            .iter()
            .any(|c| cell(*c).is_some());
        if is_group_row(filled.len(), roman_number, particulars) {
            let n = *filled.last().unwrap_or(&0);
            let (s, e) = cells
                .get(n)
                .copied()
                .unwrap_or((line.range.start, line.range.end));
            groups.push(Found {
                value: group_title(&text[s..e]),
                span: Span::new(s, e),
            });
            group = Some(groups.len() - 1);
            continue;
        }
        let Some((ts, te)) = cell(Column::Title) else {
            continue;
        };
        let agencies_in = |c: Column| -> Vec<AgencyDraft> {
            cell(c).map_or_else(Vec::new, |(s, e)| cell_agencies(&text[s..e], dir))
        };
        let mut leads = agencies_in(Column::Lead);
        let lead = (!leads.is_empty()).then(|| leads.remove(0));
        let mut coordinating = leads;
        coordinating.extend(agencies_in(Column::Partners));
        let said = cell(Column::Deadline).and_then(|(s, e)| deadline::cell(&text[s..e], s, date));
        let (deadline, deadline_span, on_request) = match said {
            Some(s) => (s.deadline, Some(Span::of(s.span)), s.on_request),
            None => (Default::default(), None, false),
        };
        tasks.push(TaskDraft {
            title: text[ts..te].trim().to_owned(),
            confidence: if lead.is_some() {
                Confidence::Sure
            } else {
                Confidence::Likely
            },
            lead,
            coordinating,
            deadline,
            deadline_span,
            on_request,
            group,
            span: Span::new(line.range.start, line.range.end),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::lines::split;

    #[test]
    fn headings_name_roles_and_a_note_alone_makes_no_heading() {
        let roles: Vec<Role> = [
            "STT",
            "Nội dung",
            "Đơn vị phối hợp thực hiện",
            "Ghi chú",
            "Sản phẩm",
        ]
        .iter()
        .map(|h| column_of(h))
        .collect();
        assert_eq!(
            roles,
            [
                Role::Number,
                Role::Title,
                Role::Partners,
                Role::Note,
                Role::Skip
            ]
        );
        assert!(is_heading(&roles));
        assert!(!is_heading(&[Role::Title, Role::Note]));
    }

    #[test]
    fn a_pasted_table_is_read_column_by_column() {
        let text = "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\nI\tCải cách thể chế\nA\t\t\t\t\n1\tRà soát thủ tục hành chính\tSở Tư pháp\tSở Nội vụ, Sở Tài chính\tQuý II/2026\n2\tSố hóa hồ sơ\t\tCác cơ quan liên quan\t";
        let dir = Directory::new(&[]);
        let (mut groups, mut tasks) = (Vec::new(), Vec::new());
        read(text, &split(text), None, &dir, &mut groups, &mut tasks);
        assert_eq!(
            groups.iter().map(|g| g.value.as_str()).collect::<Vec<_>>(),
            ["Cải cách thể chế"]
        );
        assert_eq!(tasks.len(), 2);
        assert_eq!(tasks[0].title, "Rà soát thủ tục hành chính");
        assert_eq!(
            tasks[0].lead.as_ref().map(|a| a.written.as_str()),
            Some("Sở Tư pháp")
        );
        assert_eq!(tasks[0].coordinating.len(), 2);
        assert!(tasks[1].lead.is_none() && tasks[1].coordinating.is_empty());
    }
}
