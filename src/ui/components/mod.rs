//! Components shared by several pages, one family per file.

pub mod agency_select;
pub mod notices;
pub mod task_row;
pub mod text_form;
