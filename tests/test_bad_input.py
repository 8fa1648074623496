"""A corpus of bad input: each case names its entry point, the exact error and the bad value.

Every row is ``(callable, args, kwargs, error class, text)``: calling ``callable(*args,
**kwargs)`` must raise exactly *error class* (not a subclass, not a parent), one of the
package's own errors, whose message contains *text*, a piece of the bad value as the user
wrote it. No silent wrong answer (``per_capita(5130, inf)`` giving 0) and no stray
``TypeError`` from deep inside a regex.

Areas: numbers and other text, dates and ``on=``, ratios, extraction, exports, audit,
periods, units, targets and gaps, frames, plan files, provinces and districts, the command
line.
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
    PlanDataError,
    ShapeError,
    Target,
    ValidationError,
    WrongTypeError,
    districts,
    implied_population,
    indicators,
    per_capita,
    plans,
    provinces,
    required_count,
    ureg,
)
from vnhealthplan.analysis.audit import Finding, audit, findings_frame
from vnhealthplan.cli import main as cli_main
from vnhealthplan.core import checks
from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.export import ExportTable, to_csv, to_parquet
from vnhealthplan.extract import ExtractError, draft_file, draft_plan, read_text
from vnhealthplan.frames import observations_from_frame, targets_frame
from vnhealthplan.gaps import gap_arrays, gaps_frame
from vnhealthplan.io.export._writers import file_name
from vnhealthplan.io.extract.reading import check_controls, decode
from vnhealthplan.planfile import plan_from_dict, read_plan
from vnhealthplan.progress import progress_arrays, progress_status
from vnhealthplan.text import (
    parse_number,
    parse_period,
    parse_quantity,
    parse_target_phrase,
    parse_unit,
)
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.units import as_unit

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
    case(per_capita, Q(5130, "bed"), -1e6, error=ValidationError, text="-1,000,000"),
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
        text="population[1]: got 0;",
    ),
    case(
        per_capita,
        pd.Series([2430.0, -1.0]),
        pd.Series([1e6, 1e6]),
        error=ValidationError,
        text="count[1]: got -1;",
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
    case(required_count, BEDS_PER_10K, -3_764_241, error=ValidationError, text="-3,764,241"),
    case(
        required_count,
        np.array([39.0, -1.0]),
        np.array([1e6, 1e6]),
        error=ValidationError,
        text="ratio[1]: got -1;",
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

# ---- periods ------------------------------------------------------------------------------

PERIODS = [
    case(parse_period, "Quý 0/2024", error=ParseError, text="'Quý 0/2024'"),
    case(parse_period, "tháng 13/2024", error=ParseError, text="'tháng 13/2024'"),
    case(parse_period, "30/2/2024", error=ParseError, text="'30/2/2024'"),
    case(parse_period, "2024-Q5", error=ParseError, text="'2024-Q5'"),
    case(parse_period, "năm 2101", error=ParseError, text="'năm 2101'"),
    case(parse_period, "6 tháng cuối năm 1900", error=ParseError, text="'6 tháng cuối năm 1900'"),
    case(parse_period, "giai đoạn 2025-2021", error=ParseError, text="'giai đoạn 2025-2021'"),
    case(parse_period, b"2024", error=WrongTypeError, text="b'2024'"),
    case(parse_period, 2024.0, error=WrongTypeError, text="2024.0"),
    case(Period.year, "2024", error=WrongTypeError, text="'2024'"),
    case(Period.year, 2024.0, error=WrongTypeError, text="2024.0"),
    case(Period.year, None, error=WrongTypeError, text="None"),
    case(Period.year, True, error=WrongTypeError, text="True"),
    case(Period.year, 1800, error=ValidationError, text="got 1800"),
    case(Period.year, 2101, error=ValidationError, text="got 2101"),
    case(Period.years, 2025, 2020, error=ValidationError, text="got 2020"),
    case(Period.years, "2020", 2025, error=WrongTypeError, text="'2020'"),
    case(Period.years, 2020, 2025.5, error=WrongTypeError, text="2025.5"),
    case(Period.quarter, 2024, 5, error=ValidationError, text="got 5"),
    case(Period.quarter, 2024, "2", error=ValidationError, text="'2'"),
    case(Period.half, 2024, 3, error=ValidationError, text="got 3"),
    case(Period.month, 2024, 13, error=ValidationError, text="got 13"),
    case(Period.parse, None, error=WrongTypeError, text="None"),
    case(Period.parse, "2024-Q9", error=ValidationError, text="got 9"),
]

# ---- units --------------------------------------------------------------------------------

UNITS = [
    case(parse_unit, "x", error=ParseError, text="'x'"),
    case(parse_unit, "", error=ParseError, text="''"),
    case(parse_unit, "giường/vạn", error=ParseError, text="'giường/vạn'"),
    case(parse_unit, "m/s", error=ParseError, text="'m/s'"),
    case(parse_unit, "%%", error=ParseError, text="'%%'"),
    case(parse_unit, 42, error=WrongTypeError, text="42"),
    case(parse_unit, b"bed", error=WrongTypeError, text="b'bed'"),
    case(parse_unit, ["%"], error=WrongTypeError, text="['%']"),
    case(parse_quantity, "1e5 giường", error=ParseError, text="'1e5 giường'"),
    case(parse_quantity, "5.130,5,5 người", error=ParseError, text="'5.130,5,5 người'"),
    case(parse_quantity, "giường 5", error=ParseError, text="'giường 5'"),
    case(parse_quantity, "∞ giường", error=ParseError, text="'∞ giường'"),
    case(parse_quantity, "5 foo", error=ParseError, text="'5 foo'"),
    case(parse_quantity, 5130, error=WrongTypeError, text="5130"),
    case(as_unit, None, error=WrongTypeError, text="None"),
    case(as_unit, 42, error=WrongTypeError, text="42"),
    case(as_unit, ["bed"], error=WrongTypeError, text="['bed']"),
]

# ---- targets and gaps ---------------------------------------------------------------------

Y2024 = Period.year(2024)
BEDS = indicators.get("beds_per_10k")
BEDS_2030 = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
IMR = plans.load("dak-lak-2024").targets_for("imr")[0]
AN_GIANG = plans.load("an-giang-2018")


def _target(value: Any, comparator: Any = "=", **kwargs: Any) -> Target:
    return Target(kwargs.pop("indicator", BEDS), value, kwargs.pop("period", Y2024), comparator,
                  **kwargs)  # fmt: skip


def _targets(row: int = 1, drop: str | None = None, **cells: Any) -> pd.DataFrame:
    """An Giang's targets frame, with *cells* written into one row or a column dropped."""
    frame = targets_frame(AN_GIANG).astype(object)  # a user's frame: any cell may be anything
    for column, cell in cells.items():
        frame.loc[row, column] = cell
    return frame.drop(columns=drop) if drop else frame


def _observed(drop: str | None = None, **cells: Any) -> pd.DataFrame:
    """One observation of An Giang's insurance coverage, hypothetical, with *cells* changed."""
    row = {"province": "An Giang", "indicator": "health_insurance_coverage", "year": 2019,
           "value": 80.0} | cells  # fmt: skip
    frame = pd.DataFrame([row], dtype=object)
    return frame.drop(columns=drop) if drop else frame


def _gaps(targets: Any = AN_GIANG, observations: Any = AN_GIANG) -> Any:
    return gaps_frame(targets, observations)


TARGETS = [
    case(_target, INF, error=ValidationError, text="got inf"),
    case(_target, NAN, error=ValidationError, text="got nan"),
    case(_target, "30", error=ValidationError, text="'30'"),
    case(_target, -5, error=ValidationError, text="got -5"),
    case(_target, None, error=ValidationError, text="None"),
    case(_target, True, error=ValidationError, text="True"),
    case(_target, 30, "=>", error=ValidationError, text="'=>'"),
    case(_target, 30, kind="grow", error=ValidationError, text="'grow'"),
    case(_target, 30, "range", error=ValidationError, text="got None"),
    case(_target, 30, "range", upper=20, error=ValidationError, text="got 20"),
    case(_target, 30, upper=40, error=ValidationError, text="got 40"),
    case(_target, Q(30, "doctor / ten_thousand_people"), error=ValidationError, text="30 doctor"),
    case(_target, 30, period="2024", error=ValidationError, text="'2024'"),
    case(_target, 30, indicator="beds_per_10k", error=ValidationError, text="'beds_per_10k'"),
    case(
        _target,
        120,
        indicator=indicators.get("health_insurance_coverage"),
        error=ValidationError,
        text="got 120",
    ),
    case(BEDS_2030.gap, INF, error=ValidationError, text="got inf"),
    case(BEDS_2030.gap, -INF, error=ValidationError, text="got -inf"),
    case(BEDS_2030.gap, -5, error=ValidationError, text="got -5"),
    case(BEDS_2030.gap, "35", error=WrongTypeError, text="'35'"),
    case(BEDS_2030.gap, None, error=WrongTypeError, text="None"),
    case(BEDS_2030.gap, [35, 36], error=WrongTypeError, text="[35, 36]"),
    case(BEDS_2030.gap, 35, baseline=-1, error=ValidationError, text="got -1"),
    case(
        BEDS_2030.gap, Q(3.5, "doctor / thousand_people"), error=DimensionError, text="3.5 doctor"
    ),
    case(BEDS_2030.is_met, -5, error=ValidationError, text="got -5"),
    case(BEDS_2030.is_met, np.array([35.0, INF]), error=ValidationError, text="[1]: got inf"),
    case(BEDS_2030.is_met, "35", error=WrongTypeError, text="'35'"),
    case(IMR.gap, INF, error=ValidationError, text="got inf"),
    case(AN_GIANG.targets_for, "beds_per_10k", "2025", error=WrongTypeError, text="'2025'"),
    case(AN_GIANG.targets_for, "beds_per_10k", 2025.0, error=WrongTypeError, text="2025.0"),
    case(progress_status, IMR, [(2020, 25), (2023, -INF)], error=ValidationError, text="got -inf"),
    case(progress_status, IMR, [(2020, 25), (2023, -5)], error=ValidationError, text="got -5"),
    case(progress_status, IMR, [(2020, INF), (2023, 21)], error=ValidationError, text="got inf"),
    case(
        progress_arrays, 76.5, 2017, INF, 2019, 90.0, 2020, 1, error=ValidationError, text="got inf"
    ),
    case(
        gap_arrays,
        30,
        None,
        "=",
        "level",
        "higher",
        [30.0, INF],
        error=ValidationError,
        text="observed[1]: got inf",
    ),
    case(gap_arrays, 30, None, "=", "level", "higher", ["31"], error=WrongTypeError, text="['31']"),
    case(
        gap_arrays,
        30,
        None,
        "=",
        "level",
        "higher",
        31,
        tolerance=-0.1,
        error=ValidationError,
        text="got -0.1",
    ),
    case(_gaps, _targets(drop="value"), error=ValidationError, text="'value'"),
    case(_gaps, _targets(drop="indicator"), error=ValidationError, text="'indicator'"),
    case(_gaps, _targets(drop="year"), error=ValidationError, text="'year'"),
    case(_gaps, _targets(drop="comparator"), error=ValidationError, text="'comparator'"),
    case(_gaps, pd.DataFrame(), error=ValidationError, text="missing: 'indicator'"),
    case(_gaps, _targets(year=2024.5), error=PlanDataError, text="year = 2024.5"),
    case(_gaps, _targets(year="năm 2025"), error=PlanDataError, text="year = 'năm 2025'"),
    case(_gaps, _targets(value="29,5"), error=PlanDataError, text="value = '29,5'"),
    case(_gaps, _targets(value="5.130"), error=PlanDataError, text="value = '5.130'"),
    case(_gaps, _targets(value=INF), error=PlanDataError, text="value = inf"),
    case(_gaps, _targets(value=NAN), error=PlanDataError, text="value = nan"),
    case(_gaps, _targets(value=-5.0), error=PlanDataError, text="value = -5"),
    case(_gaps, _targets(value=True), error=PlanDataError, text="value = True"),
    case(_gaps, _targets(comparator="=>"), error=PlanDataError, text="comparator = '=>'"),
    case(_gaps, _targets(kind="grow"), error=PlanDataError, text="kind = 'grow'"),
    case(_gaps, _targets(baseline_value=INF), error=PlanDataError, text="baseline_value = inf"),
    case(_gaps, [5130], error=WrongTypeError, text="got 5130"),
    case(_gaps, AN_GIANG, _observed(drop="value"), error=ValidationError, text="'value'"),
    case(_gaps, AN_GIANG, _observed(drop="year"), error=ValidationError, text="'year'"),
    case(_gaps, AN_GIANG, pd.DataFrame(), error=ValidationError, text="missing: 'indicator'"),
    case(_gaps, AN_GIANG, _observed(year=2019.5), error=PlanDataError, text="year = 2019.5"),
    case(_gaps, AN_GIANG, _observed(value="29,5"), error=PlanDataError, text="value = '29,5'"),
    case(_gaps, AN_GIANG, _observed(value=-5.0), error=PlanDataError, text="value = -5"),
    case(_gaps, AN_GIANG, _observed(value=INF), error=PlanDataError, text="value = inf"),
    case(_gaps, AN_GIANG, _observed(value=120.0), error=PlanDataError, text="value = 120"),
]

# ---- frames -------------------------------------------------------------------------------


def _frame(**cells: Any) -> Any:
    """One hypothetical row of Thanh Hóa's beds, with *cells* changed, read as observations."""
    row = {"province": "Thanh Hóa", "indicator": "beds_per_10k", "year": 2024,
           "value": 30.0} | cells  # fmt: skip
    return observations_from_frame(pd.DataFrame([row]))


FRAMES = [
    # "30,5" is read as read_observations reads it (30.5); a unit after it is not
    case(_frame, value="30,5 giường", error=PlanDataError, text="a number alone"),
    case(_frame, value="5.130", error=PlanDataError, text="value = '5.130'"),
    case(_frame, value=INF, error=PlanDataError, text="value = inf"),
    case(_frame, value=NAN, error=PlanDataError, text="value = nan"),
    case(_frame, value=-5.0, error=PlanDataError, text="= -5 bed"),
    case(_frame, value=True, error=PlanDataError, text="value = True"),
    case(_frame, year=2024.5, error=PlanDataError, text="year = 2024.5"),
    case(_frame, year="x", error=PlanDataError, text="year = 'x'"),
    case(_frame, year=1800, error=PlanDataError, text="year = 1800"),
    case(_frame, indicator="bedz", error=PlanDataError, text="'bedz'"),
    case(_frame, province="Atlantis", error=PlanDataError, text="'Atlantis'"),
    case(_frame, unit="doctor", error=PlanDataError, text="unit = 'doctor'"),
    case(_frame, unit="foo", error=PlanDataError, text="unit = 'foo'"),
    case(_frame, period="2024-Q9", error=PlanDataError, text="period = '2024-Q9'"),
    case(observations_from_frame, pd.DataFrame(), error=PlanDataError, text="indicator"),
    case(observations_from_frame, None, error=WrongTypeError, text="None"),
    case(observations_from_frame, [{"value": 1}], error=WrongTypeError, text="[{'value': 1}]"),
]

# ---- plan files ---------------------------------------------------------------------------

HEAD = 'schema = 1\nkey = "x"\n[document]\ntitle = "t"\nissuer = "i"\n'
IMR_ROW = '[[target]]\nindicator = "imr"\ncomparator = "<"\nperiod = "2024"\n'


def _plan_file(text: str | bytes) -> Any:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "plan.toml")
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return read_plan(path)


def _with(*rows: str) -> str:
    return HEAD + "".join(rows)


PLAN_FILES = [
    case(_plan_file, "schema = = 1", error=PlanDataError, text="(syntax)"),
    case(_plan_file, b"\x89PNG\x00\x00", error=PlanDataError, text="can't decode byte 0x89"),
    case(_plan_file, "", error=PlanDataError, text="expected schema = 1"),
    case(
        _plan_file, HEAD.replace("schema = 1", "schema = 2"), error=PlanDataError, text="schema = 2"
    ),
    case(_plan_file, HEAD.replace('"x"', '"X Y"'), error=PlanDataError, text="key = 'X Y'"),
    case(
        _plan_file,
        _with(IMR_ROW, 'value = "5.130"\n'),
        error=PlanDataError,
        text="value = '5.130'",
    ),
    case(_plan_file, _with(IMR_ROW, "value = inf\n"), error=PlanDataError, text="value = inf"),
    case(_plan_file, _with(IMR_ROW, "value = nan\n"), error=PlanDataError, text="value = nan"),
    case(_plan_file, _with(IMR_ROW, "value = -5\n"), error=PlanDataError, text="value = -5"),
    case(_plan_file, _with(IMR_ROW, "value = true\n"), error=PlanDataError, text="value = True"),
    case(
        _plan_file,
        _with(IMR_ROW.replace('"2024"', '"Quý V/2024"'), "value = 22\n"),
        error=PlanDataError,
        text="period = 'Quý V/2024'",
    ),
    case(
        _plan_file,
        _with(IMR_ROW.replace('"<"', '"=>"'), "value = 22\n"),
        error=PlanDataError,
        text="comparator = '=>'",
    ),
    case(
        _plan_file,
        _with(IMR_ROW.replace('"imr"', '"imrr"'), "value = 22\n"),
        error=PlanDataError,
        text="indicator = 'imrr'",
    ),
    case(
        _plan_file,
        _with(IMR_ROW, 'value = 22\ncolour = "red"\n'),
        error=PlanDataError,
        text="colour = 'red'",
    ),
    case(
        _plan_file,
        HEAD.replace('"x"', '"x"\nprovince = "Atlantis"'),
        error=PlanDataError,
        text="province = 'Atlantis'",
    ),
    case(read_plan, None, error=WrongTypeError, text="None"),
    case(read_plan, 5, error=WrongTypeError, text="got 5"),
    case(plan_from_dict, None, error=WrongTypeError, text="None"),
    case(plan_from_dict, [1], error=WrongTypeError, text="[1]"),
    case(plan_from_dict, "schema = 1", error=WrongTypeError, text="'schema = 1'"),
]

# ---- provinces and districts --------------------------------------------------------------
# Only wrong types, whose answer is settled; helper "dates" makes them WrongTypeError.

PLACES = [
    Case(call, args, {}, WrongTypeError, text)
    for call, args, text in [
        (provinces.get, (42,), "42"),
        (provinces.get, (None,), "None"),
        (provinces.get, (["Thanh Hóa"],), "['Thanh Hóa']"),
        (provinces.lookup, (42, date(2024, 1, 1)), "42"),
        (provinces.lookup, (None, date(2024, 1, 1)), "None"),
        (provinces.parts, (42,), "42"),
        (provinces.parts, (None,), "None"),
        (provinces.successor, (["Hà Tây"],), "['Hà Tây']"),
        (provinces.by_key, (42,), "42"),
        (districts.get, (42,), "42"),
        (districts.get, (["Hoằng Hóa"],), "['Hoằng Hóa']"),
        (districts.lookup, (3.5, date(2024, 1, 1)), "3.5"),
        (districts.for_facility, (42,), "42"),
    ]
]

# ---- the command line ---------------------------------------------------------------------


class CommandFailed(VNHealthPlanError):
    """The command line exited with status 2 (a usage error); the message is its stderr."""


def _cli(*argv: str) -> int:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(list(argv))
    if code == 2:
        raise CommandFailed(err.getvalue())
    return code


def _extract_module(*args: str) -> None:
    """Run ``python -m vnhealthplan.extract`` (the short path runs the command too)."""
    done = subprocess.run([sys.executable, "-m", "vnhealthplan.extract", *args],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode == 2:
        raise CommandFailed(done.stderr)


CLI = [
    case(_cli, "show", "no-such-plan", error=CommandFailed, text="'no-such-plan'"),
    case(_cli, "gaps", "ha-noi", error=CommandFailed, text="'ha-noi'"),
    case(_cli, "audit", "x-2024", error=CommandFailed, text="'x-2024'"),
    case(_cli, "--lang", "fr", "list", error=CommandFailed, text="'fr'"),
    case(_cli, "export", "dak-lak-2024", "--format", "doc", error=CommandFailed, text="'doc'"),
    case(_cli, "nosuch", error=CommandFailed, text="'nosuch'"),
    case(_cli, "progress", "dak-lak-2024", "--method", "zzz", error=CommandFailed, text="'zzz'"),
    case(_cli, "show", error=CommandFailed, text="PLAN"),
    case(_cli, "extract", "/no/such/plan.txt", error=CommandFailed, text="/no/such/plan.txt"),
    case(_extract_module, "/no/such/plan.txt", error=CommandFailed, text="/no/such/plan.txt"),
]

AREAS = {
    "numbers": NUMBERS,
    "dates": DATES,
    "ratios": RATIOS,
    "extraction": EXTRACTION,
    "exports": EXPORTS,
    "audit": AUDIT,
    "periods": PERIODS,
    "units": UNITS,
    "targets and gaps": TARGETS,
    "frames": FRAMES,
    "plan files": PLAN_FILES,
    "provinces and districts": PLACES,
    "command line": CLI,
}
CORPUS = [
    pytest.param(c, id=f"{area.replace(' ', '_')}-{i:02d}-{getattr(c.call, '__name__', 'call')}")
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
    assert len(CORPUS) >= 230


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


def test_gaps_frame_lists_every_bad_target_row_at_once() -> None:
    frame = _targets(row=1, value="5.130")
    frame.loc[3, "year"] = 2024.5
    frame.loc[5, "comparator"] = "=>"
    with pytest.raises(PlanDataError) as info:
        gaps_frame(frame, AN_GIANG)
    assert [(p.record, p.field) for p in info.value.problems] == [
        ("row 3", "year"),
        ("row 5", "comparator"),
        ("row 1", "value"),
    ]


def test_a_targets_frame_of_numbers_still_gives_the_plan_s_gaps() -> None:
    # the checks pass what targets_frame writes: the frame and the plan agree
    from_frame = gaps_frame(targets_frame(AN_GIANG), AN_GIANG)
    from_plan = gaps_frame(AN_GIANG, AN_GIANG)
    pd.testing.assert_series_equal(from_frame["shortfall"], from_plan["shortfall"])
    assert from_frame["met"].equals(from_plan["met"])
