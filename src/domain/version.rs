//! Version vectors: which devices changed a record, and how often.
//!
//! Comparing two vectors tells whether one copy of a record already contains every edit of the
//! other (it is newer), they are the same, or each has edits the other lacks (a conflict). Each
//! edit of a record keeps the vector its author had seen (see [`super::record`]), which is what
//! lets two offices merge field by field without losing anyone's edits.

use super::id::DeviceId;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The largest edit counter kept or accepted: 2^53 − 1, the largest integer every JSON reader
/// (JavaScript's included) reads exactly. No office makes that many edits of one record: a
/// counter above it in a file is forged, and a counter that reaches it stays there (it never
/// wraps to 0, which would make every later edit look older than all others).
pub const MAX_COUNT: u64 = (1 << 53) - 1;

/// Edit counters per device. An empty vector is the state of a record the app ships (a starter
/// agency) that nobody has edited yet. Every counter is between 1 and [`MAX_COUNT`].
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Version(BTreeMap<DeviceId, u64>);

/// How two versions of the same record relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Causality {
    /// Both copies hold exactly the same edits.
    Same,
    /// This copy holds every edit of the other and more.
    Newer,
    /// The other copy holds every edit of this one and more.
    Older,
    /// Each copy holds edits the other lacks.
    Concurrent,
}

impl Version {
    /// No edit at all.
    pub const EMPTY: Version = Version(BTreeMap::new());

    /// Records one more edit by `device`. At [`MAX_COUNT`] the counter stays where it is.
    pub fn bump(&mut self, device: &DeviceId) {
        let n = self.0.entry(device.clone()).or_insert(0);
        *n = n.saturating_add(1).min(MAX_COUNT);
    }

    /// The number of edits `device` has made.
    pub fn count(&self, device: &DeviceId) -> u64 {
        self.0.get(device).copied().unwrap_or(0)
    }

    /// Every edit either version holds: the version of a merged record.
    pub fn join(&self, other: &Version) -> Version {
        let mut joined = self.clone();
        joined.join_in(other);
        joined
    }

    /// Adds every edit of `other` to this version.
    pub fn join_in(&mut self, other: &Version) {
        for (device, &n) in &other.0 {
            let mine = self.0.entry(device.clone()).or_insert(0);
            *mine = (*mine).max(n);
        }
    }

    /// Each device with its number of edits, in device order.
    pub fn entries(&self) -> impl Iterator<Item = (&DeviceId, u64)> {
        self.0.iter().map(|(device, n)| (device, *n))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All edits by all devices (saturating): grows with every local edit.
    pub fn total(&self) -> u64 {
        self.0.values().fold(0u64, |sum, n| sum.saturating_add(*n))
    }

    /// Whether this version holds every edit of `other` (it may hold more).
    pub fn contains(&self, other: &Version) -> bool {
        other.0.iter().all(|(device, n)| self.count(device) >= *n)
    }

    /// Compares this version with another version of the same record.
    pub fn compare(&self, other: &Version) -> Causality {
        match (self.contains(other), other.contains(self)) {
            (true, true) => Causality::Same,
            (true, false) => Causality::Newer,
            (false, true) => Causality::Older,
            (false, false) => Causality::Concurrent,
        }
    }

    /// The largest counter of any device: what the import bounds.
    pub fn largest(&self) -> u64 {
        self.0.values().copied().max().unwrap_or(0)
    }
}

/// Read strictly: a device named twice, a counter of 0 or above [`MAX_COUNT`] is refused (a
/// map reader would silently keep the last of two, which is not what a person reading the file
/// sees).
impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Version, D::Error> {
        struct Counts;
        impl<'de> Visitor<'de> for Counts {
            type Value = Version;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of device ids to edit counts")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Version, A::Error> {
                use serde::de::Error;
                let mut counts = BTreeMap::new();
                while let Some((device, n)) = map.next_entry::<DeviceId, u64>()? {
                    if n == 0 || n > MAX_COUNT {
                        return Err(A::Error::custom(format_args!("count:{n}")));
                    }
                    if counts.insert(device.clone(), n).is_some() {
                        return Err(A::Error::custom(format_args!("duplicate field `{device}`")));
                    }
                }
                Ok(Version(counts))
            }
        }
        deserializer.deserialize_map(Counts)
    }
}

// Native only: proptest is a native dev-dependency, and the core is tested natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn device(n: u8) -> DeviceId {
        crate::fixtures::device(u128::from(n))
    }

    fn version(edits: &[u8]) -> Version {
        let mut v = Version::default();
        edits.iter().for_each(|&d| v.bump(&device(d)));
        v
    }

    #[test]
    fn bump_counts_edits_per_device() {
        let v = version(&[1, 1, 2]);
        assert_eq!(v.count(&device(1)), 2);
        assert_eq!(v.count(&device(2)), 1);
        assert_eq!(v.count(&device(3)), 0);
        assert_eq!(v.total(), 3);
    }

    #[test]
    fn compare_tells_newer_older_same_and_concurrent() {
        let base = version(&[1]);
        let ours = version(&[1, 1]);
        let theirs = version(&[1, 2]);
        assert_eq!(ours.compare(&base), Causality::Newer);
        assert_eq!(base.compare(&ours), Causality::Older);
        assert_eq!(ours.compare(&ours.clone()), Causality::Same);
        assert_eq!(ours.compare(&theirs), Causality::Concurrent);
        assert_eq!(Version::default().compare(&base), Causality::Older);
    }

    #[test]
    fn stored_form_is_a_plain_map() {
        let text = serde_json::to_string(&version(&[0, 0])).unwrap();
        assert_eq!(text, r#"{"00000000000000000000000000":2}"#);
        assert_eq!(
            serde_json::from_str::<Version>(&text).unwrap(),
            version(&[0, 0])
        );
    }

    #[test]
    fn a_counter_at_its_limit_stays_there_and_never_wraps() {
        let d = device(1);
        let text = format!(r#"{{"{}":{MAX_COUNT}}}"#, d.0);
        let mut v: Version = serde_json::from_str(&text).unwrap();
        v.bump(&d);
        assert_eq!(v.count(&d), MAX_COUNT);
        // What a release build did before: u64::MAX + 1 wrapped to 0.
        let mut at_max = Version(BTreeMap::from([(d.clone(), u64::MAX)]));
        at_max.bump(&d);
        assert_eq!(at_max.count(&d), MAX_COUNT, "saturates, never 0");
    }

    #[test]
    fn a_forged_or_repeated_counter_is_refused() {
        let d = device(1).0;
        for bad in [
            format!(r#"{{"{d}":{}}}"#, MAX_COUNT + 1),
            format!(r#"{{"{d}":18446744073709551615}}"#),
            format!(r#"{{"{d}":0}}"#),
            format!(r#"{{"{d}":1,"{d}":2}}"#),
            format!(r#"{{"{d}":-1}}"#),
        ] {
            assert!(serde_json::from_str::<Version>(&bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn join_contains_both_and_is_order_free(a in prop::collection::vec(0u8..4, 0..12),
                                                b in prop::collection::vec(0u8..4, 0..12)) {
            let (a, b) = (version(&a), version(&b));
            let joined = a.join(&b);
            prop_assert_eq!(&joined, &b.join(&a));
            prop_assert!(matches!(joined.compare(&a), Causality::Newer | Causality::Same));
            prop_assert!(matches!(joined.compare(&b), Causality::Newer | Causality::Same));
        }

        #[test]
        fn compare_is_antisymmetric(a in prop::collection::vec(0u8..4, 0..12),
                                    b in prop::collection::vec(0u8..4, 0..12)) {
            let (a, b) = (version(&a), version(&b));
            let flipped = match a.compare(&b) {
                Causality::Newer => Causality::Older,
                Causality::Older => Causality::Newer,
                same_or_concurrent => same_or_concurrent,
            };
            prop_assert_eq!(b.compare(&a), flipped);
        }

        #[test]
        fn a_bump_always_makes_a_newer_version(a in prop::collection::vec(0u8..4, 0..12), d in 0u8..6) {
            let before = version(&a);
            let mut after = before.clone();
            after.bump(&device(d));
            prop_assert_eq!(after.compare(&before), Causality::Newer);
        }
    }
}
