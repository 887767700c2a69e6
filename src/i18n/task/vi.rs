//! Vietnamese texts of the task page.

use super::TaskTexts;
use crate::domain::roman;
use crate::domain::Deadline;
use crate::domain::LogKind;
use crate::domain::Standing;
use crate::domain::{Every, StatusKind};
use crate::i18n::date;
use crate::workspace::DeadlineKind;
use chrono::NaiveDate;

pub const TEXTS: TaskTexts = TaskTexts {
    lead_label: "Cơ quan chủ trì",
    done_label: "Đã hoàn thành",
    status_not_started: "Chưa thực hiện",
    status_in_progress: "Đang thực hiện",
    status_done_on: |day| format!("Đã hoàn thành ngày {day}"),
    status_paused: "Tạm dừng",
    standing,
    deadline,
    deadline_label: "Thời hạn",
    deadline_kind,
    deadline_first: "Kỳ đầu tiên (ngày/tháng/năm)",
    deadline_first_hint:
        "Để trống nếu văn bản không nói: hạn là ngày cuối mỗi kỳ, trong những năm của kế hoạch.",
    on_request: "hoặc đột xuất khi có yêu cầu",
    on_request_label: "Hoặc đột xuất khi có yêu cầu",
    day_read_as: |d| format!("Hiểu là ngày {}", crate::domain::dates::short(d)),
    deadline_day: "Trước ngày (ngày/tháng/năm)",
    deadline_every: "Định kỳ",
    every,
    deadline_month: "Tháng",
    deadline_quarter: "Quý",
    deadline_year: "Năm",
    coordinating_label: "Cơ quan phối hợp",
    missing: "Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.",
    delete: "Xóa nhiệm vụ",
    status_label: "Tình trạng",
    status_name,
    done_on_label: "Ngày hoàn thành",
    status_save: "Cập nhật tình trạng",
    edit_heading: "Thông tin nhiệm vụ",
    title_label: "Tên nhiệm vụ",
    details_label: "Nội dung chi tiết, sản phẩm",
    log_heading: "Tiến độ và minh chứng",
    log_kind: |kind| match kind {
        LogKind::Report => "Báo cáo tiến độ",
        LogKind::Evidence => "Minh chứng",
    },
    log_kind_label: "Loại",
    log_day_label: "Ngày",
    log_text_label: "Nội dung (hoặc số, ký hiệu văn bản)",
    log_add: "Thêm vào tiến độ",
    due_before_plan: |day| {
        format!(
            "Lưu ý: thời hạn sớm hơn ngày ban hành kế hoạch ({}). Hãy kiểm tra lại nếu nhập nhầm.",
            date(day)
        )
    },
};

fn standing(standing: Standing) -> String {
    match standing {
        Standing::NotStarted => "Chưa thực hiện".to_owned(),
        Standing::InProgress => "Đang thực hiện".to_owned(),
        Standing::DueSoon { days: 0 } => "Đến hạn hôm nay".to_owned(),
        Standing::DueSoon { days } => format!("Sắp đến hạn (còn {days} ngày)"),
        Standing::Overdue { days } => format!("Quá hạn {days} ngày"),
        Standing::DoneOnTime => "Hoàn thành đúng hạn".to_owned(),
        Standing::DoneLate { days } => format!("Hoàn thành quá hạn {days} ngày"),
        Standing::Paused => "Tạm dừng".to_owned(),
    }
}

fn deadline(deadline: &Deadline, next: Option<NaiveDate>) -> String {
    match deadline {
        Deadline::None => "Không có thời hạn".to_owned(),
        Deadline::By { day } => format!("Trước ngày {}", date(*day)),
        Deadline::Month { year, month } => format!("Tháng {month}/{year}"),
        Deadline::Quarter { year, quarter } => format!("Quý {}/{year}", roman(*quarter)),
        Deadline::Year { year } => format!("Năm {year}"),
        Deadline::Recurring {
            every: e,
            first,
            years,
        } => {
            let every = every(*e);
            // With no first day the duty falls at each period's end: it says so, and until when.
            let through = match (first, years) {
                (Some(_), _) => String::new(),
                (None, Some(y)) if y.from == y.to => format!(" (hạn cuối mỗi kỳ, năm {})", y.from),
                (None, Some(y)) => format!(" (hạn cuối mỗi kỳ, {}–{})", y.from, y.to),
                (None, None) => " (hạn cuối mỗi kỳ)".to_owned(),
            };
            match next {
                Some(day) => format!("Định kỳ {every}{through}, kỳ tới {}", date(day)),
                None => format!("Định kỳ {every}{through}"),
            }
        }
    }
}

fn deadline_kind(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::By => "Trước một ngày",
        DeadlineKind::Month => "Trong tháng",
        DeadlineKind::Quarter => "Trong quý",
        DeadlineKind::Year => "Trong năm",
        DeadlineKind::Recurring => "Định kỳ",
        DeadlineKind::None => "Không có thời hạn",
    }
}

fn every(every: Every) -> &'static str {
    match every {
        Every::Month => "hằng tháng",
        Every::HalfYear => "6 tháng",
        Every::Year => "hằng năm",
        Every::Quarter => "hằng quý",
    }
}

fn status_name(status: StatusKind) -> &'static str {
    match status {
        StatusKind::InProgress => "Đang thực hiện",
        StatusKind::Done => "Đã hoàn thành",
        StatusKind::Paused => "Tạm dừng",
        StatusKind::NotStarted => "Chưa thực hiện",
    }
}
