//! Every field of a meeting in one form: the meeting itself, then what its conclusion notice
//! needs (number, issuing body, place and date, summary, signer, recipients).

use crate::domain::meeting::{Meeting, MeetingForm, MeetingKind};
use crate::domain::Id;
use crate::i18n::Text;
use crate::ui::components::agency_suggest::AgencyChips;
use crate::ui::components::references_box::ReferencesBox;
use crate::ui::state::AppState;
use crate::workspace::MeetingFields;
use leptos::prelude::*;

type Getter = fn(&MeetingFields) -> &String;
type Setter = fn(&mut MeetingFields, String);

/// The form; saving closes it.
#[component]
pub fn MeetingEditor(id: Id, meeting: Meeting, editing: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let form = RwSignal::new(MeetingFields::of(&meeting));
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = form.get_untracked();
        match state.change(|ws, now| ws.update_meeting(&id, &fields, now)) {
            // The lines that cannot be read stay in their boxes, marked; the rest is saved.
            Ok(refused) if refused.is_empty() => editing.set(false),
            Ok(refused) => error.set(Some((state.texts().plan.saved_but_refused)(refused.len()))),
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="meeting-form" on:submit=submit novalidate>
            <MeetingPart form />
            <NoticePart form />
            <div class="buttons">
                <button type="submit" id="meeting-save">{move || state.texts().save}</button>
                <button type="button" class="secondary" on:click=move |_| editing.set(false)>{move || state.texts().cancel}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

/// A labelled one-line field (or a box of several lines) bound to one field of the form.
fn field(
    form: RwSignal<MeetingFields>,
    id: &'static str,
    label: Text,
    get: Getter,
    set: Setter,
    lines: u32,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || form.with(|f| get(f).clone());
    let input = move |ev| form.update(|f| set(f, event_target_value(&ev)));
    let control = match lines {
        0 => {
            view! { <input id=id type="text" autocomplete="off" prop:value=value on:input=input /> }
                .into_any()
        }
        rows => view! { <textarea id=id rows=rows prop:value=value on:input=input></textarea> }
            .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{move || label(state.texts())}</label>
            {control}
        </div>
    }
}

#[component]
fn MeetingPart(form: RwSignal<MeetingFields>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The series already in use, offered as the user types, so one series keeps one name.
    let series_names = state.ws.with_untracked(|ws| ws.series_names());
    let series_names = series_names
        .into_iter()
        .map(|name| view! { <option value=name></option> })
        .collect_view();
    view! {
        <fieldset>
            <legend>{move || state.texts().meeting.fields_heading}</legend>
            <label for="meeting-kind">{move || state.texts().meeting.kind_label}</label>
            <select id="meeting-kind" on:change=move |ev| {
                let kind = MeetingKind::from_code(&event_target_value(&ev)).unwrap_or_default();
                form.update(|f| f.kind = kind);
            }>
                {MeetingKind::ALL.map(|k| view! {
                    <option value=k.code() selected=move || form.with(|f| f.kind == k)>{move || (state.texts().meeting.kind)(k)}</option>
                })}
            </select>
            {field(form, "meeting-title", |t| t.meeting.title_label, |f| &f.title, |f, v| f.title = v, 0)}
            <div class="inline-fields">
                {field(form, "meeting-day", |t| t.meeting.day_label, |f| &f.day, |f, v| f.day = v, 0)}
                {field(form, "meeting-time", |t| t.meeting.time_label, |f| &f.time, |f, v| f.time = v, 0)}
            </div>
            <p class="hint">{move || state.texts().meeting.time_hint}</p>
            {field(form, "meeting-place", |t| t.meeting.place_label, |f| &f.place, |f, v| f.place = v, 0)}
            <label for="meeting-form">{move || state.texts().meeting.form_label}</label>
            <select id="meeting-form" on:change=move |ev| {
                let how = MeetingForm::from_code(&event_target_value(&ev)).unwrap_or_default();
                form.update(|f| f.form = how);
            }>
                {MeetingForm::ALL.map(|k| view! {
                    <option value=k.code() selected=move || form.with(|f| f.form == k)>{move || (state.texts().meeting.form)(k, 0)}</option>
                })}
            </select>
            <Show when=move || form.with(|f| f.form.has_sites())>
                {field(form, "meeting-sites", |t| t.meeting.sites_label, |f| &f.sites, |f, v| f.sites = v, 0)}
            </Show>
            {field(form, "meeting-chairs", |t| t.meeting.chairs_label, |f| &f.chairs, |f, v| f.chairs = v, 2)}
            <p class="hint">{move || state.texts().meeting.chairs_hint}</p>
            <AgencyChips id="meeting-agencies" label=|t| t.meeting.attending_label add_label=|t| t.meeting.attending_add_label
                chosen=Signal::derive(move || form.with(|f| f.agencies.clone()))
                on_change=Callback::new(move |list| { form.update(|f| f.agencies = list); Ok(()) }) />
            {field(form, "meeting-attendees", |t| t.meeting.attendees_label, |f| &f.attendees, |f, v| f.attendees = v, 2)}
            <ReferencesBox id="meeting-references" label=|t| t.meeting.references_label hint=|t| t.plan.reference_hint
                value=Signal::derive(move || form.with(|f| f.references.clone()))
                on_input=Callback::new(move |v| form.update(|f| f.references = v)) />
            <ReferencesBox id="meeting-source" label=|t| t.meeting.source_label hint=|t| t.meeting.source_hint single=true
                value=Signal::derive(move || form.with(|f| f.source.clone()))
                on_input=Callback::new(move |v| form.update(|f| f.source = v)) />
            {field(form, "meeting-figures", |t| t.meeting.figures_label, |f| &f.figures, |f, v| f.figures = v, 2)}
            <p class="hint">{move || state.texts().meeting.figures_hint}</p>
            <label for="meeting-series">{move || state.texts().meeting.series}</label>
            <input id="meeting-series" type="text" autocomplete="off" list="series-names"
                prop:value=move || form.with(|f| f.series.clone())
                on:input=move |ev| form.update(|f| f.series = event_target_value(&ev)) />
            <datalist id="series-names">{series_names}</datalist>
            <p class="hint">{move || state.texts().meeting.series_hint}</p>
        </fieldset>
    }
}

#[component]
fn NoticePart(form: RwSignal<MeetingFields>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <fieldset>
            <legend>{move || state.texts().meeting.notice_fields_heading}</legend>
            {field(form, "notice-number", |t| t.meeting.notice_number_label, |f| &f.notice_number, |f, v| f.notice_number = v, 0)}
            {field(form, "notice-issuer", |t| t.meeting.notice_issuer_label, |f| &f.notice_issuer, |f, v| f.notice_issuer = v, 2)}
            <div class="inline-fields">
                {field(form, "notice-place", |t| t.meeting.notice_place_label, |f| &f.notice_place, |f, v| f.notice_place = v, 0)}
                {field(form, "notice-day", |t| t.meeting.notice_day_label, |f| &f.notice_day, |f, v| f.notice_day = v, 0)}
            </div>
            {field(form, "notice-summary", |t| t.meeting.notice_summary_label, |f| &f.notice_summary, |f, v| f.notice_summary = v, 2)}
            {field(form, "notice-signer-title", |t| t.meeting.notice_signer_title_label, |f| &f.signer_title, |f, v| f.signer_title = v, 2)}
            {field(form, "notice-signer-name", |t| t.meeting.notice_signer_name_label, |f| &f.signer_name, |f, v| f.signer_name = v, 0)}
            {field(form, "notice-recipients", |t| t.meeting.notice_recipients_label, |f| &f.recipients, |f, v| f.recipients = v, 3)}
        </fieldset>
    }
}
