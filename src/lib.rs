//! Sổ tay Cải cách: reform checklists and meeting conclusions for Vietnamese public offices,
//! kept in the browser, shared between offices as JSON bundles.
//!
//! The map of the code:
//! - [`domain`]: plain records and rules (ids, version vectors, agencies, plans, tasks,
//!   meetings, deadlines, legal references).
//! - [`workspace`]: the whole document an office keeps, its queries and the commands that change it.
//! - [`bundle`]: the JSON files offices send each other: export, and what an import would change.
//! - [`store`]: where the workspace is kept: the `Store` trait, its layout of keys, an in-memory
//!   store for tests and, in the browser, localStorage.
//! - [`search`]: Vietnamese-aware matching (marks and case ignored, đ as d).
//! - [`notice`]: the conclusion notice of a meeting, composed as the decree lays it out.
//! - [`route`]: the pages of the app, as `#` fragments that work from a file on disk.
//! - [`i18n`]: the texts of the interface, Vietnamese first, then English.
//! - `ui` (wasm only): the Leptos components; the only part that touches the browser besides
//!   `store::browser`.
//!
//! Everything but `ui` and `store::browser` is plain Rust, tested natively with `cargo test`.

pub mod bundle;
pub mod domain;
pub mod i18n;
pub mod notice;
pub mod route;
pub mod search;
pub mod sort;
pub mod store;
pub mod workspace;

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
