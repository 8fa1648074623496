"""Hostile input that used to give a silent wrong answer; each now raises a named error.

Every test states what the call returned before the fix (a number that looked right).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from vnhealthplan import ShapeError, ValidationError, WrongTypeError
from vnhealthplan.rollup import rollup, weighted_mean


def _frame(count: list[object], population: list[object]) -> pd.DataFrame:
    return pd.DataFrame({"g": ["a"] * len(count), "count": count, "population": population})


# rollup: a negative population cancelled a positive one (3 beds for 100 − 50 people gave
# 600 per 10,000); per=0 gave 0, per=-1 a negative ratio, True a ratio "per True".
@pytest.mark.parametrize(
    ("count", "population", "field", "shown"),
    [
        ([1.0, 2.0], [100.0, -50.0], "rollup.population[1]", "-50;"),
        ([-1.0, 2.0], [100.0, 50.0], "rollup.count[0]", "-1;"),
        ([np.inf, 2.0], [100.0, 50.0], "rollup.count[0]", "inf"),
    ],
)
def test_rollup_refuses_negative_and_infinite_values(
    count: list[float], population: list[float], field: str, shown: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"{field}: got {shown}")):
        rollup(_frame(count, population), "g")


@pytest.mark.parametrize("per", [0, -1, True, 2.5])
def test_rollup_refuses_a_per_that_is_no_size(per: object) -> None:
    with pytest.raises(ValidationError, match=r"rollup\.per: got"):
        rollup(_frame([3.0], [10.0]), "g", per=per)  # type: ignore[arg-type]


def test_rollup_refuses_a_true_false_column() -> None:
    with pytest.raises(WrongTypeError, match=r"rollup\.count: got bool"):
        rollup(_frame([True, False], [100.0, 50.0]), "g")


def test_rollup_keeps_nan_as_missing() -> None:
    out = rollup(_frame([np.nan, 2.0], [100.0, 50.0]), "g")
    assert np.isnan(out["count"].iloc[0])


def test_weighted_mean_refuses_series_paired_against_their_labels() -> None:
    # Before: positional pairing gave 1.0; the labels pair 100 with weight 1.
    values = pd.Series([1.0, 100.0], index=[0, 1])
    weights = pd.Series([1.0, 0.0], index=[1, 0])
    with pytest.raises(ShapeError, match="index"):
        weighted_mean(values, weights)


@pytest.mark.parametrize(
    ("values", "weights", "error", "text"),
    [
        (["1", "2"], [1, 1], WrongTypeError, r"weighted_mean\.values: got '1'"),  # was 1.5
        ([1, 2], [True, False], WrongTypeError, r"weighted_mean\.weights: got True"),  # was 1.0
        ([1, np.inf], [1, 1], ValidationError, r"weighted_mean\.values\[1\]: got inf"),
        ([1, 2], [1, np.inf], ValidationError, r"weighted_mean\.weights\[1\]: got inf"),  # nan
    ],
)
def test_weighted_mean_refuses_what_is_no_number(
    values: object, weights: object, error: type[Exception], text: str
) -> None:
    with pytest.raises(error, match=text):
        weighted_mean(values, weights)


def test_weighted_mean_refuses_a_quantity_whose_unit_it_would_drop() -> None:
    from vnhealthplan import ureg

    with pytest.raises(WrongTypeError, match="magnitude"):
        weighted_mean(ureg.Quantity(np.array([30.0, 3.0]), "bed / ten_thousand_people"), [1, 1])


# progress_status: a series mixing places, scopes or impossible years gave a status.
def _beds_target(**scope: object) -> object:
    from vnhealthplan import Period, Scope, Target, indicators

    return Target(indicators.get("beds_per_10k"), 30, Period.year(2030), ">=", scope=Scope(**scope))


def _beds(value: float, year: int, **kw: object) -> object:
    from vnhealthplan import Observation, Period, indicators

    return Observation(indicators.get("beds_per_10k"), value, Period.year(year), **kw)


def test_progress_refuses_a_series_of_two_provinces() -> None:
    from vnhealthplan import provinces
    from vnhealthplan.progress import progress_status

    # Before: 'substantial_progress', a "trend" from An Giang's 2020 to Đắk Lắk's 2024.
    series = [
        _beds(25, 2020, province=provinces.get("An Giang")),
        _beds(29, 2024, province=provinces.get("Đắk Lắk")),
    ]
    with pytest.raises(ValidationError, match=r"observations\[1\].*an observation of An Giang"):
        progress_status(_beds_target(), series)


def test_progress_refuses_an_observation_of_another_scope() -> None:
    from vnhealthplan import Scope
    from vnhealthplan.progress import progress_status

    whole = [_beds(25, 2020), _beds(29, 2024)]
    with pytest.raises(ValidationError, match=r"same scope as the target's \(province\)"):
        progress_status(_beds_target(tier="tuyến tỉnh"), whole)  # was 'substantial_progress'
    mixed = [_beds(25, 2020, scope=Scope(tier="tuyến tỉnh")), _beds(29, 2024)]
    with pytest.raises(ValidationError, match=r"observations\[0\].*same scope"):
        progress_status(_beds_target(), mixed)


@pytest.mark.parametrize("year", [20, 3000])
def test_progress_refuses_a_year_out_of_range(year: int) -> None:
    from vnhealthplan.progress import progress_status

    with pytest.raises(ValidationError, match=rf"got {year}; expected a year 1945–2100"):
        progress_status(_beds_target(), [(2024, 26.0), (year, 25.0)])


@pytest.mark.parametrize("base_year", [2020.5, "2020"])
def test_progress_refuses_a_base_year_that_is_no_year(base_year: object) -> None:
    from vnhealthplan.progress import progress_status

    # Before: 2020.5 gave 'unable_to_assess'; "2020" a TypeError from a comparison.
    with pytest.raises(WrongTypeError, match=r"progress_status\.base_year"):
        progress_status(_beds_target(), [(2020, 25.0), (2024, 26.0)], base_year=base_year)  # type: ignore[arg-type]


def test_progress_reads_years_in_any_order() -> None:
    from vnhealthplan.progress import progress_status

    forward = progress_status(_beds_target(), [(2020, 25.0), (2024, 28.0)])
    backward = progress_status(_beds_target(), [(2024, 28.0), (2020, 25.0)])
    assert (forward.status, forward.ratio) == (backward.status, backward.ratio)
    assert (backward.base_year, backward.year) == (2020, 2024)


# ---- the model ----------------------------------------------------------------------------


@pytest.mark.parametrize("change", [120, -150])
def test_a_change_of_a_share_beyond_100_points_is_refused(change: float) -> None:
    from vnhealthplan import Period, Target, indicators

    # Before: Target(health_insurance_coverage change = 120 percent, 2024).
    with pytest.raises(ValidationError, match=r"a change of at most ±100 percent"):
        Target(
            indicators.get("health_insurance_coverage"), change, Period.year(2024), "=", "change"
        )


def test_a_change_within_the_span_is_kept() -> None:
    from vnhealthplan import Period, Target, indicators

    t = Target(indicators.get("health_insurance_coverage"), -5, Period.year(2024), "=", "change")
    assert t.value.magnitude == -5


@pytest.mark.parametrize("given", ["2*3", "1,5", "kilo", "3", None, True])
def test_indicator_quantity_refuses_text_bool_and_none(given: object) -> None:
    from vnhealthplan import indicators

    # Before: pint read "2*3" as 6 and kept "1,5" as a magnitude; "kilo" gave a quantity.
    with pytest.raises(WrongTypeError, match=r"Indicator\.quantity\.value: got"):
        indicators.get("beds_per_10k").quantity(given)


def test_per_capita_refuses_a_count_that_is_already_a_ratio() -> None:
    from vnhealthplan import DimensionError, per_capita, ureg

    # Before: <Quantity(30.0, 'bed / ten_thousand_people ** 2')>.
    with pytest.raises(DimensionError, match="not a ratio per people"):
        per_capita(ureg.Quantity(3, "bed / ten_thousand_people"), 1000)


def test_an_observation_of_a_province_that_no_longer_existed_is_refused() -> None:
    from datetime import date

    from vnhealthplan import Observation, Period, indicators, provinces

    imr = indicators.get("imr")
    old = provinces.get("An Giang")  # until 30 June 2025
    with pytest.raises(ValidationError, match=r"existed in 2026 \(An Giang: until 2025-06-30\)"):
        Observation(imr, 10, Period.year(2026), province=old)
    assert Observation(imr, 10, Period.years(2021, 2025), province=old).province is old
    new = provinces.get("An Giang", on=date(2026, 1, 1))
    assert Observation(imr, 10, Period.year(2026), province=new).province is new


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: _target_with(notes=3), "notes"),
        (lambda: _target_with(scope_description=3), "description"),
        (lambda: _facility_with(aliases=("  ",)), "aliases"),
        (lambda: _assignment_with(partners=("",)), "partners"),
    ],
)
def test_notes_are_text_and_names_are_not_blank(build: object, field: str) -> None:
    with pytest.raises(ValidationError, match=rf"\.{field}: got"):
        build()  # type: ignore[operator]


def _target_with(*, notes: object = "", scope_description: object = "") -> object:
    from vnhealthplan import Period, Scope, Target, indicators

    scope = Scope(description=scope_description)  # type: ignore[arg-type]
    return Target(indicators.get("imr"), 22, Period.year(2024), "<", scope=scope, notes=notes)  # type: ignore[arg-type]


def _facility_with(**kw: object) -> object:
    from vnhealthplan import Facility

    return Facility("Bệnh viện Đa khoa tỉnh", "general_hospital", **kw)  # type: ignore[arg-type]


def _assignment_with(**kw: object) -> object:
    from vnhealthplan import Assignment

    return Assignment("Xây dựng kế hoạch", lead="Sở Y tế", **kw)  # type: ignore[arg-type]


# ---- readers ------------------------------------------------------------------------------


def _read(tmp_path: object, text: str) -> object:
    import pathlib

    from vnhealthplan.export import read_observations

    path = pathlib.Path(str(tmp_path), "observed.csv")
    path.write_text(text, encoding="utf-8")
    return read_observations(path)


def test_reader_refuses_a_year_that_contradicts_the_period(tmp_path: object) -> None:
    from vnhealthplan import PlanDataError

    # Before: the period won without a word (2020, although the row says 2024).
    text = "province,indicator,year,period,value\nThanh Hóa,beds_per_10k,2024,2020,30.5\n"
    with pytest.raises(PlanDataError, match=r"row 2: year = 2024: expected a year of the period"):
        _read(tmp_path, text)


def test_reader_reads_a_province_on_the_rows_dates(tmp_path: object) -> None:
    from vnhealthplan import PlanDataError

    head = "province,indicator,year,value\n"
    # Before: Đắk Nông, a province until 30 June 2025, was given a 2026 value.
    with pytest.raises(PlanDataError, match=r"'Đắk Nông' on 2026-01-01.*part of Lâm Đồng"):
        _read(tmp_path, head + "Đắk Nông,beds_per_10k,2026,30.5\n")
    # Before: An Giang in 2026 was the An Giang that ended in 2025.
    (later,) = _read(tmp_path, head + "An Giang,beds_per_10k,2026,30.5\n")  # type: ignore[misc]
    (earlier,) = _read(tmp_path, head + "An Giang,beds_per_10k,2024,30.5\n")  # type: ignore[misc]
    assert later.province.valid_from is not None  # the An Giang formed on 1 July 2025
    assert earlier.province.valid_until is not None


def test_csv_reader_refuses_a_column_written_twice(tmp_path: object) -> None:
    from vnhealthplan import PlanDataError

    # Before: the second "value" (99) was dropped without a word; 30.5 was read.
    text = "province,indicator,year,value,value\nThanh Hóa,beds_per_10k,2024,30.5,99\n"
    with pytest.raises(PlanDataError, match=r"header: value = 'value': a second column for it"):
        _read(tmp_path, text)


def _book(tmp_path: object, rows: list[list[object]], **cells: object) -> object:
    import pathlib

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "observations"
    for row in rows:
        sheet.append(row)
    for ref, how in cells.items():
        if how == "merged":
            sheet.merge_cells(ref.replace("_", ":"))
        else:
            sheet[ref].number_format = how
    path = pathlib.Path(str(tmp_path), "observed.xlsx")
    book.save(path)
    return path


_HEAD = ["province", "indicator", "year", "value"]


def test_excel_reader_reads_a_percentage_cell_as_the_figure_shown(tmp_path: object) -> None:
    from vnhealthplan.export import read_observations

    # Before: 0.95 formatted "0%" (the sheet shows 95%) was read as 0.95 percent.
    rows = [_HEAD, ["Thanh Hóa", "health_insurance_coverage", 2024, 0.95]]
    (obs,) = read_observations(_book(tmp_path, rows, D2="0%"))  # type: ignore[arg-type]
    assert obs.value.to("percent").magnitude == pytest.approx(95.0)
    # the package's own format 0.0"%" only shows a sign: 76.5 stays 76.5
    rows = [_HEAD, ["Thanh Hóa", "health_insurance_coverage", 2024, 76.5]]
    (obs,) = read_observations(_book(tmp_path, rows, D2='0.0"%"'))  # type: ignore[arg-type]
    assert obs.value.magnitude == 76.5


def test_excel_reader_refuses_a_percentage_cell_of_a_rate_per_1000(tmp_path: object) -> None:
    from vnhealthplan import PlanDataError
    from vnhealthplan.export import read_observations

    rows = [_HEAD, ["Thanh Hóa", "imr", 2024, 0.022]]  # shows 2.2%: not deaths per 1,000
    with pytest.raises(PlanDataError, match=r"unit = 'percent': expected a unit of imr's"):
        read_observations(_book(tmp_path, rows, D2="0.0%"))  # type: ignore[arg-type]


def test_excel_reader_refuses_merged_cells(tmp_path: object) -> None:
    from vnhealthplan import PlanDataError
    from vnhealthplan.export import read_observations

    # Before: the second row, under a merged "Thanh Hóa", was read with no province.
    rows = [_HEAD, ["Thanh Hóa", "beds_per_10k", 2024, 30], [None, "doctors_per_10k", 2024, 10]]
    with pytest.raises(PlanDataError, match=r"observations!A2:A3: cells: cells not merged"):
        read_observations(_book(tmp_path, rows, A2_A3="merged"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"population_year": "x"}, r"counts_needed\.population_year: got 'x'"),
        ({"population_year": 2024.5}, r"counts_needed\.population_year: got 2024\.5"),
    ],
)
def test_counts_needed_refuses_a_population_year_that_is_no_year(
    kwargs: dict[str, object], text: str
) -> None:
    from vnhealthplan import plans
    from vnhealthplan.rollup import counts_needed

    beds = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
    # Before: the method said "population (x) used for 2030 without projection".
    with pytest.raises(WrongTypeError, match=text):
        counts_needed(beds, 3_764_241, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("population", [True, "3764241", None])
def test_counts_needed_refuses_a_population_that_is_no_number(population: object) -> None:
    from vnhealthplan import plans
    from vnhealthplan.rollup import counts_needed

    beds = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
    with pytest.raises(WrongTypeError, match=r"counts_needed\.population"):
        counts_needed(beds, population)


def _bed_baseline(year: int) -> object:
    from vnhealthplan import Baseline, Period, ureg

    return Baseline(ureg.Quantity(30, "bed / ten_thousand_people"), Period.year(year))


def test_a_baseline_dated_after_the_target_is_refused() -> None:
    from vnhealthplan import Period, Target, indicators

    beds = indicators.get("beds_per_10k")
    # Before: accepted, and gap(40) against the 2030 "baseline" said met = True.
    with pytest.raises(ValidationError, match=r"Target\.baseline: got 2030; expected a baseline"):
        Target(beds, 5, Period.year(2024), "=", "change", baseline=_bed_baseline(2030))
    change = Target(beds, 5, Period.year(2024), "=", "change")
    with pytest.raises(ValidationError, match=r"gap\.baseline: got 2030"):
        change.gap(40, baseline=_bed_baseline(2030))
    assert change.gap(40, baseline=_bed_baseline(2020)).met is True
