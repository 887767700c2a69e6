//! The pages of the app, written as `#` fragments: a page opened from a file on disk has no
//! server to answer paths, but it always has its fragment.

use crate::domain::Id;

/// One page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The whole office at a glance: the start page.
    Overview,
    /// The list of plans.
    Plans,
    /// One plan with its groups, tasks and indicators.
    Plan(Id),
    /// One task, with its form and progress log.
    Task(Id),
    /// Finding tasks by filters and words.
    Find,
    Meetings,
    /// One meeting: its details, the progress of its assignments, what it carries over.
    Meeting(Id),
    /// Meeting mode: taking notes while the meeting runs.
    MeetingLive(Id),
    /// The meeting's conclusion notice, ready to print.
    Notice(Id),
    Agencies,
    /// One agency: what it leads and coordinates.
    Agency(Id),
    Settings,
    /// Exporting and importing bundles.
    Exchange,
    /// Reading a pasted or dropped document into a new meeting or plan (chosen on the page).
    Intake,
    /// Reading a document into this meeting: its items, conclusions and assignments.
    IntakeMeeting(Id),
    /// Reading a document into this plan: its groups and tasks.
    IntakePlan(Id),
}

impl Route {
    /// The page a fragment names; anything unknown opens the start page.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        let (section, rest) = (parts.next().unwrap_or_default(), parts.next());
        if let ("cuoc-hop", Some(rest)) = (section, rest) {
            return Route::meeting(rest);
        }
        if section == "nhap" {
            return Route::intake(rest);
        }
        match (section, rest) {
            ("ke-hoach", None) => Route::Plans,
            ("ke-hoach", Some(id)) => Id::parse(id).map_or(Route::Plans, Route::Plan),
            ("nhiem-vu", Some(id)) => Id::parse(id).map_or(Route::Find, Route::Task),
            ("tim-kiem", None) => Route::Find,
            ("cuoc-hop", None) => Route::Meetings,
            ("co-quan", None) => Route::Agencies,
            ("co-quan", Some(id)) => Id::parse(id).map_or(Route::Agencies, Route::Agency),
            ("cai-dat", None) => Route::Settings,
            ("trao-doi", None) => Route::Exchange,
            _ => Route::Overview,
        }
    }

    /// `<id>`, `<id>/ghi` or `<id>/thong-bao` after `#/cuoc-hop/`.
    fn meeting(rest: &str) -> Route {
        let (id, page) = rest.split_once('/').unwrap_or((rest, ""));
        let Ok(id) = Id::parse(id) else {
            return Route::Meetings;
        };
        match page {
            "" => Route::Meeting(id),
            "ghi" => Route::MeetingLive(id),
            "thong-bao" => Route::Notice(id),
            _ => Route::Meeting(id),
        }
    }

    /// Nothing, `ke-hoach/<id>` or `cuoc-hop/<id>` after `#/nhap/`; a bad id opens the page
    /// for something new.
    fn intake(rest: Option<&str>) -> Route {
        let Some((list, id)) = rest.and_then(|r| r.split_once('/')) else {
            return Route::Intake;
        };
        match (list, Id::parse(id)) {
            ("ke-hoach", Ok(id)) => Route::IntakePlan(id),
            ("cuoc-hop", Ok(id)) => Route::IntakeMeeting(id),
            _ => Route::Intake,
        }
    }

    /// The fragment for links: `#/ke-hoach/<id>`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Overview => "#/".to_owned(),
            Route::Plans => "#/ke-hoach".to_owned(),
            Route::Plan(id) => format!("#/ke-hoach/{id}"),
            Route::Task(id) => format!("#/nhiem-vu/{id}"),
            Route::Find => "#/tim-kiem".to_owned(),
            Route::Agency(id) => format!("#/co-quan/{id}"),
            Route::Meetings => "#/cuoc-hop".to_owned(),
            Route::Meeting(id) => format!("#/cuoc-hop/{id}"),
            Route::MeetingLive(id) => format!("#/cuoc-hop/{id}/ghi"),
            Route::Notice(id) => format!("#/cuoc-hop/{id}/thong-bao"),
            Route::Agencies => "#/co-quan".to_owned(),
            Route::Settings => "#/cai-dat".to_owned(),
            Route::Exchange => "#/trao-doi".to_owned(),
            Route::Intake => "#/nhap".to_owned(),
            Route::IntakeMeeting(id) => format!("#/nhap/cuoc-hop/{id}"),
            Route::IntakePlan(id) => format!("#/nhap/ke-hoach/{id}"),
        }
    }

    /// Which item of the navigation bar a page belongs to.
    pub fn section(&self) -> Route {
        match self {
            Route::Plan(_) | Route::Task(_) | Route::IntakePlan(_) => Route::Plans,
            Route::Agency(_) => Route::Agencies,
            Route::Meeting(_)
            | Route::MeetingLive(_)
            | Route::Notice(_)
            | Route::IntakeMeeting(_) => Route::Meetings,
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
            Route::Overview,
            Route::Plans,
            plan,
            Route::Task(Id::from_random(4)),
            Route::Find,
            Route::Agency(Id::parse("co-quan-so-noi-vu").unwrap()),
            Route::Meetings,
            Route::Meeting(Id::from_random(5)),
            Route::MeetingLive(Id::from_random(5)),
            Route::Notice(Id::from_random(5)),
            Route::Agencies,
            Route::Settings,
            Route::Exchange,
            Route::Intake,
            Route::IntakeMeeting(Id::from_random(6)),
            Route::IntakePlan(Id::from_random(7)),
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_or_hostile_fragments_open_the_start_page() {
        for hash in ["", "#", "#/", "#/khong-co", "#/cai-dat/x", "#javascript:1"] {
            assert_eq!(Route::from_hash(hash), Route::Overview, "{hash}");
        }
        // A bad id falls back to the list it came from.
        assert_eq!(Route::from_hash("#/ke-hoach/<img>"), Route::Plans);
        assert_eq!(Route::from_hash("#/nhiem-vu/../x"), Route::Find);
        assert_eq!(Route::from_hash("#/cuoc-hop/<b>/ghi"), Route::Meetings);
    }

    #[test]
    fn the_document_reader_opens_for_something_new_or_for_one_meeting_or_plan() {
        let id = Id::from_random(8);
        assert_eq!(Route::from_hash("#/nhap"), Route::Intake);
        assert_eq!(Route::from_hash("#/nhap/"), Route::Intake);
        let plan = format!("#/nhap/ke-hoach/{id}");
        assert_eq!(Route::from_hash(&plan), Route::IntakePlan(id.clone()));
        let meeting = format!("#/nhap/cuoc-hop/{id}");
        assert_eq!(Route::from_hash(&meeting), Route::IntakeMeeting(id.clone()));
        for bad in [
            "#/nhap/ke-hoach/<b>",
            "#/nhap/cuoc-hop",
            "#/nhap/x/y",
            "#/nhap/cuoc-hop/",
        ] {
            assert_eq!(Route::from_hash(bad), Route::Intake, "{bad}");
        }
        assert_eq!(Route::IntakePlan(id.clone()).section(), Route::Plans);
        assert_eq!(Route::IntakeMeeting(id).section(), Route::Meetings);
    }
}
