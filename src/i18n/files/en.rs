//! English texts of the Word and Excel files.

use super::FilesTexts;

pub const TEXTS: FilesTexts = FilesTexts {
    docx: "Download for Word (.docx)",
    xlsx: "Download Excel (.xlsx)",
    csv: "Download CSV",
    share: "Share…",
    notice_hint: "A Word file laid out as Decree 30/2020/NĐ-CP asks: open it in Word or LibreOffice to edit it before it is signed.",
    report_hint: "A table in the progress report's form: no., task, lead, coordinating, deadline, standing, day done, result. The CSV is UTF-8, which Excel reads with its Vietnamese intact.",
    plan_report: "Progress report of the plan",
    agency_report: "Report of the agency's tasks",
    found_report: "Export the results",
    period_heading: "Progress report of a period",
    period_label: "Period",
    period_hint: "Per lead agency (assigned, done on time, overdue, in progress), and the period's tasks.",
    saved: |name| format!("Saved {name}."),
    shared: |name| format!("Shared {name}."),
    not_shared: "The file was not shared.",
    failed: "The browser refused the download. Try again, or open the app in another browser.",
};
