//! The record's promises, one copy and two: every edit remembers what it saw, the merge keeps
//! both offices' edits of different fields, a conflict keeps both values, the result is the same
//! in any order, and the stored form reads back exactly (a newer version's fields included).

use super::*;
use crate::domain::version::MAX_COUNT;
use crate::domain::{Task, TaskStatus};
use chrono::NaiveDate;
use proptest::prelude::*;

fn stamp(device: u128, now: i64) -> Stamp {
    Stamp {
        device: DeviceId(Id::from_random(device)),
        now: Timestamp(now),
    }
}

use crate::domain::task::example_task as task;

fn done() -> TaskStatus {
    TaskStatus::Done {
        on: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    }
}

fn shared() -> Record<Task> {
    Record::create(Id::from_random(9), task("Rà soát"), &stamp(1, 10))
}

fn both_ways(a: &Record<Task>, b: &Record<Task>) -> Record<Task> {
    let (ab, ba) = (a.merge(b), b.merge(a));
    assert_eq!(ab, ba, "the merge is the same in either order");
    assert_eq!(ab.merge(a), ab, "merging again changes nothing");
    assert_eq!(ab.merge(b), ab);
    ab
}

#[test]
fn an_edit_stamps_only_the_fields_it_changed() {
    let mut r = shared();
    assert_eq!(r.version().total(), 1);
    assert!(r.edit(&stamp(2, 20), |t| t.title = "Rà soát lại".into()));
    assert!(
        !r.edit(&stamp(2, 21), |t| t.title = "Rà soát lại".into()),
        "no change, no edit"
    );
    assert_eq!(r.version().total(), 2);
    let title = r
        .stamp(Slot::Field(Task::field_index("title").unwrap()))
        .unwrap();
    let lead = r
        .stamp(Slot::Field(Task::field_index("lead").unwrap()))
        .unwrap();
    assert_eq!((title.at(), lead.at()), (Timestamp(20), Timestamp(10)));
    assert_eq!(r.changed_at(), Timestamp(20));
}

#[test]
fn edits_of_different_fields_made_apart_are_both_kept() {
    let base = shared();
    let mut a = base.clone();
    a.edit(&stamp(1, 20), |t| t.title = "Rà soát (A sửa tên)".into());
    let mut b = base.clone();
    b.edit(&stamp(2, 30), |t| t.status = done());
    let merged = both_ways(&a, &b);
    assert_eq!(merged.body().title, "Rà soát (A sửa tên)");
    assert!(merged.body().status.is_done());
    assert!(!merged.has_conflict());
    assert!(merged.version().contains(a.version()) && merged.version().contains(b.version()));
}

#[test]
fn edits_of_one_field_made_apart_are_a_conflict_that_keeps_both() {
    let base = shared();
    let mut a = base.clone();
    a.edit(&stamp(1, 20), |t| t.title = "Bản A".into());
    let mut b = base.clone();
    b.edit(&stamp(2, 15), |t| t.title = "Bản B".into());
    let merged = both_ways(&a, &b);
    assert_eq!(merged.body().title, "Bản A", "the later edit is shown");
    assert_eq!(merged.rivals().len(), 1);
    assert_eq!(
        merged.rivals()[0].value,
        Value::from("Bản B"),
        "the other is kept"
    );
    // An edit made after seeing both settles it everywhere.
    let mut settled = merged.clone();
    settled.edit(&stamp(2, 40), |t| t.title = "Bản chung".into());
    assert!(!settled.has_conflict());
    assert_eq!(both_ways(&settled, &a).body().title, "Bản chung");
    assert_eq!(both_ways(&settled, &b).body().title, "Bản chung");
}

#[test]
fn an_edit_that_saw_another_replaces_it_whatever_the_clocks_say() {
    let mut a = shared();
    // Office 1's clock says 2100.
    a.edit(&stamp(1, 4_102_444_800_000), |t| {
        t.title = "Năm 2100".into()
    });
    let mut b = a.clone();
    b.edit(&stamp(2, 1_000), |t| {
        t.title = "Sửa sau, đồng hồ đúng".into()
    });
    let merged = both_ways(&a, &b);
    assert_eq!(merged.body().title, "Sửa sau, đồng hồ đúng");
    assert!(!merged.has_conflict());
    // The later edit carries its own time: a wrong clock does not spread.
    let title = Slot::Field(Task::field_index("title").unwrap());
    assert_eq!(merged.stamp(title).unwrap().at(), Timestamp(1_000));
}

#[test]
fn edit_versus_delete_keeps_the_record_and_is_a_conflict_until_chosen() {
    let base = shared();
    let mut gone = base.clone();
    gone.delete(&stamp(1, 20));
    let mut edited = base.clone();
    edited.edit(&stamp(2, 15), |t| {
        t.title = "Sửa trong lúc bên kia xóa".into()
    });
    let merged = both_ways(&gone, &edited);
    assert!(
        !merged.is_deleted(),
        "an edit over a deletion made apart wins"
    );
    assert!(merged.deleted_apart() && merged.has_conflict());
    assert_eq!(merged.body().title, "Sửa trong lúc bên kia xóa");
    let mut chosen = merged.clone();
    assert!(chosen.choose(&stamp(2, 30), DELETED, &Value::Bool(true)));
    assert!(chosen.is_deleted() && !chosen.has_conflict());
    assert!(both_ways(&chosen, &edited).is_deleted());
}

#[test]
fn a_deletion_that_saw_everything_travels() {
    let mut a = shared();
    let mut b = a.clone();
    b.edit(&stamp(2, 20), |t| t.status = done());
    a = a.merge(&b);
    a.delete(&stamp(1, 30));
    let merged = both_ways(&a, &b);
    assert!(merged.is_deleted() && !merged.has_conflict());
    assert!(
        merged.body().status.is_done(),
        "the body stays, for undoing"
    );
}

#[test]
fn the_same_version_with_another_body_is_a_conflict_never_unchanged() {
    let ours = shared();
    let text = serde_json::to_string(&ours)
        .unwrap()
        .replace("Rà soát", "Bản giả");
    let forged: Record<Task> = serde_json::from_str(&text).unwrap();
    assert_eq!(forged.version(), ours.version());
    let merged = both_ways(&ours, &forged);
    assert_ne!(merged, ours);
    assert!(
        merged.has_conflict(),
        "two bodies under one version are shown as a conflict"
    );
    let values: Vec<&Value> = merged.rivals().iter().map(|r| &r.value).collect();
    assert!(values.contains(&&Value::from("Rà soát")) || merged.body().title == "Rà soát");
}

#[test]
fn a_copied_profile_keeps_both_machines_edits_of_different_fields() {
    // Two machines with one device id, each one edit on from the same copy.
    let base = shared();
    let mut twin1 = base.clone();
    twin1.edit(&stamp(1, 20), |t| t.title = "Máy 1 đổi tên".into());
    let mut twin2 = base.clone();
    twin2.edit(&stamp(1, 21), |t| t.status = done());
    assert_eq!(
        twin1.version(),
        twin2.version(),
        "the same version, different edits"
    );
    let merged = both_ways(&twin1, &twin2);
    assert_eq!(merged.body().title, "Máy 1 đổi tên");
    assert!(merged.body().status.is_done());
}

#[test]
fn a_saturated_counter_never_wraps_and_loses_nothing() {
    let d = stamp(1, 10).device;
    let text = format!(
        r#"{{"id":"x","body":{},"writes":[{{"seen":{{"{}":{MAX_COUNT}}},"at":10,"fields":["plan","meeting","group","position","title","details","lead","coordinating","deadline","status","log"]}}]}}"#,
        serde_json::to_string(&task("Gốc")).unwrap(),
        d.0
    );
    let mut r: Record<Task> = serde_json::from_str(&text).unwrap();
    let before = r.clone();
    r.edit(&stamp(1, 20), |t| t.title = "Sau".into());
    assert_eq!(r.version().count(&d), MAX_COUNT);
    assert_eq!(r.body().title, "Sau");
    let merged = both_ways(&r, &before);
    let titles: Vec<String> = std::iter::once(merged.body().title.clone())
        .chain(
            merged
                .rivals()
                .iter()
                .map(|x| x.value.as_str().unwrap_or_default().to_owned()),
        )
        .collect();
    assert!(
        titles.contains(&"Sau".to_owned()),
        "the edit is kept, not taken for an old one"
    );
}

#[test]
fn the_stored_form_reads_back_exactly() {
    let mut r = shared();
    r.edit(&stamp(2, 20), |t| t.status = done());
    let mut other = shared();
    other.edit(&stamp(3, 25), |t| t.status = TaskStatus::Paused);
    let r = r.merge(&other);
    let text = serde_json::to_string(&r).unwrap();
    assert!(
        text.contains(r#""writes":"#) && text.contains(r#""rivals":"#),
        "{text}"
    );
    let back: Record<Task> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, r);
}

#[test]
fn a_record_of_the_earlier_form_reads_as_one_edit_of_every_field() {
    let text = r#"{"id":"nhiem-vu-1","version":{"00000000000000000000000001":3},"changed_at":1795583191643,"deleted":true,"body":{"plan":"ke-hoach","position":2,"title":"Rà soát","lead":"co-quan-so-noi-vu","status":{"state":"not_started"}}}"#;
    let r: Record<Task> = serde_json::from_str(text).unwrap();
    assert!(r.is_deleted());
    assert_eq!(r.version().total(), 3);
    assert_eq!(r.writes().len(), 1);
    assert_eq!(r.changed_at(), Timestamp(1_795_583_191_643));
    let shipped =
        r#"{"id":"co-quan-so-noi-vu","version":{},"changed_at":0,"body":{"name":"Sở Nội vụ"}}"#;
    let a: Record<crate::domain::Agency> = serde_json::from_str(shipped).unwrap();
    assert!(a.writes().is_empty() && a.version().is_empty());
}

#[test]
fn fields_and_keys_of_a_newer_version_are_carried_not_dropped() {
    let r = shared();
    let mut value = serde_json::to_value(&r).unwrap();
    // The newer version set the field in the record's first edit, which lists no fields.
    value["body"]["nguon"] = serde_json::json!({"van_ban": "511/KH-UBND", "trang": 3});
    value["origin"] = serde_json::json!("office-x");
    let newer: Record<Task> = crate::domain::json::from_value(&value).unwrap();
    let again = serde_json::to_value(&newer).unwrap();
    assert_eq!(again, value, "written back as it came");
    // An edit of a known field keeps them; a merge with an older copy keeps them too.
    let mut edited = newer.clone();
    edited.edit(&stamp(2, 30), |t| t.title = "Đổi tên".into());
    let merged = both_ways(&edited, &r);
    let out = serde_json::to_value(&merged).unwrap();
    assert_eq!(out["body"]["nguon"]["trang"], 3);
    assert_eq!(out["origin"], "office-x");
}

#[test]
fn a_record_that_says_two_things_at_once_is_refused() {
    let mut edited = shared();
    edited.edit(&stamp(2, 20), |t| t.status = done());
    let good = serde_json::to_string(&edited).unwrap();
    assert!(good.contains(r#""fields":["status"]"#), "{good}");
    let twice_in_body = good.replacen(r#""title":"Rà soát""#, r#""title":"A","title":"B""#, 1);
    let field_twice = good.replacen(
        r#""fields":["status"]"#,
        r#""fields":["status","status"]"#,
        1,
    );
    let two_rests = good.replacen(r#","fields":["status"]"#, "", 1);
    let key_twice = good.replacen(r#"{"id":"#, r#"{"body":{},"id":"#, 1);
    let mixed = good.replacen(r#"{"id":"#, r#"{"version":{},"id":"#, 1);
    // A record nobody edited has no edit that could have set a newer field or the tombstone.
    let shipped = r#"{"id":"co-quan-x","body":{"name":"Sở X"}}"#;
    let unstamped = shipped.replacen(r#""body":{"#, r#""body":{"nguon":1,"#, 1);
    let deleted = shipped.replacen(r#""body":"#, r#""deleted":true,"body":"#, 1);
    for bad in [twice_in_body, field_twice, two_rests, key_twice, mixed] {
        assert!(serde_json::from_str::<Record<Task>>(&bad).is_err(), "{bad}");
    }
    for bad in [unstamped, deleted] {
        let read = serde_json::from_str::<Record<crate::domain::Agency>>(&bad);
        assert!(read.is_err(), "{bad}");
    }
}

#[test]
fn most_records_carry_little_beside_their_body() {
    let r = shared();
    let text = serde_json::to_string(&r).unwrap();
    assert!(
        !text.contains("fields") && !text.contains("\"by\""),
        "{text}"
    );
    let mut edited = r.clone();
    edited.edit(&stamp(2, 20), |t| t.status = done());
    let text = serde_json::to_string(&edited).unwrap();
    assert!(
        text.contains(r#""by":"#) && text.contains(r#""fields":["status"]"#),
        "{text}"
    );
    assert_eq!(serde_json::from_str::<Record<Task>>(&text).unwrap(), edited);
}

/// One step on one of three copies of a record.
#[derive(Clone, Debug)]
enum Step {
    Title(usize, u8),
    Status(usize, bool),
    Delete(usize),
    Restore(usize),
    Merge(usize, usize),
}

fn step() -> impl Strategy<Value = Step> {
    let at = 0..3usize;
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(a, n)| Step::Title(a, n)),
        (at.clone(), any::<bool>()).prop_map(|(a, d)| Step::Status(a, d)),
        at.clone().prop_map(Step::Delete),
        at.clone().prop_map(Step::Restore),
        (at.clone(), at).prop_map(|(a, b)| Step::Merge(a, b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn copies_converge_in_any_order_of_merging(steps in prop::collection::vec(step(), 0..30),
                                                order in Just([0usize, 1, 2]).prop_shuffle()) {
        let mut copies = vec![shared(); 3];
        for (time, s) in (20..).zip(&steps) {
            match *s {
                Step::Title(a, n) => { copies[a].edit(&stamp(a as u128, time), |t| t.title = format!("Tên {n}")); }
                Step::Status(a, d) => { copies[a].edit(&stamp(a as u128, time), |t| t.status = if d { done() } else { TaskStatus::InProgress }); }
                Step::Delete(a) => copies[a].delete(&stamp(a as u128, time)),
                Step::Restore(a) => copies[a].restore(&stamp(a as u128, time)),
                Step::Merge(a, b) => { let m = copies[a].merge(&copies[b]); copies[a] = m; }
            }
        }
        let [x, y, z] = order.map(|i| copies[i].clone());
        let left = x.merge(&y).merge(&z);
        let right = z.merge(&y.merge(&x));
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(left.merge(&left), left.clone());
        let text = serde_json::to_string(&left).unwrap();
        prop_assert_eq!(serde_json::from_str::<Record<Task>>(&text).unwrap(), left);
    }
}
