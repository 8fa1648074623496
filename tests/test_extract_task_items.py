"""One assignment per task item, led by the agency that leads the task (docs/labelling.rst,
Assignments, settled 5 December 2026): items written for these tests, with near-misses.

Covers the loose ends of the agency-heading rules: a "Căn cứ …," opening before "phối hợp
với X" (X leads), partner lists cut where the agencies end ("… trong việc", "… kiện toàn"),
"tổ chức" as a noun in a list of bodies, an implementation title broken over two lines, and
review dates that say when the review is held ("sơ kết trong Quý IV/2025")."""

from __future__ import annotations

import pytest

from vnhealthplan import Document
from vnhealthplan.io.extract.agencyheads import implementation_heading
from vnhealthplan.io.extract.agents import agency_list, partners_of, subject_of
from vnhealthplan.io.extract.assignments import find_assignments
from vnhealthplan.io.extract.deadlines import task_periods
from vnhealthplan.io.extract.segment import layout

_HEAD = (
    "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\na) Chủ trì tổ chức triển khai Kế hoạch.\n2. Sở Tài chính\n"
)


def _drafted(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    found = find_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))
    return [
        (
            c.assignment.lead,
            c.assignment.partners,
            c.assignment.due.code if c.assignment.due else None,
        )
        for c in found
    ]


def _item_lead(item: str) -> str:
    drafted = _drafted(f"{_HEAD}a) {item}\n")
    assert len(drafted) == 2, drafted
    return drafted[1][0]


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        (
            "Căn cứ vào khả năng cân đối ngân sách hàng năm, phối hợp với Sở Y tế tham mưu "
            "bố trí kinh phí thực hiện Kế hoạch.",
            "Sở Y tế",
        ),
        (
            "Căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với Sở Nội vụ rà soát "
            "biên chế của các trạm y tế.",
            "Sở Nội vụ",
        ),
        (
            "Căn cứ theo chức năng, nhiệm vụ, quyền hạn, phối hợp với Công an tỉnh triển khai "
            "các biện pháp bảo đảm an ninh tại cơ sở y tế.",
            "Công an tỉnh",
        ),
        (
            "Chủ động phối hợp với Sở Giáo dục và Đào tạo tổ chức truyền thông trong trường học.",
            "Sở Giáo dục và Đào tạo",
        ),
        ("Phối hợp với Sở Y tế kiểm tra việc sử dụng kinh phí.", "Sở Y tế"),
        # near-misses: the heading's agency leads
        (
            "Căn cứ chức năng, nhiệm vụ, chỉ đạo các đơn vị trực thuộc, phối hợp với Sở Y tế "
            "triển khai Kế hoạch.",
            "Sở Tài chính",
        ),
        (
            "Căn cứ tình hình thực tế, chủ trì, phối hợp với Sở Y tế kiểm tra việc thực hiện.",
            "Sở Tài chính",
        ),
        ("Chủ trì, phối hợp với Sở Y tế thẩm định dự toán kinh phí.", "Sở Tài chính"),
        (
            "Căn cứ Kế hoạch này, xây dựng kế hoạch của ngành và phối hợp với Sở Y tế triển khai.",
            "Sở Tài chính",
        ),
        ("Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí hằng năm.", "Sở Tài chính"),
    ],
)
def test_an_item_working_with_an_agency_is_that_agencys(item: str, lead: str) -> None:
    assert _item_lead(item) == lead


def test_the_heading_agency_is_a_partner_of_the_task_it_works_on() -> None:
    item = "a) Căn cứ vào khả năng cân đối ngân sách, phối hợp với Sở Y tế bố trí kinh phí.\n"
    assert _drafted(_HEAD + item)[1][:2] == ("Sở Y tế", ("Sở Tài chính",))


@pytest.mark.parametrize(
    ("task", "partners"),
    [
        ("Phối hợp với Sở Y tế trong việc tổ chức triển khai Kế hoạch", ("Sở Y tế",)),
        ("phối hợp với Sở Y tế trong công tác phòng, chống dịch", ("Sở Y tế",)),
        ("phối hợp với Sở Nội vụ trong quá trình sắp xếp bộ máy", ("Sở Nội vụ",)),
        ("phối hợp với Sở Nội vụ củng cố, kiện toàn bộ máy", ("Sở Nội vụ",)),
        ("phối hợp với Sở Nội vụ, Sở Tài chính kiện toàn tổ chức", ("Sở Nội vụ", "Sở Tài chính")),
        ("phối hợp với các sở, ngành để triển khai Kế hoạch", ("các sở, ngành",)),
        ("phối hợp với Công an tỉnh nhằm bảo đảm an ninh", ("Công an tỉnh",)),
        # near-misses: names kept whole
        (
            "phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí vốn",
            ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        ),
        (
            "phối hợp với Ban Quản lý các khu công nghiệp tổ chức khám sức khỏe",
            ("Ban Quản lý các khu công nghiệp",),
        ),
        (
            "phối hợp với Trung tâm Kiểm soát bệnh tật trong công tác giám sát",
            ("Trung tâm Kiểm soát bệnh tật",),
        ),
    ],
)
def test_partners_end_where_the_agencies_end(task: str, partners: tuple[str, ...]) -> None:
    assert partners_of(task) == partners


@pytest.mark.parametrize(
    ("words", "agencies"),
    [
        ("Sở, ban, ngành liên quan", ["Sở, ban, ngành liên quan"]),
        ("Sở, ngành, địa phương", ["Sở, ngành, địa phương"]),
        ("Ban, ngành, đoàn thể tỉnh", ["Ban, ngành, đoàn thể tỉnh"]),
        ("Sở Y tế, Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
        ("Sở Y tế, các sở, ngành liên quan", ["Sở Y tế", "các sở, ngành liên quan"]),
    ],
)
def test_a_group_of_kinds_is_one_agency(words: str, agencies: list[str]) -> None:
    assert agency_list(words) == agencies


@pytest.mark.parametrize(
    ("clause", "who"),
    [
        (
            "Các cơ quan, tổ chức liên quan chịu trách nhiệm thi hành Quyết định này",
            "Các cơ quan, tổ chức liên quan",
        ),
        (
            "Các sở, ngành, tổ chức chính trị - xã hội có trách nhiệm tuyên truyền",
            "Các sở, ngành, tổ chức chính trị - xã hội",
        ),
        (
            "Các cơ quan, tổ chức, đơn vị có liên quan chủ động triển khai",
            "Các cơ quan, tổ chức, đơn vị có liên quan",
        ),
        # everyone, individuals included: a principle, no lead
        ("Các cơ quan, tổ chức, cá nhân có trách nhiệm thực hiện nghiêm Kế hoạch", None),
        ("Các cơ quan, tổ chức và cá nhân chịu trách nhiệm thi hành", None),
        # near-misses: "tổ chức" is the task's verb
        ("Sở Y tế tổ chức, triển khai thực hiện Kế hoạch", "Sở Y tế"),
        ("Sở Y tế, tổ chức tập huấn cho tuyến xã", "Sở Y tế"),
        ("UBND các huyện, thị xã tổ chức thực hiện Kế hoạch", "UBND các huyện, thị xã"),
        ("Các sở, ngành, tổ chức triển khai Kế hoạch", "Các sở, ngành"),
    ],
)
def test_bodies_listed_with_to_chuc(clause: str, who: str | None) -> None:
    named = subject_of(clause)
    assert (named[0] if named else None) == who


@pytest.mark.parametrize(
    ("title", "after", "lines"),
    [
        ("**III. TỔ CHỨC", "THỰC HIỆN**", 2),
        ("IV. TỔ CHỨC", "THỰC HIỆN", 2),
        ("**V. Tổ chức", "thực hiện**", 2),
        ("III. PHÂN CÔNG", "NHIỆM VỤ", 2),
        ("IV. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", 1),
        # near-misses
        ("2. Tổ chức", "thực hiện các đợt truyền thông cao điểm về dân số", 0),
        ("III. TỔ CHỨC BỘ MÁY", "THỰC HIỆN", 0),
        ("III. TỔ CHỨC", "MẠNG LƯỚI Y TẾ", 0),
        ("b) Tổ chức", "thực hiện", 0),
        ("**III. TỔ CHỨC", "THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM CỦA NGÀNH Y TẾ TỈNH**", 0),
    ],
)
def test_an_implementation_title_broken_in_two(title: str, after: str, lines: int) -> None:
    assert implementation_heading(title, after) == lines


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("**III. TỔ CHỨC\nTHỰC HIỆN**", True),
        ("III. TỔ CHỨC\nTHỰC HIỆN", True),
        ("**III. TỔ CHỨC\nMẠNG LƯỚI**", False),
    ],
)
def test_tasks_under_a_broken_title_are_read(title: str, read: bool) -> None:
    text = f"{title}\n- Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch.\n"
    assert [lead for lead, _, _ in _drafted(text)] == (["Sở Tài chính"] if read else [])


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("Tổ chức sơ kết trong Quý IV/2025", ["2025-Q4"]),
        ("Chủ trì tổ chức tổng kết trong quý IV năm 2025", ["2025-Q4"]),
        ("Tổng kết, đánh giá kết quả thực hiện trong tháng 12/2025", ["2025-12"]),
        ("Hoàn thành trong quý III năm 2026", ["2026-Q3"]),
        ("Báo cáo trước quý 2 năm 2026", ["2026-Q2"]),
        ("Sơ kết việc thực hiện Kế hoạch trong Quý II/2026", ["2026-Q2"]),
        # near-misses: a year, and a period a review looks back on
        ("Hoàn thành trong năm 2025", ["2025"]),
        ("Tổ chức hội nghị tổng kết hoạt động năm 2020", []),
        ("Sơ kết công tác 6 tháng đầu năm 2018", []),
        ("Đánh giá kết quả thực hiện Quý III/2025", []),
        ("Tháng hành động diễn ra trong tháng 11/2026", []),
    ],
)
def test_when_a_review_is_held(task: str, due: list[str]) -> None:
    assert [d.period.code for d in task_periods(task)] == due


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("Tổ chức sơ kết trong Quý IV/2025.", "2025-Q4"),
        ("Tổ chức tổng kết trong quý IV năm 2025.", "2025-Q4"),
        ("Tổ chức tổng kết công tác năm 2024.", None),
    ],
)
def test_a_tasks_review_date_is_its_due_date(item: str, due: str | None) -> None:
    assert _drafted(f"{_HEAD}a) {item}\n")[1][2] == due
