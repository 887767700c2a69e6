//! Vietnamese texts of the plan pages.

use super::PlanTexts;
use crate::domain::legal_ref::RefWarning;
use crate::domain::Direction;
use crate::domain::Indicator;
use crate::domain::PlanKind;
use crate::i18n::vi::reference_error;
use crate::paste::{Role, RowKind};

pub const TEXTS: PlanTexts = PlanTexts {
    list_heading: "Kế hoạch",
    new_label: "Kế hoạch mới",
    new_example: "Ví dụ: Kế hoạch số 511/KH-UBND ngày 31/7/2023",
    add: "Thêm kế hoạch",
    list_empty: "Chưa có kế hoạch nào. Nhập tên kế hoạch ở trên để bắt đầu.",
    back: "← Danh sách kế hoạch",
    delete: "Xóa kế hoạch",
    missing: "Không tìm thấy kế hoạch này; có thể nó đã bị xóa.",
    progress: |done, total| match total {
        0 => "Chưa có nhiệm vụ".to_owned(),
        _ => format!("Đã hoàn thành {done}/{total} nhiệm vụ"),
    },
    tasks_heading: "Nhiệm vụ",
    task_new_label: "Nhiệm vụ mới",
    task_new_example: "Ví dụ: Rà soát, đơn giản hóa thủ tục hành chính",
    task_add: "Thêm nhiệm vụ",
    tasks_empty: "Kế hoạch này chưa có nhiệm vụ nào.",
    group_label: "Thuộc nội dung",
    no_group: "(không thuộc nội dung nào)",
    edit: "Sửa thông tin",
    duplicate: "Nhân bản cho năm sau",
    kind: plan_kind,
    title_label: "Tên kế hoạch",
    kind_label: "Loại văn bản",
    reference_label: "Số, ký hiệu, ngày ban hành",
    reference_hint: "Ví dụ: Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh; văn bản không có số thì ghi tên: Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
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
    bases_label: "Căn cứ, văn bản thực hiện (mỗi dòng một văn bản)",
    bases_heading: "Căn cứ",
    bases_hint: "Ví dụ: Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền",
    agencies_label: "Cơ quan liên quan",
    agencies_add: "Thêm cơ quan liên quan",
    issuer_label: "Cơ quan ban hành",
    from_label: "Từ năm",
    to_label: "Đến năm",
    summary_label: "Trích yếu",
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
    paste_open: "Dán bảng nhiệm vụ",
    paste_heading: "Dán bảng nhiệm vụ từ Excel hoặc Word",
    paste_hint: "Chọn các dòng của bảng trong Excel hoặc Word, bấm Ctrl+C, rồi dán vào ô dưới đây (Ctrl+V). Mỗi dòng là một nhiệm vụ, dòng chỉ có tên nội dung là một nhóm. Xem lại trước khi tạo: có thể đổi vai trò của từng cột và bỏ chọn từng dòng.",
    paste_area_label: "Bảng dán vào",
    paste_role: |role| match role {
        Role::Number => "STT",
        Role::Title => "Nội dung nhiệm vụ",
        Role::Lead => "Cơ quan chủ trì",
        Role::Partners => "Cơ quan phối hợp",
        Role::Deadline => "Thời hạn",
        Role::Note => "Ghi chú",
        Role::Skip => "Bỏ qua",
    },
    paste_column: |n, heading| match heading {
        "" => format!("Cột {n}"),
        heading => format!("Cột {n}: {heading}"),
    },
    paste_kind: |kind| match kind {
        RowKind::Group => "Nhóm",
        RowKind::Task => "Nhiệm vụ",
        RowKind::Heading | RowKind::Blank | RowKind::Skipped => "Bỏ qua",
    },
    paste_tick: |n| format!("Tạo nhiệm vụ ở dòng {n}"),
    paste_row: |n| format!("Dòng {n} là"),
    paste_new_agency: |name| format!("mới: {name}"),
    paste_unread: |raw| format!("không đọc được: {raw}"),
    paste_count: |tasks, groups, ticked| match groups {
        0 => format!("{tasks} nhiệm vụ, đã chọn {ticked}"),
        _ => format!("{tasks} nhiệm vụ trong {groups} nội dung, đã chọn {ticked}"),
    },
    paste_create: |n| format!("Tạo {n} nhiệm vụ"),
    paste_close: "Đóng",
    paste_nothing: "Chưa chọn nhiệm vụ nào để tạo.",
    paste_created: |tasks, agencies| match agencies {
        0 => format!("Đã tạo {tasks} nhiệm vụ từ bảng dán."),
        _ => format!("Đã tạo {tasks} nhiệm vụ và {agencies} cơ quan mới từ bảng dán."),
    },
    paste_document: |plan| format!("Bảng dán vào «{plan}»"),
};

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
