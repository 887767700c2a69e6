//! The progress reports as an official's spreadsheet program opens them: the .xlsx read back
//! by calamine (every cell where it was written, dates as date cells, Vietnamese intact) and
//! converted to CSV by LibreOffice headless (every cell as LibreOffice shows it, dates in the
//! workbook's dd/mm/yyyy), both compared with the report's model; and the app's own CSV parsed
//! back to the same cells. LibreOffice missing fails the test: it never skips.

#![cfg(not(target_arch = "wasm32"))]

// rustfmt::skip: `cargo fmt` would otherwise reformat the shared helper in its own file.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "office/libreoffice.rs"]
mod libreoffice;

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use sotay::domain::{Deadline, Every, LogKind, TaskStatus, Timestamp};
use sotay::fixtures::{agency, d, device, record_id as id, sonv};
use sotay::report::{csv, xlsx, Period, Summary, TaskReport, COLUMNS, SUMMARY_COLUMNS};
use sotay::workspace::{TaskFields, Workspace};
use std::path::{Path, PathBuf};
use unicode_normalization::is_nfc;

const OFFICE: &str = "Sở Nội vụ tỉnh Vĩnh Phúc";

fn today() -> NaiveDate {
    d(2026, 12, 2)
}

/// One task to add: its number, group (0 for none), title, lead, coordinating agencies,
/// deadline, status and log.
struct Add(
    u128,
    usize,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    Deadline,
    TaskStatus,
    &'static [(LogKind, &'static str)],
);

/// A plan of three content groups and eleven tasks in every standing.
fn workspace() -> Workspace {
    let mut ws = Workspace::new(device(1));
    let now = Timestamp(10);
    let plan = "Kế hoạch số 511/KH-UBND ngày 31/7/2023 về cải cách hành chính năm 2026";
    let plan = ws.add_plan(id(1), plan, now).unwrap();
    let groups = [
        ws.add_group(id(2), &plan, "Cải cách thể chế", now).unwrap(),
        ws.add_group(id(3), &plan, "Cải cách thủ tục hành chính", now)
            .unwrap(),
        ws.add_group(
            id(4),
            &plan,
            "Xây dựng chính quyền điện tử, chính quyền số",
            now,
        )
        .unwrap(),
    ];
    let by = |y, m, day| Deadline::By { day: d(y, m, day) };
    let done = |y, m, day| TaskStatus::Done { on: d(y, m, day) };
    use LogKind::{Evidence, Report};
    use TaskStatus::{InProgress, NotStarted, Paused};
    let quarterly = Deadline::Recurring {
        every: Every::Quarter,
        first: None,
        years: None,
    };
    let tasks = [
        Add(
            10,
            0,
            "Ban hành Kế hoạch cải cách hành chính năm 2026",
            Some("so-noi-vu"),
            &[],
            by(2026, 1, 15),
            done(2026, 1, 10),
            &[(Report, "Đã ban hành Kế hoạch số 12/KH-UBND")],
        ),
        Add(
            11,
            1,
            "Rà soát, hệ thống hóa văn bản do \"HĐND, UBND tỉnh\" ban hành",
            Some("van-phong-ubnd-tinh"),
            &["so-tu-phap", "so-noi-vu"],
            by(2026, 6, 30),
            done(2026, 7, 15),
            &[(Report, "Đã rà soát 125 văn bản;\nđề nghị bãi bỏ 7 văn bản")],
        ),
        Add(
            12,
            1,
            "Kiểm tra công tác theo dõi thi hành pháp luật",
            Some("so-tu-phap"),
            &[],
            by(2026, 10, 31),
            NotStarted,
            &[],
        ),
        Add(
            13,
            1,
            "Theo dõi tình hình thi hành pháp luật",
            Some("so-tu-phap"),
            &["ubnd-cap-huyen"],
            Deadline::Year { year: 2026 },
            InProgress,
            &[(Report, "Đã ban hành kế hoạch theo dõi")],
        ),
        Add(
            14,
            2,
            "Công bố, công khai thủ tục hành chính",
            Some("van-phong-ubnd-tinh"),
            &["ubnd-cap-huyen", "ubnd-cap-xa"],
            Deadline::Month {
                year: 2026,
                month: 3,
            },
            done(2026, 3, 31),
            &[],
        ),
        Add(
            15,
            2,
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            Some("so-thong-tin-truyen-thong"),
            &[],
            Deadline::Quarter {
                year: 2026,
                quarter: 4,
            },
            InProgress,
            &[(Evidence, "Công văn số 45/STTTT-CĐS")],
        ),
        Add(
            16,
            2,
            "Báo cáo tình hình giải quyết thủ tục hành chính",
            Some("so-noi-vu"),
            &[],
            quarterly,
            InProgress,
            &[(Report, "Đã báo cáo quý III")],
        ),
        Add(
            17,
            3,
            "Triển khai dịch vụ công trực tuyến toàn trình",
            Some("so-thong-tin-truyen-thong"),
            &["so-noi-vu"],
            by(2026, 12, 5),
            InProgress,
            &[],
        ),
        Add(
            18,
            3,
            "Nâng cấp Hệ thống quản lý văn bản và điều hành",
            None,
            &[],
            by(2026, 9, 30),
            done(2026, 9, 30),
            &[],
        ),
        Add(
            19,
            3,
            "Đào tạo kỹ năng số cho cán bộ, công chức",
            Some("so-noi-vu"),
            &[],
            by(2026, 11, 30),
            Paused,
            &[],
        ),
        Add(
            20,
            0,
            "Khảo sát mức độ hài lòng của người dân",
            Some("so-noi-vu"),
            &[],
            by(2026, 12, 20),
            NotStarted,
            &[],
        ),
    ];
    for Add(n, group, title, lead, coordinating, deadline, status, log) in tasks {
        let fields = TaskFields {
            title: title.to_owned(),
            lead: lead.map(agency),
            coordinating: coordinating.iter().map(|a| agency(a)).collect(),
            deadline,
            on_request: n == 20,
            ..TaskFields::default()
        };
        let group = group.checked_sub(1).map(|g| &groups[g]);
        ws.add_task_with(id(n), &plan, group, &fields, now).unwrap();
        for (k, (kind, text)) in log.iter().enumerate() {
            let day = d(2026, 11, 1 + k as u32);
            ws.add_log(&id(n), day, *kind, text, today(), now).unwrap();
        }
        ws.set_task_status(&id(n), status, now).unwrap();
    }
    assert_eq!(ws.agency_name(&sonv()), Some("Sở Nội vụ"));
    ws
}

/// A cell as the report means it.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Text(String),
    Number(f64),
    /// A share of 1, shown as a whole per cent.
    Share(f64),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    fn text(t: &str) -> Cell {
        if t.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(t.to_owned())
        }
    }

    /// The cell as a spreadsheet shows it, and as the app's CSV writes it.
    fn shown(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(x) => format!("{x}"),
            Cell::Share(x) => format!("{}%", (x * 100.0).round()),
            Cell::Date(day) => day.format("%d/%m/%Y").to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A row of one text, merged across `width` columns.
fn merged(text: &str, width: usize) -> Vec<Cell> {
    let mut row = vec![Cell::text(text)];
    row.resize(width, Cell::Empty);
    row
}

/// Where the workbook and the CSV differ: the workbook has a gap over the table and its
/// section headings merged from column A; the CSV has no gap and its headings in "Nội dung".
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Workbook,
    Csv,
}

/// The table of a report, from its model: the office, title and day, a gap, the headings,
/// then each section's heading row and its rows.
fn task_grid(report: &TaskReport, layout: Layout) -> Vec<Vec<Cell>> {
    let w = COLUMNS.len();
    let mut grid = vec![
        merged(&report.office, w),
        merged(&report.title, w),
        merged(
            &format!("Tính đến ngày {}", report.day.format("%d/%m/%Y")),
            w,
        ),
        vec![Cell::Empty; w],
        COLUMNS.iter().map(|c| Cell::text(c)).collect(),
    ];
    if layout == Layout::Csv {
        grid.remove(3);
    }
    for section in &report.sections {
        match (&section.group, layout) {
            (Some(group), Layout::Workbook) => grid.push(merged(group, w)),
            (Some(group), Layout::Csv) => {
                let mut row = merged(group, w);
                row.swap(0, 1);
                grid.push(row);
            }
            (None, _) => {}
        }
        for row in &section.rows {
            grid.push(vec![
                Cell::Number(row.number as f64),
                Cell::text(&row.title),
                Cell::text(&row.lead),
                Cell::text(&row.coordinating),
                row.deadline
                    .map_or_else(|| Cell::text(&row.deadline_text), Cell::Date),
                Cell::text(&row.standing),
                row.done_on.map_or(Cell::Empty, Cell::Date),
                Cell::text(&row.progress),
                Cell::text(&row.note),
            ]);
        }
    }
    grid
}

/// The summary's table, from its model (the CSV has no gap over the table).
fn summary_grid(summary: &Summary, layout: Layout) -> Vec<Vec<Cell>> {
    let w = SUMMARY_COLUMNS.len();
    let mut grid = vec![
        merged(&summary.office, w),
        merged(&summary.title, w),
        merged(
            &format!("Tính đến ngày {}", summary.day.format("%d/%m/%Y")),
            w,
        ),
        merged(&summary.figures_text(), w),
        vec![Cell::Empty; w],
        SUMMARY_COLUMNS.iter().map(|c| Cell::text(c)).collect(),
    ];
    if layout == Layout::Csv {
        grid.remove(4);
    }
    let lines = summary
        .lines
        .iter()
        .enumerate()
        .map(|(n, l)| (Cell::Number((n + 1) as f64), l));
    for (number, l) in lines.chain([(Cell::Empty, &summary.total)]) {
        let mut row = vec![number, Cell::text(&l.agency)];
        let counts = [
            l.assigned,
            l.done_on_time,
            l.done_late,
            l.overdue,
            l.in_progress,
            l.not_started,
            l.paused,
        ];
        row.extend(counts.map(|n| Cell::Number(n as f64)));
        row.push(match l.assigned {
            0 => Cell::Empty,
            n => Cell::Share(l.done() as f64 / n as f64),
        });
        grid.push(row);
    }
    grid
}

/// The sheet `name` of the workbook at `path`, as calamine reads it, every row `width` wide.
fn read_sheet(path: &Path, name: &str, width: usize) -> Vec<Vec<Cell>> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).expect("calamine opens the workbook");
    let range = book.worksheet_range(name).expect("the sheet is there");
    let (rows, _) = range.end().expect("the sheet has cells");
    (0..=rows)
        .map(|r| {
            (0..width as u32)
                .map(|c| match range.get_value((r, c)) {
                    None | Some(Data::Empty) => Cell::Empty,
                    Some(Data::String(s)) => Cell::Text(s.clone()),
                    Some(Data::Float(x)) => Cell::Number(*x),
                    Some(Data::Int(x)) => Cell::Number(*x as f64),
                    Some(Data::DateTime(x)) => {
                        let serial = x.as_f64();
                        assert_eq!(serial.fract(), 0.0, "a date with no time");
                        Cell::Date(d(1899, 12, 30) + chrono::Days::new(serial as u64))
                    }
                    Some(other) => panic!("an unexpected cell {other:?}"),
                })
                .collect()
        })
        .collect()
}

/// The grid as calamine reads it back: a share is a number under a per cent format.
fn as_read(grid: &[Vec<Cell>]) -> Vec<Vec<Cell>> {
    let cell = |c: &Cell| match c {
        Cell::Share(x) => Cell::Number(*x),
        c => c.clone(),
    };
    grid.iter().map(|r| r.iter().map(cell).collect()).collect()
}

fn assert_same(what: &str, read: &[Vec<String>], grid: &[Vec<Cell>]) {
    let want: Vec<Vec<String>> = grid
        .iter()
        .map(|r| r.iter().map(Cell::shown).collect())
        .collect();
    assert_eq!(read.len(), want.len(), "{what}: rows");
    for (n, (got, want)) in read.iter().zip(&want).enumerate() {
        assert_eq!(got, want, "{what}: row {}", n + 1);
    }
}

/// A tiny RFC 4180 reader: records of fields, quoted fields with doubled quotes, CRLF ends.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Every row of a CSV padded to `width` fields (LibreOffice drops none, the app none either).
fn padded(mut records: Vec<Vec<String>>, width: usize) -> Vec<Vec<String>> {
    for r in &mut records {
        r.resize(width, String::new());
    }
    records
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the report is written");
    path
}

/// Every sheet of `file` converted by LibreOffice to CSV, in the sheets' order. With the sheet
/// token -1, LibreOffice 7.4 writes one file per sheet, `<stem>-<sheet name>.csv`, and no
/// `<stem>.csv` (which `libreoffice::convert` waits for): so this runs it itself, the same way.
fn convert_sheets(file: &Path, sheets: &[&str]) -> Vec<String> {
    let dir = file.parent().expect("the file is in a folder");
    let output = std::process::Command::new("soffice")
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("lo-profile-all").display()
        ))
        .args(["--convert-to", &format!("{CSV_FILTER},-1"), "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("LibreOffice (soffice) is installed: scripts/setup.sh installs it");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stem = file.file_stem().expect("a file name").to_string_lossy();
    let read = |sheet: &&str| {
        let path = dir.join(format!("{stem}-{sheet}.csv"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            let said = String::from_utf8_lossy(&output.stdout);
            panic!("LibreOffice wrote no {}: {e}\n{said}", path.display())
        })
    };
    sheets.iter().map(read).collect()
}

const CSV_FILTER: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false";

#[test]
fn a_plan_s_workbook_reads_back_cell_by_cell() {
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), OFFICE, today()).unwrap();
    assert_eq!(report.rows().count(), 11);
    let dir = libreoffice::folder("report");
    let path = write(&dir, "tien-do.xlsx", &xlsx::tasks(&report));
    let grid = task_grid(&report, Layout::Workbook);
    let read = read_sheet(&path, "Chi tiết", COLUMNS.len());
    assert_eq!(read, grid, "calamine reads every cell as written");
    for cell in read.iter().flatten() {
        if let Cell::Text(t) = cell {
            assert!(is_nfc(t), "{t:?} is NFC");
        }
    }
    let deadlines: Vec<&Cell> = read.iter().skip(5).map(|r| &r[4]).collect();
    assert!(
        deadlines.contains(&&Cell::Date(d(2026, 3, 31))),
        "a month is due on its last day"
    );
    let converted = libreoffice::convert(&path, CSV_FILTER, "csv");
    let text = std::fs::read_to_string(&converted).expect("LibreOffice wrote UTF-8");
    assert_same(
        "LibreOffice's CSV",
        &padded(parse_csv(&text), COLUMNS.len()),
        &grid,
    );

    let ours = csv::tasks(&report);
    assert!(ours.ends_with("\r\n") && !ours.replace("\r\n", "").contains('\r'));
    let ours = parse_csv(
        ours.strip_prefix('\u{feff}')
            .expect("the CSV starts with a BOM"),
    );
    let want = task_grid(&report, Layout::Csv);
    assert_same("the app's CSV", &padded(ours, COLUMNS.len()), &want);
}

#[test]
fn a_period_s_workbook_has_its_summary_and_its_tasks() {
    let ws = workspace();
    let summary = Summary::of(&ws, Period::Year(2026), OFFICE, today());
    assert_eq!(summary.total.assigned, 11);
    assert_eq!(summary.total.done_text(), "04/11 nhiệm vụ đã hoàn thành");
    let details = summary.details(&ws);
    let dir = libreoffice::folder("report-summary");
    let path = write(&dir, "tong-hop.xlsx", &xlsx::summary(&summary, &details));
    let grid = summary_grid(&summary, Layout::Workbook);
    assert_eq!(
        read_sheet(&path, "Tổng hợp", SUMMARY_COLUMNS.len()),
        as_read(&grid)
    );
    let detail_grid = task_grid(&details, Layout::Workbook);
    assert_eq!(read_sheet(&path, "Chi tiết", COLUMNS.len()), detail_grid);
    let converted = libreoffice::convert(&path, CSV_FILTER, "csv");
    let text = std::fs::read_to_string(&converted).expect("LibreOffice wrote UTF-8");
    let read = padded(parse_csv(&text), SUMMARY_COLUMNS.len());
    assert_same("LibreOffice's CSV of the summary", &read, &grid);
    let sheets = convert_sheets(&path, &["Tổng hợp", "Chi tiết"]);
    assert_eq!(sheets[0], text, "the first sheet, alone or with the others");
    let read = padded(parse_csv(&sheets[1]), COLUMNS.len());
    assert_same("LibreOffice's CSV of the tasks", &read, &detail_grid);
    let ours = csv::summary(&summary);
    let ours = parse_csv(ours.strip_prefix('\u{feff}').expect("a BOM"));
    let want = summary_grid(&summary, Layout::Csv);
    assert_same(
        "the app's CSV of the summary",
        &padded(ours, SUMMARY_COLUMNS.len()),
        &want,
    );
}
