"""Silent wrong answers found in session 8, each refused or noted now (one test a case).

Each test's docstring says what the call returned before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vnhealthplan import PlanDataError, ValidationError, plans
from vnhealthplan.errors import LikelySlipWarning
from vnhealthplan.gaps import gap_arrays, gaps_frame

# ---- 5. tolerance is a share below 1 -------------------------------------------------------


@pytest.mark.parametrize("tolerance", [1, 1.0, 5, 95])
def test_tolerance_of_one_or_more_is_refused(tolerance: float) -> None:
    """Before: ``gaps_frame(..., tolerance=5)`` (5 typed for 5 %) ran with ±500 %."""
    plan = plans.load("an-giang-2018")
    with pytest.raises(ValidationError, match=f"got {tolerance:g}; expected a share below 1"):
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


# ---- 2. a form's cell with a "%" only written after the number ------------------------------


def _filled_form(tmp_path: Path, cell: str, value: float, number_format: str) -> Path:
    import openpyxl

    from vnhealthplan.forms import write_form

    path = write_form(plans.load("dak-lak-2024"), tmp_path / "dak-lak-2024.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Biểu mẫu"]
    sheet[cell] = value
    sheet[cell].number_format = number_format
    book.save(path)
    return path


@pytest.mark.parametrize("number_format", ['0.0"%"', "0.0\\%", '0.0" %"', "0.0_%"])
def test_form_percent_sign_written_after_a_number_is_no_percentage(
    tmp_path: Path, number_format: str
) -> None:
    """Before: 0.9 shown "0.9%" (a literal "%", as to_excel writes shares) was read as 90 %
    of children underweight; 18.2 shown "18.2%" was refused as 1820."""
    from vnhealthplan.forms import read_form

    path = _filled_form(tmp_path, "K2", 18.2, number_format)
    [obs] = read_form(path, plans.load("dak-lak-2024"))
    assert (obs.indicator.code, obs.value.magnitude) == ("underweight_u5", 18.2)
    path = _filled_form(tmp_path, "K2", 0.9, number_format)
    with pytest.warns(LikelySlipWarning, match="0.9 percent"):  # the figure shown, checked
        [obs] = read_form(path, plans.load("dak-lak-2024"))
    assert obs.value.magnitude == 0.9


def test_form_percentage_format_still_scales(tmp_path: Path) -> None:
    from vnhealthplan.forms import read_form

    path = _filled_form(tmp_path, "K2", 0.182, "0.0%")
    assert read_form(path, plans.load("dak-lak-2024"))[0].value.magnitude == 18.2


def test_form_percent_sign_in_a_rate_row_is_refused_as_shown(tmp_path: Path) -> None:
    """Before: refused, but naming "shown as 2150%" for a cell that shows 21.5%."""
    from vnhealthplan.forms import read_form

    path = _filled_form(tmp_path, "K3", 21.5, '0.0"%"')
    with pytest.raises(PlanDataError, match=r"K3: value = '21\.5 \(shown as 21\.5%\)'"):
        read_form(path, plans.load("dak-lak-2024"))


# ---- 6. a likely slip is warned of where observations meet the plan's targets -------------


def _slipped(tmp_path: Path) -> tuple[Any, ...]:
    from vnhealthplan.export import read_observations

    path = tmp_path / "mine.csv"
    path.write_text("province,indicator,year,value\nĐắk Lắk,beds_per_10k,2024,2.86\n", "utf-8")
    return read_observations(path)  # read alone: no plan, no warning


def test_slip_warned_where_read_observations_meet_the_targets(tmp_path: Path) -> None:
    """Before: 2.86 beds per 10,000 (28.6 typed per 1,000?) against the target 29 went
    through gaps_frame, plan_gaps, plan_progress and review without a word."""
    from vnhealthplan.report import plan_gaps, plan_progress
    from vnhealthplan.review import review

    mine, plan = _slipped(tmp_path), plans.load("dak-lak-2024")
    calls = [
        lambda: gaps_frame(plan, mine),
        lambda: gaps_frame(iter([plan]), iter(mine)),  # iterators: read once, still checked
        lambda: gaps_frame(plan.targets_for("beds_per_10k"), mine[0]),  # loose targets
        lambda: plan_gaps(plan, mine),
        lambda: plan_progress(plan, observations=iter(mine)),
        lambda: review(plan, mine),
    ]
    for i, call in enumerate(calls):
        with pytest.warns(LikelySlipWarning) as caught:
            call()
        assert [str(w.message)[:24] for w in caught] == ["beds_per_10k = 2.86 bed "], i


def test_slip_not_warned_without_targets_to_compare(tmp_path: Path) -> None:
    import warnings

    from vnhealthplan.report import plan_gaps

    plan = plans.load("dak-lak-2024")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _slipped(tmp_path)
        plan_gaps(plan)  # the bundled observations: none is a slip
        gaps_frame(plan, plan)


def test_cli_says_a_slip_once_in_each_command(tmp_path: Path) -> None:
    """Before: ``report --observations`` said nothing of the slip (gaps and progress did)."""
    import subprocess
    import sys

    _slipped(tmp_path)
    report = ["report", "-o", "r.html", "--no-charts", "--lang", "en"]  # said in English
    for command in (["gaps"], ["progress"], report):
        done = subprocess.run(
            [sys.executable, "-m", "vnhealthplan", command[0], "dak-lak-2024",
             "--observations", "mine.csv", *command[1:]],
            cwd=tmp_path, capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert done.stderr.count("beds_per_10k = 2.86") == 1, (command, done.stderr)
        assert "LikelySlipWarning" not in done.stderr


# ---- 1. gaps_frame joins on the targets' scope ----------------------------------------------


def _beds() -> tuple[Any, Any, Any]:
    from vnhealthplan import Observation, Period, Scope

    plan = plans.load("dak-lak-2024")
    ind = plan.targets_for("total_beds")[0].indicator
    whole = Observation(ind, 5200, Period.year(2024), province=plan.province)
    tier = Observation(ind, 1500, Period.year(2024), province=plan.province,
                       scope=Scope(tier="tuyến tỉnh"))  # fmt: skip
    return plan, whole, tier


_COLS = ["scope", "target", "observed", "met"]


def test_tier_target_is_not_compared_with_the_whole_province() -> None:
    """Before: the provincial tier's 2,430 beds and the district tier's 2,700 were "met"
    by the province's 5,200 (rows 7 and 8: met True)."""
    from vnhealthplan.frames import targets_frame

    plan, whole, _ = _beds()
    for targets in (plan, targets_frame(plan)):
        frame = gaps_frame(targets, [whole])
        beds = frame[frame.indicator == "total_beds"]
        assert beds["observed"].tolist()[0] == 5200  # the whole province's target
        assert beds["observed"].isna().tolist() == [False, True, True]
        assert beds["met"].isna().tolist() == [False, True, True]
        assert frame.attrs["unobserved_scopes"] == [7, 8]


def test_tier_target_meets_its_tier_observation() -> None:
    """Before: the two figures of 2024 (whole province, provincial tier) were refused as
    "another observation ... differs"."""
    plan, whole, tier = _beds()
    frame = gaps_frame(plan, [whole, tier])
    assert frame.loc[[6, 7, 8], "observed"].tolist()[:2] == [5200, 1500]
    assert frame.loc[7, "met"] is False or not frame.loc[7, "met"]  # 1,500 < 2,430
    assert frame.attrs["unobserved_scopes"] == [8]


def test_observation_frame_scope_column_is_read() -> None:
    import pandas as pd

    plan, _, _ = _beds()
    scopes = ["", "tuyến tỉnh", "district; Tuyến huyện, thành phố, TX"]
    obs = pd.DataFrame({
        "province": ["Đắk Lắk"] * 3, "indicator": ["total_beds"] * 3, "year": [2024] * 3,
        "value": [5200.0, 1500.0, 2800.0], "scope": scopes,
    })  # fmt: skip
    frame = gaps_frame(plan, obs)
    assert frame.loc[[6, 7, 8], "observed"].tolist() == [5200, 1500, 2800]
    assert frame.loc[[6, 7, 8], "met"].tolist() == [True, False, True]
    assert frame.attrs["unobserved_scopes"] == []


def test_observation_frame_tier_columns_are_read_and_checked() -> None:
    """The columns read_observations reads a scope from (tier, facility_kind) tell a tier's
    figure in a frame too (before: ignored, the tier's 1,500 clashed with the 5,200); an
    unknown tier is refused, naming its row, in any engine."""
    import pandas as pd
    import polars as pl

    plan, _, _ = _beds()
    data = {"province": ["Đắk Lắk"] * 2, "indicator": ["total_beds"] * 2, "year": [2024] * 2,
            "value": [5200.0, 1500.0], "tier": [None, "tuyến tỉnh"]}  # fmt: skip
    for obs in (pd.DataFrame(data), pl.DataFrame(data)):
        frame = gaps_frame(plan, obs)
        observed = frame["observed"].to_list()[6:9]
        assert observed[:2] == [5200, 1500]
        assert observed[2] is None or observed[2] != observed[2]  # null or NaN: unobserved
    with pytest.raises(PlanDataError, match=r"row 1: tier = 'tuyến tỉnhh': expected one of"):
        gaps_frame(plan, pd.DataFrame({**data, "tier": [None, "tuyến tỉnhh"]}))


# ---- probes: further silent answers ----------------------------------------------------------


@pytest.mark.parametrize("years", [[2024.0], ["2024"], [True]])
def test_form_years_must_be_whole_years(tmp_path: Path, years: list[Any]) -> None:
    """Before: 2024.0 gave rows of year 2024.0 (a float in the form), "2024" a bare
    TypeError ('<=' not supported), True the year 1 refused as outside the period."""
    from vnhealthplan import WrongTypeError
    from vnhealthplan.forms import form_rows, write_form

    with pytest.raises(WrongTypeError, match=r"form\.years: got .*; expected a year as an int"):
        form_rows(plans.load("dak-lak-2024"), years=years)
    with pytest.raises(WrongTypeError):
        write_form(plans.load("dak-lak-2024"), tmp_path / "f.xlsx", years=years)
    assert list(tmp_path.iterdir()) == []


def test_plan_file_without_a_suffix_is_still_written(tmp_path: Path) -> None:
    """A plain name (``extract -o draft``) is no other format: written as before."""
    from vnhealthplan.planfile import read_plan, write_plan

    write_plan(plans.load("an-giang-2018"), tmp_path / "draft")
    assert read_plan(tmp_path / "draft").key == "an-giang-2018"
