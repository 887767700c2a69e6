//! The files the office's own tools open: the pieces Word (.docx) and Excel (.xlsx) files are
//! made of, a zip of XML parts (`zip`, `xml`) with the parts every package has (`package`:
//! content types, relationships, properties). The documents themselves are written where their content is
//! composed: the notice in `crate::notice::docx`, the reports in `crate::report`.
//!
//! Written by hand over the deflate the app already carries (`miniz_oxide`) rather than with a
//! zip or OOXML crate: the few parts these files need are a few hundred lines, and the crates
//! that write them (zip, docx-rs, rust_xlsxwriter) each weigh more in the wasm than all of it
//! (docs/notice.md#the-notice-as-a-word-document, docs/reports.md).

pub mod package;
pub mod xml;
pub mod zip;

/// A file made for the office's tools, ready to be saved or shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// The name it is saved under: "Thong-bao-45-TB-UBND.docx".
    pub name: String,
    /// Its media type ([`DOCX`], [`XLSX`], [`CSV`]).
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const CSV: &str = "text/csv;charset=utf-8";
