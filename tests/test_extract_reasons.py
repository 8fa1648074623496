"""The drafter's reasons for doubt in Vietnamese: every reason of every drafted record is a
:class:`~vnhealthplan.core.reasons.Reason` whose template ``core/locale/vi/reasons.po``
translates, and the review table, the terminal table and the workbook say them in the
language asked for (English exactly as before)."""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcecalls import calls_named
from vnhealthplan import plans
from vnhealthplan.core.reasons import CONTEXT, Reason, reason, said
from vnhealthplan.extract import Draft, draft_file, draft_plan
from vnhealthplan.io.extract import cli
from vnhealthplan.io.extract.cases import read_cases
from vnhealthplan.io.extract.reasons import translated_templates

DATA = Path(__file__).parent / "data" / "extract"
#: The labelled texts drafted here: only their text is read (never their labels), and
#: only of released cases.
CASE_FILES = (DATA / "cases.toml", DATA / "blind.toml")


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    """The five bundled plans and every text of the case files, drafted."""
    found = {key: draft_plan(plans.source_text(key), key=key) for key in plans.available()}
    for file in CASE_FILES:
        for case in read_cases(file):
            if case.meta.get("seen", True):  # a blind case is not drafted here
                found[f"{file.name}: {case.key}"] = draft_file(case.path)
    return found


def _templates(why: Reason) -> Iterator[str]:
    """*why*'s template and those of the reasons it is built on."""
    yield why.template
    for value in why.fields.values():
        for part in value if isinstance(value, tuple) else (value,):
            if isinstance(part, Reason):
                yield from _templates(part)
            elif isinstance(value, tuple):
                yield f"(a plain string among the reasons of a field: {part!r})"


def test_every_reason_of_every_drafted_record_is_a_translated_reason(drafts):
    known = translated_templates()
    wrong = []
    for name, draft in drafts.items():
        for finding in draft.findings:
            for why in finding.reasons:
                where = f"{name}: {finding.kind} {finding.record!r}: {why!r}"
                if not isinstance(why, Reason):
                    wrong.append(f"{where} is a plain string: make it with reason(...)")
                    continue
                missing = [t for t in _templates(why) if t not in known]
                wrong += [f"{where}: no Vietnamese for {t!r} in reasons.po" for t in missing]
    assert wrong == []
    released = [c for f in CASE_FILES for c in read_cases(f) if c.meta.get("seen", True)]
    assert len(drafts) == 5 + len(released)


def test_every_reason_reads_the_same_in_english_and_has_its_vietnamese(drafts):
    reasons = {why for d in drafts.values() for f in d.findings for why in f.reasons}
    assert len(reasons) > 100
    for why in reasons:
        assert why.said("en") == str(why)
        vietnamese = why.said("vi")
        assert vietnamese, why
        assert vietnamese != str(why), why


def _reason_calls() -> list[tuple[str, Any]]:
    """(where, first argument) of every ``reason(...)`` call in the package."""
    return [
        (where, node.args[0] if node.args else None)
        for where, node in calls_named("reason", methods=False)
    ]


def test_every_reason_written_in_the_code_is_a_literal_the_catalogue_translates():
    calls = _reason_calls()
    known = translated_templates()
    not_literal = [where for where, first in calls if not isinstance(first, ast.Constant)]
    missing = [
        (where, first.value)
        for where, first in calls
        if isinstance(first, ast.Constant) and first.value not in known
    ]
    assert not_literal == []
    assert missing == []
    written = {first.value for _, first in calls if isinstance(first, ast.Constant)}
    assert len(written) >= 80
    assert known - written == set()  # no translation left over from a reason no longer made


def test_a_reason_is_the_string_it_was_before():
    why = reason("its year {year} is before the plan's year {plan_year}", year=2019, plan_year=2020)
    text = "its year 2019 is before the plan's year 2020"
    assert why == text
    assert hash(why) == hash(text)
    assert repr(why) == repr(text)
    assert f"{why}" == text
    assert "; ".join((why, why)) == f"{text}; {text}"
    assert why in {text}
    assert why.startswith("its year")
    for again in (pickle.loads(pickle.dumps(why)), copy.deepcopy(why), copy.copy(why)):
        assert isinstance(again, Reason)
        assert again == why
        assert (
            again.said("vi")
            == why.said("vi")
            == ("năm 2019 của số liệu trước năm 2020 của kế hoạch")
        )
    with pytest.raises(AttributeError, match="cannot be changed"):
        why.template = "another"  # type: ignore[misc]


def test_fields_built_of_reasons_are_said_in_one_language():
    cues = (
        reason("'{word}' before the value", word="mục tiêu"),
        reason("its year {year} is after the plan's year {plan_year}", year=2030, plan_year=2020),
    )
    why = reason("could be a target: {cues}", cues=cues)
    assert why == (
        "could be a target: 'mục tiêu' before the value; "
        "its year 2030 is after the plan's year 2020"
    )
    assert why.said("vi") == (
        "có thể là chỉ tiêu: 'mục tiêu' đứng trước giá trị; "
        "năm 2030 của số liệu sau năm 2020 của kế hoạch"
    )
    shown = {"en": "192 births per woman", "vi": "192 con/phụ nữ"}
    typo = reason(
        "{said!r} is read as {low:g}, '.' as the decimal point: the thousands reading, "
        "{shown}, is impossible (no plan's figure in this unit is above {most:g})",
        said="1.92", low=1.92, shown=shown, most=20.0,
    )  # fmt: skip
    assert "192 births per woman" in typo
    assert "192 con/phụ nữ" in typo.said("vi")


def test_a_template_missing_from_the_catalogue_fails_in_vietnamese_only():
    from vnhealthplan.core.i18n import MissingTranslationError

    why = reason("a reason nobody translated ({n})", n=1)
    assert why.said("en") == "a reason nobody translated (1)"
    with pytest.raises(MissingTranslationError, match=f"context {CONTEXT!r}"):
        why.said("vi")
    assert said([why, "a plain string"], "en") == "a reason nobody translated (1); a plain string"


def test_the_review_table_says_the_reasons_in_its_language(drafts):
    draft = drafts["an-giang-2018"]
    english, vietnamese = draft.review_frame("en"), draft.review_frame("vi")
    assert english["reasons"].tolist() == [
        "; ".join(draft.findings[i].reasons) for i in english.index
    ]
    assert vietnamese["lý do"].tolist() == [
        draft.findings[i].said_reasons("vi") for i in vietnamese.index
    ]
    assert "mẫu số lấy từ cuối danh sách (bed / ten_thousand_people)" in set(vietnamese["lý do"])
    assert not any("the denominator" in r for r in vietnamese["lý do"])


def test_the_review_workbook_says_the_reasons_in_its_language(drafts, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from vnhealthplan.io.extract.reviewbook import read_review, write_review

    draft = drafts["an-giang-2018"]
    for lang, column in (("vi", "lý do"), ("en", "reasons")):
        path = write_review(draft, tmp_path / f"{lang}.xlsx", lang)  # type: ignore[arg-type]
        sheet = openpyxl.load_workbook(path).worksheets[0]
        header = [c.value for c in sheet[1]]
        at = header.index(column) + 1
        cells = {
            sheet.cell(n, 1).value: sheet.cell(n, at).value for n in range(2, sheet.max_row + 1)
        }
        assert cells[16] == draft.findings[16].said_reasons(lang)  # type: ignore[arg-type]
        assert read_review(path, draft) == draft.plan  # the reasons are read-only cells


def test_the_extract_command_says_the_reasons_in_vietnamese(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    path = DATA / "kon-tum-1479-2022.txt"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main([str(path), "--lang", "vi"]) == 0
    shown = out.getvalue()
    assert "không có chỉ số nào trong danh mục khớp với từ ngữ: tạo chỉ số nháp" in shown
    assert "ghi chú: không có tên văn bản dưới dòng 'KẾ HOẠCH'" in shown
    assert "no catalogue indicator" not in shown
    assert "no title under" not in shown
