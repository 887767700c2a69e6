//! Why a bundle was refused, as a sentence that says what is wrong, in which record and field
//! (by their names, never a key), with the value quoted short, and what to do, in each
//! language. Every sentence ends by saying that nothing here changed.

use super::fields::path;
use super::format::number;
use super::Lang;
use crate::bundle::{Expected, ImportError, Link, Problem, SCHEMA};
use crate::domain::check::{Rule, MAX_SITES};
use crate::domain::dates::YEARS;
use crate::workspace::Kind;

fn mb(bytes: usize) -> String {
    number(bytes.div_ceil(1024 * 1024), '.')
}

/// "nhiệm vụ «Rà soát thủ tục» (mã 4v8q…)", or without the name when it has none.
fn record_vi(kind: Kind, name: &str, id: &str) -> String {
    let kind = (Lang::Vi.texts().kind_name)(kind);
    match name {
        "" => format!("{kind} mã {id}"),
        name => format!("{kind} «{name}» (mã {id})"),
    }
}

fn record_en(kind: Kind, name: &str, id: &str) -> String {
    let kind = (Lang::En.texts().kind_name)(kind);
    match name {
        "" => format!("{kind} {id}"),
        name => format!("{kind} “{name}” ({id})"),
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

fn expected_en(e: Expected) -> &'static str {
    match e {
        Expected::Text => "text",
        Expected::Natural => "a whole number, 0 or more",
        Expected::WholeNumber => "a whole number",
        Expected::Id => "a record id (lower-case letters, digits and -)",
        Expected::Boolean => "true or false",
        Expected::List => "a list",
        Expected::Object => "a group of fields",
        Expected::Date => "a date as year-month-day (2026-04-15)",
        Expected::Time => "a time as hours:minutes (08:30)",
        Expected::Other => "a value of another type",
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

fn problem_en(p: &Problem) -> String {
    match p {
        Problem::Missing => "is missing".to_owned(),
        Problem::Unknown => "is not part of this format".to_owned(),
        Problem::Twice => "is written twice".to_owned(),
        Problem::WrongType(e) => format!("must be {}", expected_en(*e)),
        Problem::BadValue => "has a value that is not allowed".to_owned(),
        Problem::Unstamped => "comes with no edit that set it".to_owned(),
        Problem::MixedForms => "gives its version in both the old and the new form".to_owned(),
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

fn rule_en(rule: Rule) -> String {
    let (from, to) = (YEARS.start(), YEARS.end());
    match rule {
        Rule::Required => "is empty".to_owned(),
        Rule::Control => {
            "holds a control character (hidden, or a line break in a one-line field)".to_owned()
        }
        Rule::TooLong { max } => format!("is longer than {} characters", number(max, ',')),
        Rule::Year => format!("has a year outside {from}–{to}"),
        Rule::Month => "has a month outside 1–12".to_owned(),
        Rule::Quarter => "has a quarter outside I–IV".to_owned(),
        Rule::Period => "ends before it starts".to_owned(),
        Rule::Time => "has seconds (the form keeps hours and minutes)".to_owned(),
        Rule::Amount => "is beyond the largest amount, a trillion".to_owned(),
        Rule::Count => format!("is above {}", number(MAX_SITES as usize, ',')),
        Rule::Repeated => "lists an entry twice".to_owned(),
        Rule::NoList => "is empty: the task is in neither a plan nor a meeting".to_owned(),
        Rule::LeadCoordinates => "includes the task's lead agency".to_owned(),
        Rule::GroupWithoutPlan => "is set but the task is in no plan".to_owned(),
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

fn link_en(link: Link) -> &'static str {
    match link {
        Link::GroupOfAnotherPlan => "is a content group of another plan",
        Link::ItemOfAnotherMeeting => "is a reported item of another meeting",
        Link::DeletedLead => "is an agency the file itself deletes, while the task stays",
        Link::DeletedGroup => "is a content group the file itself deletes, while the task stays",
    }
}

fn quote_vi(value: &str) -> String {
    match value {
        "" | "null" => String::new(),
        v => format!("; tệp ghi: {v}"),
    }
}

fn quote_en(value: &str) -> String {
    match value {
        "" | "null" => String::new(),
        v => format!("; the file has: {v}"),
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

pub fn en(error: &ImportError) -> String {
    let resend = "Ask the sending office to export the file again from Sổ tay Cải cách.";
    let kind = |k: Kind| (Lang::En.texts().kind_name)(k);
    let field_en = |k: Kind, field: &str| path(Lang::En, Some(k), &format!("body.{field}"));
    let what = match error {
        ImportError::TooLarge { bytes, max } => format!(
            "The file is too large ({} MB, at most {} MB): it is not a Sổ tay Cải cách bundle. Choose the .json file you received.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::Empty => "The file is empty. Check the attachment in the email.".to_owned(),
        ImportError::NotText => "This is not a text file (perhaps a Word, Excel or picture file renamed .json). Choose the .json file exported by Sổ tay Cải cách.".to_owned(),
        ImportError::TooDeep { max, line } => format!(
            "The file nests more than {max} levels deep (line {line}): it was not exported by Sổ tay Cải cách. {resend}"
        ),
        ImportError::Syntax { line, column, cut: true } => format!(
            "The file is cut short: it stops at line {line}, column {column}, perhaps an unfinished download. Download it again or ask for it again."
        ),
        ImportError::Syntax { line, column, cut: false } => format!(
            "The file is not valid JSON at line {line}, column {column}; it may have been edited by hand. {resend}"
        ),
        ImportError::DuplicateKey { key, line, column } => format!(
            "The file gives the key “{key}” twice in one place (line {line}, column {column}): which value counts is unclear, so it may have been edited by hand. {resend}"
        ),
        ImportError::NotABundle => "The file is JSON but not a Sổ tay Cải cách bundle. Choose a file made by “Export data”.".to_owned(),
        ImportError::NewerSchema { schema } => format!(
            "The file was made by a newer version of Sổ tay Cải cách (format {schema}; this version reads up to {SCHEMA}). Update the app and import again."
        ),
        ImportError::UnknownSchema { schema } => format!(
            "The file names format {schema}, which no version of Sổ tay Cải cách ever wrote: it was edited by hand. {resend}"
        ),
        ImportError::Shape { kind: Some(k), index, id, field, problem, value } => format!(
            "{} record number {}{}: “{}” {}{}. {resend}",
            capital(kind(*k)),
            index + 1,
            id.as_ref().map(|id| format!(" (id {id})")).unwrap_or_default(),
            path(Lang::En, Some(*k), field),
            problem_en(problem),
            quote_en(value)
        ),
        ImportError::Shape { kind: None, field, problem, value, .. } => format!(
            "The file's envelope: “{}” {}{}. {resend}",
            path(Lang::En, None, field),
            problem_en(problem),
            quote_en(value)
        ),
        ImportError::Counts { kind: k, stated, found } => format!(
            "The file states {stated} {} record(s) but holds {found}: records were cut out, added or edited by hand. {resend}",
            kind(*k)
        ),
        ImportError::Checksum => format!(
            "The file's content does not match its SHA-256 checksum: it was changed after it was exported. {resend}"
        ),
        ImportError::DuplicateId { kind: k, id } => format!(
            "The file holds two {} records with the id {id}; it was edited by hand. {resend}",
            kind(*k)
        ),
        ImportError::Invalid { kind: k, id, name, field, rule, value } => format!(
            "{} in the file: “{}” {}{}. The app's forms do not allow that. {resend}",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            rule_en(*rule),
            quote_en(value)
        ),
        ImportError::Dangling { kind: k, id, name, field, missing, target } => format!(
            "{} (field “{}”) refers to {} {target}, which is neither in the file nor here. Ask the office for an export of all their data.",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            kind(*missing)
        ),
        ImportError::Mismatch { kind: k, id, name, field, link } => format!(
            "{}: “{}” {}. {resend}",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            link_en(*link)
        ),
        ImportError::EditTime { kind: k, id, name, at } => format!(
            "{} has an edit dated {at}, outside the dates a browser can show: the file was edited by hand. {resend}",
            capital(&record_en(*k, name, id.as_str()))
        ),
    };
    format!("{what} Nothing here has changed.")
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    #[test]
    fn every_refusal_says_nothing_changed_and_names_record_and_field_in_words() {
        let id = Id::from_random(1);
        let errors = [
            ImportError::TooLarge {
                bytes: 50 * 1024 * 1024,
                max: 20 * 1024 * 1024,
            },
            ImportError::Syntax {
                line: 12,
                column: 7,
                cut: true,
            },
            ImportError::NewerSchema { schema: 3 },
            ImportError::Counts {
                kind: Kind::Task,
                stated: 2,
                found: 3,
            },
            ImportError::Dangling {
                kind: Kind::Task,
                id: id.clone(),
                name: "Rà soát".into(),
                field: "lead",
                missing: Kind::Agency,
                target: id.clone(),
            },
            ImportError::Shape {
                kind: Some(Kind::Task),
                index: 2,
                id: Some(id.to_string()),
                field: "body.position".into(),
                problem: Problem::WrongType(Expected::WholeNumber),
                value: "\"1\"".into(),
            },
            ImportError::Invalid {
                kind: Kind::Plan,
                id,
                name: "Kế hoạch CCHC".into(),
                field: "title",
                rule: Rule::Control,
                value: "Kế\u{0}".into(),
            },
        ];
        let texts: Vec<String> = errors.iter().map(vi).collect();
        assert!(texts
            .iter()
            .all(|t| t.ends_with("Dữ liệu trong máy không thay đổi.")));
        assert!(texts[0].contains("50 MB, tối đa 20 MB"));
        assert!(texts[1].contains("bị cắt cụt") && texts[1].contains("dòng 12, cột 7"));
        assert!(texts[2].contains("phiên bản mới hơn"));
        assert!(
            texts[3].contains("ghi có 2 bản ghi nhiệm vụ nhưng thực tế có 3"),
            "{}",
            texts[3]
        );
        assert!(texts[4].contains("«Cơ quan chủ trì»") && texts[4].contains("cơ quan mã"));
        assert!(
            texts[5].contains("«Thứ tự» phải là một số nguyên; tệp ghi: \"1\""),
            "{}",
            texts[5]
        );
        assert!(
            texts[6].starts_with("Kế hoạch «Kế hoạch CCHC»") && texts[6].contains("«Tên kế hoạch»")
        );
        for t in &texts {
            for english in [
                "invalid type",
                "expected",
                "missing field",
                "lead",
                "position",
            ] {
                assert!(!t.contains(english), "{t}");
            }
        }
    }
}
