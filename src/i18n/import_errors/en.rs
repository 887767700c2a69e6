//! Why a bundle was refused, in English.

use super::{capital, mb};
use crate::bundle::{Expected, ImportError, Link, Problem, SCHEMA};
use crate::domain::check::{Rule, MAX_SITES};
use crate::domain::dates::YEARS;
use crate::i18n::fields::path;
use crate::i18n::format::number;
use crate::i18n::Lang;
use crate::workspace::Kind;

fn record_en(kind: Kind, name: &str, id: &str) -> String {
    let kind = (Lang::En.texts().kind_name)(kind);
    match name {
        "" => format!("{kind} {id}"),
        name => format!("{kind} “{name}” ({id})"),
    }
}

fn expected_en(e: Expected) -> &'static str {
    match e {
        Expected::Text => "text",
        Expected::Natural => "a whole number, 0 or more",
        Expected::WholeNumber => "a whole number",
        Expected::Id => "a record id (lower-case letters, digits and -)",
        Expected::Boolean => "true or false",
        Expected::List => "a list",
        Expected::Object => "a group of fields",
        Expected::Date => "a date as year-month-day (2026-04-15)",
        Expected::Time => "a time as hours:minutes (08:30)",
        Expected::Other => "a value of another type",
    }
}

fn problem_en(p: &Problem) -> String {
    match p {
        Problem::Missing => "is missing".to_owned(),
        Problem::Unknown => "is not part of this format".to_owned(),
        Problem::Twice => "is written twice".to_owned(),
        Problem::WrongType(e) => format!("must be {}", expected_en(*e)),
        Problem::BadValue => "has a value that is not allowed".to_owned(),
        Problem::Unstamped => "comes with no edit that set it".to_owned(),
        Problem::MixedForms => "gives its version in both the old and the new form".to_owned(),
    }
}

fn rule_en(rule: Rule) -> String {
    let (from, to) = (YEARS.start(), YEARS.end());
    match rule {
        Rule::Required => "is empty".to_owned(),
        Rule::Control => {
            "holds a control character (hidden, or a line break in a one-line field)".to_owned()
        }
        Rule::TooLong { max } => format!("is longer than {} characters", number(max, ',')),
        Rule::Year => format!("has a year outside {from}–{to}"),
        Rule::Month => "has a month outside 1–12".to_owned(),
        Rule::Quarter => "has a quarter outside I–IV".to_owned(),
        Rule::Period => "ends before it starts".to_owned(),
        Rule::Time => "has seconds (the form keeps hours and minutes)".to_owned(),
        Rule::Amount => "is beyond the largest amount, a trillion".to_owned(),
        Rule::Count => format!("is above {}", number(MAX_SITES as usize, ',')),
        Rule::Repeated => "lists an entry twice".to_owned(),
        Rule::NoList => "is empty: the task is in neither a plan nor a meeting".to_owned(),
        Rule::LeadCoordinates => "includes the task's lead agency".to_owned(),
        Rule::GroupWithoutPlan => "is set but the task is in no plan".to_owned(),
    }
}

fn link_en(link: Link) -> &'static str {
    match link {
        Link::GroupOfAnotherPlan => "is a content group of another plan",
        Link::ItemOfAnotherMeeting => "is a reported item of another meeting",
        Link::DeletedLead => "is an agency the file itself deletes, while the task stays",
        Link::DeletedGroup => "is a content group the file itself deletes, while the task stays",
    }
}

fn quote_en(value: &str) -> String {
    match value {
        "" | "null" => String::new(),
        v => format!("; the file has: {v}"),
    }
}

pub fn en(error: &ImportError) -> String {
    let resend = "Ask the sending office to export the file again from Sổ tay Cải cách.";
    let kind = |k: Kind| (Lang::En.texts().kind_name)(k);
    let field_en = |k: Kind, field: &str| path(Lang::En, Some(k), &format!("body.{field}"));
    let what = match error {
        ImportError::TooLarge { bytes, max } => format!(
            "The file is too large ({} MB, at most {} MB): it is not a Sổ tay Cải cách bundle. Choose the .json file you received.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::Empty => "The file is empty. Check the attachment in the email.".to_owned(),
        ImportError::NotText => "This is not a text file (perhaps a Word, Excel or picture file renamed .json). Choose the .json file exported by Sổ tay Cải cách.".to_owned(),
        ImportError::TooDeep { max, line } => format!(
            "The file nests more than {max} levels deep (line {line}): it was not exported by Sổ tay Cải cách. {resend}"
        ),
        ImportError::Syntax { line, column, cut: true } => format!(
            "The file is cut short: it stops at line {line}, column {column}, perhaps an unfinished download. Download it again or ask for it again."
        ),
        ImportError::Syntax { line, column, cut: false } => format!(
            "The file is not valid JSON at line {line}, column {column}; it may have been edited by hand. {resend}"
        ),
        ImportError::DuplicateKey { key, line, column } => format!(
            "The file gives the key “{key}” twice in one place (line {line}, column {column}): which value counts is unclear, so it may have been edited by hand. {resend}"
        ),
        ImportError::NotABundle => "The file is JSON but not a Sổ tay Cải cách bundle. Choose a file made by “Export data”.".to_owned(),
        ImportError::NewerSchema { schema } => format!(
            "The file was made by a newer version of Sổ tay Cải cách (format {schema}; this version reads up to {SCHEMA}). Update the app and import again."
        ),
        ImportError::UnknownSchema { schema } => format!(
            "The file names format {schema}, which no version of Sổ tay Cải cách ever wrote: it was edited by hand. {resend}"
        ),
        ImportError::Shape { kind: Some(k), index, id, field, problem, value } => format!(
            "{} record number {}{}: “{}” {}{}. {resend}",
            capital(kind(*k)),
            index + 1,
            id.as_ref().map(|id| format!(" (id {id})")).unwrap_or_default(),
            path(Lang::En, Some(*k), field),
            problem_en(problem),
            quote_en(value)
        ),
        ImportError::Shape { kind: None, field, problem, value, .. } => format!(
            "The file's envelope: “{}” {}{}. {resend}",
            path(Lang::En, None, field),
            problem_en(problem),
            quote_en(value)
        ),
        ImportError::Counts { kind: k, stated, found } => format!(
            "The file states {stated} {} record(s) but holds {found}: records were cut out, added or edited by hand. {resend}",
            kind(*k)
        ),
        ImportError::Checksum => format!(
            "The file's content does not match its SHA-256 checksum: it was changed after it was exported. {resend}"
        ),
        ImportError::DuplicateId { kind: k, id } => format!(
            "The file holds two {} records with the id {id}; it was edited by hand. {resend}",
            kind(*k)
        ),
        ImportError::Invalid { kind: k, id, name, field, rule, value } => format!(
            "{} in the file: “{}” {}{}. The app's forms do not allow that. {resend}",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            rule_en(*rule),
            quote_en(value)
        ),
        ImportError::Dangling { kind: k, id, name, field, missing, target } => format!(
            "{} (field “{}”) refers to {} {target}, which is neither in the file nor here. Ask the office for an export of all their data.",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            kind(*missing)
        ),
        ImportError::Mismatch { kind: k, id, name, field, link } => format!(
            "{}: “{}” {}. {resend}",
            capital(&record_en(*k, name, id.as_str())),
            field_en(*k, field),
            link_en(*link)
        ),
        ImportError::EditTime { kind: k, id, name, at } => format!(
            "{} has an edit dated {at}, outside the dates a browser can show: the file was edited by hand. {resend}",
            capital(&record_en(*k, name, id.as_str()))
        ),
    };
    format!("{what} Nothing here has changed.")
}
