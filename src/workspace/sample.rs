//! A seeded generator of realistic workspaces, for measuring the app at an office's real scale
//! (the storage tests and the benchmark). Compiled only for tests and with the `sample` feature,
//! never into the app.
//!
//! The text is what a provincial office writes: plans of administrative reform by year, content
//! groups I–VI, tasks with a lead and coordinating agencies, deadlines, progress reports, and
//! meetings with reported items, conclusions and assignments (which are tasks too).

use super::{Table, Tables, Workspace};
use crate::domain::agency::starter_agencies;
use crate::domain::meeting::{Conclusion, Item, Meeting, NoticeFields, Person};
use crate::domain::{
    Deadline, DeviceId, Id, LogEntry, LogKind, OfficeProfile, Plan, Record, Stamp, Task,
    TaskStatus, Timestamp,
};
use chrono::NaiveDate;

/// How big a workspace to make.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    /// Every task, assignments of meetings included.
    pub tasks: usize,
    pub meetings: usize,
    /// Assignments of the first meeting made (the latest held); every other meeting has three.
    pub first_meeting: usize,
}

impl Scale {
    /// The three scales of the benchmark: 500, 5,000 and 20,000 tasks, a tenth as many meetings.
    pub const fn of(tasks: usize) -> Scale {
        Scale {
            tasks,
            meetings: tasks / 10,
            first_meeting: 3,
        }
    }

    /// The same, its latest meeting with `assignments` assignments (the tasks still `tasks` in
    /// all: the plans have fewer). The benchmark opens a meeting of 20.
    pub const fn with_first_meeting(self, assignments: usize) -> Scale {
        Scale {
            first_meeting: assignments,
            ..self
        }
    }
}

/// A small deterministic random source (xorshift64*): the same seed gives the same workspace.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
    fn id(&mut self) -> Id {
        Id::from_random((u128::from(self.next()) << 64) | u128::from(self.next()))
    }
}

const VERBS: &[&str] = &[
    "Rà soát, đánh giá",
    "Triển khai thực hiện",
    "Xây dựng và ban hành",
    "Kiểm tra, đôn đốc",
    "Tổ chức tập huấn về",
    "Số hóa, cập nhật",
    "Tuyên truyền, phổ biến",
    "Đơn giản hóa",
    "Tổng hợp, báo cáo kết quả",
    "Nâng cao chất lượng",
];
const OBJECTS: &[&str] = &[
    "thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh",
    "hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa",
    "dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia",
    "quy chế làm việc của cơ quan, đơn vị",
    "vị trí việc làm và cơ cấu ngạch công chức",
    "chỉ số hài lòng của người dân, doanh nghiệp (SIPAS)",
    "văn bản quy phạm pháp luật do địa phương ban hành",
    "cơ sở dữ liệu cán bộ, công chức, viên chức",
    "ứng dụng chữ ký số trong xử lý văn bản điện tử",
    "chỉ số cải cách hành chính (PAR INDEX) của tỉnh",
    "phương án tổ chức lại các phòng chuyên môn cấp huyện",
    "quy trình nội bộ giải quyết thủ tục hành chính",
];
const REPORTS: &[&str] = &[
    "Đã ban hành văn bản hướng dẫn, gửi các phòng, đơn vị trực thuộc triển khai; đang tổng hợp kết quả.",
    "Hoàn thành rà soát 45/52 thủ tục; 7 thủ tục còn vướng do chờ hướng dẫn của bộ, ngành Trung ương.",
    "Đã tổ chức 02 lớp tập huấn cho 180 lượt công chức cấp xã; tài liệu đăng trên Trang thông tin điện tử.",
    "Tỷ lệ hồ sơ trực tuyến đạt 68,5 %, tăng 12 % so với cùng kỳ; một số xã còn thấp do hạ tầng mạng.",
    "Văn bản số 1234/SNV-CCHC ngày 15/3/2026 đề nghị các đơn vị báo cáo trước ngày 25 hằng tháng.",
];
const CONCLUSIONS: &[&str] = &[
    "Thống nhất với báo cáo; yêu cầu các sở, ngành tập trung khắc phục tồn tại, hạn chế đã nêu, hoàn thành trước ngày 30/6.",
    "Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu văn bản chỉ đạo chấn chỉnh kỷ luật, kỷ cương hành chính.",
    "Các địa phương có tỷ lệ hồ sơ trễ hạn cao phải báo cáo giải trình, nêu rõ nguyên nhân và trách nhiệm của người đứng đầu.",
    "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; bảo đảm 100 % hồ sơ được số hóa theo quy định.",
    "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ.",
];
const CHAIRS: &[&str] = &[
    "Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh",
    "Trần Thị Thu Hương, Giám đốc Sở Nội vụ",
    "Lê Quang Đức, Chánh Văn phòng UBND tỉnh",
    "Phạm Ngọc Ánh, Phó Giám đốc Sở Tư pháp",
];

/// A workspace of `scale`, the same for the same `seed`, as an office would have on `day`.
pub fn workspace(seed: u64, scale: Scale, day: NaiveDate) -> Workspace {
    let mut dice = Dice(seed.max(1));
    let device = DeviceId(dice.id());
    let stamp = |n: usize| Stamp {
        device: device.clone(),
        now: Timestamp(1_767_225_600_000 + n as i64 * 60_000),
    };
    let agencies = starter_agencies();
    let agency_ids: Vec<Id> = agencies.iter().map(|a| a.id().clone()).collect();
    let assignments = match scale.meetings {
        0 => 0,
        n => (n - 1) * 3 + scale.first_meeting,
    };
    let plan_tasks = scale.tasks.saturating_sub(assignments);
    let (mut plans, mut groups, mut tasks) = (Vec::new(), Vec::new(), Vec::new());
    let (mut meetings, mut items, mut conclusions) = (Vec::new(), Vec::new(), Vec::new());
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };

    // Plans of 68 tasks each (as one province's yearly plan), in six content groups.
    let mut task_in_plan = 0;
    let mut plan_groups: Vec<Id> = Vec::new();
    let mut plan_id = dice.id();
    for t in 0..plan_tasks {
        if t % 68 == 0 {
            plan_id = dice.id();
            let lead = dice.pick(&["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh"]);
            let plan = Plan {
                title: format!(
                    "Kế hoạch cải cách hành chính năm {} của {lead} (đợt {})",
                    day.format("%Y"),
                    t / 68 + 1
                ),
                summary: "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030.".to_owned(),
                ..Plan::default()
            };
            plans.push(Record::create(plan_id.clone(), plan, &stamp(next())));
            plan_groups.clear();
            for (g, title) in [
                "Cải cách thể chế",
                "Cải cách thủ tục hành chính",
                "Cải cách tổ chức bộ máy",
                "Cải cách chế độ công vụ",
                "Cải cách tài chính công",
                "Xây dựng chính quyền điện tử, chính quyền số",
            ]
            .into_iter()
            .enumerate()
            {
                let id = dice.id();
                let group = crate::domain::Group {
                    plan: plan_id.clone(),
                    position: g as u32 + 1,
                    title: title.to_owned(),
                };
                groups.push(Record::create(id.clone(), group, &stamp(next())));
                plan_groups.push(id);
            }
            task_in_plan = 0;
        }
        task_in_plan += 1;
        let group = plan_groups[dice.below(plan_groups.len())].clone();
        let task = task(
            &mut dice,
            &agency_ids,
            day,
            Some(plan_id.clone()),
            None,
            Some(group),
            task_in_plan,
        );
        tasks.push(Record::create(dice.id(), task, &stamp(next())));
    }

    // Meetings, each with reported items, conclusions and three assignments (the first, the
    // latest held, as many as the scale says).
    for m in 0..scale.meetings {
        let meeting_id = dice.id();
        let held = day - chrono::Duration::days((m * 3 % 700) as i64);
        let chair = dice.pick(CHAIRS);
        let (name, title) = chair.split_once(", ").unwrap_or((chair, ""));
        let meeting = Meeting {
            title: format!(
                "Giao ban công tác cải cách hành chính tháng {}/{}",
                held.format("%-m"),
                held.format("%Y")
            ),
            day: Some(held),
            place: "Phòng họp số 2, trụ sở UBND tỉnh".to_owned(),
            chairs: vec![Person {
                name: name.to_owned(),
                title: title.to_owned(),
            }],
            agencies: {
                // Four draws, each agency once: the meeting form lists an agency once.
                let mut drawn: Vec<Id> = Vec::new();
                for _ in 0..4 {
                    let a = agency_ids[dice.below(agency_ids.len())].clone();
                    if !drawn.contains(&a) {
                        drawn.push(a);
                    }
                }
                drawn
            },
            attendees: "Lãnh đạo UBND các huyện, thành phố; đại diện Bộ phận Một cửa cấp tỉnh.".to_owned(),
            series: "Giao ban cải cách hành chính".to_owned(),
            notice: NoticeFields {
                number: format!("{}/TB-UBND", 100 + m),
                issuer: "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC".to_owned(),
                place: "Vĩnh Phúc".to_owned(),
                day: Some(held),
                summary: "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban công tác cải cách hành chính".to_owned(),
                signer_title: "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG".to_owned(),
                signer_name: "Lê Quang Đức".to_owned(),
                recipients: "- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n- UBND các huyện, thành phố;\n- Lưu: VT, NCKSTTHC.".to_owned(),
            },
            ..Meeting::default()
        };
        meetings.push(Record::create(meeting_id.clone(), meeting, &stamp(next())));
        for i in 0..3 {
            let item_id = dice.id();
            let item = Item {
                meeting: meeting_id.clone(),
                position: i + 1,
                agency: Some(agency_ids[dice.below(agency_ids.len())].clone()),
                text: dice.pick(REPORTS).to_owned(),
            };
            items.push(Record::create(item_id.clone(), item, &stamp(next())));
            let conclusion = Conclusion {
                meeting: meeting_id.clone(),
                position: i + 1,
                item: Some(item_id),
                text: dice.pick(CONCLUSIONS).to_owned(),
            };
            conclusions.push(Record::create(dice.id(), conclusion, &stamp(next())));
        }
        let given = if m == 0 { scale.first_meeting } else { 3 };
        for a in 0..given as u32 {
            let task = task(
                &mut dice,
                &agency_ids,
                day,
                None,
                Some(meeting_id.clone()),
                None,
                a + 1,
            );
            tasks.push(Record::create(dice.id(), task, &stamp(next())));
        }
    }
    // Every id came from the dice, 128 random bits each: none repeats.
    let office = OfficeProfile {
        name: "Văn phòng UBND tỉnh Vĩnh Phúc".to_owned(),
        province: "Vĩnh Phúc".to_owned(),
    };
    let tables = Tables {
        agencies: Table::from_records(agencies).unwrap_or_default(),
        plans: Table::from_records(plans).unwrap_or_default(),
        groups: Table::from_records(groups).unwrap_or_default(),
        tasks: Table::from_records(tasks).unwrap_or_default(),
        indicators: Table::default(),
        meetings: Table::from_records(meetings).unwrap_or_default(),
        items: Table::from_records(items).unwrap_or_default(),
        conclusions: Table::from_records(conclusions).unwrap_or_default(),
    };
    Workspace::from_tables(device, office, tables)
}

fn task(
    dice: &mut Dice,
    agencies: &[Id],
    day: NaiveDate,
    plan: Option<Id>,
    meeting: Option<Id>,
    group: Option<Id>,
    position: u32,
) -> Task {
    let lead = agencies[dice.below(agencies.len())].clone();
    let mut coordinating: Vec<Id> = (0..dice.below(3))
        .map(|_| agencies[dice.below(agencies.len())].clone())
        .filter(|a| *a != lead)
        .collect();
    crate::sort::sort_by(&mut coordinating, |a, b| a.cmp(b));
    coordinating.dedup();
    let year = day.format("%Y").to_string().parse().unwrap_or(2026);
    let deadline = match dice.below(4) {
        0 => Deadline::Quarter {
            year,
            quarter: dice.below(4) as u32 + 1,
        },
        1 => Deadline::Month {
            year,
            month: dice.below(12) as u32 + 1,
        },
        2 => Deadline::By {
            day: day + chrono::Duration::days(dice.below(120) as i64 - 60),
        },
        _ => Deadline::Year { year },
    };
    let status = match dice.below(4) {
        0 => TaskStatus::Done {
            on: day - chrono::Duration::days(dice.below(90) as i64),
        },
        1 | 2 => TaskStatus::InProgress,
        _ => TaskStatus::NotStarted,
    };
    let log = (0..dice.below(3))
        .map(|i| LogEntry {
            day: day - chrono::Duration::days(30 * (i as i64 + 1)),
            kind: LogKind::Report,
            text: dice.pick(REPORTS).to_owned(),
        })
        .collect();
    Task {
        plan,
        meeting,
        group,
        position,
        title: format!("{} {}", dice.pick(VERBS), dice.pick(OBJECTS)),
        details: "Bảo đảm đúng quy định tại Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP; báo cáo kết quả về Sở Nội vụ để tổng hợp.".to_owned(),
        lead: Some(lead),
        coordinating,
        deadline,
        on_request: false,
        status,
        log,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_workspace_of_the_asked_size() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let a = workspace(7, Scale::of(500), day);
        let b = workspace(7, Scale::of(500), day);
        assert_eq!(a.tasks().all().count(), 500);
        assert_eq!(a.meetings().all().count(), 50);
        assert_eq!(a.records(), b.records());
        assert!(a.find_tasks(&Default::default(), day).len() == 500);
    }

    #[test]
    fn the_latest_meeting_may_have_more_assignments_and_the_tasks_stay_as_asked() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let ws = workspace(11, Scale::of(500).with_first_meeting(20), day);
        assert_eq!(ws.tasks().all().count(), 500);
        let latest = ws.meetings_by_day()[0].id().clone();
        assert_eq!(ws.meeting_tasks(&latest).len(), 20);
        let others = ws.meetings().all().filter(|m| *m.id() != latest);
        assert!(others
            .into_iter()
            .all(|m| ws.meeting_tasks(m.id()).len() == 3));
    }
}
