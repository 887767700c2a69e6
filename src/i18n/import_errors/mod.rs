//! Why a bundle was refused, as a sentence that says what is wrong, in which record and field
//! (by their names, never a key), with the value quoted short, and what to do, in each
//! language. Every sentence ends by saying that nothing here changed.

mod en;
mod vi;

pub use en::en;
pub use vi::vi;

use super::format::number;

pub(super) fn mb(bytes: usize) -> String {
    number(bytes.div_ceil(1024 * 1024), '.')
}

pub(super) fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{Expected, ImportError, Problem};
    use crate::domain::check::Rule;
    use crate::domain::Id;
    use crate::workspace::Kind;

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
