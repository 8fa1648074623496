"""The library's errors in Vietnamese, outside the command line: no English-only message left in
the package's code, every error a user of the API meets said in Vietnamese, and an error's
``str()`` in the package language."""

from __future__ import annotations

import ast
import re

import attrs
import numpy as np
import pandas as pd
import pytest

from sourcecalls import SRC, calls_named
from vnhealthplan import Period, districts, indicators, options, per_capita, plans, provinces, ureg
from vnhealthplan.analysis.frames.observed import (
    indicator_unit,
    read_finite,
    read_period,
    read_unit,
)
from vnhealthplan.core.i18n import catalogue
from vnhealthplan.core.messages import CONTEXT
from vnhealthplan.display import show, to_html
from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.extract import draft_plan
from vnhealthplan.forms import write_form
from vnhealthplan.frames import targets_frame
from vnhealthplan.model.compare import codes
from vnhealthplan.plot import assignment_timeline, indicator_chart
from vnhealthplan.review import write_review
from vnhealthplan.rollup import counts_needed, rollup, weighted_mean
from vnhealthplan.text import (
    format_number,
    format_numbers,
    format_period,
    format_quantity,
    format_target,
    format_unit,
    parse_number,
    parse_period,
    parse_quantity,
    parse_target_phrase,
)
from vnhealthplan.text.names import format_agency, lookup_agency
from vnhealthplan.vocab import AutonomyGroup, Comparator

#: Where each error (or error-making call) takes its message: (position, keyword).
_MESSAGE_AT = {
    "ValidationError": (3, "expected"),
    "WrongTypeError": (3, "expected"),
    "DimensionError": (2, "expected"),
    "ShapeError": (0, None),
    "Problem": (4, "message"),
    "ParseError": (4, "expected"),
    "FieldError": (2, "message"),
    "ExtractError": (1, "reason"),
    "ScannedPDFError": (1, "reason"),
    "RebaseError": (0, None),
    "VNHealthPlanError": (0, None),
    "MissingDependencyError": (2, "what"),
    "fail": (3, "expected"),  # core.checks.fail: a record's attribute refused
    "_bad": (3, "expected"),  # text.numbers: a number that does not read
}
#: The period reader's own error-making calls (text/periods.py).
_PERIOD_AT = {"at": 2, "error": 2, "_small": 3}
#: Variables that hold an error's message before it is raised.
_MESSAGE_NAMES = frozenset({"expected", "why", "hint"})
#: Modules left for now, each with why (none: the review workbook's read-back speaks both).
_LEFT: frozenset[str] = frozenset()
#: Modules whose ``hint`` or ``why`` are words of a display or a code, not an error's text.
_DISPLAYS = {"model/displays.py", "core/html.py", "io/extract/changes.py"}


def _text(node: ast.AST | None) -> bool:
    """Whether *node* is English text written in place: a str literal or an f-string."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _text(node.left) or _text(node.right)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def _message_of(node: ast.Call, name: str) -> ast.AST | None:
    at, keyword = _MESSAGE_AT[name]
    if len(node.args) > at:
        return node.args[at]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def _english_only() -> list[str]:
    found = []
    for name in _MESSAGE_AT:
        for where, node in calls_named(name):
            if where.split(":")[0] not in _LEFT and _text(_message_of(node, name)):
                found.append(f"{where}: {name}")
    for name, at in _PERIOD_AT.items():
        for where, node in calls_named(name):
            if where.startswith("text/periods.py") and len(node.args) > at:
                found += [f"{where}: {name}"] if _text(node.args[at]) else []
    for where, node in calls_named("NoReading"):  # the grammars' failures: a template
        last = node.args[-1] if node.args else None
        if isinstance(last, ast.JoinedStr):
            found.append(f"{where}: NoReading")
    return found


def test_no_error_of_the_package_is_given_english_only_text():
    """A message given as a plain string or an f-string has no Vietnamese form: each is a
    ``message("template", ...)`` (core/messages), translated in core/locale/vi."""
    assert _english_only() == []


def test_no_message_variable_holds_english_only_text():
    """``expected = f"..."`` before a raise is the same English-only text, one step away."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        where = str(path.relative_to(SRC))
        if where in _LEFT or where in _DISPLAYS or where.startswith("present/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if getattr(target, "id", None) in _MESSAGE_NAMES and _text(node.value):
                    found.append(f"{where}:{node.lineno}")
    assert found == []


def test_what_a_text_is_read_as_has_its_vietnamese_translation():
    """ "cannot read '12 xyz' as a quantity": the *what* of the readers' ParseErrors."""
    whats = {node.args[1].value for _, node in calls_named("normalise") if len(node.args) > 1
             and isinstance(node.args[1], ast.Constant)}  # fmt: skip
    assert "a quantity" in whats
    assert [w for w in sorted(whats) if (CONTEXT, w) not in catalogue("vi")] == []


def test_every_template_of_the_grammars_has_its_vietnamese_translation():
    templates = [
        (where, node.args[-1].value)
        for where, node in calls_named("NoReading")
        if node.args and isinstance(node.args[-1], ast.Constant)
    ]
    assert len(templates) > 15
    missing = [t for t in templates if (CONTEXT, t[1]) not in catalogue("vi")]
    assert missing == []


#: English words no Vietnamese error of the API may keep (outside quotes and code names).
_ENGLISH = frozenset(
    [
        "expected", "got", "cannot", "read", "as", "at", "or", "and", "of", "the", "a", "an",
        "such", "number", "string", "name", "year", "unit", "first", "after", "before",
        "between", "missing", "not", "with", "shape", "has", "but", "quantity", "unknown",
        "known", "plans", "did", "you", "mean",
    ]
)  # fmt: skip


def _english_left(text: str) -> set[str]:
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)  # what the user wrote, examples, codes
    text = re.sub(r"\b[\w.]+\.[\w.]+\b|\b\w+_\w+\b|\b[A-Z]\w*[A-Z]\w*\b", " ", text)
    return {w for w in re.findall(r"\w+", text) if w.casefold() in _ENGLISH}


def test_the_english_check_reads_whole_words():
    """Before: "[A-Za-z]+" split "địa" into "a" and "đa khoa" into "a", "khoa": English."""
    assert _english_left("cần một số địa bàn; đa khoa; quận Hai Bà Trưng") == set()
    assert _english_left("cần a number") == {"a", "number"}
    assert _english_left("expected 'a number' in vnhealthplan.a_b") == {"expected"}


API_ERRORS = {
    "a number given a non-string": lambda: parse_number(5130),
    "a period given a non-string": lambda: parse_period(2024),
    "a period that reads as none": lambda: parse_period("Quý V/2024"),
    "a period with text after it": lambda: parse_period("năm 2025 và hơn nữa"),
    "a target phrase with no number": lambda: parse_target_phrase("abc"),
    "a range with no end": lambda: parse_target_phrase("từ 80 đến"),
    "a quantity with an unknown unit": lambda: parse_quantity("12 xyz"),
    "a quantity with no number": lambda: parse_quantity("giường bệnh"),
    "a ratio of the wrong dimension": lambda: per_capita(
        ureg.Quantity(5130, "bed"), ureg.Quantity(29, "doctor")
    ),
    "arrays that do not line up": lambda: per_capita(np.array([2430, 2700]),
                                                     np.array([1.0e6, 1.1e6, 1.2e6])),
    "a period of a year out of range": lambda: Period.year(20240),
    "a quarter out of range": lambda: Period.quarter(2024, 5),
    "bytes given to the drafter": lambda: draft_plan(b"KE HOACH"),
    "a province given a number": lambda: provinces.get(5),
    "a district given a number": lambda: districts.get(5),
    "an unknown plan": lambda: plans.load("ha-noi-2024"),
    # session 9: the built-in raises of the public API made package errors
    "a unit in a language without words": lambda: format_unit("bed", "fr"),
    "a unit the package has no name for": lambda: format_unit("bed ** 2"),
    "an agency given as text": lambda: format_agency("BHXH"),
    "an agency in a language without words": lambda: format_agency(lookup_agency("SYT"), "fr"),
    "a target in a language without words": lambda: format_target(
        plans.load("an-giang-2018").targets[0], "fr"),
    "text given to format_number": lambda: format_number("5.130"),
    "negative decimals": lambda: format_number(5, decimals=-1),
    "an empty locale": lambda: format_number(5, lang=""),
    "a locale babel does not know": lambda: format_number(5, lang="xx"),
    "text among numbers to format": lambda: format_numbers(np.array([1, "a"], dtype=object)),
    "dates given to format_numbers": lambda: format_numbers(np.array(["2024-01-01"],
                                                                     dtype="datetime64[D]")),
    "na_rep not text": lambda: format_numbers([1], na_rep=0),
    "a period given as text to format": lambda: format_period("2024"),
    "a period in a language without words": lambda: format_period(Period.year(2024), "fr"),
    "a number given for a quantity": lambda: format_quantity(5),
    "a quantity that is NaN": lambda: format_quantity(ureg.Quantity(float("nan"), "bed")),
    "a quantity in a language without words": lambda: format_quantity(ureg.Quantity(5, "bed"),
                                                                      "fr"),
    "a missing comparator among codes": lambda: codes(Comparator, ["<", None]),
    "a chart of an indicator the plan lacks": lambda: indicator_chart(
        plans.load("an-giang-2018"), "crude_birth_rate"),
    "a timeline of a plan without due dates": lambda: assignment_timeline(
        plans.load("quang-ngai-2023")),
    "a review file of another kind": lambda: write_review(plans.load("an-giang-2018"), "r.txt"),
    "a frame without the gaps columns": lambda: show(pd.DataFrame({"indicator": []})),
    "no HTML display for a number": lambda: to_html(5),
    "a list of numbers to show": lambda: show([1, 2]),
    "a number given for plans": lambda: targets_frame([5]),
    "a form of a plan without targets": lambda: write_form(
        attrs.evolve(plans.load("an-giang-2018"), targets=()), "f.xlsx"),
    "a growth rate of -2": lambda: counts_needed(
        plans.load("thanh-hoa-2023").targets_for("beds_per_10k")[0], 1_000_000,
        growth_rate=-2, population_year=2020),
    "a growth rate without its year": lambda: counts_needed(
        plans.load("thanh-hoa-2023").targets_for("beds_per_10k")[0], 1_000_000,
        growth_rate=0.01),
    "a roll-up without its column": lambda: rollup(
        pd.DataFrame({"p": ["a"], "beds": [1]}), "p", count="beds", population="pop"),
    "a roll-up of text": lambda: rollup(
        pd.DataFrame({"p": ["a"], "beds": ["1"], "pop": [5]}), "p", count="beds",
        population="pop"),
    "negative weights": lambda: weighted_mean([1, 2], [-1, 2]),
    "weights that sum to 0": lambda: weighted_mean([1, 2], [0, 0]),
    # follow9: the cell readers of observations_from_frame (plain ValueError before)
    "a cell that is no number": lambda: read_finite("abc"),
    "a cell that reads two ways": lambda: read_finite("5.130"),
    "a number with its unit in the cell": lambda: read_finite("27,4 giường"),
    "a per cent sign in a row of beds": lambda: read_finite("96,4%", "bed"),
    "a year that is not whole": lambda: read_period(2024.5),
    "text that is no unit": lambda: read_unit("xyz"),
    "text that is no unit of an indicator": lambda: indicator_unit("xyz", indicators.get("imr")),
    "a unit of another dimension": lambda: indicator_unit("giường", indicators.get("imr")),
    # follow9: the model's own readers (plain ValueError and TypeError before)
    "an unknown comparator": lambda: Comparator.parse("=>"),
    "a comparator given a number": lambda: Comparator.parse(5),
    "an autonomy group out of range": lambda: AutonomyGroup.parse("nhóm năm"),
    "a period code of no form": lambda: Period.parse("Q2/2024"),
    "a period code of a day that does not exist": lambda: Period.parse("2024-02-30"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(API_ERRORS))
def test_an_error_of_the_api_is_said_in_vietnamese(case):
    with pytest.raises(VNHealthPlanError) as caught:
        API_ERRORS[case]()
    err = caught.value
    english, vietnamese = err.said("en"), err.said("vi")
    assert str(err) == english  # the default language is English
    assert _english_left(english)  # the check finds English where it is
    assert vietnamese != english
    assert _english_left(vietnamese) == set(), vietnamese
    with options.language("vi"):
        assert str(err) == vietnamese


def test_str_of_an_error_follows_the_package_language():
    with pytest.raises(VNHealthPlanError) as caught:
        Period.quarter(2024, 5)
    with options.language("vi"):
        assert str(caught.value) == "Period.quarter: nhận giá trị 5; cần quý 1, 2, 3 hoặc 4"
    assert caught.value.said("en") == "Period.quarter: got 5; expected a quarter 1, 2, 3 or 4"
    assert str(caught.value) == caught.value.said("en")  # outside the block: English again
    assert "got 5" in str(caught.value.as_message())  # the Message stays English text


def test_a_problem_report_follows_the_package_language(tmp_path):
    from vnhealthplan.export import read_observations

    path = tmp_path / "mine.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nThanh Hóa,imr,2024,abc\n", encoding="utf-8")
    with pytest.raises(VNHealthPlanError) as caught:
        read_observations(path)
    with options.language("vi"):
        assert (
            str(caught.value).splitlines()[1]
            == "  mine.csv: dòng 2: giá trị = 'abc': cần một số hữu hạn"
        )
        assert (
            str(caught.value.problems[0]) == "mine.csv: dòng 2: giá trị = 'abc': cần một số hữu hạn"
        )
    assert (
        str(caught.value.problems[0]) == "mine.csv: row 2: value = 'abc': expected a finite number"
    )


def test_a_review_workbook_read_back_error_follows_the_package_language():
    """A reviewer who reads Vietnamese gets the workbook's bad cells in Vietnamese."""
    from vnhealthplan.extract import draft_plan
    from vnhealthplan.io.extract.reviewcells import apply_rows, row_cells, rows_of

    draft = draft_plan("KẾ HOẠCH\nY tế năm 2025\n\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
    cells = [row_cells(row, "vi") for row in rows_of(draft)]
    cells[2][2], cells[2][3], cells[2][4] = "hmm", "doctors", "mười một"
    problems: list = []
    apply_rows(draft, list(enumerate(cells, 2)), "vi", ("r.xlsx", "Rà soát"), problems)
    assert [str(p) for p in problems] == [
        "r.xlsx: Rà soát!C4: keep = 'hmm': expected 'có' or 'không'",
        "r.xlsx: Rà soát!D4: record = 'doctors': expected an indicator code of the catalogue or "
        "of this draft (unknown indicator 'doctors'; did you mean 'doctors_per_10k'?)",
        "r.xlsx: Rà soát!E4: value = 'mười một': expected a number in the row's unit, or a number "
        "with its unit (a number first)",
    ]
    with options.language("vi"):
        said = [str(p) for p in problems]
    assert said == [
        "r.xlsx: Rà soát!C4: giữ = 'hmm': cần 'có' hoặc 'không'",
        "r.xlsx: Rà soát!D4: bản ghi = 'doctors': cần một mã chỉ tiêu của danh mục hoặc của bản "
        "dự thảo này (không có chỉ tiêu 'doctors'; có phải là 'doctors_per_10k'?)",
        "r.xlsx: Rà soát!E4: giá trị = 'mười một': cần một số theo đơn vị của dòng, hoặc một số "
        "kèm đơn vị của nó (một số đứng trước)",
    ]
