//! Vietnamese texts of the overview.

use super::OverviewTexts;

pub const TEXTS: OverviewTexts = OverviewTexts {
    figure_done: "nhiệm vụ đã hoàn thành",
    figure_overdue: "quá hạn",
    figure_due_soon: "đến hạn trong 7 ngày",
    figure_due_later: "đến hạn trong 30 ngày",
    figure_in_progress: "đang thực hiện",
    figure_done_late: "hoàn thành quá hạn",
    heading: "Tổng quan",
    empty: "Chưa có kế hoạch nào. Hãy thêm kế hoạch đầu tiên, hoặc mở dữ liệu ví dụ để xem ứng dụng khi đã có đủ thông tin.",
    start: "Thêm kế hoạch",
    attention_heading: "Cần chú ý",
    attention_none: "Không có nhiệm vụ nào quá hạn hay đến hạn trong 7 ngày tới.",
    agency_table_heading: "Theo cơ quan chủ trì",
    col_agency: "Cơ quan",
    col_led: "Chủ trì",
    col_on_time: "Hoàn thành đúng hạn",
    col_late: "Hoàn thành quá hạn",
    col_overdue: "Quá hạn",
    col_in_progress: "Đang thực hiện",
    col_coordinating: "Phối hợp",
};
