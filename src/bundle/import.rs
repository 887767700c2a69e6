//! Reading a bundle someone sent, before anything changes: size, text (UTF-8, or UTF-16 as
//! Windows tools save it), nesting depth, then the bundle itself straight into records. A file
//! that does not read so is read again in layers (`layers.rs`) for the first thing wrong and
//! where. Counts are compared here; the checksum, ids, references and every rule the forms
//! enforce are checked by `check.rs` once the checksum is computed. The workspace is only read.

use super::canonical::canonical;
use super::{Bundle, FORMAT, OLDEST_SCHEMA, SCHEMA};
use crate::domain::check::Rule;
use crate::domain::Id;
use crate::workspace::{Counts, Kind};
use std::borrow::Cow;

/// The largest file accepted: a whole province's workspace is a few MB.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// The deepest nesting accepted anywhere in a file (fields of newer versions included); a real
/// bundle is about 8 deep.
pub const MAX_DEPTH: usize = 64;

/// Why a file is not a bundle that can be imported. Nothing has changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    Empty,
    /// Not text: another kind of file (a Word document, a picture) named .json.
    NotText,
    TooDeep {
        max: usize,
        line: usize,
    },
    /// Not valid JSON; `cut` when the text ends in the middle (a file cut short).
    Syntax {
        line: usize,
        column: usize,
        cut: bool,
    },
    /// One object names a key twice: readers disagree on which one counts.
    DuplicateKey {
        key: String,
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not a bundle of this app.
    NotABundle,
    /// Made by a newer version of the app.
    NewerSchema {
        schema: u64,
    },
    /// A schema number no version of the app ever wrote (0, say).
    UnknownSchema {
        schema: String,
    },
    /// Part of the envelope (`kind` None) or of a record does not have its shape.
    Shape {
        kind: Option<Kind>,
        index: usize,
        id: Option<String>,
        /// Where in the record or envelope: `body.position`, `writes`, `sender.device`.
        field: String,
        problem: Problem,
        /// The value as the file has it, shortened.
        value: String,
    },
    /// The envelope's counts disagree with the records: records were cut out or added.
    Counts {
        kind: Kind,
        stated: usize,
        found: usize,
    },
    /// The records are not the ones the checksum was made over: the file was changed.
    Checksum,
    DuplicateId {
        kind: Kind,
        id: Id,
    },
    /// A record breaks a rule the forms enforce. `name` is its title or name, shortened.
    Invalid {
        kind: Kind,
        id: Id,
        name: String,
        field: &'static str,
        rule: Rule,
        value: String,
    },
    /// A record names another that is neither in the bundle nor here.
    Dangling {
        kind: Kind,
        id: Id,
        name: String,
        field: &'static str,
        missing: Kind,
        target: Id,
    },
    /// A record names another of the wrong place: a task in another plan's content group, a
    /// conclusion on another meeting's item, a live task led by a deleted agency.
    Mismatch {
        kind: Kind,
        id: Id,
        name: String,
        field: &'static str,
        link: Link,
    },
    /// An edit dated outside what a browser can show (before 1970 or after the year 275760).
    EditTime {
        kind: Kind,
        id: Id,
        name: String,
        at: i64,
    },
}

/// What is wrong with the shape of a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    /// The file has a key this version does not know where none may be added.
    Unknown,
    /// The same field set twice (by two edits, or a device named twice).
    Twice,
    /// Not of the expected kind of value.
    WrongType(Expected),
    /// Of the right kind but not an allowed value (an unknown status, an id with capitals, an
    /// edit counter of 0 or beyond the limit).
    BadValue,
    /// A field of a newer version with no edit that set it.
    Unstamped,
    /// A record in both the old form (one version for the whole record) and the new one.
    MixedForms,
}

/// The kind of value a field must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    /// 0, 1, 2, …
    Natural,
    WholeNumber,
    /// A record's id: lower-case letters, digits and "-".
    Id,
    Boolean,
    List,
    Object,
    Date,
    Time,
    Other,
}

/// Which link between records is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    GroupOfAnotherPlan,
    ItemOfAnotherMeeting,
    DeletedLead,
    DeletedGroup,
}

/// A bundle read and checked up to its checksum, with the canonical bytes the checksum is made
/// over. The browser hashes them with its own SHA-256 (`crypto.subtle`: native code, off the
/// main thread, where SHA-256 compiled to wasm is slow: docs/benchmarks.md#the-browser-hashes-the-bundle)
/// and hands the digest to [`Unverified::verify`], which finishes the checks.
pub struct Unverified {
    pub(super) bundle: Bundle,
    canonical: Vec<u8>,
}

impl Unverified {
    /// What the checksum is computed over (see [`super::checksum`]).
    pub fn canonical(&self) -> &[u8] {
        &self.canonical
    }
}

impl Bundle {
    /// [`Bundle::read`] up to the checksum, which the caller computes (see [`Unverified`]).
    pub fn read_unverified(bytes: &[u8]) -> Result<Unverified, ImportError> {
        if bytes.len() > MAX_BYTES {
            return Err(ImportError::TooLarge {
                bytes: bytes.len(),
                max: MAX_BYTES,
            });
        }
        let text = decode(bytes)?;
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        // A NUL is never in a JSON text (nor, unescaped, in its strings): another kind of file.
        if text.contains('\0') {
            return Err(ImportError::NotText);
        }
        // Nearly every file is a good bundle: read it straight into records. Only a file that
        // does not read so goes through the layers, which say what is wrong and where.
        let bundle = match serde_json::from_str::<Bundle>(text) {
            Ok(bundle) => bundle,
            Err(_) => {
                check_depth(text)?;
                return Err(super::layers::diagnose(text));
            }
        };
        // A value of a newer version (or of a conflict) is kept as it came: it must be as
        // bounded as everything else. (The reader itself stops at 128 levels.)
        if carries_values(&bundle.records) {
            check_depth(text)?;
        }
        if bundle.format != FORMAT {
            return Err(ImportError::NotABundle);
        }
        schema(u64::from(bundle.schema))?;
        check_counts(&bundle)?;
        // Records whose canonical form cannot be made cannot have their checksum checked:
        // refused as a checksum that does not hold, never checked against an empty text.
        let canonical = if bundle.schema == SCHEMA {
            canonical(&bundle.records).map_err(|_| ImportError::Checksum)?
        } else {
            // An earlier schema's checksum is over its records as it wrote them: the file's
            // own records with their keys sorted (what its exporter hashed), not this
            // version's reading of them.
            let value: serde_json::Value =
                serde_json::from_str(text).map_err(|_| ImportError::Checksum)?;
            value["records"].to_string().into_bytes()
        };
        Ok(Unverified { bundle, canonical })
    }
}

/// The schema is one this version reads.
pub(super) fn schema(schema: u64) -> Result<(), ImportError> {
    if schema > u64::from(SCHEMA) {
        return Err(ImportError::NewerSchema { schema });
    }
    if schema < u64::from(OLDEST_SCHEMA) {
        return Err(ImportError::UnknownSchema {
            schema: schema.to_string(),
        });
    }
    Ok(())
}

/// The file's text: UTF-8 (with or without a byte-order mark), or UTF-16, which Notepad and
/// some mail programs save ("Unicode"), with its mark or recognised by its zero bytes.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    let utf16 = |big: bool, body: &[u8]| -> Result<Cow<str>, ImportError> {
        if !body.len().is_multiple_of(2) {
            return Err(ImportError::NotText);
        }
        let units = body.chunks_exact(2).map(|p| match big {
            true => u16::from_be_bytes([p[0], p[1]]),
            false => u16::from_le_bytes([p[0], p[1]]),
        });
        let text: Result<String, _> = char::decode_utf16(units).collect();
        text.map(Cow::Owned).map_err(|_| ImportError::NotText)
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => return utf16(false, rest),
        [0xFE, 0xFF, rest @ ..] => return utf16(true, rest),
        _ => {}
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // Plain ASCII JSON saved as UTF-16 without a mark is valid UTF-8 full of NULs.
        let nul_in_first_two = text.bytes().take(2).any(|b| b == 0);
        if !nul_in_first_two {
            return Ok(Cow::Borrowed(text));
        }
    }
    let zeros = |from: usize| bytes.iter().skip(from).step_by(2).take(64).all(|b| *b == 0);
    match (bytes.len() >= 2, zeros(0), zeros(1)) {
        (true, false, true) => utf16(false, bytes),
        (true, true, false) => utf16(true, bytes),
        _ => Err(ImportError::NotText),
    }
}

/// Whether some record keeps a JSON value as it came: a field or key of a newer version, or a
/// value kept from a conflict.
fn carries_values(records: &crate::workspace::Records) -> bool {
    fn any<T: crate::workspace::Kinded>(records: &crate::workspace::Records) -> bool {
        T::list(records)
            .iter()
            .any(crate::domain::Record::carries_values)
    }
    crate::workspace::for_each_kind!(any(records)).contains(&true)
}

/// The deepest `[`/`{` nesting outside strings, without building anything: a file nested
/// 100,000 deep is refused before a parser recurses into it.
fn check_depth(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut line, mut in_string, mut escaped) = (0usize, 1usize, false, false);
    for b in text.bytes() {
        match b {
            b'\n' => line += 1,
            _ if in_string => match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            },
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ImportError::TooDeep {
                        max: MAX_DEPTH,
                        line,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn check_counts(bundle: &Bundle) -> Result<(), ImportError> {
    let found = Counts::of(&bundle.records);
    let differs = Kind::ALL
        .into_iter()
        .find(|k| bundle.counts.get(*k) != found.get(*k));
    match differs {
        Some(kind) => Err(ImportError::Counts {
            kind,
            stated: bundle.counts.get(kind),
            found: found.get(kind),
        }),
        None => Ok(()),
    }
}
