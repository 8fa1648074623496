"""The figures the drafter did not read: listed last, never in the plan file, read back."""

from __future__ import annotations

import pathlib

import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.cli import main
from vnhealthplan.io.extract.reviewbook import read_review, read_review_left, write_review
from vnhealthplan.io.extract.unread import UNREAD, left_unread
from vnhealthplan.planfile import read_plan

TEXT = (
    "KẾ HOẠCH\nY tế năm 2025\n\nĐến năm 2025 đạt 10 bác sĩ/vạn dân. "
    "Toàn tỉnh có 1.200 nhân viên y tế thôn bản và 173 trạm y tế xã."
)


def _unread(draft):  # type: ignore[no-untyped-def]
    return [f for f in draft.findings if f.kind == UNREAD]


def test_values_no_record_holds_are_listed_with_a_reason() -> None:
    draft = draft_plan(TEXT)
    unread = _unread(draft)
    assert [f.value for f in unread] == ["1.200 nhân viên y tế", "173 trạm y tế"]
    for f in unread:
        assert f.quote == draft.text[slice(*f.span)]
        assert f.confidence == 0
        assert f.record == ""
        assert f.year == ""
        assert f.said_reasons("en")
        assert f.said_reasons("vi") != f.said_reasons("en")


def test_years_dates_numbers_and_bare_numbers_are_not_listed() -> None:
    text = (
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 14 tháng 10 năm 2023. Năm 2024 có 170,5 và 159. "
        "Trẻ em dưới 5 tuổi được khám."
    )
    assert _unread(draft_plan(text)) == []


def test_values_inside_drafted_records_are_not_listed() -> None:
    draft = draft_plan(plans.source_text("quang-ngai-2023"))
    drafted = [f.span for f in draft.findings if f.kind != UNREAD]
    for f in _unread(draft):
        number_end = f.span[1]
        assert not any(a < number_end and f.span[1] - len(f.value) < b for a, b in drafted)


def test_a_figure_the_drafter_left_says_why() -> None:
    draft = draft_plan(plans.source_text("quang-ngai-2023"))
    (left,) = _unread(draft)
    assert left.value == "10-15 giường/cơ sở"
    assert left.said_reasons("en") == "not drafted: a bound (–), not a level"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_review_table_lists_them_last(lang: str) -> None:
    draft = draft_plan(plans.source_text("dak-lak-2024"))
    frame = draft.review_frame(lang)  # type: ignore[arg-type]
    kinds = frame.iloc[:, 0].tolist()
    unread = UNREAD if lang == "en" else "chưa đọc"  # the kind said in the table's language
    assert kinds[-2:] == [unread, unread]
    assert unread not in kinds[:-2]
    assert frame.iloc[-2:, 4].tolist() == [0.0, 0.0]


def test_the_plan_file_has_no_unread_rows_and_the_command_counts_them(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, out = tmp_path / "plan.txt", tmp_path / "plan.toml"
    text.write_text(TEXT, encoding="utf-8")
    assert main([str(text), "-o", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "2 figures not read: see the review table" in printed
    draft = draft_plan(TEXT)
    assert read_plan(out) == draft.plan
    assert "1.200" not in out.read_text(encoding="utf-8")
    assert main([str(text), "-o", str(tmp_path / "vi.toml"), "--lang", "vi"]) == 0
    assert "2 số liệu chưa đọc được: xem bảng rà soát" in capsys.readouterr().out


def test_the_command_counts_rows_left_unread_in_review(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, book = tmp_path / "plan.txt", tmp_path / "review.xlsx"
    text.write_text(TEXT, encoding="utf-8")
    write_review(draft_plan(TEXT), book, "en")
    assert main([str(text), "--from-review", str(book), "-o", str(tmp_path / "p.toml")]) == 0
    assert "2 figures left unread in the review workbook" in capsys.readouterr().out


def _edit(path: pathlib.Path, index: int, **cells: object) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    n = next(n for n in range(2, sheet.max_row + 1) if sheet.cell(n, 1).value == index)
    for column, value in cells.items():
        sheet[f"{column}{n}"] = value
    book.save(path)


def test_an_unread_row_becomes_a_target_in_review(tmp_path: pathlib.Path) -> None:
    draft = draft_plan(TEXT)
    path = write_review(draft, tmp_path / "review.xlsx", "en")
    assert read_review_left(path, draft) == (draft.plan, 2)
    _edit(path, 4, B="target", D="commune_stations", E=180, G="≥", H="2025")
    plan, left = read_review_left(path, draft)
    assert left == 1
    added = plan.targets[-1]
    assert str(added) == "Target(commune_stations ≥ 180 station, 2025)"
    assert added.source is not None
    assert added.source.quote.endswith("173 trạm y tế")
    assert added.source.document == draft.plan.document
    assert plan.targets[:-1] == draft.plan.targets


def test_a_bad_unread_row_is_reported_by_its_cells(tmp_path: pathlib.Path) -> None:
    draft = draft_plan(TEXT)
    path = write_review(draft, tmp_path / "review.xlsx", "vi")
    _edit(path, 3, B="có lẽ")
    _edit(path, 4, B="chỉ tiêu", D="no_such_code", H="sang năm")
    with pytest.raises(PlanDataError) as err:
        read_review(path, draft)
    said = str(err.value)
    assert "Rà soát!B" in said
    assert "kind = 'có lẽ'" in said
    assert "record = 'no_such_code'" in said
    assert "year = 'sang năm'" in said


def test_left_unread_counts() -> None:
    assert left_unread(draft_plan(TEXT).findings) == 2
    assert left_unread(draft_plan("Đến năm 2025 đạt 10 bác sĩ/vạn dân.").findings) == 0
