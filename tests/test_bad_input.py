"""A corpus of bad input: each case names its entry point, the exact error and the bad value.

Every row is ``(callable, args, kwargs, error class, text)``: calling ``callable(*args,
**kwargs)`` must raise exactly *error class* (not a subclass, not a parent), one of the
package's own errors, whose message contains *text*, a piece of the bad value as the user
wrote it. No silent wrong answer (``per_capita(5130, inf)`` giving 0) and no stray
``TypeError`` from deep inside a regex.

Areas: numbers and other text, dates and ``on=``, ratios, extraction, exports, audit.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pytest

from vnhealthplan import (
    Assignment,
    DimensionError,
    Period,
    ShapeError,
    ValidationError,
    WrongTypeError,
    implied_population,
    per_capita,
    plans,
    required_count,
    ureg,
)
from vnhealthplan.analysis.audit import Finding, audit, findings_frame
from vnhealthplan.core import checks
from vnhealthplan.export import ExportTable, to_csv, to_parquet
from vnhealthplan.extract import ExtractError, draft_file, draft_plan, read_text
from vnhealthplan.io.export._writers import file_name
from vnhealthplan.io.extract.reading import check_controls, decode
from vnhealthplan.text import (
    parse_number,
    parse_period,
    parse_quantity,
    parse_target_phrase,
    parse_unit,
)
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError

Q = ureg.Quantity
BEDS_PER_10K = Q(29, "bed / ten_thousand_people")
NAN, INF = float("nan"), float("inf")


class Case(NamedTuple):
    call: Any
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    error: type[BaseException]
    text: str


def case(call: Any, *args: Any, error: type[BaseException], text: str, **kwargs: Any) -> Case:
    return Case(call, args, kwargs, error, text)


# ---- numbers and other text ----------------------------------------------------------------

NUMBERS = [
    case(parse_number, "0.130", error=AmbiguousNumberError, text="'0.130'"),
    case(parse_number, "00.130", error=AmbiguousNumberError, text="'00.130'"),
    case(parse_number, "-0.130", error=AmbiguousNumberError, text="'-0.130'"),
    case(parse_number, "012.345", error=AmbiguousNumberError, text="'012.345'"),
    case(parse_number, "0.130.000", error=ParseError, text="'0.130.000'"),
    case(parse_number, "0.130,5", error=ParseError, text="'0.130,5'"),
    case(parse_number, "0.130", decimal=",", error=ParseError, text="'0.130'"),
    case(parse_number, "0,130", decimal=".", error=ParseError, text="'0,130'"),
    case(parse_number, "5.13", error=AmbiguousNumberError, text="'5.13'"),
    case(parse_number, "40.0", error=AmbiguousNumberError, text="'40.0'"),
    case(parse_number, "3.5", error=AmbiguousNumberError, text="'3.5'"),
    case(parse_number, "1,2,3", error=ParseError, text="'1,2,3'"),
    case(parse_number, "5 130", error=ParseError, text="'5 130'"),
    case(parse_number, "12 %", error=ParseError, text="'12 %'"),
    case(parse_number, "", error=ParseError, text="''"),
    case(parse_number, "   ", error=ParseError, text="'   '"),
    case(parse_number, "-", error=ParseError, text="'-'"),
    case(parse_number, "abc", error=ParseError, text="'abc'"),
    case(parse_number, "١٢", error=ParseError, text="'١٢'"),
    case(parse_number, "１２", error=ParseError, text="'１２'"),
    case(parse_number, "5.130\x00", error=ParseError, text="'5.130\\x00'"),
    case(parse_number, "5.1300", error=AmbiguousNumberError, text="'5.1300'"),
    case(parse_number, "5..130", error=ParseError, text="'5..130'"),
    case(parse_number, "nan", error=ParseError, text="'nan'"),
    case(parse_number, "inf", error=ParseError, text="'inf'"),
    case(parse_number, "1e5", error=ParseError, text="'1e5'"),
    case(parse_number, "9" * 400 + ",5", error=ParseError, text="999"),
    case(parse_number, 5130, error=WrongTypeError, text="5130"),
    case(parse_number, None, error=WrongTypeError, text="None"),
    case(parse_number, b"5.130", error=WrongTypeError, text="b'5.130'"),
    case(parse_number, "5", decimal=";", error=ValidationError, text="';'"),
    case(parse_period, "Quý V/2024", error=ParseError, text="'Quý V/2024'"),
    case(parse_period, "năm 1800", error=ParseError, text="'năm 1800'"),
    case(parse_period, "2024-2020", error=ParseError, text="'2024-2020'"),
    case(parse_period, "", error=ParseError, text="''"),
    case(parse_period, None, error=WrongTypeError, text="None"),
    case(parse_period, 2024, error=WrongTypeError, text="2024"),
    case(parse_quantity, "0.130 giường", error=AmbiguousNumberError, text="'0.130 giường'"),
    case(parse_quantity, "abc", error=ParseError, text="'abc'"),
    case(parse_quantity, "12 %%", error=ParseError, text="'12 %%'"),
    case(parse_quantity, None, error=WrongTypeError, text="None"),
    case(parse_unit, None, error=WrongTypeError, text="None"),
    case(parse_target_phrase, None, error=WrongTypeError, text="None"),
]

# ---- dates and on= ------------------------------------------------------------------------

Q4_2022 = Period.quarter(2022, 4)
TASK = Assignment("Chính sách thu hút", lead="Phòng TCVH", due=Q4_2022)

DATES = [
    case(Q4_2022.is_past, "2023-10-14", error=WrongTypeError, text="'2023-10-14'"),
    case(Q4_2022.is_past, 20231014, error=WrongTypeError, text="20231014"),
    case(Q4_2022.is_past, None, error=WrongTypeError, text="None"),
    case(Q4_2022.is_past, [2023, 10, 14], error=WrongTypeError, text="[2023, 10, 14]"),
    case(Q4_2022.is_past, 2023.5, error=WrongTypeError, text="2023.5"),
    case(Q4_2022.is_past, pd.NaT, error=ValidationError, text="NaT"),
    case(Q4_2022.is_past, np.datetime64("NaT"), error=ValidationError, text="NaT"),
    case(Q4_2022.is_past, np.datetime64("2023-10"), error=ValidationError, text="2023-10"),
    case(Q4_2022.is_past, np.datetime64("2023"), error=ValidationError, text="2023"),
    case(TASK.is_overdue, "2023-10-14", error=WrongTypeError, text="'2023-10-14'"),
    case(TASK.is_overdue, 2023, error=WrongTypeError, text="2023"),
    case(TASK.is_overdue, None, error=WrongTypeError, text="None"),
    case(TASK.is_overdue, b"2023-10-14", error=WrongTypeError, text="b'2023-10-14'"),
    case(checks.as_date, "14/10/2023", "f", "on", error=WrongTypeError, text="'14/10/2023'"),
    case(checks.as_date, {"year": 2023}, "f", "on", error=WrongTypeError, text="{'year': 2023}"),
    case(checks.year, "2024", "Period.year", "year", error=WrongTypeError, text="'2024'"),
    case(checks.year, 2024.5, "f", "year", error=WrongTypeError, text="2024.5"),
    case(checks.year, 2024.0, "f", "year", error=WrongTypeError, text="2024.0"),
    case(checks.year, True, "f", "year", error=WrongTypeError, text="True"),
    case(checks.year, None, "f", "year", error=WrongTypeError, text="None"),
    case(checks.year, 1800, "f", "year", error=ValidationError, text="1800"),
    case(checks.year, np.int64(20240), "f", "year", error=ValidationError, text="20240"),
    case(checks.finite_number, NAN, "f", "x", error=ValidationError, text="nan"),
    case(checks.finite_number, -INF, "f", "x", error=ValidationError, text="-inf"),
    case(checks.finite_number, "12", "f", "x", error=WrongTypeError, text="'12'"),
    case(checks.finite_number, False, "f", "x", error=WrongTypeError, text="False"),
    case(checks.non_negative, -0.5, "f", "x", error=ValidationError, text="-0.5"),
    case(checks.non_negative, 0, "f", "x", zero=False, error=ValidationError, text="got 0"),
]

# ---- ratios -------------------------------------------------------------------------------

RATIOS = [
    case(per_capita, Q(5130, "bed"), INF, error=ValidationError, text="got inf"),
    case(per_capita, INF, 1000, error=ValidationError, text="got inf"),
    case(per_capita, Q(5130, "bed"), NAN, error=ValidationError, text="got nan"),
    case(per_capita, NAN, 1e6, error=ValidationError, text="got nan"),
    case(per_capita, Q(5130, "bed"), 0, error=ValidationError, text="got 0"),
    case(per_capita, Q(5130, "bed"), -1e6, error=ValidationError, text="-1000000"),
    case(per_capita, -5130, 1e6, error=ValidationError, text="-5130"),
    case(per_capita, Q(-5130, "bed"), 1e6, error=ValidationError, text="-5130"),
    case(
        per_capita,
        np.array([1.0, INF]),
        np.array([1e6, 1e6]),
        error=ValidationError,
        text="count[1]: got inf",
    ),
    case(
        per_capita,
        np.array([1.0, 2.0]),
        np.array([1e6, -INF]),
        error=ValidationError,
        text="population[1]: got -inf",
    ),
    case(
        per_capita,
        np.array([1.0, 2.0]),
        np.array([1e6, 0.0]),
        error=ValidationError,
        text="population[1]: got 0.0",
    ),
    case(
        per_capita,
        pd.Series([2430.0, -1.0]),
        pd.Series([1e6, 1e6]),
        error=ValidationError,
        text="count[1]: got -1.0",
    ),
    case(
        per_capita,
        np.array([1, 2]),
        np.array([1e6, INF]),
        error=ValidationError,
        text="population[1]: got inf",
    ),
    case(per_capita, "5130", 1e6, error=WrongTypeError, text="'5130'"),
    case(per_capita, True, 1e6, error=WrongTypeError, text="True"),
    case(per_capita, None, 1e6, error=WrongTypeError, text="None"),
    case(per_capita, 5130, "1.768.966", error=WrongTypeError, text="'1.768.966'"),
    case(per_capita, np.array(["a"]), 1e6, error=WrongTypeError, text="['a']"),
    case(per_capita, 5130, 1e6, per=500, error=ValidationError, text="got 500"),
    case(per_capita, 5130, 1e6, per=10_000.0, error=WrongTypeError, text="10000.0"),
    case(per_capita, 5130, 1e6, per="10000", error=WrongTypeError, text="'10000'"),
    case(per_capita, Q(5130, "bed"), Q(29, "doctor"), error=DimensionError, text="29 doctor"),
    case(per_capita, np.array([1, 2]), np.array([1e6, 2e6, 3e6]), error=ShapeError, text="(3,)"),
    case(required_count, -39, 1e6, error=ValidationError, text="got -39"),
    case(
        required_count,
        Q(-39, "bed / ten_thousand_people"),
        3_764_241,
        error=ValidationError,
        text="got -39",
    ),
    case(required_count, BEDS_PER_10K, INF, error=ValidationError, text="got inf"),
    case(required_count, INF, 1e6, error=ValidationError, text="got inf"),
    case(required_count, BEDS_PER_10K, NAN, error=ValidationError, text="got nan"),
    case(required_count, BEDS_PER_10K, 0, error=ValidationError, text="got 0"),
    case(required_count, BEDS_PER_10K, -3_764_241, error=ValidationError, text="-3764241"),
    case(
        required_count,
        np.array([39.0, -1.0]),
        np.array([1e6, 1e6]),
        error=ValidationError,
        text="ratio[1]: got -1.0",
    ),
    case(required_count, BEDS_PER_10K, "3764241", error=WrongTypeError, text="'3764241'"),
    case(required_count, Q(5130, "bed"), 1e6, error=DimensionError, text="5130 bed"),
    case(
        implied_population,
        Q(5130, "bed"),
        Q(INF, "bed / ten_thousand_people"),
        error=ValidationError,
        text="got inf",
    ),
    case(implied_population, 5130, INF, error=ValidationError, text="got inf"),
    case(implied_population, INF, 29, error=ValidationError, text="got inf"),
    case(implied_population, 5130, 0, error=ValidationError, text="got 0"),
    case(implied_population, 5130, -29, error=ValidationError, text="got -29"),
    case(implied_population, -5130, 29, error=ValidationError, text="got -5130"),
    case(implied_population, 5130, NAN, error=ValidationError, text="got nan"),
    case(
        implied_population,
        np.array([5130.0, 5130.0]),
        np.array([29.0, INF]),
        error=ValidationError,
        text="ratio[1]: got inf",
    ),
    case(
        implied_population,
        Q(5130, "bed"),
        Q(7.7, "doctor / ten_thousand_people"),
        error=DimensionError,
        text="7.7 doctor",
    ),
    case(implied_population, None, 29, error=WrongTypeError, text="None"),
]

# ---- extraction ---------------------------------------------------------------------------


def _run_module(*args: str) -> None:
    """Run ``python -m vnhealthplan.io.extract.cli``; raise ExtractError if it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "vnhealthplan.io.extract.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise ExtractError(args[0], f"exit {done.returncode}: {done.stderr.strip()}")


EXTRACTION = [
    case(draft_plan, None, error=WrongTypeError, text="None"),
    case(draft_plan, b"K\xe1\xba\xbe HO\xe1\xba\xa0CH", error=WrongTypeError, text="b'K"),
    case(draft_plan, bytearray(b"plan"), error=WrongTypeError, text="b'plan'"),
    case(draft_plan, 5130, error=WrongTypeError, text="5130"),
    case(draft_plan, ["KẾ HOẠCH"], error=WrongTypeError, text="['KẾ HOẠCH']"),
    case(draft_plan, "KẾ HOẠCH\x00", error=ExtractError, text="U+0000"),
    case(draft_plan, "KẾ HOẠCH\x1b[31m", error=ExtractError, text="U+001B"),
    case(draft_plan, "KẾ HOẠCH", key=5, error=WrongTypeError, text="got 5"),
    case(draft_plan, "KẾ HOẠCH", name=None, error=WrongTypeError, text="None"),
    case(draft_file, None, error=WrongTypeError, text="None"),
    case(draft_file, 5, error=WrongTypeError, text="got 5"),
    case(draft_file, b"/tmp/plan.txt", error=WrongTypeError, text="b'/tmp/plan.txt'"),
    case(read_text, None, error=WrongTypeError, text="None"),
    case(decode, b"\x89PNG\r\n\x1a\n\x00\x00", error=ExtractError, text="NUL byte at offset 8"),
    case(decode, b"plan", encoding="no-such-codec", error=ExtractError, text="no-such-codec"),
    case(check_controls, "Quý II\x07", "<text>", error=ExtractError, text="U+0007"),
    case(_run_module, "/no/such/plan.txt", error=ExtractError, text="/no/such/plan.txt"),
]

# ---- exports ------------------------------------------------------------------------------


def _table(name: str) -> ExportTable:
    return ExportTable(name, "Sheet", pd.DataFrame({"a": [1]}), ["a"])


def _to_csv(name: str) -> Any:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return to_csv([_table(name)], folder)


def _to_parquet(name: str) -> Any:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return to_parquet([_table(name)], folder)


EXPORTS = [
    case(_to_csv, "../escaped", error=ValidationError, text="'../escaped'"),
    case(_to_csv, "/etc/escaped", error=ValidationError, text="'/etc/escaped'"),
    case(_to_csv, "..", error=ValidationError, text="'..'"),
    case(_to_csv, "sub/table", error=ValidationError, text="'sub/table'"),
    case(_to_csv, "sub\\table", error=ValidationError, text="'sub\\\\table'"),
    case(_to_csv, "C:table", error=ValidationError, text="'C:table'"),
    case(_to_csv, "", error=ValidationError, text="''"),
    case(_to_csv, "tab\nle", error=ValidationError, text="'tab\\nle'"),
    case(_to_parquet, "../escaped", error=ValidationError, text="'../escaped'"),
    case(_to_parquet, "/tmp/escaped", error=ValidationError, text="'/tmp/escaped'"),
    case(file_name, ".", error=ValidationError, text="'.'"),
    case(file_name, "a\x00b", error=ValidationError, text="'a\\x00b'"),
]

# ---- audit --------------------------------------------------------------------------------

AUDIT = [
    case(audit, None, error=WrongTypeError, text="None"),
    case(audit, "thanh-hoa-2023", error=WrongTypeError, text="'thanh-hoa-2023'"),
    case(audit, [plans.load("dak-lak-2024")], error=WrongTypeError, text="[Plan("),
    case(findings_frame, [1], error=WrongTypeError, text="got 1"),
    case(findings_frame, ["past_deadline"], error=WrongTypeError, text="'past_deadline'"),
    case(Finding, "x", "past_deadline", "fatal", "late", error=ValidationError, text="'fatal'"),
    case(Finding, "x", "past_deadline", "Warning", "late", error=ValidationError, text="'Warning'"),
    case(Finding, "x", "", "info", "late", error=ValidationError, text="''"),
    case(Finding, "x", "past_deadline", "info", "   ", error=ValidationError, text="'   '"),
    case(
        Finding, "x", "past_deadline", "info", "late\x00", error=ValidationError, text="'late\\x00'"
    ),
    case(
        Assignment,
        "Chính sách",
        lead="Phòng TCVH",
        completed="2022-12-11",
        error=ValidationError,
        text="'2022-12-11'",
    ),
    case(
        Assignment,
        "Chính sách",
        lead="Phòng TCVH",
        completed=datetime(2022, 12, 11),
        error=ValidationError,
        text="2022-12-11 00:00:00",
    ),
    case(
        Assignment,
        "Chính sách",
        lead="Phòng TCVH",
        due="2022-Q4",
        error=ValidationError,
        text="'2022-Q4'",
    ),
]

AREAS = {
    "numbers": NUMBERS,
    "dates": DATES,
    "ratios": RATIOS,
    "extraction": EXTRACTION,
    "exports": EXPORTS,
    "audit": AUDIT,
}
CORPUS = [
    pytest.param(c, id=f"{area}-{i:02d}-{getattr(c.call, '__name__', 'call')}")
    for area, cases in AREAS.items()
    for i, c in enumerate(cases)
]


@pytest.mark.parametrize("bad", CORPUS)
def test_bad_input_is_named(bad: Case) -> None:
    with pytest.raises(BaseException) as info:  # noqa: PT011 (the class is checked below)
        bad.call(*bad.args, **bad.kwargs)
    assert type(info.value) is bad.error, f"{type(info.value).__name__}: {info.value}"
    assert bad.text in str(info.value)


def test_corpus_size() -> None:
    assert len(CORPUS) >= 120


def test_every_error_is_the_package_s_own() -> None:
    from vnhealthplan.errors import VNHealthPlanError

    for area, cases in AREAS.items():
        for c in cases:
            assert issubclass(c.error, VNHealthPlanError), (area, c)


def test_wrong_types_are_still_type_errors() -> None:
    assert issubclass(WrongTypeError, TypeError)
    assert issubclass(WrongTypeError, ValidationError)
    with pytest.raises(TypeError):
        parse_number(5130)


def test_good_input_passes_the_same_checks() -> None:
    # the same entry points, given what they ask for
    assert Q4_2022.is_past(pd.Timestamp("2023-10-14 08:00", tz="Asia/Ho_Chi_Minh"))
    assert TASK.is_overdue(np.datetime64("2023-10-14"))
    assert TASK.is_overdue(datetime(2023, 10, 14, 9, 30))
    assert not Q4_2022.is_past(date(2022, 12, 31))
    assert parse_number("0,130") == 0.13
    assert per_capita(0, 1e6).magnitude == 0
    assert file_name("targets") == "targets"
