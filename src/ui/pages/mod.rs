//! One file per page of the app (see `route::Route`).

pub mod agencies;
pub mod meetings;
pub mod plan;
pub mod plans;
pub mod settings;
