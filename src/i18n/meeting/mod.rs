//! The texts of meetings, meeting mode and the conclusion notice, in one struct per language,
//! kept apart from the checklist's texts so each file stays readable.

pub(super) mod en;
pub(super) mod vi;

use crate::domain::meeting::{MeetingForm, MeetingKind};

/// Every text of the meeting pages in one language.
pub struct MeetingTexts {
    pub back_to_list: &'static str,
    pub back: &'static str,
    pub missing: &'static str,
    pub new_label: &'static str,
    pub new_example: &'static str,
    pub add: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub live_open: &'static str,
    pub live_saved_hint: &'static str,
    /// Meeting mode's facts of the meeting, folded once filled.
    pub facts_heading: &'static str,
    pub facts_empty: &'static str,
    /// Under the day: "today" is not assumed.
    pub facts_hint: fn(&str) -> String,
    pub jump_label: &'static str,
    pub jump_items: &'static str,
    pub jump_conclusions: &'static str,
    pub jump_assignments: &'static str,
    /// The find page's meeting notes: their heading with their count, and a meeting's kind.
    pub found_notes: fn(usize) -> String,
    pub found_meeting: &'static str,
    pub fold: &'static str,
    pub unfold: &'static str,
    pub fold_all: &'static str,
    pub unfold_all: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub kind: fn(MeetingKind) -> &'static str,
    pub form: fn(MeetingForm, u32) -> String,
    pub chairs: &'static str,
    pub series: &'static str,
    pub series_hint: &'static str,
    pub carried_over_heading: &'static str,
    pub carried_over_hint: &'static str,

    pub items_heading: &'static str,
    pub item_add: &'static str,
    pub item_agency_label: &'static str,
    pub item_text_label: &'static str,
    pub conclusions_heading: &'static str,
    pub conclusion_add: &'static str,
    pub conclusion_add_on_item: &'static str,
    pub conclusion_on_label: &'static str,
    pub conclusion_general: &'static str,
    pub conclusion_text_label: &'static str,
    pub assignments_heading: &'static str,
    pub assignments_empty: &'static str,
    pub assignment_add: &'static str,
    pub assignment_new_label: &'static str,
    pub assignment_lead_label: &'static str,
    pub assignment_text_label: &'static str,
    pub assignment_untitled: &'static str,
    pub coordinating_add_label: &'static str,
    pub remove_named: fn(&str) -> String,
    /// A name typed in an agency field that no agency of the list has.
    pub agency_unlisted: fn(&str) -> String,
    /// An agency picked to coordinate that already leads.
    pub agency_is_lead: fn(&str) -> String,
    /// An empty list of agencies (no coordinating agency, none attending).
    pub agencies_none: &'static str,
    pub agency_add_named: fn(&str) -> String,
    pub task_open: &'static str,
    /// End of this week, of the month, of the quarter (see `workspace::quick_deadlines`).
    pub quick_picks: [&'static str; 3],

    pub fields_heading: &'static str,
    pub kind_label: &'static str,
    pub title_label: &'static str,
    pub day_label: &'static str,
    pub time_label: &'static str,
    pub place_label: &'static str,
    pub form_label: &'static str,
    pub sites_label: &'static str,
    pub chairs_label: &'static str,
    pub chairs_hint: &'static str,
    /// The agencies that attend a meeting (printed as "đại diện lãnh đạo …").
    pub attending_label: &'static str,
    pub attending_add_label: &'static str,
    pub attendees_label: &'static str,
    pub references_label: &'static str,
    /// The report or notice the meeting is entered from.
    pub source_label: &'static str,
    pub source_hint: &'static str,
    pub figures_label: &'static str,
    pub figures_hint: &'static str,
    pub time_hint: &'static str,

    pub notice_open: &'static str,
    pub notice_fields_heading: &'static str,
    pub notice_number_label: &'static str,
    pub notice_issuer_label: &'static str,
    pub notice_place_label: &'static str,
    pub notice_day_label: &'static str,
    pub notice_summary_label: &'static str,
    pub notice_signer_title_label: &'static str,
    pub notice_signer_name_label: &'static str,
    pub notice_recipients_label: &'static str,
    pub notice_print: &'static str,
    pub notice_copy: &'static str,
    pub notice_copied: &'static str,
    pub notice_copy_failed: &'static str,
    pub notice_plain_label: &'static str,
    pub notice_hint: &'static str,

    /// On a task's page: the meeting that assigned it, and filing it under a plan.
    pub task_from: &'static str,
    pub task_file_label: &'static str,
    pub task_no_plan: &'static str,
    pub task_file_save: &'static str,
    pub filter_meeting: &'static str,

    pub list_heading: &'static str,
    pub list_empty: &'static str,
}
