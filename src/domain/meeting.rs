//! Meetings (hội nghị, cuộc họp, buổi làm việc), what agencies reported at them, and the chair's
//! conclusions. Assignments are tasks that point back to their meeting (see [`super::Task`]).

use super::id::Id;
use super::legal_ref::LegalRef;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A meeting and everything its conclusion notice needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    #[serde(default)]
    pub kind: MeetingKind,
    /// "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026".
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// Sáng, chiều or tối, when the document gives the part of the day rather than a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<DayPart>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default)]
    pub form: MeetingForm,
    /// Connected sites (điểm cầu) of an online meeting, the main hall included; 0 if not said.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub sites: u32,
    /// The chair first (chủ trì), then any co-chairs (đồng chủ trì).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chairs: Vec<Person>,
    /// Agencies that attended (thành phần tham dự).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<Id>,
    /// Other attendees as written, one per line ("Đồng chí Nguyễn Văn A, Giám đốc Sở Nội vụ").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub attendees: String,
    /// The documents the meeting acts on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<LegalRef>,
    /// The report or notice the meeting was entered from ("Báo cáo số 25/BC-SNV ngày
    /// 02/4/2022"): its date is the year of dates typed without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LegalRef>,
    /// Progress figures reported at the meeting, one a line, as said ("Đã hoàn thành 07/11
    /// nhiệm vụ", "590 nhiệm vụ được giao năm 2020").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub figures: String,
    /// The series it belongs to ("Giao ban cải cách hành chính hằng tháng"); meetings of one
    /// series carry open assignments over to the next. Matched ignoring marks and case.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub series: String,
    /// What the conclusion notice needs beyond the meeting itself.
    #[serde(default)]
    pub notice: NoticeFields,
}

crate::body_fields!(Meeting {
    kind,
    title,
    day,
    time,
    part,
    place,
    form,
    sites,
    chairs,
    agencies,
    attendees,
    references,
    source,
    figures,
    series,
    notice
});

/// The part of the day a meeting was held in, when no time is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
}

impl DayPart {
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    /// "sáng", "chiều", "tối": how a form types it and a notice writes it.
    pub fn word(self) -> &'static str {
        match self {
            DayPart::Morning => "sáng",
            DayPart::Afternoon => "chiều",
            DayPart::Evening => "tối",
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The kind of meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Hội nghị.
    Conference,
    /// Cuộc họp.
    #[default]
    Meeting,
    /// Buổi làm việc.
    WorkingSession,
}

/// The words a meeting's title may start with that already say what kind of meeting it is.
const KIND_WORDS: &[&str] = &[
    "hoi nghi",
    "cuoc hop",
    "buoi lam viec",
    "phien hop",
    "buoi hop",
    "hoi thao",
];

impl Meeting {
    /// How a notice names the meeting in running text: its kind's noun and its title ("cuộc
    /// họp Giao ban …"), or the title alone when it starts with such a noun already ("Hội nghị
    /// trực tuyến …", never "hội nghị Hội nghị …").
    pub fn named(&self) -> String {
        let title = self.title.trim();
        let folded = crate::search::fold(title);
        let has_kind = KIND_WORDS.iter().any(|w| {
            folded
                .strip_prefix(w)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        });
        match (has_kind, title.is_empty()) {
            (true, _) => title.to_owned(),
            (false, true) => self.kind.noun().to_owned(),
            (false, false) => format!("{} {title}", self.kind.noun()),
        }
    }
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 3] = [
        MeetingKind::Conference,
        MeetingKind::Meeting,
        MeetingKind::WorkingSession,
    ];

    /// The code used in form values and bundles.
    pub fn code(self) -> &'static str {
        match self {
            MeetingKind::Conference => "conference",
            MeetingKind::Meeting => "meeting",
            MeetingKind::WorkingSession => "working_session",
        }
    }

    pub fn from_code(code: &str) -> Option<MeetingKind> {
        MeetingKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// How a notice names it in running text: "hội nghị", "cuộc họp", "buổi làm việc".
    pub fn noun(self) -> &'static str {
        match self {
            MeetingKind::Conference => "hội nghị",
            MeetingKind::Meeting => "cuộc họp",
            MeetingKind::WorkingSession => "buổi làm việc",
        }
    }
}

/// How people took part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingForm {
    /// Not said by the document: then nothing is asserted about it anywhere.
    NotSaid,
    /// Trực tiếp. (Meetings stored before "not said" existed always chose one.)
    #[default]
    InPerson,
    /// Trực tuyến, over connected sites.
    Online,
    /// Trực tiếp kết hợp trực tuyến.
    Mixed,
}

impl MeetingForm {
    pub const ALL: [MeetingForm; 4] = [
        MeetingForm::NotSaid,
        MeetingForm::InPerson,
        MeetingForm::Online,
        MeetingForm::Mixed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeetingForm::NotSaid => "not_said",
            MeetingForm::InPerson => "in_person",
            MeetingForm::Online => "online",
            MeetingForm::Mixed => "mixed",
        }
    }

    pub fn from_code(code: &str) -> Option<MeetingForm> {
        MeetingForm::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn has_sites(self) -> bool {
        matches!(self, MeetingForm::Online | MeetingForm::Mixed)
    }
}

/// A person named in a meeting: "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

/// The parts of the printed conclusion notice that are not the meeting itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeFields {
    /// "45/TB-UBND": number and symbol, after "Số:".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// The issuing body in capitals, one line each: "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// "Vĩnh Phúc", before the date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    /// Trích yếu: "Kết luận của Chủ tịch UBND tỉnh tại hội nghị …".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH": the signer's authority and title, one line each.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer_title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer_name: String,
    /// Nơi nhận, one recipient a line ("- Như trên;").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recipients: String,
}

/// What one agency reported at a meeting (nội dung báo cáo).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub meeting: Id,
    /// Sort key within the meeting; the shown number follows it.
    pub position: u32,
    /// The agency that reported, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Id>,
    /// What was reported; may be empty while the secretary is still typing.
    #[serde(default)]
    pub text: String,
}

crate::body_fields!(Item {
    meeting,
    position,
    agency,
    text
});

/// A conclusion of the chair (ý kiến kết luận), on one reported item or on the whole meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conclusion {
    pub meeting: Id,
    pub position: u32,
    /// The reported item it answers; `None` for the meeting as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    #[serde(default)]
    pub text: String,
}

crate::body_fields!(Conclusion {
    meeting,
    position,
    item,
    text
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_with_only_a_title_loads_with_sensible_defaults() {
        let m: Meeting = serde_json::from_str(r#"{"title":"Giao ban CCHC"}"#).unwrap();
        assert_eq!(m.kind, MeetingKind::Meeting);
        assert_eq!(m.form, MeetingForm::InPerson);
        assert_eq!(m.notice, NoticeFields::default());
        let text = serde_json::to_string(&m).unwrap();
        assert_eq!(
            text,
            r#"{"kind":"meeting","title":"Giao ban CCHC","form":"in_person","notice":{}}"#
        );
    }

    #[test]
    fn codes_round_trip() {
        for k in MeetingKind::ALL {
            assert_eq!(MeetingKind::from_code(k.code()), Some(k));
        }
        for f in MeetingForm::ALL {
            assert_eq!(MeetingForm::from_code(f.code()), Some(f));
        }
        assert!(!MeetingForm::InPerson.has_sites());
    }

    #[test]
    fn a_title_that_says_its_kind_is_not_named_twice() {
        let named = |kind, title: &str| {
            let text = format!(r#"{{"kind":"{kind}","title":"{title}"}}"#);
            serde_json::from_str::<Meeting>(&text).unwrap().named()
        };
        assert_eq!(
            named("conference", "Hội nghị triển khai phân cấp, phân quyền"),
            "Hội nghị triển khai phân cấp, phân quyền"
        );
        assert_eq!(
            named("working_session", "Buổi làm việc với UBND huyện Tam Dương"),
            "Buổi làm việc với UBND huyện Tam Dương"
        );
        // The title's own word wins over the kind chosen in the form.
        assert_eq!(named("meeting", "HỘI NGHỊ sơ kết"), "HỘI NGHỊ sơ kết");
        assert_eq!(
            named("meeting", "Giao ban CCHC tháng 3"),
            "cuộc họp Giao ban CCHC tháng 3"
        );
        // A word that only begins like a kind's noun is no kind.
        assert_eq!(
            named("conference", "Hội nghịch lý"),
            "hội nghị Hội nghịch lý"
        );
        assert_eq!(named("meeting", ""), "cuộc họp");
    }
}
