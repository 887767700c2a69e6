//! Tasks: found drafts are matched to expected tasks by the expected task's key words (half or
//! more of them in the found title), best pairs first, one to one; then each matched pair's
//! lead, coordinators and deadline are judged.

use super::annotation::{Annotation, ExpectedTask};
use super::score::{deadline_code, words, Judge};
use sotay::domain::agency::agency_key;
use sotay::intake::{Drafts, TaskDraft};
use std::collections::BTreeSet;

/// Words that carry no meaning of their own in a task's key words.
const LITTLE: &[&str] = &[
    "va", "cac", "cua", "cho", "voi", "theo", "trong", "de", "ve", "tai", "tren", "duoc", "la",
    "mot", "nhung", "nhu", "o",
];

fn key_words(task: &str) -> Vec<String> {
    let all = words(task);
    let keys: Vec<String> = all
        .iter()
        .filter(|w| !LITTLE.contains(&w.as_str()))
        .cloned()
        .collect();
    if keys.is_empty() {
        all
    } else {
        keys
    }
}

/// The share of the expected task's key words found in the title.
fn share(keys: &[String], title: &BTreeSet<String>) -> f64 {
    let hits = keys.iter().filter(|k| title.contains(*k)).count();
    hits as f64 / keys.len().max(1) as f64
}

pub fn judge(j: &mut Judge, a: &Annotation, d: &Drafts) {
    let keys: Vec<Vec<String>> = a.tasks.iter().map(|t| key_words(&t.task)).collect();
    let titles: Vec<BTreeSet<String>> = d
        .tasks
        .iter()
        .map(|t| words(&t.title).into_iter().collect())
        .collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (e, k) in keys.iter().enumerate() {
        for (f, title) in titles.iter().enumerate() {
            let s = share(k, title);
            if s >= 0.5 {
                candidates.push((s, e, f));
            }
        }
    }
    sotay::sort::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });
    let mut e_taken = vec![None; a.tasks.len()];
    let mut f_taken = vec![false; d.tasks.len()];
    for (_, e, f) in candidates {
        if e_taken[e].is_none() && !f_taken[f] {
            e_taken[e] = Some(f);
            f_taken[f] = true;
        }
    }
    let matched = e_taken.iter().flatten().count();
    let t = j.board.row("tasks found");
    t.expected += a.tasks.len();
    t.found += d.tasks.len();
    t.right += matched;
    let mut both = 0;
    for (e, f) in e_taken.iter().enumerate() {
        let Some(f) = f else {
            j.misses.push(format!("task: missed {:?}", a.tasks[e].task));
            continue;
        };
        both += usize::from(pair(j, &a.tasks[e], &d.tasks[*f]));
    }
    for (f, _) in d.tasks.iter().zip(&f_taken).filter(|(_, t)| !**t) {
        j.misses
            .push(format!("task: found {:?}, not expected", f.title));
    }
    let t = j.board.row("lead and deadline both right");
    t.expected += a.tasks.len();
    t.found += d.tasks.len();
    t.right += both;
}

/// Judges a matched pair; whether its lead and its deadline are both right (none expected and
/// none found is right).
fn pair(j: &mut Judge, e: &ExpectedTask, f: &TaskDraft) -> bool {
    let want = e.lead.as_deref().map(agency_key);
    let got = f.lead.as_ref().map(|l| j.keys(l));
    let lead_right = match (&want, &got) {
        (None, None) => true,
        (Some(w), Some(g)) => g.contains(w),
        _ => false,
    };
    let t = j.board.row("lead");
    t.expected += usize::from(want.is_some());
    t.found += usize::from(got.is_some());
    t.right += usize::from(lead_right && want.is_some());
    if !lead_right {
        let written = f.lead.as_ref().map(|l| l.written.clone());
        j.misses.push(format!(
            "lead of {:?}: expected {:?}, found {:?}",
            e.task, e.lead, written
        ));
    }
    let want: BTreeSet<String> = e.coordinating.iter().map(|c| agency_key(c)).collect();
    let got: BTreeSet<String> = f
        .coordinating
        .iter()
        .map(|c| {
            let keys = j.keys(c);
            let hit = keys.iter().find(|k| want.contains(*k)).cloned();
            hit.unwrap_or_else(|| keys[0].clone())
        })
        .collect();
    let t = j.board.row("coordinators");
    t.expected += usize::from(!want.is_empty());
    t.found += usize::from(!got.is_empty());
    t.right += usize::from(!want.is_empty() && want == got);
    if want != got {
        let written: Vec<&str> = f.coordinating.iter().map(|c| c.written.as_str()).collect();
        j.misses.push(format!(
            "coordinators of {:?}: expected {:?}, found {:?}",
            e.task, e.coordinating, written
        ));
    }
    let got = deadline_code(&f.deadline);
    let deadline_right = got == e.deadline;
    let t = j.board.row("deadline");
    t.expected += usize::from(e.deadline != "none");
    t.found += usize::from(got != "none");
    t.right += usize::from(deadline_right && got != "none");
    if !deadline_right {
        j.misses.push(format!(
            "deadline of {:?}: expected {}, found {got}",
            e.task, e.deadline
        ));
    }
    lead_right && deadline_right
}
