//! Vietnamese texts of the settings page.

use super::SettingsTexts;

pub const TEXTS: SettingsTexts = SettingsTexts {
    heading: "Cài đặt",
    office_name_label: "Tên cơ quan của bạn",
    office_name_example: "Ví dụ: Sở Nội vụ tỉnh Vĩnh Phúc",
    province_label: "Tỉnh, thành phố",
    language_label: "Ngôn ngữ",
    saved: "Đã lưu.",
    device_label: "Mã thiết bị này",
    example_load: "Mở dữ liệu ví dụ",
    example_remove: "Xóa dữ liệu ví dụ",
    example_heading: "Dữ liệu ví dụ",
    example_intro: "Một kế hoạch mẫu có nội dung, nhiệm vụ ở mọi trạng thái và chỉ tiêu, để làm quen với ứng dụng. Xóa bằng một nút, không ảnh hưởng dữ liệu của bạn.",
};
