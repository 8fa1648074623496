"""Silent wrong answers found in session 8, each refused or noted now (one test a case).

Each test's docstring says what the call returned before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vnhealthplan import PlanDataError, ValidationError, plans
from vnhealthplan.gaps import gap_arrays, gaps_frame

# ---- 5. tolerance is a share below 1 -------------------------------------------------------


@pytest.mark.parametrize("tolerance", [1, 1.0, 5, 95])
def test_tolerance_of_one_or_more_is_refused(tolerance: float) -> None:
    """Before: ``gaps_frame(..., tolerance=5)`` (5 typed for 5 %) ran with ±500 %."""
    plan = plans.load("an-giang-2018")
    with pytest.raises(ValidationError, match=f"got {tolerance}; expected a share below 1"):
        gaps_frame(plan, plan, tolerance=tolerance)
    with pytest.raises(ValidationError, match=r"gap_arrays\.tolerance"):
        plan.targets[1].gap(80, tolerance=tolerance)
    with pytest.raises(ValidationError, match=r"gap_arrays\.tolerance"):
        gap_arrays(30, None, "~", "level", "higher", 31, tolerance=tolerance)


def test_tolerance_below_one_still_works() -> None:
    plan = plans.load("an-giang-2018")
    assert gaps_frame(plan, plan, tolerance=0.99).attrs["tolerance"] == 0.99
    with pytest.raises(ValidationError) as caught:
        gaps_frame(plan, plan, tolerance=5)
    assert caught.value.args[0].said("vi").endswith("cần một tỷ lệ dưới 1 (0,05 cho 5 %)")


# ---- 3. a writer refuses a file of another format, before writing --------------------------


def _writers() -> list[tuple[str, Any]]:
    from vnhealthplan.export import export, to_csv, to_excel, to_parquet
    from vnhealthplan.planfile import write_plan
    from vnhealthplan.review import review, to_docx, to_html, to_xlsx

    plan = plans.load("an-giang-2018")
    r = review(plan)
    return [
        ("plan.xlsx", lambda path: write_plan(plan, path)),
        ("out.toml", lambda path: to_excel(plan, path)),
        ("out", lambda path: to_excel(plan, path)),
        ("x.toml", lambda path: export(plan, path, format="xlsx")),
        ("plan.csv", lambda path: to_csv(plan, path)),
        ("plan.parquet", lambda path: to_parquet(plan, path)),
        ("r.docx", lambda path: to_xlsx(r, path)),
        ("r.xlsx", lambda path: to_html(r, path, charts=False)),
        ("r.html", lambda path: to_docx(r, path, charts=False)),
    ]


def test_writers_refuse_a_wrong_suffix(tmp_path: Path) -> None:
    """Before: each of these wrote its file (a workbook named out.toml, a TOML plan named
    plan.xlsx, a folder of CSV files named plan.csv)."""
    for name, write in _writers():
        with pytest.raises(ValidationError, match=f"got '.*{name}'; expected a"):
            write(tmp_path / name)
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_wrong_suffix_said_in_vietnamese(tmp_path: Path) -> None:
    from vnhealthplan.planfile import write_plan

    with pytest.raises(ValidationError) as caught:
        write_plan(plans.load("an-giang-2018"), tmp_path / "plan.xlsx")
    assert caught.value.args[0].said("vi").endswith("cần một tệp có đuôi .toml")
    assert caught.value.field == "path"


def test_right_suffix_in_any_case_is_written(tmp_path: Path) -> None:
    from vnhealthplan.export import to_excel
    from vnhealthplan.planfile import read_plan, write_plan

    plan = plans.load("an-giang-2018")
    write_plan(plan, tmp_path / "Plan.TOML")
    assert read_plan(tmp_path / "Plan.TOML").targets == plan.targets
    assert to_excel(plan, tmp_path / "KeHoach.XLSX").exists()


# ---- 4. a bad period does not hide the record's other problems ------------------------------

_DOC = {"title": "t", "issuer": "i"}


def _problems(**records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    from vnhealthplan.planfile import plan_from_dict

    with pytest.raises(PlanDataError) as caught:
        plan_from_dict({"schema": 1, "key": "x", "document": _DOC, **records})
    return [(p.record, p.field) for p in caught.value.problems]


def test_bad_period_does_not_hide_a_bad_value() -> None:
    """Before: only ``target[1]: period = '2024-13'``; the share of 500 % was reported only
    once the period was mended (and the same for an observation, and a range's upper)."""
    share = {"indicator": "health_insurance_coverage", "value": 500, "comparator": "="}
    assert _problems(target=[{**share, "period": "2024-13"}]) == [
        ("target[1]", "period"), ("target[1]", "value")]  # fmt: skip
    ranged = {"indicator": "imr", "value": 5, "comparator": "range", "period": "20x4"}
    assert _problems(target=[ranged]) == [("target[1]", "period"), ("target[1]", "upper")]
    observed = {"indicator": "health_insurance_coverage", "value": 500, "period": "2024-13"}
    assert _problems(observation=[observed]) == [
        ("observation[1]", "period"), ("observation[1]", "value")]  # fmt: skip


def test_bad_baseline_period_does_not_hide_a_bad_value() -> None:
    """Before: only ``baseline.period``; the negative IMR was not reported."""
    target = {"indicator": "imr", "value": -5, "comparator": "<", "period": "2024",
              "baseline": {"value": 7, "period": "20x"}}  # fmt: skip
    assert _problems(target=[target]) == [("target[1]", "baseline.period"), ("target[1]", "value")]


def test_stand_in_period_adds_no_problem_of_its_own() -> None:
    """The stand-in period is no source of problems: a baseline after it, a province that
    did not exist then, are not reported (they cannot be judged without the period)."""
    target = {"indicator": "imr", "value": 5, "comparator": "<", "period": "abc",
              "baseline": {"value": 7, "period": "2030"}}  # fmt: skip
    assert _problems(target=[target]) == [("target[1]", "period")]
    observed = {"indicator": "imr", "value": 5, "period": "x", "province": "Đắk Nông"}
    assert _problems(observation=[observed]) == [("observation[1]", "period")]
