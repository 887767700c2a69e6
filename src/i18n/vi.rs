//! Vietnamese: the first language of the interface (words from GLOSSARY.md, NFC).

use super::{number, Texts};
use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::indicator::AmountError;
use crate::domain::legal_ref::RefError;
use crate::domain::text::TextError;
use crate::store::StoreError;
use crate::workspace::{CommandError, Field, Kind, SnapshotError};

pub const TEXTS: Texts = Texts {
    save: "Lưu",
    cancel: "Hủy",
    rename: "Sửa tên",
    delete: "Xóa",
    undo: "Hoàn tác",
    dismiss: "Đóng",
    unled: "Chưa giao cơ quan chủ trì",
    deleted: |kind, name| format!("Đã xóa {} «{name}».", kind_name(kind)),
    import_error: super::import_errors::vi,
    edit: "Sửa",
    move_up: "Chuyển lên",
    move_down: "Chuyển xuống",
    day_error,
    deadline_error,
    show_more: |n| format!("Hiện thêm {} nhiệm vụ", number(n, '.')),
    show_all: |n| format!("Hiện tất cả {} nhiệm vụ", number(n, '.')),
    overdue_count: |n| format!("{n} nhiệm vụ quá hạn"),
    kind_name,
    field_name: |field| match field {
        Field::AgencyName => "Tên cơ quan",
        Field::PlanTitle => "Tên kế hoạch",
        Field::TaskTitle => "Tên nhiệm vụ",
        Field::OfficeName => "Tên cơ quan của bạn",
        Field::Province => "Tỉnh, thành phố",
        Field::GroupTitle => "Tên nội dung",
        Field::Summary => "Trích yếu",
        Field::Issuer => "Cơ quan ban hành",
        Field::Details => "Nội dung chi tiết",
        Field::LogText => "Nội dung báo cáo",
        Field::IndicatorName => "Tên chỉ tiêu",
        Field::Unit => "Đơn vị tính",
        Field::Baseline => "Số liệu ban đầu",
        Field::Target => "Chỉ tiêu cần đạt",
        Field::Achieved => "Kết quả đạt được",
        Field::MeetingTitle => "Tên cuộc họp",
        Field::Place => "Địa điểm",
        Field::Chairs => "Chủ trì",
        Field::Attendees => "Thành phần tham dự",
        Field::Series => "Chuỗi cuộc họp",
        Field::NoticeNumber => "Số thông báo",
        Field::Signer => "Người ký",
        Field::Recipients => "Nơi nhận",
        Field::ItemText => "Nội dung báo cáo",
        Field::ConclusionText => "Ý kiến kết luận",
        Field::Figures => "Số liệu báo cáo",
    },
    command_error,
    store_error,
    set_aside,
    newer_schema,
    key_name: |key| match key {
        "agencies" => "Cơ quan",
        "plans" => "Kế hoạch",
        "tasks" => "Nhiệm vụ",
        "groups" => "Nội dung",
        "indicators" => "Chỉ tiêu",
        "meetings" => "Cuộc họp",
        "items" => "Nội dung báo cáo",
        "conclusions" => "Kết luận",
        _ => "Thông tin chung",
    },

    meeting: super::meeting::vi::TEXTS,
    exchange: super::exchange::vi::TEXTS,
    storage: super::storage::vi::TEXTS,
    shell: super::shell::vi::TEXTS,
    plan: super::plan::vi::TEXTS,
    task: super::task::vi::TEXTS,
    find: super::find::vi::TEXTS,
    overview: super::overview::vi::TEXTS,
    agencies: super::agencies::vi::TEXTS,
    settings: super::settings::vi::TEXTS,
    intake: super::intake::vi::TEXTS,
    files: super::files::vi::TEXTS,
};

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Agency => "cơ quan",
        Kind::Plan => "kế hoạch",
        Kind::Task => "nhiệm vụ",
        Kind::Group => "nội dung",
        Kind::Indicator => "chỉ tiêu",
        Kind::Meeting => "cuộc họp",
        Kind::Item => "nội dung báo cáo",
        Kind::Conclusion => "kết luận",
    }
}

fn command_error(error: &CommandError) -> String {
    match error {
        CommandError::Text {
            field,
            error: TextError::Empty,
        } => {
            format!("{} không được để trống.", (TEXTS.field_name)(*field))
        }
        CommandError::Text {
            field,
            error: TextError::TooLong { chars, max },
        } => format!(
            "{} quá dài ({} ký tự, tối đa {}). Hãy rút gọn lại.",
            (TEXTS.field_name)(*field),
            number(*chars, '.'),
            number(*max, '.')
        ),
        CommandError::NotFound { kind, .. } => {
            format!(
                "Không tìm thấy {} này; có thể nó vừa bị xóa ở nơi khác.",
                kind_name(*kind)
            )
        }
        CommandError::AgencyExists { name } => format!("Cơ quan «{name}» đã có trong danh sách."),
        CommandError::AgencyInUse { tasks } => format!(
            "Chưa xóa được: cơ quan này đang chủ trì {tasks} nhiệm vụ. \
             Hãy giao các nhiệm vụ đó cho cơ quan khác hoặc xóa chúng trước."
        ),
        CommandError::Reference(error) => reference_error(error),
        CommandError::Period => "Năm không hợp lệ: hãy nhập năm bằng 4 chữ số (ví dụ 2026), năm kết thúc không trước năm bắt đầu.".to_owned(),
        CommandError::Amount { field, error } => amount_error((TEXTS.field_name)(*field), error),
        CommandError::Deadline(error) => deadline_error(error),
        CommandError::GroupNotEmpty { tasks } => format!(
            "Chưa xóa được: nội dung này còn {tasks} nhiệm vụ. Hãy chuyển các nhiệm vụ sang nội dung khác hoặc xóa chúng trước."
        ),
        CommandError::GroupOfAnotherPlan => "Nội dung này thuộc kế hoạch khác.".to_owned(),
        CommandError::FutureDay => "Ngày báo cáo không được sau ngày hôm nay.".to_owned(),
        CommandError::IdTaken { .. } => {
            "Không tạo được mã mới cho bản ghi. Hãy thử lại.".to_owned()
        }
        CommandError::Day(error) => day_error(error),
        CommandError::Time => "Giờ không hợp lệ: hãy nhập như 8:00, 8h30 hoặc 14:00.".to_owned(),
        CommandError::Sites => "Số điểm cầu phải là một số, ví dụ 9.".to_owned(),
        CommandError::NoList => "Nhiệm vụ của kế hoạch phải nằm trong một kế hoạch: hãy chọn kế hoạch khác thay vì bỏ trống.".to_owned(),
        CommandError::Snapshot(SnapshotError::RepeatedId { kind, id }) => format!(
            "Không khôi phục được: bản lưu có hai {} cùng mã {id}, có thể đã bị hỏng. Dữ liệu hiện tại giữ nguyên.",
            kind_name(*kind)
        ),
        CommandError::NoLead => "Việc giao của cuộc họp cần một cơ quan chủ trì: hãy chọn cơ quan chủ trì.".to_owned(),
        CommandError::InTask { number, error } => format!(
            "Nhiệm vụ thứ {number}: {} Chưa tạo gì cả.",
            command_error(error)
        ),
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "Trình duyệt không cho trang này lưu dữ liệu (cửa sổ ẩn danh, chính sách \
             của máy, hoặc trang mở từ tệp). Mọi thay đổi chỉ nằm trên màn hình và sẽ mất khi đóng trang: hãy mở \
             ứng dụng bằng địa chỉ web, hoặc tải về toàn bộ dữ liệu trước khi đóng."
            .to_owned(),
        StoreError::QuotaExceeded => "Bộ nhớ của trình duyệt đã đầy: những thay đổi mới nhất chưa được lưu vào đó. Dữ \
             liệu đã lưu trước đó vẫn còn nguyên; ứng dụng vẫn làm việc bình thường và cứ vài giây lại thử lưu. Hãy tải \
             về toàn bộ dữ liệu ngay cho chắc chắn, rồi giải phóng bộ nhớ (xóa dữ liệu của các trang web khác trong phần \
             cài đặt của trình duyệt)."
            .to_owned(),
        StoreError::Other(why) => format!(
            "Chưa lưu được thay đổi ({why}). Dữ liệu vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại ở lần sửa tiếp theo."
        ),
    }
}

fn set_aside(kind: &str, duplicate: bool, kept_at: Option<&str>, recovered: bool) -> String {
    let what = match duplicate {
        false => format!("Dữ liệu «{kind}» lưu trong trình duyệt bị hỏng nên không mở được."),
        true => format!(
            "Dữ liệu «{kind}» lưu trong trình duyệt có hai bản ghi trùng mã nên không mở được."
        ),
    };
    let back = match recovered {
        true => " Đã khôi phục đầy đủ các bản ghi ấy từ bản lưu dự phòng của trình duyệt (IndexedDB), như ở lần lưu gần nhất.",
        false => " Bản lưu dự phòng của trình duyệt không có bản tốt của phần này: các bản ghi trong đó chưa mở được; có thể khôi phục từ một bản sao lưu tự động ở mục «Lưu trữ» của Cài đặt, hoặc nhập lại tệp đã xuất.",
    };
    let kept = match kept_at {
        Some(key) => format!(" Bản hỏng được cất riêng, không bị xóa (khóa {key}); các dữ liệu khác vẫn mở bình thường."),
        None => " Không còn chỗ để cất riêng bản hỏng, nên ứng dụng sẽ không ghi đè lên nó.".to_owned(),
    };
    format!("{what}{back}{kept}")
}

fn newer_schema(n: u32) -> String {
    format!(
        "Dữ liệu trong trình duyệt này do một phiên bản mới hơn của ứng dụng tạo ra (lược đồ {n}). \
         Phiên bản này không đọc và không ghi đè lên dữ liệu đó: hãy mở phiên bản mới nhất."
    )
}

fn day_error(error: &DayError) -> String {
    match error {
        DayError::Empty => "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/4/2024.".to_owned(),
        DayError::NotADate => {
            "Không đọc được ngày: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/4/2024.".to_owned()
        }
        DayError::Impossible { day, month, year } => {
            format!(
                "Ngày {day}/{month}/{year} không có trong lịch. Hãy kiểm tra lại ngày và tháng."
            )
        }
        DayError::YearOutOfRange { year } => {
            format!("Năm {year} không hợp lệ: hãy nhập năm bằng 4 chữ số.")
        }
    }
}

fn deadline_error(error: &DeadlineError) -> String {
    match error {
        DeadlineError::Day(e) => day_error(e),
        DeadlineError::YearOutOfRange => {
            "Năm của thời hạn không hợp lệ: hãy nhập năm bằng 4 chữ số, ví dụ 2026.".to_owned()
        }
        DeadlineError::MonthOutOfRange => "Tháng của thời hạn phải từ 1 đến 12.".to_owned(),
        DeadlineError::QuarterOutOfRange => "Quý của thời hạn phải từ 1 đến 4.".to_owned(),
    }
}

/// Also the plan page's, for a references box's line that cannot be read.
pub(super) fn reference_error(error: &RefError) -> String {
    match error {
        RefError::Empty => "Hãy nhập số, ký hiệu của văn bản.".to_owned(),
        RefError::NoNumber => "Không đọc được số hiệu văn bản. Hãy nhập theo dạng: Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh (để trống nếu chưa có).".to_owned(),
        RefError::Date(e) => format!("Ngày ban hành văn bản: {}", day_error(e)),
        RefError::TooLong => "Số, ký hiệu văn bản quá dài: chỉ nhập số, ký hiệu, ngày và cơ quan ban hành.".to_owned(),
    }
}

fn amount_error(field: &str, error: &AmountError) -> String {
    match error {
        AmountError::Empty => format!("{field} không được để trống."),
        AmountError::NotANumber => format!("{field} phải là một số, ví dụ 81, 1.875 hoặc 72,5."),
        AmountError::TooLarge => format!("{field} quá lớn."),
    }
}
