"""Frames and exports in the chosen language, with pandas dtypes and one missing value.

With ``lang="vi"`` every value of a frame, and every value and header of an export, is
Vietnamese except proper names (provinces, agencies, document titles, quotes) and codes
(plan keys, indicator codes, audit check names); numbers are numbers, dates are dates.
"""

from __future__ import annotations

import datetime

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from vnhealthplan import frames, options, plans
from vnhealthplan.core.i18n import catalogue
from vnhealthplan.export import to_csv, to_excel, to_parquet
from vnhealthplan.frames import (
    LABELS,
    TITLES,
    VOCABULARIES,
    assignments_frame,
    bundled_frame,
    facilities_frame,
    labelled,
    observations_frame,
    targets_frame,
)
from vnhealthplan.text import format_unit
from vnhealthplan.vocab import Comparator, FacilityKind, Ownership, Rank, TargetKind, Tier

RECORDS = {
    "targets": targets_frame,
    "observations": observations_frame,
    "facilities": facilities_frame,
    "assignments": lambda plan, lang: assignments_frame(plan),
}
#: English words a Vietnamese value must never be: vocabulary codes and English labels.
ENGLISH = {
    text
    for vocab in (TargetKind, Tier, FacilityKind, Rank, Ownership, Comparator)
    for m in vocab
    for text in (m.value, m.en)
    if text not in (m.vi, "I", "II", "III", "IV", "=", "<", "<=", ">", ">=", "~")
} | {"info", "warning", "error", "level", "percent", "bed / ten_thousand_people"}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    options.set_language("en")


# --- dtypes and missing values --------------------------------------------------------


@pytest.mark.parametrize("table", RECORDS)
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_record_frames_have_pandas_dtypes_and_one_missing_value(table, lang):
    frame = bundled_frame(table, lang=lang)
    assert len(frame) > 0
    for column in frame.columns:
        dtype = frame[column].dtype
        if column in ("period_start", "period_end", "due_start", "due_end", "completed"):
            assert dtype == "datetime64[ns]", column
            assert frame[column].dt.year.notna().any() or column == "completed"
        elif (table, column) in VOCABULARIES:
            assert isinstance(dtype, pd.CategoricalDtype), column
        elif column in ("year", "baseline_year", "start_year", "beds", "autonomy_group"):
            assert str(dtype) == "Int64", column
        elif column in ("value", "upper", "baseline_value"):
            assert str(dtype) == "Float64", column
        else:
            assert isinstance(dtype, pd.StringDtype), column
            assert not (frame[column].dropna().str.strip() == "").any(), column
            assert all(v is pd.NA for v in frame[column] if pd.isna(v)), column


def test_vocabulary_columns_hold_the_whole_vocabulary_in_its_order():
    frame = facilities_frame(plans.load("thanh-hoa-2023"), "vi")
    assert frame["rank"].cat.categories.tolist() == [m.vi for m in Rank]
    assert frame["kind"].cat.categories.tolist() == [m.vi for m in FacilityKind]
    targets = targets_frame(plans.load("dak-lak-2024"))
    assert targets["kind"].cat.categories.tolist() == ["level", "change", "maintain"]
    assert targets["comparator"].cat.categories.tolist() == [m.value for m in Comparator]
    # Counting by a category lists every member, the absent ones at 0.
    assert targets["kind"].value_counts().to_dict() == {"level": 13, "change": 1, "maintain": 0}


def test_dates_are_datetimes_that_dt_reads():
    frame = targets_frame(plans.load("thanh-hoa-2023"))
    assert set(frame["period_end"].dt.year) == set(frame["year"])
    assert (frame["period_end"].dt.strftime("%m-%d") == "12-31").all()


# --- one frame over every plan ----------------------------------------------------------


def test_one_frame_over_every_bundled_plan():
    frame = plans.targets_frame()
    assert list(frame.columns) == list(frames.columns("targets"))
    assert sorted(frame["plan"].unique()) == sorted(plans.available())
    assert len(frame) == sum(len(p.targets) for p in plans.load_all())
    assert frame.equals(targets_frame(plans.load_all()))
    # The unattributed national plan names no province: pd.NA, not NaN or "".
    national = frame.loc[frame["plan"] == "unattributed-kbcb-2024", "province"]
    assert len(national) > 0
    assert all(v is pd.NA for v in national)
    assert set(frame.loc[frame["plan"] == "dak-lak-2024", "province"]) == {"Đắk Lắk"}
    for name in ("observations", "facilities", "assignments"):
        whole = getattr(plans, f"{name}_frame")()
        assert len(whole) == sum(len(getattr(p, name)) for p in plans.load_all())


def test_the_bundled_frame_refuses_another_table():
    from vnhealthplan.errors import ValidationError

    with pytest.raises(ValidationError, match="'budgets'"):
        bundled_frame("budgets")


# --- the chosen language ------------------------------------------------------------------


def test_targets_in_vietnamese_keep_their_column_names_and_codes():
    plan = plans.load("dak-lak-2024")
    en, vi = targets_frame(plan), targets_frame(plan, lang="vi")
    assert list(en.columns) == list(vi.columns)
    assert en["indicator"].equals(vi["indicator"])  # codes stay
    assert en["value"].equals(vi["value"])  # numbers stay
    beds = vi.loc[vi["indicator"] == "beds_per_10k"].iloc[0]
    assert beds["unit"] == "giường bệnh/vạn dân"
    assert beds["kind"] == "đạt mức"
    assert beds["indicator_name"] == plan.targets_for("beds_per_10k")[0].indicator.name("vi")
    assert set(vi["unit"]) == {format_unit(u, "vi") for u in en["unit"]}
    assert not ENGLISH & set(vi[["kind", "comparator", "unit"]].melt()["value"].astype(str))


def test_facilities_scopes_and_observations_in_vietnamese():
    vi = facilities_frame(plans.load("an-giang-2018"), "vi")
    cells = set(vi[["kind", "tier", "rank", "ownership"]].melt()["value"].astype(str))
    assert cells
    assert not ENGLISH & cells
    beds = targets_frame(plans.load("dak-lak-2024"), "vi")
    assert "tuyến huyện; Tuyến huyện, thành phố, TX; không tính giường bệnh trạm y tế" in set(
        beds["scope"].dropna()
    )
    obs = observations_frame(plans.load("an-giang-2018"), "vi")
    assert obs.loc[0, "unit"] == "%"


def test_code_does_not_break_when_the_language_changes():
    plan = plans.load("dak-lak-2024")
    before = targets_frame(plan)
    options.set_language("vi")
    assert targets_frame(plan).equals(before)  # English by default, whatever the setting
    assert targets_frame(plan, lang=None).equals(targets_frame(plan, lang="vi"))
    from vnhealthplan.report import plan_gaps

    assert len(plan_gaps(plan)) == len(plan.targets)


def test_labelled_gives_headers_for_people():
    frame = labelled(targets_frame(plans.load("dak-lak-2024"), "vi"), "targets", "vi")
    assert frame.columns[:5].tolist() == ["Kế hoạch", "Tỉnh", "Mã chỉ tiêu", "Chỉ tiêu", "Năm"]
    assert "Năm gốc" in frame.columns
    english = labelled(targets_frame(plans.load("dak-lak-2024")), "targets", "en")
    assert english.columns[4] == "Year"


def test_every_label_and_title_has_its_vietnamese():
    vi = catalogue("vi")
    missing = [text for text in LABELS.values() if ("column", text) not in vi]
    missing += [text for text in TITLES.values() if ("table", text) not in vi]
    assert missing == []


# --- exports -------------------------------------------------------------------------------


def _strings(sheet):
    return {c.value for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}


@pytest.fixture(scope="module")
def vietnamese_book(tmp_path_factory):
    options.set_language("vi")
    try:
        path = to_excel(plans.load("thanh-hoa-2023"), tmp_path_factory.mktemp("x") / "th.xlsx")
    finally:
        options.set_language("en")
    return openpyxl.load_workbook(path)


def test_the_vietnamese_workbook_has_vietnamese_headers_and_values(vietnamese_book):
    book = vietnamese_book
    assert book.sheetnames == ["Văn bản", "Chỉ tiêu", "Số liệu thực tế", "Cơ sở y tế",
                               "Phân công", "Khoảng cách", "Kiểm tra"]  # fmt: skip
    document = {row[0].value: row[1].value for row in book["Văn bản"].iter_rows(min_row=2)}
    assert document["Kế hoạch"] == "thanh-hoa-2023"
    assert document["Ngày ban hành"] == datetime.datetime(2023, 10, 14)
    assert {"Tiêu đề", "Cơ quan ban hành", "Tỉnh"} <= set(document)
    for title in ("Chỉ tiêu", "Cơ sở y tế", "Khoảng cách", "Kiểm tra"):
        found = ENGLISH & _strings(book[title])
        assert found == set(), title
    # The observations sheet is the layout read back: its unit column is the registry's.
    targets = book["Chỉ tiêu"]
    headers = [c.value for c in targets[1]]
    assert "Đơn vị" in headers
    assert "Loại chỉ tiêu" in headers
    units = {r[headers.index("Đơn vị")].value for r in targets.iter_rows(min_row=2)}
    assert "giường bệnh/vạn dân" in units
    assert "%" in units
    audit = book["Kiểm tra"]
    assert [c.value for c in audit[1]][3] == "Nội dung"
    assert {r[2].value for r in audit.iter_rows(min_row=2)} <= {"thông tin", "cảnh báo", "lỗi"}


def test_every_sheet_has_an_autofilter_and_real_dates(vietnamese_book):
    for sheet in vietnamese_book.worksheets:
        assert (
            sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}"
            f"{sheet.max_row}"
        ), sheet.title
    targets = vietnamese_book["Chỉ tiêu"]
    start = targets["F2"]
    assert start.is_date
    assert start.number_format == "dd/mm/yyyy"
    assert start.value == datetime.datetime(2030, 1, 1)
    assert vietnamese_book["Văn bản"]["B6"].number_format == "dd/mm/yyyy"


def test_number_formats_match_units(vietnamese_book):
    targets = vietnamese_book["Chỉ tiêu"]
    headers = [c.value for c in targets[1]]
    value, unit, year = (
        headers.index(h) for h in ("Giá trị (theo đơn vị của dòng)", "Đơn vị", "Năm")
    )
    formats = {}
    for row in targets.iter_rows(min_row=2):
        formats[row[unit].value] = row[value].number_format
        assert row[year].number_format == "0"
    assert formats["%"] == '0.0"%"'
    assert formats["giường bệnh/vạn dân"] == "0.0"
    # Thanh Hóa's "05/27" district health centres: a count of facilities.
    observed = vietnamese_book["Số liệu thực tế"]
    assert (observed["H1"].value, observed["H2"].value) == ("Giá trị (cơ sở)", 27)
    assert observed["H2"].number_format == "#,##0"
    # No bundled facility gives its beds; the column's format is a count's all the same.
    from vnhealthplan.io.export._headers import number_format

    assert number_format("facilities", "beds", pd.Int64Dtype(), "vi") == "#,##0"


def test_english_workbook_dates_are_iso(tmp_path):
    book = openpyxl.load_workbook(to_excel(plans.load("dak-lak-2024"), tmp_path / "d.xlsx",
                                           lang="en"))  # fmt: skip
    assert book["Targets"]["F2"].number_format == "yyyy-mm-dd"
    assert book["Targets"]["H2"].value == "level"  # codes in English, as before


def test_vietnamese_csv(tmp_path):
    paths = to_csv(plans.load("dak-lak-2024"), tmp_path, lang="vi")
    targets = pd.read_csv(paths[1], encoding="utf-8-sig")
    assert "Loại chỉ tiêu" in targets.columns
    assert set(targets["Loại chỉ tiêu"]) == {"đạt mức", "thay đổi một lượng"}
    assert "giường bệnh/vạn dân" in set(targets["Đơn vị"])
    gaps = pd.read_csv(paths[5], encoding="utf-8-sig")
    assert not ENGLISH & set(
        gaps[["So sánh", "Loại chỉ tiêu", "Đơn vị"]].melt()["value"].astype(str)
    )
    document = pd.read_csv(paths[0], encoding="utf-8-sig")
    assert document["Trường"].tolist()[:2] == ["Kế hoạch", "Tiêu đề"]


def test_parquet_keeps_the_dtypes(tmp_path):
    paths = to_parquet(plans.load("thanh-hoa-2023"), tmp_path, lang="vi")
    facilities = pq.read_table(paths[3]).to_pandas()
    assert isinstance(facilities["tier"].dtype, pd.CategoricalDtype)
    assert facilities["tier"].cat.categories.tolist() == [m.vi for m in Tier]
    assert str(facilities["beds"].dtype) == "Int64"
    assignments = pq.read_table(paths[4]).to_pandas()
    assert assignments["due_end"].dtype == "datetime64[ns]"
    document = pq.read_table(paths[0]).to_pandas()
    assert "2023-10-14" in set(document["value"])
