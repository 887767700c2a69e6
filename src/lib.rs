//! Sổ tay Cải cách: reform checklists and meeting conclusions for Vietnamese public offices,
//! kept in the browser, shared between offices as JSON bundles.
//!
//! The map of the code:
//! - [`domain`]: plain records and rules (ids, version vectors, the field-by-field record and
//!   its merge, agencies, plans, tasks, meetings, indicators, deadlines, legal references).
//! - [`workspace`]: the whole document an office keeps, its queries, the commands that change
//!   it, and the snapshots that put it back.
//! - [`bundle`]: the JSON files offices send each other: export, reading and checking one, what
//!   an import would change, and applying it.
//! - [`store`]: where the workspace is kept: the `Store` trait, its layout of keys, snapshots,
//!   the import history, the storage log, an in-memory store for tests and, in the browser,
//!   localStorage with its IndexedDB journal.
//! - [`search`]: Vietnamese-aware matching (marks and case ignored, đ as d).
//! - [`sort`]: the one stable sort the whole app uses (clippy.toml forbids the standard ones).
//! - [`notice`]: the conclusion notice of a meeting, composed as the decree lays it out.
//! - [`office`]: the zip and XML that Word and Excel files are made of.
//! - [`paste`]: a task table pasted from Excel or Word into a plan: the clipboard's table,
//!   its columns' roles, and the review of groups and tasks it creates as one change.
//! - [`report`]: progress reports (báo cáo tiến độ) of a plan, an agency, a search or a period,
//!   as Excel workbooks and CSV files.
//! - [`route`]: the pages of the app, as `#` fragments that work from a file on disk.
//! - [`i18n`]: the texts of the interface, Vietnamese first, then English.
//! - `ui` (wasm only): the Leptos components; with `store::browser` and `store::journal`, the
//!   only code that touches the browser.
//!
//! Everything but `ui`, `store::browser` and `store::journal` is plain Rust, tested natively
//! with `cargo test`.

pub mod bundle;
pub mod domain;
pub mod i18n;
pub mod intake;
pub mod notice;
pub mod office;
pub mod paste;
pub mod report;
pub mod route;
pub mod search;
pub mod sort;
pub mod store;
pub mod workspace;

// The helpers the tests share (the crate's own and those in tests/): a few lines, never called
// by the app, so the release build leaves them out.
#[doc(hidden)]
pub mod fixtures;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// How many cases each property test tries: `PROPTEST_CASES` (the slow tier's 10,000), else 256.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}
