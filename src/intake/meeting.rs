//! The meeting a notice or a news report tells of: "Chiều 31/3, tại …, đồng chí …, Chủ tịch
//! UBND tỉnh chủ trì hội nghị …", who attended ("Cùng dự có …"), what was reported ("báo cáo 6
//! nội dung, bao gồm: …; …"), the conclusions after "kết luận như sau:", and the progress
//! figures said ("đã hoàn thành 07/11 nhiệm vụ").

use super::agencies::{self, Directory};
use super::header::is_name;
use super::lines::{self, Line, Marker};
use super::words::{any_of, words, Word};
use super::{Confidence, Found, ItemDraft, MeetingDraft, Span};
use crate::domain::meeting::{DayPart, MeetingForm, MeetingKind, Person};
use crate::search::fold;
use chrono::{Datelike, NaiveDate, NaiveTime};

const NOUNS: &[(&str, MeetingKind)] = &[
    ("hoi nghi", MeetingKind::Conference),
    ("hoi thao", MeetingKind::Conference),
    ("buoi lam viec", MeetingKind::WorkingSession),
    ("lam viec", MeetingKind::WorkingSession),
    ("cuoc hop", MeetingKind::Meeting),
    ("phien hop", MeetingKind::Meeting),
    ("buoi hop", MeetingKind::Meeting),
    ("hop", MeetingKind::Meeting),
];
const ATTENDING: &[&str] = &[
    "cung du hoi nghi co",
    "cung du co",
    "cung tham du co",
    "tham du hoi nghi co",
    "tham du co",
    "du hoi nghi co",
    "cung du",
    "tham du",
    "thanh phan tham du :",
    "thanh phan tham du gom",
];
const CONCLUDING: &[&str] = &[
    "ket luan nhu sau",
    "y kien nhu sau",
    "chi dao nhu sau",
    "ket luan:",
    "ket luan cu the",
    "ket luan mot so noi dung",
];

pub fn read(
    text: &str,
    body: &[Line],
    date: Option<NaiveDate>,
    dir: &Directory,
) -> Option<MeetingDraft> {
    let mut m = MeetingDraft::default();
    let mut found_at: Option<Span> = None;
    let mut conclusions_from: Option<usize> = None;
    let mut chaired = 0;
    for (n, line) in body.iter().enumerate() {
        if line.row {
            continue;
        }
        for s in lines::full_sentences(text, line.body..line.range.end) {
            let f = fold(&text[s.clone()]);
            // Most sentences of a long document say none of this: they are passed over before
            // they are cut into words.
            let telling = found_at.is_none()
                && (f.contains("hop") || f.contains("hoi") || f.contains("lam viec"));
            let said = [
                "chu tri",
                "bao cao",
                "trinh bay",
                "du ",
                "thanh phan",
                "ket luan",
                "y kien",
                "chi dao",
            ];
            if !telling && !f.contains(['/', '%']) && !said.iter().any(|x| f.contains(x)) {
                continue;
            }
            let w = words(text, s.clone());
            if found_at.is_none() {
                if let Some(noun) = meeting_noun(&w) {
                    told(text, &w, noun, date, &mut m);
                    found_at = Some(Span::of(s.clone()));
                }
            }
            if let Some(chair_at) = chair_word(&w).filter(|_| chaired < 2) {
                chairs(text, &w, chair_at, &mut m);
                chaired += 1;
            }
            if let Some(k) = any_of(&w, 0, ATTENDING) {
                let rest = w.get(k).map_or(s.end, |x| x.range.start);
                m.attendees.extend(
                    text[rest..s.end]
                        .split(';')
                        .map(|a| a.trim().trim_end_matches(['.', ',']).to_owned())
                        .filter(|a| !a.is_empty()),
                );
            }
            items(text, &w, &f, s.end, dir, &mut m);
            figures(text, &w, &mut m);
            if conclusions_from.is_none() && CONCLUDING.iter().any(|c| f.contains(c)) {
                conclusions_from = Some(n + 1);
            }
        }
    }
    if let Some(from) = conclusions_from {
        conclusions(text, &body[from.min(body.len())..], &mut m);
    }
    let span = found_at?;
    m.span = span;
    m.confidence = if m.day.is_some() && !m.chairs.is_empty() {
        Confidence::Sure
    } else {
        Confidence::Likely
    };
    Some(m)
}

/// Where "chủ trì" (not "đồng chủ trì" of a task, nor "X chủ trì, phối hợp") names a chair.
fn chair_word(w: &[Word]) -> Option<usize> {
    (0..w.len()).find(|i| {
        let here = w[*i].is("chu") && w.get(i + 1).is_some_and(|x| x.is("tri"));
        let meeting_after = NOUNS.iter().any(|(n, _)| super::words::starts(w, i + 2, n))
            || w.get(i + 2).is_none_or(|x| x.punct);
        here && meeting_after && *i > 0
    })
}

/// Where a sentence names the meeting it tells of: the meeting noun after "chủ trì", "tổ
/// chức", "họp" or "diễn ra", or at the sentence's start after its day ("Sáng 7/4, Hội nghị …").
fn meeting_noun(w: &[Word]) -> Option<(usize, usize, MeetingKind)> {
    let noun_at = |i: usize| {
        NOUNS
            .iter()
            .find_map(|(n, k)| super::words::phrase_len(w, i, n).map(|l| (i, l, *k)))
    };
    for i in 0..w.len() {
        let after_verb = any_of(
            w,
            i,
            &["chu tri", "to chuc", "dong chu tri", "khai mac", "co"],
        );
        if let Some(v) = after_verb {
            let skip = usize::from(w.get(i + v).is_some_and(|x| x.is("cac")));
            if let Some(found) = noun_at(i + v + skip) {
                return Some(found);
            }
        }
    }
    let day = (0..w.len().min(8))
        .find(|i| day_of(&w[*i].folded, Some(NaiveDate::MIN)).is_some() || w[*i].is("ngay"))?;
    let comma = (day..w.len().min(day + 8)).find(|i| w[*i].is(","))?;
    noun_at(comma + 1).filter(|(_, _, _)| w[comma + 1].cap)
}

/// The day, time, place, form and title of the sentence that tells of the meeting; `noun`
/// is where it names the meeting, and the day and place are said before it.
fn told(
    text: &str,
    w: &[Word],
    noun: (usize, usize, MeetingKind),
    date: Option<NaiveDate>,
    m: &mut MeetingDraft,
) {
    let (at, len, kind) = noun;
    for (i, word) in w.iter().enumerate().take(at) {
        let part = match word.folded.as_str() {
            "sang" => Some(DayPart::Morning),
            "chieu" => Some(DayPart::Afternoon),
            "toi" => Some(DayPart::Evening),
            _ => None,
        };
        if part.is_some() && m.part.is_none() && (word.cap || i == 0 || w[i - 1].is("vao")) {
            m.part = part;
        }
        if m.day.is_none() && !in_citation(w, i) {
            m.day = day_of(&text[word.range.clone()], date).or_else(|| long_day(w, i));
        }
        if m.time.is_none() {
            m.time = time_of(&text[word.range.clone()]);
        }
        if word.is("tai") && m.place.is_empty() {
            place_after(text, w, i, m);
        }
    }
    // "… diễn ra vào sáng 7/4 tại Hội trường …": what is said after the noun, in a sentence
    // that names the meeting first.
    for (i, word) in w.iter().enumerate().skip(at + len) {
        if m.day.is_none() {
            m.day = day_of(&text[word.range.clone()], date).or_else(|| long_day(w, i));
        }
        if word.is("tai")
            && m.place.is_empty()
            && i > 0
            && (w[i - 1].is(",") || w[i - 1].punct || m.day.is_some())
        {
            place_after(text, w, i, m);
        }
    }
    let all: String = w
        .iter()
        .map(|x| x.folded.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    m.form = if all.contains("truc tiep") && all.contains("truc tuyen") {
        MeetingForm::Mixed
    } else if all.contains("truc tuyen") {
        MeetingForm::Online
    } else {
        MeetingForm::NotSaid
    };
    if let Some(i) =
        (1..w.len()).find(|i| w[*i].is("diem") && w.get(i + 1).is_some_and(|x| x.is("cau")))
    {
        m.sites = w[i - 1].folded.parse().unwrap_or(0);
    }
    m.kind = kind;
    let end = (at + len..w.len())
        .find(|j| w[*j].is(";") || w[*j].is("."))
        .unwrap_or(w.len());
    let end = end.min(at + 30);
    let title = &text[w[at].range.start..w[end - 1].range.end];
    let title = title.trim_end_matches([',', ' ']);
    let mut chars = title.chars();
    m.title = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
}

/// "tại Trụ sở UBND tỉnh" up to the next comma; never "tại hội nghị".
fn place_after(text: &str, w: &[Word], i: usize, m: &mut MeetingDraft) {
    let to = (i + 1..w.len()).find(|j| w[*j].punct).unwrap_or(w.len());
    if to > i + 1
        && NOUNS
            .iter()
            .all(|(n, _)| !super::words::starts(w, i + 1, n))
        && w[i + 1].cap
    {
        m.place = text[w[i + 1].range.start..w[to - 1].range.end].to_owned();
    }
}

/// Whether word `i` is the date of a document cited ("… số 210/KH-UBND ngày 31/12/2020").
fn in_citation(w: &[Word], i: usize) -> bool {
    w[i.saturating_sub(3)..i]
        .iter()
        .any(|x| x.folded.contains('/') && x.folded.chars().any(char::is_alphabetic))
}

/// "ngày 03 tháng 11 năm 2021" from word `i`.
fn long_day(w: &[Word], i: usize) -> Option<NaiveDate> {
    if !w[i].is("ngay") {
        return None;
    }
    let num = |n: usize| w.get(n).and_then(|x| x.folded.parse::<u32>().ok());
    let (d, mo) = (
        num(i + 1)?,
        w.get(i + 2).filter(|x| x.is("thang")).and(num(i + 3))?,
    );
    let y = w.get(i + 4).filter(|x| x.is("nam")).and(num(i + 5))?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d)
}

/// The chairs: the people before "chủ trì" ("đồng chí Tên, chức vụ" or "chức vụ Tên"), several
/// joined by "và" or listed after "Các đồng chí:" with ";".
fn chairs(text: &str, w: &[Word], chair_at: usize, m: &mut MeetingDraft) {
    let from = (0..chair_at)
        .rev()
        .find(|j| w[*j].is(":") || w[*j].is("(") || w[*j].is(")"))
        .map_or(0, |j| j + 1);
    let people_text = &text[w.get(from).map_or(0, |x| x.range.start)..w[chair_at].range.start];
    // "…, tại Phòng họp số 1, trụ sở UBND tỉnh, đồng chí Trần Quốc Hưng, …": the people
    // start at the first "đồng chí" when there is one, else after the day and the place.
    let people_text = match people_text
        .find("đồng chí ")
        .or_else(|| people_text.find("Đồng chí "))
    {
        Some(at) => &people_text[at..],
        None => skip_when(people_text),
    };
    for p in people_text.split(" và ").flat_map(|p| p.split("; ")) {
        let p = p.trim().trim_end_matches(" đồng").trim();
        let p = p.strip_suffix(" cùng").unwrap_or(p);
        if let Some(person) = person(p) {
            if !m.chairs.iter().any(|c| c.name == person.name) {
                m.chairs.push(person);
            }
        }
    }
}

/// The people part of "Chiều 31/3, tại …, đồng chí …": the words after the day and place.
fn skip_when(s: &str) -> &str {
    let mut rest = s;
    loop {
        let f = fold(rest);
        let first_comma = rest.find(", ");
        let leads_with_when = [
            "sang", "chieu", "toi", "ngay", "tai ", "luc", "hom nay", "vua qua", "trong",
        ]
        .iter()
        .any(|p| f.starts_with(p))
            || rest.chars().next().is_some_and(|c| c.is_ascii_digit());
        match (leads_with_when, first_comma) {
            (true, Some(at)) => rest = rest[at + 2..].trim_start(),
            _ => return rest,
        }
    }
}

/// "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Lê Duy Thành".
fn person(s: &str) -> Option<Person> {
    let s = s.trim_end_matches([',', ' ']);
    let f = fold(s);
    let s = if f.starts_with("dong chi ") {
        s["đồng chí ".len()..].trim()
    } else {
        s
    };
    let s = s.strip_prefix("Đồng chí ").unwrap_or(s).trim();
    if let Some((name, title)) = s.split_once(", ") {
        if is_name(name) {
            return Some(Person {
                name: name.to_owned(),
                title: title.trim().to_owned(),
            });
        }
    }
    // "chức vụ Tên": the longest run of capitalised words at the end that reads as a name.
    let words: Vec<&str> = s.split_whitespace().collect();
    for n in (2..=4).rev() {
        if words.len() >= n {
            let name = words[words.len() - n..].join(" ");
            if is_name(&name) && !fold(&name).contains("ubnd") {
                let title = words[..words.len() - n].join(" ");
                return Some(Person {
                    name,
                    title: title.trim_end_matches(',').to_owned(),
                });
            }
        }
    }
    None
}

/// A meeting's day: "31/3", "7-4", "31/3/2022"; without its year, the year of the document
/// that tells of it (a meeting told of is not after its report: a day later than the
/// document's by more than a week is of the year before).
pub fn day_of(word: &str, date: Option<NaiveDate>) -> Option<NaiveDate> {
    let parts: Vec<&str> = word
        .trim_end_matches([',', '.'])
        .split(['/', '-'])
        .collect();
    let num = |p: &str| {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [d, mo, y] if y.len() == 4 => NaiveDate::from_ymd_opt(num(y)? as i32, num(mo)?, num(d)?),
        [d, mo] if d.len() <= 2 && mo.len() <= 2 => {
            let date = date?;
            let day = NaiveDate::from_ymd_opt(date.year(), num(mo)?, num(d)?)?;
            if (day - date).num_days() > 7 {
                NaiveDate::from_ymd_opt(date.year() - 1, num(mo)?, num(d)?)
            } else {
                Some(day)
            }
        }
        _ => None,
    }
}

/// "8h30", "14h", "8 giờ" is read by the form's parser; here the compact forms.
fn time_of(word: &str) -> Option<NaiveTime> {
    let w = word.to_lowercase();
    let (h, m) = w.split_once('h')?;
    let h: u32 = h.parse().ok()?;
    let m: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// "Sở Nội vụ báo cáo 6 nội dung, bao gồm: …; …" → the items, each with the reporting agency.
fn items(text: &str, w: &[Word], f: &str, end: usize, dir: &Directory, m: &mut MeetingDraft) {
    let Some(bc) =
        (0..w.len()).find(|i| w[*i].is("bao") && w.get(i + 1).is_some_and(|x| x.is("cao")))
    else {
        return;
    };
    let Some(colon) = (bc..w.len()).find(|i| w[*i].is(":")) else {
        reported(text, w, dir, m);
        return;
    };
    if !(f.contains("noi dung") || f.contains("bao gom") || f.contains("gom")) {
        reported(text, w, dir, m);
        return;
    }
    let reporter = agencies::mentions(text, &w[..bc])
        .last()
        .map(|a| dir.draft(a.written.clone(), a.collective));
    let Some(first) = w.get(colon + 1) else {
        return;
    };
    let mut at = first.range.start;
    for piece in text[at..end].split(';') {
        let t = piece.trim().trim_end_matches('.');
        if !t.is_empty() {
            let off = piece.find(t).unwrap_or(0);
            let mut chars = t.chars();
            let text = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            m.items.push(ItemDraft {
                text,
                agency: reporter.clone(),
                span: Span::new(at + off, at + off + t.len()),
            });
        }
        at += piece.len() + 1;
    }
}

/// "Sở Nội vụ báo cáo kết quả …, Thanh tra tỉnh báo cáo kết quả thanh tra …": one item per
/// agency that reports, its words up to the next reporter or the clause's end.
fn reported(text: &str, w: &[Word], dir: &Directory, m: &mut MeetingDraft) {
    let found = agencies::mentions(text, w);
    let reports = |at: usize| {
        super::words::starts(w, at, "bao cao") || super::words::starts(w, at, "trinh bay")
    };
    let starts: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, a)| reports(a.end) && !a.titled)
        .map(|(n, a)| (n, a.end + 2))
        .collect();
    for (k, (n, from)) in starts.iter().enumerate() {
        let next = starts.get(k + 1).map_or(w.len(), |(n, _)| found[*n].start);
        let stop = (*from..next)
            .find(|j| {
                w[*j].is(";")
                    || w[*j].is(":")
                    || w[*j].is("(")
                    || w[*j].is(".")
                    || super::words::starts(w, *j, ", trong do")
                    || super::words::starts(w, *j, "va y kien")
            })
            .unwrap_or(next);
        let stop = if stop > *from && (w[stop - 1].is(",") || w[stop - 1].is("va")) {
            stop - 1
        } else {
            stop
        };
        if stop <= *from {
            continue;
        }
        let span = Span::new(w[*from].range.start, w[stop - 1].range.end);
        let words = text[span.start..span.end].trim_end_matches([',', ' ']);
        let mut chars = words.chars();
        let item = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let agency = Some(dir.draft(found[*n].written.clone(), found[*n].collective));
        m.items.push(ItemDraft {
            text: item,
            agency,
            span,
        });
    }
}

/// "đã hoàn thành 07/11 nhiệm vụ", "hoàn thành 590/620 nhiệm vụ được giao".
fn figures(text: &str, w: &[Word], m: &mut MeetingDraft) {
    for (i, word) in w.iter().enumerate() {
        // "tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%".
        if word.folded.ends_with('%') && i > 0 && w[i - 1].is("dat") {
            let from = (i.saturating_sub(14)..i)
                .rev()
                .find(|j| super::words::starts(w, *j, "ty le"));
            if let Some(from) = from {
                let span = Span::new(w[from].range.start, word.range.end);
                m.figures.push(Found {
                    value: text[span.start..span.end].to_owned(),
                    span,
                });
            }
            continue;
        }
        let Some((a, b)) = word.folded.split_once('/') else {
            continue;
        };
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|c| c.is_ascii_digit());
        if !digits(a) || !digits(b) {
            continue;
        }
        let noun = any_of(
            w,
            i + 1,
            &[
                "nhiem vu", "chi tieu", "noi dung", "thu tuc", "van ban", "de an",
            ],
        );
        let Some(n) = noun else { continue };
        let back = (i.saturating_sub(3)..i)
            .find(|j| ["da", "hoan", "dat", "thuc"].contains(&w[*j].folded.as_str()))
            .unwrap_or(i);
        let end = i + 1 + n;
        let end = end + any_of(w, end, &["duoc giao", "de ra"]).unwrap_or(0);
        let span = Span::new(w[back].range.start, w[end - 1].range.end);
        m.figures.push(Found {
            value: text[span.start..span.end].to_owned(),
            span,
        });
    }
}

/// The conclusions: the points at the top depth after "kết luận như sau:", or each paragraph
/// when they are not numbered.
fn conclusions(text: &str, lines: &[Line], m: &mut MeetingDraft) {
    let top = lines
        .iter()
        .filter(|l| l.marker != Marker::None)
        .map(|l| l.marker.depth())
        .min();
    for l in lines {
        let keep = match top {
            Some(d) => l.marker != Marker::None && l.marker.depth() == d,
            None => true,
        };
        if keep && !l.row {
            let s = text[l.body..l.range.end].trim();
            m.conclusions.push(Found {
                value: s.to_owned(),
                span: Span::new(l.body, l.range.end),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::lines::split;

    fn meeting(text: &str) -> MeetingDraft {
        let dir = Directory::new(&[]);
        read(
            text,
            &split(text),
            NaiveDate::from_ymd_opt(2022, 4, 1),
            &dir,
        )
        .expect("a meeting")
    }

    #[test]
    fn the_day_the_place_and_the_chair_are_read() {
        let m = meeting("Chiều 31/3, tại Trụ sở UBND tỉnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Duy Thành chủ trì hội nghị nghe Sở Nội vụ báo cáo công tác phân cấp. Cùng dự có đại diện các sở, ngành; UBND các huyện, thành phố.");
        assert_eq!(m.day, NaiveDate::from_ymd_opt(2022, 3, 31));
        assert_eq!(m.part, Some(DayPart::Afternoon));
        assert_eq!(m.place, "Trụ sở UBND tỉnh");
        assert_eq!(
            m.chairs,
            [Person {
                name: "Lê Duy Thành".into(),
                title: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh".into()
            }]
        );
        assert_eq!(m.kind, MeetingKind::Conference);
        assert!(m.title.starts_with("Hội nghị nghe Sở Nội vụ báo cáo"));
        assert_eq!(
            m.attendees,
            ["đại diện các sở, ngành", "UBND các huyện, thành phố"]
        );
    }

    #[test]
    fn a_chair_named_first_keeps_his_title_after_the_comma() {
        let m = meeting(
            "Sáng ngày 7-4, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.",
        );
        assert_eq!(m.day, NaiveDate::from_ymd_opt(2022, 4, 7));
        assert_eq!(m.chairs[0].name, "Nguyễn Văn An");
        assert_eq!(m.chairs[0].title, "Phó Chủ tịch UBND tỉnh");
    }

    #[test]
    fn items_figures_and_conclusions_are_read() {
        let m = meeting("Chiều 31/3, Chủ tịch UBND tỉnh Lê Văn Bình chủ trì hội nghị.\nSở Nội vụ đã báo cáo 3 nội dung, bao gồm: phân cấp; đào tạo cán bộ; kiểm tra công vụ.\nĐến nay đã hoàn thành 07/11 nhiệm vụ.\nChủ tịch UBND tỉnh kết luận như sau:\n1. Đồng ý chủ trương.\n2. Giao Sở Nội vụ hoàn thiện.");
        let items: Vec<_> = m.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items, ["Phân cấp", "Đào tạo cán bộ", "Kiểm tra công vụ"]);
        assert_eq!(
            m.items[0].agency.as_ref().map(|a| a.written.as_str()),
            Some("Sở Nội vụ")
        );
        assert_eq!(m.figures[0].value, "đã hoàn thành 07/11 nhiệm vụ");
        assert_eq!(m.conclusions.len(), 2);
    }
}
