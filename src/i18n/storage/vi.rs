//! Vietnamese storage texts.

use super::StorageTexts;

const SEP: char = '.';

pub const TEXTS: StorageTexts = StorageTexts {
    export_everything: "Tải về toàn bộ dữ liệu",
    usage: |used, percent| {
        format!(
            "Đang dùng {} ký tự của bộ nhớ trình duyệt, khoảng {percent}% hạn mức nhỏ nhất (Safari, khoảng 2,6 triệu ký tự; Chrome, Edge và Firefox cho khoảng 5 triệu).",
            crate::i18n::format::number(used, SEP)
        )
    },
    persisted_yes: "Trình duyệt đã đồng ý giữ dữ liệu lâu dài: không tự xóa khi máy thiếu chỗ.",
    persisted_no: "Trình duyệt chưa cam kết giữ dữ liệu lâu dài: khi máy thiếu chỗ, hoặc (trên Safari, iPad) sau 7 ngày không mở, dữ liệu có thể bị xóa. Hãy xuất dữ liệu thường xuyên.",
    persisted_unknown: "Trình duyệt này không cho biết có giữ dữ liệu lâu dài hay không: hãy xuất dữ liệu thường xuyên.",
    persisted_file: "Trang mở từ tệp trên máy không thể xin giữ dữ liệu lâu dài: hãy xuất dữ liệu thường xuyên.",
    persist_ask: "Đề nghị trình duyệt giữ dữ liệu lâu dài",
    backups_heading: "Bản lưu tự động",
    backups_intro: "Mỗi ngày ứng dụng tự lưu một bản toàn bộ dữ liệu, giữ 3 bản gần nhất. Khôi phục một bản sẽ đưa dữ liệu về đúng lúc đó; trạng thái hiện tại được lưu thành một bản trước khi khôi phục.",
    backups_empty: "Chưa có bản lưu tự động nào.",
    backup_line: |when, tasks, meetings| format!("{when}: {tasks} nhiệm vụ, {meetings} cuộc họp"),
    backup_restore: "Khôi phục bản này",
    backup_restored: |when| format!("Đã khôi phục dữ liệu như lúc {when}. Bản trước khi khôi phục được giữ trong danh sách bản lưu tự động."),
    quarantine_download: "Tải về bản dữ liệu hỏng",
    file_note: "Ứng dụng đang mở từ một tệp trên máy. Dữ liệu gắn với vị trí của tệp này trong trình duyệt này: nếu chuyển tệp sang thư mục khác, mở tệp khác, hoặc dùng trình duyệt khác thì sẽ không thấy dữ liệu cũ. Trước khi làm vậy, hãy xuất dữ liệu (Cài đặt → Trao đổi dữ liệu) rồi nhập lại.",
    export_reminder: |days| format!("Đã {days} ngày có thay đổi chưa được xuất ra tệp. Dữ liệu chỉ nằm trong trình duyệt này: hãy tải về một bản để phòng khi máy hỏng hoặc trình duyệt xóa dữ liệu."),
    nowhere_file: "Trình duyệt này không cho trang mở từ tệp lưu dữ liệu (Safari chặn việc này). Mọi thay đổi chỉ nằm trên màn hình và sẽ mất khi đóng trang: hãy mở ứng dụng bằng địa chỉ web, hoặc tải về toàn bộ dữ liệu trước khi đóng.",
    gave_up: |days| format!("Bộ nhớ của trình duyệt đã đầy: đã bỏ bản sao lưu tự động ngày {days} để có chỗ lưu các thay đổi mới. Nên tải toàn bộ dữ liệu về máy để có bản dự phòng."),
    room_offer: |day| format!(" Các thay đổi mới vẫn được giữ ở bộ nhớ dự phòng của trình duyệt. Có thể lấy chỗ bằng cách bỏ bản sao lưu tự động ngày {day}: sau khi bạn tải dữ liệu về, ứng dụng bỏ bản sao lưu đó và lưu tiếp."),
    make_room: "Bỏ bản sao lưu cũ và lưu tiếp",
    log_heading: "Nhật ký lưu trữ",
    log_intro: "Những việc ứng dụng đã phải làm với bộ nhớ của trình duyệt: dữ liệu hỏng được cất riêng và khôi phục, bản sao lưu bị bỏ để lấy chỗ.",
    log_gave_up: |day| format!("Đã bỏ bản sao lưu tự động ngày {day} để có chỗ lưu các thay đổi."),

    heading: "Lưu trữ",
    browser: "Dữ liệu được lưu ngay trong trình duyệt này, trên máy này.",
    memory_only: "Trình duyệt không cho lưu dữ liệu: mọi thay đổi sẽ mất khi đóng trang.",
    quarantine_list: |n| format!("{n} bản dữ liệu hỏng đang được cất riêng, không bị xóa."),
};
