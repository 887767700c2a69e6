//! Why a bundle was refused, as a sentence that says what is wrong, where, and what to do, in
//! each language. Every sentence ends by saying that nothing here changed.

use super::format::number;
use crate::bundle::{ImportError, SCHEMA};
use crate::workspace::Kind;

fn mb(bytes: usize) -> String {
    number(bytes.div_ceil(1024 * 1024), '.')
}

pub fn vi(error: &ImportError, kind: fn(Kind) -> &'static str) -> String {
    let resend = "Hãy xin cơ quan gửi xuất lại tệp.";
    let what = match error {
        ImportError::TooLarge { bytes, max } => format!(
            "Tệp quá lớn ({} MB, tối đa {} MB): đây không phải tệp dữ liệu của Sổ tay Cải cách. Hãy chọn đúng tệp .json đã nhận.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::Empty => "Tệp trống, không có dữ liệu. Hãy kiểm tra lại tệp đính kèm trong thư.".to_owned(),
        ImportError::NotText => "Đây không phải tệp văn bản JSON (có thể là tệp Word, Excel hay ảnh bị đổi đuôi thành .json). Hãy chọn tệp .json do Sổ tay Cải cách xuất ra.".to_owned(),
        ImportError::TooDeep { max, line } => format!(
            "Tệp lồng nhau quá {max} tầng (dòng {line}): không phải tệp do Sổ tay Cải cách xuất ra. {resend}"
        ),
        ImportError::Syntax { line, column, cut: true } => format!(
            "Tệp bị cắt cụt: nội dung dừng giữa chừng ở dòng {line}, cột {column}, có thể do tải về chưa xong. Hãy tải lại tệp hoặc xin gửi lại."
        ),
        ImportError::Syntax { line, column, cut: false } => format!(
            "Tệp không đúng định dạng JSON ở dòng {line}, cột {column}; có thể tệp đã bị sửa tay. {resend}"
        ),
        ImportError::NotABundle => "Tệp là JSON nhưng không phải gói dữ liệu của Sổ tay Cải cách. Hãy chọn tệp do chức năng «Xuất dữ liệu» tạo ra.".to_owned(),
        ImportError::NewerSchema { schema } => format!(
            "Tệp do phiên bản mới hơn của Sổ tay Cải cách tạo ra (định dạng số {schema}; phiên bản này đọc đến số {SCHEMA}). Hãy cập nhật ứng dụng rồi nhập lại."
        ),
        ImportError::Shape { kind: Some(k), index, id, detail } => format!(
            "Bản ghi {} thứ {}{} không đúng cấu trúc ({detail}); tệp có thể đã bị sửa tay. {resend}",
            kind(*k),
            index + 1,
            id.as_ref().map(|id| format!(" (mã {id})")).unwrap_or_default()
        ),
        ImportError::Shape { kind: None, detail, .. } => format!(
            "Phần thông tin chung của tệp không đúng cấu trúc ({detail}). {resend}"
        ),
        ImportError::Counts { kind: k, stated, found } => format!(
            "Tệp ghi có {stated} bản ghi {} nhưng chỉ thấy {found}: tệp đã bị cắt bớt hoặc sửa tay. {resend}",
            kind(*k)
        ),
        ImportError::Checksum => format!(
            "Nội dung tệp không khớp mã kiểm tra SHA-256: tệp đã bị thay đổi sau khi xuất. {resend}"
        ),
        ImportError::DuplicateId { kind: k, id } => format!(
            "Tệp có hai bản ghi {} cùng mã {id}; tệp đã bị sửa tay. {resend}",
            kind(*k)
        ),
        ImportError::Dangling { kind: k, id, field, missing, target } => format!(
            "Bản ghi {} mã {id} (trường «{field}») nhắc tới {} mã {target}, nhưng bản ghi đó không có trong tệp cũng như trong máy này. Hãy xin cơ quan gửi tệp xuất toàn bộ dữ liệu.",
            kind(*k),
            kind(*missing)
        ),
    };
    format!("{what} Dữ liệu trong máy không thay đổi.")
}

pub fn en(error: &ImportError, kind: fn(Kind) -> &'static str) -> String {
    let resend = "Ask the sending office to export the file again.";
    let what = match error {
        ImportError::TooLarge { bytes, max } => format!(
            "The file is too large ({} MB, at most {} MB): it is not a Sổ tay Cải cách bundle. Choose the .json file you received.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::Empty => "The file is empty. Check the attachment in the email.".to_owned(),
        ImportError::NotText => "This is not a JSON text file (perhaps a Word, Excel or picture file renamed .json). Choose the .json file exported by Sổ tay Cải cách.".to_owned(),
        ImportError::TooDeep { max, line } => format!(
            "The file nests more than {max} levels deep (line {line}): it was not exported by Sổ tay Cải cách. {resend}"
        ),
        ImportError::Syntax { line, column, cut: true } => format!(
            "The file is cut short: it stops at line {line}, column {column}, perhaps an unfinished download. Download it again or ask for it again."
        ),
        ImportError::Syntax { line, column, cut: false } => format!(
            "The file is not valid JSON at line {line}, column {column}; it may have been edited by hand. {resend}"
        ),
        ImportError::NotABundle => "The file is JSON but not a Sổ tay Cải cách bundle. Choose a file made by “Export data”.".to_owned(),
        ImportError::NewerSchema { schema } => format!(
            "The file was made by a newer version of Sổ tay Cải cách (format {schema}; this version reads up to {SCHEMA}). Update the app and import again."
        ),
        ImportError::Shape { kind: Some(k), index, id, detail } => format!(
            "{} record number {}{} does not have the right shape ({detail}); the file may have been edited by hand. {resend}",
            capital(kind(*k)),
            index + 1,
            id.as_ref().map(|id| format!(" (id {id})")).unwrap_or_default()
        ),
        ImportError::Shape { kind: None, detail, .. } => format!(
            "The file's envelope does not have the right shape ({detail}). {resend}"
        ),
        ImportError::Counts { kind: k, stated, found } => format!(
            "The file states {stated} {} record(s) but holds {found}: records were cut out or added by hand. {resend}",
            kind(*k)
        ),
        ImportError::Checksum => format!(
            "The file's content does not match its SHA-256 checksum: it was changed after it was exported. {resend}"
        ),
        ImportError::DuplicateId { kind: k, id } => format!(
            "The file holds two {} records with the id {id}; it was edited by hand. {resend}",
            kind(*k)
        ),
        ImportError::Dangling { kind: k, id, field, missing, target } => format!(
            "{} {id} (field “{field}”) refers to {} {target}, which is neither in the file nor here. Ask the office for an export of all their data.",
            capital(kind(*k)),
            kind(*missing)
        ),
    };
    format!("{what} Nothing here has changed.")
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
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
    fn every_refusal_says_nothing_changed_and_what_to_do() {
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
            ImportError::NewerSchema { schema: 2 },
            ImportError::Counts {
                kind: Kind::Task,
                stated: 3,
                found: 2,
            },
            ImportError::Dangling {
                kind: Kind::Task,
                id: id.clone(),
                field: "lead",
                missing: Kind::Agency,
                target: id,
            },
        ];
        let kind = |k| {
            if k == Kind::Task {
                "nhiệm vụ"
            } else {
                "cơ quan"
            }
        };
        let texts: Vec<String> = errors.iter().map(|e| vi(e, kind)).collect();
        assert!(texts
            .iter()
            .all(|t| t.ends_with("Dữ liệu trong máy không thay đổi.")));
        assert!(texts[0].contains("50 MB, tối đa 20 MB"));
        assert!(texts[1].contains("bị cắt cụt") && texts[1].contains("dòng 12, cột 7"));
        assert!(texts[2].contains("phiên bản mới hơn"));
        assert!(texts[3].contains("3 bản ghi nhiệm vụ nhưng chỉ thấy 2"));
        assert!(texts[4].contains("«lead»") && texts[4].contains("cơ quan mã"));
    }
}
