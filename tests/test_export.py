"""Exports: tables, headers with units, formula escaping, atomic writes, optional extras."""

import csv
import os
import sys

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import ValidationError, plans
from vnhealthplan.export import (
    FORMULA_TRIGGERS,
    ExportTable,
    MissingDependencyError,
    escape_text,
    export,
    export_tables,
    to_csv,
    to_excel,
    to_parquet,
    unescape_text,
)
from vnhealthplan.frames import targets_frame

KEYS = plans.available()


@pytest.fixture
def nasty_table():
    """A table whose text would run as formulas, with negative numbers beside it."""
    frame = pd.DataFrame({
        "indicator": ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3",
                      "@SUM(A1)", "\tTab", "'quoted", "Đắk Lắk"],
        "value": [-0.2, -5.0, 1.5, 0.0, -1e9, 3.0, 29.0],
        "unit": ["percent"] * 7,
    })  # fmt: skip
    return ExportTable.build("observations", frame, "en")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_bundled_plan_exports_in_every_format(tmp_path, key, lang):
    plan = plans.load(key)
    book = to_excel(plan, tmp_path / "plan.xlsx", lang=lang)
    csvs = to_csv(plan, tmp_path / "csv", lang=lang)
    parquets = to_parquet(plan, tmp_path / "parquet", lang=lang)
    tables = export_tables(plan, lang=lang)
    sheets = openpyxl.load_workbook(book).sheetnames
    assert sheets == [t.title for t in tables]
    assert [p.stem for p in csvs] == [p.stem for p in parquets] == [t.name for t in tables]
    for table, path in zip(tables, parquets, strict=True):
        assert pq.read_table(path).num_rows == len(table.frame)
    targets = pd.read_csv(csvs[1], encoding="utf-8-sig")
    assert len(targets) == len(plan.targets)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "parquet", "plan.xlsx"]


def test_headers_carry_units_in_either_language():
    frame = targets_frame(plans.load("dak-lak-2024"))
    beds = frame[frame.indicator == "beds_per_10k"]
    vi, en = (ExportTable.build("targets", beds, lang) for lang in ("vi", "en"))
    assert vi.headers[9] == "Giá trị (giường bệnh/vạn dân)"
    assert en.headers[9] == "Value (beds per 10,000 population)"
    whole = ExportTable.build("targets", frame, "vi")
    assert whole.headers[9] == "Giá trị (theo đơn vị của dòng)"
    gaps = export_tables(plans.load("an-giang-2018"), lang="en")[5]
    assert gaps.headers[list(gaps.frame.columns).index("shortfall")] == (
        "Shortfall (in the row's unit)"
    )


def test_excel_sheet_layout(tmp_path):
    path = to_excel(plans.load("thanh-hoa-2023"), tmp_path / "th.xlsx", lang="vi")
    sheet = openpyxl.load_workbook(path)["Cơ sở y tế"]
    assert sheet["H1"].value == "Giường bệnh (giường bệnh)"
    assert sheet["H1"].font.b
    assert sheet.freeze_panes == "A2"
    widths = {c: sheet.column_dimensions[c].width for c in "ABCL"}
    assert all(8 <= w <= 60 for w in widths.values())
    assert widths["C"] > widths["A"]  # names are longer than plan keys


def test_excel_text_never_becomes_a_formula(tmp_path, nasty_table):
    path = to_excel([nasty_table], tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(path).active
    for row, (text, number) in enumerate(
        zip(nasty_table.frame["indicator"], nasty_table.frame["value"], strict=True), start=2
    ):
        cell, value = sheet.cell(row, 1), sheet.cell(row, 2)
        assert cell.data_type == "s"
        assert cell.value == text
        assert cell.quotePrefix == (text[0] in FORMULA_TRIGGERS)
        assert value.data_type == "n"
        assert value.value == number


def test_csv_text_is_escaped_and_numbers_stay_numbers(tmp_path, nasty_table):
    (path,) = to_csv([nasty_table], tmp_path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Indicator code", "Value (%)", "Unit"]
    cells = [r[0] for r in rows[1:]]
    assert all(c[0] not in FORMULA_TRIGGERS for c in cells)
    assert cells[0] == '\'=HYPERLINK("http://evil","x")'
    assert cells[5] == "''quoted"
    assert [r[1] for r in rows[1:3]] == ["-0.2", "-5.0"]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    assert b"\r\n" in path.read_bytes()


@given(st.text())
def test_escaping_round_trips_and_neutralises(text):
    escaped = escape_text(text)
    assert unescape_text(escaped) == text
    assert escaped[:1] not in FORMULA_TRIGGERS


@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs", "Cc"))
            | st.sampled_from(["=", "+", "-", "@", "'", "\t"]),
            min_size=1,
        ),
        min_size=1,
        max_size=5,
    )
)
def test_csv_file_round_trips_any_text(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("csv")
    table = ExportTable.build("notes", pd.DataFrame({"notes": texts}), "en")
    (path,) = to_csv([table], folder)
    # A one-column row of blanks (" ") is a blank line to pandas' default reader: keep it.
    back = pd.read_csv(
        path, dtype=str, keep_default_na=False, encoding="utf-8-sig", skip_blank_lines=False
    )
    assert [unescape_text(c) for c in back["Notes"]] == texts


@given(
    st.lists(
        st.text(
            alphabet=st.characters(codec="utf-8", blacklist_categories=("Cs", "Cc")), min_size=1
        ),
        min_size=1,
        max_size=4,
    )
)
def test_excel_file_round_trips_any_text(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("xlsx")
    table = ExportTable.build("notes", pd.DataFrame({"notes": texts}), "en")
    path = to_excel([table], folder / "t.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert [sheet.cell(r, 1).value for r in range(2, len(texts) + 2)] == texts


class _Boom(Exception):
    pass


@pytest.mark.parametrize("writer", ["xlsx", "csv", "parquet"])
def test_failure_midway_keeps_the_old_file(tmp_path, monkeypatch, writer):
    plan = plans.load("an-giang-2018")
    target = tmp_path / "out.xlsx" if writer == "xlsx" else tmp_path / "out"
    export(plan, target, format=writer)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def boom(*args, **kwargs):
        raise _Boom("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(_Boom):
        export(plan, target, format=writer, lang="vi")
    monkeypatch.undo()
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # no temporary file left, the old files untouched


def test_failure_while_writing_a_new_workbook_leaves_nothing(tmp_path, monkeypatch):
    def boom(self, handle):
        handle.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    with pytest.raises(OSError, match="No space"):
        to_excel(plans.load("dak-lak-2024"), tmp_path / "new.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_missing_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "vnhealthplan\[excel\]"'):
        to_excel(plans.load("dak-lak-2024"), tmp_path / "x.xlsx")
    with pytest.raises(ImportError, match=r"vnhealthplan\[parquet\]"):
        to_parquet(plans.load("dak-lak-2024"), tmp_path / "p")
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments_are_named(tmp_path):
    plan = plans.load("dak-lak-2024")
    with pytest.raises(ValueError, match="no format"):
        export(plan, tmp_path / "out")
    with pytest.raises(ValidationError, match="format: got 'ods'"):
        export(plan, tmp_path / "out", format="ods")
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError, match="expected a folder"):
        to_csv(plan, tmp_path / "file")
    with pytest.raises(TypeError, match="expected a Plan"):
        export_tables("dak-lak-2024")
    table = export_tables(plan)[1]
    with pytest.raises(ValueError, match="unique"):
        to_csv([table, table], tmp_path / "dup")
    with pytest.raises(ValueError, match="sheet name"):
        ExportTable("x", "a/b", table.frame, table.headers)


def test_parquet_keeps_types_and_headers(tmp_path):
    paths = to_parquet(plans.load("thanh-hoa-2023"), tmp_path, lang="en")
    targets = pq.read_table(paths[1])
    assert str(targets.schema.field("year").type) == "int64"
    assert str(targets.schema.field("period_start").type) == "timestamp[ns]"
    assert (
        str(targets.schema.field("kind").type)
        == "dictionary<values=string, indices=int8, ordered=0>"
    )
    assert targets.schema.metadata[b"vnhealthplan.title"] == b"Targets"
    frame = targets.to_pandas()
    assert frame.loc[frame.indicator == "beds_per_10k", "value"].tolist() == [39.0, 40.0]
    # pandas reads back the frame's own dtypes: datetime64, Int64, Float64, category
    assert frame["period_start"].dtype == "datetime64[ns]"
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["value"].dtype) == "Float64"
    assert frame["kind"].cat.categories.tolist() == ["level", "change", "maintain"]
