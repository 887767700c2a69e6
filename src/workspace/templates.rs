//! Next year's plan made from this year's: same groups, tasks and indicators, fresh ids.

use super::{CommandError, Kind, Workspace};
use crate::domain::dates::YEARS;
use crate::domain::{
    Deadline, Group, Id, Indicator, Plan, Record, Task, TaskStatus, Timestamp, Years,
};
use chrono::{Months, NaiveDate};

impl Workspace {
    /// Copies a plan as next year's template: new ids, years moved on by one, statuses reset,
    /// logs and achieved values emptied, and no reference (the new document is not issued yet).
    pub fn duplicate_plan(
        &mut self,
        id: &Id,
        new_id: &mut dyn FnMut() -> Id,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let plan = self
            .tables
            .plans
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Plan, id))?
            .body()
            .clone();
        let stamp = self.stamp(now);
        let copy_id = new_id();
        let copy = Plan {
            title: next_year_title(&plan),
            reference: None,
            period: plan.period.map(|p| crate::domain::Years {
                from: p.from + 1,
                to: p.to + 1,
            }),
            ..plan
        };
        let groups: Vec<(Id, Group)> = self
            .plan_groups(id)
            .into_iter()
            .map(|g| (g.id().clone(), g.body().clone()))
            .collect();
        let tasks: Vec<Task> = self
            .plan_tasks(id)
            .into_iter()
            .map(|t| t.body().clone())
            .collect();
        let indicators: Vec<Indicator> = self
            .plan_indicators(id)
            .into_iter()
            .map(|i| i.body().clone())
            .collect();
        self.tables
            .plans
            .insert_new(Record::create(copy_id.clone(), copy, &stamp))?;
        let mut group_ids = Vec::new();
        for (old, group) in groups {
            let fresh = new_id();
            let group = Group {
                plan: copy_id.clone(),
                ..group
            };
            self.tables
                .groups
                .insert_new(Record::create(fresh.clone(), group, &stamp))?;
            group_ids.push((old, fresh));
        }
        for task in tasks {
            let group = task
                .group
                .as_ref()
                .and_then(|g| group_ids.iter().find(|(old, _)| old == g))
                .map(|(_, fresh)| fresh.clone());
            let task = Task {
                plan: Some(copy_id.clone()),
                // Next year's copy is the plan's own task, no longer one meeting's assignment.
                meeting: None,
                group,
                deadline: a_year_later(&task.deadline),
                status: TaskStatus::NotStarted,
                log: Vec::new(),
                ..task
            };
            self.tables
                .tasks
                .insert_new(Record::create(new_id(), task, &stamp))?;
        }
        for indicator in indicators {
            let indicator = Indicator {
                plan: copy_id.clone(),
                achieved: None,
                ..indicator
            };
            self.tables
                .indicators
                .insert_new(Record::create(new_id(), indicator, &stamp))?;
        }
        Ok(copy_id)
    }
}

/// "Kế hoạch CCHC năm 2026" becomes "… năm 2027"; a title without the plan's year gets
/// " (bản sao)" so the two plans can be told apart.
fn next_year_title(plan: &Plan) -> String {
    let years = plan.period.map(|p| p.from..=p.to);
    let mut out = String::with_capacity(plan.title.len());
    let mut changed = false;
    let mut rest = plan.title.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let digits_end = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |n| start + n);
        let digits = &rest[start..digits_end];
        match digits.parse::<i32>() {
            Ok(year)
                if digits.len() == 4
                    && years.as_ref().is_none_or(|y| y.contains(&year))
                    // The copy's year must be one the app accepts too.
                    && YEARS.contains(&year)
                    && YEARS.contains(&(year + 1)) =>
            {
                out.push_str(&(year + 1).to_string());
                changed = true;
            }
            _ => out.push_str(digits),
        }
        rest = &rest[digits_end..];
    }
    out.push_str(rest);
    if !changed {
        out.push_str(" (bản sao)");
    }
    out
}

/// The same deadline one year on (29/2 becomes 28/2).
fn a_year_later(deadline: &Deadline) -> Deadline {
    let later = |day: NaiveDate| day.checked_add_months(Months::new(12)).unwrap_or(day);
    match deadline.clone() {
        Deadline::By { day } => Deadline::By { day: later(day) },
        Deadline::Month { year, month } => Deadline::Month {
            year: year + 1,
            month,
        },
        Deadline::Quarter { year, quarter } => Deadline::Quarter {
            year: year + 1,
            quarter,
        },
        Deadline::Year { year } => Deadline::Year { year: year + 1 },
        Deadline::Recurring {
            every,
            first,
            years,
        } => Deadline::Recurring {
            every,
            first: first.map(later),
            years: years.map(|y| Years {
                from: y.from + 1,
                to: y.to + 1,
            }),
        },
        Deadline::None => Deadline::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Years;

    #[test]
    fn the_plans_year_moves_on_in_its_title() {
        let plan = |title: &str, period: Option<(i32, i32)>| Plan {
            title: title.into(),
            period: period.map(|(from, to)| Years { from, to }),
            ..Plan::default()
        };
        assert_eq!(
            next_year_title(&plan("Kế hoạch CCHC năm 2026", Some((2026, 2026)))),
            "Kế hoạch CCHC năm 2027"
        );
        assert_eq!(
            next_year_title(&plan("Kế hoạch CCHC năm 2026", None)),
            "Kế hoạch CCHC năm 2027"
        );
        // Numbers that are not the plan's years stay.
        assert_eq!(
            next_year_title(&plan(
                "Triển khai Quyết định 2866 năm 2026",
                Some((2026, 2026))
            )),
            "Triển khai Quyết định 2866 năm 2027"
        );
        assert_eq!(
            next_year_title(&plan("Đề án số hóa", None)),
            "Đề án số hóa (bản sao)"
        );
    }

    #[test]
    fn deadlines_move_on_by_a_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            a_year_later(&Deadline::By {
                day: d(2024, 2, 29)
            }),
            Deadline::By {
                day: d(2025, 2, 28)
            }
        );
        assert_eq!(
            a_year_later(&Deadline::Quarter {
                year: 2026,
                quarter: 2
            }),
            Deadline::Quarter {
                year: 2027,
                quarter: 2
            }
        );
    }
}
