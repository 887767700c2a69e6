//! Who is given what: "giao X (chủ trì,) phối hợp với Y …", "đề nghị X …", "yêu cầu X …", "X
//! chủ trì …", "X có trách nhiệm / được giao …", a numbered point that opens with an agency
//! ("1. Sở Tư pháp: …") and the lines under it, and a sentence with no subject that goes on
//! with the last addressee. Each becomes a task draft with its lead, coordinators, deadline and
//! the words of the task.

use super::agencies::{self, Directory, Mention};
use super::lines::{self, Line, Marker};
use super::words::{any_of, starts, words, Word};
use super::{deadline, AgencyDraft, Confidence, Span, TaskDraft};
use crate::domain::deadline::Deadline;
use chrono::NaiveDate;

/// Words that hand a task to the agency after them.
const CUES_BEFORE: &[&str] = &[
    "giao cho",
    "giao",
    "de nghi",
    "yeu cau",
    "chi dao",
    "dong y giao",
];
/// What follows "giao" when it is not handing over a task ("giao thông", "bàn giao").
const NOT_GIVING: &[&str] = &[
    "thong", "dich", "ban", "luu", "nhan", "ket", "quyen", "dat", "tiep", "duc",
];
/// Words after an agency that make it the one tasked.
const CUES_AFTER: &[&str] = &[
    "chu tri",
    "co trach nhiem",
    "duoc giao",
    "phu trach",
    "khan truong",
    "tiep tuc",
    "tham muu",
    "chu dong",
    "can",
    "phai",
    "nghien cuu",
    "xay dung",
    "hoan thien",
    "huong dan",
    "rasoat",
    "ra soat",
    "to chuc",
    "theo doi",
    "tong hop",
    "kiem tra",
    "thuc hien",
    "trien khai",
    "bao cao",
    "lam",
    "dam bao",
    "hoan thanh",
    "cung cap",
    "dong chu tri",
    "chiu trach nhiem",
    "chi dao",
    "bo tri",
    "nghiem tuc",
    "can cu",
    "tap trung",
    "day manh",
    "tang cuong",
    "phan dau",
];
/// Words a sentence with no subject opens with when it goes on with the last addressee's task.
const GOING_ON: &[&str] = &[
    "dong thoi",
    "tiep tuc",
    "khan truong",
    "chu dong",
    "phoi hop",
    "tham muu",
    "hoan thanh",
    "hoan thien",
    "ra soat",
    "xay dung",
    "to chuc",
    "tong hop",
    "bao cao",
    "nghien cuu",
    "kiem tra",
    "theo doi",
    "trien khai",
    "huong dan",
    "de xuat",
    "thuc hien",
    "cap nhat",
    "cong khai",
    "dua",
    "day manh",
    "tang cuong",
    "bo sung",
    "sua doi",
    "trinh",
    "lap",
];
/// The meeting nouns after "chủ trì" that make it a chair, not a task.
const MEETING_NOUNS: &[&str] = &[
    "hoi nghi",
    "cuoc hop",
    "buoi lam viec",
    "phien hop",
    "buoi hop",
    "hop",
];

/// The assignments said in `body`.
pub fn read(text: &str, body: &[Line], date: Option<NaiveDate>, dir: &Directory) -> Vec<TaskDraft> {
    let mut out: Vec<TaskDraft> = Vec::new();
    // The agency each numbered point opening with one addresses, by depth.
    let mut points: Vec<(u8, AgencyDraft)> = Vec::new();
    // The last addressee, for a sentence with no subject that goes on with its task.
    let mut carried: Option<AgencyDraft> = None;
    for line in body.iter().filter(|l| !l.row) {
        let depth = line.marker.depth();
        points.retain(|(d, _)| *d < depth || line.marker == Marker::None && *d < 8);
        let from_point = !points.is_empty();
        let mut last: Option<AgencyDraft> = points.last().map(|p| p.1.clone()).or(carried.clone());
        let sentences = lines::sentences(text, line.body..line.range.end);
        let mut opened = false;
        // Whether the clause before ended with ";" and gave a task: a clause with no lead of
        // its own goes on that task.
        let mut going_on = false;
        for (n, s) in sentences.iter().enumerate() {
            let mut w = words(text, s.clone());
            if w.is_empty() || closing(&text[s.clone()]) {
                continue;
            }
            let mut found = agencies::mentions(text, &w);
            // "1. Sở Tư pháp:" (alone or before its task) addresses the point.
            if n == 0 && line.marker != Marker::None {
                if let Some(m) = found.first().filter(|m| m.start == 0).cloned() {
                    if w.get(m.end).is_none_or(|x| x.is(":")) {
                        let a = dir.draft(m.written.clone(), m.collective);
                        points.push((depth, a.clone()));
                        last = Some(a);
                        opened = true;
                        if w.len() <= m.end + 1 {
                            continue;
                        }
                        w.drain(..m.end + 1);
                        found = agencies::mentions(text, &w);
                    }
                }
            }
            let start = w[0].range.start;
            // "Hoàn thành trong quý IV/2025.": the deadline of the task just given.
            let alone = deadline_alone(text, start..s.end, &w, date);
            let goes_on = going_on && lead(&w, &found, false).is_none();
            if alone.is_some() || goes_on {
                let said = alone.or_else(|| deadline::find(&text[start..s.end], start, date));
                if let Some(task) = out.last_mut() {
                    if let Some(said) = said.filter(|_| task.deadline == Deadline::None) {
                        task.deadline = said.deadline;
                        task.on_request = said.on_request;
                        task.deadline_span = Some(Span::of(said.span));
                    }
                    task.span.end = task.span.end.max(s.end);
                }
                going_on &= text[..s.end].ends_with(';');
                continue;
            }
            // "…, Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị:": the addressee of the
            // points that follow, not a task of its own.
            if text[..s.end].ends_with(':') {
                if let Some((at, _)) = lead(&w, &found, false) {
                    let (written, last_at) = widened(text, &w, &found, at);
                    if found[last_at].end + 1 >= w.len() {
                        last = Some(dir.draft(written, found[at].collective));
                        opened = true;
                        continue;
                    }
                }
            }
            let next = sentences.get(n + 1).map(|r| &text[r.clone()]);
            let addressed = opened || from_point;
            match one(
                text,
                start,
                &w,
                &found,
                last.as_ref(),
                addressed,
                date,
                dir,
                next,
                n == 0 && line.marker != Marker::None,
            ) {
                Some(task) => {
                    last = task.lead.clone().or(last);
                    out.push(task);
                    going_on = text[..s.end].ends_with(';');
                }
                None => going_on = false,
            }
        }
        carried = last;
    }
    out
}

/// "… để biết, thực hiện./.", "Nghiêm túc triển khai thực hiện./.": the formula a document
/// closes with, not a task.
fn closing(sentence: &str) -> bool {
    let f = crate::search::fold(sentence);
    f.ends_with("./")
        || f.ends_with("./.")
        || f.contains("biet, thuc hien")
        || f.contains("de biet")
}

/// A sentence that only says when: "Hoàn thành trước ngày 30/11/2025.", "Thời hạn: quý
/// III/2023.", "Xong trước 15/4."
fn deadline_alone(
    text: &str,
    s: std::ops::Range<usize>,
    w: &[Word],
    date: Option<NaiveDate>,
) -> Option<deadline::Said> {
    const OPENING: &[&str] = &[
        "hoan thanh truoc",
        "hoan thanh trong",
        "hoan thanh xong",
        "hoan thanh chậm nhat",
        "thoi han",
        "thoi gian hoan thanh",
        "thoi gian thuc hien",
        "xong truoc",
        "truoc ngay",
        "cham nhat",
        "han hoan thanh",
        // A report of the task just given, with its day: "Kết quả báo cáo Tổ công tác trước
        // ngày 30/9/2023.", "Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/9/2023."
        "ket qua bao cao",
        "ket qua gui",
        "tong hop ket qua , bao cao",
        "tong hop , bao cao",
        "tong hop ket qua",
        "bao cao ket qua",
        "bao cao",
    ];
    if w.len() > 14 || any_of(w, 0, OPENING).is_none() {
        return None;
    }
    deadline::find(&text[s.clone()], s.start, date)
}

/// The task a sentence gives, if it gives one. `last` is the addressee it may go on with.
#[allow(clippy::too_many_arguments)]
fn one(
    text: &str,
    start: usize,
    w: &[Word],
    found: &[Mention],
    last: Option<&AgencyDraft>,
    addressed: bool,
    date: Option<NaiveDate>,
    dir: &Directory,
    next: Option<&str>,
    point: bool,
) -> Option<TaskDraft> {
    let end = w.last()?.range.end;
    let (lead_at, confidence) = match lead(w, found, point) {
        Some(found) => found,
        None => {
            let going_on = any_of(w, skip_opening(w), GOING_ON).is_some();
            let agency = last?;
            if !going_on && !addressed || reports_only(w, skip_opening(w), text, start, end, date) {
                return None;
            }
            let confidence = if addressed {
                Confidence::Likely
            } else {
                Confidence::Unsure
            };
            let mut drafted = task(
                text,
                start,
                end,
                w,
                None,
                &[],
                Some(agency.clone()),
                confidence,
                date,
                next,
            );
            // "Phối hợp với Sở Y tế triển khai …": the partners of a task going on.
            drafted.coordinating = coordinators(w, found, 0)
                .into_iter()
                .map(|m| dir.draft(m.written.clone(), m.collective))
                .filter(|a| a.written != agency.written)
                .collect();
            return Some(drafted);
        }
    };
    let (written, last_at) = widened(text, w, found, lead_at);
    let lead_m = &found[last_at];
    let coordinating = coordinators(w, found, found[last_at].end);
    let lead = dir.draft(written, found[lead_at].collective);
    // "Báo cáo …" as a subject's verb is a task only with its deadline; "báo cáo 6 nội dung"
    // is what was reported at the meeting.
    let verb = lead_m.end + usize::from(w.get(lead_m.end).is_some_and(|x| x.is(",")));
    if reports_only(w, verb, text, start, end, date) {
        return None;
    }
    let confidence = match (lead.known.is_some() || lead.collective, confidence) {
        (true, c) => c,
        (false, _) => Confidence::Likely,
    };
    let coordinating: Vec<AgencyDraft> = coordinating
        .iter()
        .map(|m| dir.draft(m.written.clone(), m.collective))
        .filter(|a| a.written != lead.written)
        .collect();
    let mut drafted = task(
        text,
        start,
        end,
        w,
        Some(lead_m),
        found,
        Some(lead),
        confidence,
        date,
        next,
    );
    drafted.coordinating = coordinating;
    Some(drafted)
}

/// The lead as written, from a title before it ("Thủ trưởng các sở, ban, ngành", "Chủ tịch
/// UBND các xã") through the collectives joined to it ("các sở, ban, ngành tỉnh, UBND các
/// huyện, thành phố"): one addressee, as the document names it. Also the index of the last
/// mention it took in.
fn widened(text: &str, w: &[Word], found: &[Mention], lead_at: usize) -> (String, usize) {
    const TITLES: &[&str] = LEAD_TITLES;
    let first = &found[lead_at];
    let mut start = first.range.start;
    if let Some(n) =
        (1..=3).find(|n| first.start >= *n && any_of(w, first.start - n, TITLES) == Some(*n))
    {
        start = w[first.start - n].range.start;
    }
    let last = chain_end(w, found, lead_at);
    let end = found[last].range.end;
    (text[start..end].to_owned(), last)
}

/// The last of the collectives joined to the mention `at` by "," or "và" (a title between
/// them allowed): "các sở, ban, ngành tỉnh, UBND các huyện, thành phố".
fn chain_end(w: &[Word], found: &[Mention], at: usize) -> usize {
    let mut last = at;
    while found[last].collective {
        let mut j = found[last].end;
        j += any_of(w, j, &[",", "va"]).unwrap_or(0);
        j += any_of(w, j, LEAD_TITLES).unwrap_or(0);
        match found.get(last + 1) {
            Some(next) if next.start == j && next.collective && j > found[last].end => last += 1,
            _ => break,
        }
    }
    last
}

/// The titles of those who head an agency, named for it: "Thủ trưởng các sở, ban, ngành".
const LEAD_TITLES: &[&str] = &[
    "thu truong",
    "giam doc",
    "chu tich",
    "lanh dao",
    "nguoi dung dau",
];

/// Whether the words from `at` only report ("báo cáo …") with no deadline to do it by.
fn reports_only(
    w: &[Word],
    at: usize,
    text: &str,
    start: usize,
    end: usize,
    date: Option<NaiveDate>,
) -> bool {
    let reports = super::words::starts(w, at, "bao cao");
    let items = w
        .get(at + 2)
        .is_some_and(|x| x.folded.bytes().all(|b| b.is_ascii_digit()))
        || super::words::starts(w, at + 2, "cac noi dung");
    reports && (items || deadline::find(&text[start..end], start, date).is_none())
}

/// "Đồng thời,", "Về …,": words a sentence may open with before its verb.
fn skip_opening(w: &[Word]) -> usize {
    // "Về cải cách hành chính: Phòng Cải cách hành chính chủ trì …".
    if w.first().is_some_and(|x| x.is("ve")) {
        if let Some(colon) = (1..w.len().min(16)).find(|i| w[*i].is(":")) {
            return colon + 1;
        }
    }
    match any_of(w, 0, &["dong thoi ,", "ngoai ra ,", "mat khac ,"]) {
        Some(n) => n,
        None => usize::from(w.first().is_some_and(|x| x.punct)),
    }
}

/// Which mention is the lead, and how sure: after a cue word, or before a cue verb.
/// `point`: the sentence opens a numbered point, where an agency first is the one tasked.
fn lead(w: &[Word], found: &[Mention], point: bool) -> Option<(usize, Confidence)> {
    for (i, word) in w.iter().enumerate() {
        let Some(n) = any_of(w, i, CUES_BEFORE) else {
            continue;
        };
        if word.is("giao")
            && w.get(i + 1)
                .is_some_and(|x| NOT_GIVING.contains(&x.folded.as_str()))
        {
            continue;
        }
        // "theo đề nghị của …", "xét đề nghị …", "yêu cầu của …": a request received, not made.
        let before = i.checked_sub(1).map(|b| w[b].folded.as_str());
        if matches!(before, Some("theo" | "xet" | "duoc" | "dap" | "ung"))
            || w.get(i + n).is_some_and(|x| x.is("cua"))
        {
            continue;
        }
        let mut j = i + n;
        j += any_of(w, j, &["dong chi", ":", "cho"]).unwrap_or(0);
        j += any_of(w, j, &["thu truong", "giam doc", "chu tich", "lanh dao"]).unwrap_or(0);
        if let Some(m) = found.iter().position(|m| m.start >= j && m.start <= j + 1) {
            return Some((m, Confidence::Sure));
        }
    }
    // "Sở Nội vụ chủ trì …", "Sở Tư pháp có trách nhiệm …" at the start of the sentence.
    let first = found.first()?;
    let open = skip_opening(w);
    // "Giám đốc Sở Tài nguyên và Môi trường có trách nhiệm …": the head of an agency, named
    // at the sentence's start, answers for it; a title later in the sentence is a person's.
    let heads = [
        "giam doc",
        "thu truong",
        "chu tich",
        "chanh van phong",
        "truong ban",
    ];
    let headed = (1..=3).any(|n| first.start == open + n && any_of(w, open, &heads) == Some(n));
    if !headed && (first.start > open + 1 || first.titled) {
        return None;
    }
    let last = &found[chain_end(w, found, 0)];
    let after = last.end + usize::from(w.get(last.end).is_some_and(|x| x.is(",")));
    let Some(cue) = any_of(w, after, CUES_AFTER) else {
        // "3. Sở Tài chính bố trí kinh phí …": a numbered point that opens with an agency
        // tasks it, whatever its verb.
        let verb = w.get(after).is_some_and(|x| !x.punct && !x.cap);
        return (point && first.start <= open + 3 && verb).then_some((0, Confidence::Likely));
    };
    if starts(w, after, "chu tri") && any_of(w, after + cue, MEETING_NOUNS).is_some() {
        return None;
    }
    Some((0, Confidence::Sure))
}

/// The agencies after "phối hợp (với)" or "cùng", and those listed right after the lead.
fn coordinators<'a>(w: &[Word], found: &'a [Mention], from: usize) -> Vec<&'a Mention> {
    let mut out = Vec::new();
    // A list of agencies from `at`: "Sở Tư pháp, Sở Tài chính và các sở: Nội vụ, Y tế".
    let list = |mut at: usize, out: &mut Vec<&'a Mention>| -> usize {
        let mut skipped = 0;
        loop {
            if let Some(m) = found.iter().find(|m| m.start == at) {
                out.push(m);
                at = m.end;
                skipped = 0;
            } else if skipped < 2 && any_of(w, at, &[",", "va", "voi", "cac"]).is_some() {
                at += 1;
                skipped += 1;
            } else {
                return at;
            }
        }
    };
    // "giao Sở Nội vụ, Sở Tư pháp …": the rest of a list right after the lead.
    let mut i = list(from, &mut out);
    while i < w.len() {
        let partners = [
            "phoi hop chat che voi",
            "phoi hop voi",
            "phoi hop",
            "cung voi",
        ];
        match any_of(w, i, &partners) {
            Some(n) => i = list(i + n, &mut out),
            None => i += 1,
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn task(
    text: &str,
    start: usize,
    end: usize,
    w: &[Word],
    lead_m: Option<&Mention>,
    found: &[Mention],
    lead: Option<AgencyDraft>,
    confidence: Confidence,
    date: Option<NaiveDate>,
    next: Option<&str>,
) -> TaskDraft {
    let said = deadline::find(&text[start..end], start, date).or_else(|| {
        let next = next?;
        let f = crate::search::fold(next);
        let cue = [
            "thoi han",
            "thoi gian hoan thanh",
            "hoan thanh truoc",
            "xong truoc",
            "han hoan thanh",
        ];
        cue.iter().any(|c| f.starts_with(c)).then_some(())?;
        let at = text[end..].find(next).map(|o| end + o)?;
        deadline::find(next, at, date)
    });
    let title_from = title_start(w, lead_m, found);
    let mut title_end = end;
    if let Some(s) = said
        .as_ref()
        .filter(|s| s.span.start > start && s.span.start < end)
    {
        title_end = s.span.start;
    }
    let title = tidy(&text[title_from.min(title_end)..title_end]);
    let (deadline, deadline_span, on_request) = match said {
        Some(s) => (s.deadline, Some(Span::of(s.span)), s.on_request),
        None => (Default::default(), None, false),
    };
    TaskDraft {
        title: if title.is_empty() {
            tidy(&text[start..end])
        } else {
            title
        },
        lead,
        coordinating: Vec::new(),
        deadline,
        deadline_span,
        on_request,
        group: None,
        span: Span::new(start, end),
        confidence,
    }
}

/// Where the words of the task begin: after the lead, "chủ trì", the coordinators and "các cơ
/// quan liên quan", or the sentence's opening words when it has no lead.
fn title_start(w: &[Word], lead_m: Option<&Mention>, found: &[Mention]) -> usize {
    let Some(lead) = lead_m else {
        return w.get(skip_opening(w)).map_or(0, |x| x.range.start);
    };
    let mut i = lead.end;
    loop {
        let before = i;
        i += any_of(
            w,
            i,
            &[
                ",",
                ":",
                "va",
                "chu tri",
                "co trach nhiem",
                "duoc giao",
                "phu trach",
            ],
        )
        .unwrap_or(0);
        if let Some(n) = any_of(
            w,
            i,
            &[
                "phoi hop chat che voi",
                "phoi hop voi",
                "phoi hop",
                "cung voi",
            ],
        ) {
            i += n;
        }
        if let Some(m) = found.iter().find(|m| m.start == i) {
            i = m.end;
        }
        i += any_of(
            w,
            i,
            &[
                "cac co quan , don vi lien quan",
                "cac co quan lien quan",
                "cac don vi lien quan",
                "cac co quan , don vi co lien quan",
                "cac dia phuong lien quan",
            ],
        )
        .unwrap_or(0);
        if i == before {
            break;
        }
    }
    w.get(i).map_or(lead.range.end, |x| x.range.start)
}

/// A task's words as a title: punctuation and linking words trimmed at both ends, the first
/// letter capitalised.
fn tidy(s: &str) -> String {
    let mut t =
        s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-'));
    for tail in [
        ", hoàn thành",
        " hoàn thành",
        ", xong",
        ", báo cáo kết quả",
        " và",
        ",",
    ] {
        t = t.strip_suffix(tail).unwrap_or(t).trim_end();
    }
    let t = t.trim_end_matches([',', ';', ':']);
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deadline::Deadline;
    use crate::intake::lines::split;

    fn tasks(text: &str) -> Vec<TaskDraft> {
        let dir = Directory::new(&[(crate::fixtures::id(1), "Sở Nội vụ".to_owned())]);
        read(
            text,
            &split(text),
            NaiveDate::from_ymd_opt(2022, 4, 5),
            &dir,
        )
    }

    #[test]
    fn giao_names_the_lead_and_phoi_hop_the_coordinators() {
        let t = tasks("Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp tham mưu ban hành Quyết định phân cấp.");
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].lead.as_ref().map(|a| a.written.as_str()),
            Some("Sở Nội vụ")
        );
        assert_eq!(
            t[0].lead.as_ref().and_then(|a| a.known.clone()),
            Some(crate::fixtures::id(1))
        );
        let co: Vec<_> = t[0]
            .coordinating
            .iter()
            .map(|a| a.written.as_str())
            .collect();
        assert_eq!(co, ["Sở Tài chính", "Sở Tư pháp"]);
        assert_eq!(t[0].title, "Tham mưu ban hành Quyết định phân cấp");
        assert_eq!(t[0].deadline, Deadline::None);
    }

    #[test]
    fn a_subject_before_its_verb_is_the_lead_but_a_chair_is_not() {
        let t = tasks("Sở Tư pháp có trách nhiệm thẩm định dự thảo. Đồng chí Lê Văn An, Chủ tịch UBND tỉnh chủ trì hội nghị.");
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].lead.as_ref().map(|a| a.written.as_str()),
            Some("Sở Tư pháp")
        );
        assert_eq!(t[0].title, "Thẩm định dự thảo");
    }

    #[test]
    fn a_point_opening_with_an_agency_addresses_the_lines_under_it() {
        let t = tasks("2. Sở Tư pháp:\n- Rà soát các văn bản quy phạm pháp luật;\n- Tổng hợp kết quả.\n3. Về tổ chức hội nghị, đồng ý chủ trương.");
        let leads: Vec<_> = t
            .iter()
            .map(|t| t.lead.as_ref().map(|a| a.written.clone()))
            .collect();
        assert_eq!(
            leads,
            [Some("Sở Tư pháp".to_owned()), Some("Sở Tư pháp".to_owned())]
        );
    }

    #[test]
    fn requests_received_are_not_assignments() {
        assert!(tasks("Xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV, Chủ tịch UBND tỉnh có ý kiến như sau:").is_empty());
        assert!(tasks("Sở Giao thông vận tải báo cáo tình hình giao thông.").len() <= 1);
    }

    #[test]
    fn a_sentence_with_no_subject_goes_on_with_the_last_addressee() {
        let t = tasks("Đề nghị UBND các huyện, thành phố rà soát thủ tục. Đồng thời, tổng hợp kết quả gửi Sở Nội vụ.");
        assert_eq!(t.len(), 2);
        assert_eq!(
            t[1].lead.as_ref().map(|a| a.written.as_str()),
            Some("UBND các huyện, thành phố")
        );
        assert_eq!(t[1].confidence, Confidence::Unsure);
    }
}
