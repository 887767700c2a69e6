//! Vietnamese texts of the agency pages.

use super::AgenciesTexts;

pub const TEXTS: AgenciesTexts = AgenciesTexts {
    heading: "Cơ quan",
    intro: "Danh sách cơ quan chủ trì và phối hợp. Sửa tên cho đúng với địa phương của bạn.",
    filter_label: "Tìm cơ quan",
    new_label: "Cơ quan mới",
    new_example: "Ví dụ: Sở Y tế",
    add: "Thêm cơ quan",
    none_match: "Không có cơ quan nào khớp với từ tìm kiếm.",
    back: "← Danh sách cơ quan",
    leads: "Nhiệm vụ chủ trì",
    coordinates: "Nhiệm vụ phối hợp",
    none_found: "Không có nhiệm vụ nào.",
};
