//! One file per page of the app, or one folder for a page of several parts (see `route::Route`).

pub mod agencies;
pub mod agency;
pub mod exchange;
pub mod find;
pub mod intake;
pub mod meeting;
pub mod meetings;
pub mod overview;
pub mod plan;
pub mod plans;
pub mod settings;
pub mod task;
