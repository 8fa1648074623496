"""Reading observations from CSV and Excel: round trips, headers, every bad row at once."""

import re

import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError, ValidationError
from vnhealthplan.export import read_observations, to_csv, to_excel
from vnhealthplan.model.notes import notes_in

WITH_OBSERVATIONS = [k for k in plans.available() if plans.load(k).observations]


def _essentials(observations):
    return [(o.indicator.code, o.period, o.value, o.province, o.scope, o.source and o.source.quote,
             o.source and o.source.section) for o in observations]  # fmt: skip


@pytest.mark.parametrize("key", WITH_OBSERVATIONS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_exported_observations_read_back(tmp_path, key, fmt, lang):
    plan = plans.load(key)
    if fmt == "csv":
        path = to_csv(plan, tmp_path, lang=lang, gaps=False, audit=False)[2]
    else:
        path = to_excel(plan, tmp_path / "plan.xlsx", lang=lang, gaps=False, audit=False)
    back = read_observations(path, source=plan.document)
    expected = [o if o.province else o.__class__(o.indicator, o.value, o.period,
                province=plan.province, scope=o.scope, source=o.source, notes=o.notes)
                for o in plan.observations]  # fmt: skip
    assert _essentials(back) == _essentials(expected)
    # the notes column holds the notes in the export's language
    assert [o.notes for o in back] == [notes_in(o, lang) for o in plan.observations]


def _sheet(path, rows, title="Sheet"):
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_every_bad_row_is_reported_with_its_spreadsheet_row(tmp_path):
    path = _sheet(tmp_path / "obs.xlsx", [
        ["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"],
        ["Thanh Hóa", "beds_per_10k", 2024, 30.5],
        [None, None, None, None],  # an empty row: skipped, but it keeps its number
        ["Thanh Hóa", "imr", 2024, "nhiều"],
        ["Tỉnh X", "doctors_per_10k", "2024-Q5", 12],
    ])  # fmt: skip
    with pytest.raises(PlanDataError) as info:
        read_observations(path)
    found = [(p.file, p.record, p.field) for p in info.value.problems]
    assert found == [("obs.xlsx", "row 4", "value"), ("obs.xlsx", "row 5", "province"),
                     ("obs.xlsx", "row 5", "period")] or found == [
        ("obs.xlsx", "row 4", "value"), ("obs.xlsx", "row 5", "province"),
        ("obs.xlsx", "row 5", "year")]  # fmt: skip


def test_csv_rows_are_numbered_as_a_spreadsheet_shows_them(tmp_path):
    path = tmp_path / "obs.csv"
    path.write_text(
        "province,indicator,year,value\r\n"
        "An Giang,health_insurance_coverage,2017,76.5\r\n"
        "An Giang,health_insurance_coverage,2018,5.130\r\n"
        "An Giang,imr,20x8,5\r\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanDataError) as info:
        read_observations(path)
    # "5.130" reads as 5130 or 5.13 and the file states no convention: refused, not guessed
    assert [(p.record, p.field, p.value) for p in info.value.problems] == [
        ("row 3", "value", "5.130"), ("row 4", "year", "20x8")]  # fmt: skip


def test_headers_in_either_language_and_a_default_sheet(tmp_path):
    path = _sheet(tmp_path / "obs.xlsx", [
        ["Province", "Indicator code", "Year", "Value (in the row's unit)", "Unit"],
        ["An Giang", "health_insurance_coverage", 2017, 0.765, "dimensionless"],
    ], title="Observations")  # fmt: skip
    (obs,) = read_observations(path)
    assert obs.value.to("percent").magnitude == pytest.approx(76.5)


def test_a_header_unit_without_a_unit_column_is_refused(tmp_path):
    path = _sheet(tmp_path / "obs.xlsx", [
        ["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị (giường bệnh/vạn dân)"],
        ["Thanh Hóa", "beds_per_10k", 2024, 30.5],
    ])  # fmt: skip
    with pytest.raises(PlanDataError, match="needs a 'unit' column"):
        read_observations(path)


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        ("scope", "tuyến tỉnh", "tier, facility_kind"),  # free text refused, not dropped
        ("tier", "galaxy", "row 2: tier = 'galaxy'"),  # an unknown tier reported
    ],
    ids=["free-text-scope", "unknown-tier"],
)
def test_a_bad_scope_column_is_reported(tmp_path, column, cell, message):
    path = tmp_path / "obs.csv"
    path.write_text(f"province,indicator,year,value,{column}\nThanh Hóa,beds_per_10k,2024,30,"
                    f"{cell}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError, match=message):
        read_observations(path)


def test_wrong_files_and_sheets(tmp_path):
    with pytest.raises(ValueError, match=r"expected a \.csv or \.xlsx"):
        read_observations(tmp_path / "obs.ods")
    book = openpyxl.Workbook()
    book.create_sheet("Other")
    book.save(tmp_path / "two.xlsx")
    with pytest.raises(ValidationError, match=r"sheet: got None; expected a sheet of two\.xlsx: "
                                              r"'Sheet', 'Other'"):  # fmt: skip
        read_observations(tmp_path / "two.xlsx")


@pytest.mark.parametrize(
    ("name", "content", "field"),
    [
        ("empty.csv", b"", "columns"),
        ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "encoding"),
        ("quote.csv", b'province,indicator\n"unterminated\n', "csv"),
        ("corrupt.xlsx", b"PK\x03\x04garbage", "workbook"),
    ],
)
def test_unreadable_files_are_named(tmp_path, name, content, field):
    # once pandas' EmptyDataError, a UnicodeDecodeError, a ParserError
    (tmp_path / name).write_bytes(content)
    with pytest.raises(PlanDataError, match=rf"{re.escape(name)}: file: {field}"):
        read_observations(tmp_path / name)
