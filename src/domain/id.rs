//! Stable record ids and device ids.
//!
//! An id is made once, from random bits the browser edge supplies, and never changes: two offices
//! that import each other's bundles recognise a record by its id alone.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Crockford's base-32 alphabet (no i, l, o, u), lower case: short, unambiguous when read aloud.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Longest id accepted from storage or a file; generated ids have 26 characters.
const MAX_LEN: usize = 40;

/// The id of a record: lower-case ASCII letters, digits and `-`, 1 to 40 characters.
///
/// Random ids are 26 base-32 characters (128 bits). Records the app ships, such as the starter
/// agencies, have readable fixed ids (`co-quan-so-noi-vu`) so that every office has the same ones.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

/// Why a text is not a valid id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdError {
    Empty,
    TooLong(usize),
    BadCharacter(char),
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => write!(f, "empty id"),
            IdError::TooLong(n) => write!(f, "id of {n} characters (at most {MAX_LEN})"),
            IdError::BadCharacter(c) => write!(f, "character {c:?} in an id"),
        }
    }
}

impl Id {
    /// An id made from 128 random bits.
    pub fn from_random(bits: u128) -> Id {
        // 26 characters of 5 bits hold 130 bits: the first one carries only the top 3.
        let text = (0..26)
            .map(|i| ALPHABET[((bits >> (125 - i * 5)) & 31) as usize] as char)
            .collect();
        Id(text)
    }

    /// Checks a text read from storage or a file.
    pub fn parse(text: &str) -> Result<Id, IdError> {
        Id::check(text)?;
        Ok(Id(text.to_owned()))
    }

    /// Every id of a file is read through here: byte by byte, and the text kept, not copied.
    fn check(text: &str) -> Result<(), IdError> {
        if text.is_empty() {
            return Err(IdError::Empty);
        }
        if text.len() > MAX_LEN {
            return Err(IdError::TooLong(text.chars().count()));
        }
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if text.bytes().all(|b| allowed(char::from(b))) {
            return Ok(());
        }
        match text.chars().find(|c| !allowed(*c)) {
            Some(c) => Err(IdError::BadCharacter(c)),
            None => Ok(()),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// FNV-1a of the id's text: which chunk of storage holds the record. Stored data depends
    /// on it: it never changes.
    pub fn fnv(&self) -> u32 {
        self.0.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
    }
}

impl TryFrom<String> for Id {
    type Error = IdError;
    fn try_from(text: String) -> Result<Id, IdError> {
        Id::check(&text)?;
        Ok(Id(text))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The id of one browser profile on one machine: the author of the edits it makes.
///
/// Made on first start and kept in storage; a version vector counts edits per device id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceId(pub Id);

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_26_base32_characters_and_distinct() {
        let a = Id::from_random(0);
        let b = Id::from_random(u128::MAX);
        let c = Id::from_random(1 << 64);
        assert_eq!(a.as_str(), "00000000000000000000000000");
        assert_eq!(b.as_str(), "7zzzzzzzzzzzzzzzzzzzzzzzzz");
        assert_eq!(c.as_str().len(), 26);
        assert_ne!(a, c);
        assert_eq!(Id::parse(b.as_str()), Ok(b));
    }

    #[test]
    fn parse_rejects_what_storage_should_never_hold() {
        assert_eq!(Id::parse(""), Err(IdError::Empty));
        assert_eq!(Id::parse("Abc"), Err(IdError::BadCharacter('A')));
        assert_eq!(Id::parse("sở"), Err(IdError::BadCharacter('ở')));
        assert!(matches!(
            Id::parse(&"a".repeat(41)),
            Err(IdError::TooLong(41))
        ));
        assert!(Id::parse("co-quan-so-noi-vu").is_ok());
    }

    #[test]
    fn serde_refuses_an_invalid_id() {
        assert!(serde_json::from_str::<Id>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<Id>("\"<script>\"").is_err());
    }
}
