"""Deadlines, assignments and references drafted from plan texts, and scoring every kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError, ValidationError
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.cases import evaluate_cases, read_cases
from vnhealthplan.io.extract.duties import partners_of
from vnhealthplan.io.extract.evaluate import KINDS, evaluate, evaluate_all, total
from vnhealthplan.planfile import read_plan

CASES = Path(__file__).parent / "data" / "extract" / "cases.toml"

# ---- deadlines and references -----------------------------------------------------------


@pytest.mark.parametrize(
    "cited",
    [
        "Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ",
        "Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng",
        "Nghị quyết 311/NQ-HĐND ngày 27/8/2022",
        "Luật Khám bệnh, chữa bệnh ngày 09/01/2023",
    ],
)
def test_the_date_of_a_cited_document_is_a_reference_not_a_deadline(cited: str) -> None:
    draft = draft_plan(f"Căn cứ {cited}; Sở Y tế hoàn thành trước ngày 30/6/2024.")
    assert [d.period.code for d in draft.deadlines] == ["2024-06-30"]
    (ref,) = draft.references
    assert ref.quote in cited
    assert ref.issued is not None
    kinds = draft.review_frame()["kind"].tolist()
    assert (kinds.count("reference"), kinds.count("deadline")) == (1, 1)


def test_references_reach_the_plan_file_and_read_back(tmp_path: Path) -> None:
    draft = draft_plan(plans.source_text("thanh-hoa-2023"))
    numbers = [c.number for c in draft.plan.document.references]
    assert "153/QĐ-TTg" in numbers
    assert "132/KH-SYT" not in numbers  # the document's own number
    assert len(numbers) == len(set(numbers))  # one citation per document cited
    draft.to_file(tmp_path / "plan.toml")
    assert read_plan(tmp_path / "plan.toml") == draft.plan


def test_deadlines_are_the_periods_of_targets_and_tasks() -> None:
    draft = draft_plan(plans.source_text("thanh-hoa-2023"))
    codes = {d.period.code for d in draft.deadlines}
    assert {"2022-Q4", "2024-Q2", "2025-Q1", "2030", "2045"} <= codes
    assert not any(c.startswith(("2017", "2018-08", "2020-02")) for c in codes)


# ---- assignments -----------------------------------------------------------------------------


def test_an_giang_prose_gives_its_six_assignments() -> None:
    score = evaluate("an-giang-2018", "assignment")
    assert (score.curated, score.drafted, score.matched) == (6, 6, 6)


def test_the_closing_paragraph_is_not_a_task() -> None:
    draft = draft_plan(plans.source_text("quang-ngai-2023"))
    assert not any("Trên đây" in a.task for a in draft.plan.assignments)
    text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Chủ trì triển khai Kế hoạch.\n" + (
        "Trên đây là Kế hoạch của UBND tỉnh. Yêu cầu các sở, ngành triển khai thực hiện."
    )
    assert [a.lead for a in draft_plan(text).plan.assignments] == ["Sở Y tế"]


def test_a_task_done_with_another_agency_is_led_by_it() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n6. Sở Nội vụ: Phối hợp với Sở Y tế triển khai thực hiện đề án "
        "nhân lực.\n7. Bảo hiểm xã hội tỉnh\n- Phối hợp với Sở Y tế, các sở, ngành và các địa "
        "phương triển khai kế hoạch bảo hiểm y tế toàn dân."
    )
    found = [(a.lead, a.partners) for a in draft_plan(text).plan.assignments]
    assert found == [
        ("Sở Y tế", ("Sở Nội vụ",)),
        ("Sở Y tế", ("Bảo hiểm xã hội tỉnh", "các sở, ngành", "các địa phương")),
    ]


@pytest.mark.parametrize(
    ("words", "partners"),
    [
        (
            "phối hợp với Sở Y tế và các cơ quan, đơn vị, địa phương liên quan nghiên cứu",
            ("Sở Y tế", "các cơ quan, đơn vị, địa phương liên quan"),
        ),
        (
            "phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Sở Xây dựng và các "
            "ngành có liên quan, UBND các huyện, thành phố triển khai",
            (
                "Sở Kế hoạch và Đầu tư",
                "Sở Tài nguyên và Môi trường",
                "Sở Xây dựng",
                "các ngành có liên quan",
                "UBND các huyện, thành phố",
            ),
        ),
        ("phối hợp thực hiện các nội dung", ()),
        (
            "phối hợp với Sở Thông tin và Truyền thông; Sở Tài chính.",
            ("Sở Thông tin và Truyền thông", "Sở Tài chính"),
        ),
    ],
)
def test_partners_are_split_without_breaking_names(words: str, partners: tuple[str, ...]) -> None:
    assert partners_of(words) == partners


def test_a_table_row_listing_two_tasks_gives_two_assignments() -> None:
    draft = draft_plan(plans.source_text("thanh-hoa-2023"))
    row_8 = [a for a in draft.plan.assignments if a.source and a.source.quote.startswith("8\t")]
    assert len(row_8) == 2
    assert {a.due.code for a in row_8 if a.due} == {"2022-2023"}


# ---- scoring ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["observation", "deadline", "assignment"])
def test_the_seeds_reach_85_85_on_each_kind(kind: str) -> None:
    overall = total(evaluate_all(kind))  # type: ignore[arg-type]
    assert overall.recall >= 0.85
    assert overall.precision >= 0.85


def test_every_kind_is_scored_and_a_wrong_kind_refused() -> None:
    assert KINDS == ("target", "observation", "deadline", "assignment")
    assert evaluate("dak-lak-2024", "deadline").matched == 1
    with pytest.raises(ValidationError, match=r"evaluate\.kind: got 'budget'; expected one of"):
        evaluate("dak-lak-2024", "budget")  # type: ignore[arg-type]


def test_the_bundled_cases_are_scored_per_document() -> None:
    scores = evaluate_cases(CASES)
    assert scores[0].key == "kon-tum-1479-2022"
    assert (total(scores).recall, total(scores).precision) == (1.0, 1.0)
    assert evaluate_cases(CASES, "assignment") == ()  # not labelled there


def _case_file(folder: Path, labels: str) -> Path:
    (folder / "doc.txt").write_text(
        "Hà Nội, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nY tế\n\n"
        "Thực hiện Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ.\n"
        "Mục tiêu đến năm 2025: tỷ lệ trạm y tế xã có bác sĩ đạt 95%. Năm 2023 đạt 8,5 bác "
        "sĩ/vạn dân.\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Chủ trì, phối hợp với Sở Tài chính "
        "tổ chức triển khai Kế hoạch, báo cáo trong Quý II/2024.\n",
        encoding="utf-8",
    )
    path = folder / "cases.toml"
    path.write_text(f'[[case]]\nfile = "doc.txt"\nlabelled = 2026-12-05\n{labels}', "utf-8")
    return path


def test_a_case_file_in_the_schema_is_scored_on_every_kind(tmp_path: Path) -> None:
    path = _case_file(
        tmp_path,
        'targets = [{ indicator = "stations_with_doctor", value = 95, comparator = "=", '
        'kind = "level", year = 2025, unit_text = "%", quote = "đạt 95%" }]\n'
        'observations = [{ indicator = "doctors_per_10k", value = 8.5, year = 2023, '
        'unit_text = "bác sĩ/vạn dân", quote = "8,5 bác sĩ/vạn dân" }]\n'
        'deadlines = [{ period = "2025", quote = "năm 2025" }, '
        '{ period = "2024-Q2", quote = "Quý II/2024" }]\n'
        'assignments = [{ lead = "Sở Y tế", partners = ["Sở Tài chính"], '
        'quote = "Chủ trì, phối hợp với Sở Tài chính" }]\n'
        'references = [{ number = "201/QĐ-TTg", date = 2022-08-19 }]\n',
    )
    (case,) = read_cases(path)
    assert case.kinds == ("target", "observation", "deadline", "assignment", "reference")
    for kind in case.kinds:
        (score,) = evaluate_cases(path, kind)
        assert (score.curated, score.matched) == (len(case.labels[kind]),) * 2, kind
        assert score.precision == 1.0, (kind, score.extra)


def test_a_bad_case_file_reports_every_problem(tmp_path: Path) -> None:
    path = _case_file(
        tmp_path,
        'targets = [{ value = "ninety" }]\ndeadlines = [{ quote = "x" }]\n'
        'references = [{ issuer = "Bộ Y tế" }]\n[[case]]\nfile = "missing.txt"\n',
    )
    with pytest.raises(PlanDataError) as caught:
        read_cases(path)
    fields = [(p.record, p.field) for p in caught.value.problems]
    assert fields == [
        ("case[0].targets[0]", "indicator"),
        ("case[0].targets[0]", "value"),
        ("case[0].deadlines[0]", "period"),
        ("case[0].references[0]", "number or date"),
        ("case[1]", "file"),
    ]


def test_a_case_file_that_is_not_toml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.toml"
    path.write_text("[[case]\n", "utf-8")
    with pytest.raises(PlanDataError, match=r"cases\.toml"):
        read_cases(path)


def test_implementation_headings_of_other_shapes_and_a_task_year() -> None:
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của Sở Y tế\n- Chủ trì tổ chức triển khai; báo "
        "cáo UBND tỉnh trước ngày 15/12/2024.\n- Hoàn thành rà soát trong năm 2024.\n"
        "2.2. Sở Tài chính: Cân đối kinh phí thực hiện Kế hoạch.\n3. Đề nghị Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh phối hợp tuyên truyền.\n"
    )
    draft = draft_plan(text)
    found = [(a.lead, a.due.code if a.due else None) for a in draft.plan.assignments]
    assert found == [
        ("Sở Y tế", "2024-12-15"),
        ("Sở Y tế", "2024"),
        ("Sở Tài chính", None),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None),
    ]
    assert draft.plan.assignments[0].submitted_to == "UBND tỉnh"
    assert [d.quote for d in draft.deadlines] == ["trước ngày 15/12/2024", "trong năm 2024"]


def test_a_target_is_dated_by_the_year_on_its_own_line() -> None:
    draft = draft_plan(
        "Hà Nội, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nY tế\n\nI. MỤC TIÊU\nMục tiêu đến năm "
        "2025 và năm 2030.\n- Tỷ lệ trạm y tế xã có bác sĩ đạt 95% vào năm 2025.\n"
        "- Tỷ lệ tiêm chủng đạt 98% vào năm 2025."
    )
    assert len(draft.plan.targets) == 2
    lines = [draft.text.count("\n", 0, d.span[0]) for d in draft.deadlines]
    assert lines == [6]  # the first target's own "vào năm 2025", not the heading's; once
