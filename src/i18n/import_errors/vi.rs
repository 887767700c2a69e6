//! Why a bundle was refused, in Vietnamese.

use super::{capital, mb};
use crate::bundle::{Expected, ImportError, Link, Problem, SCHEMA};
use crate::domain::check::{Rule, MAX_SITES};
use crate::domain::dates::YEARS;
use crate::i18n::fields::path;
use crate::i18n::format::number;
use crate::i18n::Lang;
use crate::workspace::Kind;

/// "nhiệm vụ «Rà soát thủ tục» (mã 4v8q…)", or without the name when it has none.
fn record_vi(kind: Kind, name: &str, id: &str) -> String {
    let kind = (Lang::Vi.texts().kind_name)(kind);
    match name {
        "" => format!("{kind} mã {id}"),
        name => format!("{kind} «{name}» (mã {id})"),
    }
}

fn expected_vi(e: Expected) -> &'static str {
    match e {
        Expected::Text => "chữ (một chuỗi ký tự)",
        Expected::Natural => "một số nguyên không âm",
        Expected::WholeNumber => "một số nguyên",
        Expected::Id => "một mã bản ghi (chữ thường không dấu, chữ số và dấu -)",
        Expected::Boolean => "đúng hoặc sai (true/false)",
        Expected::List => "một danh sách",
        Expected::Object => "một nhóm trường",
        Expected::Date => "một ngày dạng năm-tháng-ngày (2026-04-15)",
        Expected::Time => "một giờ dạng giờ:phút (08:30)",
        Expected::Other => "một giá trị của kiểu khác",
    }
}

fn problem_vi(p: &Problem) -> String {
    match p {
        Problem::Missing => "bị thiếu".to_owned(),
        Problem::Unknown => "không có trong định dạng này".to_owned(),
        Problem::Twice => "được ghi hai lần".to_owned(),
        Problem::WrongType(e) => format!("phải là {}", expected_vi(*e)),
        Problem::BadValue => "có giá trị không hợp lệ".to_owned(),
        Problem::Unstamped => "không kèm lần sửa nào đã ghi nó".to_owned(),
        Problem::MixedForms => "ghi phiên bản theo cả dạng cũ lẫn dạng mới".to_owned(),
    }
}

fn rule_vi(rule: Rule) -> String {
    let (from, to) = (YEARS.start(), YEARS.end());
    match rule {
        Rule::Required => "để trống".to_owned(),
        Rule::Control => {
            "có ký tự điều khiển (ký tự ẩn, hoặc xuống dòng ở trường một dòng)".to_owned()
        }
        Rule::TooLong { max } => format!("dài quá {} ký tự", number(max, '.')),
        Rule::Year => format!("có năm ngoài khoảng {from}–{to}"),
        Rule::Month => "có tháng ngoài khoảng 1–12".to_owned(),
        Rule::Quarter => "có quý ngoài khoảng I–IV".to_owned(),
        Rule::Period => "có năm kết thúc trước năm bắt đầu".to_owned(),
        Rule::Time => "có giây (biểu mẫu chỉ ghi giờ và phút)".to_owned(),
        Rule::Amount => "vượt quá mức tối đa 1.000 tỷ".to_owned(),
        Rule::Count => format!("vượt quá {}", number(MAX_SITES as usize, '.')),
        Rule::Repeated => "có một mục lặp lại".to_owned(),
        Rule::NoList => "trống: nhiệm vụ không thuộc kế hoạch hay cuộc họp nào".to_owned(),
        Rule::LeadCoordinates => "có cả cơ quan chủ trì của nhiệm vụ".to_owned(),
        Rule::GroupWithoutPlan => "được ghi nhưng nhiệm vụ không thuộc kế hoạch nào".to_owned(),
    }
}

fn link_vi(link: Link) -> &'static str {
    match link {
        Link::GroupOfAnotherPlan => "là nội dung của một kế hoạch khác",
        Link::ItemOfAnotherMeeting => "là nội dung báo cáo của một cuộc họp khác",
        Link::DeletedLead => "là một cơ quan mà chính tệp này đã xóa, trong khi nhiệm vụ vẫn còn",
        Link::DeletedGroup => "là một nội dung mà chính tệp này đã xóa, trong khi nhiệm vụ vẫn còn",
    }
}

fn quote_vi(value: &str) -> String {
    match value {
        "" | "null" => String::new(),
        v => format!("; tệp ghi: {v}"),
    }
}

fn field_vi(kind: Kind, field: &str) -> String {
    path(Lang::Vi, Some(kind), &format!("body.{field}"))
}

pub fn vi(error: &ImportError) -> String {
    let resend = "Hãy xin cơ quan gửi xuất lại tệp từ Sổ tay Cải cách.";
    let kind = |k: Kind| (Lang::Vi.texts().kind_name)(k);
    let what = match error {
        ImportError::TooLarge { bytes, max } => format!(
            "Tệp quá lớn ({} MB, tối đa {} MB): đây không phải tệp dữ liệu của Sổ tay Cải cách. Hãy chọn đúng tệp .json đã nhận.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::Empty => "Tệp trống, không có dữ liệu. Hãy kiểm tra lại tệp đính kèm trong thư.".to_owned(),
        ImportError::NotText => "Đây không phải tệp văn bản (có thể là tệp Word, Excel hay ảnh bị đổi đuôi thành .json). Hãy chọn tệp .json do Sổ tay Cải cách xuất ra.".to_owned(),
        ImportError::TooDeep { max, line } => format!(
            "Tệp lồng nhau quá {max} tầng (dòng {line}): không phải tệp do Sổ tay Cải cách xuất ra. {resend}"
        ),
        ImportError::Syntax { line, column, cut: true } => format!(
            "Tệp bị cắt cụt: nội dung dừng giữa chừng ở dòng {line}, cột {column}, có thể do tải về chưa xong. Hãy tải lại tệp hoặc xin gửi lại."
        ),
        ImportError::Syntax { line, column, cut: false } => format!(
            "Tệp không đúng định dạng JSON ở dòng {line}, cột {column}; có thể tệp đã bị sửa tay. {resend}"
        ),
        ImportError::DuplicateKey { key, line, column } => format!(
            "Tệp ghi khóa «{key}» hai lần trong cùng một chỗ (dòng {line}, cột {column}): không rõ giá trị nào là đúng, tệp có thể đã bị sửa tay. {resend}"
        ),
        ImportError::NotABundle => "Tệp là JSON nhưng không phải gói dữ liệu của Sổ tay Cải cách. Hãy chọn tệp do chức năng «Xuất dữ liệu» tạo ra.".to_owned(),
        ImportError::NewerSchema { schema } => format!(
            "Tệp do phiên bản mới hơn của Sổ tay Cải cách tạo ra (định dạng số {schema}; phiên bản này đọc đến số {SCHEMA}). Hãy cập nhật ứng dụng rồi nhập lại."
        ),
        ImportError::UnknownSchema { schema } => format!(
            "Tệp ghi số hiệu định dạng {schema}, một số không phiên bản nào của Sổ tay Cải cách dùng: tệp đã bị sửa tay. {resend}"
        ),
        ImportError::Shape { kind: Some(k), index, id, field, problem, value } => format!(
            "Bản ghi {} thứ {}{}: «{}» {}{}. {resend}",
            kind(*k),
            index + 1,
            id.as_ref().map(|id| format!(" (mã {id})")).unwrap_or_default(),
            path(Lang::Vi, Some(*k), field),
            problem_vi(problem),
            quote_vi(value)
        ),
        ImportError::Shape { kind: None, field, problem, value, .. } => format!(
            "Phần thông tin chung của tệp: «{}» {}{}. {resend}",
            path(Lang::Vi, None, field),
            problem_vi(problem),
            quote_vi(value)
        ),
        ImportError::Counts { kind: k, stated, found } => format!(
            "Tệp ghi có {stated} bản ghi {} nhưng thực tế có {found}: tệp đã bị cắt bớt, thêm vào hoặc sửa tay. {resend}",
            kind(*k)
        ),
        ImportError::Checksum => format!(
            "Nội dung tệp không khớp mã kiểm tra SHA-256: tệp đã bị thay đổi sau khi xuất. {resend}"
        ),
        ImportError::DuplicateId { kind: k, id } => format!(
            "Tệp có hai bản ghi {} cùng mã {id}; tệp đã bị sửa tay. {resend}",
            kind(*k)
        ),
        ImportError::Invalid { kind: k, id, name, field, rule, value } => format!(
            "{} trong tệp: trường «{}» {}{}. Biểu mẫu của ứng dụng không cho ghi như vậy. {resend}",
            capital(&record_vi(*k, name, id.as_str())),
            field_vi(*k, field),
            rule_vi(*rule),
            quote_vi(value)
        ),
        ImportError::Dangling { kind: k, id, name, field, missing, target } => format!(
            "{} (trường «{}») nhắc tới {} mã {target}, nhưng bản ghi đó không có trong tệp cũng như trong máy này. Hãy xin cơ quan gửi tệp xuất toàn bộ dữ liệu.",
            capital(&record_vi(*k, name, id.as_str())),
            field_vi(*k, field),
            kind(*missing)
        ),
        ImportError::Mismatch { kind: k, id, name, field, link } => format!(
            "{}: trường «{}» {}. {resend}",
            capital(&record_vi(*k, name, id.as_str())),
            field_vi(*k, field),
            link_vi(*link)
        ),
        ImportError::EditTime { kind: k, id, name, at } => format!(
            "{} có một lần sửa ghi thời điểm {at}, ngoài khoảng ngày trình duyệt hiển thị được: tệp đã bị sửa tay. {resend}",
            capital(&record_vi(*k, name, id.as_str()))
        ),
    };
    format!("{what} Dữ liệu trong máy không thay đổi.")
}
