"""Assignments in the shapes plans of the genre give them (phrases written for these tests)."""

from __future__ import annotations

import pytest

from vnhealthplan import Document
from vnhealthplan.io.extract.agents import labelled_subject, subject_of, submitted_to
from vnhealthplan.io.extract.assignments import find_assignments
from vnhealthplan.io.extract.segment import layout

_SECTION = "IV. TỔ CHỨC THỰC HIỆN\n"


def _found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    drafted = find_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))
    return [(c.assignment.lead, c.assignment.partners, c.assignment.task) for c in drafted]


def _leads(text: str) -> list[str]:
    return [lead for lead, _, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Ủy ban Nhân dân tỉnh giao ngành Y tế thực hiện các chỉ tiêu về giường bệnh.",
            "ngành Y tế",
        ),
        ("UBND tỉnh Kiên Giang giao Sở Y tế tổ chức triển khai các nhiệm vụ trọng tâm.", "Sở Y tế"),
        ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì rà soát nhu cầu trang thiết bị.", "Sở Y tế"),
        (
            "UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các sở, ngành xây dựng kế "
            "hoạch thực hiện chỉ tiêu được giao.",
            "UBND các tỉnh, thành phố trực thuộc Trung ương",
        ),
        ("Sở Y tế được giao chủ trì theo dõi việc thực hiện Kế hoạch.", "Sở Y tế"),
        (
            "Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị đầu mối triển khai tiêm chủng.",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
        ),
    ],
)
def test_a_task_given_in_a_sentence_of_its_own(text: str, lead: str) -> None:
    assert _leads("Mục tiêu năm 2025 là nâng cao sức khỏe nhân dân.\n" + text) == [lead]


def test_a_directed_body_is_not_a_partner() -> None:
    # as An Giang's curated plan: those directed to act are not called partners
    ((_, partners, _),) = _found(
        "UBND các huyện chỉ đạo các trạm y tế xã rà soát đối tượng tiêm chủng."
    )
    assert partners == ()


def test_a_paragraph_outside_the_section_gives_only_its_own_sentence() -> None:
    text = (
        "Sở Y tế phối hợp với các sở, ngành liên quan triển khai Kế hoạch trong toàn tỉnh. "
        "Tăng cường truyền thông về dinh dưỡng hợp lý.\n"
        "Ngoài ra, tỉnh phấn đấu giảm tỷ lệ suy dinh dưỡng xuống dưới 15%.\n"
    )
    assert [task[:6] for _, _, task in _found(text)] == ["Sở Y t"]


def test_the_plans_recipients_lead_its_closing_task() -> None:
    text = (
        "Nhận được Kế hoạch này, các đơn vị căn cứ chỉ tiêu được giao xây dựng kế hoạch "
        "của đơn vị, báo cáo kết quả về Sở Y tế trước ngày 15/12/2025./.\nNơi nhận:\n- Như trên;\n"
    )
    drafted = find_assignments(text, layout(text), Document("Kế hoạch", "Sở Y tế"))
    (made,) = drafted
    assert made.assignment.lead == "Các đơn vị nhận Kế hoạch"
    assert made.assignment.submitted_to == "Sở Y tế"
    assert made.assignment.due is not None
    assert made.assignment.due.code == "2025-12-15"


@pytest.mark.parametrize(
    "closing",
    [
        "Nhận được Kế hoạch này, yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
        "Yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện./.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế.",
    ],
)
def test_closing_words_under_a_heading_give_no_task(closing: str) -> None:
    text = _SECTION + "1. Trung tâm Y tế huyện\n- Tổ chức tiêm chủng cho trẻ em.\n" + closing + "\n"
    assert _leads(text) == ["Trung tâm Y tế huyện"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Giám đốc Sở Y tế Trần Văn C cho biết, ngành sẽ tập trung triển khai các giải pháp.",
        "Trung tâm Y tế huyện đã triển khai tiêm chủng cho 1.200 trẻ em.",
        "Bệnh viện tỉnh đang phối hợp với Sở Y tế tổ chức khám sàng lọc.",
    ],
)
def test_what_an_agency_did_or_said_is_no_task(sentence: str) -> None:
    text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát kinh phí.\n" + sentence + "\n"
    assert _leads(text) == ["Sở Y tế"]
    assert subject_of(sentence) is None


def test_a_heading_naming_several_agencies_splits_them_as_partners() -> None:
    text = _SECTION + (
        "3. Sở Văn hóa và Thể thao, Đài Phát thanh và Truyền hình tỉnh: Phối hợp với Sở Y tế "
        "tuyên truyền về Kế hoạch.\n"
    )
    ((lead, partners, _),) = _found(text)
    assert lead == "Sở Y tế"
    assert partners == ("Sở Văn hóa và Thể thao", "Đài Phát thanh và Truyền hình tỉnh")


def test_bullets_that_name_their_agency_before_a_colon() -> None:
    text = _SECTION + (
        "- Sở Y tế: Chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.\n"
        "- Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí.\n"
        "- Sở Nội vụ: Phối hợp với Sở Y tế rà soát biên chế trạm y tế.\n"
        "- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh: phối hợp vận động nhân dân.\n"
    )
    assert _leads(text) == ["Sở Y tế", "Sở Tài chính", "Sở Y tế", "Ủy ban Mặt trận Tổ quốc tỉnh"]
    assert labelled_subject("Sở Tài chính: tham mưu")[0] == "Sở Tài chính"  # type: ignore[index]


def test_agency_headings_in_the_section_lead_the_lines_under_them() -> None:
    text = _SECTION + (
        "1. Sở Y tế\n- Hướng dẫn, kiểm tra việc thực hiện Kế hoạch.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nPhối hợp tuyên truyền, vận động.\n"
        "3. Các sở, ban, ngành liên quan\nCăn cứ chức năng, nhiệm vụ được giao, phối hợp với "
        "Sở Y tế triển khai Kế hoạch.\n"
        "4. UBND các huyện, thị xã, thành phố\n- Bố trí kinh phí thực hiện tại địa phương.\n"
        "- Định kỳ báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12/2025 để tổng hợp, "
        "báo cáo UBND tỉnh.\n"
    )
    found = find_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))
    assert [c.assignment.lead for c in found] == [
        "Sở Y tế",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        # "Căn cứ …, phối hợp với Sở Y tế …": Sở Y tế's task (docs/labelling.rst, Assignments)
        "Sở Y tế",
        "UBND các huyện, thị xã, thành phố",
        "UBND các huyện, thị xã, thành phố",
    ]
    assert found[2].assignment.partners == ("Các sở, ban, ngành liên quan",)
    last = found[-1].assignment
    assert (last.submitted_to, last.due.code if last.due else None) == ("Sở Y tế", "2025-12-15")


@pytest.mark.parametrize(
    ("task", "body"),
    [
        ("Báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh theo quy định", "UBND tỉnh"),
        ("định kỳ báo cáo Sở Y tế để tổng hợp, báo cáo UBND tỉnh", "Sở Y tế"),
        ("Tham mưu UBND tỉnh trình Hội đồng nhân dân ban hành chính sách", "Hội đồng nhân dân"),
        ("tham mưu cho UBND tỉnh xây dựng các chương trình", "UBND tỉnh"),
    ],
)
def test_the_body_a_result_goes_to(task: str, body: str) -> None:
    assert submitted_to(task) == body


def test_a_line_ending_in_a_colon_names_the_agency_of_the_list_under_it() -> None:
    text = _SECTION + (
        "1. Sở Y tế có trách nhiệm:\n- Hướng dẫn các đơn vị triển khai Kế hoạch.\n"
        "- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.\n"
        "2. Sở Tài chính:\n- Tham mưu bố trí kinh phí.\n"
        "Sở Giáo dục và Đào tạo:\n- Chỉ đạo các trường học làm tốt công tác y tế trường học.\n"
    )
    assert _leads(text) == ["Sở Y tế", "Sở Y tế", "Sở Tài chính", "Sở Giáo dục và Đào tạo"]


def test_a_numbered_task_that_says_to_chuc_thuc_hien_is_no_section_heading() -> None:
    text = _SECTION + (
        "1. Sở Tài chính: bố trí kinh phí.\n"
        "2. Giao Sở Y tế (cơ quan thường trực) chủ trì, phối hợp với các đơn vị liên quan tổ "
        "chức thực hiện Kế hoạch.\n"
    )
    assert _found(text)[1][:2] == ("Sở Y tế", ("các đơn vị liên quan",))


@pytest.mark.parametrize(
    "opening", ["Theo đó, UBND tỉnh giao", "Theo kế hoạch,", "Cụ thể, Chủ tịch UBND tỉnh giao"]
)
def test_a_news_report_of_a_task_after_an_opening_phrase(opening: str) -> None:
    text = f"{opening} Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát trang thiết bị.\n"
    assert _found(text)[0][:2] == ("Sở Y tế", ("Sở Tài chính",))


def test_groups_of_agencies_joined_by_a_semicolon_lead_together() -> None:
    text = _SECTION + (
        "1. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã căn cứ chức năng, nhiệm vụ được "
        "giao xây dựng kế hoạch thực hiện.\n"
    )
    assert _leads(text) == ["Các sở, ban, ngành tỉnh; UBND các huyện, thị xã"]


@pytest.mark.parametrize(
    "closing",
    [
        "Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị liên quan tổ chức thực hiện "
        "Quyết định này./.",
        "Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành "
        "Quyết định này./.",
    ],
)
def test_a_decisions_closing_article_gives_no_task(closing: str) -> None:
    text = (
        "QUYẾT ĐỊNH:\nĐiều 2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan triển "
        f"khai Kế hoạch.\nĐiều 3. {closing}\n"
    )
    assert _leads(text) == ["Sở Y tế"]


# A closing duty: an agency submits to a higher body (a national decision's last articles).
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Căn cứ kết quả thực hiện giai đoạn 2026 - 2030, Chính phủ trình Quốc hội quyết "
            "định nguồn vốn thực hiện giai đoạn 2031 - 2035.",
            "Chính phủ",
        ),
        ("Chính phủ trình Quốc hội xem xét điều chỉnh mục tiêu của Chương trình.", "Chính phủ"),
        ("Bộ Y tế trình Thủ tướng Chính phủ phê duyệt Đề án trong năm 2026.", "Bộ Y tế"),
        ("Sở Y tế trình Chính phủ kết quả sơ kết trước ngày 30/6/2027.", "Sở Y tế"),
    ],
)
def test_a_submission_to_a_higher_body_is_a_task(text: str, lead: str) -> None:
    assert _leads("Mục tiêu năm 2025 là nâng cao sức khỏe nhân dân.\n" + text) == [lead]


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ đã trình Quốc hội dự án Luật Phòng bệnh tại kỳ họp thứ 8.",
        "Chính phủ ban hành Nghị định quy định chi tiết.",
        "Chính phủ chỉ đạo quyết liệt công tác phòng, chống dịch.",
        "Sở Y tế đã trình UBND tỉnh phê duyệt kế hoạch năm 2024.",
    ],
)
def test_a_submission_told_as_done_or_another_act_is_no_task(text: str) -> None:
    assert _leads("Mục tiêu năm 2025 là nâng cao sức khỏe nhân dân.\n" + text) == []
