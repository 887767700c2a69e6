//! The canonical form the bundle checksum is made over: compact JSON with the keys of every
//! object in sorted order. It is byte for byte what `serde_json::to_value(x)?.to_string()`
//! gives (serde_json's map is sorted), which is how the format defines it, but written straight
//! from the records: no tree of values in between (how much faster:
//! docs/benchmarks.md#the-canonical-form-written-straight-from-the-records).
//!
//! Each object's entries are written as they come, keys and all. When it closes, an object whose
//! keys came out of order is put in key order (its entries' bytes moved, not re-serialised); one
//! whose keys came in order, as the records write most of theirs, is left where it is.

use serde::ser::{self, Serialize};
use serde_json::Error;

/// The canonical JSON of `value`.
pub fn canonical<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut w = Writer {
        out: Vec::with_capacity(1 << 16),
        scratch: Vec::new(),
        entries: Vec::new(),
    };
    value.serialize(Canonical { w: &mut w })?;
    Ok(w.out)
}

/// A scalar, written as serde_json writes it (the same escaping and number formats).
fn scalar<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    serde_json::to_writer(out, value)
}

/// Whether serde_json writes `text` as it is between quotes: no control character, quote or
/// backslash (the only bytes it escapes).
fn plain(text: &str) -> bool {
    text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\')
}

/// A string, as serde_json writes it; most need no escaping and are copied.
fn string(out: &mut Vec<u8>, text: &str) -> Result<(), Error> {
    if !plain(text) {
        return scalar(out, text);
    }
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
    Ok(())
}

/// The output, and what the objects being written share (no allocation per object): their
/// entries, and room to move an object's entries into key order.
struct Writer {
    out: Vec<u8>,
    scratch: Vec<u8>,
    entries: Vec<Entry>,
}

/// One `"key":value` of an object being written: where it is in the output, and where its key
/// ends. Its key is the text between the quotes, or `escaped` when the JSON escapes it.
struct Entry {
    from: usize,
    key_end: usize,
    to: usize,
    escaped: Option<String>,
}

impl Entry {
    fn key<'a>(&'a self, out: &'a [u8]) -> &'a [u8] {
        match &self.escaped {
            Some(key) => key.as_bytes(),
            None => &out[self.from + 1..self.key_end],
        }
    }
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

/// An object being written: its entries so far, written as they come (from `start`, its "{",
/// in the output), listed from `base` in the shared list.
struct Object<'a> {
    w: &'a mut Writer,
    start: usize,
    base: usize,
    /// The entry whose key is written and whose value comes next.
    key: Option<Entry>,
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
        let (start, base) = (self.w.out.len(), self.w.entries.len());
        self.w.out.push(b'{');
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
        string(&mut self.w.out, variant)?;
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
    /// Where the next key goes, after a comma if it is not the first.
    fn next_from(&mut self) -> usize {
        if self.w.entries.len() > self.base {
            self.w.out.push(b',');
        }
        self.w.out.len()
    }

    /// A field's name.
    fn name(&mut self, key: &'static str) -> Result<(), Error> {
        let from = self.next_from();
        let out = &mut self.w.out;
        string(out, key)?;
        let escaped = (!plain(key)).then(|| key.to_owned());
        self.key_written(from, escaped);
        Ok(())
    }

    /// A map's key as serde_json's values take it: a string, or a number or bool made a string.
    fn map_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let from = self.next_from();
        let out = &mut self.w.out;
        scalar(out, key)?;
        match out.get(from) {
            Some(b'"') => {}
            Some(b'-' | b'0'..=b'9' | b't' | b'f') => {
                out.insert(from, b'"');
                out.push(b'"');
            }
            _ => return Err(ser::Error::custom("key must be a string")),
        }
        let key_end = out.len() - 1;
        let escaped = match out[from + 1..key_end].contains(&b'\\') {
            // Rare (a key of a newer version with a quote in it): the key as text.
            true => match serde_json::to_value(key)? {
                serde_json::Value::String(key) => Some(key),
                _ => None,
            },
            false => None,
        };
        self.key_written(from, escaped);
        Ok(())
    }

    /// The key just written from `from` on: its colon, and the entry that waits for its value.
    fn key_written(&mut self, from: usize, escaped: Option<String>) {
        let key_end = self.w.out.len() - 1;
        self.w.out.push(b':');
        self.key = Some(Entry {
            from,
            key_end,
            to: 0,
            escaped,
        });
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let mut entry =
            (self.key.take()).ok_or_else(|| ser::Error::custom("value without a key"))?;
        value.serialize(Canonical { w: self.w })?;
        entry.to = self.w.out.len();
        self.w.entries.push(entry);
        Ok(())
    }

    /// Puts the entries in key order (a later value under the same key wins, as in a map).
    /// Entries that came in order, as most of a record's do, stay where they are.
    fn close(self) -> Result<(), Error> {
        let Writer {
            out,
            scratch,
            entries,
        } = self.w;
        let list = &mut entries[self.base..];
        let in_order = list.windows(2).all(|p| p[0].key(out) < p[1].key(out));
        if !in_order {
            // Objects here have a few entries: a stable insertion sort, in place.
            for i in 1..list.len() {
                let mut j = i;
                while j > 0 && list[j - 1].key(out) > list[j].key(out) {
                    list.swap(j - 1, j);
                    j -= 1;
                }
            }
            scratch.clear();
            for (n, entry) in list.iter().enumerate() {
                let replaced = list
                    .get(n + 1)
                    .is_some_and(|next| next.key(out) == entry.key(out));
                if replaced {
                    continue;
                }
                if !scratch.is_empty() {
                    scratch.push(b',');
                }
                scratch.extend_from_slice(&out[entry.from..entry.to]);
            }
            out.truncate(self.start + 1);
            out.extend_from_slice(scratch);
        }
        out.push(b'}');
        if self.variant {
            out.push(b'}');
        }
        entries.truncate(self.base);
        Ok(())
    }
}

// The serde traits that drive the writer: every scalar, sequence and map of a record.
mod serializer;

#[cfg(test)]
mod tests;
