//! Tasks pasted from a table into a plan: the rows an official copies from Excel or Word (the
//! clipboard's HTML table, else its tab-separated text) read into a [`Grid`] (`grid`, with the
//! tag scanner of `html` and `tag`), the role of each column recognised from its heading as
//! the intake reads a task table's, or chosen by the official (`columns`), and the rows made a
//! [`crate::workspace::Review`] of the plan's groups and tasks (`rows`), which
//! `Workspace::create_from_review` creates as one change that one "Hoàn tác" takes back.
//!
//! Plain Rust, deterministic, never panicking, linear in the clipboard's length.

pub mod columns;
pub mod grid;
mod html;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
pub mod rows;
mod tag;
#[cfg(test)]
mod tests;

pub use columns::{Columns, Role};
pub use grid::{from_clipboard, from_tsv, Grid};
pub use rows::{cell_choices, classify, directory, to_review, RowKind};

use crate::workspace::Workspace;

/// The clipboard read, its columns recognised with the office's directory.
pub fn read(html: &str, plain: &str, ws: &Workspace) -> (Grid, Columns) {
    let grid = from_clipboard(html, plain);
    let columns = Columns::recognise(&grid, &directory(ws));
    (grid, columns)
}
