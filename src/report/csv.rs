//! The reports as CSV for any spreadsheet: UTF-8 with a byte-order mark (without it Excel reads
//! the file in the machine's code page and the Vietnamese marks are lost), CRLF line ends,
//! fields quoted as RFC 4180 asks (a comma, a quote or a line break inside; quotes doubled),
//! dates dd/mm/yyyy. The office, title and day come first, one to a line, then the table; a
//! section's heading is a row with the heading in the "Nội dung" column.

use super::words::{AS_OF, COLUMNS, SUMMARY_COLUMNS};
use super::{Summary, SummaryLine, TaskReport};
use crate::domain::dates::short;

/// The byte-order mark every file starts with.
pub const BOM: &str = "\u{feff}";

/// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Appends one record and its CRLF.
fn record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    let fields: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

fn heading(out: &mut String, office: &str, title: &str, day: chrono::NaiveDate) {
    record(out, &[office]);
    record(out, &[title]);
    record(out, &[format!("{AS_OF} {}", short(day))]);
}

/// The report's table as CSV.
pub fn tasks(report: &TaskReport) -> String {
    let mut out = String::from(BOM);
    heading(&mut out, &report.office, &report.title, report.day);
    record(&mut out, &COLUMNS);
    let day = |d: Option<chrono::NaiveDate>| d.map(short).unwrap_or_default();
    for section in &report.sections {
        if let Some(group) = &section.group {
            record(&mut out, &["", group.as_str()]);
        }
        for row in &section.rows {
            let deadline = match row.deadline {
                Some(d) => short(d),
                None => row.deadline_text.clone(),
            };
            record(
                &mut out,
                &[
                    row.number.to_string(),
                    row.title.clone(),
                    row.lead.clone(),
                    row.coordinating.clone(),
                    deadline,
                    row.standing.clone(),
                    day(row.done_on),
                    row.progress.clone(),
                    row.note.clone(),
                ],
            );
        }
    }
    out
}

/// The period summary as CSV: its lines and the total (the tasks it counts go in their own
/// file, made by [`tasks`]).
pub fn summary(summary: &Summary) -> String {
    let mut out = String::from(BOM);
    heading(&mut out, &summary.office, &summary.title, summary.day);
    record(&mut out, &[summary.figures_text()]);
    record(&mut out, &SUMMARY_COLUMNS);
    for (n, line) in summary.lines.iter().enumerate() {
        record(&mut out, &line_fields((n + 1).to_string(), line));
    }
    record(&mut out, &line_fields(String::new(), &summary.total));
    out
}

fn line_fields(number: String, line: &SummaryLine) -> Vec<String> {
    let counts = line.counts();
    let mut fields = vec![number, line.agency.clone()];
    fields.extend(counts.map(|n| n.to_string()));
    fields.push(line.done_share());
    fields
}
