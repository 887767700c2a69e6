//! The names of records' fields and of a bundle's parts, as the forms and documents call them,
//! in each language: what the preview and the import's messages show instead of a key.

use super::Lang;
use crate::workspace::Kind;

/// The name of field `field` of a record of `kind` ("deleted" included); `None` for a field
/// this version does not know (a newer version's).
pub fn field(lang: Lang, kind: Kind, field: &str) -> Option<&'static str> {
    match lang {
        Lang::Vi => vi(kind, field),
        Lang::En => en(kind, field),
    }
}

/// A place in a bundle as a person reads it: `body.position` of a task is "Thứ tự", `writes`
/// is "lịch sử sửa", `sender.device` is "nơi gửi › mã máy". An unknown key is quoted.
pub fn path(lang: Lang, kind: Option<Kind>, path: &str) -> String {
    let mut parts = path.split('.').filter(|p| !p.is_empty());
    let Some(first) = parts.next() else {
        return String::new();
    };
    let mut out: Vec<String> = Vec::new();
    match (first, kind) {
        ("body", Some(kind)) => match parts.next() {
            Some(name) => out.push(named(lang, field(lang, kind, name), name)),
            None => out.push(part(lang, "body").unwrap_or("body").to_owned()),
        },
        (name, _) => out.push(named(lang, part(lang, name), name)),
    }
    out.extend(parts.map(|p| named(lang, part(lang, p), p)));
    out.join(" › ")
}

fn named(lang: Lang, known: Option<&'static str>, raw: &str) -> String {
    match (known, lang) {
        (Some(name), _) => name.to_owned(),
        (None, Lang::Vi) => format!("trường lạ “{raw}”"),
        (None, Lang::En) => format!("unknown field “{raw}”"),
    }
}

/// The parts of a bundle's envelope and of a record beside its body.
fn part(lang: Lang, name: &str) -> Option<&'static str> {
    if let Some(kind) = Kind::from_key(name) {
        return Some((lang.texts().kind_name)(kind));
    }
    let vi = match name {
        "format" => "định dạng",
        "schema" => "số hiệu định dạng",
        "app_version" => "phiên bản ứng dụng",
        "exported_at" => "thời điểm xuất",
        "sender" => "nơi gửi",
        "office" => "cơ quan",
        "province" => "tỉnh",
        "device" => "mã máy",
        "scope" => "phạm vi",
        "counts" => "số bản ghi",
        "checksum" => "mã kiểm tra",
        "records" => "danh sách bản ghi",
        "id" => "mã bản ghi",
        "body" => "nội dung bản ghi",
        "deleted" => "đánh dấu xóa",
        "writes" => "lịch sử sửa",
        "rivals" => "giá trị xung đột",
        "seen" => "phiên bản",
        "at" => "thời điểm sửa",
        "fields" => "các trường đã sửa",
        "version" => "phiên bản",
        "changed_at" => "thời điểm sửa",
        "name" => "tên",
        "kind" => "loại",
        "title" => "tên",
        _ => return None,
    };
    let en = match name {
        "format" => "format",
        "schema" => "format number",
        "app_version" => "app version",
        "exported_at" => "export time",
        "sender" => "sender",
        "office" => "office",
        "province" => "province",
        "device" => "device id",
        "scope" => "scope",
        "counts" => "record counts",
        "checksum" => "checksum",
        "records" => "records",
        "id" => "record id",
        "body" => "record body",
        "deleted" => "deletion mark",
        "writes" => "edit history",
        "rivals" => "conflicting values",
        "seen" => "version",
        "at" => "edit time",
        "fields" => "fields edited",
        "version" => "version",
        "changed_at" => "edit time",
        "name" => "name",
        "kind" => "kind",
        "title" => "title",
        _ => vi,
    };
    Some(match lang {
        Lang::Vi => vi,
        Lang::En => en,
    })
}

fn vi(kind: Kind, field: &str) -> Option<&'static str> {
    Some(match (kind, field) {
        (_, "deleted") => "Đã xóa",
        (Kind::Agency, "name") => "Tên cơ quan",
        (Kind::Agency, "merged_into") => "Đã gộp vào",
        (Kind::Plan, "title") => "Tên kế hoạch",
        (Kind::Plan, "kind") => "Loại văn bản",
        (Kind::Plan, "reference") => "Số, ký hiệu văn bản",
        (Kind::Plan, "summary") => "Trích yếu",
        (Kind::Plan, "issuer") => "Cơ quan ban hành",
        (Kind::Plan, "period") => "Thời gian thực hiện",
        (Kind::Plan, "bases") => "Căn cứ",
        (Kind::Plan, "agencies") => "Cơ quan liên quan",
        (Kind::Group, "title") => "Tên nội dung",
        (Kind::Task, "meeting") => "Cuộc họp giao",
        (Kind::Task, "group") => "Nội dung",
        (Kind::Task, "title") => "Tên nhiệm vụ",
        (Kind::Task, "details") => "Nội dung chi tiết",
        (Kind::Task, "lead") => "Cơ quan chủ trì",
        (Kind::Task, "coordinating") => "Cơ quan phối hợp",
        (Kind::Task, "deadline") => "Thời hạn",
        (Kind::Task, "on_request") => "Đột xuất khi có yêu cầu",
        (Kind::Task, "status") => "Tình trạng",
        (Kind::Task, "log") => "Báo cáo tiến độ, minh chứng",
        (Kind::Indicator, "name") => "Tên chỉ tiêu",
        (Kind::Indicator, "unit") => "Đơn vị tính",
        (Kind::Indicator, "direction") => "Tăng hay giảm",
        (Kind::Indicator, "baseline") => "Giá trị ban đầu",
        (Kind::Indicator, "target") => "Mục tiêu",
        (Kind::Indicator, "achieved") => "Đã đạt",
        (Kind::Meeting, "kind") => "Loại cuộc họp",
        (Kind::Meeting, "title") => "Tên cuộc họp",
        (Kind::Meeting, "day") => "Ngày họp",
        (Kind::Meeting, "time") => "Giờ họp",
        (Kind::Meeting, "place") => "Địa điểm",
        (Kind::Meeting, "form") => "Hình thức",
        (Kind::Meeting, "sites") => "Số điểm cầu",
        (Kind::Meeting, "chairs") => "Chủ trì",
        (Kind::Meeting, "agencies") => "Cơ quan dự họp",
        (Kind::Meeting, "attendees") => "Thành phần tham dự khác",
        (Kind::Meeting, "references") => "Văn bản liên quan",
        (Kind::Meeting, "source") => "Văn bản nhập từ",
        (Kind::Meeting, "figures") => "Số liệu báo cáo",
        (Kind::Meeting, "part") => "Buổi",
        (Kind::Meeting, "series") => "Chuỗi cuộc họp",
        (Kind::Meeting, "notice") => "Thông báo kết luận",
        (Kind::Item, "agency") => "Cơ quan báo cáo",
        (Kind::Item, "text") => "Nội dung báo cáo",
        (Kind::Conclusion, "item") => "Nội dung báo cáo được kết luận",
        (Kind::Conclusion, "text") => "Nội dung kết luận",
        (_, "plan") => "Kế hoạch",
        (_, "meeting") => "Cuộc họp",
        (_, "position") => "Thứ tự",
        _ => return None,
    })
}

fn en(kind: Kind, field: &str) -> Option<&'static str> {
    Some(match (kind, field) {
        (_, "deleted") => "Deleted",
        (Kind::Agency, "name") => "Agency name",
        (Kind::Agency, "merged_into") => "Merged into",
        (Kind::Plan, "title") => "Plan title",
        (Kind::Plan, "kind") => "Document kind",
        (Kind::Plan, "reference") => "Document number",
        (Kind::Plan, "summary") => "Summary",
        (Kind::Plan, "issuer") => "Issued by",
        (Kind::Plan, "period") => "Years",
        (Kind::Plan, "bases") => "Basis documents",
        (Kind::Plan, "agencies") => "Agencies concerned",
        (Kind::Group, "title") => "Group title",
        (Kind::Task, "meeting") => "Assigned at",
        (Kind::Task, "group") => "Content group",
        (Kind::Task, "title") => "Task",
        (Kind::Task, "details") => "Details",
        (Kind::Task, "lead") => "Lead agency",
        (Kind::Task, "coordinating") => "Coordinating agencies",
        (Kind::Task, "deadline") => "Deadline",
        (Kind::Task, "on_request") => "Whenever requested",
        (Kind::Task, "status") => "Status",
        (Kind::Task, "log") => "Progress and evidence",
        (Kind::Indicator, "name") => "Indicator",
        (Kind::Indicator, "unit") => "Unit",
        (Kind::Indicator, "direction") => "Up or down",
        (Kind::Indicator, "baseline") => "Baseline",
        (Kind::Indicator, "target") => "Target",
        (Kind::Indicator, "achieved") => "Achieved",
        (Kind::Meeting, "kind") => "Meeting kind",
        (Kind::Meeting, "title") => "Meeting title",
        (Kind::Meeting, "day") => "Day",
        (Kind::Meeting, "time") => "Time",
        (Kind::Meeting, "place") => "Place",
        (Kind::Meeting, "form") => "Form",
        (Kind::Meeting, "sites") => "Connected sites",
        (Kind::Meeting, "chairs") => "Chairs",
        (Kind::Meeting, "agencies") => "Agencies attending",
        (Kind::Meeting, "attendees") => "Other attendees",
        (Kind::Meeting, "references") => "Documents",
        (Kind::Meeting, "source") => "Entered from",
        (Kind::Meeting, "figures") => "Figures reported",
        (Kind::Meeting, "part") => "Part of day",
        (Kind::Meeting, "series") => "Series",
        (Kind::Meeting, "notice") => "Conclusion notice",
        (Kind::Item, "agency") => "Reporting agency",
        (Kind::Item, "text") => "Report",
        (Kind::Conclusion, "item") => "Report concluded on",
        (Kind::Conclusion, "text") => "Conclusion",
        (_, "plan") => "Plan",
        (_, "meeting") => "Meeting",
        (_, "position") => "Order",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_kind_has_a_name_in_both_languages() {
        for kind in Kind::ALL {
            for name in kind.fields().iter().chain(["deleted"].iter()) {
                for lang in [Lang::Vi, Lang::En] {
                    assert!(
                        field(lang, kind, name).is_some(),
                        "{kind:?}.{name} in {lang:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_path_reads_as_words() {
        assert_eq!(path(Lang::Vi, Some(Kind::Task), "body.position"), "Thứ tự");
        assert_eq!(
            path(Lang::Vi, Some(Kind::Plan), "body.title"),
            "Tên kế hoạch"
        );
        assert_eq!(path(Lang::Vi, None, "sender.device"), "nơi gửi › mã máy");
        assert_eq!(
            path(Lang::Vi, Some(Kind::Task), "body.nguon"),
            "trường lạ “nguon”"
        );
        assert_eq!(
            path(Lang::Vi, None, "records.tasks"),
            "danh sách bản ghi › nhiệm vụ"
        );
    }
}
