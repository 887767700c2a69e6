//! The rows of a pasted table, each a heading, a blank, a content group or a task, by the
//! rules the intake reads a task table with (`intake::is_group_row`), and the [`Review`] they
//! make for a plan: its groups, its tasks ticked, their agencies matched to the directory as a
//! document's are, their deadlines read as a table cell's. What a cell says that no field
//! takes (a note, a deadline that cannot be read, "các cơ quan liên quan") goes to the task's
//! details, so nothing pasted is lost.

use super::columns::{Columns, Role};
use super::grid::Grid;
use crate::domain::agency::agency_key;
use crate::domain::Id;
use crate::intake::{cell_agencies, deadline_cell, group_title, is_group_row, roman, Directory};
use crate::workspace::{
    agency_choice, AgencyChoice, GroupReview, Review, Target, TaskReview, Workspace,
};
use chrono::NaiveDate;

/// What a row of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// The heading row, the row of column numbers "(1) (2) (3)" under it, or a second row of
    /// headings ("Chủ trì | Phối hợp" under "Cơ quan thực hiện").
    Heading,
    Blank,
    /// A content group: "I. CẢI CÁCH THỂ CHẾ" across the row, or "I | Cải cách thể chế".
    Group,
    Task,
    /// Above the heading (the plan's title copied along), or a row with no task in it.
    Skipped,
}

/// The office's directory, as the intake matches names against it.
pub fn directory(ws: &Workspace) -> Directory {
    let live = ws.agencies().live();
    let agencies: Vec<(Id, String)> = live
        .map(|a| (a.id().clone(), a.body().name.clone()))
        .collect();
    Directory::new(&agencies)
}

/// What each row is, read with the columns' roles, or as the official said.
pub fn classify(grid: &Grid, columns: &Columns) -> Vec<RowKind> {
    let first = columns.role_column(Role::Number);
    let chosen = |n: usize| columns.rows.iter().find(|(r, _)| *r == n).map(|(_, k)| *k);
    (0..grid.rows.len())
        .map(|n| chosen(n).unwrap_or_else(|| kind(grid, columns, n, first)))
        .collect()
}

/// The text a row made a group or a task by the official stands for: its task column's, else
/// its last filled cell ("I. CẢI CÁCH THỂ CHẾ" merged across from the STT column).
fn row_title(grid: &Grid, columns: &Columns, n: usize) -> String {
    let title = columns.role_column(Role::Title).map(|c| grid.cell(n, c));
    let last = grid.rows[n].iter().rev().find(|c| !c.is_empty());
    let text = title.filter(|t| !t.is_empty()).or(last.map(String::as_str));
    text.unwrap_or_default().replace('\n', " ")
}

fn kind(grid: &Grid, columns: &Columns, n: usize, number_column: Option<usize>) -> RowKind {
    let row = &grid.rows[n];
    let filled: Vec<&str> = row
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    if filled.is_empty() {
        return RowKind::Blank;
    }
    match columns.heading {
        Some(h) if n == h => return RowKind::Heading,
        Some(h) if n < h => return RowKind::Skipped,
        _ if columns.sub_heading == Some(n) => return RowKind::Heading,
        _ => {}
    }
    let numbering = |c: &&str| c.starts_with('(') && c.chars().count() <= 6;
    if filled.len() >= 2 && filled.iter().all(numbering) {
        return RowKind::Heading;
    }
    let number = number_column
        .map_or("", |c| grid.cell(n, c))
        .trim_end_matches('.');
    let roman_number = roman(number).is_some();
    let arabic = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '.');
    let particulars = (0..row.len()).any(|c| {
        let role = columns.role(c);
        matches!(role, Role::Lead | Role::Partners | Role::Deadline) && !row[c].is_empty()
    });
    if !arabic && is_group_row(filled.len(), roman_number, particulars) {
        return RowKind::Group;
    }
    match columns.role_column(Role::Title) {
        Some(t) if !row[t].is_empty() => RowKind::Task,
        _ => RowKind::Skipped,
    }
}

impl Columns {
    /// The first column of `role`.
    pub fn role_column(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == role)
    }
}

/// The review that creates the table's ticked tasks in `plan`: one group a group row (tasks
/// before the first go in none), one task a task row. `today` gives a day without a year its
/// year when the plan has no date of its own.
pub fn to_review(
    grid: &Grid,
    columns: &Columns,
    plan: &Id,
    ws: &Workspace,
    today: NaiveDate,
) -> Review {
    let dir = directory(ws);
    let date = ws.date_context(Some(plan), None, today).near;
    let mut review = Review {
        target: Target::Plan(plan.clone()),
        ..Review::default()
    };
    for (n, kind) in classify(grid, columns).into_iter().enumerate() {
        match kind {
            RowKind::Group => {
                let title = group_title(&row_title(grid, columns, n));
                review.groups.push(GroupReview {
                    title,
                    span: (n, n),
                });
            }
            RowKind::Task => {
                let group = review.groups.len().checked_sub(1);
                review
                    .tasks
                    .push(task(grid, columns, n, group, ws, &dir, date));
            }
            _ => {}
        }
    }
    review
}

fn task(
    grid: &Grid,
    columns: &Columns,
    n: usize,
    group: Option<usize>,
    ws: &Workspace,
    dir: &Directory,
    date: NaiveDate,
) -> TaskReview {
    let mut out = TaskReview {
        ticked: true,
        group,
        span: (n, n),
        ..TaskReview::default()
    };
    let mut details: Vec<String> = Vec::new();
    let mut leads: Vec<AgencyChoice> = Vec::new();
    let mut partners: Vec<AgencyChoice> = Vec::new();
    let mut title_given = false;
    for c in 0..grid.width() {
        let cell = grid.cell(n, c);
        if cell.is_empty() {
            continue;
        }
        let role = columns.role(c);
        let heading = columns.heading_of(grid, c).replace('\n', " ");
        let mut keep = |fallback: &str| {
            let label = if heading.is_empty() {
                fallback
            } else {
                &heading
            };
            details.push(match label {
                "" => cell.to_owned(),
                label => format!("{label}: {cell}"),
            });
        };
        match role {
            Role::Title if !title_given => {
                out.title = cell.replace('\n', " ");
                title_given = true;
            }
            Role::Title | Role::Note => keep(""),
            Role::Lead | Role::Partners => {
                let named = cell_choices(cell, ws, dir);
                if named.is_empty() {
                    keep("Cơ quan");
                }
                match role {
                    Role::Lead => leads.extend(named),
                    _ => partners.extend(named),
                }
            }
            Role::Deadline => match deadline_cell(cell, 0, Some(date)) {
                Some(said) if out.deadline == Default::default() && !out.on_request => {
                    out.deadline = said.deadline;
                    out.on_request = said.on_request;
                    if !whole(cell, &said.span) {
                        keep("Thời hạn");
                    }
                }
                _ => keep("Thời hạn"),
            },
            Role::Number | Role::Skip => {}
        }
    }
    if !leads.is_empty() {
        out.lead = Some(leads.remove(0));
    }
    for choice in leads.into_iter().chain(partners) {
        if out.lead.as_ref() != Some(&choice) && !out.coordinating.contains(&choice) {
            out.coordinating.push(choice);
        }
    }
    // A row the official made a task, with nothing in the task column: its last cell.
    if !title_given {
        out.title = row_title(grid, columns, n);
    }
    out.details = details.join("\n");
    out
}

/// The agencies a cell names, one part at a time ("Sở Tư pháp; Sở Nội vụ", a line each),
/// each the directory's or one to add; none named twice.
pub fn cell_choices(cell: &str, ws: &Workspace, dir: &Directory) -> Vec<AgencyChoice> {
    let mut out: Vec<AgencyChoice> = Vec::new();
    for part in cell
        .split([';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        for draft in cell_agencies(part, dir) {
            let choice = agency_choice(ws, &draft);
            let same = |c: &AgencyChoice| match (c, &choice) {
                (AgencyChoice::New(a), AgencyChoice::New(b)) => agency_key(a) == agency_key(b),
                (a, b) => a == b,
            };
            if !out.iter().any(same) {
                out.push(choice);
            }
        }
    }
    out
}

/// Whether the deadline read is all the cell says (punctuation aside).
fn whole(cell: &str, span: &std::ops::Range<usize>) -> bool {
    let rest = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    let (start, end) = (span.start.min(cell.len()), span.end.min(cell.len()));
    cell.is_char_boundary(start)
        && cell.is_char_boundary(end)
        && rest(&cell[..start])
        && rest(&cell[end..])
}
