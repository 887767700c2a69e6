//! Tables as offices copy them: a 12-row plan table from Excel, as its text and as its HTML,
//! one from Word with paragraphs and merged cells, one without a heading row, and a column the
//! official gives another role; and one creation that one snapshot takes back.

use super::*;
use crate::domain::agency::starter_id;
use crate::domain::{Deadline, Every, Id, Timestamp};
use crate::fixtures::{d, id};
use crate::workspace::{AgencyChoice, Review, Workspace};

/// Excel's text of a plan table: a title row, the heading, the group row (merged, so one
/// filled cell), a blank row, tasks with partners split by ";" and ",", an unknown agency, a
/// deadline no reader can read, and a second group by its Roman STT.
const EXCEL_TSV: &str = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\t\t\t\t\t\r
STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú\r
I. CẢI CÁCH THỂ CHẾ\t\t\t\t\t\r
1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\tSở Nội vụ; Văn phòng UBND tỉnh\t30/6/2026\t\r
2\t\"Rà soát, đơn giản hóa\nthủ tục hành chính\"\tVăn phòng UBND tỉnh\tSở Tư pháp, Sở Nội vụ\tQuý II/2026\tTrọng tâm\r
\t\t\t\t\t\r
3\tTheo dõi thi hành pháp luật\tSở Tư pháp\tCác cơ quan liên quan\tHằng quý\t\r
II\tCải cách tổ chức bộ máy\t\t\t\t\r
4\tSắp xếp các phòng, ban, chi cục\tSở Nội vụ\tSở Tài chính\tTháng 9/2026\t\r
5\tVận hành Trung tâm điều hành thông minh\tTrung tâm Điều hành thông minh tỉnh\t\tNăm 2026\t\r
6\tTổng kết công tác cải cách\tSở Nội vụ\t\tSau khi có hướng dẫn\t\r
7\tXây dựng chính quyền số\tSở Thông tin và Truyền thông\tSở Nội vụ\t15/11/2026\t\r
";

/// The same table as Excel's HTML: the group row merged by colspan, `<br>` in a cell.
const EXCEL_HTML: &str = r#"<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><style><!--td {mso-number-format:General;} .xl65 {font-weight:700;}--></style></head><body>
<!--StartFragment--><table border=0 cellpadding=0 cellspacing=0 width=900>
<tr height=20><td colspan=6 class=xl65>KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026</td></tr>
<tr><td class=xl65>STT</td><td class=xl65>Nội dung nhiệm vụ</td><td class=xl65>Cơ quan chủ trì</td><td class=xl65>Cơ quan phối hợp</td><td class=xl65>Thời gian hoàn thành</td><td class=xl65>Ghi chú</td></tr>
<tr><td colspan=6 style='mso-ignore:colspan'>I. CẢI CÁCH THỂ CHẾ</td></tr>
<tr><td align=right>1</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Sở Tư pháp</td><td>Sở Nội vụ; Văn phòng UBND tỉnh</td><td>30/6/2026</td><td></td></tr>
<tr><td align=right>2</td><td>Rà soát, đơn giản hóa<br style='mso-data-placement:same-cell'>thủ tục hành chính</td><td>Văn phòng UBND tỉnh</td><td>Sở Tư pháp, Sở Nội vụ</td><td>Quý II/2026</td><td>Trọng tâm</td></tr>
<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td align=right>3</td><td>Theo dõi thi hành pháp luật</td><td>Sở Tư pháp</td><td>Các cơ quan liên quan</td><td>Hằng quý</td><td></td></tr>
<tr><td>II</td><td>Cải cách tổ chức bộ máy</td><td></td><td></td><td></td><td></td></tr>
<tr><td>4</td><td>Sắp xếp các phòng, ban, chi cục</td><td>Sở Nội vụ</td><td>Sở Tài chính</td><td>Tháng 9/2026</td><td></td></tr>
<tr><td>5</td><td>Vận hành Trung tâm điều hành thông minh</td><td>Trung tâm Điều hành thông minh tỉnh</td><td></td><td>Năm 2026</td><td></td></tr>
<tr><td>6</td><td>Tổng kết công tác cải cách</td><td>Sở Nội vụ</td><td></td><td>Sau khi có hướng dẫn</td><td></td></tr>
<tr><td>7</td><td>Xây dựng chính quyền số</td><td>Sở Thông tin và Truyền thông</td><td>Sở Nội vụ</td><td>15/11/2026</td><td></td></tr>
</table><!--EndFragment--></body></html>"#;

fn office() -> (Workspace, Id) {
    let mut ws = Workspace::new(crate::fixtures::device(1));
    let plan = id(1);
    ws.add_plan(plan.clone(), "Kế hoạch CCHC năm 2026", Timestamp(10))
        .unwrap();
    (ws, plan)
}

fn known(slug: &str) -> Option<AgencyChoice> {
    Some(AgencyChoice::Known(starter_id(slug)))
}

fn review_of(html: &str, plain: &str) -> (Grid, Columns, Review) {
    let (ws, plan) = office();
    let (grid, columns) = read(html, plain, &ws);
    let review = to_review(&grid, &columns, &plan, &ws, d(2026, 3, 1));
    (grid, columns, review)
}

/// What both forms of the Excel table must give.
fn check_excel_table(grid: &Grid, columns: &Columns, review: &Review) {
    assert_eq!(grid.rows.len(), 12);
    assert_eq!(columns.heading, Some(1));
    assert_eq!(
        columns.roles,
        [
            Role::Number,
            Role::Title,
            Role::Lead,
            Role::Partners,
            Role::Deadline,
            Role::Note
        ]
    );
    use RowKind::*;
    let kinds = classify(grid, columns);
    assert_eq!(
        kinds,
        [Skipped, Heading, Group, Task, Task, Blank, Task, Group, Task, Task, Task, Task]
    );
    let groups: Vec<&str> = review.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(groups, ["CẢI CÁCH THỂ CHẾ", "Cải cách tổ chức bộ máy"]);
    let t = &review.tasks;
    assert_eq!(t.len(), 7);
    assert!(t.iter().all(|t| t.ticked));
    assert_eq!(t[0].title, "Rà soát văn bản quy phạm pháp luật");
    assert_eq!(t[0].lead, known("so-tu-phap"));
    assert_eq!(
        t[0].coordinating,
        [
            known("so-noi-vu").unwrap(),
            known("van-phong-ubnd-tinh").unwrap()
        ]
    );
    assert_eq!(
        t[0].deadline,
        Deadline::By {
            day: d(2026, 6, 30)
        }
    );
    assert_eq!((t[0].group, t[0].details.as_str()), (Some(0), ""));
    assert_eq!(t[1].title, "Rà soát, đơn giản hóa thủ tục hành chính");
    assert_eq!(t[1].coordinating.len(), 2);
    assert_eq!(
        t[1].deadline,
        Deadline::Quarter {
            year: 2026,
            quarter: 2
        }
    );
    assert_eq!(t[1].details, "Ghi chú: Trọng tâm");
    assert!(matches!(
        t[2].deadline,
        Deadline::Recurring {
            every: Every::Quarter,
            ..
        }
    ));
    assert_eq!(t[2].coordinating, []);
    assert_eq!(t[2].details, "Cơ quan phối hợp: Các cơ quan liên quan");
    assert_eq!(t[3].group, Some(1));
    assert_eq!(
        t[3].deadline,
        Deadline::Month {
            year: 2026,
            month: 9
        }
    );
    let new = AgencyChoice::New("Trung tâm Điều hành thông minh tỉnh".to_owned());
    assert_eq!(
        (&t[4].lead, &t[4].deadline),
        (&Some(new), &Deadline::Year { year: 2026 })
    );
    assert_eq!(t[5].deadline, Deadline::None);
    assert_eq!(t[5].details, "Thời gian hoàn thành: Sau khi có hướng dẫn");
}

#[test]
fn an_excel_table_as_text() {
    let (grid, columns, review) = review_of("", EXCEL_TSV);
    check_excel_table(&grid, &columns, &review);
}

#[test]
fn an_excel_table_as_html_is_read_the_same() {
    let (grid, columns, review) = review_of(EXCEL_HTML, "ignored\twhen HTML has a table");
    check_excel_table(&grid, &columns, &review);
    assert_eq!(review, review_of("", EXCEL_TSV).2);
}

/// Word: every cell a paragraph (`<p class=MsoNormal>` with `<o:p>`), two partners a paragraph
/// each, the lead agency merged down two rows (rowspan), entities.
const WORD_HTML: &str = r#"<table class=MsoTableGrid border=1>
 <tr><td width=40><p class=MsoNormal><b>TT<o:p></o:p></b></p></td>
  <td><p class=MsoNormal><b>Nhiệm vụ</b></p></td>
  <td><p class=MsoNormal><b>Đơn vị chủ trì</b></p></td>
  <td><p><b>Đơn vị phối hợp</b></p></td>
  <td><p><b>Thời hạn</b></p></td></tr>
 <tr><td><p>1</p></td><td><p class=MsoNormal>Số hóa hồ sơ &amp; kết quả<o:p></o:p></p><p>giải quyết TTHC</p></td>
  <td rowspan=2><p>Sở Thông tin và Truyền thông</p></td>
  <td><p>Sở Nội vụ</p><p>Sở Tài chính</p></td><td><p>Trước&nbsp;31/12/2026</p></td></tr>
 <tr><td><p>2</p></td><td><p>Nâng cấp Cổng dịch vụ công &#272;&#x1ED3;ng Nai</p></td>
  <td><p>Sở Tư pháp</p></td><td><p>Quý III/2026</p></td></tr>
</table>"#;

#[test]
fn a_word_table_with_paragraphs_and_rowspan() {
    let (grid, columns, review) = review_of(WORD_HTML, "");
    assert_eq!(grid.rows[1][1], "Số hóa hồ sơ & kết quả\ngiải quyết TTHC");
    assert_eq!(grid.rows[2][2], "Sở Thông tin và Truyền thông");
    assert_eq!(grid.rows[2][3], "Sở Tư pháp");
    assert_eq!(columns.roles[..3], [Role::Number, Role::Title, Role::Lead]);
    let t = &review.tasks;
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].title, "Số hóa hồ sơ & kết quả giải quyết TTHC");
    assert_eq!(t[1].title, "Nâng cấp Cổng dịch vụ công Đồng Nai");
    assert_eq!(t[0].lead, known("so-thong-tin-truyen-thong"));
    assert_eq!(t[1].lead, t[0].lead);
    assert_eq!(
        t[0].coordinating,
        [known("so-noi-vu").unwrap(), known("so-tai-chinh").unwrap()]
    );
    assert_eq!(
        t[0].deadline,
        Deadline::By {
            day: d(2026, 12, 31)
        }
    );
    assert_eq!(t[0].details, "", "the whole cell was read");
    assert_eq!(
        t[1].deadline,
        Deadline::Quarter {
            year: 2026,
            quarter: 3
        }
    );
}

#[test]
fn a_second_heading_row_names_the_columns_under_a_merged_one() {
    let html = "<table><tr><th rowspan=2>STT</th><th rowspan=2>Nội dung</th><th colspan=2>Cơ quan thực hiện</th><th rowspan=2>Thời gian</th></tr>\
        <tr><th>Chủ trì</th><th>Phối hợp</th></tr>\
        <tr><td>1</td><td>Công bố thủ tục hành chính</td><td>Sở Tư pháp</td><td>Các cơ quan liên quan</td><td>Quý I/2026</td></tr></table>";
    let (grid, columns, review) = review_of(html, "");
    assert_eq!(
        grid.rows[1],
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    );
    assert_eq!((columns.heading, columns.sub_heading), (Some(0), Some(1)));
    assert_eq!(
        columns.roles,
        [
            Role::Number,
            Role::Title,
            Role::Lead,
            Role::Partners,
            Role::Deadline
        ]
    );
    assert_eq!(classify(&grid, &columns)[1], RowKind::Heading);
    assert_eq!(review.tasks.len(), 1);
    assert_eq!(review.tasks[0].lead, known("so-tu-phap"));
    assert_eq!(review.tasks[0].details, "Phối hợp: Các cơ quan liên quan");
    // One heading word alone under the heading is a group, not more headings.
    let text = "STT\tNội dung\tCơ quan chủ trì\nNHIỆM VỤ TRỌNG TÂM\n1\tSố hóa hồ sơ\tSở Nội vụ\n";
    let (_, columns, review) = review_of("", text);
    assert_eq!(columns.sub_heading, None);
    assert_eq!(review.groups[0].title, "NHIỆM VỤ TRỌNG TÂM");
}

#[test]
fn a_table_without_a_heading_is_guessed() {
    let text = "1\tRà soát, công bố danh mục thủ tục hành chính\tSở Tư pháp\t30/6/2026\n\
                2\tĐo lường sự hài lòng của người dân\tSở Nội vụ\tQuý IV/2026\n\
                3\tKiểm tra công tác cải cách hành chính\tSở Nội vụ\tTháng 10/2026\n";
    let (_, columns, review) = review_of("", text);
    assert_eq!(columns.heading, None);
    assert_eq!(
        columns.roles,
        [Role::Number, Role::Title, Role::Lead, Role::Deadline]
    );
    assert_eq!(review.tasks.len(), 3);
    assert_eq!(review.tasks[2].lead, known("so-noi-vu"));
    assert_eq!(
        review.tasks[1].deadline,
        Deadline::Quarter {
            year: 2026,
            quarter: 4
        }
    );
}

#[test]
fn a_column_given_another_role_by_the_official() {
    // "Sản phẩm" names no role: skipped until the official makes it a note.
    let text = "STT\tNội dung\tCơ quan chủ trì\tSản phẩm\n1\tBan hành quy chế\tSở Nội vụ\tQuyết định của UBND tỉnh\n";
    let (ws, plan) = office();
    let (grid, mut columns) = read("", text, &ws);
    assert_eq!(columns.role(3), Role::Skip);
    assert_eq!(
        to_review(&grid, &columns, &plan, &ws, d(2026, 1, 1)).tasks[0].details,
        ""
    );
    columns.set(3, Role::Note);
    columns.set(9, Role::Lead);
    let review = to_review(&grid, &columns, &plan, &ws, d(2026, 1, 1));
    assert_eq!(
        review.tasks[0].details,
        "Sản phẩm: Quyết định của UBND tỉnh"
    );
    // The lead column made partners: the agency moves there.
    columns.set(2, Role::Partners);
    let review = to_review(&grid, &columns, &plan, &ws, d(2026, 1, 1));
    assert_eq!(
        (&review.tasks[0].lead, review.tasks[0].coordinating.len()),
        (&None, 1)
    );
}

#[test]
fn a_row_the_rules_misread_is_made_what_the_official_says() {
    // No STT column, and a task with no lead nor deadline yet: the rules read it as a group.
    let text = "Nội dung\tCơ quan chủ trì\tThời hạn\n\
                Cải cách thể chế\t\t\n\
                Ban hành quy chế phối hợp\tSở Nội vụ\t30/6/2026\n\
                Rà soát văn bản quy phạm pháp luật\t\t\n\
                Ghi chú: số liệu đến 31/3\t\t\n";
    let (ws, plan) = office();
    let (grid, mut columns) = read("", text, &ws);
    let kinds = classify(&grid, &columns);
    assert_eq!(kinds[3], RowKind::Group, "{kinds:?}");
    columns.set_row(3, RowKind::Task);
    columns.set_row(4, RowKind::Skipped);
    // Chosen twice, the last choice holds.
    columns.set_row(4, RowKind::Group);
    columns.set_row(4, RowKind::Skipped);
    let review = to_review(&grid, &columns, &plan, &ws, d(2026, 1, 1));
    let titles: Vec<&str> = review.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Ban hành quy chế phối hợp",
            "Rà soát văn bản quy phạm pháp luật"
        ]
    );
    assert_eq!(review.tasks[1].group, Some(0), "under «Cải cách thể chế»");
    assert_eq!(review.groups.len(), 1);
    // A task row made a group is titled by its task column, not its last cell.
    columns.set_row(2, RowKind::Group);
    let review = to_review(&grid, &columns, &plan, &ws, d(2026, 1, 1));
    let groups: Vec<&str> = review.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(groups, ["Cải cách thể chế", "Ban hành quy chế phối hợp"]);
}

#[test]
fn the_table_is_created_as_one_change_and_one_snapshot_takes_it_back() {
    let (mut ws, plan) = office();
    let (grid, columns) = read(EXCEL_HTML, EXCEL_TSV, &ws);
    let mut review = to_review(&grid, &columns, &plan, &ws, d(2026, 3, 1));
    review.tasks[3].ticked = false;
    let before = ws.clone();
    let snapshot = ws.snapshot(Timestamp(20));
    let mut n = 100;
    let mut ids = || {
        n += 1;
        id(n)
    };
    let created = ws
        .create_from_review(&review, &mut ids, Timestamp(20))
        .unwrap();
    assert_eq!((created.tasks.len(), created.agencies.len()), (6, 1));
    let tasks = ws.plan_tasks(&plan);
    assert_eq!(tasks.len(), 6);
    assert_eq!(ws.plan_groups(&plan).len(), 2);
    assert_eq!(tasks[1].body().details, "Ghi chú: Trọng tâm");
    assert!(ws
        .agencies()
        .live()
        .any(|a| a.body().name == "Trung tâm Điều hành thông minh tỉnh"));
    ws.restore_snapshot(&snapshot).unwrap();
    assert_eq!(ws.plan_tasks(&plan).len(), 0);
    assert_eq!(
        ws.agencies().live().count(),
        before.agencies().live().count()
    );
}
