//! Version vectors: which devices changed a record, and how often.
//!
//! Comparing two vectors tells whether one copy of a record already contains every edit of the
//! other (it is newer), they are the same, or each has edits the other lacks (a conflict). This is
//! what lets an import merge record by record without losing anyone's edits.

use super::id::DeviceId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Edit counters per device. An empty vector is the state of a record the app ships (a starter
/// agency) that nobody has edited yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Records one more edit by `device`.
    pub fn bump(&mut self, device: &DeviceId) {
        *self.0.entry(device.clone()).or_insert(0) += 1;
    }

    /// The number of edits `device` has made.
    pub fn count(&self, device: &DeviceId) -> u64 {
        self.0.get(device).copied().unwrap_or(0)
    }

    /// Every edit either version holds: the version of a merged record.
    pub fn join(&self, other: &Version) -> Version {
        let mut joined = self.0.clone();
        for (device, &n) in &other.0 {
            let mine = joined.entry(device.clone()).or_insert(0);
            *mine = (*mine).max(n);
        }
        Version(joined)
    }

    /// Each device with its number of edits, in device order.
    pub fn entries(&self) -> impl Iterator<Item = (&DeviceId, u64)> {
        self.0.iter().map(|(device, n)| (device, *n))
    }

    /// All edits by all devices: grows with every local edit, so it tags a record's revision.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }

    /// Compares this version with another version of the same record.
    pub fn compare(&self, other: &Version) -> Causality {
        let devices = self.0.keys().chain(other.0.keys());
        let (mut ahead, mut behind) = (false, false);
        for device in devices {
            let (a, b) = (self.count(device), other.count(device));
            ahead |= a > b;
            behind |= a < b;
        }
        match (ahead, behind) {
            (false, false) => Causality::Same,
            (true, false) => Causality::Newer,
            (false, true) => Causality::Older,
            (true, true) => Causality::Concurrent,
        }
    }
}

// Native only: proptest is a native dev-dependency, and the core is tested natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use proptest::prelude::*;

    fn device(n: u8) -> DeviceId {
        DeviceId(Id::from_random(u128::from(n)))
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
