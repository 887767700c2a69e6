//! The canonical form the bundle checksum is made over: compact JSON with the keys of every
//! object in sorted order. It is byte for byte what `serde_json::to_value(x)?.to_string()`
//! gives (serde_json's map is sorted), which is how the format defines it, but written straight
//! from the records: no tree of values in between, five times faster on a 5,000-task bundle.
//!
//! Each object's values are written in the order they come, and the object is put in key order
//! when it closes (its bytes moved, not re-serialised).

use serde::ser::{self, Serialize};
use serde_json::Error;
use std::borrow::Cow;

/// The canonical JSON of `value`.
pub fn canonical<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut w = Writer {
        out: Vec::with_capacity(1 << 16),
        scratch: Vec::new(),
        keys: Vec::new(),
    };
    value.serialize(Canonical { w: &mut w })?;
    Ok(w.out)
}

/// A scalar, written as serde_json writes it (the same escaping and number formats).
fn scalar<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    serde_json::to_writer(out, value)
}

/// The output, and what the objects being written share (no allocation per object): their
/// keys with where each value is in `out`, and room to move an object's bytes into key order.
struct Writer {
    out: Vec<u8>,
    scratch: Vec<u8>,
    keys: Vec<(Cow<'static, str>, usize, usize)>,
}

struct Canonical<'a> {
    w: &'a mut Writer,
}

/// An array being written; `close` is "]" or, for a tuple variant, "]}".
struct Array<'a> {
    w: &'a mut Writer,
    first: bool,
    close: &'static str,
}

/// An object being written: its values so far (from `start` in the output) and their keys (from
/// `base` in the shared list).
struct Object<'a> {
    w: &'a mut Writer,
    start: usize,
    base: usize,
    key: Option<String>,
    /// A struct variant's object sits inside `{"variant": … }`.
    variant: bool,
}

impl<'a> Canonical<'a> {
    fn array(self, close: &'static str) -> Array<'a> {
        self.w.out.push(b'[');
        Array {
            w: self.w,
            first: true,
            close,
        }
    }

    fn object(self, variant: bool) -> Object<'a> {
        let (start, base) = (self.w.out.len(), self.w.keys.len());
        Object {
            w: self.w,
            start,
            base,
            key: None,
            variant,
        }
    }

    /// Opens `{"variant":`, as serde_json's values write enum variants with content.
    fn open_variant(&mut self, variant: &str) -> Result<(), Error> {
        self.w.out.push(b'{');
        scalar(&mut self.w.out, variant)?;
        self.w.out.push(b':');
        Ok(())
    }
}

impl Array<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.w.out.push(b',');
        }
        self.first = false;
        value.serialize(Canonical { w: self.w })
    }

    fn close(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(self.close.as_bytes());
        Ok(())
    }
}

impl Object<'_> {
    fn value<T: Serialize + ?Sized>(
        &mut self,
        key: Cow<'static, str>,
        value: &T,
    ) -> Result<(), Error> {
        let from = self.w.out.len();
        value.serialize(Canonical { w: self.w })?;
        self.w.keys.push((key, from, self.w.out.len()));
        Ok(())
    }

    /// Puts the values in key order (a later value under the same key wins, as in a map).
    fn close(self) -> Result<(), Error> {
        let Writer { out, scratch, keys } = self.w;
        let entries = &mut keys[self.base..];
        // Objects here have a few fields: a stable insertion sort, in place.
        for i in 1..entries.len() {
            let mut j = i;
            while j > 0 && entries[j - 1].0 > entries[j].0 {
                entries.swap(j - 1, j);
                j -= 1;
            }
        }
        scratch.clear();
        scratch.extend_from_slice(&out[self.start..]);
        out.truncate(self.start);
        out.push(b'{');
        let mut first = true;
        for (n, (key, from, to)) in entries.iter().enumerate() {
            let replaced = entries.get(n + 1).is_some_and(|next| &next.0 == key);
            if replaced {
                continue;
            }
            if !first {
                out.push(b',');
            }
            first = false;
            let plain = key.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\');
            if plain {
                // A field name: nothing to escape.
                out.push(b'"');
                out.extend_from_slice(key.as_bytes());
                out.push(b'"');
            } else {
                scalar(out, key.as_ref())?;
            }
            out.push(b':');
            out.extend_from_slice(&scratch[*from - self.start..*to - self.start]);
        }
        out.push(b'}');
        if self.variant {
            out.push(b'}');
        }
        keys.truncate(self.base);
        Ok(())
    }
}

/// A map key as serde_json's values take it: a string, or a number or bool made a string.
fn key_text<T: Serialize + ?Sized>(key: &T) -> Result<String, Error> {
    match serde_json::to_value(key)? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        _ => Err(ser::Error::custom("key must be a string")),
    }
}

impl<'a> ser::Serializer for Canonical<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // A value holds every float as f64, and writes it so.
        scalar(&mut self.w.out, &f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        scalar(&mut self.w.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut array = self.array("]");
        v.iter().try_for_each(|b| array.element(b))?;
        array.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        scalar(&mut self.w.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant)?;
        value.serialize(Canonical { w: self.w })?;
        self.w.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Array<'a>, Error> {
        self.open_variant(variant)?;
        Ok(self.array("]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(self.object(false))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a>, Error> {
        Ok(self.object(false))
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Object<'a>, Error> {
        self.open_variant(variant)?;
        Ok(self.object(true))
    }
}

/// serde's seven compound-serializer traits, all answered by an [`Array`] or an [`Object`].
macro_rules! elements {
    ($($trait:ident, $method:ident;)+) => {$(
        impl ser::$trait for Array<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )+};
}

macro_rules! fields {
    ($($trait:ident;)+) => {$(
        impl ser::$trait for Object<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.value(Cow::Borrowed(key), value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )+};
}

elements! {
    SerializeSeq, serialize_element;
    SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field;
    SerializeTupleVariant, serialize_field;
}

fields! {
    SerializeStruct;
    SerializeStructVariant;
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key_text(key)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| ser::Error::custom("value without a key"))?;
        self.value(Cow::Owned(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::canonical;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn through_value<T: Serialize>(value: &T) -> String {
        serde_json::to_value(value).unwrap().to_string()
    }

    #[derive(Serialize)]
    #[serde(tag = "kind", rename_all = "snake_case")]
    enum Tagged {
        Plan { zeta: u8, alpha: Option<String> },
        Empty,
    }

    #[derive(Serialize)]
    enum Plain {
        Unit,
        New(i64),
        Pair(u8, String),
        Fields { b: f32, a: f64 },
    }

    #[derive(Serialize)]
    struct Outer {
        z: Vec<Plain>,
        m: BTreeMap<u32, &'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        a: (char, bool, ()),
        tagged: Vec<Tagged>,
        #[serde(rename = "Ä text")]
        text: &'static str,
    }

    #[test]
    fn every_shape_is_written_as_a_json_value_writes_it() {
        let value = Outer {
            z: vec![
                Plain::Unit,
                Plain::New(-3),
                Plain::Pair(7, "\"quoted\"\n".into()),
                Plain::Fields {
                    b: 0.1,
                    a: f64::NAN,
                },
            ],
            m: BTreeMap::from([(10, "mười"), (2, "hai")]),
            skipped: None,
            a: ('đ', true, ()),
            tagged: vec![
                Tagged::Plan {
                    zeta: 1,
                    alpha: None,
                },
                Tagged::Empty,
            ],
            text: "Quyết định số 2866/QĐ-UBND \u{1F600} \u{7}",
        };
        let ours = String::from_utf8(canonical(&value).unwrap()).unwrap();
        assert_eq!(ours, through_value(&value));
    }
}
