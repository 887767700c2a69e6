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
