//! Vietnamese texts of the Word and Excel files.

use super::FilesTexts;

pub const TEXTS: FilesTexts = FilesTexts {
    docx: "Tải về Word (.docx)",
    xlsx: "Tải Excel (.xlsx)",
    csv: "Tải CSV",
    share: "Chia sẻ…",
    notice_hint: "Tệp Word trình bày theo Nghị định 30/2020/NĐ-CP: mở bằng Word hoặc LibreOffice để sửa trước khi trình ký.",
    report_hint: "Bảng theo mẫu báo cáo tiến độ: STT, nội dung, cơ quan chủ trì, phối hợp, thời hạn, tình trạng, ngày hoàn thành, kết quả. CSV dùng bảng mã UTF-8, Excel đọc đúng tiếng Việt.",
    plan_report: "Báo cáo tiến độ kế hoạch",
    agency_report: "Báo cáo nhiệm vụ của cơ quan",
    found_report: "Xuất kết quả tìm kiếm",
    period_heading: "Báo cáo tiến độ theo kỳ",
    period_label: "Kỳ báo cáo",
    period_hint: "Tổng hợp theo cơ quan chủ trì (được giao, hoàn thành đúng hạn, quá hạn, đang thực hiện) và danh sách nhiệm vụ của kỳ.",
    saved: |name| format!("Đã tải tệp {name}."),
    shared: |name| format!("Đã chia sẻ tệp {name}."),
    not_shared: "Chưa chia sẻ tệp.",
    failed: "Trình duyệt không cho tải tệp. Hãy thử lại, hoặc mở ứng dụng bằng trình duyệt khác.",
};
