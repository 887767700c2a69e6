//! Where the document comes in: pasted into the box, or a .docx or .txt file chosen or dropped
//! on it. A file's text goes into the box and is read at once; a file that gives no text says
//! why in one sentence and changes nothing.

use super::Intake;
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The box, the file field (its drop zone) and "Đọc văn bản".
#[component]
pub fn SourceSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let dragging = RwSignal::new(false);
    let take = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        let name = file.name();
        // Refused before a byte is read: the page never freezes on a huge file.
        if file.size() as usize > crate::intake::docx::MAX_FILE {
            let error = crate::intake::FileError::TooLarge;
            intake
                .message
                .set(Some((state.texts().intake.file_error)(&error)));
            return;
        }
        edge::read_file(&file, move |bytes| {
            let text = bytes
                .ok_or(crate::intake::FileError::Damaged)
                .and_then(|b| crate::intake::file_text(&name, &b));
            match text {
                Ok(text) => {
                    intake.text.set(text);
                    intake.file.set(name.clone());
                    intake.read(&state);
                    if intake.review.with_untracked(Option::is_some) {
                        state.notices.tell((state.texts().intake.file_taken)(&name));
                    }
                }
                Err(error) => intake
                    .message
                    .set(Some((state.texts().intake.file_error)(&error))),
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| take(edge::chosen_file(&ev));
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        take(edge::dropped_file(&ev));
    };
    let texts = move || &state.texts().intake;
    view! {
        <section class="intake-source drop-zone" class:read=move || intake.review.with(Option::is_some) class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=dropped>
            <label for="intake-text">{move || texts().text_label}</label>
            <textarea id="intake-text" rows=move || if intake.review.with(Option::is_some) { "4" } else { "12" } placeholder=move || texts().text_placeholder
                prop:value=move || intake.text.get()
                on:input=move |ev| intake.text.set(event_target_value(&ev))></textarea>
            <div class="buttons">
                <button type="button" id="intake-read" on:click=move |_| intake.read(&state)>{move || {
                    if intake.review.with(Option::is_some) { texts().read_again } else { texts().read }
                }}</button>
            </div>
            <label for="intake-file">{move || texts().file_label}</label>
            <input id="intake-file" type="file" accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" on:change=picked />
            <p class="hint">{move || texts().drop_hint}</p>
        </section>
    }
}
