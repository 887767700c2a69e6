//! The three ways in: a file picker, a file dropped on the page, or pasted text. Each is read
//! and checked in full (see `Bundle::read`) before the preview shows; a refusal says why.

use super::Incoming;
use crate::bundle::{Bundle, Checked, Choices, ImportError, MAX_BYTES};
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The file field, the drop zone and the paste box.
#[component]
pub fn ImportSection(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let show = move |outcome: Result<Checked, ImportError>| match outcome {
        Ok(bundle) => {
            incoming.choices.set(Choices::default());
            incoming.bundle.set(Some(bundle));
            incoming.message.set(None);
            edge::scroll_to("import-preview");
        }
        Err(error) => {
            incoming.bundle.set(None);
            incoming
                .message
                .set(Some((state.texts().import_error)(&error)));
        }
    };
    // Read and checked in layers (`Bundle::read`), the checksum by the browser's own SHA-256.
    let read = move |bytes: &[u8]| {
        let end = edge::start_measure("sotay-read");
        let read = Bundle::read_unverified(bytes);
        edge::mark("sotay-read-parsed");
        match read {
            Err(error) => {
                end();
                show(Err(error));
            }
            Ok(unverified) => edge::sha256_hex(unverified.canonical()).then(move |digest| {
                // Marks for DevTools and the benchmark: parsed and checked, then hashed.
                edge::mark("sotay-read-hashed");
                let now = edge::now();
                let outcome = state
                    .ws
                    .with_untracked(|ws| unverified.verify(&digest, ws, now));
                end();
                show(outcome);
            }),
        }
    };
    let take = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        let size = file.size() as usize;
        if size > MAX_BYTES {
            // Refused before a byte is read: the page never freezes on a huge file.
            let error = ImportError::TooLarge {
                bytes: size,
                max: MAX_BYTES,
            };
            incoming
                .message
                .set(Some((state.texts().import_error)(&error)));
            return;
        }
        incoming
            .message
            .set(Some(state.texts().exchange.reading.to_owned()));
        edge::read_file(&file, move |bytes| match bytes {
            Some(bytes) => read(&bytes),
            None => incoming
                .message
                .set(Some((state.texts().import_error)(&ImportError::NotText))),
        });
    };
    let picked = move |ev: leptos::ev::Event| take(edge::chosen_file(&ev));
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        take(edge::dropped_file(&ev));
    };
    view! {
        <h2>{move || state.texts().exchange.import_heading}</h2>
        <div class="drop-zone" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=dropped>
            <label for="import-file">{move || state.texts().exchange.file_label}</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=picked />
            <p class="hint">{move || state.texts().exchange.drop_hint}</p>
        </div>
        <label for="import-paste">{move || state.texts().exchange.paste_label}</label>
        <textarea id="import-paste" rows="3" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
        <div class="buttons">
            <button type="button" class="secondary" id="import-read" on:click=move |_| read(pasted.get_untracked().as_bytes())>
                {move || state.texts().exchange.paste_read}
            </button>
        </div>
        <p class="import-message" role="alert">{move || incoming.message.get()}</p>
    }
}
