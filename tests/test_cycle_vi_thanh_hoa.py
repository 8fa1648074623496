"""What a Vietnamese-reading analyst of Thanh Hóa met going through the monitoring cycle:
a comparison of two plans that stopped on a plan's own indicator, English in a Vietnamese
report and in Vietnamese command lines."""

from __future__ import annotations

import contextlib
import io
import warnings
from datetime import date
from pathlib import Path

import pytest

from vnhealthplan import Observation, Period, plans
from vnhealthplan.analysis.slips import likely_slips
from vnhealthplan.cli import main
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.io.extract import cli as extract_cli
from vnhealthplan.report import plan_report, progress_report
from vnhealthplan.review import report_parts, review


def _thanh_hoa_share(value: float) -> Observation:
    """A figure of Thanh Hóa's own indicator (defined in its plan file, not the catalogue)."""
    thanh_hoa = plans.load("thanh-hoa-2023")
    own = thanh_hoa.targets_for("stations_full_primary_care")[0].indicator
    return Observation(own, value, Period.year(2024), province=thanh_hoa.province)


def test_slips_of_a_plans_own_indicator_against_another_plan_do_not_stop() -> None:
    an_giang = plans.load("an-giang-2018")
    assert likely_slips(an_giang, [_thanh_hoa_share(29.5)]) == []
    # no target to judge by: the share's unit alone says that 0,85 may be a fraction
    [fraction] = likely_slips(an_giang, [_thanh_hoa_share(0.85)])
    assert "a fraction typed for a per cent (85%)" in fraction


def test_two_plans_compared_with_a_figure_of_one_plans_own_indicator() -> None:
    both = [plans.load("thanh-hoa-2023"), plans.load("an-giang-2018")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = gaps_frame(both, [_thanh_hoa_share(29.5)])
    row = frame[frame.indicator == "stations_full_primary_care"]
    assert row.observed.tolist() == [29.5]
    assert not caught  # 29.5 % is no slip


@pytest.fixture(scope="module")
def thanh_hoa_parts() -> dict[str, object]:
    r = review("thanh-hoa-2023", as_of=date(2026, 1, 31))
    return {lang: report_parts(r, lang) for lang in ("vi", "en")}


def test_the_population_source_of_section_ii_is_said_in_the_reports_language(
    thanh_hoa_parts: dict[str, object],
) -> None:
    vi, en = thanh_hoa_parts["vi"], thanh_hoa_parts["en"]
    needed_vi, needed_en = vi.tables[1], en.tables[1]  # type: ignore[attr-defined]
    assert "theo trích dẫn của baomoi.net.vn" in needed_vi.note
    assert "as restated" not in needed_vi.note
    assert all("as restated" not in row[-1] for row in needed_vi.rows)
    assert "theo trích dẫn của" in needed_vi.rows[0][-1]
    assert "as restated by baomoi.net.vn" in needed_en.note
    assert "as restated by baomoi.net.vn" in needed_en.rows[0][-1]


def test_report_lang_vi_after_the_subcommand_warns_in_vietnamese(tmp_path: Path) -> None:
    figures = tmp_path / "dak-lak-2024.csv"
    figures.write_text(
        "province,indicator,year,value,notes\n"
        'Đắk Lắk,beds_per_10k,2024,"2,86",ví dụ: số liệu giả định\n',
        encoding="utf-8",
    )
    out = tmp_path / "bao-cao.html"
    args = ["report", "dak-lak-2024", "--lang", "vi", "--observations", str(figures)]
    quiet = contextlib.redirect_stdout(io.StringIO())
    with contextlib.redirect_stderr(io.StringIO()) as err, quiet:
        code = main([*args, "-o", str(out), "--no-charts"])
    assert code == 0
    said = err.getvalue()
    assert "vnhealthplan: cảnh báo:" in said
    assert "2,86" in said
    assert "warning" not in said
    assert "the target" not in said


def test_extract_from_review_errors_follow_lang_vi(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    text = tmp_path / "plan.txt"
    text.write_text(plans.source_text("dak-lak-2024"), encoding="utf-8")
    book = tmp_path / "ra-soat.xlsx"
    with contextlib.redirect_stdout(io.StringIO()):
        assert extract_cli.main([str(text), "--review", str(book), "--lang", "vi"]) == 0
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["Rà soát"]
    headers = [cell.value for cell in sheet[1]]
    kinds, records = headers.index("loại") + 1, headers.index("bản ghi") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, kinds).value == "chỉ tiêu")
    sheet.cell(row, records).value = "khong_co_chi_tieu_nay"
    workbook.save(book)
    out = tmp_path / "plan.toml"
    args = [str(text), "--from-review", str(book), "-o", str(out), "--lang", "vi"]
    quiet = contextlib.redirect_stdout(io.StringIO())
    with contextlib.redirect_stderr(io.StringIO()) as err, quiet:
        assert extract_cli.main(args) == 1
    said = err.getvalue()
    assert "giá trị không hợp lệ" in said
    assert "cần một mã chỉ tiêu" in said
    assert "invalid value" not in said
    assert "expected" not in said


def test_extract_of_an_empty_file_says_so_in_vietnamese(tmp_path: Path) -> None:
    empty = tmp_path / "trong.txt"
    empty.write_text("", encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()) as err:
        assert extract_cli.main([str(empty), "--lang", "vi"]) == 1
    assert "không thể dự thảo kế hoạch" in err.getvalue()


def test_progress_by_unsd_counts_the_targets_of_one_year_too() -> None:
    an_giang = plans.load("an-giang-2018")  # insurance coverage of 2017 only
    for method in ("opensdg", "unsd"):
        text = progress_report(an_giang, "vi", method, width=200)
        assert "3 chỉ tiêu không đánh giá được: số liệu chỉ có của một năm" in text, method


def test_show_writes_a_change_target_as_gaps_does() -> None:
    text = plan_report(plans.load("thanh-hoa-2023"), "vi", width=200)
    line = next(x for x in text.splitlines() if "Số bệnh viện hạng I" in x and "tăng" in x)
    assert "tăng 4" in line
    assert "= 4 " not in text
    english = plan_report(plans.load("dak-lak-2024"), "en", width=200)
    assert "down by 0.2" in english
