//! Vietnamese: the first language of the interface (words from GLOSSARY.md, NFC).

use super::{number, Texts};
use crate::domain::text::{TextError, MAX_TITLE_CHARS};
use crate::store::{Problem, StoreError};
use crate::workspace::{CommandError, Field, Kind};

pub const TEXTS: Texts = Texts {
    app_title: "Sổ tay Cải cách",
    nav_plans: "Kế hoạch",
    nav_meetings: "Cuộc họp",
    nav_agencies: "Cơ quan",
    nav_settings: "Cài đặt",
    office_unset: "Chưa đặt tên cơ quan",
    save: "Lưu",
    cancel: "Hủy",
    rename: "Sửa tên",
    delete: "Xóa",
    undo: "Hoàn tác",
    dismiss: "Đóng",

    plans_heading: "Kế hoạch",
    plan_new_label: "Kế hoạch mới",
    plan_new_example: "Ví dụ: Kế hoạch số 511/KH-UBND ngày 31/7/2023",
    plan_add: "Thêm kế hoạch",
    plans_empty: "Chưa có kế hoạch nào. Nhập tên kế hoạch ở trên để bắt đầu.",
    plan_back: "← Danh sách kế hoạch",
    plan_delete: "Xóa kế hoạch",
    plan_missing: "Không tìm thấy kế hoạch này; có thể nó đã bị xóa.",
    progress: |done, total| match total {
        0 => "Chưa có nhiệm vụ".to_owned(),
        _ => format!("Đã hoàn thành {done:02}/{total:02} nhiệm vụ"),
    },

    tasks_heading: "Nhiệm vụ",
    task_new_label: "Nhiệm vụ mới",
    task_new_example: "Ví dụ: Rà soát, đơn giản hóa thủ tục hành chính",
    task_lead_label: "Cơ quan chủ trì",
    task_add: "Thêm nhiệm vụ",
    tasks_empty: "Kế hoạch này chưa có nhiệm vụ nào.",
    task_done_label: "Đã hoàn thành",
    status_not_started: "Chưa thực hiện",
    status_in_progress: "Đang thực hiện",
    status_done_on: |day| format!("Đã hoàn thành ngày {day}"),
    status_paused: "Tạm dừng",
    deleted: |kind, name| format!("Đã xóa {} «{name}».", kind_name(kind)),

    meetings_heading: "Cuộc họp",
    meetings_empty:
        "Chưa có cuộc họp nào. Phần ghi kết luận cuộc họp và theo dõi nhiệm vụ được giao \
                     sẽ có ở phiên bản tới.",

    agencies_heading: "Cơ quan",
    agencies_intro:
        "Danh sách cơ quan chủ trì và phối hợp. Sửa tên cho đúng với địa phương của bạn.",
    agency_filter_label: "Tìm cơ quan",
    agency_new_label: "Cơ quan mới",
    agency_new_example: "Ví dụ: Sở Y tế",
    agency_add: "Thêm cơ quan",
    agencies_none_match: "Không có cơ quan nào khớp với từ tìm kiếm.",

    settings_heading: "Cài đặt",
    office_name_label: "Tên cơ quan của bạn",
    office_name_example: "Ví dụ: Sở Nội vụ tỉnh Vĩnh Phúc",
    province_label: "Tỉnh, thành phố",
    language_label: "Ngôn ngữ",
    saved: "Đã lưu.",
    device_label: "Mã thiết bị này",
    storage_heading: "Lưu trữ",
    storage_browser: "Dữ liệu được lưu ngay trong trình duyệt này, trên máy này.",
    storage_memory_only: "Trình duyệt không cho lưu dữ liệu: mọi thay đổi sẽ mất khi đóng trang.",
    quarantine_list: |n| format!("{n} bản dữ liệu hỏng đang được cất riêng, không bị xóa."),

    kind_name,
    field_name: |field| match field {
        Field::AgencyName => "Tên cơ quan",
        Field::PlanTitle => "Tên kế hoạch",
        Field::TaskTitle => "Tên nhiệm vụ",
        Field::OfficeName => "Tên cơ quan của bạn",
        Field::Province => "Tỉnh, thành phố",
    },
    command_error,
    store_error,
    set_aside,
    key_name: |key| match key {
        "sotay/agencies" => "Cơ quan",
        "sotay/plans" => "Kế hoạch",
        "sotay/tasks" => "Nhiệm vụ",
        _ => "Thông tin chung",
    },
};

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Agency => "cơ quan",
        Kind::Plan => "kế hoạch",
        Kind::Task => "nhiệm vụ",
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
            error: TextError::TooLong { chars },
        } => format!(
            "{} quá dài ({} ký tự, tối đa {}). Hãy rút gọn lại.",
            (TEXTS.field_name)(*field),
            number(*chars, '.'),
            number(MAX_TITLE_CHARS, '.')
        ),
        CommandError::NotFound { kind, .. } => {
            format!(
                "Không tìm thấy {} này; có thể nó vừa bị xóa ở nơi khác.",
                kind_name(*kind)
            )
        }
        CommandError::LeadRequired => {
            "Hãy chọn cơ quan chủ trì: mỗi nhiệm vụ có đúng một cơ quan chủ trì.".to_owned()
        }
        CommandError::AgencyExists { name } => format!("Cơ quan «{name}» đã có trong danh sách."),
        CommandError::AgencyInUse { tasks } => format!(
            "Chưa xóa được: cơ quan này đang chủ trì {tasks} nhiệm vụ. \
             Hãy giao các nhiệm vụ đó cho cơ quan khác hoặc xóa chúng trước."
        ),
        CommandError::IdTaken { .. } => {
            "Không tạo được mã mới cho bản ghi. Hãy thử lại.".to_owned()
        }
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "Trình duyệt không cho trang này lưu dữ liệu (cửa sổ ẩn danh, chính sách \
             của máy, hoặc trang mở từ tệp). Mọi thay đổi chỉ nằm trên màn hình và sẽ mất khi đóng trang: hãy mở \
             ứng dụng bằng địa chỉ web."
            .to_owned(),
        StoreError::QuotaExceeded => "Bộ nhớ của trình duyệt đã đầy: thay đổi mới nhất chưa được lưu. Dữ liệu đã \
             lưu trước đó vẫn còn nguyên; ứng dụng sẽ thử lưu lại ở lần sửa tiếp theo."
            .to_owned(),
        StoreError::Other(why) => format!(
            "Chưa lưu được thay đổi ({why}). Dữ liệu vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại ở lần sửa tiếp theo."
        ),
    }
}

fn set_aside(kind: &str, problem: &Problem, kept_at: Option<&str>) -> String {
    let what = match problem {
        Problem::Unreadable(_) => format!("Dữ liệu «{kind}» trong trình duyệt bị hỏng nên không mở được."),
        Problem::DuplicateId(id) => format!("Dữ liệu «{kind}» có hai bản ghi trùng mã {id} nên không mở được."),
        Problem::NewerSchema(n) => {
            return format!(
                "Dữ liệu trong trình duyệt này do một phiên bản mới hơn của ứng dụng tạo ra (lược đồ {n}). \
                 Phiên bản này không đọc và không ghi đè lên dữ liệu đó: hãy mở phiên bản mới nhất."
            )
        }
    };
    match kept_at {
        Some(key) => format!("{what} Bản gốc được cất riêng, không bị xóa (khóa {key}); các dữ liệu khác vẫn mở bình thường."),
        None => format!("{what} Không còn chỗ để cất riêng bản gốc, nên ứng dụng sẽ không ghi đè lên nó."),
    }
}
