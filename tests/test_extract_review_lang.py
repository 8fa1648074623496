"""The review table of a draft speaks the language it is shown in: a drafted target's or
status figure's value is written as the package's own displays write it ("17,6%" in
Vietnamese, "17.6%" in English), while the finding keeps its language-free record and the
review workbook still reads back in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnhealthplan import options, plans
from vnhealthplan.core.options import resolve_language
from vnhealthplan.extract import Draft, draft_plan
from vnhealthplan.io.extract import cli
from vnhealthplan.io.extract.reviewbook import read_review, write_review
from vnhealthplan.io.extract.reviewrows import kind_said
from vnhealthplan.text import format_quantity, format_target


@pytest.fixture(scope="module")
def dak_lak() -> Draft:
    return draft_plan(plans.source_text("dak-lak-2024"))


@pytest.fixture(scope="module")
def an_giang() -> Draft:
    return draft_plan(plans.source_text("an-giang-2018"))


def _values(draft: Draft, lang: str, kind: str = "target") -> list[str]:
    frame = draft.review_frame(lang)  # type: ignore[arg-type]
    kinds = frame.iloc[:, 0]
    chosen = resolve_language(lang)  # type: ignore[arg-type]
    named = kind if chosen == "en" else kind_said(kind, chosen)  # kinds said in Vietnamese
    return frame[kinds == named].iloc[:, 2].tolist()


def test_a_target_value_is_written_the_vietnamese_way_under_vi(dak_lak: Draft) -> None:
    vi = _values(dak_lak, "vi")
    assert "< 22‰" in vi
    assert "17.6%" not in vi
    assert any(v.endswith("17,6%") for v in vi)
    assert not [v for v in vi if " per " in v]


def test_a_target_value_stays_english_under_en(dak_lak: Draft) -> None:
    en = _values(dak_lak, "en")
    assert "17.6%" in en
    assert "< 22 per 1,000 live births" in en


def test_the_value_is_the_packages_own_target_phrase(dak_lak: Draft) -> None:
    shown = {f.said_value("vi") for f in dak_lak.findings if f.kind == "target"}
    assert shown == {format_target(t, "vi") for t in dak_lak.plan.targets}


def test_the_finding_keeps_its_language_free_record(dak_lak: Draft) -> None:
    found = [f for f in dak_lak.findings if f.kind == "target"]
    assert [f.measure for f in found] == list(dak_lak.plan.targets)
    assert [f.value for f in found] == [f.said_value("en") for f in found]  # unchanged: English


def test_the_value_follows_the_language_at_the_time_it_is_shown(dak_lak: Draft) -> None:
    with options.language("en"):
        assert "17.6%" in _values(dak_lak, None)  # type: ignore[arg-type]
    with options.language("vi"):
        said = _values(dak_lak, None)  # type: ignore[arg-type]
        assert "17.6%" not in said
        assert any("17,6%" in value for value in said)


def test_a_status_figure_is_written_the_vietnamese_way() -> None:
    draft = draft_plan(plans.source_text("quang-ngai-2023"))
    found = [f for f in draft.findings if f.kind == "observation"]
    assert [f.measure for f in found] == list(draft.plan.observations)
    assert [f.said_value("en") for f in found][:3] == [
        "2 facilities",
        "26 facilities",
        "173 stations",
    ]
    assert [f.said_value("vi") for f in found][:3] == ["2 cơ sở", "26 cơ sở", "173 trạm"]
    assert {f.said_value("vi") for f in found} == {
        format_quantity(o.value, "vi") for o in draft.plan.observations
    }
    assert "173 trạm" in _values(draft, "vi", "observation")


def test_other_rows_are_shown_as_read(an_giang: Draft) -> None:
    for f in an_giang.findings:
        if f.kind not in ("target", "observation"):
            assert f.measure is None
            assert f.said_value("vi") == f.said_value("en") == f.value


def test_the_command_writes_spans_and_confidence_the_vietnamese_way(dak_lak: Draft) -> None:
    vi, en = cli.review_lines(dak_lak, "vi"), cli.review_lines(dak_lak, "en")
    assert any("1.139" in line for line in vi)
    assert not any("1,139" in line for line in vi)
    assert any("1,139" in line for line in en)
    assert any("17,6%" in line for line in vi)
    assert any("17.6%" in line for line in en)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_workbook_reads_back_in_both_languages(
    an_giang: Draft, lang: str, tmp_path: Path
) -> None:
    path = tmp_path / f"review-{lang}.xlsx"
    write_review(an_giang, path, lang)  # type: ignore[arg-type]
    assert read_review(path, an_giang) == an_giang.plan


@pytest.mark.parametrize(("lang", "written"), [("vi", "17,5"), ("vi", "17,5%"), ("en", "17.5")])
def test_an_edited_value_reads_back_in_the_workbooks_language(
    dak_lak: Draft, lang: str, written: str, tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / f"review-{lang}.xlsx"
    write_review(dak_lak, path, lang)  # type: ignore[arg-type]
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    (n,) = [n for n in range(2, sheet.max_row + 1) if sheet.cell(n, 4).value == "underweight_u5"]
    sheet.cell(n, 5).value = written
    book.save(path)
    edited = read_review(path, dak_lak).targets[0]
    assert edited.indicator.code == "underweight_u5"
    assert edited.value.magnitude == pytest.approx(17.5)


def test_the_plan_file_does_not_depend_on_the_language(dak_lak: Draft, tmp_path: Path) -> None:
    written = []
    for lang in ("vi", "en"):
        with options.language(lang):  # type: ignore[arg-type]
            dak_lak.to_file(tmp_path / f"{lang}.toml")
        written.append((tmp_path / f"{lang}.toml").read_text(encoding="utf-8"))
    assert written[0] == written[1]
