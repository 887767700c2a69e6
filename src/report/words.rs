//! The official words of the reports: column headings, standings, titles, and the file names
//! they are saved under. Constants here rather than in `i18n`: a report is always Vietnamese.

use crate::domain::Standing;
use crate::search::fold;

/// The columns of the task table, in order.
pub const COLUMNS: [&str; 9] = [
    "STT",
    "Nội dung",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời hạn",
    "Tình trạng",
    "Ngày hoàn thành",
    "Kết quả/tiến độ",
    "Ghi chú",
];

/// The columns of the period summary, in order.
pub const SUMMARY_COLUMNS: [&str; 10] = [
    "STT",
    "Cơ quan chủ trì",
    "Tổng số nhiệm vụ",
    "Đã hoàn thành đúng hạn",
    "Đã hoàn thành quá hạn",
    "Quá hạn chưa hoàn thành",
    "Đang thực hiện",
    "Chưa thực hiện",
    "Tạm dừng",
    "Tỷ lệ hoàn thành",
];

/// The title of a plan's report, before the plan's title.
pub(super) const PLAN_TITLE: &str = "Tiến độ thực hiện";
/// The title of an agency's report, before "<agency> chủ trì".
pub(super) const AGENCY_TITLE: &str = "Tiến độ thực hiện các nhiệm vụ do";
/// The title of the tasks a search found, and of its file.
pub const FOUND_TITLE: &str = "Danh sách nhiệm vụ";
/// The title of a period summary, before the period's label.
pub(super) const SUMMARY_TITLE: &str = "Tổng hợp kết quả thực hiện nhiệm vụ";
/// The heading of a meeting's assignments, before its title.
pub(super) const MEETING_HEADING: &str = "Nhiệm vụ giao tại";
pub(super) const MEETING_HEADING_UNNAMED: &str = "Nhiệm vụ giao tại cuộc họp";
/// The day line over the table, before "dd/mm/yyyy".
pub const AS_OF: &str = "Tính đến ngày";
/// The total line of the summary.
pub(super) const TOTAL: &str = "Tổng cộng";
pub(super) const ON_REQUEST: &str = "Hoặc đột xuất khi có yêu cầu";
pub(super) const EVIDENCE: &str = "Minh chứng:";
/// The sheet of a workbook that holds the table of tasks.
pub const SHEET_TASKS: &str = "Chi tiết";
/// The sheet of a period's workbook that holds its summary.
pub const SHEET_SUMMARY: &str = "Tổng hợp";

/// Where a task stands, as a report says it: the app's own words, and for a task done the
/// glossary's "đã hoàn thành đúng hạn" / "đã hoàn thành quá hạn N ngày".
pub(super) fn standing(standing: Standing) -> String {
    match standing {
        Standing::DoneOnTime => "Đã hoàn thành đúng hạn".to_owned(),
        Standing::DoneLate { days } => format!("Đã hoàn thành quá hạn {days} ngày"),
        other => (crate::i18n::Lang::Vi.texts().task.standing)(other),
    }
}

/// The longest file name [`file_name`] gives, extension included.
pub const MAX_FILE_NAME: usize = 60;

/// A file name safe on every system for a report titled `title`: ASCII letters and digits
/// (marks dropped, đ as d, capitals kept) joined by "-", cut at a word to at most
/// [`MAX_FILE_NAME`] characters with the extension: "Tien-do-thuc-hien-Ke-hoach-511.xlsx".
pub fn file_name(title: &str, extension: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in title.chars() {
        let folded = fold(&c.to_string());
        let letter = folded.chars().next().filter(|f| f.is_ascii_alphanumeric());
        match letter {
            Some(f) if c.is_uppercase() => word.push(f.to_ascii_uppercase()),
            Some(f) => word.push(f),
            None if !word.is_empty() => words.push(std::mem::take(&mut word)),
            None => {}
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let room = MAX_FILE_NAME.saturating_sub(extension.len() + 1);
    let mut stem = String::new();
    for word in words {
        let wanted = stem.len() + usize::from(!stem.is_empty()) + word.len();
        if wanted > room {
            if stem.is_empty() {
                stem = word.chars().take(room).collect();
            }
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        stem.push_str("Bao-cao");
    }
    format!("{stem}.{extension}")
}
