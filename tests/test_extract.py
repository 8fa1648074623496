"""Drafting plans from text: the five seed texts against their curated plans, public
excerpts of plans that are not bundled, spans and quotes, reasons, the plan-file round trip,
the review table and the command line."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnhealthplan import indicators, plans
from vnhealthplan.io.extract import cli, draft_file, draft_plan, evaluate, evaluate_all
from vnhealthplan.io.extract.evaluate import total
from vnhealthplan.io.extract.values import find_values
from vnhealthplan.planfile import read_plan

CASES_DIR = Path(__file__).parent / "data" / "extract"
CASES = tomllib.loads((CASES_DIR / "cases.toml").read_text("utf-8"))["case"]


# ---- the seed texts against the curated plans ---------------------------------------------


def test_overall_recall_and_precision_meet_the_goal() -> None:
    overall = total(evaluate_all())
    assert overall.curated == sum(len(p.targets) for p in plans.load_all())
    assert overall.recall >= 0.90
    assert overall.precision >= 0.95


def test_a_target_table_is_read_completely() -> None:
    score = evaluate("dak-lak-2024")
    assert (score.curated, score.drafted, score.matched) == (14, 14, 14)


@pytest.mark.parametrize("key", plans.available())
def test_every_finding_quotes_the_text_at_its_span(key: str) -> None:
    draft = draft_plan(plans.source_text(key))
    assert draft.findings
    for finding in draft.findings:
        start, end = finding.span
        assert finding.quote == draft.text[start:end]
        if finding.kind == "unread":  # a figure the drafter did not read: no confidence
            assert finding.confidence == 0
            assert finding.reasons
        else:
            assert 0 < finding.confidence <= 1
    for target, finding in zip(
        draft.plan.targets, [f for f in draft.findings if f.kind == "target"], strict=True
    ):
        assert target.source is not None
        assert target.source.quote == finding.quote
        assert f"{finding.span[0]}–{finding.span[1]}" in target.notes


@pytest.mark.parametrize("key", plans.available())
def test_a_draft_round_trips_through_a_plan_file(key: str, tmp_path: Path) -> None:
    draft = draft_plan(plans.source_text(key))
    path = tmp_path / f"{key}.toml"
    draft.to_file(path)
    assert read_plan(path) == draft.plan
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_document_header_is_read() -> None:
    document = draft_plan(plans.source_text("quang-ngai-2023")).plan.document
    curated = plans.load("quang-ngai-2023").document
    assert (document.number, document.issued, document.place, document.issuer) == (
        curated.number,
        curated.issued,
        curated.place,
        curated.issuer,
    )


def test_a_blank_number_and_an_unnamed_province_are_left_out_with_a_reason() -> None:
    dak_lak = draft_plan(plans.source_text("dak-lak-2024"))
    assert dak_lak.plan.document.number is None
    assert dak_lak.plan.document.issued is None
    assert any("number is printed blank" in m for m in dak_lak.messages)
    unnamed = draft_plan(plans.source_text("unattributed-kbcb-2024"))
    assert unnamed.plan.province is None
    assert any("no bundled province" in m for m in unnamed.messages)


# ---- reasons for doubt --------------------------------------------------------------------


def _target_finding(text: str, indicator: str) -> tuple[float, tuple[str, ...]]:
    draft = draft_plan(text)
    found = [f for f in draft.findings if f.kind == "target" and f.record == indicator]
    assert found, draft.review_frame()
    return found[0].confidence, found[0].reasons


def test_an_ambiguous_decimal_is_read_as_a_decimal_point_and_said() -> None:
    confidence, reasons = _target_finding(
        "1. Mục tiêu đến năm 2045\n- Số giường bệnh 10.000 dân: 40.0 giường.", "beds_per_10k"
    )
    assert confidence < 1
    assert any("reads 40 or 400" in r for r in reasons)


def test_a_glued_footnote_marker_is_left_out_and_said() -> None:
    draft = draft_plan("Mục tiêu đến năm 2025: tỉ lệ tham gia bảo hiểm y tế đạt 24%1 dân số.")
    (target,) = draft.plan.targets
    assert target.value.magnitude == 24
    (finding,) = [f for f in draft.findings if f.kind == "target"]
    assert any("footnote marker '1'" in r for r in finding.reasons)


def test_a_year_from_the_title_is_said() -> None:
    text = (
        "KẾ HOẠCH\n\nNâng cao sức khỏe nhân dân giai đoạn 2021 - 2025\n\n"
        "II. NHIỆM VỤ\n- Dành ít nhất 30% ngân sách y tế cho y tế dự phòng."
    )
    confidence, reasons = _target_finding(text, "preventive_budget_share")
    assert "year taken from the title (due by 2025)" in reasons
    assert confidence <= 0.7


def test_a_past_figure_is_not_a_target() -> None:
    draft = draft_plan(
        "An Giang, ngày 27 tháng 4 năm 2018\n"
        "Tỉ lệ người dân tham gia bảo hiểm y tế (đến cuối năm 2017, chỉ mới đạt 76,5% dân số)."
    )
    assert draft.plan.targets == ()


def test_text_without_targets_gives_an_empty_draft_and_a_message() -> None:
    draft = draft_plan("Các sở, ngành triển khai thực hiện Kế hoạch này.")
    assert draft.plan.targets == ()
    assert draft.messages[-1] == "no quantified targets found in the text"


# ---- plans that are not bundled (public excerpts) -------------------------------------------


def _key(target: object) -> tuple[str, float, str, str, int]:
    code = target.indicator.code  # type: ignore[attr-defined]
    indicator = code if code in indicators.catalogue() else "draft"
    return (
        indicator,
        float(target.value.magnitude),  # type: ignore[attr-defined]
        target.comparator.value,  # type: ignore[attr-defined]
        target.kind.value,  # type: ignore[attr-defined]
        target.period.last_year,  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_public_excerpts_are_drafted_as_a_reader_reads_them(case: dict) -> None:
    draft = draft_file(CASES_DIR / case["file"])
    found = sorted(_key(t) for t in draft.plan.targets)
    wanted = sorted(
        (t["indicator"], float(t["value"]), t["comparator"], t["kind"], t["year"])
        for t in case["targets"]
    )
    assert found == wanted
    if "number" in case:
        assert draft.plan.document.number == case["number"]
    if "issued" in case:
        assert draft.plan.document.issued == case["issued"]
    if not case["targets"]:
        assert "no quantified targets found in the text" in draft.messages


def test_a_frequency_is_not_a_target() -> None:
    draft = draft_file(CASES_DIR / "ha-noi-nct-2025.txt")
    assert all(t.value.magnitude != 1 for t in draft.plan.targets)


# ---- values, review table, html ------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,%‰ /-đạtdướitrêngiườngbệnhvạndân;()\n\t", max_size=80))
def test_find_values_never_fails_and_spans_are_inside_the_text(text: str) -> None:
    for value in find_values(text):
        start, end = value.span
        assert 0 <= start < end <= len(text)
        assert math.isfinite(float(getattr(value.phrase.value, "magnitude", value.phrase.value)))


def test_review_frame_in_both_languages_and_html() -> None:
    draft = draft_plan(plans.source_text("thanh-hoa-2023"))
    en, vi = draft.review_frame("en"), draft.review_frame("vi")
    assert en.columns.tolist()[:3] == ["kind", "record", "value"]
    assert vi.columns.tolist()[:3] == ["loại", "bản ghi", "giá trị"]
    assert len(en) == len(draft.findings)
    kinds = {"document", "target", "observation", "assignment", "deadline", "reference", "unread"}
    assert set(en["kind"]) == kinds
    page = draft._repr_html_()
    assert page.startswith("<div>")
    assert "<table" in page
    assert "thanh-hoa-2023" in page


def test_assignment_rows_are_read_with_their_deadline() -> None:
    draft = draft_plan(plans.source_text("thanh-hoa-2023"))
    geriatrics = [a for a in draft.plan.assignments if "Lão khoa" in a.task]
    assert geriatrics
    assert geriatrics[0].lead == "Phòng KH-TC"
    assert geriatrics[0].due is not None
    assert geriatrics[0].due.code == "2024-Q2"


def test_partners_keep_agency_names_that_contain_va() -> None:
    draft = draft_plan(plans.source_text("unattributed-kbcb-2024"))
    partners = draft.plan.assignments[0].partners
    assert "Sở Kế hoạch và Đầu tư" in partners
    assert "UBND các huyện, thành phố" in partners


# ---- command line ---------------------------------------------------------------------------


def test_cli_writes_a_draft_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plan.txt"
    source.write_text(plans.source_text("an-giang-2018"), encoding="utf-8")
    out = tmp_path / "draft.toml"
    assert cli.main([str(source), "-o", str(out), "--lang", "vi"]) == 0
    shown = capsys.readouterr().out
    assert "độ tin cậy" in shown
    assert f"đã ghi bản nháp vào {out}" in shown
    assert read_plan(out).province is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "an empty file"), (b"\x00\x01\x02\x03", "binary data"), (b"ok\x07", "binary data")],
)
def test_cli_refuses_bad_files_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    assert cli.main([str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vnhealthplan extract: ")
    assert message in err
    assert "Traceback" not in err


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "usage:" in capsys.readouterr().err


# ---- the package's public surface -----------------------------------------------------------


def _extract_modules() -> list[str]:
    """Every public (non-underscore) module of vnhealthplan.io.extract."""
    import pkgutil

    import vnhealthplan.io.extract as package

    found = pkgutil.iter_modules(package.__path__)
    return sorted(info.name for info in found if not info.name.startswith("_"))


@pytest.mark.parametrize("name", ["", *(f".{m}" for m in _extract_modules())])
def test_public_names_are_sorted_and_have_examples(name: str) -> None:
    import importlib
    import inspect

    module = importlib.import_module(f"vnhealthplan.io.extract{name}")
    assert list(module.__all__) == sorted(module.__all__)
    assert "Examples" in (module.__doc__ or "")
    for member in module.__all__:
        obj = getattr(module, member)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert "Examples" in (obj.__doc__ or ""), f"{module.__name__}.{member}"
