//! The texts of the files made for Word and Excel: the notice as .docx, the reports as .xlsx
//! and CSV, saving them and sharing them, and the period report of the overview.

pub(super) mod en;
pub(super) mod vi;

/// Every text of saving and sharing office files in one language.
pub struct FilesTexts {
    /// "Tải về Word (.docx)".
    pub docx: &'static str,
    pub xlsx: &'static str,
    pub csv: &'static str,
    /// The share button, shown where the browser has a share sheet (an iPad's Safari).
    pub share: &'static str,
    /// What each kind of file is for, under its buttons.
    pub notice_hint: &'static str,
    pub report_hint: &'static str,
    /// The report of a plan, of an agency, of a search.
    pub plan_report: &'static str,
    pub agency_report: &'static str,
    pub found_report: &'static str,
    /// The period report on the overview.
    pub period_heading: &'static str,
    pub period_label: &'static str,
    pub period_hint: &'static str,
    /// "Đã tải tệp …".
    pub saved: fn(&str) -> String,
    pub shared: fn(&str) -> String,
    pub not_shared: &'static str,
    pub failed: &'static str,
}
