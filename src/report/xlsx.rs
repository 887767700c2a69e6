//! The reports as Excel workbooks (.xlsx): SpreadsheetML parts written by hand and zipped by
//! `office::zip`. Dates are real dates (day serials under the format "dd/mm/yyyy"), so a
//! spreadsheet sorts and filters them; text is held in inline strings (`t="inlineStr"`): each
//! cell is written once as it comes, with no second pass to gather a shared-strings table, and
//! the bytes depend on the report alone. Excel, LibreOffice and calamine read both forms.
//!
//! The same report always makes the same bytes (the zip stamps every part with a fixed day).

use super::words::{AS_OF, COLUMNS, SHEET_SUMMARY, SHEET_TASKS, SUMMARY_COLUMNS};
use super::xlsx_sheet::{Sheet, Style, Value};
use super::xlsx_styles::STYLES;
use super::{Summary, SummaryLine, TaskReport};
use crate::domain::dates::short;
use crate::office::package::{relationships, Package, Properties, DECLARATION, RELATIONSHIPS};
use crate::office::xml::escape;
use std::fmt::Write;

/// The widths of the task table's columns, in characters.
const TASK_WIDTHS: [f64; 9] = [6.0, 42.0, 20.0, 22.0, 13.0, 18.0, 13.0, 36.0, 20.0];
/// The widths of the summary's columns.
const SUMMARY_WIDTHS: [f64; 10] = [6.0, 34.0, 11.0, 13.0, 13.0, 13.0, 12.0, 12.0, 10.0, 12.0];

/// A workbook of one sheet ("Chi tiết"): the report's table.
pub fn tasks(report: &TaskReport) -> Vec<u8> {
    workbook(&report.title, &[(SHEET_TASKS, task_sheet(report))])
}

/// A workbook of two sheets: "Tổng hợp", the summary's lines, then "Chi tiết", the table of
/// the tasks it counts (made with `TaskReport::of_tasks` from [`Summary::tasks`]).
pub fn summary(summary: &Summary, tasks: &TaskReport) -> Vec<u8> {
    let sheets = [
        (SHEET_SUMMARY, summary_sheet(summary)),
        (SHEET_TASKS, task_sheet(tasks)),
    ];
    workbook(&summary.title, &sheets)
}

/// The three lines over every table: the office, the title, the day.
fn heading(sheet: &mut Sheet, office: &str, title: &str, day: chrono::NaiveDate) {
    sheet.merged(office, Style::Office);
    sheet.merged(title, Style::Title);
    sheet.merged(&format!("{AS_OF} {}", short(day)), Style::Day);
}

pub(super) fn task_sheet(report: &TaskReport) -> String {
    let mut sheet = Sheet::new(&TASK_WIDTHS);
    heading(&mut sheet, &report.office, &report.title, report.day);
    sheet.gap();
    let header = COLUMNS.map(|c| (Value::Text(c.to_owned()), Style::Header));
    sheet.row(&header);
    sheet.freeze();
    let text = |t: &str| (Value::Text(t.to_owned()), Style::Text);
    let date = |d: Option<chrono::NaiveDate>| match d {
        Some(day) => (Value::Date(day), Style::Date),
        None => (Value::Empty, Style::Date),
    };
    for section in &report.sections {
        if let Some(group) = &section.group {
            sheet.merged(group, Style::Bold);
        }
        for row in &section.rows {
            let deadline = match row.deadline {
                Some(day) => (Value::Date(day), Style::Date),
                None => text(&row.deadline_text),
            };
            sheet.row(&[
                (Value::Number(row.number as f64), Style::Number),
                text(&row.title),
                text(&row.lead),
                text(&row.coordinating),
                deadline,
                text(&row.standing),
                date(row.done_on),
                text(&row.progress),
                text(&row.note),
            ]);
        }
    }
    sheet.finish()
}

fn summary_sheet(summary: &Summary) -> String {
    let mut sheet = Sheet::new(&SUMMARY_WIDTHS);
    heading(&mut sheet, &summary.office, &summary.title, summary.day);
    sheet.merged(&summary.figures_text(), Style::Paragraph);
    sheet.gap();
    let header = SUMMARY_COLUMNS.map(|c| (Value::Text(c.to_owned()), Style::Header));
    sheet.row(&header);
    sheet.freeze();
    for (n, line) in summary.lines.iter().enumerate() {
        let number = (Value::Number((n + 1) as f64), Style::Number);
        sheet.row(&line_cells(number, line, Style::Text, Style::Number));
    }
    let total = (Value::Empty, Style::BoldNumber);
    sheet.row(&line_cells(
        total,
        &summary.total,
        Style::Bold,
        Style::BoldNumber,
    ));
    sheet.finish()
}

/// One line of the summary: STT, the agency, its counts and the share done.
fn line_cells(
    number: (Value, Style),
    line: &SummaryLine,
    name: Style,
    count: Style,
) -> Vec<(Value, Style)> {
    let counts = line.counts();
    let mut cells = vec![number, (Value::Text(line.agency.clone()), name)];
    cells.extend(counts.map(|n| (Value::Number(n as f64), count)));
    cells.push(match line.assigned {
        0 => (Value::Empty, Style::Percent),
        n => (Value::Number(line.done() as f64 / n as f64), Style::Percent),
    });
    cells
}

/// The package: the workbook, its relationships, styles and sheets (the content types,
/// relationships and properties every Office file has are `office::package`'s).
fn workbook(title: &str, sheets: &[(&str, String)]) -> Vec<u8> {
    const MAIN: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    let mut book = format!(
        "{DECLARATION}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
         xmlns:r=\"{RELATIONSHIPS}\"><bookViews><workbookView/></bookViews><sheets>"
    );
    let mut links: Vec<(String, String, String)> = Vec::new();
    for (n, (name, _)) in sheets.iter().enumerate() {
        let n = n + 1;
        let _ = write!(
            book,
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            escape(name)
        );
        let target = format!("worksheets/sheet{n}.xml");
        links.push((
            format!("rId{n}"),
            format!("{RELATIONSHIPS}/worksheet"),
            target,
        ));
    }
    book.push_str("</sheets></workbook>");
    let styles = format!("rId{}", sheets.len() + 1);
    links.push((
        styles,
        format!("{RELATIONSHIPS}/styles"),
        "styles.xml".to_owned(),
    ));
    let links: Vec<(&str, &str, &str)> = (links.iter())
        .map(|(id, kind, target)| (id.as_str(), kind.as_str(), target.as_str()))
        .collect();
    let mut package = Package::new();
    package.add(
        "xl/workbook.xml",
        Some(&format!("{MAIN}.sheet.main+xml")),
        book,
    );
    package.add("xl/_rels/workbook.xml.rels", None, relationships(&links));
    let styles = format!("{DECLARATION}{STYLES}");
    package.add("xl/styles.xml", Some(&format!("{MAIN}.styles+xml")), styles);
    for (n, (_, sheet)) in sheets.iter().enumerate() {
        let name = format!("xl/worksheets/sheet{}.xml", n + 1);
        package.add(&name, Some(&format!("{MAIN}.worksheet+xml")), sheet.clone());
    }
    let properties = Properties {
        title,
        subject: None,
    };
    package.finish("xl/workbook.xml", &properties)
}
