"""Session 10's hostile spreadsheet probes (adv10): the silent wrong answers they found.

Each test was written before its fix: an overflow given as infinity, an int64 product
wrapped round, a province's counts split in two groups by a decomposed (NFD) spelling, the
last of two populations of one province taken without a word, … Figures are hypothetical
(số liệu giả định) unless a bundled plan is named.
"""

from __future__ import annotations

import copy
import tomllib
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

import vnhealthplan
from vnhealthplan import Period, Target, indicators, plans, ureg
from vnhealthplan.errors import (
    LikelySlipWarning,
    PlanDataError,
    ValidationError,
    WrongTypeError,
)
from vnhealthplan.export import read_observations, to_excel
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.observations import observations_from_frame
from vnhealthplan.planfile import plan_from_dict
from vnhealthplan.progress import progress_frame, progress_status
from vnhealthplan.ratios import implied_population, per_capita, required_count
from vnhealthplan.rollup import counts_needed, rollup

NFD_DAK_LAK = unicodedata.normalize("NFD", "Đắk Lắk")


# ---- per-capita calculators: a result beyond the largest float is no answer ---------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: per_capita(ureg.Quantity(1e308, "bed"), 1),
        lambda: per_capita(ureg.Quantity(np.array([5130.0, 1e308]), "bed"), np.ones(2)),
        lambda: required_count(ureg.Quantity(1e300, "bed / ten_thousand_people"), 1e300),
        lambda: implied_population(1e308, 1e-300),
    ],
)
def test_a_ratio_that_overflows_is_refused_not_given_as_infinity(call):
    # before: inf bed / ten_thousand_people, with only numpy's RuntimeWarning
    with pytest.raises(ValidationError, match="overflows") as info:
        call()
    assert "tràn" in info.value.said("vi") or "vượt quá" in info.value.said("vi")


def test_whole_numbers_are_multiplied_as_floats_not_wrapped_round():
    # before: 3e9 beds per 10,000 for 4e18 people gave 9.06e14 beds (an int64 product
    # wrapped round); now the 1.2e24 the figures mean
    ratio = ureg.Quantity(np.array([3 * 10**9]), "bed / ten_thousand_people")
    beds = required_count(ratio, np.array([4 * 10**18]))
    assert beds.magnitude[0] == pytest.approx(1.2e24)


def test_ordinary_ratios_are_unchanged():
    assert per_capita(ureg.Quantity(5130, "bed"), 1_768_966).magnitude == pytest.approx(29.0, 1e-4)


# ---- rollup ---------------------------------------------------------------------------


def test_rollup_refuses_a_province_spelt_in_two_unicode_forms():
    # before: two groups "Đắk Lắk", each with half the province's beds
    frame = pd.DataFrame(
        {"province": ["Đắk Lắk", NFD_DAK_LAK], "beds": [2430, 2700], "population": [9e5, 9e5]}
    )
    with pytest.raises(ValidationError, match=r"rollup\.by: .*differ only in Unicode form"):
        rollup(frame, "province", count="beds")


@pytest.mark.parametrize("other", ["Đắk Lắk ", "đắk lắk", "Đắk  Lắk"])
def test_rollup_refuses_labels_that_differ_in_spaces_or_case(other):
    frame = pd.DataFrame({"g": ["Đắk Lắk", other], "count": [1, 2], "population": [10, 20]})
    with pytest.raises(ValidationError, match="written alike"):
        rollup(frame, "g")


def test_rollup_keeps_labels_that_are_other_names():
    # Quảng Bình (a province) and Quang Bình (a district of Hà Giang) are two places
    frame = pd.DataFrame(
        {"g": ["Quảng Bình", "Quang Bình"], "count": [1, 2], "population": [10, 20]}
    )
    assert list(rollup(frame, "g").index) == ["Quang Bình", "Quảng Bình"]


def test_rollup_refuses_a_column_name_given_twice():
    # before: AttributeError: 'DataFrame' object has no attribute 'dtype'
    frame = pd.DataFrame([["a", 10, 100, 200]], columns=["g", "count", "population", "population"])
    with pytest.raises(ValidationError, match=r"rollup\.population: .*one column") as info:
        rollup(frame, "g")
    assert "một cột có tên đó" in info.value.said("vi")


def test_rollup_refuses_a_sum_that_overflows():
    # before: count inf, count_per_10000 inf, from two finite counts
    frame = pd.DataFrame({"g": ["a", "a", "b"], "count": [1e308, 1e308, 1.0],
                          "population": [1, 1, 1]})  # fmt: skip
    with pytest.raises(ValidationError, match=r"rollup\.count: got 'a'.*overflows"):
        rollup(frame, "g")


# ---- gaps_frame and observations_from_frame -------------------------------------------

DAK_LAK_BEDS = pd.DataFrame(
    {"province": ["Đắk Lắk"], "indicator": ["beds_per_10k"], "year": [2024], "value": [30.0]}
)


@pytest.mark.parametrize(
    "population",
    [
        {"Đắk Lắk": 1_800_000, NFD_DAK_LAK: 900_000},
        {"Đắk Lắk": 1_800_000, "Dak Lak": 900_000},
        pd.Series([1_800_000, 900_000], index=["Đắk Lắk", "Đắk Lắk"]),
    ],
)
def test_gaps_refuse_two_populations_of_one_province(population):
    # before: the last one (900,000 people) was taken without a word
    with pytest.raises(ValidationError, match="one population for Đắk Lắk") as info:
        gaps_frame(plans.load("dak-lak-2024"), DAK_LAK_BEDS, population=population)
    assert "một dân số cho Đắk Lắk" in info.value.said("vi")


def test_gaps_take_one_population_given_twice_alike():
    population = {"Đắk Lắk": 1_800_000, NFD_DAK_LAK: 1_800_000}
    frame = gaps_frame(plans.load("dak-lak-2024"), DAK_LAK_BEDS, population=population)
    assert set(frame["population"].dropna()) == {1_800_000.0}


def test_gaps_refuse_a_population_beyond_the_country_s():
    # before: 1e300 people gave 2.9e297 beds required
    with pytest.raises(ValidationError, match="at most 200,000,000") as info:
        gaps_frame(plans.load("dak-lak-2024"), DAK_LAK_BEDS, population={"Đắk Lắk": 1e300})
    assert "nhiều nhất 200.000.000" in info.value.said("vi")


def test_gaps_refuse_an_observations_column_given_twice():
    # before: AttributeError: 'DataFrame' object has no attribute 'dtype'
    frame = DAK_LAK_BEDS.assign(other=20.0).rename(columns={"other": "value"})
    with pytest.raises(ValidationError, match=r"one column of each name \(twice: 'value'\)"):
        gaps_frame(plans.load("dak-lak-2024"), frame)


def test_observations_from_frame_refuses_a_column_given_twice():
    # before: the second "value" column (20) was read, with only a pandas UserWarning
    frame = DAK_LAK_BEDS.assign(other=20.0).rename(columns={"other": "value"})
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(frame)
    assert [(p.record, p.field) for p in info.value.problems] == [("columns", "value")]
    assert "không có cột thứ hai" in info.value.said("vi")


# ---- a float32 column (a parquet file, a frame made smaller) --------------------------


def test_a_float32_figure_meeting_its_target_is_met():
    # before: observed 7.699999809265137, met False, shortfall 1.9e-07 for 7,7 ≥ 7,7
    targets = targets_frame(plans.load("dak-lak-2024"))
    targets = targets[targets["indicator"] == "doctors_per_10k"].assign(comparator=">=")
    observed = DAK_LAK_BEDS.assign(
        indicator="doctors_per_10k", value=np.array([7.7], dtype=np.float32)
    )
    row = gaps_frame(targets, observed).iloc[0]
    assert (row["observed"], bool(row["met"]), row["shortfall"]) == (7.7, True, 0.0)


def test_a_float32_value_is_read_as_the_decimal_it_shows():
    # before: Observation(doctors_per_10k = 7.699999809265137 …)
    frame = DAK_LAK_BEDS.assign(indicator="doctors_per_10k", value=np.float32(7.7))
    (obs,) = observations_from_frame(frame)
    assert obs.value.magnitude == 7.7


# ---- progress ---------------------------------------------------------------------------

PROGRESS_ROW = {"base_value": [25.0], "base_year": [2020], "latest_value": [23.0],
                "latest_year": [2023], "target": [22.0], "target_year": [2024],
                "direction": [-1]}  # fmt: skip


def test_progress_status_refuses_true_as_a_direction():
    # before: True was +1, and infant mortality falling from 25 to 23 ‰ "deterioration"
    target = Target(indicators.get("imr"), 22, Period.year(2024), "<")
    with pytest.raises(ValidationError, match=r"progress_status\.direction: got True"):
        progress_status(target, [(2020, 25.0), (2023, 23.0)], direction=True)


@pytest.mark.parametrize("engine", ["pandas", "polars"])
def test_progress_frame_refuses_a_direction_of_2(engine):
    # before: status target_achieved, ratio −0.87 (progress_status refused 2 already).
    # polars rebuilds an error raised in a batch by calling its type with the message
    # alone, so the ValidationError reaches the caller as a TypeError without its words
    rows = _engine_frame(engine, PROGRESS_ROW | {"direction": [2]})
    with pytest.raises((ValidationError, TypeError)):
        progress_frame(rows)
    if engine == "pandas":
        with pytest.raises(ValidationError, match=r"progress_arrays\.direction: got 2") as info:
            progress_frame(rows)
        assert "càng thấp càng tốt" in info.value.said("vi")


@pytest.mark.parametrize("engine", ["pandas", "polars"])
@pytest.mark.parametrize(("value", "error"), [("5.130", ValidationError), (True, WrongTypeError)])
def test_progress_frame_refuses_text_and_true_false_as_values(engine, value, error):
    # before: "5.130" was read as 5.13 (target achieved) and True as 1.0
    rows = _engine_frame(engine, PROGRESS_ROW | {"latest_value": [value]})
    with pytest.raises(error, match=r"progress_frame\.latest_value"):
        progress_frame(rows)


def test_progress_frame_still_reads_a_year_written_as_text():
    rows = pd.DataFrame(PROGRESS_ROW | {"latest_year": ["2023"]})
    assert progress_frame(rows)["status"].tolist() == ["moderate_progress"]


def _engine_frame(engine, columns):
    if engine == "polars":
        polars = pytest.importorskip("polars")
        return polars.DataFrame(columns)
    return pd.DataFrame(columns)


# ---- a user's plan file -----------------------------------------------------------------


def _quang_ngai(edit):
    data = tomllib.loads(
        (Path(vnhealthplan.__file__).parent / "data/plans/quang-ngai-2023.toml").read_text(
            encoding="utf-8"
        )
    )
    data.pop("source_text")
    edit(data)
    return data


def test_a_record_pasted_twice_is_refused_naming_both():
    # before: 5 targets, the first counted twice in every summary
    def twice(data):
        data["target"].append(copy.deepcopy(data["target"][0]))
        data["assignment"].append(copy.deepcopy(data["assignment"][2]))

    with pytest.raises(PlanDataError) as info:
        plan_from_dict(_quang_ngai(twice))
    assert [(p.record, p.field) for p in info.value.problems] == [
        ("target[5]", "(record)"),
        ("assignment[21]", "(record)"),
    ]
    assert "repeats target[1]" in str(info.value)
    assert "lặp lại assignment[3]" in info.value.said("vi")


@pytest.mark.parametrize("spelt", [unicodedata.normalize("NFD", "{}"), "{} ", "{}".upper()])
def test_a_facility_named_as_another_is_refused(spelt):
    # before: two facilities "Bệnh xá Đặng Thùy Trâm", which a look-up by name cannot tell apart
    def again(data):
        first = data["facility"][0]
        data["facility"].append(
            dict(first, name=spelt.format(first["name"]), kind="general_hospital")
        )

    with pytest.raises(PlanDataError, match=r"facility\[10\]: name = .*facility\[1\] has this"):
        plan_from_dict(_quang_ngai(again))


def test_two_targets_of_one_indicator_with_other_values_are_kept():
    # a total and its parts (the unattributed plan's budget lines) are no repeat
    def other(data):
        data["target"].append(dict(data["target"][0], value=50))

    assert len(plan_from_dict(_quang_ngai(other)).targets) == 5


# ---- a user's workbook ------------------------------------------------------------------

HEADER_VI = ["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"]


def _workbook(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_headers_pasted_in_nfd_are_read(tmp_path):
    # before: "missing column" for each of the four columns that were there
    header = [unicodedata.normalize("NFD", h) for h in HEADER_VI]
    path = _workbook(tmp_path / "mine.xlsx", {"Sheet": [header, ["Đắk Lắk", "imr", 2024, 21.5]]})
    assert [o.value.magnitude for o in read_observations(path)] == [21.5]


def test_a_second_sheet_of_figures_left_unread_is_warned_of(tmp_path):
    # before: the 2025 sheet was left out without a word
    path = _workbook(
        tmp_path / "mine.xlsx",
        {
            "observations": [HEADER_VI, ["Đắk Lắk", "imr", 2024, 21.5]],
            "2025": [HEADER_VI, ["Đắk Lắk", "imr", 2025, 20.9]],
            "notes": [["Ghi chú"], ["số liệu giả định"]],
        },
    )
    with pytest.warns(LikelySlipWarning, match="the sheet '2025' has observations too") as got:
        observed = read_observations(path)
    assert [o.year for o in observed] == [2024]
    assert len(got) == 1
    assert "không được đọc" in got[0].message.said("vi")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [o.year for o in read_observations(path, sheet="2025")] == [2025]


def test_an_export_s_other_sheets_are_not_warned_of(tmp_path):
    plan = plans.load("quang-ngai-2023")
    path = to_excel(plan, tmp_path / "plan.xlsx", lang="vi")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(read_observations(path, plan=plan)) == len(plan.observations)


# ---- counts_needed ----------------------------------------------------------------------


@pytest.mark.parametrize(("population", "said"), [(1.8, "at least 100,000"),
                                                  (1800, "at least 100,000"),
                                                  (1e300, "at most 200,000,000")])  # fmt: skip
def test_counts_needed_refuses_a_population_out_of_a_province_s_size(population, said):
    # before: "required 0.0 bed for 2 person" (1.8 million typed as 1.8)
    beds = plans.load("dak-lak-2024").targets_for("beds_per_10k")[0]
    with pytest.raises(ValidationError, match=rf"counts_needed\.population: .*{said}"):
        counts_needed(beds, population)


def test_counts_needed_still_takes_live_births_of_a_province():
    imr = plans.load("dak-lak-2024").targets_for("imr")[0]
    assert counts_needed(imr, ureg.Quantity(30_000, "live_birth")).required.magnitude == 660


@pytest.mark.parametrize("rate", [1.5, 2, -0.5])
def test_counts_needed_refuses_a_growth_rate_typed_as_a_percentage(rate):
    # before: 1.5 (meant 1,5 %) projected 1.8 million people to 70 million by 2024
    beds = plans.load("dak-lak-2024").targets_for("beds_per_10k")[0]
    with pytest.raises(ValidationError, match=r"counts_needed\.growth_rate") as info:
        counts_needed(beds, 1_800_000, population_year=2020, growth_rate=rate)
    assert "0,01 cho 1 %" in info.value.said("vi")
