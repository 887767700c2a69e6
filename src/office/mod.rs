//! The files the office's own tools open: the pieces Word (.docx) and Excel (.xlsx) files are
//! made of, a zip of XML parts. The documents themselves are written where their content is
//! composed: the notice in `crate::notice::docx`, the reports in `crate::report`.
//!
//! Written by hand over the deflate the app already carries (`miniz_oxide`) rather than with a
//! zip or OOXML crate: the few parts these files need are a few hundred lines, and the crates
//! that write them (zip, docx-rs, rust_xlsxwriter) each weigh more in the wasm than all of it
//! (docs/office-files.md).

pub mod xml;
pub mod zip;
