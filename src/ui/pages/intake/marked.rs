//! The text as read, each piece that became a card marked by what it is (a task, a deadline, a
//! reference, the meeting, the document's particulars, a new agency). The text is split once
//! into pieces at every edge of a found span, each piece keyed by its offset; the piece a card
//! came from is highlighted when the card is tapped, and scrolled to inside the text's box.

use super::Intake;
use crate::intake::{Drafts, Span};
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One stretch of the text between two edges, and the kinds of the spans over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// CSS classes: "m-task", "m-deadline", "m-ref", "m-meeting", "m-note", "m-group", "m-doc",
    /// "m-agency"; empty for plain text.
    pub kinds: String,
}

/// Every span of the drafts with its kind.
fn spans(drafts: &Drafts) -> Vec<(Span, &'static str)> {
    let mut list = Vec::new();
    let d = &drafts.document;
    let doc = [&d.number, &d.summary, &d.issuer, &d.place, &d.signer_name];
    list.extend(doc.into_iter().flatten().map(|f| (f.span, "m-doc")));
    list.extend(d.date.iter().map(|f| (f.span, "m-doc")));
    for r in &drafts.references {
        list.extend(r.spans.iter().map(|s| (*s, "m-ref")));
    }
    if let Some(m) = &drafts.meeting {
        list.push((m.span, "m-meeting"));
        list.extend(m.items.iter().map(|i| (i.span, "m-note")));
        list.extend(m.conclusions.iter().map(|c| (c.span, "m-note")));
    }
    if let Some(p) = &drafts.plan {
        list.extend(p.groups.iter().map(|g| (g.span, "m-group")));
    }
    for t in &drafts.tasks {
        list.push((t.span, "m-task"));
        list.extend(t.deadline_span.map(|s| (s, "m-deadline")));
    }
    list.extend(drafts.new_agencies.iter().map(|a| (a.span, "m-agency")));
    list
}

/// The text cut at every edge of every span, in order.
pub(super) fn pieces(drafts: &Drafts) -> Vec<Piece> {
    let chars: Vec<char> = drafts.text.chars().collect();
    let spans = spans(drafts);
    let mut edges: Vec<usize> = vec![0, chars.len()];
    for (s, _) in &spans {
        edges.push(s.start.min(chars.len()));
        edges.push(s.end.min(chars.len()));
    }
    crate::sort::sort_by_key(&mut edges, |e| *e);
    edges.dedup();
    let mut list = Vec::with_capacity(edges.len());
    for pair in edges.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start == end {
            continue;
        }
        let mut kinds: Vec<&str> = (spans.iter())
            .filter(|(s, _)| s.start <= start && end <= s.end && s.start < s.end)
            .map(|(_, k)| *k)
            .collect();
        kinds.dedup();
        list.push(Piece {
            start,
            end,
            text: chars[start..end].iter().collect(),
            kinds: kinds.join(" "),
        });
    }
    list
}

/// The DOM id of the piece that starts at `start`.
pub(super) fn piece_id(start: usize) -> String {
    format!("intake-at-{start}")
}

/// Highlights the text of `span` and scrolls it into the middle of the text's box (not the
/// page, so the card tapped stays where it is).
pub(super) fn show(intake: &Intake, span: (usize, usize)) {
    intake.current.set(Some(span));
    let Some(pieces) = intake.drafts.with_untracked(|d| d.as_ref().map(pieces)) else {
        return;
    };
    // The first piece inside the span (a span's start is always an edge).
    let Some(first) = pieces
        .iter()
        .find(|p| p.start >= span.0 && p.end <= span.1.max(span.0 + 1))
    else {
        return;
    };
    let id = piece_id(first.start);
    let document = web_sys::window().and_then(|w| w.document());
    let found = document.as_ref().and_then(|d| {
        let piece = d
            .get_element_by_id(&id)?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?;
        let open = d.get_element_by_id("intake-marked")?;
        Some((piece, open))
    });
    if let Some((piece, open)) = found {
        let middle = open.client_height() / 3;
        open.set_scroll_top((piece.offset_top() - middle).max(0));
    }
}

/// The marked text, in its own scrolling box.
#[component]
pub fn MarkedText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let list = Memo::new(move |_| {
        intake
            .drafts
            .with(|d| d.as_ref().map(pieces).unwrap_or_default())
    });
    // A tablet turned round lays the text out anew: the piece shown is brought back into view.
    let turned = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(span) = intake.current.get_untracked() {
            show(&intake, span);
        }
    });
    on_cleanup(move || turned.remove());
    view! {
        <section class="intake-text">
            <h2>{move || state.texts().intake.marked_heading}</h2>
            <div class="marked" id="intake-marked">
                <For each=move || list.get() key=|p| (p.start, p.kinds.clone()) let:piece>
                    <Piece piece />
                </For>
            </div>
        </section>
    }
}

/// One piece: plain text, or a mark of its kinds, highlighted while its card is the one tapped.
#[component]
fn Piece(piece: Piece) -> impl IntoView {
    let intake = expect_context::<Intake>();
    let Piece {
        start,
        end,
        text,
        kinds,
    } = piece;
    if kinds.is_empty() {
        return view! { <span>{text}</span> }.into_any();
    }
    let current = move || {
        intake
            .current
            .get()
            .is_some_and(|(s, e)| s <= start && end <= e)
    };
    view! {
        <mark id=piece_id(start) class=kinds class:current=current>{text}</mark>
    }
    .into_any()
}
