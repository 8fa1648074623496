"""Data-collection forms: writing a plan's form, reading it back filled, every bad input."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnhealthplan import Observation, Period, Tier, plans
from vnhealthplan.errors import LikelySlipWarning, PlanDataError, ValidationError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import COLUMNS, form_rows, is_form, read_form, read_number, write_form
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.text import parse_number
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.numbers import format_number

DAK_LAK = plans.load("dak-lak-2024")
THANH_HOA = plans.load("thanh-hoa-2023")
SHEET = "Biểu mẫu"
VALUE = chr(ord("A") + COLUMNS.index("value"))  # K
SOURCE = chr(ord("A") + COLUMNS.index("source"))


def _form(tmp_path: Path, plan=DAK_LAK, name="form.xlsx", **options) -> Path:
    return write_form(plan, tmp_path / name, **options)


def _fill(path: Path, cells: dict[str, object], sheet: str = SHEET) -> Path:
    book = openpyxl.load_workbook(path)
    for address, value in cells.items():
        book[sheet][address] = value
    book.save(path)
    return path


def _problems(err: pytest.ExceptionInfo[PlanDataError]) -> list[tuple[str, str, str]]:
    return [(p.file, p.record, p.field) for p in err.value.problems]


def _patch_xml(path: Path, old: str, new: str) -> None:
    """Rewrite the form sheet's XML (what a spreadsheet program saves, not openpyxl)."""
    with zipfile.ZipFile(path) as source:
        items = {i.filename: source.read(i) for i in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    text = items[name].decode("utf-8")
    assert old in text
    items[name] = text.replace(old, new, 1).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item, data in items.items():
            out.writestr(item, data)


# --- writing ---------------------------------------------------------------------------


def test_the_xlsx_form_has_its_rows_sheets_locks_and_metadata(tmp_path):
    path = _form(tmp_path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Biểu mẫu", "Hướng dẫn", "vnhealthplan"]
    form, meta = book["Biểu mẫu"], book["vnhealthplan"]
    assert form.max_row == 1 + len(DAK_LAK.targets)  # 14 targets, 14 (indicator, scope, year)
    assert [c.value for c in form[2]][:10] == [
        "underweight_u5", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng (cân nặng theo tuổi)",
        "Underweight prevalence, children under 5", "%", "Đắk Lắk", None, None, None, 2024,
        "= 17,6%",
    ]  # fmt: skip
    assert (form["J3"].value, form["F9"].value) == ("< 22‰", "tuyến tỉnh")
    assert form.freeze_panes == "A2"
    assert form.protection.sheet
    assert [form[f"{c}2"].protection.locked for c in "AJKLM"] == [True, True, False, False, False]
    rules = {
        cell: (v.type, v.operator, v.formula1, v.formula2)
        for v in form.data_validations.dataValidation
        for cell in str(v.sqref).split()
    }
    assert rules["K2"] == ("decimal", "between", "0", "100")  # a percentage
    assert rules["K8"] == ("decimal", "greaterThanOrEqual", "0", None)  # beds
    assert meta.sheet_state == "hidden"
    assert meta.protection.sheet
    stated = {meta.cell(n, 1).value: meta.cell(n, 2).value for n in range(1, 10)}
    assert (stated["plan"], stated["number_convention"]) == ("dak-lak-2024", "vi")
    assert stated["form_version"] == "1"
    assert re.fullmatch(r"[0-9a-f]{64}", stated["checksum"])
    text = "\n".join(str(c.value) for c in book["Hướng dẫn"]["A"] if c.value)
    assert "5.130 = năm nghìn một trăm ba mươi" in text


def test_years_chosen_and_years_outside_the_plan(tmp_path):
    rows = form_rows(THANH_HOA, years=[2024, 2025])
    assert {r.year for r in rows} == {2024, 2025}
    assert len(rows) == 2 * len({(t.indicator.code, t.scope) for t in THANH_HOA.targets})
    with pytest.raises(ValidationError, match=r"2020.*period of plan 'thanh-hoa-2023', 2021–2045"):
        write_form(THANH_HOA, tmp_path / "f.xlsx", years=[2020, 2024])
    assert not (tmp_path / "f.xlsx").exists()


def test_the_csv_form_states_plan_and_convention_and_reads_back(tmp_path):
    path = _form(tmp_path, name="f.csv", number_convention="en", lang="en")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("#vnhealthplan-form,plan=dak-lak-2024,form_version=1,lang=en,")
    assert "number_convention=en" in lines[0]
    assert lines[1].startswith("Indicator code,")
    # the CSV's line 9 is total beds (line 1 states the form, line 2 is the header)
    lines[8] = lines[8].removesuffix(",,,") + ',"5,130",Statistics office,'  # the English way
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    (obs,) = read_form(path)
    assert (obs.indicator.code, obs.value.magnitude) == ("total_beds", 5130)
    assert obs.source.section == "K9"  # the cell a spreadsheet shows the CSV's line 9 in


def test_an_unknown_suffix_or_language_is_refused(tmp_path):
    with pytest.raises(
        ValidationError, match=r"write_form\.path: .*expected a file ending in \.xlsx or \.csv"
    ):
        write_form(DAK_LAK, tmp_path / "f.ods")
    assert not (tmp_path / "f.ods").exists()
    with pytest.raises(ValidationError, match="lang"):
        write_form(DAK_LAK, tmp_path / "f.xlsx", lang="fr")  # type: ignore[arg-type]


# --- reading ---------------------------------------------------------------------------


def test_numbers_typed_as_text_read_as_parse_number_reads_them(tmp_path):
    path = _fill(_form(tmp_path), {"K2": "17,6", "K8": "5.130", "K10": " 2.700 ", "K12": 7.7})
    got = {(o.indicator.code, o.scope.tier): o.value.magnitude for o in read_form(path)}
    assert got == {("underweight_u5", None): 17.6, ("total_beds", None): 5130,
                   ("total_beds", Tier.DISTRICT): 2700, ("doctors_per_10k", None): 7.7}  # fmt: skip


def test_every_bad_cell_is_reported_at_once_with_its_address(tmp_path):
    path = _fill(_form(tmp_path), {
        "K2": 117,  # a percentage above 100
        "K3": -1,  # negative
        "K4": "3.5",  # reads two ways under the Vietnamese convention
        "K5": "abc",  # text
        "K6": dt.datetime(2024, 12, 31),  # a date
        "K7": "12 trạm",  # a unit in the cell ("12 %" is read in this % row)
        "K8": True,  # a boolean
    })  # fmt: skip
    with pytest.raises(PlanDataError) as err:
        read_form(path)
    assert [p.record for p in err.value.problems] == [f"{SHEET}!K{n}" for n in range(2, 9)]
    messages = [p.message for p in err.value.problems]
    assert "≤ 100 percent" in messages[0]
    assert "≥ 0" in messages[1]
    assert "reads as 3.5" in messages[2]
    assert "not a date" in messages[4]
    assert str(err.value).count("form.xlsx: Biểu mẫu!K") == 7


def test_a_formula_is_read_through_its_saved_result_only(tmp_path):
    path = _fill(_form(tmp_path), {"K3": "=20+1.5", "K4": "=30+3"})
    with pytest.raises(PlanDataError, match=r"K3: value = 'a formula with no saved result'") as e:
        read_form(path)
    assert [p.record for p in e.value.problems] == [f"{SHEET}!K3", f"{SHEET}!K4"]
    _patch_xml(path, "<f>20+1.5</f><v></v>", "<f>20+1.5</f><v>21.5</v>")
    _patch_xml(path, "<f>30+3</f><v></v>", "<f>30+3</f><v>33</v>")
    got = [(o.indicator.code, o.value.magnitude) for o in read_form(path)]
    assert got == [("imr", 21.5), ("u5mr", 33)]


def test_an_infinite_number_is_refused(tmp_path):
    path = _fill(_form(tmp_path), {"K3": 1.5})
    _patch_xml(path, "<v>1.5</v>", "<v>1e400</v>")
    with pytest.raises(PlanDataError, match="K3: value = inf: expected a finite number"):
        read_form(path)


def test_several_files_merge_and_a_conflict_names_both_cells(tmp_path):
    first = _fill(_form(tmp_path, name="a.xlsx"), {"K3": 21.5})
    second = _fill(_form(tmp_path, name="b.xlsx"), {"K3": 21.5, "K4": 30})
    assert [o.indicator.code for o in read_form([first, second])] == ["imr", "u5mr"]
    _fill(second, {"K3": 20})
    with pytest.raises(PlanDataError) as err:
        read_form([first, second])
    (problem,) = err.value.problems
    assert (problem.file, problem.record) == ("b.xlsx", f"{SHEET}!K3")
    assert f"a.xlsx: {SHEET}!K3 has 21.5" in problem.message


def test_a_form_of_another_plan_is_refused(tmp_path):
    path = _fill(_form(tmp_path), {"K3": 21.5})
    with pytest.raises(PlanDataError, match="plan = 'dak-lak-2024': expected a form of plan "
                                            "'thanh-hoa-2023'"):  # fmt: skip
        read_form(path, THANH_HOA)


@pytest.mark.parametrize(
    ("cell", "value", "field", "words"),
    [
        ("A1", "Mã", "header", "the form's header 'Mã chỉ tiêu'"),
        ("A3", "u5mr", "indicator", "the form's text 'imr'"),
        ("D3", "%", "unit", "the form's unit '‰': a value in another unit is not read"),
        ("E3", "Phú Yên", "province", "the plan's province 'Đắk Lắk'"),
        ("I3", 2025, "year", "the form's year 2024 (within the plan's period 2024)"),
        ("J3", "< 20‰", "target", "the form's text '< 22‰'"),
    ],
)
def test_an_edited_structure_cell_is_named(tmp_path, cell, value, field, words):
    path = _fill(_form(tmp_path), {cell: value, "K3": 21.5})
    with pytest.raises(PlanDataError) as err:
        read_form(path)
    (problem,) = err.value.problems
    assert (problem.record, problem.field) == (f"{SHEET}!{cell}", field)
    assert words in problem.message


def test_a_duplicated_row_is_refused(tmp_path):
    path = _form(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    sheet.append([*[c.value for c in sheet[3]][:10], 21.5])  # row 3 copied below the last
    book.save(path)
    with pytest.raises(PlanDataError, match=r"Biểu mẫu!A16: indicator = 'imr': expected no "
                                            r"row here: the form has 14 rows"):  # fmt: skip
        read_form(path)


def test_a_removed_row_is_refused(tmp_path):
    path = _form(tmp_path)
    book = openpyxl.load_workbook(path)
    book[SHEET].delete_rows(15)
    book.save(path)
    with pytest.raises(PlanDataError, match="rows = 13: expected the form's 14 rows"):
        read_form(path)


def test_merged_cells_and_hidden_rows_are_refused(tmp_path):
    path = _fill(_form(tmp_path), {"K3": 21.5})
    book = openpyxl.load_workbook(path)
    book[SHEET].merge_cells("L3:M3")
    book[SHEET].row_dimensions[5].hidden = True
    book.save(path)
    with pytest.raises(PlanDataError) as err:
        read_form(path)
    assert [(p.record, p.field) for p in err.value.problems] == [
        (f"{SHEET}!L3:M3", "cells"), (f"{SHEET}!row 5", "row")]  # fmt: skip


def test_files_that_are_no_form(tmp_path):
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    csv = tmp_path / "plain.csv"
    csv.write_text("province,indicator,year,value\n", encoding="utf-8")
    big = _form(tmp_path)
    with pytest.raises(PlanDataError) as err:
        read_form([plain, broken, csv, big])
    assert _problems(err) == [
        ("plain.xlsx", "file", "form"), ("broken.xlsx", "file", "workbook"),
        ("plain.csv", "file", "form")]  # fmt: skip
    assert "BadZipFile" in err.value.problems[1].message
    with pytest.raises(PlanDataError, match=r"size = [\d,]+: expected a form of at most 4,000 b"):
        read_form(big, max_bytes=4_000)


def test_an_edited_csv_structure_cell_is_named_through_the_plan(tmp_path):
    path = _form(tmp_path, name="f.csv")
    text = path.read_text(encoding="utf-8-sig").replace("imr,Tỷ suất", "u5mr,Tỷ suất", 1)
    path.write_text(text, encoding="utf-8-sig")
    with pytest.raises(PlanDataError, match=r"f\.csv: A4: indicator = 'u5mr'"):
        read_form(path)


def test_a_note_without_a_value_is_no_observation(tmp_path):
    path = _fill(_form(tmp_path), {"M2": "chưa có số liệu", "K3": 21.5, "L3": "Thống kê"})
    (obs,) = read_form(path)
    assert (obs.source.document.issuer, obs.source.quote) == ("Thống kê", "21.5")


def test_read_observations_reads_a_form_and_refuses_an_ambiguous_csv(tmp_path):
    form = _fill(_form(tmp_path), {"K8": "5.130"})
    assert [o.value.magnitude for o in read_observations(form)] == [5130]
    csv_form = _form(tmp_path, name="f.csv")
    assert read_observations(csv_form) == ()
    plain = tmp_path / "plain.csv"
    plain.write_text("province,indicator,year,value\nĐắk Lắk,total_beds,2024,5.130\n"
                     "Đắk Lắk,doctors_per_10k,2024,\"7,7\"\nĐắk Lắk,imr,2024,21.5\n",
                     encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError, match=r"row 2: value = '5.130': expected one reading; it "
                                            r"reads as 5.13 or 5130"):  # fmt: skip
        read_observations(plain)
    plain.write_text(plain.read_text(encoding="utf-8").replace("5.130", "5130"), encoding="utf-8")
    assert [o.value.magnitude for o in read_observations(plain)] == [5130, 7.7, 21.5]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(PlanDataError, match=r"broken\.xlsx: file: workbook"):
        read_observations(broken)
    assert [is_form(f) for f in (form, csv_form, plain, broken)] == [True, True, False, False]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.integers(0, 10**12),
        st.floats(0, 1e9, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 3)),
    ),
    st.sampled_from(["vi", "en"]),
)
def test_numbers_round_trip_through_the_convention(number, convention):
    text = format_number(number, convention)
    if convention == "vi" and re.fullmatch(r"[1-9]\d{0,2},\d{3}", text):
        # "1,234" is also 1.234 pasted the English way: a form refuses to guess
        with pytest.raises(ParseError, match="one reading"):
            read_number(text, convention)
        return
    assert read_number(text, convention) == number
    if convention == "vi":
        assert read_number(text, "vi") == parse_number(text)


# --- the round trip: form -> filled -> read back gives the gaps of the same observations ---


def _level(row, i: int) -> float:
    high = row.indicator.maximum if row.indicator.maximum is not None else 1000.0
    level = round(min(high, 1 + 7.3 * i) if high <= 100 else min(high, 10 + 123.4 * i), 1)
    return float(round(level)) if row.indicator.is_count else level  # beds are whole


@pytest.mark.parametrize("plan", [DAK_LAK, THANH_HOA], ids=lambda p: p.key)
def test_round_trip_gives_the_same_gaps(tmp_path, plan):
    rows = form_rows(plan)
    direct = tuple(
        Observation(row.indicator, _level(row, i), Period.year(row.year),
                    province=plan.province, scope=row.scope)
        for i, row in enumerate(rows)
    )  # fmt: skip
    path = write_form(plan, tmp_path / f"{plan.key}.xlsx")
    cells = {}
    for i, obs in enumerate(direct, start=2):
        # alternately a number cell and text written the Vietnamese way
        number = obs.value.magnitude
        cells[f"K{i}"] = number if i % 2 else format_number(number, "vi")
    with warnings.catch_warnings():  # the levels are made up, some far from the targets
        warnings.simplefilter("ignore", LikelySlipWarning)
        back = read_form(_fill(path, cells), plan)
    assert [(o.indicator, o.value, o.period, o.province, o.scope) for o in back] == [
        (o.indicator, o.value, o.period, o.province, o.scope) for o in direct
    ]
    for target in plan.targets:

        def match(obs, t=target):
            return (obs.indicator == t.indicator and obs.year == t.year
                    and obs.scope.tier == t.scope.tier and obs.scope == t.scope)  # fmt: skip

        (mine,) = [o for o in back if match(o)]
        (theirs,) = [o for o in direct if match(o)]
        assert repr(target.gap(mine.value)) == repr(target.gap(theirs.value))
    # gaps_frame joins on (province, scope, indicator): here the plain scope's, one each
    with warnings.catch_warnings():  # the same made-up levels, checked against the targets
        warnings.simplefilter("ignore", LikelySlipWarning)
        mine = gaps_frame(plan, _first_plain(back))
        theirs = gaps_frame(plan, _first_plain(direct))
    pd.testing.assert_frame_equal(mine, theirs)
    assert mine["observed"].notna().sum() >= 5


def _first_plain(observations):
    first = {}
    for o in observations:
        if o.scope.tier is None and o.scope.facility_kind is None:
            first.setdefault((o.indicator.code, o.year), o)
    return list(first.values())


def test_a_percentage_formatted_cell_is_read_as_the_spreadsheet_shows_it(tmp_path):
    # Excel stores "18,2 %" typed in a percentage cell as 0.182: the figure is 18.2, not 0.182.
    path = _form(tmp_path)
    rows = form_rows(DAK_LAK)
    share = next(i for i, r in enumerate(rows, 2) if str(r.indicator.unit) == "percent")
    count = next(i for i, r in enumerate(rows, 2) if r.indicator.code == "total_beds")
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    sheet[f"{VALUE}{share}"] = 0.182
    sheet[f"{VALUE}{share}"].number_format = "0.0%"
    book.save(path)
    (obs,) = read_form(path, DAK_LAK)
    assert obs.value.magnitude == pytest.approx(18.2)
    sheet[f"{VALUE}{count}"] = 0.5  # beds formatted as a percentage: no reading is right
    sheet[f"{VALUE}{count}"].number_format = "0%"
    book.save(path)
    with pytest.raises(PlanDataError) as err:
        read_form(path, DAK_LAK)
    assert f"{SHEET}!{VALUE}{count}" in str(err.value)
    assert "not formatted as a percentage" in str(err.value)


def test_a_comma_before_three_digits_is_refused_under_the_vietnamese_convention(tmp_path):
    # "5,000" is 5 with the decimal comma, or 5.000 written the English way: never a guess.
    path = _form(tmp_path)
    rows = form_rows(DAK_LAK)
    count = next(i for i, r in enumerate(rows, 2) if r.indicator.code == "total_beds")
    with pytest.raises(PlanDataError) as err:
        read_form(_fill(path, {f"{VALUE}{count}": "5,000"}), DAK_LAK)
    assert f"{SHEET}!{VALUE}{count}" in str(err.value)
    assert "5.000 for thousands" in str(err.value)


# ---- the form's instructions warn of the slips a tired person makes -----------------------


def test_the_instructions_say_no_percent_sign_and_no_renamed_sheet(tmp_path):
    form = write_form(plans.load("dak-lak-2024"), tmp_path / "bieu-mau.xlsx")
    book = openpyxl.load_workbook(form)
    text = " ".join(str(row[0]) for row in book["Hướng dẫn"].iter_rows(values_only=True))
    assert "Chỉ ghi số, không ghi đơn vị hay dấu % (95,5 chứ không phải 95,5%)" in text
    assert "5. Không đổi tên các trang tính." in text
