//! All records of a workspace, kind by kind, tombstones included: what a bundle carries, what
//! export takes out and what import merges in.

use super::Workspace;
use crate::domain::meeting::{Conclusion, Item, Meeting};
use crate::domain::{Agency, Group, Indicator, Plan, Record, Task};
use serde::{Deserialize, Serialize};

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
}
