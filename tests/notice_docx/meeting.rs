//! The notice the Word file's test writes: the example workspace's meeting, with three more
//! conclusions and four more assignments so that it runs over two pages.

use sotay::domain::{Deadline, DeviceId, Id, Timestamp};
use sotay::notice::Notice;
use sotay::workspace::{TaskFields, Workspace};

/// The example meeting's notice, with three more conclusions and four more assignments.
pub fn notice() -> Notice {
    let mut ws = Workspace::new(DeviceId(Id::from_random(1)));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a day");
    let now = Timestamp(1_795_000_000_000);
    ws.load_example(today, now).expect("the example loads");
    let meeting = Id::parse("vi-du-cuoc-hop").expect("the example meeting's id");
    let conclusions = [
        "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các kết luận của cuộc họp.",
        "Các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ.",
        "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính.",
    ];
    for (n, text) in conclusions.iter().enumerate() {
        let id = Id::from_random(100 + n as u128);
        let c = ws
            .add_conclusion(id, &meeting, None, now)
            .expect("a conclusion");
        ws.set_conclusion(&c, None, text, now).expect("its text");
    }
    let agency = |slug: &str| Id::parse(&format!("co-quan-{slug}")).expect("a starter agency");
    let tasks = [
        ("so-noi-vu", "Xây dựng kế hoạch kiểm tra công tác cải cách hành chính năm sau tại các sở, ban, ngành và UBND các huyện, thành phố"),
        ("so-tu-phap", "Rà soát các văn bản quy phạm pháp luật do UBND tỉnh ban hành có quy định thủ tục hành chính không còn phù hợp"),
        ("van-phong-ubnd-tinh", "Đôn đốc các cơ quan cập nhật hồ sơ, kết quả giải quyết thủ tục hành chính lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh"),
        ("so-noi-vu", "Tổng hợp kết quả chấm điểm Chỉ số cải cách hành chính của các cơ quan, đơn vị, báo cáo UBND tỉnh"),
    ];
    for (n, (lead, title)) in tasks.iter().enumerate() {
        let lead = agency(lead);
        let id = Id::from_random(200 + n as u128);
        let task = ws
            .add_assignment(id, &meeting, &lead, now)
            .expect("an assignment");
        let fields = TaskFields {
            title: (*title).into(),
            lead: Some(lead),
            coordinating: vec![agency("so-tai-chinh")],
            deadline: Deadline::By { day: today },
            ..TaskFields::default()
        };
        ws.update_task(&task, &fields, now).expect("its fields");
    }
    Notice::of(&ws, &meeting).expect("the example meeting's notice")
}
