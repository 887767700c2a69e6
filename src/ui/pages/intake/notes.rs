//! The meeting's reported items and conclusions as read: each a ticked (or not) card whose text
//! can be corrected.

use super::marked::show;
use super::Intake;
use crate::i18n::Text;
use crate::ui::state::AppState;
use crate::workspace::{NoteReview, Review};
use leptos::prelude::*;

fn notes(review: &mut Review, conclusions: bool) -> &mut Vec<NoteReview> {
    if conclusions {
        &mut review.conclusions
    } else {
        &mut review.items
    }
}

/// The items (or the conclusions), when there are any.
#[component]
pub fn NoteList(
    heading: Text,
    /// Prefix of the DOM ids: "intake-item" gives "intake-item-0".
    prefix: &'static str,
    /// The conclusions, else the reported items.
    conclusions: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let count = move || {
        intake.review.with(|r| {
            r.as_ref().map_or(0, |r| {
                if conclusions {
                    r.conclusions.len()
                } else {
                    r.items.len()
                }
            })
        })
    };
    let keys = move || {
        let reading = intake.reading.get();
        (0..count()).map(|n| (reading, n)).collect::<Vec<_>>()
    };
    view! {
        <Show when=move || { count() > 0 }>
            <h3>{move || heading(state.texts())}</h3>
            <ol class="intake-notes">
                <For each=keys key=|k| *k let:key>
                    <NoteCard n=key.1 prefix conclusions />
                </For>
            </ol>
        </Show>
    }
}

/// One item or conclusion.
#[component]
fn NoteCard(n: usize, prefix: &'static str, conclusions: bool) -> impl IntoView {
    let intake = expect_context::<Intake>();
    let note = move || {
        intake.review.with(|r| {
            let r = r.as_ref()?;
            let list = if conclusions {
                &r.conclusions
            } else {
                &r.items
            };
            list.get(n).cloned()
        })
    };
    let edit = move |f: &dyn Fn(&mut NoteReview)| {
        intake.review.update(|r| {
            if let Some(x) = r.as_mut().and_then(|r| notes(r, conclusions).get_mut(n)) {
                f(x);
            }
        })
    };
    let tap = move |_| {
        if let Some(note) = note() {
            show(&intake, note.span);
        }
    };
    let id = format!("{prefix}-{n}");
    view! {
        <li class="card intake-card" class:unticked=move || !note().is_some_and(|x| x.ticked) on:click=tap>
            <input type="checkbox" id=id.clone() class="tick"
                prop:checked=move || note().is_some_and(|x| x.ticked)
                on:change=move |ev| { let on = event_target_checked(&ev); edit(&|x| x.ticked = on) } />
            <textarea rows="2" id=format!("{id}-text") aria-labelledby=id
                prop:value=move || note().map(|x| x.text).unwrap_or_default()
                on:input=move |ev| { let t = event_target_value(&ev); edit(&|x| x.text = t.clone()) }></textarea>
        </li>
    }
}
