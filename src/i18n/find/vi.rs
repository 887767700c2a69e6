//! Vietnamese texts of the find page.

use super::FindTexts;
use crate::i18n::number;
use crate::workspace::{AgencyRole, StandingFilter};

pub const TEXTS: FindTexts = FindTexts {
    heading: "Tìm kiếm nhiệm vụ, cuộc họp",
    text_label: "Từ khóa (gõ có dấu hay không dấu đều được)",
    text_example: "Ví dụ: phan cap, qd 2866",
    filters_label: "Lọc theo cơ quan, tình trạng, kế hoạch, thời hạn",
    filter_agency: "Cơ quan",
    filter_any: "Tất cả",
    filter_role: "Vai trò",
    role: |role| match role {
        AgencyRole::Either => "Chủ trì hoặc phối hợp",
        AgencyRole::Lead => "Chủ trì",
        AgencyRole::Coordinating => "Phối hợp",
    },
    filter_standing: "Tình trạng",
    standing_filter,
    filter_plan: "Kế hoạch",
    filter_due_from: "Hạn từ ngày",
    filter_due_to: "Đến ngày",
    filters_clear: "Bỏ lọc",
    found: |n| format!("Tìm thấy {} nhiệm vụ.", number(n, '.')),
};

fn standing_filter(filter: StandingFilter) -> &'static str {
    match filter {
        StandingFilter::Open => "Chưa xong (trừ tạm dừng)",
        StandingFilter::NotStarted => "Chưa thực hiện",
        StandingFilter::InProgress => "Đang thực hiện",
        StandingFilter::DueSoon => "Sắp đến hạn (7 ngày)",
        StandingFilter::Overdue => "Quá hạn",
        StandingFilter::Done => "Đã hoàn thành",
        StandingFilter::DoneOnTime => "Hoàn thành đúng hạn",
        StandingFilter::DoneLate => "Hoàn thành quá hạn",
        StandingFilter::Paused => "Tạm dừng",
    }
}
