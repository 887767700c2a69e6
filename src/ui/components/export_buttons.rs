//! The ways a bundle leaves this browser, shared by the exchange page and the plan and meeting
//! pages: a file to save, the clipboard, or the file's text shown on the page.

use crate::bundle::{Bundle, Scope};
use crate::domain::{Id, Timestamp};
use crate::store::marks;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::Workspace;
use leptos::prelude::*;

/// What to export: everything, one plan with what it references, or one meeting with its
/// items, conclusions and assignments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ExportChoice {
    #[default]
    All,
    Plan(Id),
    Meeting(Id),
}

impl ExportChoice {
    /// The choice as the scope `<select>` names it: "all", "plan:{id}" or "meeting:{id}".
    pub fn code(&self) -> String {
        match self {
            ExportChoice::All => "all".to_owned(),
            ExportChoice::Plan(id) => format!("plan:{id}"),
            ExportChoice::Meeting(id) => format!("meeting:{id}"),
        }
    }

    /// The choice a `<select>`'s value names; anything else is everything.
    pub fn from_code(code: &str) -> ExportChoice {
        let (kind, id) = code.split_once(':').unwrap_or(("all", ""));
        match (kind, Id::parse(id)) {
            ("plan", Ok(id)) => ExportChoice::Plan(id),
            ("meeting", Ok(id)) => ExportChoice::Meeting(id),
            _ => ExportChoice::All,
        }
    }
}

/// The bundle `chosen` names; a plan or meeting that no longer exists exports everything.
pub fn bundle_of(ws: &Workspace, chosen: &ExportChoice) -> Result<Bundle, serde_json::Error> {
    let scope = match chosen {
        ExportChoice::Plan(id) => ws.plans().get(id).map(|p| Scope::Plan {
            title: p.body().title.clone(),
            id: id.clone(),
        }),
        ExportChoice::Meeting(id) => ws.meetings().get(id).map(|m| Scope::Meeting {
            title: m.body().title.clone(),
            id: id.clone(),
        }),
        ExportChoice::All => None,
    };
    Bundle::export(
        ws,
        scope.unwrap_or(Scope::Workspace),
        edge::now(),
        env!("CARGO_PKG_VERSION"),
    )
}

/// Offers the bundle `chosen` names as a file to save and records when; `None` if the browser
/// refused the download.
pub fn download_bundle(
    state: &AppState,
    keeper: &Keeper,
    chosen: &ExportChoice,
) -> Option<Timestamp> {
    let bundle = state.ws.with_untracked(|ws| bundle_of(ws, chosen)).ok()?;
    let saved = edge::download(&bundle.file_name(edge::today()), &bundle.to_json().ok()?);
    saved.then(|| {
        keeper.with_store(|s| marks::set_last_export(s, bundle.exported_at));
        bundle.exported_at
    })
}

/// When this browser last exported (milliseconds, as `store::marks` keeps it), as a sentence.
pub fn last_export_line(state: &AppState, last: Option<i64>) -> String {
    let texts = &state.texts().exchange;
    match last {
        Some(ms) => (texts.last_export)(&edge::local_time(Timestamp(ms))),
        None => texts.never_exported.to_owned(),
    }
}

/// Download, copy and show buttons for the bundle `chosen` names, and when this browser last
/// exported. A plan or meeting that no longer exists exports everything.
#[component]
pub fn ExportButtons(#[prop(into)] chosen: Signal<ExportChoice>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let said = RwSignal::new(None::<&'static str>);
    let stored = keeper.read_store(marks::last_export).flatten();
    let last = RwSignal::new(stored.map(|at| at.0));
    let bundle = move || {
        state
            .ws
            .with_untracked(|ws| bundle_of(ws, &chosen.get_untracked()))
    };
    let download = move |_| {
        let texts = &state.texts().exchange;
        match download_bundle(&state, &keeper, &chosen.get_untracked()) {
            Some(at) => {
                said.set(Some(texts.downloaded));
                last.set(Some(at.0));
            }
            None => said.set(Some(texts.download_failed)),
        }
    };
    let exported = move |at: Timestamp| {
        keeper.with_store(|s| marks::set_last_export(s, at));
        last.set(Some(at.0));
    };
    let copy = move |_| {
        let Some((at, text)) = bundle()
            .and_then(|b| Ok((b.exported_at, b.to_json()?)))
            .ok()
        else {
            return said.set(Some(state.texts().exchange.copy_failed));
        };
        edge::copy_text(&text, move |ok| {
            let texts = &state.texts().exchange;
            said.set(Some(if ok { texts.copied } else { texts.copy_failed }));
            if ok {
                exported(at);
            }
        });
    };
    // The file's text on the page, for copying by hand where neither a download nor the
    // clipboard works (and for reading what is sent).
    let shown = RwSignal::new(None::<String>);
    let show = move |_| shown.set(bundle().and_then(|b| b.to_json()).ok());
    let last_line = move || last_export_line(&state, last.get());
    view! {
        <div class="buttons">
            <button type="button" id="export-download" on:click=download>{move || state.texts().exchange.download}</button>
            <button type="button" class="secondary" id="export-copy" on:click=copy>{move || state.texts().exchange.copy}</button>
            <button type="button" class="secondary" id="export-show" on:click=show>{move || state.texts().exchange.show}</button>
        </div>
        <Show when=move || shown.with(Option::is_some)>
            <label for="export-text">{move || state.texts().exchange.text_label}</label>
            <textarea id="export-text" rows="8" readonly prop:value=move || shown.get().unwrap_or_default()></textarea>
        </Show>
        <p class="hint" id="export-said" role="status">{move || said.get()}</p>
        <p class="hint" id="last-export">{last_line}</p>
    }
}
