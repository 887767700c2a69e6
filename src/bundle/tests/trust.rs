//! What a file claims is checked, not believed: two bodies under one version, a copied
//! profile, a clock far ahead, agencies of one name, forged edits under the receiver's id, and
//! the files of the previous schema.

use super::*;

#[test]
fn same_version_with_another_body_is_a_conflict_in_the_preview() {
    let (a, mut b, task) = rename_and_tick();
    import(&a, &mut b, 20);
    // A forged copy of B's task: same id and edits, another title.
    let mut forged = send(&b, 21);
    let text = serde_json::to_string(&forged.records.tasks[0]).unwrap();
    forged.records.tasks[0] =
        serde_json::from_str(&text.replace("Việc (A sửa tên)", "Tên giả")).unwrap();
    forged.checksum = checksum(&forged.records).unwrap();
    let checked = Bundle::read(forged.to_json().unwrap().as_bytes(), &b, Timestamp(22)).unwrap();
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
    let fresh = exchange_device(77);
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
    bundle.records.tasks[i] = crate::domain::json::from_value(&value).unwrap();
    bundle.checksum = checksum(&bundle.records).unwrap();
    bundle.to_json().unwrap()
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
    let mut ours = Workspace::new(exchange_device(1));
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
    let mut sender = Workspace::new(exchange_device(2));
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
    checked.apply(
        &mut ours,
        &Choices::default(),
        Timestamp(4),
        exchange_device(9),
    );
    for t in &tasks {
        assert_eq!(
            ours.tasks().get(t).unwrap().body().lead,
            Some(sonv()),
            "our tasks keep our agency"
        );
    }
    assert_eq!(
        ours.tasks().get(&their_task).unwrap().body().lead,
        Some(sonv()),
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
    assert_eq!(
        sender.tasks().get(&their_task).unwrap().body().lead,
        Some(sonv())
    );
}

#[test]
fn a_bundle_of_the_previous_schema_still_imports() {
    let text = include_str!("../../../tests/fixtures/bundle-schema-1.json");
    let ws = Workspace::new(exchange_device(3));
    let checked = Bundle::read(text.as_bytes(), &ws, Timestamp(1_800_000_000_000)).unwrap();
    assert_eq!(checked.bundle.schema, 1);
    let mut ws = ws;
    let (_, entry) = checked.apply(
        &mut ws,
        &Choices::default(),
        Timestamp(1_800_000_000_000),
        exchange_device(9),
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
    let mut other = Workspace::new(exchange_device(4));
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

#[test]
fn a_generated_office_passes_every_check_of_the_import() {
    use crate::workspace::sample::{workspace, Scale};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = workspace(11, Scale::of(500), day);
    let text = Bundle::export(&ws, Scope::Workspace, Timestamp(1_795_000_000_000), "t")
        .unwrap()
        .to_json()
        .unwrap();
    let other = Workspace::new(exchange_device(3));
    let checked = Bundle::read(text.as_bytes(), &other, Timestamp(1_796_083_200_000));
    assert!(checked.is_ok(), "{:?}", checked.err());
}

#[test]
fn offices_exchanging_plans_settle_on_the_receivers_agency_without_going_back_and_forth() {
    // Each office typed the culture department its own way and uses it in its own plan.
    let mut a = Workspace::new(exchange_device(1));
    let mut b = Workspace::new(exchange_device(2));
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
        Bundle::export(ws, scope, Timestamp(now), "t")
            .unwrap()
            .to_json()
            .unwrap()
    };
    let take = |text: String, into: &mut Workspace, now: i64| {
        let checked = Bundle::read(text.as_bytes(), into, Timestamp(now)).unwrap();
        checked
            .apply(
                into,
                &Choices::default(),
                Timestamp(now),
                exchange_device(90 + now as u128),
            )
            .1
    };
    // B receives A's plan: A's agency is merged into B's own.
    take(plan_of(&a, &pa, 10), &mut b, 10);
    assert_eq!(b.tasks().get(&ta).unwrap().body().lead, Some(vb.clone()));
    // A receives the plan back: the merge travels, and A's other task follows it too.
    take(plan_of(&b, &pa, 11), &mut a, 11);
    assert_eq!(a.tasks().get(&ta).unwrap().body().lead, Some(vb.clone()));
    assert_eq!(
        a.tasks().get(&kept_home).unwrap().body().lead,
        Some(vb.clone())
    );
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
        assert_eq!(ws.tasks().get(&ta).unwrap().body().lead, Some(vb.clone()));
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
    let mut a = Workspace::new(exchange_device(1));
    let mut b = Workspace::new(exchange_device(2));
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
            a.tasks().get(t).unwrap().body().lead.as_ref(),
            Some(live[0]),
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
    // The title leaves the edit that listed it (the edit listing no fields takes the rest).
    for w in writes.iter_mut() {
        if let Some(fields) = w["fields"].as_array_mut() {
            fields.retain(|f| f != "title");
        }
    }
    writes.retain(|w| {
        w.get("fields")
            .is_none_or(|f| f.as_array().is_some_and(|f| !f.is_empty()))
    });
    writes.push(write);
    forged.records.tasks[i] = crate::domain::json::from_value(&value).unwrap();
    forged.checksum = checksum(&forged.records).unwrap();
    let checked = Bundle::read(forged.to_json().unwrap().as_bytes(), &b, Timestamp(22)).unwrap();
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
    let fresh = exchange_device(55);
    checked.apply(&mut b, &Choices::default(), Timestamp(22), fresh.clone());
    let after = b.tasks().get(&task).unwrap().body().title.clone();
    assert_eq!(
        said == Change::Unchanged || said == Change::Kept,
        before == after,
        "{said:?}"
    );
    assert_eq!(b.device(), &fresh, "this device takes a new id");
}
