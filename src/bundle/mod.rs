//! Bundles: the JSON files offices email each other. An envelope (format, schema, app version,
//! export time, sender, scope, counts per kind, a checksum) around the records with their
//! metadata. `export` makes one from a workspace; `import` reads and checks one in layers;
//! `preview` says, record by record, what merging it would change. The format is described in docs/bundle-format.md.

mod apply;
mod canonical;
mod export;
mod import;
mod preview;

pub use apply::{Choices, ImportEntry, Side, Snapshot};
pub use import::{ImportError, Unverified, MAX_BYTES, MAX_DEPTH};
pub use preview::{Change, FieldDiff, Preview, RecordChange};

use crate::domain::{DeviceId, Id, OfficeProfile, Timestamp};
use crate::workspace::Records;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `format` every bundle names, so a stray JSON file is told apart from a bundle.
pub const FORMAT: &str = "sotay-bundle";

/// The version of this format. A bundle with a higher one was made by a newer app.
pub const SCHEMA: u32 = 1;

/// One bundle, as written to and read from a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub schema: u32,
    /// The app that made it, e.g. "0.1.0".
    pub app_version: String,
    pub exported_at: Timestamp,
    pub sender: Sender,
    pub scope: Scope,
    /// Records of each kind, by the names of `records`' lists.
    pub counts: Counts,
    /// "sha256:<hex>" over the canonical JSON of `records`.
    pub checksum: String,
    pub records: Records,
}

/// Who sent a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    pub office: OfficeProfile,
    pub device: DeviceId,
}

/// What a bundle holds: everything, or one plan or meeting with what it refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scope {
    Workspace,
    Plan { id: Id, title: String },
    Meeting { id: Id, title: String },
}

/// Records per kind, as the envelope states them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub agencies: usize,
    pub plans: usize,
    pub groups: usize,
    pub tasks: usize,
    pub indicators: usize,
    pub meetings: usize,
    pub items: usize,
    pub conclusions: usize,
}

impl Counts {
    pub fn of(records: &Records) -> Counts {
        Counts {
            agencies: records.agencies.len(),
            plans: records.plans.len(),
            groups: records.groups.len(),
            tasks: records.tasks.len(),
            indicators: records.indicators.len(),
            meetings: records.meetings.len(),
            items: records.items.len(),
            conclusions: records.conclusions.len(),
        }
    }
}

/// "sha256:<64 hex digits>" over the canonical form of the records: compact JSON with the keys
/// of every object in sorted order (serde_json's map is sorted), so the same records give the
/// same checksum on every machine whatever order a file lists its keys in.
pub fn checksum(records: &Records) -> String {
    let canonical = canonical::canonical(records).unwrap_or_default();
    format!("sha256:{}", sha256_hex(&canonical))
}

/// SHA-256 in lower-case hex, as the checksum writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A record (or part of one) out of a JSON value, read from its text. `serde_json::from_value`
/// would give every record type a second decoder beside the one reading text: 67 KB of wasm
/// (28 KB gzip) for the few places that hold a value; they are never on a hot path. The error
/// says what is wrong without a position (the text is one line made here).
pub(crate) fn from_value<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
) -> Result<T, String> {
    serde_json::from_str(&value.to_string()).map_err(|e| {
        let text = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        text.strip_suffix(&position).unwrap_or(&text).to_owned()
    })
}

impl Bundle {
    /// The bundle as the file holds it: pretty JSON, so a person can read it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

// Native only: proptest is a native dev-dependency, and the core is tested natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
