//! Random histories of 3 to 5 offices exchanging real bundles (proptest): they converge in any
//! order, a second import changes nothing, no edit of a field that only one office changed is
//! lost, a deletion travels, edit-versus-delete is a conflict, and the preview says which
//! records applying changes. `PROPTEST_CASES` sets how many histories (256 by default;
//! `scripts/slow-tests.sh` runs 10,000).

use super::*;
use std::collections::BTreeMap;

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
        .map(|d| Workspace::new(exchange_device(d as u128)))
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

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
        checked.apply(&mut ws[1], &Choices::default(), Timestamp(1_000), exchange_device(9));
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
        let mut empty = Workspace::new(exchange_device(9));
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
