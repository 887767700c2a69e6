//! Plans (kế hoạch): the numbered documents whose tasks an office tracks.

use serde::{Deserialize, Serialize};

/// A reform plan, programme or scheme. Its tasks point back to it by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// What the plan is called, e.g. "Kế hoạch cải cách hành chính năm 2026".
    pub title: String,
}
