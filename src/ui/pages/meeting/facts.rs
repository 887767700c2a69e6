//! The top of meeting mode: the meeting's own facts (day, time, place, chair, who attended),
//! editable there, folded to one line once they are filled; and a short list of the page's
//! sections with their counts, to jump between them on a long page, and to fold every card.

use crate::domain::dates::short;
use crate::domain::Id;
use crate::i18n::Text;
use crate::ui::components::agency_suggest::AgencyChips;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::MeetingFields;
use leptos::prelude::*;

type Getter = fn(&MeetingFields) -> &String;
type Setter = fn(&mut MeetingFields, String);

/// The meeting's facts, each saved when it is changed (a day is saved once it reads).
#[component]
pub fn MeetingFacts(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fields = {
        let id = meeting.clone();
        Memo::new(move |_| {
            state
                .ws
                .with(|ws| ws.meetings().get(&id).map(|m| MeetingFields::of(m.body())))
        })
    };
    let error = RwSignal::new(None::<String>);
    let save = {
        let id = meeting.clone();
        move |change: &dyn Fn(&mut MeetingFields)| {
            let Some(mut f) = fields.get_untracked() else {
                return;
            };
            change(&mut f);
            let saved = state.change(|ws, now| ws.update_meeting(&id, &f, now));
            error.set(saved.err());
        }
    };
    let filled = fields.with_untracked(|f| {
        f.as_ref()
            .is_some_and(|f| !f.day.is_empty() && !f.place.is_empty() && !f.chairs.is_empty())
    });
    let summary = move || {
        let Some(f) = fields.get() else {
            return String::new();
        };
        let chair = f.chairs.lines().next().unwrap_or_default().to_owned();
        let parts = [f.day, f.time, f.place, chair];
        let parts: Vec<String> = parts.into_iter().filter(|p| !p.trim().is_empty()).collect();
        match parts.is_empty() {
            true => state.texts().meeting.facts_empty.to_owned(),
            false => parts.join(" · "),
        }
    };
    let field = {
        let save = save.clone();
        move |id: &'static str, label: Text, get: Getter, set: Setter, rows: u32| {
            let save = save.clone();
            let value =
                move || fields.with(|f| f.as_ref().map(|f| get(f).clone()).unwrap_or_default());
            let changed = move |ev| {
                let typed = event_target_value(&ev);
                save(&|f| set(f, typed.clone()));
            };
            let control = match rows {
                0 => view! { <input id=id type="text" autocomplete="off" prop:value=value on:change=changed /> }.into_any(),
                rows => view! { <textarea id=id rows=rows prop:value=value on:change=changed></textarea> }.into_any(),
            };
            view! { <div class="field"><label for=id>{move || label(state.texts())}</label>{control}</div> }
        }
    };
    let agencies = Signal::derive(move || {
        fields.with(|f| f.as_ref().map(|f| f.agencies.clone()).unwrap_or_default())
    });
    let set_agencies = {
        let save = save.clone();
        Callback::new(move |list: Vec<Id>| {
            save(&|f| f.agencies = list.clone());
            Ok(())
        })
    };
    let today = short(edge::today());
    // "Fold all" folds the facts too.
    let all = use_context::<FoldAll>().map(|f| f.0);
    let open = move || !filled && !all.is_some_and(|a| a.get());
    view! {
        <details class="live-facts" open=open>
            <summary><span class="live-facts-label">{move || state.texts().meeting.facts_heading}</span>" "<span id="live-facts-summary">{summary}</span></summary>
            <div class="inline-fields">
                {field("live-day", |t| t.meeting.day_label, |f| &f.day, |f, v| f.day = v, 0)}
                {field("live-time", |t| t.meeting.time_label, |f| &f.time, |f, v| f.time = v, 0)}
            </div>
            <p class="hint">{move || (state.texts().meeting.facts_hint)(&today)}</p>
            {field("live-place", |t| t.meeting.place_label, |f| &f.place, |f, v| f.place = v, 0)}
            {field("live-chairs", |t| t.meeting.chairs_label, |f| &f.chairs, |f, v| f.chairs = v, 2)}
            <AgencyChips id="live-agencies" label=|t| t.meeting.attending_label add_label=|t| t.meeting.attending_add_label
                chosen=agencies on_change=set_agencies />
            {field("live-attendees", |t| t.meeting.attendees_label, |f| &f.attendees, |f, v| f.attendees = v, 2)}
            <p class="field-error" role="alert">{move || error.get()}</p>
        </details>
    }
}

/// The sections of meeting mode with their counts, a tap away; and fold or unfold every card.
#[component]
pub fn JumpList(meeting: Id, folded: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let counts = Memo::new(move |_| {
        state.ws.with(|ws| {
            let items = ws.meeting_items(&meeting).len();
            let conclusions = ws.meeting_conclusions(&meeting).len();
            (items, conclusions, ws.meeting_tasks(&meeting).len())
        })
    });
    let jump = |section: &'static str| move |_| edge::scroll_to(section);
    view! {
        <nav class="jump-list" aria-label=move || state.texts().meeting.jump_label>
            <button type="button" class="secondary" on:click=jump("live-items")>
                {move || state.texts().meeting.jump_items}" ("{move || counts.get().0}")"
            </button>
            <button type="button" class="secondary" on:click=jump("live-conclusions")>
                {move || state.texts().meeting.jump_conclusions}" ("{move || counts.get().1}")"
            </button>
            <button type="button" class="secondary" on:click=jump("live-assignments")>
                {move || state.texts().meeting.jump_assignments}" ("{move || counts.get().2}")"
            </button>
            <button type="button" class="secondary" id="fold-all" aria-pressed=move || folded.get().to_string()
                on:click=move |_| folded.update(|f| *f = !*f)>
                {move || if folded.get() { state.texts().meeting.unfold_all } else { state.texts().meeting.fold_all }}
            </button>
        </nav>
    }
}

/// Whether every card of meeting mode is folded: given by the page, read by each card.
#[derive(Clone, Copy)]
pub struct FoldAll(pub RwSignal<bool>);

/// A card's fold button, and whether the card is folded: by its own button, or by "fold all"
/// (which a card's own button then overrides until "fold all" is pressed again).
pub fn card_fold() -> (Signal<bool>, impl IntoView) {
    let state = expect_context::<AppState>();
    let all = use_context::<FoldAll>()
        .map(|f| f.0)
        .unwrap_or_else(|| RwSignal::new(false));
    let own = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        all.track();
        own.set(None);
    });
    let folded = Signal::derive(move || own.get().unwrap_or_else(|| all.get()));
    let button = view! {
        <button type="button" class="secondary fold" aria-expanded=move || (!folded.get()).to_string()
            on:click=move |_| own.set(Some(!folded.get_untracked()))>
            {move || if folded.get() { state.texts().meeting.unfold } else { state.texts().meeting.fold }}
        </button>
    };
    (folded, button)
}
