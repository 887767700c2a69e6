//! Where a draft came from. While reading, a span is a byte range of the cleaned text (what
//! slicing a `str` needs); [`to_chars`] turns every span of the drafts into character offsets
//! at the end, in one pass, which is what the JSON and the review page (JavaScript strings
//! aside) count in.

use super::Drafts;
use serde::Serialize;

/// A stretch of the cleaned text: `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span of the byte range `range`.
    pub fn of(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

/// Every span of `drafts`, byte offsets into `drafts.text`, made character offsets.
pub fn to_chars(drafts: &mut Drafts) {
    let mut spans: Vec<&mut Span> = Vec::new();
    let d = &mut drafts.document;
    let found = [
        d.governing.as_mut().map(|f| &mut f.span),
        d.issuer.as_mut().map(|f| &mut f.span),
        d.number.as_mut().map(|f| &mut f.span),
        d.place.as_mut().map(|f| &mut f.span),
        d.summary.as_mut().map(|f| &mut f.span),
        d.signer_title.as_mut().map(|f| &mut f.span),
        d.signer_name.as_mut().map(|f| &mut f.span),
    ];
    spans.extend(found.into_iter().flatten());
    spans.extend(d.date.as_mut().map(|f| &mut f.span));
    spans.extend(d.to.iter_mut().map(|f| &mut f.span));
    spans.extend(d.recipients.iter_mut().map(|f| &mut f.span));
    for r in &mut drafts.references {
        spans.extend(r.spans.iter_mut());
    }
    if let Some(m) = &mut drafts.meeting {
        spans.push(&mut m.span);
        spans.extend(m.items.iter_mut().map(|i| &mut i.span));
        spans.extend(m.conclusions.iter_mut().map(|f| &mut f.span));
        spans.extend(m.figures.iter_mut().map(|f| &mut f.span));
    }
    if let Some(p) = &mut drafts.plan {
        spans.push(&mut p.span);
        spans.extend(p.groups.iter_mut().map(|f| &mut f.span));
    }
    for t in &mut drafts.tasks {
        spans.push(&mut t.span);
        spans.extend(t.deadline_span.as_mut());
    }
    spans.extend(drafts.indicators.iter_mut().map(|i| &mut i.span));
    spans.extend(drafts.new_agencies.iter_mut().map(|a| &mut a.span));
    let text = &drafts.text;
    let mut offsets: Vec<(usize, usize)> = Vec::with_capacity(spans.len() * 2);
    for (n, s) in spans.iter().enumerate() {
        offsets.push((s.start.min(text.len()), 2 * n));
        offsets.push((s.end.min(text.len()), 2 * n + 1));
    }
    crate::sort::sort_by_key(&mut offsets, |o| o.0);
    let mut chars = vec![0usize; offsets.len()];
    let mut count = 0usize;
    let mut walk = text.char_indices().peekable();
    for (at, slot) in &offsets {
        while let Some((b, _)) = walk.peek() {
            if *b >= *at {
                break;
            }
            walk.next();
            count += 1;
        }
        chars[*slot] = count;
    }
    for (n, s) in spans.into_iter().enumerate() {
        s.start = chars[2 * n];
        s.end = chars[2 * n + 1].max(s.start);
    }
}
