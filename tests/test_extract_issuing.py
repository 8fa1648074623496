"""The plan's own document, period, references and status figures (tuning, session 5).

Each phrase here is made up for the test, in the genre's wording: provincial plans and
news or portal reports of them.
"""

from __future__ import annotations

import datetime

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.header import read_header
from vnhealthplan.io.extract.issuing import find_issuing
from vnhealthplan.io.extract.references import find_references

# ---- the sentence that issues or reports the plan -----------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "issued"),
    [
        (
            "(BYT) - Ngày 5/3/2023, UBND tỉnh đã ban hành Kế hoạch số 77/KH-UBND về phòng "
            "chống lao giai đoạn 2023-2025 với các nội dung sau:",
            "77/KH-UBND",
            datetime.date(2023, 3, 5),
        ),
        (
            "Bộ trưởng Bộ Y tế vừa ký ban hành Quyết định số 310/QĐ-BYT, ngày 2/2/2022 phê "
            "duyệt Đề án y tế học đường đến năm 2030.",
            "310/QĐ-BYT",
            datetime.date(2022, 2, 2),
        ),
        (
            "Sở Y tế mới ban hành kế hoạch chăm sóc người cao tuổi năm 2024, như sau:",
            None,
            None,
        ),
        (
            "(Baoxyz) - Phó Chủ tịch UBND tỉnh Trần Văn B vừa ký Quyết định số 1234/QĐ-UBND "
            "ngày 9 tháng 5 năm 2022 phê duyệt Kế hoạch y tế cơ sở giai đoạn 2022-2025.",
            "1234/QĐ-UBND",
            datetime.date(2022, 5, 9),
        ),
        (
            "Đây là nội dung chính của Quyết định 99/QĐ-TTg của Thủ tướng Chính phủ về giao "
            "chỉ tiêu tiêm chủng giai đoạn 2024 – 2026.",
            "99/QĐ-TTg",
            None,
        ),
    ],
)
def test_the_issuing_sentence_names_the_plan(
    text: str, number: str | None, issued: datetime.date | None
) -> None:
    found = find_issuing(text)
    assert found is not None
    assert (found.number, found.issued) == (number, issued)
    assert any(c.isdigit() for c in found.title)  # the title keeps its years


def test_a_cited_document_that_issues_a_plan_is_not_the_plan() -> None:
    text = (
        "Căn cứ Quyết định số 12/QĐ-BYT ngày 4/1/2020 của Bộ Y tế ban hành Kế hoạch phòng "
        "chống sốt rét giai đoạn 2020-2025;\nThực hiện Kế hoạch số 5/KH-UBND của UBND tỉnh "
        "xây dựng Kế hoạch …"
    )
    assert find_issuing(text) is None


def test_a_page_title_that_names_the_decision() -> None:
    found = find_issuing(
        "Đề án nhân lực y tế đến 2030 theo Quyết định số 8/QĐ-TTg ngày 31/13/2024\nNội dung …"
    )
    assert found is not None
    assert (found.number, found.issued, found.year) == ("8/QĐ-TTg", None, 2024)
    assert found.title == "Đề án nhân lực y tế đến 2030"
    assert "not a real day" in found.reasons[0]


def test_a_report_gives_the_header_its_number_and_date() -> None:
    header = read_header(
        "Kế hoạch y tế học đường\n\n[Cổng TTĐT] - Ngày 2/12/2022, UBND tỉnh đã ban hành Kế "
        "hoạch số 301/KH-UBND về thực hiện y tế trường học giai đoạn 2022-2026, cụ thể:"
    )
    assert (header.number, header.issued, header.year) == (
        "301/KH-UBND",
        datetime.date(2022, 12, 2),
        2022,
    )
    assert header.title_year is not None
    assert header.title_year.period.code == "2022-2026"
    assert header.issuer.startswith("UBND tỉnh")


def test_a_header_number_is_not_replaced_by_a_reported_one() -> None:
    header = read_header(
        "Số: 15/KH-SYT\nĐà Lạt, ngày 3 tháng 4 năm 2024\nSở Y tế ban hành Kế hoạch số "
        "16/KH-SYT về tiêm chủng năm 2024."
    )
    assert header.number == "15/KH-SYT"


def test_a_reported_plan_is_no_reference_and_its_period_dates_its_targets() -> None:
    draft = draft_plan(
        "UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về chăm sóc sức khỏe học sinh giai "
        "đoạn 2022-2025, căn cứ Kế hoạch số 9-KH/TU ngày 1/2/2022 của Tỉnh ủy.\n\n"
        "II. Chỉ tiêu\n\n- 90% trường học có phòng y tế đạt chuẩn.\n"
    )
    assert [r.number for r in draft.references] == ["9-KH/TU"]
    assert [(t.value.magnitude, t.period.last_year) for t in draft.plan.targets] == [(90, 2025)]
    assert "2022-2025" in [d.period.code for d in draft.deadlines]
    assert draft.plan.document.number == "45/KH-UBND"


# ---- the plan's own period as a deadline ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("UBND tỉnh ban hành Kế hoạch y tế dự phòng giai đoạn 2019 - 2021 trên địa bàn tỉnh, "
         "cụ thể như sau:", "2019-2021"),
        ("Ủy ban nhân dân tỉnh xây dựng Kế hoạch tiêm chủng mở rộng năm 2023 như sau:", "2023"),
        ("(TTXVN) - Sở Y tế vừa ban hành Kế hoạch số 4/KH-SYT về dinh dưỡng đến năm 2028.",
         "2028"),
    ],
)  # fmt: skip
def test_the_issuing_sentence_gives_the_plans_period(sentence: str, code: str) -> None:
    text = "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\n" + sentence
    assert [d.period.code for d in draft_plan(text).deadlines] == [code]


def test_a_cited_strategys_vision_is_no_deadline() -> None:
    text = (
        "KẾ HOẠCH\nPHÒNG CHỐNG DỊCH BỆNH NĂM 2025\n"
        "Căn cứ Quyết định số 7/QĐ-TTg ngày 2/1/2022 của Thủ tướng Chính phủ phê duyệt Chiến "
        "lược y tế dự phòng đến năm 2030, tầm nhìn đến năm 2045;\n"
        "UBND tỉnh ban hành Kế hoạch phòng chống dịch bệnh năm 2025, cụ thể như sau:"
    )
    assert [d.period.code for d in draft_plan(text).deadlines] == ["2025"]


# ---- references -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cited",
    ["văn bản số 512/BYT-KHTC ngày 3/4/2019", "công văn số 512/BYT-KHTC ngày 3/4/2019"],
)
def test_a_letter_cited_in_lower_case_is_a_reference(cited: str) -> None:
    (ref,) = find_references(f"Thực hiện {cited} của Bộ Y tế về việc …")
    assert (ref.number, ref.issued) == ("512/BYT-KHTC", datetime.date(2019, 4, 3))
    assert ref.kind[0].isupper()


def test_an_impossible_date_of_a_citation_is_left_out_with_a_warning() -> None:
    text = "Thực hiện Quyết định số 40/QĐ-BYT ngày 15/13/2022 của Bộ Y tế về việc …"
    (ref,) = find_references(text)
    assert (ref.number, ref.issued) == ("40/QĐ-BYT", None)
    assert "not a real day" in ref.reasons[0]
    (finding,) = [f for f in draft_plan(text).findings if f.kind == "reference"]
    assert finding.confidence < 1
    assert finding.reasons == ref.reasons


# ---- status figures and their years ---------------------------------------------------------

_DATED = "Số: 3/KH-UBND\nHuế, ngày 10 tháng 01 năm 2023\nKẾ HOẠCH\nPhòng chống dịch năm 2023\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Số ca mắc sởi giảm mạnh (từ 120 ca mắc năm 2019 xuống còn 15 ca mắc trong 6 "
            "tháng\nđầu năm 2022).",
            [(120, 2019), (15, 2022)],
        ),
        ("Tỷ lệ tiêm chủng năm 2020 là 90,5% và năm 2021 là 92,1%.", [(90.5, 2020), (92.1, 2021)]),
        (
            "Năm 2021 có 1.204 người nhiễm HIV; năm 2022 có 1.310 người.",
            [(1204, 2021), (1310, 2022)],
        ),
    ],
)
def test_a_status_figure_takes_the_year_of_its_own_clause(
    sentence: str, expected: list[tuple[float, int]]
) -> None:
    seen = draft_plan(_DATED + sentence).plan.observations
    assert [(float(o.value.magnitude), o.period.last_year) for o in seen] == expected


def test_giam_tu_vong_is_no_giam_tu() -> None:
    # "giảm tử vong" (reduce deaths) folds like "giảm từ" (fall from), a status cue
    text = (
        _DATED + "Mục tiêu đến năm 2025: đưa mục tiêu giảm tử vong mẹ vào kế hoạch của "
        "địa phương, 90% huyện có bố trí ngân sách cho chương trình."
    )
    draft = draft_plan(text)
    assert [(t.value.magnitude, t.period.last_year) for t in draft.plan.targets] == [(90, 2025)]
    assert draft.plan.observations == ()


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kết quả khảo sát cho thấy, có 1.200 người được hỏi (chiếm tỷ lệ 62%) hài lòng.", "o"),
        ("Kết quả thực hiện: 85% trạm y tế xã có bác sĩ.", "o"),
        ("Kết quả mong đợi đến năm 2025: 90% trạm y tế xã có bác sĩ.", "t"),
        ("Mục tiêu năm 2023 đạt 9 bác sĩ/vạn dân.", "t"),
    ],
)
def test_a_sentence_that_reports_results_gives_status_figures(sentence: str, role: str) -> None:
    plan = draft_plan(_DATED + sentence).plan
    shares = [
        "o" if r in plan.observations else "t"
        for r in (*plan.targets, *plan.observations)
        if str(r.value.units) != "person"
    ]
    assert shares == [role]


_DATED_2024 = (
    "Số: 5/KH-UBND\nHuế, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nPhòng chống HIV năm 2024\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Trong năm qua, tỷ lệ tiêm chủng đầy đủ đạt 96,5%.", "observation"),
        ("Tính đến hết năm 2023, tỷ lệ người bệnh được điều trị đạt 82%.", "observation"),
        ("Qua 5 năm thực hiện, tỷ lệ trẻ thấp còi giảm còn 18,5%.", "observation"),
        ("Sau 3 năm triển khai, 95% xã đạt tiêu chí quốc gia về y tế.", "observation"),
        ("Tính đến năm 2026, 95% xã đạt tiêu chí quốc gia về y tế.", "target"),
        ("Sau 2 năm, phấn đấu 95% xã đạt tiêu chí quốc gia về y tế.", "target"),
    ],
)
def test_retrospective_openings_give_status_figures(sentence: str, kind: str) -> None:
    plan = draft_plan(_DATED_2024 + sentence).plan
    assert (len(plan.targets), len(plan.observations)) == ((1, 0) if kind == "target" else (0, 1))


def test_a_reports_date_of_the_plan_is_no_deadline() -> None:
    draft = draft_plan(
        "Vừa qua, ngày 3/2/2024, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về phòng chống "
        "sốt rét giai đoạn 2024-2026. Theo đó, phấn đấu 100% xã có cán bộ chuyên trách."
    )
    assert (draft.plan.document.number, draft.plan.document.issued) == (
        "12/KH-UBND",
        datetime.date(2024, 2, 3),
    )
    assert [d.period.code for d in draft.deadlines] == ["2024-2026"]
    assert draft.references == ()


def test_a_number_inside_the_subject_is_no_issuer() -> None:
    draft = draft_plan(
        "Chủ tịch UBND tỉnh vừa ký Quyết định số 345/QĐ-UBND ngày 15/3/2023 ban hành Kế hoạch "
        "phát triển y tế cơ sở đến năm 2025. Mục tiêu: 95% trạm y tế xã có bác sĩ."
    )
    assert draft.plan.document.issuer == "UBND tỉnh"
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(95, "2025")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Toàn tỉnh có 92% xã đã đạt Bộ tiêu chí quốc gia về y tế.", "observation"),
        ("Phấn đấu 98% xã đạt Bộ tiêu chí quốc gia về y tế, như các huyện đã làm.", "target"),
        ("Đến năm 2026, 98% xã đã đạt Bộ tiêu chí quốc gia về y tế.", "target"),
    ],
)
def test_da_after_the_value_in_its_clause_reports_it(sentence: str, kind: str) -> None:
    plan = draft_plan(_DATED_2024 + sentence).plan
    assert (len(plan.targets), len(plan.observations)) == ((1, 0) if kind == "target" else (0, 1))
