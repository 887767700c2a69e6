//! Plans (kế hoạch, chương trình, đề án, quyết định): the numbered documents whose tasks an
//! office tracks, and their content groups (nội dung).

use super::id::Id;
use super::legal_ref::LegalRef;
use serde::{Deserialize, Serialize};

/// A reform plan, programme, scheme or decision. Its groups and tasks point back to it by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// What the plan is called, e.g. "Kế hoạch cải cách hành chính năm 2026".
    pub title: String,
    #[serde(default)]
    pub kind: PlanKind,
    /// The document that issued it: "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<LegalRef>,
    /// Trích yếu: what the plan is about, in a sentence or two.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Who issued it, e.g. "UBND tỉnh".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// The years the plan covers: 2026, or 2021–2025.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Years>,
    /// Căn cứ: the documents the plan carries out ("Thực hiện Nghị quyết số 04/NQ-CP …").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bases: Vec<LegalRef>,
    /// The agencies concerned (cơ quan liên quan), beyond those its tasks name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<Id>,
}

crate::body_fields!(Plan {
    title,
    kind,
    reference,
    summary,
    issuer,
    period,
    bases,
    agencies
});

/// The kind of document a plan is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// Kế hoạch.
    #[default]
    Plan,
    /// Chương trình (hành động).
    Programme,
    /// Đề án.
    Scheme,
    /// Quyết định (with its list of tasks).
    Decision,
    /// Anything else an office tracks the same way.
    Other,
}

impl PlanKind {
    pub const ALL: [PlanKind; 5] = [
        PlanKind::Plan,
        PlanKind::Programme,
        PlanKind::Scheme,
        PlanKind::Decision,
        PlanKind::Other,
    ];

    /// The code used in the app's form values and in bundles.
    pub fn code(self) -> &'static str {
        match self {
            PlanKind::Plan => "plan",
            PlanKind::Programme => "programme",
            PlanKind::Scheme => "scheme",
            PlanKind::Decision => "decision",
            PlanKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<PlanKind> {
        PlanKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A span of whole years, `from` to `to` inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Years {
    pub from: i32,
    pub to: i32,
}

/// A content group (nội dung) of a plan: a numbered heading over some of its tasks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub plan: Id,
    /// Sort key within the plan; the shown number (I, II, …) follows this order.
    pub position: u32,
    pub title: String,
}

crate::body_fields!(Group {
    plan,
    position,
    title
});

/// "I", "II", … as documents number their content groups (1 to 3999; others as digits).
pub fn roman(n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, letters) in PARTS {
        while rest >= value {
            out.push_str(letters);
            rest -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_numbered_in_roman_figures() {
        let shown: Vec<_> = [1, 2, 4, 6, 9, 14, 40].map(roman).into();
        assert_eq!(shown, ["I", "II", "IV", "VI", "IX", "XIV", "XL"]);
        assert_eq!(roman(0), "0");
    }

    #[test]
    fn a_plan_stored_before_it_had_a_kind_still_loads() {
        let plan: Plan = serde_json::from_str(r#"{"title":"Kế hoạch CCHC"}"#).unwrap();
        assert_eq!(plan.kind, PlanKind::Plan);
        assert_eq!(plan.reference, None);
        assert_eq!(
            serde_json::to_string(&plan).unwrap(),
            r#"{"title":"Kế hoạch CCHC","kind":"plan"}"#
        );
    }
}
