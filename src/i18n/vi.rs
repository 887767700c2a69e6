//! Vietnamese: the first language of the interface (words from GLOSSARY.md, NFC).

use super::{date, number, Texts};
use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::indicator::AmountError;
use crate::domain::legal_ref::{RefError, RefWarning};
use crate::domain::text::TextError;
use crate::domain::{roman, Deadline, Direction, Indicator, LogKind, PlanKind, Standing};
use crate::store::StoreError;
use crate::workspace::{every_code, DeadlineFormError, StandingFilter};
use crate::workspace::{CommandError, Field, Kind};
use chrono::NaiveDate;

pub const TEXTS: Texts = Texts {
    app_title: "Sổ tay Cải cách",
    nav_plans: "Kế hoạch",
    nav_meetings: "Cuộc họp",
    nav_agencies: "Cơ quan",
    nav_exchange: "Trao đổi",
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
        _ => format!("Đã hoàn thành {done}/{total} nhiệm vụ"),
    },

    tasks_heading: "Nhiệm vụ",
    task_new_label: "Nhiệm vụ mới",
    task_new_example: "Ví dụ: Rà soát, đơn giản hóa thủ tục hành chính",
    task_lead_label: "Cơ quan chủ trì",
    unled: "Chưa giao cơ quan chủ trì",
    task_add: "Thêm nhiệm vụ",
    tasks_empty: "Kế hoạch này chưa có nhiệm vụ nào.",
    task_done_label: "Đã hoàn thành",
    status_not_started: "Chưa thực hiện",
    status_in_progress: "Đang thực hiện",
    status_done_on: |day| format!("Đã hoàn thành ngày {day}"),
    status_paused: "Tạm dừng",
    deleted: |kind, name| format!("Đã xóa {} «{name}».", kind_name(kind)),

    meetings_heading: "Cuộc họp",
    meetings_empty: "Chưa có cuộc họp nào. Đặt tên cuộc họp ở trên để bắt đầu ghi nội dung báo cáo, kết luận và nhiệm vụ được giao.",
    meeting: super::meeting::vi::TEXTS,
    exchange: super::exchange::vi::TEXTS,
    storage: super::storage::vi::TEXTS,
    import_error: super::import_errors::vi,

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

    nav_overview: "Tổng quan",
    nav_find: "Tìm kiếm",
    edit: "Sửa",
    move_up: "Chuyển lên",
    move_down: "Chuyển xuống",
    clock_banner: |day| format!("Ngày giả lập (để kiểm thử): hôm nay được tính là {}.", date(day)),
    standing,
    deadline,
    figure_done: "nhiệm vụ đã hoàn thành",
    figure_overdue: "quá hạn",
    figure_due_soon: "đến hạn trong 7 ngày",
    figure_due_later: "đến hạn trong 30 ngày",
    figure_in_progress: "đang thực hiện",
    figure_done_late: "hoàn thành quá hạn",
    overview_heading: "Tổng quan",
    overview_empty: "Chưa có kế hoạch nào. Hãy thêm kế hoạch đầu tiên, hoặc mở dữ liệu ví dụ để xem ứng dụng khi đã có đủ thông tin.",
    overview_start: "Thêm kế hoạch",
    example_load: "Mở dữ liệu ví dụ",
    example_remove: "Xóa dữ liệu ví dụ",
    example_heading: "Dữ liệu ví dụ",
    example_intro: "Một kế hoạch mẫu có nội dung, nhiệm vụ ở mọi trạng thái và chỉ tiêu, để làm quen với ứng dụng. Xóa bằng một nút, không ảnh hưởng dữ liệu của bạn.",
    attention_heading: "Cần chú ý",
    attention_none: "Không có nhiệm vụ nào quá hạn hay đến hạn trong 7 ngày tới.",
    agency_table_heading: "Theo cơ quan chủ trì",
    col_agency: "Cơ quan",
    col_led: "Chủ trì",
    col_on_time: "Hoàn thành đúng hạn",
    col_late: "Hoàn thành quá hạn",
    col_overdue: "Quá hạn",
    col_in_progress: "Đang thực hiện",
    col_coordinating: "Phối hợp",
    deadline_label: "Thời hạn",
    deadline_kind,
    deadline_first: "Kỳ đầu tiên (ngày/tháng/năm)",
    deadline_first_hint: "Để trống nếu văn bản không nói: hạn là ngày cuối mỗi kỳ, trong những năm của kế hoạch.",
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
    task_missing: "Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.",
    task_delete: "Xóa nhiệm vụ",
    status_label: "Tình trạng",
    status_name,
    done_on_label: "Ngày hoàn thành",
    status_save: "Cập nhật tình trạng",
    day_error,
    deadline_error: deadline_form_error,
    task_edit_heading: "Thông tin nhiệm vụ",
    task_title_label: "Tên nhiệm vụ",
    task_details_label: "Nội dung chi tiết, sản phẩm",
    group_label: "Thuộc nội dung",
    no_group: "(không thuộc nội dung nào)",
    log_heading: "Tiến độ và minh chứng",
    log_kind: |kind| match kind {
        LogKind::Report => "Báo cáo tiến độ",
        LogKind::Evidence => "Minh chứng",
    },
    log_kind_label: "Loại",
    log_day_label: "Ngày",
    log_text_label: "Nội dung (hoặc số, ký hiệu văn bản)",
    log_add: "Thêm vào tiến độ",
    plan_edit: "Sửa thông tin",
    plan_duplicate: "Nhân bản cho năm sau",
    plan_kind,
    plan_title_label: "Tên kế hoạch",
    plan_kind_label: "Loại văn bản",
    plan_reference_label: "Số, ký hiệu, ngày ban hành",
    plan_reference_hint: "Ví dụ: Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh; văn bản không có số thì ghi tên: Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
    reference_read: |line, r| {
        let mut parts = Vec::new();
        if !r.doc_type.is_empty() {
            parts.push(r.doc_type.clone());
        }
        match r.number.is_empty() {
            true => parts.push("không số".to_owned()),
            false => parts.push(format!("số {}", r.short_code())),
        }
        if !r.name.is_empty() {
            parts.push(format!("tên: {}", r.name));
        }
        if let Some(day) = r.date {
            parts.push(format!("ngày {}", crate::domain::dates::short(day)));
        }
        if !r.issuer.is_empty() {
            parts.push(format!("của {}", r.issuer));
        }
        if !r.summary.is_empty() {
            parts.push(format!("trích yếu: {}", r.summary));
        }
        format!("Dòng {line}: {}", parts.join(" · "))
    },
    reference_warning: |w| match w {
        RefWarning::OddSymbol { symbol, meant: Some(meant) } => format!("ký hiệu lạ: {symbol} — có phải {meant}?"),
        RefWarning::OddSymbol { symbol, meant: None } => format!("ký hiệu lạ: {symbol}"),
    },
    reference_refused: |line, e| format!("Dòng {line} chưa đọc được, chưa lưu: {}", reference_error(e)),
    saved_but_refused: |n| format!("Đã lưu. Còn {n} dòng văn bản chưa đọc được nên chưa lưu: xem dòng đánh dấu ở trên, sửa rồi bấm Lưu lần nữa."),
    plan_bases_heading: "Căn cứ",
    plan_bases_label: "Căn cứ, văn bản thực hiện (mỗi dòng một văn bản)",
    plan_bases_hint: "Ví dụ: Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền",
    plan_agencies_label: "Cơ quan liên quan",
    plan_agencies_add: "Thêm cơ quan liên quan",
    plan_issuer_label: "Cơ quan ban hành",
    plan_from_label: "Từ năm",
    plan_to_label: "Đến năm",
    plan_summary_label: "Trích yếu",
    group_new_label: "Nội dung mới",
    group_new_example: "Ví dụ: Cải cách thủ tục hành chính",
    group_add: "Thêm nội dung",
    indicators_heading: "Chỉ tiêu",
    indicators_empty: "Kế hoạch này chưa có chỉ tiêu nào.",
    indicator_add: "Thêm chỉ tiêu",
    indicator_line,
    indicator_name_label: "Tên chỉ tiêu",
    indicator_direction_label: "Hướng",
    direction_reduce: "Giảm",
    direction_increase: "Tăng, đạt",
    indicator_unit_label: "Đơn vị tính",
    indicator_baseline_label: "Số liệu ban đầu",
    indicator_target_label: "Chỉ tiêu cần đạt",
    indicator_achieved_label: "Đã đạt",
    indicator_hint: "Có số liệu ban đầu: nhập giá trị cần đạt (500 → 419). Không có: nhập số lượng cần giảm hoặc tăng (giảm 81). Số viết 1.875 hoặc 72,5.",
    agencies_back: "← Danh sách cơ quan",
    agency_leads: "Nhiệm vụ chủ trì",
    agency_coordinates: "Nhiệm vụ phối hợp",
    none_found: "Không có nhiệm vụ nào.",
    find_heading: "Tìm kiếm nhiệm vụ, cuộc họp",
    find_text_label: "Từ khóa (gõ có dấu hay không dấu đều được)",
    find_text_example: "Ví dụ: phan cap, qd 2866",
    filters_label: "Lọc theo cơ quan, tình trạng, kế hoạch, thời hạn",
    filter_agency: "Cơ quan",
    filter_any: "Tất cả",
    filter_role: "Vai trò",
    role_either: "Chủ trì hoặc phối hợp",
    role_lead: "Chủ trì",
    role_coordinating: "Phối hợp",
    filter_standing: "Tình trạng",
    standing_filter,
    filter_plan: "Kế hoạch",
    filter_due_from: "Hạn từ ngày",
    filter_due_to: "Đến ngày",
    filters_clear: "Bỏ lọc",
    found: |n| format!("Tìm thấy {} nhiệm vụ.", number(n, '.')),
    show_more: |n| format!("Hiện thêm {} nhiệm vụ", number(n, '.')),
    show_all: |n| format!("Hiện tất cả {} nhiệm vụ", number(n, '.')),
    overdue_count: |n| format!("{n} nhiệm vụ quá hạn"),
    due_before_plan: |day| format!("Lưu ý: thời hạn sớm hơn ngày ban hành kế hoạch ({}). Hãy kiểm tra lại nếu nhập nhầm.", date(day)),

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
            let every = every(every_code(*e));
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

fn deadline_kind(code: &str) -> &'static str {
    match code {
        "by" => "Trước một ngày",
        "month" => "Trong tháng",
        "quarter" => "Trong quý",
        "year" => "Trong năm",
        "recurring" => "Định kỳ",
        _ => "Không có thời hạn",
    }
}

fn every(code: &str) -> &'static str {
    match code {
        "month" => "hằng tháng",
        "half_year" => "6 tháng",
        "year" => "hằng năm",
        _ => "hằng quý",
    }
}

fn status_name(code: &str) -> &'static str {
    match code {
        "in_progress" => "Đang thực hiện",
        "done" => "Đã hoàn thành",
        "paused" => "Tạm dừng",
        _ => "Chưa thực hiện",
    }
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

fn deadline_form_error(error: &DeadlineFormError) -> String {
    match error {
        DeadlineFormError::Day(e) => day_error(e),
        DeadlineFormError::Year => {
            "Năm của thời hạn không hợp lệ: hãy nhập năm bằng 4 chữ số, ví dụ 2026.".to_owned()
        }
        DeadlineFormError::Month => "Tháng của thời hạn phải từ 1 đến 12.".to_owned(),
        DeadlineFormError::Quarter => "Quý của thời hạn phải từ 1 đến 4.".to_owned(),
    }
}

fn deadline_error(error: &DeadlineError) -> String {
    match error {
        DeadlineError::MonthOutOfRange => "Tháng của thời hạn phải từ 1 đến 12.".to_owned(),
        DeadlineError::QuarterOutOfRange => "Quý của thời hạn phải từ 1 đến 4.".to_owned(),
        DeadlineError::YearOutOfRange => {
            "Năm của thời hạn không hợp lệ: hãy nhập năm bằng 4 chữ số.".to_owned()
        }
    }
}

fn reference_error(error: &RefError) -> String {
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

fn plan_kind(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Plan => "Kế hoạch",
        PlanKind::Programme => "Chương trình",
        PlanKind::Scheme => "Đề án",
        PlanKind::Decision => "Quyết định",
        PlanKind::Other => "Văn bản khác",
    }
}

fn indicator_line(i: &Indicator) -> String {
    let unit = if i.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", i.unit)
    };
    // "Chỉ tiêu 11 nhiệm vụ; đã đạt 7 (64%)": the unit is said once, with the target.
    let target = match (i.baseline, i.direction) {
        (Some(base), Direction::Reduce) => format!("giảm từ {base} xuống {}{unit}", i.target),
        (Some(base), Direction::Increase) => format!("tăng từ {base} lên {}{unit}", i.target),
        (None, Direction::Reduce) => format!("giảm {}{unit}", i.target),
        (None, Direction::Increase) => format!("{}{unit}", i.target),
    };
    let achieved = match (i.achieved, i.percent()) {
        (Some(a), Some(p)) => format!("đã đạt {a} ({p}%)"),
        (Some(a), None) => format!("đã đạt {a}"),
        (None, _) => "chưa có số liệu".to_owned(),
    };
    format!("{}: chỉ tiêu {target}; {achieved}", i.name)
}

fn standing_filter(filter: StandingFilter) -> &'static str {
    match filter {
        StandingFilter::Open => "Chưa xong (trừ tạm dừng)",
        StandingFilter::NotStarted => "Chưa thực hiện",
        StandingFilter::InProgress => "Đang thực hiện",
        StandingFilter::DueSoon => "Sắp đến hạn (7 ngày)",
        StandingFilter::Overdue => "Quá hạn",
        StandingFilter::Done => "Đã hoàn thành",
        StandingFilter::DoneOnTime => "Hoàn thành đúng hạn",
        StandingFilter::DoneLate => "Hoàn thành quá hạn",
        StandingFilter::Paused => "Tạm dừng",
    }
}
