//! All records of a workspace, kind by kind, tombstones included: what a bundle carries, what
//! export takes out and what import merges in.

use super::Workspace;
use crate::domain::meeting::{Conclusion, Item, Meeting};
use crate::domain::Timestamp;
use crate::domain::{Agency, Group, Indicator, Plan, Record, Task};
use serde::{Deserialize, Serialize};

/// The kinds of records, as their lists are named in bundles and stored keys.
pub const KINDS: [&str; 8] = [
    "agencies",
    "plans",
    "groups",
    "tasks",
    "indicators",
    "meetings",
    "items",
    "conclusions",
];

/// Records of every kind. Each list is in id order when it comes from a workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    #[serde(default)]
    pub agencies: Vec<Record<Agency>>,
    #[serde(default)]
    pub plans: Vec<Record<Plan>>,
    #[serde(default)]
    pub groups: Vec<Record<Group>>,
    #[serde(default)]
    pub tasks: Vec<Record<Task>>,
    #[serde(default)]
    pub indicators: Vec<Record<Indicator>>,
    #[serde(default)]
    pub meetings: Vec<Record<Meeting>>,
    #[serde(default)]
    pub items: Vec<Record<Item>>,
    #[serde(default)]
    pub conclusions: Vec<Record<Conclusion>>,
}

impl Workspace {
    /// Every record of the workspace, tombstones included.
    pub fn records(&self) -> Records {
        Records {
            agencies: self.agencies.all().cloned().collect(),
            plans: self.plans.all().cloned().collect(),
            groups: self.groups.all().cloned().collect(),
            tasks: self.tasks.all().cloned().collect(),
            indicators: self.indicators.all().cloned().collect(),
            meetings: self.meetings.all().cloned().collect(),
            items: self.items.all().cloned().collect(),
            conclusions: self.conclusions.all().cloned().collect(),
        }
    }

    /// Merges records in, each by [`Record::merge`] with the copy here (or added if new), and
    /// returns how many records changed. Merging what is already here changes nothing.
    pub fn merge_records(&mut self, incoming: &Records) -> usize {
        let mut changed = 0;
        changed += self.agencies.merge_all(&incoming.agencies);
        changed += self.plans.merge_all(&incoming.plans);
        changed += self.groups.merge_all(&incoming.groups);
        changed += self.tasks.merge_all(&incoming.tasks);
        changed += self.indicators.merge_all(&incoming.indicators);
        changed += self.meetings.merge_all(&incoming.meetings);
        changed += self.items.merge_all(&incoming.items);
        changed += self.conclusions.merge_all(&incoming.conclusions);
        changed
    }

    /// The earliest change made after `exported` (or ever, if never exported) that no export has
    /// carried yet; `None` if everything is exported. Records nobody edited (starter agencies)
    /// do not count.
    pub fn oldest_unexported(&self, exported: Option<Timestamp>) -> Option<Timestamp> {
        let since = exported.map_or(0, |t| t.0);
        let times = [
            self.agencies
                .all()
                .map(Record::changed_at)
                .collect::<Vec<_>>(),
            self.plans.all().map(Record::changed_at).collect(),
            self.groups.all().map(Record::changed_at).collect(),
            self.tasks.all().map(Record::changed_at).collect(),
            self.indicators.all().map(Record::changed_at).collect(),
            self.meetings.all().map(Record::changed_at).collect(),
            self.items.all().map(Record::changed_at).collect(),
            self.conclusions.all().map(Record::changed_at).collect(),
        ];
        times.into_iter().flatten().filter(|t| t.0 > since).min()
    }
}

/// Whether to remind the user to export: a change has waited unexported for more than 7 days.
pub fn export_overdue(oldest_unexported: Option<Timestamp>, now: Timestamp) -> bool {
    const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;
    oldest_unexported.is_some_and(|t| now.0 - t.0 > WEEK_MS)
}

#[cfg(test)]
mod reminder_tests {
    use super::*;
    use crate::workspace::tests::{device, sample};

    const DAY: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_change_unexported_for_more_than_a_week_is_reminded() {
        let fresh = Workspace::new(device(1));
        assert_eq!(
            fresh.oldest_unexported(None),
            None,
            "starter agencies are not changes"
        );
        let mut ws = sample();
        let oldest = ws.oldest_unexported(None).expect("the sample's edits");
        assert!(!export_overdue(Some(oldest), Timestamp(oldest.0 + 7 * DAY)));
        assert!(export_overdue(
            Some(oldest),
            Timestamp(oldest.0 + 7 * DAY + 1)
        ));
        let exported = Timestamp(oldest.0 + 100 * DAY);
        assert_eq!(ws.oldest_unexported(Some(exported)), None, "all exported");
        let later = Timestamp(exported.0 + DAY);
        ws.add_plan(crate::domain::Id::from_random(77), "Mới", later)
            .unwrap();
        assert_eq!(ws.oldest_unexported(Some(exported)), Some(later));
        assert!(!export_overdue(
            ws.oldest_unexported(Some(exported)),
            Timestamp(later.0 + DAY)
        ));
        assert!(export_overdue(
            ws.oldest_unexported(Some(exported)),
            Timestamp(later.0 + 8 * DAY)
        ));
    }
}
