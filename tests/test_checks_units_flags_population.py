"""More silent wrong answers of session 8 (second round), each refused or read now.

Each test's docstring says what the call returned before.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from vnhealthplan import PlanDataError, ValidationError, plans
from vnhealthplan.errors import WrongTypeError
from vnhealthplan.export import read_observations
from vnhealthplan.frames import observation_records_frame, targets_frame
from vnhealthplan.gaps import gaps_frame

# ---- 1. gaps read the units the package writes in Vietnamese --------------------------------


def test_gaps_read_a_unit_as_the_vietnamese_tables_write_it() -> None:
    """Before: DimensionError "unit of doctors_per_10k: got 'bác sĩ/vạn dân'"."""
    plan = plans.load("thanh-hoa-2023")
    seen = pd.DataFrame({"province": ["Thanh Hóa"], "indicator": ["doctors_per_10k"],
                         "year": [2023], "value": [12.0], "unit": ["bác sĩ/vạn dân"]})  # fmt: skip
    table = gaps_frame(plan, seen)
    row = table[table["indicator"] == "doctors_per_10k"].iloc[0]
    assert row["observed"] == 12.0
    assert row["unit"] == "doctor / ten_thousand_people"


@pytest.mark.parametrize("key", ["an-giang-2018", "dak-lak-2024", "thanh-hoa-2023"])
def test_gaps_of_a_vietnamese_targets_frame_equal_the_english_ones(key: str) -> None:
    """Before: DimensionError on "năm" (An Giang), "‰" (Đắk Lắk), "giường bệnh/vạn dân"."""
    plan = plans.load(key)
    seen = observation_records_frame(plan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vi = gaps_frame(targets_frame(plan, lang="vi"), seen)
        en = gaps_frame(targets_frame(plan), seen)
    words = ["scope", "comparator", "kind"]  # echoed as the frame wrote them
    pd.testing.assert_frame_equal(vi.drop(columns=words), en.drop(columns=words))
    assert vi.attrs["unobserved_scopes"] == en.attrs["unobserved_scopes"]


# ---- 2. a number shown with a "%" is a percentage in every reader ---------------------------


def _book(tmp_path: Path, indicator: str, fmt: str, unit: str | None = None) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "observations"
    sheet.append(["province", "indicator", "year", "value", *(["unit"] if unit else [])])
    sheet.append(["Đắk Lắk", indicator, 2024, 29, *([unit] if unit else [])])
    sheet["D2"].number_format = fmt
    path = tmp_path / "observed.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("fmt", ['0.0"%"', "0\\%"])
@pytest.mark.parametrize("unit", [None, "bed"])
def test_sheet_cell_written_with_a_percent_sign_is_no_count(
    tmp_path: Path, fmt: str, unit: str | None
) -> None:
    """Before: a cell showing "29%" in a total_beds row was read as 29 beds."""
    path = _book(tmp_path, "total_beds", fmt, unit)
    with pytest.raises(PlanDataError, match=r"percent|% sign"):
        read_observations(path)


def test_sheet_cell_written_with_a_percent_sign_is_read_as_shown(tmp_path: Path) -> None:
    path = _book(tmp_path, "health_insurance_coverage", '0.0"%"')
    (obs,) = read_observations(path)
    assert obs.value.magnitude == 29
    assert str(obs.value.units) == "percent"


def test_forms_and_sheets_read_a_percent_format_by_one_rule() -> None:
    from types import SimpleNamespace

    from vnhealthplan.io.export.sheetcells import cell_value
    from vnhealthplan.io.forms.numbers import shows_percent

    for fmt in ('0.0"%"', "0\\%", "0%", "#,##0", None):
        cell = SimpleNamespace(value=29, number_format=fmt)
        assert (type(cell_value(cell)) is not int) == shows_percent(fmt)


# ---- 3. a flag of the public API is a bool ---------------------------------------------------


@pytest.mark.parametrize("value", ["no", "false", 0, 1, None])
def test_export_flags_take_a_bool_only(tmp_path: Path, value: object) -> None:
    """Before: ``to_excel(plan, path, gaps="no")`` wrote the gaps sheet ("no" is truthy)."""
    from vnhealthplan.export import export, export_tables, to_excel

    plan = plans.load("an-giang-2018")
    with pytest.raises(WrongTypeError, match=r"to_excel.gaps: got .*; expected True or False"):
        to_excel(plan, tmp_path / "x.xlsx", gaps=value)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match=r"export.audit"):
        export(plan, tmp_path / "x.xlsx", audit=value)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match=r"export_tables.gaps"):
        export_tables(plan, gaps=value)  # type: ignore[arg-type]
    assert not (tmp_path / "x.xlsx").exists()


def test_other_public_flags_take_a_bool_only() -> None:
    from vnhealthplan.progress import progress_arrays

    with pytest.raises(WrongTypeError, match=r"progress_arrays.details"):
        progress_arrays(10, 2020, 20, 2022, 30, 2025, "higher", details="yes")  # type: ignore[arg-type]


def test_a_numpy_bool_is_a_flag() -> None:
    np = pytest.importorskip("numpy")
    from vnhealthplan.export import export_tables

    names = [t.name for t in export_tables(plans.load("an-giang-2018"), gaps=np.bool_(False))]
    assert "gaps" not in names


def test_flag_refusal_said_in_vietnamese() -> None:
    from vnhealthplan.export import export_tables

    with pytest.raises(WrongTypeError) as caught:
        export_tables(plans.load("an-giang-2018"), audit="no")  # type: ignore[arg-type]
    assert caught.value.args[0].said("vi").endswith("cần True hoặc False (đúng hoặc sai)")


# ---- 6. what a user can get wrong in export is a package error ------------------------------


def test_export_to_a_path_without_a_suffix_is_a_package_error(tmp_path: Path) -> None:
    """Before: a plain ValueError ("export: 'out/x_noext': no format; …")."""
    from vnhealthplan.export import export

    plan = plans.load("an-giang-2018")
    with pytest.raises(ValidationError, match=r"export.path: got .*x_noext'; expected a path") as e:
        export(plan, tmp_path / "x_noext")
    assert "không cho biết định dạng" in e.value.args[0].said("vi")
    with pytest.raises(ValidationError, match=r"export.path: .*a CSV export writes one file"):
        export(plan, tmp_path / "x.csv")


def test_export_tables_misuse_is_a_package_error(tmp_path: Path) -> None:
    """Before: plain TypeError / ValueError for each of these."""
    from vnhealthplan.export import ExportTable, export_tables, to_csv, to_excel

    plan = plans.load("an-giang-2018")
    table = export_tables(plan, gaps=False, audit=False)[1]
    with pytest.raises(WrongTypeError, match=r"export_tables.plan"):
        export_tables("an-giang-2018")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="unique table names"):
        to_csv([table, table], tmp_path / "dup")
    with pytest.raises(WrongTypeError, match="a Plan or ExportTable objects"):
        to_csv([table, "targets"], tmp_path / "mixed")  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="apply to a Plan"):
        to_csv([table], tmp_path / "t", lang="vi")
    with pytest.raises(ValidationError, match="at least one table"):
        to_excel([], tmp_path / "none.xlsx")
    with pytest.raises(ValidationError, match=r"ExportTable.title"):
        ExportTable("x", "a/b", table.frame, table.headers)
    with pytest.raises(ValidationError, match=r"ExportTable.headers"):
        ExportTable("x", "x", table.frame, table.headers[:2])
    with pytest.raises(WrongTypeError, match=r"ExportTable.frame"):
        ExportTable("x", "x", [], ())  # type: ignore[arg-type]


# ---- 5. plan_gaps joins on (province, scope, indicator) --------------------------------------


def test_plan_gaps_compares_a_tier_target_with_its_tier_figure() -> None:
    """Before: plan_gaps dropped the provincial tier's 1,500 beds; the tier's 2,430-bed
    target had ``observed`` NaN and ``met`` NA although its figure was given."""
    from vnhealthplan import Observation, Period, Scope
    from vnhealthplan.analysis.planstatus import plan_gaps

    plan = plans.load("dak-lak-2024")
    ind = plan.targets_for("total_beds")[0].indicator
    whole = Observation(ind, 5200, Period.year(2024), province=plan.province)
    tier = Observation(ind, 1500, Period.year(2024), province=plan.province,
                       scope=Scope(tier="tuyến tỉnh"))  # fmt: skip
    frame = plan_gaps(plan, [whole, tier])
    assert frame.loc[[6, 7], "observed"].tolist() == [5200, 1500]
    assert not frame.loc[7, "met"]  # 1,500 < 2,430
    assert pd.isna(frame.loc[8, "met"])  # the district tier: no figure of its own
    assert frame.attrs["unobserved_scopes"] == [8]
    pd.testing.assert_frame_equal(frame, gaps_frame(plan, [whole, tier]))


# ---- 7. Comparator.holds checks its tolerance -------------------------------------------------


@pytest.mark.parametrize("tolerance", [5, 1.0, -0.1, float("nan"), "5%"])
def test_comparator_holds_refuses_a_tolerance_that_is_no_share(tolerance: object) -> None:
    """Before: ``Comparator.ABOUT.holds(30, 95, tolerance=5)`` was True (±500 %)."""
    from vnhealthplan.vocab import Comparator

    with pytest.raises(ValidationError, match=r"Comparator\.holds\.tolerance"):
        Comparator.ABOUT.holds(30.0, 95.0, tolerance=tolerance)  # type: ignore[arg-type]


def test_comparator_holds_with_a_share_and_a_range() -> None:
    from vnhealthplan.vocab import Comparator

    assert Comparator.ABOUT.holds(93.0, 95.0, tolerance=0.05)
    assert not Comparator.ABOUT.holds(30.0, 95.0, tolerance=0.05)
    with pytest.raises(ValidationError) as caught:
        Comparator.RANGE.holds(1.0, 1.0)
    assert caught.value.args[0].said("vi").endswith("cần một cận trên cho một khoảng")


# ---- 4. a province's population is counted in people ------------------------------------------


@pytest.mark.parametrize("people", [1.5, 1768.966, 99_999])
def test_gaps_refuse_a_province_population_in_millions(people: float) -> None:
    """Before: ``population={"Đắk Lắk": 1.5}`` gave a required count of 0.004 beds."""
    plan = plans.load("dak-lak-2024")
    with pytest.raises(ValidationError, match=r"population\['Đắk Lắk'\]: got .*at least 100,000"):
        gaps_frame(plan, plan, population={"Đắk Lắk": people})


def test_gaps_take_a_province_population_in_people() -> None:
    from vnhealthplan import ureg

    plan = plans.load("dak-lak-2024")
    for people in (1_768_966, ureg.Quantity(176.8966, "ten_thousand_people")):
        frame = gaps_frame(plan, plan, population={"Đắk Lắk": people})
        beds = frame.loc[frame.indicator == "beds_per_10k", "required_count"]
        assert beds.round().tolist() == [5130.0]


def test_read_entry_points_misuse_is_a_package_error() -> None:
    """Before: plain TypeError (a path that is a number; a list of plain numbers) and a
    plain ValueError (a number convention other than 'vi' and 'en')."""
    from vnhealthplan.forms import read_number

    with pytest.raises(WrongTypeError, match=r"read_observations\.path: got 123"):
        read_observations(123)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"read_number\.convention: got 'fr'"):
        read_number("5", "fr")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="Observation or Plan objects"):
        observation_records_frame([1])  # type: ignore[list-item]
