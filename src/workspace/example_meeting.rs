//! The example's meeting: a monthly reform meeting ten days ago, with what two agencies
//! reported, the chair's conclusions and two assignments (one done), so that meeting mode,
//! the notice and carry-over have something to show. Part of the example workspace.

use super::example::example_id;
use super::{CommandError, MeetingFields, TaskFields, Workspace};
use crate::domain::agency::starter_id as agency;
use crate::domain::dates::short;
use crate::domain::{Deadline, Id, TaskStatus, Timestamp};
use chrono::{Datelike, Days, NaiveDate};

impl Workspace {
    pub(super) fn load_example_meeting(
        &mut self,
        today: NaiveDate,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let day = today.checked_sub_days(Days::new(10)).unwrap_or(today);
        let meeting = example_id("cuoc-hop");
        let title = format!(
            "[Ví dụ] Giao ban cải cách hành chính tháng {}/{}",
            day.month(),
            day.year()
        );
        self.add_meeting(meeting.clone(), &title, Some(day), now)?;
        let mut fields =
            MeetingFields::of(self.tables.meetings.get(&meeting).map(|m| m.body()).ok_or(
                CommandError::NotFound {
                    kind: super::Kind::Meeting,
                    id: meeting.clone(),
                },
            )?);
        fields.time = "8:00".into();
        fields.place = "Phòng họp số 1, trụ sở UBND tỉnh".into();
        fields.chairs = "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh".into();
        fields.agencies = vec![
            agency("so-noi-vu"),
            agency("so-tu-phap"),
            agency("van-phong-ubnd-tinh"),
        ];
        fields.series = "[Ví dụ] Giao ban CCHC hằng tháng".into();
        fields.notice_number = "45/TB-UBND".into();
        // The province of the glossary's examples; the meeting's title says it is an example.
        fields.notice_issuer = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC".into();
        fields.notice_place = "Vĩnh Phúc".into();
        fields.notice_day = short(today.checked_sub_days(Days::new(8)).unwrap_or(today));
        fields.signer_title = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH".into();
        fields.signer_name = "Nguyễn Văn A".into();
        fields.recipients =
            "- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố;\n- Lưu: VT.".into();
        self.update_meeting(&meeting, &fields, now)?;

        let reports = [
            ("bc-1", "so-noi-vu", "Kết quả thực hiện kế hoạch cải cách hành chính tháng trước; 2 nhiệm vụ chậm tiến độ."),
            ("bc-2", "so-tu-phap", "Tình hình rà soát, công bố thủ tục hành chính; đề xuất bãi bỏ 12 thủ tục."),
        ];
        for (name, lead, text) in reports {
            let item = self.add_item(example_id(name), &meeting, now)?;
            self.set_item(&item, Some(&agency(lead)), text, now)?;
        }
        let conclusions = [
            ("kl-1", Some("bc-1"), "Các sở khẩn trương hoàn thành các nhiệm vụ chậm tiến độ, báo cáo trước cuộc họp tháng sau."),
            ("kl-2", None, "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
        ];
        for (name, item, text) in conclusions {
            let item = item.map(example_id);
            let c = self.add_conclusion(example_id(name), &meeting, item.as_ref(), now)?;
            self.set_conclusion(&c, item.as_ref(), text, now)?;
        }
        let quarter = (today.month() - 1) / 3 + 1;
        let assignments = [
            (
                "gv-1",
                "so-tu-phap",
                "Trình UBND tỉnh quyết định bãi bỏ 12 thủ tục hành chính",
                Deadline::By {
                    day: today.checked_sub_days(Days::new(2)).unwrap_or(today),
                },
                true,
            ),
            (
                "gv-2",
                "so-noi-vu",
                "Tổng hợp, báo cáo kết quả khắc phục các nhiệm vụ chậm tiến độ",
                Deadline::Quarter {
                    year: today.year(),
                    quarter,
                },
                false,
            ),
        ];
        for (name, lead, title, deadline, done) in assignments {
            let task = self.add_assignment(example_id(name), &meeting, &agency(lead), now)?;
            let fields = TaskFields {
                title: title.into(),
                lead: Some(agency(lead)),
                deadline,
                ..TaskFields::default()
            };
            self.update_task(&task, &fields, now)?;
            if done {
                let on = today.checked_sub_days(Days::new(3)).unwrap_or(today);
                self.set_task_status(&task, TaskStatus::Done { on }, now)?;
            }
        }
        Ok(meeting)
    }
}
