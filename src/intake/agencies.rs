//! Agencies as documents name them: "Sở Nội vụ", "Sở KH&ĐT", "Ban Tổ chức Tỉnh ủy", "UBND
//! huyện Tam Dương", "các Sở: Tài chính, Tư pháp" (two), and collective addressees kept as
//! written ("các sở, ban, ngành", "UBND các huyện, thành phố"); each matched to the office's
//! directory by `agency_key` (accents, case, đ and abbreviations folded).

use super::words::{any_of, starts, Word};
use super::{AgencyDraft, Drafts, NewAgency, Span};
use crate::domain::agency::agency_key;
use crate::domain::Id;
use crate::search::fold;
use std::collections::HashSet;
use std::ops::Range;

/// The office's agencies, by the key their names are compared in.
pub struct Directory {
    keys: Vec<(String, Id)>,
}

impl Directory {
    pub fn new(agencies: &[(Id, String)]) -> Directory {
        let keys = agencies
            .iter()
            .map(|(id, name)| (agency_key(name), id.clone()))
            .collect();
        Directory { keys }
    }

    /// The directory's agency a written name means: the same key, or the same once "tỉnh"
    /// (the office's own province) is left off either side.
    pub fn known(&self, written: &str) -> Option<Id> {
        let key = agency_key(written);
        let bare = |k: &str| k.strip_suffix(" tinh").unwrap_or(k).to_owned();
        let key_bare = bare(&key);
        let exact = self.keys.iter().find(|(k, _)| *k == key);
        let near = || self.keys.iter().find(|(k, _)| bare(k) == key_bare);
        exact.or_else(near).map(|(_, id)| id.clone())
    }

    pub fn draft(&self, written: String, collective: bool) -> AgencyDraft {
        AgencyDraft {
            known: self.known(&written),
            written,
            collective,
        }
    }
}

/// An agency named in a sentence: its bytes, its words, and how it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub range: Range<usize>,
    /// Word indices: `words[start..end]`.
    pub start: usize,
    pub end: usize,
    pub written: String,
    pub collective: bool,
    /// Part of a person's title ("Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ").
    pub titled: bool,
}

/// Words that name a kind of agency, then what must follow them.
const HEADS: &[(&str, Follow)] = &[
    ("uy ban nhan dan", Follow::Place),
    ("ubnd", Follow::Place),
    ("hoi dong nhan dan", Follow::Place),
    ("hdnd", Follow::Place),
    ("van phong", Follow::NameOrBody),
    ("vp", Follow::NameOrBody),
    ("so", Follow::Name),
    ("bo chi huy", Follow::Name),
    ("bo", Follow::Name),
    ("ban", Follow::Name),
    ("thanh tra", Follow::PlaceOrName),
    ("cong an", Follow::PlaceOrName),
    ("bao hiem xa hoi", Follow::PlaceOrName),
    ("bhxh", Follow::PlaceOrName),
    ("kho bac nha nuoc", Follow::PlaceOrName),
    ("kho bac", Follow::Name),
    ("cuc", Follow::Name),
    ("chi cuc", Follow::Name),
    ("trung tam", Follow::Name),
    ("dai", Follow::Name),
    ("bao", Follow::Name),
    ("lien doan", Follow::Name),
    ("uy ban mat tran to quoc", Follow::PlaceOrNothing),
    ("uy ban mttq", Follow::PlaceOrNothing),
    ("uy ban mttq viet nam", Follow::PlaceOrNothing),
    ("uy ban mat tran to quoc viet nam", Follow::PlaceOrNothing),
    ("uy ban", Follow::Name),
    ("mat tran to quoc", Follow::PlaceOrNothing),
    ("tinh doan", Follow::Nothing),
    ("hoi", Follow::Name),
    ("tinh uy", Follow::Nothing),
    ("thanh uy", Follow::Nothing),
    ("huyen uy", Follow::Nothing),
    ("dang uy", Follow::PlaceOrName),
    ("phong", Follow::Name),
    ("truong", Follow::Name),
    ("vien", Follow::Name),
    ("toa an nhan dan", Follow::PlaceOrNothing),
    ("vien kiem sat nhan dan", Follow::PlaceOrNothing),
    ("ngan hang", Follow::Name),
    ("hiep hoi", Follow::Name),
    ("ban can su dang", Follow::NameOrBody),
    ("dang doan", Follow::NameOrBody),
    ("chi nhanh", Follow::Name),
    ("buu dien", Follow::PlaceOrName),
    ("vien thong", Follow::PlaceOrName),
    ("viettel", Follow::NameOrNothing),
    ("vnpt", Follow::NameOrNothing),
    ("to cong tac", Follow::PlaceOrNothing),
    ("hoi dong", Follow::Name),
];

/// Whether `text` opens with an agency's name ("Sở Nội vụ trình …", "UBND các huyện …"): a
/// capitalised head of the table above, followed as that head is (a name in capitals after
/// "Sở" or "Bộ", a place after "UBND"). "Trình UBND tỉnh …", "Bố trí kinh phí" and "Ban hành
/// quy chế" do not.
pub(crate) fn opens_with_agency(text: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<&str> = text.split_whitespace().collect();
    let opens = |(head, follow): &(&str, Follow)| {
        let n = head.split(' ').count();
        let folded = words.get(..n).map(|w| fold(&w.join(" ")));
        if folded.as_deref() != Some(*head) {
            return false;
        }
        let next = words.get(n).copied().unwrap_or("");
        let place = [PLACE_WORDS, &["cac", "cap"]]
            .concat()
            .contains(&fold(next).as_str());
        match follow {
            Follow::Place | Follow::Nothing | Follow::PlaceOrNothing => true,
            Follow::Name | Follow::NameOrNothing => capital(next),
            Follow::NameOrBody | Follow::PlaceOrName => capital(next) || place,
        }
    };
    words.first().is_some_and(|w| capital(w)) && HEADS.iter().any(opens)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follow {
    /// A place: "tỉnh", "huyện Tam Dương", "các huyện, thành phố", "cấp xã".
    Place,
    /// A name: "Nội vụ", "Kế hoạch và Đầu tư", then perhaps a place.
    Name,
    /// A name, or the body it serves ("Văn phòng UBND tỉnh").
    NameOrBody,
    PlaceOrName,
    PlaceOrNothing,
    /// A company's branch: "Viettel Tân Phong", or the name alone.
    NameOrNothing,
    Nothing,
}

/// The fields of agencies, folded, longest first where one begins another: what a name after
/// "Sở", "Bộ" or "Ban" may be when its words run into the verb that follows.
const FIELDS: &[&str] = &[
    "to chuc - bien che va to chuc phi chinh phu",
    "to chuc - bien che",
    "cong chuc - vien chuc",
    "cai cach hanh chinh",
    "van thu - luu tru",
    "dang ky dat dai",
    "kiem soat thu tuc hanh chinh",
    "hanh chinh - tong hop",
    "tai chinh - ke hoach",
    "kinh te - ha tang",
    "kinh te va ha tang",
    "van hoa va thong tin",
    "van hoa - thong tin",
    "ke hoach va dau tu",
    "tai nguyen va moi truong",
    "nong nghiep va phat trien nong thon",
    "nong nghiep va moi truong",
    "giao duc va dao tao",
    "lao dong - thuong binh va xa hoi",
    "lao dong thuong binh va xa hoi",
    "van hoa , the thao va du lich",
    "van hoa , the thao va du lich",
    "van hoa the thao va du lich",
    "van hoa va the thao",
    "khoa hoc va cong nghe",
    "thong tin va truyen thong",
    "giao thong van tai",
    "dan toc va ton giao",
    "thi dua - khen thuong",
    "quan ly cac khu cong nghiep",
    "phat thanh va truyen hinh",
    "phat thanh - truyen hinh",
    "xuc tien dau tu",
    "phuc vu hanh chinh cong",
    "hanh chinh cong",
    "quan su",
    "noi vu",
    "tu phap",
    "tai chinh",
    "cong thuong",
    "xay dung",
    "y te",
    "ngoai vu",
    "dan toc",
    "to chuc",
    "tuyen giao",
    "dan van",
    "noi chinh",
    "kiem tra",
    "ton giao",
    "kh&dt",
    "khdt",
    "tt&tt",
    "tttt",
    "ld-tb&xh",
    "ldtbxh",
    "tn&mt",
    "tnmt",
    "gd&dt",
    "gddt",
    "nn&ptnt",
    "gtvt",
    "kh&cn",
    "khcn",
    "vh,tt&dl",
    "vhtt&dl",
];

/// Places after an agency: "các huyện, thành phố" and the other collective ones first.
const PLACES_MANY: &[&str] = &[
    "cac huyen , thi xa , thanh pho",
    "cac huyen , thanh pho , thi xa",
    "cac huyen , thanh pho",
    "cac huyen , thi xa",
    "cac xa , phuong , thi tran",
    "cac xa , thi tran",
    "cac phuong , xa",
    "cac xa , phuong , thi tran tren dia ban",
    "cac xa , phuong",
    "cac huyen",
    "cac xa",
    "cap huyen",
    "cap xa",
    "cap tinh",
];
const PLACE_WORDS: &[&str] = &[
    "tinh",
    "thanh pho",
    "huyen",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "quan",
];

/// Addressees named as a group, kept as written.
const COLLECTIVES: &[&str] = &[
    "cac phong , ban chuyen mon",
    "cac phong , ban , nganh",
    "cac phong chuyen mon",
    "cac thanh vien ban chi dao",
    "thanh vien ban chi dao",
    "cac huyen uy , thanh uy , dang uy truc thuoc tinh uy",
    "cac huyen uy , thanh uy , dang uy truc thuoc",
    "cac huyen uy , thanh uy",
    "cac ban dang",
    "cac ban , so , nganh",
    "cac so , ban , nganh , dia phuong",
    "cac so , nganh , dia phuong",
    "cac co quan , don vi , dia phuong",
    "cac so , ban , nganh , dia phuong",
    "cac so , ban , nganh , doan the",
    "cac so , ban , nganh",
    "cac so , nganh",
    "cac co quan , don vi , dia phuong",
    "cac co quan , don vi",
    "cac co quan chuyen mon thuoc ubnd tinh",
    "cac co quan chuyen mon",
    "cac dia phuong",
    "cac so",
];

/// Titles of people: an agency right after one is part of the person's title.
const TITLES: &[&str] = &[
    "chu tich",
    "giam doc",
    "bi thu",
    "chanh van phong",
    "truong ban",
    "chanh thanh tra",
    "thu truong",
    "lanh dao",
    "truong phong",
    "uy vien",
    "pho",
    "dai bieu",
    "dai dien",
];

/// Every agency named in `words`, left to right; a list under one head ("các Sở: Tài chính,
/// Tư pháp") gives one mention per agency.
pub fn mentions(text: &str, words: &[Word]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match at(text, words, i) {
            Some(found) => {
                i = found.last().map_or(i + 1, |m| m.end.max(i + 1));
                out.extend(found);
            }
            None => i += 1,
        }
    }
    out
}

/// The agencies named from word `i`, if one is.
pub fn at(text: &str, words: &[Word], i: usize) -> Option<Vec<Mention>> {
    // Every agency starts with a capital, or with "các" / "thành viên" of a collective: most
    // words are neither, and are passed over before any table is tried.
    let w = &words[i];
    if !w.cap && !w.is("cac") && !w.is("thanh") {
        return None;
    }
    let titled = i > 0 && TITLES.iter().any(|t| ends_with(words, i, t));
    // "các Sở: Tài chính, Tư pháp", "các Bộ Tài chính, Tư pháp": one agency per field.
    if words[i].is("cac")
        && words
            .get(i + 1)
            .is_some_and(|w| w.is("so") || w.is("bo") || w.is("ban"))
    {
        if let Some(list) = head_list(text, words, i + 1, titled) {
            return Some(list);
        }
    }
    if let Some(n) = any_of(words, i, COLLECTIVES) {
        let mut end = i + n;
        end += trailing_scope(words, end);
        return Some(vec![mention(text, words, i, end, true, titled)]);
    }
    // The longest head that fits: "Ban cán sự đảng" before "Ban", "Ủy ban nhân dân" before
    // "Ủy ban".
    let (head_len, follow) = HEADS
        .iter()
        .filter(|(h, _)| starts(words, i, h))
        .map(|(h, f)| (h.split(' ').count(), *f))
        .max_by_key(|(n, _)| *n)?;
    if !words[i].cap {
        return None;
    }
    let after = i + head_len;
    let end = match follow {
        Follow::Place => after + place(words, after).filter(|n| *n > 0)?,
        Follow::Name => {
            let n = name(words, after).filter(|n| *n > 0)?;
            after + n + place(words, after + n).unwrap_or(0)
        }
        Follow::NameOrBody => match body(words, after) {
            Some(n) => after + n,
            None => after + name(words, after).filter(|n| *n > 0)?,
        },
        Follow::PlaceOrName => match place(words, after).filter(|n| *n > 0) {
            Some(n) => after + n,
            None => after + name(words, after).filter(|n| *n > 0)?,
        },
        Follow::PlaceOrNothing => after + place(words, after).unwrap_or(0),
        Follow::NameOrNothing => after + name(words, after).unwrap_or(0),
        Follow::Nothing => after,
    };
    let collective = words[i..end].iter().any(|w| w.is("cac") || w.is("cap"));
    Some(vec![mention(text, words, i, end, collective, titled)])
}

fn mention(
    text: &str,
    words: &[Word],
    start: usize,
    end: usize,
    collective: bool,
    titled: bool,
) -> Mention {
    let range = words[start].range.start..words[end - 1].range.end;
    Mention {
        written: text[range.clone()].to_owned(),
        range,
        start,
        end,
        collective,
        titled,
    }
}

/// "các Sở: Tài chính, Tư pháp và Nội vụ" from the head word at `h`.
fn head_list(text: &str, words: &[Word], h: usize, titled: bool) -> Option<Vec<Mention>> {
    let head = match words[h].folded.as_str() {
        "so" => "Sở",
        "bo" => "Bộ",
        _ => "Ban",
    };
    let mut j = h + 1;
    if words.get(j).is_some_and(|w| w.is(":")) {
        j += 1;
    }
    let mut out = Vec::new();
    loop {
        let n = field(words, j).or_else(|| name(words, j).filter(|n| *n > 0))?;
        let range = words[j].range.start..words[j + n - 1].range.end;
        out.push(Mention {
            written: format!("{head} {}", &text[range.clone()]),
            range,
            // The first starts at its head, so a list "phối hợp với các sở: …" finds it.
            start: if out.is_empty() { h } else { j },
            end: j + n,
            collective: false,
            titled,
        });
        j += n;
        match words.get(j) {
            Some(w) if w.is(",") || w.is("va") || w.is(";") => j += 1,
            _ => break,
        }
        if words.get(j).is_some_and(|w| !w.cap) {
            break;
        }
    }
    (out.len() >= 2).then_some(out)
}

fn ends_with(words: &[Word], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    i >= n && starts(words, i - n, phrase)
}

/// A field of [`FIELDS`] at `j`, in words.
fn field(words: &[Word], j: usize) -> Option<usize> {
    FIELDS
        .iter()
        .filter_map(|f| super::words::phrase_len(words, j, f))
        .max()
}

/// The name after a head: a known field, or capitalised words with at most one lower-case
/// word after each ("Tài chính", "Tổ chức Tỉnh ủy"), joined by "và" or "-".
fn name(words: &[Word], j: usize) -> Option<usize> {
    if let Some(n) = field(words, j) {
        return Some(n);
    }
    let first = words.get(j)?;
    if !first.cap || first.punct || is_stop(&first.folded) {
        return None;
    }
    let mut n = 1;
    let mut lower_run = 0;
    while let Some(w) = words.get(j + n) {
        if w.punct {
            break;
        }
        // "Văn phòng Đăng ký đất đai": a known field goes on the name whole.
        if let Some(f) = field(words, j + n) {
            n += f;
            lower_run = 0;
            continue;
        }
        if w.cap && !is_stop(&w.folded) && !is_head(words, j + n) {
            n += 1;
            lower_run = 0;
        } else if !w.cap && lower_run == 0 && !is_stop(&w.folded) && !w.is("va") {
            n += 1;
            lower_run = 1;
        } else if (w.is("va") || w.is("-")) && words.get(j + n + 1).is_some_and(|x| x.cap) {
            n += 2;
            lower_run = 0;
        } else {
            break;
        }
    }
    Some(n)
}

/// What a Văn phòng serves: "UBND tỉnh", "Tỉnh ủy", "Đoàn ĐBQH và HĐND tỉnh", "Chính phủ".
fn body(words: &[Word], j: usize) -> Option<usize> {
    if ["ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan"]
        .iter()
        .any(|h| starts(words, j, h))
    {
        let h = any_of(
            words,
            j,
            &["uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd"],
        )?;
        // "Văn phòng HĐND và UBND huyện": one office serving both.
        let both = ["va ubnd", "va uy ban nhan dan"]
            .iter()
            .find_map(|p| super::words::phrase_len(words, j + h, p));
        let h = h + both.unwrap_or(0);
        return Some(h + place(words, j + h).unwrap_or(0));
    }
    any_of(words, j, &["tinh uy", "thanh uy", "huyen uy", "chinh phu"])
}

/// A place after an agency, in words: "tỉnh", "huyện Tam Dương", "các huyện, thành phố".
fn place(words: &[Word], j: usize) -> Option<usize> {
    if let Some(n) = any_of(words, j, &["tinh uy", "thanh uy", "huyen uy"]) {
        return Some(n);
    }
    if let Some(n) = any_of(words, j, PLACES_MANY) {
        return Some(n);
    }
    let n = any_of(words, j, PLACE_WORDS)?;
    let mut m = n;
    while m < n + 3 {
        match words.get(j + m) {
            Some(w)
                if w.cap
                    && !w.punct
                    && !is_stop(&w.folded)
                    && !is_head(words, j + m)
                    && !is_title(words, j + m) =>
            {
                m += 1
            }
            _ => break,
        }
    }
    Some(m)
}

/// "liên quan", "của tỉnh", "thuộc tỉnh" after a collective addressee.
fn trailing_scope(words: &[Word], j: usize) -> usize {
    any_of(
        words,
        j,
        &[
            "cua tinh",
            "thuoc tinh",
            "tinh",
            "lien quan",
            "co lien quan",
        ],
    )
    .unwrap_or(0)
}

fn is_head(words: &[Word], j: usize) -> bool {
    words[j].cap && HEADS.iter().any(|(h, _)| starts(words, j, h))
}

fn is_title(words: &[Word], j: usize) -> bool {
    TITLES.iter().any(|t| starts(words, j, t))
}

/// Words that end a name: the verbs and links of an assignment.
fn is_stop(folded: &str) -> bool {
    const STOPS: &[&str] = &[
        "chu", "phoi", "tham", "co", "duoc", "giao", "khan", "tiep", "thuc", "xay", "hoan", "bao",
        "to", "ra", "nghien", "kiem", "trien", "de", "chi", "theo", "tong", "cung", "voi", "va",
        "la", "thi", "tai", "trong", "cac", "nhung", "khi", "da", "dang", "se", "can", "phai",
        "ve", "cua", "cho", "tu", "den", "nay", "do", "huong", "lap", "dieu", "quan", "sua", "ban",
        "trinh", "gui", "cap", "don", "rieng", "chinh", "nhan",
    ];
    STOPS.contains(&folded)
}

/// The agencies named in tasks that the directory does not have, once each by key.
pub fn new_ones(drafts: &Drafts, text: &str) -> Vec<NewAgency> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for t in &drafts.tasks {
        for a in t.lead.iter().chain(&t.coordinating) {
            if a.known.is_some() || !seen.insert(agency_key(&a.written)) {
                continue;
            }
            let span = text
                .get(t.span.start..t.span.end)
                .and_then(|s| s.find(&a.written))
                .map_or(t.span, |at| {
                    Span::new(t.span.start + at, t.span.start + at + a.written.len())
                });
            out.push(NewAgency {
                name: a.written.clone(),
                span,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_opens_with_an_agency_only_when_a_name_follows_its_head() {
        for agency in [
            "Sở Nội vụ trình UBND tỉnh",
            "UBND các huyện báo cáo",
            "Văn phòng UBND tỉnh theo dõi",
            "Bộ Tư pháp hướng dẫn",
            "Thanh tra tỉnh kiểm tra",
        ] {
            assert!(opens_with_agency(agency), "{agency}");
        }
        for phrase in [
            "Trình UBND tỉnh quyết định",
            "Bố trí kinh phí thực hiện",
            "Ban hành quy chế phối hợp",
            "Báo cáo kết quả",
            "sở nội vụ",
            "",
        ] {
            assert!(!opens_with_agency(phrase), "{phrase}");
        }
    }
    use crate::intake::words::words;

    fn names(text: &str) -> Vec<String> {
        let w = words(text, 0..text.len());
        mentions(text, &w).into_iter().map(|m| m.written).collect()
    }

    #[test]
    fn agencies_are_read_up_to_the_verb_that_follows() {
        assert_eq!(
            names("Giao Sở Nội vụ chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu UBND tỉnh ban hành"),
            ["Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND tỉnh"]
        );
        assert_eq!(
            names("Ban Tổ chức Tỉnh ủy hướng dẫn"),
            ["Ban Tổ chức Tỉnh ủy"]
        );
        assert_eq!(
            names("đề nghị UBND các huyện, thành phố rà soát"),
            ["UBND các huyện, thành phố"]
        );
        assert_eq!(
            names("Văn phòng UBND tỉnh theo dõi"),
            ["Văn phòng UBND tỉnh"]
        );
        assert_eq!(
            names("UBND huyện Tam Dương báo cáo"),
            ["UBND huyện Tam Dương"]
        );
        assert_eq!(names("Sở KH&ĐT thẩm định"), ["Sở KH&ĐT"]);
        assert_eq!(
            names("Sở Lao động - Thương binh và Xã hội"),
            ["Sở Lao động - Thương binh và Xã hội"]
        );
        assert_eq!(names("Công an tỉnh phối hợp"), ["Công an tỉnh"]);
        assert_eq!(names("Ban hành kế hoạch"), Vec::<String>::new());
        assert_eq!(names("Báo cáo kết quả"), Vec::<String>::new());
    }

    #[test]
    fn a_list_under_one_head_is_several_agencies() {
        assert_eq!(
            names("các Sở: Tài chính, Tư pháp và Nội vụ"),
            ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ"]
        );
        assert_eq!(
            names("các Bộ: Tài chính, Tư pháp"),
            ["Bộ Tài chính", "Bộ Tư pháp"]
        );
    }

    #[test]
    fn collective_addressees_are_kept_as_written() {
        let text = "yêu cầu các sở, ban, ngành thực hiện";
        let w = words(text, 0..text.len());
        let m = mentions(text, &w);
        assert_eq!(m[0].written, "các sở, ban, ngành");
        assert!(m[0].collective);
    }

    #[test]
    fn a_name_is_matched_with_its_abbreviations_folded() {
        let dir = Directory::new(&[
            (crate::fixtures::id(1), "Sở Kế hoạch và Đầu tư".to_owned()),
            (crate::fixtures::id(2), "Văn phòng UBND tỉnh".to_owned()),
        ]);
        assert_eq!(dir.known("Sở KH&ĐT"), Some(crate::fixtures::id(1)));
        assert_eq!(
            dir.known("sở kế hoạch và đầu tư tỉnh"),
            Some(crate::fixtures::id(1))
        );
        assert_eq!(dir.known("VP UBND tỉnh"), Some(crate::fixtures::id(2)));
        assert_eq!(dir.known("Sở Y tế"), None);
    }
}
