//! The pages of the app, written as `#` fragments: a page opened from a file on disk has no
//! server to answer paths, but it always has its fragment.

use crate::domain::Id;

/// One page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of plans: the start page until the overview exists.
    Plans,
    /// One plan with its tasks.
    Plan(Id),
    Meetings,
    Agencies,
    Settings,
}

impl Route {
    /// The page a fragment names; anything unknown opens the start page.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or_default(), parts.next()) {
            ("ke-hoach", Some(id)) => Id::parse(id).map_or(Route::Plans, Route::Plan),
            ("cuoc-hop", None) => Route::Meetings,
            ("co-quan", None) => Route::Agencies,
            ("cai-dat", None) => Route::Settings,
            _ => Route::Plans,
        }
    }

    /// The fragment for links: `#/ke-hoach/<id>`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Plans => "#/ke-hoach".to_owned(),
            Route::Plan(id) => format!("#/ke-hoach/{id}"),
            Route::Meetings => "#/cuoc-hop".to_owned(),
            Route::Agencies => "#/co-quan".to_owned(),
            Route::Settings => "#/cai-dat".to_owned(),
        }
    }

    /// Which item of the navigation bar a page belongs to.
    pub fn section(&self) -> Route {
        match self {
            Route::Plan(_) => Route::Plans,
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_round_trips_through_its_fragment() {
        let plan = Route::Plan(Id::from_random(3));
        for route in [
            Route::Plans,
            plan,
            Route::Meetings,
            Route::Agencies,
            Route::Settings,
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_or_hostile_fragments_open_the_start_page() {
        for hash in [
            "",
            "#",
            "#/",
            "#/khong-co",
            "#/ke-hoach/<img>",
            "#/cai-dat/x",
            "#javascript:1",
        ] {
            assert_eq!(Route::from_hash(hash), Route::Plans, "{hash}");
        }
    }
}
