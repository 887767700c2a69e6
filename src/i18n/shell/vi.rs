//! Vietnamese texts of the app shell.

use super::ShellTexts;
use crate::i18n::date;

pub const TEXTS: ShellTexts = ShellTexts {
    title: "Sổ tay Cải cách",
    nav_plans: "Kế hoạch",
    nav_meetings: "Cuộc họp",
    nav_agencies: "Cơ quan",
    nav_exchange: "Trao đổi",
    nav_settings: "Cài đặt",
    office_unset: "Chưa đặt tên cơ quan",
    nav_overview: "Tổng quan",
    nav_find: "Tìm kiếm",
    clock_banner: |day| {
        format!(
            "Ngày giả lập (để kiểm thử): hôm nay được tính là {}.",
            date(day)
        )
    },
};
