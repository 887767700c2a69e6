//! Bundles: round trips, checksums, previews that say what applying does, the import's
//! distrust of what a file claims (versions, clocks, counters, agencies), and the merge's
//! promises over random histories of 3–5 offices (proptest): they converge in any order, a
//! second import changes nothing, no edit of a field that only one office changed is lost, a
//! deletion travels, and edit-versus-delete is a conflict. `PROPTEST_CASES` sets how many
//! histories (256 by default; `scripts/slow-tests.sh` runs 10,000).

use super::*;
use crate::domain::{Id, TaskStatus, Timestamp};
use crate::workspace::{Kind, Workspace};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(1_000 + n))
}

fn sonv() -> Id {
    Id::parse("co-quan-so-noi-vu").unwrap()
}

fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// Carries a bundle the way offices do: written to JSON and read back.
fn send(from: &Workspace, now: i64) -> Bundle {
    let bundle = Bundle::export(from, Scope::Workspace, Timestamp(now), "test");
    serde_json::from_str(&bundle.to_json()).expect("a bundle reads back")
}

/// A bundle from `from` as `to` reads and checks it.
fn receive(from: &Workspace, to: &Workspace, now: i64) -> Checked {
    let text = Bundle::export(from, Scope::Workspace, Timestamp(now), "test").to_json();
    Bundle::read(text.as_bytes(), to, Timestamp(now))
        .expect("a bundle of the app passes its checks")
}

/// Imports everything `from` has into `to` with the default choices, as the page does.
fn import(from: &Workspace, to: &mut Workspace, now: i64) -> ImportEntry {
    let checked = receive(from, to, now);
    let fresh = DeviceId(Id::from_random(now as u128 * 31 + 7));
    checked
        .apply(to, &Choices::default(), Timestamp(now), fresh)
        .1
}

#[test]
fn a_bundle_round_trips_and_its_checksum_covers_the_records() {
    let mut ws = Workspace::new(device(1));
    ws.set_office("Sở Nội vụ tỉnh Vĩnh Phúc", "Vĩnh Phúc")
        .unwrap();
    let plan = ws
        .add_plan(Id::from_random(1), "Kế hoạch CCHC 2026", Timestamp(1))
        .unwrap();
    ws.add_task(
        Id::from_random(2),
        &plan,
        "Rà soát thủ tục",
        Some(&sonv()),
        Timestamp(2),
    )
    .unwrap();
    let bundle = send(&ws, 3);
    assert_eq!((bundle.format.as_str(), bundle.schema), (FORMAT, SCHEMA));
    assert_eq!(bundle.counts.tasks, 1);
    assert_eq!(bundle.checksum, checksum(&bundle.records));
    assert!(bundle.checksum.starts_with("sha256:") && bundle.checksum.len() == 71);
    let text = bundle
        .to_json()
        .replacen("Rà soát thủ tục", "Rà soát thủ tục!", 1);
    assert_eq!(
        Bundle::read(text.as_bytes(), &ws, Timestamp(3)),
        Err(ImportError::Checksum),
        "one changed letter shows"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    assert_eq!(
        bundle.file_name(day),
        "sotay-so-noi-vu-tinh-vinh-phuc-toan-bo-2026-11-26.json"
    );
}

#[test]
fn a_plan_travels_with_what_it_refers_to_and_nothing_else() {
    let mut ws = Workspace::new(device(1));
    let plan = ws
        .add_plan(Id::from_random(1), "Kế hoạch A", Timestamp(1))
        .unwrap();
    let other = ws
        .add_plan(Id::from_random(2), "Kế hoạch B", Timestamp(1))
        .unwrap();
    ws.add_group(Id::from_random(3), &plan, "Nội dung I", Timestamp(2))
        .unwrap();
    let task = ws
        .add_task(
            Id::from_random(4),
            &plan,
            "Việc 1",
            Some(&sonv()),
            Timestamp(3),
        )
        .unwrap();
    ws.add_task(
        Id::from_random(5),
        &other,
        "Việc của B",
        Some(&sonv()),
        Timestamp(3),
    )
    .unwrap();
    ws.delete(Kind::Task, &task, Timestamp(4)).unwrap();
    let scope = Scope::Plan {
        id: plan.clone(),
        title: "Kế hoạch A".into(),
    };
    let bundle = Bundle::export(&ws, scope, Timestamp(5), "test");
    assert_eq!(bundle.records.plans.len(), 1);
    assert_eq!(bundle.records.groups.len(), 1);
    assert_eq!(
        bundle.records.tasks.len(),
        1,
        "the deleted task travels, B's does not"
    );
    assert!(bundle.records.tasks[0].is_deleted());
    assert_eq!(
        bundle.records.agencies.len(),
        1,
        "only the agency its tasks name"
    );
}

/// Two offices share a plan with one task, then A renames it while B ticks it done.
fn rename_and_tick() -> (Workspace, Workspace, Id) {
    let mut a = Workspace::new(device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch", Timestamp(1))
        .unwrap();
    let task = a
        .add_task(
            Id::from_random(2),
            &plan,
            "Việc",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let mut b = Workspace::new(device(2));
    import(&a, &mut b, 3);
    a.set_task_title(&task, "Việc (A sửa tên)", Timestamp(10))
        .unwrap();
    b.set_task_status(&task, TaskStatus::Done { on: day() }, Timestamp(11))
        .unwrap();
    (a, b, task)
}

#[test]
fn a_rename_and_a_tick_made_apart_are_both_kept_in_both_offices() {
    let (mut a, mut b, task) = rename_and_tick();
    let preview = receive(&a, &b, 20).preview(&b, &Choices::default(), Timestamp(20));
    let change = preview.changes.iter().find(|c| c.id == task).unwrap();
    assert_eq!(
        change.change,
        Change::Merged,
        "both kept, nothing to choose"
    );
    let fields: Vec<(&str, FieldChange)> = change
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.change))
        .collect();
    assert_eq!(
        fields,
        [
            ("title", FieldChange::Theirs),
            ("status", FieldChange::Ours)
        ]
    );
    import(&a, &mut b, 20);
    import(&b, &mut a, 21);
    for ws in [&a, &b] {
        let t = ws.tasks().get(&task).unwrap();
        assert_eq!(t.body().title, "Việc (A sửa tên)");
        assert!(t.body().status.is_done());
        assert!(!t.has_conflict());
    }
    assert_eq!(a.records(), b.records());
}

#[test]
fn the_preview_says_exactly_what_applying_does() {
    let mut a = Workspace::new(device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch", Timestamp(1))
        .unwrap();
    let t1 = a
        .add_task(
            Id::from_random(2),
            &plan,
            "Việc 1",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let t2 = a
        .add_task(
            Id::from_random(3),
            &plan,
            "Việc 2",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let t3 = a
        .add_task(
            Id::from_random(4),
            &plan,
            "Việc 3",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let mut b = Workspace::new(device(2));
    import(&a, &mut b, 3);
    // A finishes task 1, deletes task 2 and renames task 3; B edits task 2 and renames task 3.
    a.set_task_status(&t1, TaskStatus::Done { on: day() }, Timestamp(10))
        .unwrap();
    a.delete(Kind::Task, &t2, Timestamp(11)).unwrap();
    a.set_task_title(&t3, "Việc 3 (A)", Timestamp(13)).unwrap();
    b.set_task_title(&t2, "Việc 2 (B sửa)", Timestamp(12))
        .unwrap();
    b.set_task_title(&t3, "Việc 3 (B)", Timestamp(12)).unwrap();
    let checked = receive(&a, &b, 14);
    let preview = checked.preview(&b, &Choices::default(), Timestamp(14));
    let of = |id: &Id| preview.changes.iter().find(|c| &c.id == id).unwrap();
    assert_eq!(of(&t1).change, Change::Updated);
    assert_eq!(of(&t1).fields[0].field, "status");
    assert_eq!(of(&t2).change, Change::Conflict, "edit versus delete");
    assert!(of(&t2).fields.iter().any(|f| f.field == "deleted"));
    assert_eq!(of(&t3).change, Change::Conflict, "both renamed");
    let title = of(&t3).fields.iter().find(|f| f.field == "title").unwrap();
    assert_eq!(
        (title.ours_at, title.theirs_at),
        (Some(Timestamp(12)), Some(Timestamp(13))),
        "both times shown"
    );
    assert!(matches!(
        title.change,
        FieldChange::Conflict {
            shown: Some(Side::Theirs),
            ..
        }
    ));
    assert_eq!(of(&plan).change, Change::Unchanged);
    let fresh = DeviceId(Id::from_random(5));
    checked.apply(&mut b, &Choices::default(), Timestamp(14), fresh);
    let t2_after = b.tasks().get(&t2).unwrap();
    assert_eq!(
        t2_after.body().title,
        "Việc 2 (B sửa)",
        "nothing is lost by default"
    );
    let t3_after = b.tasks().get(&t3).unwrap();
    assert_eq!(
        t3_after.body().title,
        "Việc 3 (A)",
        "the later rename is shown"
    );
    assert_eq!(
        t3_after.rivals()[0].value,
        serde_json::Value::from("Việc 3 (B)"),
        "the other kept"
    );
    assert!(b.tasks().get(&t1).unwrap().body().status.is_done());
}

#[test]
fn an_import_is_undone_exactly_and_marked_in_its_line() {
    let (a, mut b, _) = rename_and_tick();
    let before = b.records();
    let entry = import(&a, &mut b, 20);
    assert_ne!(b.records(), before);
    assert_eq!(
        (entry.new, entry.updated, entry.merged, entry.conflicts),
        (0, 0, 1, 0)
    );
    assert_eq!(entry.from.device, *a.device());
    let checked = receive(&a, &b, 21);
    let mut c = b.clone();
    let (snapshot, _) = checked.apply(&mut c, &Choices::default(), Timestamp(22), device(9));
    c.undo_import(&snapshot);
    assert_eq!(c.records(), b.records());
    assert_eq!(c.device(), b.device());
}

/// Two offices rename one task apart: a conflict to choose on.
fn both_rename() -> (Workspace, Workspace, Id) {
    let (mut a, mut b, task) = rename_and_tick();
    import(&a, &mut b, 20);
    import(&b, &mut a, 21);
    a.set_task_title(&task, "Tên của A", Timestamp(30)).unwrap();
    b.set_task_title(&task, "Tên của B", Timestamp(31)).unwrap();
    (a, b, task)
}

#[test]
fn the_user_can_keep_ours_or_theirs_for_a_field_and_the_choice_travels() {
    let (a, b, task) = both_rename();
    let checked = receive(&a, &b, 40);
    let pick = |choices: Choices| {
        let mut b = b.clone();
        checked.apply(&mut b, &choices, Timestamp(41), device(9));
        let t = b.tasks().get(&task).unwrap().clone();
        // The choice is an edit that follows both copies: importing again changes nothing.
        let again = receive(&a, &b, 42).preview(&b, &Choices::default(), Timestamp(42));
        assert!(again.is_empty(), "{:?}", again.changes);
        let mut a = a.clone();
        import(&b, &mut a, 43);
        assert_eq!(
            a.tasks().get(&task).unwrap().body().title,
            t.body().title,
            "a choice travels"
        );
        t
    };
    let t = pick(Choices::default());
    assert_eq!(t.body().title, "Tên của B", "by default, the later edit");
    assert!(t.has_conflict());
    let mut ours = Choices::default();
    ours.records
        .insert((Kind::Task, task.clone()), Side::Theirs);
    let t = pick(ours);
    assert_eq!(t.body().title, "Tên của A");
    assert!(!t.has_conflict());
    let mut field = Choices::default();
    field
        .fields
        .insert((Kind::Task, task.clone(), "title".into()), Side::Ours);
    let t = pick(field);
    assert_eq!(
        (t.body().title.as_str(), t.has_conflict()),
        ("Tên của B", false)
    );
    assert!(
        t.body().status.is_done(),
        "a choice on one field leaves the others merged"
    );
}

#[test]
fn same_version_with_another_body_is_a_conflict_in_the_preview() {
    let (a, mut b, task) = rename_and_tick();
    import(&a, &mut b, 20);
    // A forged copy of B's task: same id and edits, another title.
    let mut forged = send(&b, 21);
    let text = serde_json::to_string(&forged.records.tasks[0]).unwrap();
    forged.records.tasks[0] =
        serde_json::from_str(&text.replace("Việc (A sửa tên)", "Tên giả")).unwrap();
    forged.checksum = checksum(&forged.records);
    let checked = Bundle::read(forged.to_json().as_bytes(), &b, Timestamp(22)).unwrap();
    let preview = checked.preview(&b, &Choices::default(), Timestamp(22));
    let change = preview.changes.iter().find(|c| c.id == task).unwrap();
    assert_eq!(change.change, Change::Conflict, "never 'unchanged'");
}

#[test]
fn a_copied_profile_is_named_and_this_device_takes_a_new_id() {
    let (a, b, task) = rename_and_tick();
    // Twin 1 and twin 2: one profile copied to two machines.
    let mut twin1 = b.clone();
    let mut twin2 = b.clone();
    twin1
        .set_task_title(&task, "Máy 1 đổi tên", Timestamp(30))
        .unwrap();
    twin2
        .set_task_status(&task, TaskStatus::Paused, Timestamp(31))
        .unwrap();
    let checked = receive(&twin2, &twin1, 40);
    assert_eq!(checked.notes.own_device, [(Kind::Task, task.clone())]);
    let fresh = device(77);
    checked.apply(
        &mut twin1,
        &Choices::default(),
        Timestamp(40),
        fresh.clone(),
    );
    assert_eq!(twin1.device(), &fresh);
    let t = twin1.tasks().get(&task).unwrap();
    assert_eq!(
        t.body().title,
        "Máy 1 đổi tên",
        "twin 1's rename is not replaced"
    );
    assert_eq!(
        t.body().status,
        TaskStatus::Paused,
        "and twin 2's edit arrives"
    );
    // A bundle of A's own never names B's device: nothing to say.
    assert!(receive(&a, &b, 41).notes.own_device.is_empty());
}

/// A bundle of `ws` with one task's edits moved to `at`, its checksum made again.
fn with_edit_time(ws: &Workspace, task: &Id, at: i64) -> String {
    let mut bundle = send(ws, 50);
    let i = bundle
        .records
        .tasks
        .iter()
        .position(|t| t.id() == task)
        .unwrap();
    let mut value = serde_json::to_value(&bundle.records.tasks[i]).unwrap();
    for w in value["writes"].as_array_mut().unwrap() {
        w["at"] = serde_json::json!(at);
    }
    bundle.records.tasks[i] = serde_json::from_value(value).unwrap();
    bundle.checksum = checksum(&bundle.records);
    bundle.to_json()
}

#[test]
fn a_clock_far_ahead_is_named_and_cannot_win_every_conflict() {
    let (a, b, task) = both_rename();
    let year_2100 = 4_102_444_800_000;
    let now = 1_795_000_000_000;
    let text = with_edit_time(&a, &task, year_2100);
    let checked = Bundle::read(text.as_bytes(), &b, Timestamp(now)).unwrap();
    assert_eq!(
        checked.notes.future,
        [(Kind::Task, task.clone(), Timestamp(year_2100))]
    );
    let latest = checked
        .bundle
        .records
        .tasks
        .iter()
        .find(|t| t.id() == &task)
        .unwrap()
        .changed_at();
    assert_eq!(
        latest,
        Timestamp(now + Timestamp::DAY_MS),
        "taken as a day from now"
    );
    for at in [i64::MAX, -1] {
        let text = with_edit_time(&a, &task, at);
        let refused = Bundle::read(text.as_bytes(), &b, Timestamp(now));
        assert!(
            matches!(refused, Err(ImportError::EditTime { .. })),
            "{at}: {refused:?}"
        );
    }
}

#[test]
fn a_new_agency_of_the_same_name_never_takes_the_receivers_own() {
    let mut ours = Workspace::new(device(1));
    let plan = ours
        .add_plan(Id::from_random(1), "Kế hoạch", Timestamp(1))
        .unwrap();
    let tasks: Vec<Id> = (0..6)
        .map(|n| {
            let id = Id::from_random(10 + n);
            ours.add_task(id, &plan, &format!("Việc {n}"), Some(&sonv()), Timestamp(2))
                .unwrap()
        })
        .collect();
    // The sender's "Sở Nội Vụ" has an id that sorts before every other.
    // and deletes the starter "Sở Nội vụ", which it never used.
    let mut sender = Workspace::new(device(2));
    sender.delete(Kind::Agency, &sonv(), Timestamp(3)).unwrap();
    let theirs = sender
        .add_agency(
            Id::parse("0000-so-noi-vu").unwrap(),
            "Sở Nội Vụ",
            Timestamp(3),
        )
        .unwrap();
    let p2 = sender
        .add_plan(Id::from_random(3), "Kế hoạch khác", Timestamp(3))
        .unwrap();
    let their_task = sender
        .add_task(
            Id::from_random(4),
            &p2,
            "Việc của họ",
            Some(&theirs),
            Timestamp(3),
        )
        .unwrap();
    let checked = receive(&sender, &ours, 4);
    let preview = checked.preview(&ours, &Choices::default(), Timestamp(4));
    assert!(
        preview.count(Kind::Task, Change::Follows) == 0,
        "none of our tasks moves"
    );
    checked.apply(&mut ours, &Choices::default(), Timestamp(4), device(9));
    for t in &tasks {
        assert_eq!(
            ours.tasks().get(t).unwrap().body().lead,
            sonv(),
            "our tasks keep our agency"
        );
    }
    assert_eq!(
        ours.tasks().get(&their_task).unwrap().body().lead,
        sonv(),
        "theirs joins ours"
    );
    assert!(ours.agencies().get(&theirs).is_none());
    // A later rename of their agency relabels nothing of ours.
    sender
        .rename_agency(&theirs, "Cơ quan khác", Timestamp(5))
        .unwrap();
    import(&sender, &mut ours, 6);
    assert_eq!(ours.agency_name(&sonv()), Some("Sở Nội vụ"));
    // Sending back: the sender converges on the receiver's agency.
    import(&ours, &mut sender, 7);
    assert_eq!(sender.tasks().get(&their_task).unwrap().body().lead, sonv());
}

#[test]
fn a_bundle_of_the_previous_schema_still_imports() {
    let text = include_str!("../../tests/fixtures/bundle-schema-1.json");
    let ws = Workspace::new(device(3));
    let checked = Bundle::read(text.as_bytes(), &ws, Timestamp(1_800_000_000_000)).unwrap();
    assert_eq!(checked.bundle.schema, 1);
    let mut ws = ws;
    let (_, entry) = checked.apply(
        &mut ws,
        &Choices::default(),
        Timestamp(1_800_000_000_000),
        device(9),
    );
    assert!(entry.new > 5);
    let done = ws
        .tasks()
        .live()
        .filter(|t| t.body().status.is_done())
        .count();
    assert!(done >= 1);
    assert!(
        ws.tasks().all().any(|t| t.is_deleted()),
        "its deletion arrives"
    );
    // Written again in this schema, it reads back the same.
    let again = send(&ws, 1_800_000_000_001);
    let mut other = Workspace::new(device(4));
    other.merge_records(&again.records);
    assert_eq!(other.records(), ws.records());
}

#[test]
fn the_canonical_form_is_what_a_json_value_of_the_records_writes() {
    use crate::workspace::sample::{workspace, Scale};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = workspace(5, Scale::of(500), day);
    let records = ws.records();
    let through_value = serde_json::to_value(&records).unwrap().to_string();
    let canonical = super::canonical::canonical(&records).unwrap();
    assert_eq!(String::from_utf8(canonical).unwrap(), through_value);
}

// ---- Random histories of 3 to 5 offices ------------------------------------------------

/// One step of a random history.
#[derive(Clone, Debug)]
enum Step {
    AddPlan { at: usize, n: u8 },
    RenamePlan { at: usize, pick: usize, n: u8 },
    DeletePlan { at: usize, pick: usize },
    RestorePlan { at: usize, pick: usize },
    AddTask { at: usize, pick: usize, n: u8 },
    RenameTask { at: usize, pick: usize, n: u8 },
    TickTask { at: usize, pick: usize, done: bool },
    DeleteTask { at: usize, pick: usize },
    RestoreTask { at: usize, pick: usize },
    Send { from: usize, to: usize },
}

fn step(offices: usize) -> impl Strategy<Value = Step> {
    let at = 0..offices;
    let pick = || any::<usize>();
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(at, n)| Step::AddPlan { at, n }),
        (at.clone(), pick(), any::<u8>()).prop_map(|(at, pick, n)| Step::RenamePlan {
            at,
            pick,
            n
        }),
        (at.clone(), pick()).prop_map(|(at, pick)| Step::DeletePlan { at, pick }),
        (at.clone(), pick()).prop_map(|(at, pick)| Step::RestorePlan { at, pick }),
        (at.clone(), pick(), any::<u8>()).prop_map(|(at, pick, n)| Step::AddTask { at, pick, n }),
        (at.clone(), pick(), any::<u8>()).prop_map(|(at, pick, n)| Step::RenameTask {
            at,
            pick,
            n
        }),
        (at.clone(), pick(), any::<bool>()).prop_map(|(at, pick, done)| Step::TickTask {
            at,
            pick,
            done
        }),
        (at.clone(), pick()).prop_map(|(at, pick)| Step::DeleteTask { at, pick }),
        (at.clone(), pick()).prop_map(|(at, pick)| Step::RestoreTask { at, pick }),
        (at.clone(), at).prop_map(|(from, to)| Step::Send { from, to }),
    ]
}

/// Some number of offices, and a history among them.
fn history() -> impl Strategy<Value = (usize, Vec<Step>)> {
    (3usize..=5).prop_flat_map(|n| (Just(n), prop::collection::vec(step(n), 0..60)))
}

fn nth<T>(list: Vec<T>, pick: usize) -> Option<T> {
    let len = list.len();
    (len > 0)
        .then(|| list.into_iter().nth(pick % len))
        .flatten()
}

/// Who last wrote each (record, field) of the history, by office: what "no lost edit" checks.
type Writers = BTreeMap<(Id, &'static str), BTreeMap<usize, String>>;

/// Runs a history through real bundles; commands an office refuses (a deleted plan, say) are
/// skipped. Returns the offices and, per field edited after creation, each office's last value.
fn run(offices: usize, steps: &[Step]) -> (Vec<Workspace>, Writers) {
    let mut ws: Vec<Workspace> = (0..offices)
        .map(|d| Workspace::new(device(d as u128)))
        .collect();
    let mut writers = Writers::new();
    for (time, step) in (10..).zip(steps) {
        let now = Timestamp(time);
        let fresh = Id::from_random(time as u128 * 7 + 1);
        let plans = |w: &Workspace| w.plans().live().map(|p| p.id().clone()).collect::<Vec<_>>();
        let all_plans = |w: &Workspace| w.plans().all().map(|p| p.id().clone()).collect::<Vec<_>>();
        let tasks = |w: &Workspace| w.tasks().live().map(|t| t.id().clone()).collect::<Vec<_>>();
        let all_tasks = |w: &Workspace| w.tasks().all().map(|t| t.id().clone()).collect::<Vec<_>>();
        let mut wrote = |id: &Id, field, at: usize, value: String| {
            writers
                .entry((id.clone(), field))
                .or_default()
                .insert(at, value);
        };
        match step.clone() {
            Step::AddPlan { at, n } => {
                let _ = ws[at].add_plan(fresh, &format!("Kế hoạch {n}"), now);
            }
            Step::RenamePlan { at, pick, n } => {
                if let Some(p) = nth(plans(&ws[at]), pick) {
                    let title = format!("Kế hoạch {n}");
                    if ws[at].rename_plan(&p, &title, now).is_ok() {
                        wrote(&p, "title", at, title);
                    }
                }
            }
            Step::DeletePlan { at, pick } => {
                if let Some(p) = nth(plans(&ws[at]), pick) {
                    let _ = ws[at].delete(Kind::Plan, &p, now);
                }
            }
            Step::RestorePlan { at, pick } => {
                if let Some(p) = nth(all_plans(&ws[at]), pick) {
                    let _ = ws[at].restore(Kind::Plan, &p, now);
                }
            }
            Step::AddTask { at, pick, n } => {
                if let Some(p) = nth(plans(&ws[at]), pick) {
                    let _ = ws[at].add_task(fresh, &p, &format!("Việc {n}"), Some(&sonv()), now);
                }
            }
            Step::RenameTask { at, pick, n } => {
                if let Some(t) = nth(tasks(&ws[at]), pick) {
                    let title = format!("Việc {n}");
                    if ws[at].set_task_title(&t, &title, now).is_ok() {
                        wrote(&t, "title", at, title);
                    }
                }
            }
            Step::TickTask { at, pick, done } => {
                if let Some(t) = nth(tasks(&ws[at]), pick) {
                    let status = if done {
                        TaskStatus::Done { on: day() }
                    } else {
                        TaskStatus::InProgress
                    };
                    let shown = format!("{status:?}");
                    if ws[at].set_task_status(&t, status, now).is_ok() {
                        wrote(&t, "status", at, shown);
                    }
                }
            }
            Step::DeleteTask { at, pick } => {
                if let Some(t) = nth(tasks(&ws[at]), pick) {
                    let _ = ws[at].delete(Kind::Task, &t, now);
                }
            }
            Step::RestoreTask { at, pick } => {
                if let Some(t) = nth(all_tasks(&ws[at]), pick) {
                    let _ = ws[at].restore(Kind::Task, &t, now);
                }
            }
            Step::Send { from, to } if from != to => {
                let sender = ws[from].clone();
                import(&sender, &mut ws[to], time);
            }
            Step::Send { .. } => {}
        }
    }
    (ws, writers)
}

/// Everyone sends to everyone in `order`, twice round.
fn exchange_all(ws: &mut [Workspace], order: &[usize]) {
    for round in 0..2 {
        for &from in order {
            for to in 0..ws.len() {
                if from != to {
                    let sender = ws[from].clone();
                    import(&sender, &mut ws[to], 5_000 + round);
                }
            }
        }
    }
}

/// A field's value as `run` records it.
fn shown(ws: &Workspace, id: &Id, field: &str) -> Option<String> {
    if let Some(p) = ws.plans().get_any(id) {
        return Some(p.body().title.clone());
    }
    let t = ws.tasks().get_any(id)?;
    Some(match field {
        "title" => t.body().title.clone(),
        _ => format!("{:?}", t.body().status),
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn offices_converge_whatever_the_order_and_lose_no_lone_edit(
        (n, steps) in history(),
        seed in any::<u64>(),
    ) {
        let (mut ws, writers) = run(n, &steps);
        let mut order: Vec<usize> = (0..n).collect();
        order.rotate_left((seed % n as u64) as usize);
        if seed % 2 == 0 {
            order.reverse();
        }
        exchange_all(&mut ws, &order);
        for other in &ws[1..] {
            prop_assert_eq!(ws[0].records(), other.records());
        }
        // An edit of a field that only one office changed after the record was made is what
        // every office shows, deleted or not.
        for ((id, field), by) in &writers {
            if by.len() == 1 {
                let last = by.values().next().cloned();
                prop_assert_eq!(shown(&ws[0], id, field), last, "{:?}.{}", id, field);
            }
        }
    }

    #[test]
    fn importing_the_same_bundle_twice_changes_nothing_the_second_time((n, steps) in history()) {
        let (mut ws, _) = run(n, &steps);
        let sender = ws[0].clone();
        import(&sender, &mut ws[1], 1_000);
        let after_once = ws[1].records();
        let again = receive(&sender, &ws[1], 1_001);
        prop_assert!(again.preview(&ws[1], &Choices::default(), Timestamp(1_001)).is_empty());
        import(&sender, &mut ws[1], 1_001);
        prop_assert_eq!(ws[1].records(), after_once);
    }

    #[test]
    fn the_preview_says_which_records_applying_changes((n, steps) in history()) {
        let (mut ws, _) = run(n, &steps);
        let before = ws[1].clone();
        let checked = receive(&ws[0], &before, 1_000);
        let preview = checked.preview(&before, &Choices::default(), Timestamp(1_000));
        checked.apply(&mut ws[1], &Choices::default(), Timestamp(1_000), device(9));
        /// What a person sees of a record: its values, whether it is deleted, its conflicts.
        type Seen = (Vec<String>, bool, Vec<crate::domain::Rival>);
        fn shown<T: crate::workspace::Kinded>(ws: &Workspace, id: &Id) -> Option<Seen> {
            let r = ws.table::<T>().get_any(id)?;
            let values = r.slots().into_iter().map(|s| r.value(s).to_string()).collect();
            Some((values, r.is_deleted(), r.rivals().to_vec()))
        }
        for c in &preview.changes {
            let was = crate::workspace::for_kind!(c.kind => shown(&before, &c.id));
            let now = crate::workspace::for_kind!(c.kind => shown(&ws[1], &c.id));
            let quiet = matches!(c.change, Change::Unchanged | Change::Kept);
            prop_assert_eq!(quiet, was == now, "{:?} {:?}", c.kind, c.change);
            if c.change == Change::Deleted {
                prop_assert!(now.is_some_and(|(_, gone, _)| gone));
            }
        }
    }

    #[test]
    fn export_then_import_into_an_empty_workspace_gives_the_same_records((n, steps) in history()) {
        let (ws, _) = run(n, &steps);
        let mut empty = Workspace::new(device(9));
        import(&ws[n - 1], &mut empty, 1_000);
        prop_assert_eq!(empty.records(), ws[n - 1].records());
        let records = ws[n - 1].records();
        let canonical = super::canonical::canonical(&records).unwrap();
        prop_assert_eq!(String::from_utf8(canonical).unwrap(), serde_json::to_value(&records).unwrap().to_string());
    }

    #[test]
    fn edit_versus_delete_is_a_conflict_and_the_edit_is_kept((n, steps) in history()) {
        let (mut ws, _) = run(n, &steps);
        let plan = ws[0].add_plan(Id::from_random(88), "Kế hoạch chung", Timestamp(2_000)).unwrap();
        let task = ws[0].add_task(Id::from_random(89), &plan, "Việc chung", Some(&sonv()), Timestamp(2_001)).unwrap();
        let first = ws[0].clone();
        import(&first, &mut ws[1], 2_002);
        ws[0].delete(Kind::Task, &task, Timestamp(2_003)).unwrap();
        ws[1].set_task_title(&task, "Việc chung (đã sửa)", Timestamp(2_004)).unwrap();
        let checked = receive(&ws[0], &ws[1], 2_005);
        let preview = checked.preview(&ws[1], &Choices::default(), Timestamp(2_005));
        let change = preview.changes.iter().find(|c| c.id == task).map(|c| c.change);
        prop_assert_eq!(change, Some(Change::Conflict));
        let sender = ws[0].clone();
        import(&sender, &mut ws[1], 2_005);
        prop_assert!(ws[1].tasks().get(&task).is_some(), "nothing is lost by default");
    }

    #[test]
    fn a_deletion_travels((n, steps) in history()) {
        let (mut ws, _) = run(n, &steps);
        let plan = ws[0].add_plan(Id::from_random(77), "Sẽ bị xóa", Timestamp(2_000)).unwrap();
        let first = ws[0].clone();
        import(&first, &mut ws[1], 2_001);
        ws[0].delete(Kind::Plan, &plan, Timestamp(2_002)).unwrap();
        let checked = receive(&ws[0], &ws[1], 2_003);
        let preview = checked.preview(&ws[1], &Choices::default(), Timestamp(2_003));
        prop_assert_eq!(preview.count(Kind::Plan, Change::Deleted), 1);
        let sender = ws[0].clone();
        import(&sender, &mut ws[1], 2_003);
        prop_assert!(ws[1].plans().get(&plan).is_none());
    }
}

#[test]
fn a_generated_office_passes_every_check_of_the_import() {
    use crate::workspace::sample::{workspace, Scale};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = workspace(11, Scale::of(500), day);
    let text = Bundle::export(&ws, Scope::Workspace, Timestamp(1_795_000_000_000), "t").to_json();
    let other = Workspace::new(device(3));
    let checked = Bundle::read(text.as_bytes(), &other, Timestamp(1_796_083_200_000));
    assert!(checked.is_ok(), "{:?}", checked.err());
}

#[test]
fn offices_exchanging_plans_settle_on_the_receivers_agency_without_going_back_and_forth() {
    // Each office typed the culture department its own way and uses it in its own plan.
    let mut a = Workspace::new(device(1));
    let mut b = Workspace::new(device(2));
    let va = a
        .add_agency(
            Id::from_random(500),
            "Sở Văn hóa, Thể thao và Du lịch",
            Timestamp(1),
        )
        .unwrap();
    let vb = b
        .add_agency(
            Id::from_random(600),
            "Sở Văn Hóa, Thể Thao và Du Lịch",
            Timestamp(1),
        )
        .unwrap();
    let pa = a
        .add_plan(Id::from_random(501), "Kế hoạch A", Timestamp(2))
        .unwrap();
    let other = a
        .add_plan(Id::from_random(503), "Kế hoạch khác của A", Timestamp(2))
        .unwrap();
    let ta = a
        .add_task(Id::from_random(502), &pa, "Việc A", Some(&va), Timestamp(3))
        .unwrap();
    let kept_home = a
        .add_task(
            Id::from_random(504),
            &other,
            "Việc ở nhà",
            Some(&va),
            Timestamp(3),
        )
        .unwrap();
    let plan_of = |ws: &Workspace, id: &Id, now: i64| {
        let title = ws.plans().get(id).unwrap().body().title.clone();
        let scope = Scope::Plan {
            id: id.clone(),
            title,
        };
        Bundle::export(ws, scope, Timestamp(now), "t").to_json()
    };
    let take = |text: String, into: &mut Workspace, now: i64| {
        let checked = Bundle::read(text.as_bytes(), into, Timestamp(now)).unwrap();
        checked
            .apply(
                into,
                &Choices::default(),
                Timestamp(now),
                device(90 + now as u128),
            )
            .1
    };
    // B receives A's plan: A's agency is merged into B's own.
    take(plan_of(&a, &pa, 10), &mut b, 10);
    assert_eq!(b.tasks().get(&ta).unwrap().body().lead, vb);
    // A receives the plan back: the merge travels, and A's other task follows it too.
    take(plan_of(&b, &pa, 11), &mut a, 11);
    assert_eq!(a.tasks().get(&ta).unwrap().body().lead, vb);
    assert_eq!(a.tasks().get(&kept_home).unwrap().body().lead, vb);
    assert!(a.agencies().get(&va).is_none());
    // Further exchanges change nothing about agencies: no pair is proposed again.
    for round in 0..3 {
        let text = plan_of(&a, &pa, 20 + round);
        let checked = Bundle::read(text.as_bytes(), &b, Timestamp(20 + round)).unwrap();
        assert!(checked.same_agencies(&b).is_empty(), "round {round}");
        take(text, &mut b, 20 + round);
        let text = plan_of(&b, &pa, 30 + round);
        let checked = Bundle::read(text.as_bytes(), &a, Timestamp(30 + round)).unwrap();
        assert!(checked.same_agencies(&a).is_empty(), "round {round}");
        take(text, &mut a, 30 + round);
    }
    for ws in [&a, &b] {
        assert_eq!(ws.tasks().get(&ta).unwrap().body().lead, vb);
        assert_eq!(
            ws.agencies()
                .live()
                .filter(|x| crate::search::fold(&x.body().name).starts_with("so van hoa"))
                .count(),
            1
        );
    }
}

#[test]
fn two_offices_merging_one_pair_each_into_their_own_at_once_still_converge() {
    let mut a = Workspace::new(device(1));
    let mut b = Workspace::new(device(2));
    let va = a
        .add_agency(Id::from_random(500), "Sở Văn hóa", Timestamp(1))
        .unwrap();
    let vb = b
        .add_agency(Id::from_random(600), "Sở Văn Hóa", Timestamp(1))
        .unwrap();
    let pa = a
        .add_plan(Id::from_random(501), "Kế hoạch A", Timestamp(2))
        .unwrap();
    let pb = b
        .add_plan(Id::from_random(601), "Kế hoạch B", Timestamp(2))
        .unwrap();
    let ta = a
        .add_task(Id::from_random(502), &pa, "Việc A", Some(&va), Timestamp(3))
        .unwrap();
    let tb = b
        .add_task(Id::from_random(602), &pb, "Việc B", Some(&vb), Timestamp(3))
        .unwrap();
    // Both import the other's file before either hears of the other's merge.
    let (from_a, from_b) = (a.clone(), b.clone());
    import(&from_b, &mut a, 10);
    import(&from_a, &mut b, 10);
    for round in 0..2 {
        let now = 20 + 2 * round;
        let sender = a.clone();
        import(&sender, &mut b, now);
        let sender = b.clone();
        import(&sender, &mut a, now + 1);
    }
    assert_eq!(a.records(), b.records(), "the same records in both");
    let live: Vec<&Id> = a
        .agencies()
        .live()
        .filter(|x| crate::search::fold(&x.body().name) == "so van hoa")
        .map(|x| x.id())
        .collect();
    assert_eq!(live.len(), 1, "one agency of the name");
    for t in [&ta, &tb] {
        assert_eq!(
            &a.tasks().get(t).unwrap().body().lead,
            live[0],
            "every task led by it"
        );
    }
}

#[test]
fn a_forged_edit_under_the_receivers_own_id_is_named_and_shown_as_it_will_be_applied() {
    let (a, mut b, task) = rename_and_tick();
    import(&a, &mut b, 20);
    // A's file claims an edit by B's own device, counted beyond anything B made.
    let mut forged = send(&a, 21);
    let i = forged
        .records
        .tasks
        .iter()
        .position(|t| t.id() == &task)
        .unwrap();
    let mut value = serde_json::to_value(&forged.records.tasks[i]).unwrap();
    let theirs = b.device().to_string();
    value["body"]["title"] = "Tên do tệp giả ghi".into();
    let write = serde_json::json!({"by": theirs, "seen": {theirs.clone(): 99}, "at": 21, "fields": ["title"]});
    let writes = value["writes"].as_array_mut().unwrap();
    for w in writes.iter_mut() {
        let fields: Vec<serde_json::Value> = w["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| *f != "title")
            .cloned()
            .collect();
        w["fields"] = fields.into();
    }
    writes.retain(|w| !w["fields"].as_array().unwrap().is_empty());
    writes.push(write);
    forged.records.tasks[i] = serde_json::from_value(value).unwrap();
    forged.checksum = checksum(&forged.records);
    let checked = Bundle::read(forged.to_json().as_bytes(), &b, Timestamp(22)).unwrap();
    assert!(checked
        .notes
        .own_device
        .contains(&(Kind::Task, task.clone())));
    let preview = checked.preview(&b, &Choices::default(), Timestamp(22));
    let said = preview
        .changes
        .iter()
        .find(|c| c.id == task)
        .unwrap()
        .change;
    let before = b.tasks().get(&task).unwrap().body().title.clone();
    let fresh = device(55);
    checked.apply(&mut b, &Choices::default(), Timestamp(22), fresh.clone());
    let after = b.tasks().get(&task).unwrap().body().title.clone();
    assert_eq!(
        said == Change::Unchanged || said == Change::Kept,
        before == after,
        "{said:?}"
    );
    assert_eq!(b.device(), &fresh, "this device takes a new id");
}
