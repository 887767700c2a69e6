//! The storage section of the settings: how much of the browser's store is used, whether the
//! browser promised to keep it, the automatic snapshots, and values set aside as damaged.

use crate::store::log::{self, What};
use crate::store::{backups, keys, marks};
use crate::ui::components::export_buttons::last_export_line;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Safari's localStorage, the smallest of the three engines: 5 MB at two bytes a UTF-16 unit.
const SMALLEST_QUOTA: usize = 5 * 1024 * 1024 / 2;

/// "Lưu trữ" on the settings page.
#[component]
pub fn StorageSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    // Read again after a restore or a save, so the figures are current.
    let refresh = RwSignal::new(0u32);
    let kept = move || {
        let texts = state.texts();
        if keeper.has_storage() {
            texts.storage.browser
        } else {
            texts.storage.memory_only
        }
    };
    let usage = move || {
        state.ws.track();
        refresh.track();
        let used = keeper.read_store(|s| crate::store::usage(s).ok());
        used.flatten().map(|used| {
            let percent = (used * 100).div_ceil(SMALLEST_QUOTA);
            (state.texts().storage.usage)(used, percent)
        })
    };
    let persisted = move || {
        let texts = &state.texts().storage;
        match keeper.persisted.get() {
            _ if edge::is_file_page() => texts.persisted_file,
            Some(true) => texts.persisted_yes,
            Some(false) => texts.persisted_no,
            None => texts.persisted_unknown,
        }
    };
    let last_export = move || {
        let last = keeper.read_store(marks::last_export).flatten();
        last_export_line(&state, last.map(|at| at.0))
    };
    let ask = move |_| edge::ask_persist(move |answer| keeper.persisted.set(answer));
    view! {
        <h2>{move || state.texts().storage.heading}</h2>
        <p>{kept}</p>
        <p id="storage-usage">{usage}</p>
        <p id="storage-persisted">{persisted}</p>
        <p id="settings-last-export">{last_export}</p>
        <Show when=move || keeper.persisted.get() == Some(false) && !edge::is_file_page()>
            <button type="button" class="secondary" on:click=ask>{move || state.texts().storage.persist_ask}</button>
        </Show>
        <Backups refresh />
        <StorageLog />
        <SetAside />
    }
}

/// What the app had to do with the store, latest first: it stays findable after a reload.
#[component]
fn StorageLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let lines = move || {
        state.ws.track();
        let texts = state.texts();
        let read = keeper.read_store(|s| log::read(s).unwrap_or_default());
        let mut list = read.unwrap_or_default();
        list.reverse();
        list.into_iter()
            .map(|e| {
                let text = match e.what {
                    What::SetAside => (texts.set_aside)(
                        (texts.key_name)(&e.kind),
                        e.duplicate,
                        e.kept_at.as_deref(),
                        e.recovered,
                    ),
                    What::GaveUpSnapshot => (texts.storage.log_gave_up)(&edge::local_day(
                        e.snapshot.unwrap_or_default(),
                    )),
                };
                (edge::local_time(e.at), text)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || !lines().is_empty()>
            <h3>{move || state.texts().storage.log_heading}</h3>
            <p class="hint">{move || state.texts().storage.log_intro}</p>
            <ul class="storage-log" id="storage-log">
                {move || lines().into_iter().map(|(when, text)| view! {
                    <li><time>{when}</time>" · "{text}</li>
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// The automatic snapshots, newest first, each restorable.
#[component]
fn Backups(refresh: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let said = RwSignal::new(None::<String>);
    let list = move || {
        refresh.track();
        let read = keeper.read_store(|s| backups::list(s).unwrap_or_default());
        let mut list = read.unwrap_or_default();
        list.reverse();
        list
    };
    view! {
        <h3>{move || state.texts().storage.backups_heading}</h3>
        <p class="hint">{move || state.texts().storage.backups_intro}</p>
        <ul class="backups">
            {move || {
                let list = list();
                if list.is_empty() {
                    return view! { <li>{move || state.texts().storage.backups_empty}</li> }.into_any();
                }
                list.into_iter().map(|backup| {
                    let when = edge::local_time(backup.at);
                    let line = (state.texts().storage.backup_line)(&when, backup.tasks, backup.meetings);
                    let restore = move |_| {
                        match restore(state, keeper, &backup.key) {
                            Some(Ok(())) => {
                                said.set(Some((state.texts().storage.backup_restored)(&when)));
                                refresh.update(|n| *n += 1);
                            }
                            Some(Err(message)) => said.set(Some(message)),
                            None => {}
                        }
                    };
                    view! {
                        <li class="backup">
                            <span>{line}</span>
                            <button type="button" class="secondary" on:click=restore>{move || state.texts().storage.backup_restore}</button>
                        </li>
                    }
                }).collect_view().into_any()
            }}
        </ul>
        <p class="hint" role="status" id="backup-said">{move || said.get()}</p>
    }
}

/// Puts the workspace back to the snapshot under `key`, after taking one of the state it
/// replaces; `None` if that snapshot is gone or does not read.
fn restore(state: AppState, keeper: Keeper, key: &str) -> Option<Result<(), String>> {
    let snapshot = keeper.backup(key)?;
    keeper.snapshot(true);
    Some(state.change(|ws, _| Ok(ws.restore_snapshot(&snapshot)?)))
}

/// Values set aside as damaged: kept untouched, and offered as files to send for repair.
#[component]
fn SetAside() -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let kept = keeper
        .read_store(|s| crate::store::quarantined_values(s).unwrap_or_default())
        .unwrap_or_default();
    (!kept.is_empty()).then(|| {
        let count = kept.len();
        view! {
            <p id="quarantine">{move || (state.texts().storage.quarantine_list)(count)}</p>
            <ul class="quarantine">
                {kept.into_iter().map(|(key, text)| {
                    let name = format!("sotay-du-lieu-hong-{}.txt", keys::quarantine_name(&key));
                    let download = move |_| {
                        edge::download(&name, &text);
                    };
                    view! {
                        <li>
                            <code>{key.clone()}</code>" "
                            <button type="button" class="secondary" on:click=download>{move || state.texts().storage.quarantine_download}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
