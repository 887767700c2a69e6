//! The fields of a record's body, one by one: what the field-by-field merge compares and copies,
//! what the import checks and what the preview names. Each body type lists its fields once, in
//! [`body_fields!`]; everything else reads them from [`Body::FIELDS`].

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// A record body whose top-level fields can be handled one by one.
pub trait Body: Clone + PartialEq + Serialize + DeserializeOwned {
    /// The fields, as bundles and storage spell them, in the order the body is written.
    const FIELDS: &'static [&'static str];
    /// Other names a field was stored under by earlier versions: (old name, field).
    const ALIASES: &'static [(&'static str, &'static str)] = &[];

    /// Whether field `i` of `self` and `other` hold the same value.
    fn same_field(&self, other: &Self, i: usize) -> bool;
    /// Sets field `i` of `self` to the value it has in `from`.
    fn copy_field(&mut self, from: &Self, i: usize);
    /// Field `i` as JSON (an empty value as the type writes it: `""`, `[]`, `null`).
    fn field_value(&self, i: usize) -> Value;
    /// Sets field `i` from JSON; `Err` (serde's words, never shown) if it is not that field's type.
    fn set_field_value(&mut self, i: usize, value: &Value) -> Result<(), String>;
    /// Whether `value` reads as field `i`'s type.
    fn reads_as_field(i: usize, value: &Value) -> Result<(), String>;

    /// The index of the field called `name` (an alias included).
    fn field_index(name: &str) -> Option<usize> {
        let name = Self::ALIASES
            .iter()
            .find(|(old, _)| *old == name)
            .map_or(name, |(_, field)| field);
        Self::FIELDS.iter().position(|f| *f == name)
    }
}

/// Reads a value of the type a field getter returns: lets the macro name fields, not types.
#[doc(hidden)]
pub fn read_like<B, F: DeserializeOwned>(_: fn(&B) -> &F, value: &Value) -> Result<F, String> {
    super::json::from_value(value)
}

/// Implements [`Body`] for a struct from the list of its fields:
/// `body_fields!(Agency { name })`.
#[macro_export]
macro_rules! body_fields {
    ($body:ty { $($field:ident),* $(,)? } $(aliases [$(($old:literal, $new:literal)),*])?) => {
        impl $crate::domain::body::Body for $body {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
            $(const ALIASES: &'static [(&'static str, &'static str)] = &[$(($old, $new)),*];)?

            fn same_field(&self, other: &Self, i: usize) -> bool {
                let mut n = 0usize;
                $(
                    if i == n { return self.$field == other.$field; }
                    n += 1;
                )*
                let _ = n;
                true
            }

            fn copy_field(&mut self, from: &Self, i: usize) {
                let mut n = 0usize;
                $(
                    if i == n { self.$field = from.$field.clone(); return; }
                    n += 1;
                )*
                let _ = n;
            }

            fn field_value(&self, i: usize) -> serde_json::Value {
                let mut n = 0usize;
                $(
                    if i == n { return serde_json::to_value(&self.$field).unwrap_or_default(); }
                    n += 1;
                )*
                let _ = n;
                serde_json::Value::Null
            }

            fn set_field_value(&mut self, i: usize, value: &serde_json::Value) -> Result<(), String> {
                let mut n = 0usize;
                $(
                    if i == n {
                        self.$field = $crate::domain::body::read_like(|b: &Self| &b.$field, value)?;
                        return Ok(());
                    }
                    n += 1;
                )*
                let _ = n;
                Err(format!("no field {i}"))
            }

            fn reads_as_field(i: usize, value: &serde_json::Value) -> Result<(), String> {
                let mut n = 0usize;
                $(
                    if i == n {
                        return $crate::domain::body::read_like(|b: &Self| &b.$field, value).map(|_| ());
                    }
                    n += 1;
                )*
                let _ = n;
                Err(format!("no field {i}"))
            }
        }
    };
}
