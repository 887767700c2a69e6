//! Agencies (cơ quan): who leads a task and who coordinates on it.

use super::id::Id;
use super::record::Record;
use serde::{Deserialize, Serialize};

/// A provincial department, committee or office that tasks are given to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agency {
    pub name: String,
    /// Set, with the tombstone, when this agency was merged into another of the same name (see
    /// `workspace::unify`): an office that receives the deletion moves its own references to
    /// that one instead of keeping a second agency of the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<Id>,
}

crate::body_fields!(Agency { name, merged_into });

/// Abbreviations that agency names are written with, folded, and what they stand for. The
/// glossary's list: documents write "Sở KH&ĐT" and "Sở Kế hoạch và Đầu tư" for one agency.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("kh&dt", "ke hoach va dau tu"),
    ("khdt", "ke hoach va dau tu"),
    ("tt&tt", "thong tin va truyen thong"),
    ("tttt", "thong tin va truyen thong"),
    ("ld-tb&xh", "lao dong thuong binh va xa hoi"),
    ("ldtbxh", "lao dong thuong binh va xa hoi"),
    ("tn&mt", "tai nguyen va moi truong"),
    ("tnmt", "tai nguyen va moi truong"),
    ("gd&dt", "giao duc va dao tao"),
    ("gddt", "giao duc va dao tao"),
];

/// The form an agency's name is compared in: folded (case, marks and đ ignored), abbreviations
/// written out ("VP" only as the first word, where it means Văn phòng), "&" read as "và",
/// and punctuation between words ignored. "Sở KH&ĐT" and "Sở Kế hoạch và Đầu tư" have one key,
/// so do "UBND tỉnh" and "Ủy ban nhân dân tỉnh".
pub fn agency_key(name: &str) -> String {
    let folded = crate::search::fold(name);
    let mut spelled = String::with_capacity(folded.len() + 16);
    for (i, word) in folded.split(' ').enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let long = match ABBREVIATIONS.iter().find(|(short, _)| *short == bare) {
            Some((_, long)) => long,
            None if i == 0 && bare == "vp" => "van phong",
            None => word,
        };
        spelled.push(' ');
        spelled.push_str(&long.replace('&', " va "));
    }
    let words = spelled
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}

/// The id of the starter agency `co-quan-<slug>` ("so-noi-vu"); a slug that makes no id gives
/// the zero id, which no record has.
pub fn starter_id(slug: &str) -> Id {
    Id::parse(&format!("co-quan-{slug}")).unwrap_or_else(|_| Id::from_random(0))
}

/// The agencies that appear again and again in reform plans, shipped so a new office can start
/// at once. Their ids are fixed, so two offices that never renamed them share the same records.
const STARTER: &[(&str, &str)] = &[
    ("co-quan-so-noi-vu", "Sở Nội vụ"),
    ("co-quan-so-tai-chinh", "Sở Tài chính"),
    ("co-quan-so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư"),
    (
        "co-quan-so-thong-tin-truyen-thong",
        "Sở Thông tin và Truyền thông",
    ),
    ("co-quan-so-tu-phap", "Sở Tư pháp"),
    ("co-quan-so-khoa-hoc-cong-nghe", "Sở Khoa học và Công nghệ"),
    ("co-quan-van-phong-ubnd-tinh", "Văn phòng UBND tỉnh"),
    ("co-quan-ban-to-chuc-tinh-uy", "Ban Tổ chức Tỉnh ủy"),
    ("co-quan-ubnd-cap-huyen", "UBND các huyện, thành phố"),
    ("co-quan-ubnd-cap-xa", "UBND các xã, phường, thị trấn"),
];

/// The starter list, as records nobody has edited yet.
pub fn starter_agencies() -> Vec<Record<Agency>> {
    STARTER
        .iter()
        .filter_map(|(id, name)| {
            let id = Id::parse(id).ok()?;
            Some(Record::shipped(
                id,
                Agency {
                    name: (*name).to_owned(),
                    merged_into: None,
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_written_with_abbreviations_have_the_key_of_the_full_name() {
        let same = [
            ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
            ("sở khđt", "Sở Kế hoạch và Đầu tư"),
            ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
            ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
            ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
            ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
            ("VP UBND tỉnh", "Văn phòng UBND tỉnh"),
            ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
            ("Sở TN&MT", "Sở Tài nguyên & Môi trường"),
            ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
            ("  Sở   Nội Vụ ", "Sở Nội vụ"),
            (
                "UBND các huyện, thành phố",
                "Ủy ban nhân dân các huyện thành phố",
            ),
        ];
        for (short, long) in same {
            assert_eq!(agency_key(short), agency_key(long), "{short} = {long}");
        }
        assert_eq!(agency_key("Sở KH&ĐT"), "so ke hoach va dau tu");
        // "VP" stands for Văn phòng only as the first word; other names stay apart.
        assert_ne!(agency_key("Ban VP"), agency_key("Ban Văn phòng"));
        assert_ne!(agency_key("Sở Nội vụ"), agency_key("Đảng ủy Sở Nội vụ"));
        assert_ne!(agency_key("Sở Tư pháp"), agency_key("Sở Tài chính"));
    }

    #[test]
    fn starter_list_is_whole_unique_and_unedited() {
        let list = starter_agencies();
        assert_eq!(list.len(), STARTER.len(), "every starter id is valid");
        let mut ids: Vec<_> = list.iter().map(|a| a.id().clone()).collect();
        ids.dedup();
        assert_eq!(ids.len(), STARTER.len());
        assert!(list.iter().all(|a| a.version().total() == 0));
        assert!(list.iter().any(|a| a.body().name == "Văn phòng UBND tỉnh"));
    }
}
