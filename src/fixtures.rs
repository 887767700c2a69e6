//! What the tests share to make records (the crate's own, and the integration tests in
//! `tests/`): ids and devices from small numbers or from text, days, and the starter agencies
//! tasks are led by. Two numberings live side by side, under distinct names, so a test says
//! which one it means.

use crate::domain::{agency, DeviceId, Id};
use chrono::NaiveDate;

/// The id `n` itself (`Id::from_random(n)`).
pub fn id(n: u128) -> Id {
    Id::from_random(n)
}

/// A record's id numbered from 1,000, so it is never a [`device`] of the same tests.
pub fn record_id(n: u128) -> Id {
    Id::from_random(1_000 + n)
}

/// Device `n`, under the id `n` itself: the workspace and store tests' devices.
pub fn device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(n))
}

/// An exchanging office's device numbered from 1,000: the bundle tests' offices, whose
/// records are numbered by [`id`] from 1 and must not share an id with a device.
pub fn exchange_device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(1_000 + n))
}

/// The id spelled `text` ("ke-hoach-1"); a test's own literal, so a bad one fails the test.
pub fn named(text: &str) -> Id {
    Id::parse(text).expect("a test's id")
}

/// The device whose id is spelled `text`.
pub fn named_device(text: &str) -> DeviceId {
    DeviceId(named(text))
}

/// The starter agency `co-quan-<slug>` ("so-noi-vu").
pub fn agency(slug: &str) -> Id {
    agency::starter_id(slug)
}

/// Sở Nội vụ, one of the starter agencies.
pub fn sonv() -> Id {
    agency("so-noi-vu")
}

/// The day `y`-`m`-`day`; a test's own literal, so an impossible one fails the test.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a test's day")
}
