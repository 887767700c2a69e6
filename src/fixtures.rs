//! What the crate's tests share to make records: ids and devices from small numbers, and the
//! starter agency tasks are led by. Two numberings live side by side, under distinct names, so
//! a test says which one it means.

use crate::domain::{DeviceId, Id};

/// The id `n` itself (`Id::from_random(n)`).
pub(crate) fn id(n: u128) -> Id {
    Id::from_random(n)
}

/// A record's id numbered from 1,000, so it is never a [`device`] of the same tests.
pub(crate) fn record_id(n: u128) -> Id {
    Id::from_random(1_000 + n)
}

/// Device `n`, under the id `n` itself: the workspace and store tests' devices.
pub(crate) fn device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(n))
}

/// An exchanging office's device numbered from 1,000: the bundle tests' offices, whose
/// records are numbered by [`id`] from 1 and must not share an id with a device. (Those tests
/// are native only.)
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn exchange_device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(1_000 + n))
}

/// Sở Nội vụ, one of the starter agencies.
pub(crate) fn sonv() -> Id {
    Id::parse("co-quan-so-noi-vu").unwrap()
}
