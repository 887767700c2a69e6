//! Reading a record, strictly: a key twice, an edit without fields or a field set by two edits
//! is refused. Fields and keys of a newer version of the app are kept as they came. The form of
//! earlier versions (`version` and `changed_at` for the whole record) is read as one edit of
//! every field.

use super::wire::{WireRival, WireWrite};
use super::{Body, Record, Rival, Slot, Timestamp, Write, DELETED, DELETED_BIT};
use crate::domain::id::Id;
use crate::domain::version::Version;
use serde::de::{
    self, DeserializeSeed, Deserializer, Error as _, IntoDeserializer, MapAccess, Visitor,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A key as the text holds it: borrowed where the text allows, so reading allocates nothing.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Stores a value once; a second one is a key written twice.
fn once<T, E: de::Error>(slot: &mut Option<T>, value: T, key: &'static str) -> Result<(), E> {
    match slot.replace(value) {
        Some(_) => Err(E::duplicate_field(key)),
        None => Ok(()),
    }
}

impl<'de, T: Body> Deserialize<'de> for Record<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(RecordVisitor(PhantomData))
    }
}

struct RecordVisitor<T>(PhantomData<T>);

impl<'de, T: Body> Visitor<'de> for RecordVisitor<T> {
    type Value = Record<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<T>, A::Error> {
        let (mut id, mut body, mut deleted, mut writes, mut rivals) =
            (None, None, None, None, None);
        let (mut version, mut changed_at) = (None, None);
        let mut extra = BTreeMap::new();
        let mut more = BTreeMap::new();
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "id" => once(&mut id, map.next_value::<Id>()?, "id")?,
                "body" => {
                    let seed = BodySeed::<T>(&mut extra, PhantomData);
                    once(&mut body, map.next_value_seed(seed)?, "body")?
                }
                "deleted" => once(&mut deleted, map.next_value::<bool>()?, "deleted")?,
                "writes" => once(&mut writes, map.next_value::<Vec<WireWrite>>()?, "writes")?,
                "rivals" => once(&mut rivals, map.next_value::<Vec<WireRival>>()?, "rivals")?,
                "version" => once(&mut version, map.next_value::<Version>()?, "version")?,
                "changed_at" => once(
                    &mut changed_at,
                    map.next_value::<Timestamp>()?,
                    "changed_at",
                )?,
                other => {
                    let other = other.to_owned();
                    let value = map.next_value::<Value>()?;
                    if more.insert(other.clone(), value).is_some() {
                        return Err(A::Error::custom(format_args!("duplicate field `{other}`")));
                    }
                }
            }
        }
        let id = id.ok_or_else(|| A::Error::missing_field("id"))?;
        let body = body.ok_or_else(|| A::Error::missing_field("body"))?;
        let mut record = Record::shipped(id, body);
        record.deleted = deleted.unwrap_or(false);
        record.extra = extra;
        record.more = more;
        record.writes = match (writes, version, changed_at) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
                return Err(A::Error::custom("writes:mixed"));
            }
            (Some(list), None, None) => read_writes::<T, A::Error>(list, &record.extra)?,
            (None, version, at) => legacy_write(&record, version.unwrap_or_default(), at),
        };
        if record.deleted && !record.writes.iter().any(|w| w.has(Slot::Deleted)) {
            return Err(A::Error::custom(format_args!("writes:unstamped:{DELETED}")));
        }
        let stamped = |name: &String| record.writes.iter().any(|w| w.unknown.contains(name));
        if let Some(name) = record.extra.keys().find(|n| !stamped(n)) {
            return Err(A::Error::custom(format_args!("writes:unstamped:{name}")));
        }
        for r in rivals.unwrap_or_default() {
            record.rivals.push(read_rival::<T, A::Error>(r)?);
        }
        record.settle();
        if !record.rivals.is_empty() {
            // Rivals that an edit replaced, or that repeat the value shown, are dropped: the
            // record reads as the merge would have left it.
            let plain = Record::shipped(record.id.clone(), record.body.clone());
            record = record.merge(&plain);
        }
        Ok(record)
    }
}

fn read_writes<T: Body, E: de::Error>(
    list: Vec<WireWrite>,
    extra: &BTreeMap<String, Value>,
) -> Result<Vec<Write>, E> {
    let mut writes: Vec<Write> = Vec::with_capacity(list.len());
    let mut taken = 0u64;
    let mut taken_unknown: Vec<String> = Vec::new();
    // The one edit written without its fields sets every known slot the others do not.
    let mut rest: Option<usize> = None;
    for w in list {
        let Some(fields) = w.fields else {
            if rest.replace(writes.len()).is_some() || w.seen.is_empty() {
                return Err(E::custom("writes:empty"));
            }
            writes.push(Write {
                by: w.by.device(&w.seen),
                seen: w.seen,
                at: w.at,
                known: 0,
                unknown: Vec::new(),
            });
            continue;
        };
        if w.seen.is_empty() || fields.is_empty() {
            return Err(E::custom("writes:empty"));
        }
        let mut write = Write {
            by: w.by.device(&w.seen),
            seen: w.seen,
            at: w.at,
            known: 0,
            unknown: Vec::new(),
        };
        for name in fields {
            let bit = match Slot::named::<T>(&name) {
                Some(Slot::Field(i)) => 1 << i,
                Some(Slot::Deleted) => DELETED_BIT,
                Some(Slot::Unknown(_)) => {
                    if taken_unknown.contains(&name) {
                        return Err(E::custom(format_args!("writes:twice:{name}")));
                    }
                    taken_unknown.push(name.clone());
                    write.unknown.push(name);
                    continue;
                }
                None => return Err(E::custom("writes:name")),
            };
            if taken & bit != 0 {
                return Err(E::custom(format_args!("writes:twice:{name}")));
            }
            taken |= bit;
            write.known |= bit;
        }
        crate::sort::sort_by(&mut write.unknown, |a, b| a.cmp(b));
        writes.push(write);
    }
    if let Some(i) = rest {
        writes[i].known = super::wire::all_slots::<T>() & !taken;
        let unlisted = extra.keys().filter(|n| !taken_unknown.contains(n));
        writes[i].unknown = unlisted.cloned().collect();
        if writes[i].known == 0 {
            return Err(E::custom("writes:empty"));
        }
    }
    Ok(writes)
}

/// The edit a record of an earlier version stands for: one edit of every field, with the
/// version and time the record carried. A record nobody edited (a starter agency) has none.
fn legacy_write<T: Body>(record: &Record<T>, seen: Version, at: Option<Timestamp>) -> Vec<Write> {
    if seen.is_empty() {
        return Vec::new();
    }
    let known = super::wire::all_slots::<T>();
    vec![Write {
        by: None,
        seen,
        at: at.unwrap_or_default(),
        known,
        unknown: record.extra.keys().cloned().collect(),
    }]
}

fn read_rival<T: Body, E: de::Error>(r: WireRival) -> Result<Rival, E> {
    let fits = match Slot::named::<T>(&r.field) {
        Some(Slot::Field(i)) => T::reads_as_field(i, &r.value).is_ok(),
        Some(Slot::Deleted) => r.value.is_boolean(),
        Some(Slot::Unknown(_)) => true,
        None => false,
    };
    if !fits || r.seen.is_empty() {
        return Err(E::custom(format_args!("rivals:value:{}", r.field)));
    }
    Ok(Rival {
        by: r.by,
        seen: r.seen,
        at: r.at,
        field: r.field,
        value: r.value,
    })
}

/// Whether `value` reads as a body of `T`, as a record's body is read (the fields this version
/// does not know set aside); `Err` is serde's message, never shown.
pub fn read_body<T: Body>(value: &Value) -> Result<(), String> {
    let text = value.to_string();
    let mut reader = serde_json::Deserializer::from_str(&text);
    let mut extra = BTreeMap::new();
    let read = BodySeed::<T>(&mut extra, PhantomData).deserialize(&mut reader);
    read.map(drop)
        .map_err(|e| crate::domain::json::without_position(&e))
}

/// Reads a body, putting the fields this version does not know aside with their values.
struct BodySeed<'a, T>(&'a mut BTreeMap<String, Value>, PhantomData<T>);

impl<'de, T: Body> DeserializeSeed<'de> for BodySeed<'_, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: Body> Visitor<'de> for BodySeed<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record body")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let aside = Aside {
            map,
            extra: self.0,
            _body: PhantomData::<T>,
        };
        T::deserialize(de::value::MapAccessDeserializer::new(aside))
    }
}

/// The body's map as the body's own reader sees it: only the keys it knows.
struct Aside<'a, A, T> {
    map: A,
    extra: &'a mut BTreeMap<String, Value>,
    _body: PhantomData<T>,
}

impl<'de, A: MapAccess<'de>, T: Body> MapAccess<'de> for Aside<'_, A, T> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(key) = self.map.next_key::<Key>()? else {
                return Ok(None);
            };
            let name = key.as_str();
            if T::field_index(name).is_some() {
                let name: de::value::StrDeserializer<A::Error> = name.into_deserializer();
                return seed.deserialize(name).map(Some);
            }
            let value = self.map.next_value::<Value>()?;
            if name == DELETED || self.extra.insert(name.to_owned(), value).is_some() {
                return Err(A::Error::custom(format_args!("duplicate field `{name}`")));
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}
