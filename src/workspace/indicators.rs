//! Commands and queries on a plan's indicators (chỉ tiêu).

use super::{CommandError, Field, Kind, Workspace};
use crate::domain::indicator::AmountError;
use crate::domain::text::{one_line, optional_line};
use crate::domain::{Amount, Direction, Id, Indicator, Record, Timestamp};
use crate::search::fold;
use crate::sort::sort_by_key;

/// What the indicator form holds, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorFields {
    pub name: String,
    pub unit: String,
    pub direction: Direction,
    /// Optional: the value when the plan started.
    pub baseline: String,
    pub target: String,
    /// Optional until something is reported.
    pub achieved: String,
}

impl Default for IndicatorFields {
    fn default() -> Self {
        IndicatorFields {
            name: String::new(),
            unit: String::new(),
            direction: Direction::Reduce,
            baseline: String::new(),
            target: String::new(),
            achieved: String::new(),
        }
    }
}

impl IndicatorFields {
    pub fn of(indicator: &Indicator) -> IndicatorFields {
        let shown = |a: Option<Amount>| a.map(|a| a.to_string()).unwrap_or_default();
        IndicatorFields {
            name: indicator.name.clone(),
            unit: indicator.unit.clone(),
            direction: indicator.direction,
            baseline: shown(indicator.baseline),
            target: indicator.target.to_string(),
            achieved: shown(indicator.achieved),
        }
    }

    fn to_indicator(&self, plan: &Id) -> Result<Indicator, CommandError> {
        let amount = |field: Field, typed: &str| {
            Amount::parse(typed).map_err(|error| CommandError::Amount { field, error })
        };
        let optional = |field: Field, typed: &str| match amount(field, typed) {
            Err(CommandError::Amount {
                error: AmountError::Empty,
                ..
            }) => Ok(None),
            other => other.map(Some),
        };
        Ok(Indicator {
            plan: plan.clone(),
            name: one_line(&self.name).map_err(CommandError::text(Field::IndicatorName))?,
            unit: optional_line(&self.unit).map_err(CommandError::text(Field::Unit))?,
            direction: self.direction,
            baseline: optional(Field::Baseline, &self.baseline)?,
            target: amount(Field::Target, &self.target)?,
            achieved: optional(Field::Achieved, &self.achieved)?,
        })
    }
}

impl Workspace {
    /// A plan's live indicators, by name.
    pub fn plan_indicators(&self, plan: &Id) -> Vec<&Record<Indicator>> {
        let mut list: Vec<_> = self
            .tables
            .indicators
            .live()
            .filter(|i| &i.body().plan == plan)
            .collect();
        sort_by_key(&mut list, |i| (fold(&i.body().name), i.id().clone()));
        list
    }

    pub fn add_indicator(
        &mut self,
        id: Id,
        plan: &Id,
        fields: &IndicatorFields,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        self.tables
            .plans
            .get(plan)
            .ok_or_else(CommandError::not_found(Kind::Plan, plan))?;
        let indicator = fields.to_indicator(plan)?;
        self.tables
            .indicators
            .insert_new(Record::create(id, indicator, &self.stamp(now)))
    }

    pub fn update_indicator(
        &mut self,
        id: &Id,
        fields: &IndicatorFields,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let stamp = self.stamp(now);
        let record = self
            .tables
            .indicators
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Indicator, id))?;
        let new = fields.to_indicator(&record.body().plan)?;
        record.edit(&stamp, |i| *i = new);
        Ok(())
    }
}
