//! Components shared by several pages, one family per file.

pub mod agency_suggest;
pub mod conflicts;
pub mod deadline_input;
pub mod export_buttons;
pub mod field_words;
pub mod figures;
pub mod file_buttons;
pub mod live_text;
pub mod marked;
pub mod notices;
pub mod references_box;
pub mod report_files;
pub mod standing;
pub mod task_link;
pub mod task_links;
pub mod task_row;
pub mod text_form;
