//! Which column of a pasted table holds what: the heading row read as the intake reads a task
//! table's headings (`intake::column_of`, one list of words for both), or, when no row names
//! a task column and another, a guess from the cells themselves. The official may then give
//! any column another role.

use super::grid::Grid;
pub use crate::intake::Role;
use crate::intake::{cell_agencies, column_of, deadline_cell, is_heading, roman, Directory};

/// Rows looked at for a heading: a title and a table's heading above it, rarely more.
const HEADING_ROWS: usize = 10;

/// How the table is read: the role of each column, the heading row if there is one, and
/// what the official said a row is where the rules read it otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// The heading row, skipped when the rows are read.
    pub heading: Option<usize>,
    /// A second row of headings under it ("Chủ trì | Phối hợp" under a merged "Cơ quan thực
    /// hiện"), whose words name the columns they stand over.
    pub sub_heading: Option<usize>,
    /// One role a column, as wide as the grid.
    pub roles: Vec<Role>,
    /// Rows the official made a task, a group or skipped, over the rules: (row, kind).
    pub rows: Vec<(usize, super::RowKind)>,
}

impl Columns {
    /// The roles the table's headings name, else those its cells suggest.
    pub fn recognise(grid: &Grid, dir: &Directory) -> Columns {
        let width = grid.width();
        let heading = (grid.rows.iter().take(HEADING_ROWS)).position(|row| {
            let roles: Vec<Role> = row.iter().map(|c| column_of(c)).collect();
            is_heading(&roles)
        });
        let sub_heading = heading
            .map(|n| n + 1)
            .filter(|n| grid.rows.get(*n).is_some_and(|r| is_sub_heading(r)));
        let roles = match heading {
            Some(n) => (0..width)
                .map(
                    |c| match (grid.cell(n, c), sub_heading.map(|s| grid.cell(s, c))) {
                        (_, Some(sub)) if !sub.is_empty() => column_of(sub),
                        ("", _) => guess_one(grid, c, dir),
                        (text, _) => column_of(text),
                    },
                )
                .collect(),
            None => guess(grid, dir),
        };
        Columns {
            heading,
            sub_heading,
            roles,
            rows: Vec::new(),
        }
    }

    /// The official's choice for a column; a column outside the table is ignored.
    pub fn set(&mut self, column: usize, role: Role) {
        if let Some(r) = self.roles.get_mut(column) {
            *r = role;
        }
    }

    /// The official's choice of what row `row` is (a task, a group, skipped).
    pub fn set_row(&mut self, row: usize, kind: super::RowKind) {
        self.rows.retain(|(r, _)| *r != row);
        self.rows.push((row, kind));
    }

    /// The role of `column` (Skip outside the table).
    pub fn role(&self, column: usize) -> Role {
        self.roles.get(column).copied().unwrap_or(Role::Skip)
    }

    /// The heading of `column`, as the heading rows write it (empty without one): the second
    /// row's word when it has one.
    pub fn heading_of<'g>(&self, grid: &'g Grid, column: usize) -> &'g str {
        let sub = self.sub_heading.map_or("", |n| grid.cell(n, column));
        match sub {
            "" => self.heading.map_or("", |n| grid.cell(n, column)),
            sub => sub,
        }
    }
}

/// Whether a row under the heading is more headings: two filled cells or more, each a short
/// heading word (one alone may be a group: "NHIỆM VỤ TRỌNG TÂM").
fn is_sub_heading(row: &[String]) -> bool {
    let heading = |c: &&String| c.chars().count() <= 40 && column_of(c) != Role::Skip;
    let filled: Vec<&String> = row.iter().filter(|c| !c.is_empty()).collect();
    filled.len() >= 2 && filled.iter().all(heading)
}

/// What a column's filled cells look like.
#[derive(Default)]
struct Look {
    filled: usize,
    chars: usize,
    numbers: usize,
    deadlines: usize,
    agencies: usize,
}

fn look(grid: &Grid, column: usize, dir: &Directory) -> Look {
    let mut look = Look::default();
    for row in 0..grid.rows.len() {
        let cell = grid.cell(row, column);
        if cell.is_empty() {
            continue;
        }
        look.filled += 1;
        look.chars += cell.chars().count();
        let bare = cell.trim_end_matches(['.', ')']);
        if bare.chars().all(|c| c.is_ascii_digit()) || roman(bare).is_some() {
            look.numbers += 1;
        }
        if deadline_cell(cell, 0, None).is_some() {
            look.deadlines += 1;
        }
        let named = cell_agencies(cell, dir);
        if !named.is_empty() && named.iter().all(|a| a.known.is_some() || a.collective) {
            look.agencies += 1;
        }
    }
    look
}

/// A guess for every column of a table without a heading: numbers, deadlines, the longest
/// text the title, then the columns of agencies (the first the lead, the next partners), and
/// any other text a note.
fn guess(grid: &Grid, dir: &Directory) -> Vec<Role> {
    let looks: Vec<Look> = (0..grid.width()).map(|c| look(grid, c, dir)).collect();
    let most = |n: usize, l: &Look| l.filled > 0 && n * 2 > l.filled;
    let mut roles: Vec<Role> = looks
        .iter()
        .map(|l| match l {
            l if l.filled == 0 => Role::Skip,
            l if most(l.numbers, l) => Role::Number,
            l if most(l.deadlines, l) => Role::Deadline,
            _ => Role::Note,
        })
        .collect();
    let title = (0..roles.len())
        .filter(|c| roles[*c] == Role::Note)
        .max_by_key(|c| looks[*c].chars);
    if let Some(t) = title {
        roles[t] = Role::Title;
    }
    let mut lead_given = false;
    for (c, l) in looks.iter().enumerate() {
        if roles[c] == Role::Note && most(l.agencies, l) {
            roles[c] = if lead_given {
                Role::Partners
            } else {
                Role::Lead
            };
            lead_given = true;
        }
    }
    roles
}

/// A column whose heading cell is empty (under a merged heading): guessed on its own, never
/// the title (the headings name that).
fn guess_one(grid: &Grid, column: usize, dir: &Directory) -> Role {
    let l = look(grid, column, dir);
    let most = |n: usize| l.filled > 0 && n * 2 > l.filled;
    match () {
        _ if l.filled <= 1 => Role::Skip,
        _ if most(l.deadlines) => Role::Deadline,
        _ if most(l.agencies) => Role::Partners,
        _ => Role::Note,
    }
}
