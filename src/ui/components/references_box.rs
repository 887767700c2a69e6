//! A box of document references, one a line: under it, each line as it reads ("Dòng 2:
//! Nghị quyết · số 04/NQ-CP · ngày 10/01/2022 · của Chính phủ · trích yếu: …"), an odd symbol
//! warned about, a line that cannot be read marked next to itself. Such a line never stops the
//! form being saved: it stays in the box, unsaved, until it is mended.

use crate::i18n::Text;
use crate::ui::state::AppState;
use crate::workspace::read_lines;
use leptos::prelude::*;

/// The box (one line when `single`), bound to a text of the form.
#[component]
pub fn ReferencesBox(
    id: &'static str,
    label: Text,
    hint: Text,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] single: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let readings = move || {
        let texts = state.texts();
        let lines = value.with(|v| read_lines(v));
        // A single reference needs no reading list until it says something worth saying.
        let lines = lines.into_iter().filter(|l| {
            !single || l.reading.is_err() || l.reading.as_ref().is_ok_and(|r| r.warning().is_some())
        });
        lines
            .map(|line| match &line.reading {
                Ok(r) => {
                    let warning = r.warning().map(|w| {
                        view! { <span class="ref-warning">{format!(" — {}", (texts.plan.reference_warning)(&w))}</span> }
                    });
                    let class = if warning.is_some() { "ref-line warn" } else { "ref-line" };
                    view! { <li class=class data-line=line.line>{(texts.plan.reference_read)(line.line, r)}{warning}</li> }
                }
                Err(e) => view! {
                    <li class="ref-line refused" data-line=line.line>{(texts.plan.reference_refused)(line.line, e)}</li>
                },
            })
            .collect_view()
    };
    let input = move |ev| on_input.run(event_target_value(&ev));
    let control = match single {
        true => view! { <input id=id type="text" autocomplete="off" prop:value=move || value.get() on:input=input /> }.into_any(),
        false => view! { <textarea id=id rows=3 prop:value=move || value.get() on:input=input></textarea> }.into_any(),
    };
    view! {
        <div class="field references-box">
            <label for=id>{move || label(state.texts())}</label>
            {control}
            <p class="hint">{move || hint(state.texts())}</p>
            <ul class="ref-lines" id=format!("{id}-read") aria-live="polite">{readings}</ul>
        </div>
    }
}
