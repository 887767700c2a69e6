//! The record kinds, listed once. [`record_kinds!`] below makes from that one list the
//! [`Kind`] enum, the lists a bundle carries ([`Records`]) and counts ([`Counts`]), the
//! workspace's tables ([`Tables`]) and their accessors, and [`for_each_kind!`], which calls a
//! generic function once per kind. A ninth kind is one line here (and its body type).

use crate::domain::check::Check;
use crate::domain::{Body, Record};
use crate::workspace::{Table, Workspace};
use serde::{Deserialize, Serialize};

/// A body type with its place among the kinds: where its records are in each of the
/// structures the list makes.
pub trait Kinded: Body + Check + 'static {
    const KIND: Kind;
    fn list(records: &Records) -> &Vec<Record<Self>>;
    fn list_mut(records: &mut Records) -> &mut Vec<Record<Self>>;
    fn table(tables: &Tables) -> &Table<Self>;
    fn table_mut(tables: &mut Tables) -> &mut Table<Self>;
    fn count(counts: &Counts) -> usize;
    fn count_mut(counts: &mut Counts) -> &mut usize;
}

macro_rules! record_kinds {
    ($d:tt $( $(#[$doc:meta])* $kind:ident => $key:ident : $body:ty ),* $(,)?) => {
        /// The kinds of shared record, in the order bundles, storage and pages list them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind { $( $(#[$doc])* $kind ),* }

        impl Kind {
            pub const ALL: [Kind; [$(stringify!($kind)),*].len()] = [$(Kind::$kind),*];

            /// The name of its list in bundles and of its stored keys: `tasks`.
            pub fn key(self) -> &'static str {
                match self { $(Kind::$kind => stringify!($key)),* }
            }

            pub fn from_key(key: &str) -> Option<Kind> {
                Kind::ALL.into_iter().find(|k| k.key() == key)
            }

            /// The names of the body's fields (see [`Body::FIELDS`]).
            pub fn fields(self) -> &'static [&'static str] {
                match self { $(Kind::$kind => <$body as Body>::FIELDS),* }
            }
        }

        /// Records of every kind, tombstones included: what a bundle carries. Each list is in
        /// id order when it comes from a workspace.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Records { $( #[serde(default)] pub $key: Vec<Record<$body>>, )* }

        /// Records per kind, as a bundle's envelope states them.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Counts { $( pub $key: usize, )* }

        /// The workspace's tables, one per kind.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Tables { $( pub $key: Table<$body>, )* }

        $(
            impl Kinded for $body {
                const KIND: Kind = Kind::$kind;
                fn list(records: &Records) -> &Vec<Record<Self>> { &records.$key }
                fn list_mut(records: &mut Records) -> &mut Vec<Record<Self>> { &mut records.$key }
                fn table(tables: &Tables) -> &Table<Self> { &tables.$key }
                fn table_mut(tables: &mut Tables) -> &mut Table<Self> { &mut tables.$key }
                fn count(counts: &Counts) -> usize { counts.$key }
                fn count_mut(counts: &mut Counts) -> &mut usize { &mut counts.$key }
            }
        )*

        impl Workspace {
            $(
                #[doc = concat!("Every record of the kind ", stringify!($kind), ", tombstones included.")]
                pub fn $key(&self) -> &Table<$body> { &self.tables.$key }
            )*
        }

        /// `for_each_kind!(f(args…))` is `[f::<Agency>(args…), f::<Plan>(args…), …]`: a generic
        /// function called once per kind, in [`Kind::ALL`]'s order, its results in an array.
        macro_rules! for_each_kind {
            ($d f:ident ( $d ($d arg:expr),* )) => {
                [ $( $d f::<$body>($d ($d arg),*) ),* ]
            };
        }
        pub(crate) use for_each_kind;

        /// `for_kind!(kind => f(args…))` calls `f::<T>(args…)` for the body type `T` of `kind`.
        macro_rules! for_kind {
            ($d kind:expr => $d f:ident ( $d ($d arg:expr),* )) => {
                match $d kind {
                    $( $crate::workspace::Kind::$kind => $d f::<$body>($d ($d arg),*), )*
                }
            };
        }
        pub(crate) use for_kind;
    };
}

record_kinds! {$
    /// Cơ quan: who leads a task and who coordinates on it.
    Agency => agencies: crate::domain::Agency,
    /// Kế hoạch, chương trình, đề án.
    Plan => plans: crate::domain::Plan,
    /// Nội dung: a heading over some of a plan's tasks.
    Group => groups: crate::domain::Group,
    /// Nhiệm vụ.
    Task => tasks: crate::domain::Task,
    /// Chỉ tiêu of a plan.
    Indicator => indicators: crate::domain::Indicator,
    /// Hội nghị, cuộc họp, buổi làm việc.
    Meeting => meetings: crate::domain::meeting::Meeting,
    /// A reported item of a meeting (nội dung báo cáo).
    Item => items: crate::domain::meeting::Item,
    /// A conclusion of the chair (ý kiến kết luận).
    Conclusion => conclusions: crate::domain::meeting::Conclusion,
}

impl Records {
    /// The list of one kind.
    pub fn of<T: Kinded>(&self) -> &Vec<Record<T>> {
        T::list(self)
    }
}

impl Counts {
    pub fn of(records: &Records) -> Counts {
        fn count<T: Kinded>(records: &Records, counts: &mut Counts) {
            *T::count_mut(counts) = T::list(records).len();
        }
        let mut counts = Counts::default();
        for_each_kind!(count(records, &mut counts));
        counts
    }

    /// The count of one kind.
    pub fn get(&self, kind: Kind) -> usize {
        fn one<T: Kinded>(counts: &Counts, kind: Kind) -> Option<usize> {
            (T::KIND == kind).then(|| T::count(counts))
        }
        for_each_kind!(one(self, kind)).into_iter().flatten().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_key_and_reads_back_from_it() {
        let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(
            keys,
            [
                "agencies",
                "plans",
                "groups",
                "tasks",
                "indicators",
                "meetings",
                "items",
                "conclusions"
            ]
        );
        for kind in Kind::ALL {
            assert_eq!(Kind::from_key(kind.key()), Some(kind));
        }
        let text = serde_json::to_value(Counts::default()).unwrap();
        let listed: Vec<&String> = text.as_object().unwrap().keys().collect();
        assert_eq!(listed.len(), Kind::ALL.len());
    }
}
