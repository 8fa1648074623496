"""Tasks under agency headings, in implementation sections written for these tests: numbered,
lettered, dashed and bold headings, hard-wrapped paragraphs, and what is not a task."""

from __future__ import annotations

import pytest

from vnhealthplan import Document
from vnhealthplan.io.extract.agencyheads import agency_heading, opens_tasks
from vnhealthplan.io.extract.assignments import find_assignments
from vnhealthplan.io.extract.hardwraps import hard_wraps
from vnhealthplan.io.extract.segment import layout

_CLOSING = (
    "Trên đây là Kế hoạch triển khai của UBND tỉnh, yêu cầu các cơ quan, đơn vị nghiêm túc "
    "thực hiện.\n\n"
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế để "
    "tổng hợp, báo cáo UBND tỉnh.\n"
)


def _found(text: str) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    drafted = find_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))
    return [
        (
            c.assignment.lead,
            c.assignment.partners,
            c.assignment.due.code if c.assignment.due else None,
            c.assignment.source.quote if c.assignment.source else "",
        )
        for c in drafted
    ]


def _leads(text: str) -> list[str]:
    return [lead for lead, _, _, _ in _found(text)]


@pytest.mark.parametrize(
    ("line", "lead", "others", "level"),
    [
        ("1. Sở Y tế", "Sở Y tế", (), 2),
        ("**2. Sở Tài\nchính**", "Sở Tài chính", (), 2),
        ("b) Sở Giáo dục và Đào tạo:", "Sở Giáo dục và Đào tạo", (), 6),
        ("3.2. Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh", (), 3),
        (
            "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            (),
            2,
        ),
        ("6. Các sở, ban, ngành liên quan", "Các sở, ban, ngành liên quan", (), 2),
        ("7. UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", (), 2),
        (
            "4. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
            ("Đài Phát thanh và Truyền hình tỉnh",),
            2,
        ),
        ("8. Trách nhiệm của Công an tỉnh", "Công an tỉnh", (), 2),
    ],
)
def test_an_agency_heading_is_read(
    line: str, lead: str, others: tuple[str, ...], level: int
) -> None:
    heading = agency_heading(line)
    assert heading is not None
    assert (heading.lead, heading.others, heading.level) == (lead, others, level)


@pytest.mark.parametrize(
    "line",
    [
        "1. Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch",
        "2. Sở Tài chính: phối hợp với Sở Y tế bố trí kinh phí",
        "3. Tình hình thực hiện",
        "4. Bệnh viện đa khoa tỉnh đã hoàn thành việc nâng cấp",
        "Sở Y tế",  # no number: a line of prose, not a heading
        "- Sở Y tế",  # a dashed line alone is read by the bullet rule, not here
        "5. Sở Y tế " + "và " * 60,  # too long for a heading
        "II. TỔ CHỨC THỰC HIỆN",
    ],
)
def test_a_line_that_is_not_an_agency_heading(line: str) -> None:
    assert agency_heading(line) is None


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("- Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí.", True),
        ("a) Tham mưu UBND tỉnh ban hành kế hoạch.", True),
        ("Phối hợp với Sở Y tế tuyên truyền.", True),
        ("+ Tiếp tục triển khai các mô hình.", True),
        ("- Số giường bệnh: 500 giường.", False),
        ("Năm 2023, toàn tỉnh có 12 bệnh viện.", False),
        ("**3. Sở Xây dựng**", False),
    ],
)
def test_a_first_line_opens_a_task_or_not(line: str, opens: bool) -> None:
    assert opens_tasks(line) is opens


def test_numbered_headings_with_dashed_tasks() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
        "- Chủ trì, phối hợp với Sở Tài chính, UBND các huyện triển khai Kế hoạch.\n\n"
        "- Báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12/2025.\n\n"
        "2. UBND các huyện, thị xã, thành phố\n\n"
        "- Bố trí kinh phí địa phương để thực hiện Kế hoạch.\n\n" + _CLOSING
    )
    found = _found(text)
    assert [(lead, due) for lead, _, due, _ in found] == [
        ("Sở Y tế", None),
        ("Sở Y tế", "2025-12-15"),
        ("UBND các huyện, thị xã, thành phố", None),
    ]
    assert found[0][1] == ("Sở Tài chính", "UBND các huyện")


def test_lettered_headings_with_plus_tasks() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\na) Sở Giáo dục và Đào tạo:\n\n"
        "+ Chỉ đạo các trường học tổ chức khám sức khỏe cho học sinh.\n\n"
        "b) Bảo hiểm xã hội tỉnh:\n\n+ Bảo đảm quyền lợi khám, chữa bệnh bảo hiểm y tế.\n\n"
        + _CLOSING
    )
    assert _leads(text) == ["Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội tỉnh"]


def test_dashed_headings() -> None:
    text = (
        "V. TỔ CHỨC THỰC HIỆN\n\n- Sở Thông tin và Truyền thông:\n\n"
        "+ Hướng dẫn các cơ quan báo chí tuyên truyền Kế hoạch.\n\n"
        "- Sở Nội vụ:\n\n+ Tham mưu bố trí biên chế cho trạm y tế xã.\n\n" + _CLOSING
    )
    assert _leads(text) == ["Sở Thông tin và Truyền thông", "Sở Nội vụ"]


def test_bold_broken_headings_outside_the_implementation_section() -> None:
    # a converted file: bold headings broken mid-name, paragraphs hard-wrapped at a width,
    # tasks given under "II. NỘI DUNG THỰC HIỆN"; one task per item, the item's later
    # sentences and lines belong to it
    text = (
        "**II. NỘI DUNG\nTHỰC HIỆN**\n\n**1. Sở Y\ntế**\n\n"
        "a) Chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các huyện tăng cường\n"
        "kiểm tra việc thực hiện các chỉ tiêu dân số theo các văn bản chỉ đạo của\n"
        "Chính phủ, Bộ Y tế và Tỉnh ủy. Trong đó, tập trung các giải pháp nâng cao chất lượng\n"
        "dân số.\n\n"
        "b) Tổ chức sơ kết việc thực hiện các chương trình dân số.\n\n"
        "**2. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và\nTruyền hình tỉnh**\n\n"
        "Chỉ đạo các cơ quan truyền thông tăng thời lượng tuyên truyền về dân số trên\n"
        "các phương tiện thông tin đại chúng.\n\n" + _CLOSING
    )
    found = _found(text)
    assert [lead for lead, _, _, _ in found] == [
        "Sở Y tế",
        "Sở Y tế",
        "Sở Văn hóa, Thể thao và Du lịch",
    ]
    assert found[0][3].endswith("Chính phủ, Bộ Y tế và Tỉnh ủy.")
    assert found[2][1] == ("Đài Phát thanh và Truyền hình tỉnh",)


def test_an_agency_named_in_prose_is_no_heading() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n1. Sở Y tế\n\n"
        "- Tổ chức 12 đợt truyền thông về dân số.\n\n"
        "2. Công tác truyền thông\n\n"
        "Năm 2024, Sở Y tế đã phối hợp với Đài Phát thanh tổ chức 30 chương trình.\n"
    )
    assert _leads(text) == []


def test_a_group_of_agencies_leads() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n5. Các sở, ban, ngành liên quan\n\n"
        "Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch triển khai tại đơn vị.\n\n"
        + _CLOSING
    )
    assert _leads(text) == ["Các sở, ban, ngành liên quan"]


def test_a_heading_with_no_task_gives_none() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n3. Sở Xây dựng\n\n4. Sở Nội vụ\n\n"
        "- Tham mưu bố trí biên chế y tế cơ sở.\n\n" + _CLOSING
    )
    assert _leads(text) == ["Sở Nội vụ"]


def test_a_heading_over_figures_is_not_a_task_list() -> None:
    # outside the implementation section a heading starts tasks only when a task follows it
    text = (
        "II. MẠNG LƯỚI CƠ SỞ Y TẾ\n\n1. Bệnh viện Đa khoa tỉnh\n\n- Số giường bệnh: 500 giường.\n\n"
        "2. Trung tâm Y tế huyện\n\n- Số giường bệnh: 120 giường.\n"
    )
    assert _leads(text) == []


def test_giao_then_bullets() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan:\n\n"
        "- Xây dựng kế hoạch chi tiết hằng năm.\n\n"
        "- Tổng hợp, báo cáo kết quả trước ngày 31/12/2025.\n\n" + _CLOSING
    )
    # the "Giao …:" line heads the list (as the seeds' curated plans have it): its bullets
    # are Sở Y tế's tasks, each with its own due date
    found = _found(text)
    assert [(lead, due) for lead, _, due, _ in found] == [
        ("Sở Y tế", None),
        ("Sở Y tế", "2025-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("a) Chủ trì, phối hợp với\nSở Tài chính tham mưu.\n\nb) Báo cáo.\n\nc) Xong.", ["với"]),
        (
            "Một dòng dài của đoạn văn được ngắt theo bề rộng cố định của trang web này.\n"
            "Câu sau vẫn thuộc đoạn.\n\nĐoạn hai.\n\nĐoạn ba.",
            ["này."],
        ),
        ("Một dòng\nhai dòng\nba dòng", []),  # no blank lines: not a paragraphed text
        ("1. Sở Y tế\nChủ trì triển khai.\n\nHai.\n\nBa.", []),  # after an agency heading
        ("III. TỔ CHỨC THỰC HIỆN\nGiao Sở Y tế.\n\nHai.\n\nBa.", []),  # after capitals
        ("Các đơn vị sau:\nSở Y tế.\n\nHai.\n\nBa.", []),  # after a colon
        ("Câu ngắn.\nCâu khác.\n\nHai.\n\nBa.", []),  # a short row's stop ends it
        ("Kế hoạch gồm\n- mục một\n\nHai.\n\nBa.", []),  # an item opens
        ("**2. Sở Văn hóa và\nĐài Truyền hình**\n\nHai.\n\nBa.", ["và"]),  # a bold run goes on
    ],
)
def test_hard_wraps(text: str, breaks: list[str]) -> None:
    text += "\n\nMột.\n\nHai.\n\nBa."  # five blank lines at least
    assert [text[:i].split()[-1] for i in hard_wraps(text)] == breaks


def test_a_text_with_few_blank_lines_is_not_paragraphed() -> None:
    assert list(hard_wraps("Giao Sở Y tế chủ trì triển khai …\nKế hoạch số 12/KH-UBND\n")) == []


@pytest.mark.parametrize(
    "line",
    [
        "12. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội",
        "14. Đề nghị Viện kiểm sát nhân dân tỉnh",
        "15. Tòa án nhân dân tỉnh",
    ],
)
def test_courts_and_mass_organisations_head_tasks(line: str) -> None:
    assert agency_heading(line) is not None


def test_the_parts_of_a_task_are_not_tasks() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh\n\n"
        "a) Chủ trì thực hiện các dự án của Chương trình, bao gồm:\n\n"
        "- Dự án 1: Phòng ngừa tội phạm về ma túy.\n\n- Dự án 2: Cai nghiện ma túy.\n\n"
        "b) Tham mưu UBND tỉnh sơ kết Chương trình.\n\n"
        "2. Sở Y tế\n\n- Hướng dẫn điều trị thay thế.\n\n" + _CLOSING
    )
    assert [q[:2] for _, _, _, q in _found(text)] == ["a)", "b)", "- "]


def test_the_recipients_in_markup_end_the_tasks() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Theo dõi việc thực hiện Kế hoạch./.\n\n"
        "|\n*Nơi nhận:*\n- Bộ Y tế (để báo cáo);\n- Sở Tài chính;\n"
    )
    assert _leads(text) == ["Sở Y tế"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "UBND tỉnh giao cho Hội Người cao tuổi tỉnh là đơn vị chủ trì triển khai.",
            "Hội Người cao tuổi tỉnh",
        ),
        ("Giao cho Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.", "Sở Y tế"),
    ],
)
def test_a_task_given_to_an_agency_with_cho(text: str, lead: str) -> None:
    assert _leads(text) == [lead]


def test_a_commune_group_is_one_partner_and_bold_closing_ends_the_tasks() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
        "- Chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân xã, phường tăng cường kiểm tra.\n\n"
        "**Trên đây là Kế hoạch thực hiện công tác dân số, yêu cầu các đơn vị triển khai.**\n"
    )
    ((lead, partners, _, _),) = _found(text)
    assert (lead, partners) == ("Sở Y tế", ("Sở Nội vụ", "Ủy ban nhân dân xã, phường"))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Các cơ quan, đơn vị nêu tại Điều 1 Quyết định này chịu trách nhiệm lập hồ sơ dự án.",
            "Các cơ quan, đơn vị",
        ),
        (
            "Các xã có tên tại Phụ lục II có trách nhiệm rà soát đối tượng tiêm chủng.",
            "Các xã",
        ),
        (
            "Các đơn vị quy định tại khoản 2 Điều 3 chủ động bố trí kinh phí.",
            "Các đơn vị",
        ),
        # near-miss: "tại" naming a place, not a part of the document, stays in the name
        (
            "Các đơn vị y tế tại các huyện chủ động bố trí nhân lực tiêm chủng.",
            "Các đơn vị y tế tại các huyện",
        ),
    ],
)
def test_the_place_a_document_names_agencies_is_not_their_name(text: str, lead: str) -> None:
    assert _leads("IV. TỔ CHỨC THỰC HIỆN\n\n" + text) == [lead]


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "Các cấp ủy đảng, chính quyền, các tổ chức và mỗi người dân đều có trách nhiệm "
            "bảo đảm an toàn thực phẩm.",
            [],
        ),
        ("Các cơ quan, đơn vị và cá nhân có trách nhiệm chấp hành quy định về tiêm chủng.", []),
        ("Toàn dân, toàn xã hội có trách nhiệm tham gia phòng, chống dịch bệnh.", []),
        # near-misses: an agency that acts FOR the people is a lead
        (
            "Sở Y tế chủ trì tuyên truyền để người dân chủ động phòng bệnh.",
            ["Sở Y tế"],
        ),
        (
            "UBND các huyện có trách nhiệm vận động người dân tham gia bảo hiểm y tế.",
            ["UBND các huyện"],
        ),
    ],
)
def test_a_duty_of_everyone_is_no_assignment(text: str, leads: list[str]) -> None:
    assert _leads("IV. TỔ CHỨC THỰC HIỆN\n\n" + text) == leads
