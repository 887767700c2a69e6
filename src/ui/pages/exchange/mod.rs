//! Exchanging data with other offices: export a bundle (download or copy), import one (file,
//! drop or paste), see what it would change, apply it, undo it, and the import history.

use crate::bundle::{Checked, Choices};
use crate::ui::state::AppState;
use leptos::prelude::*;

mod differences;
mod export;
mod history;
mod import;
mod preview;

/// What the page is doing with an incoming bundle, shared by its parts.
#[derive(Clone, Copy)]
pub(super) struct Incoming {
    /// A bundle read and checked, waiting for the user to apply it.
    pub bundle: RwSignal<Option<Checked>>,
    pub choices: RwSignal<Choices>,
    /// Why the last file was refused, or what the last import did.
    pub message: RwSignal<Option<String>>,
    /// Bumped after an import or an undo, so the history reads again.
    pub history: RwSignal<u32>,
}

/// Page "Trao đổi dữ liệu".
#[component]
pub fn ExchangePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let incoming = Incoming {
        bundle: RwSignal::new(None),
        choices: RwSignal::new(Choices::default()),
        message: RwSignal::new(None),
        history: RwSignal::new(0),
    };
    view! {
        <h1>{move || state.texts().exchange.heading}</h1>
        <p class="hint">{move || state.texts().exchange.intro}</p>
        <export::ExportSection />
        <import::ImportSection incoming />
        <preview::PreviewSection incoming />
        <history::HistorySection incoming />
    }
}
