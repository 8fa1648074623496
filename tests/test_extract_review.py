"""The review workflow of a draft: the sorted review table, the review workbook written and
read back (untouched, edited, wrongly edited), and the extract command's files."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError
from vnhealthplan.extract import Draft, draft_plan
from vnhealthplan.io.extract import cli
from vnhealthplan.io.extract.reviewbook import DOUBT_FILL, read_review, write_review
from vnhealthplan.planfile import read_plan

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def an_giang() -> Draft:
    return draft_plan(plans.source_text("an-giang-2018"))


@pytest.fixture(scope="module")
def thanh_hoa() -> Draft:
    return draft_plan(plans.source_text("thanh-hoa-2023"))


def _rows(sheet: Any) -> dict[int, int]:
    """Row id → the sheet's row number."""
    return {sheet.cell(n, 1).value: n for n in range(2, sheet.max_row + 1)}


def _id(draft: Draft, kind: str, number: int = 0) -> int:
    """The row id of the *number*-th finding of *kind*."""
    return [i for i, f in enumerate(draft.findings) if f.kind == kind][number]


def _edit(path: Path, edits: dict[tuple[int, str], Any], sheet: str = "Rà soát") -> None:
    """Set cells by (row id, column letter), as a reviewer in Excel would."""
    book = openpyxl.load_workbook(path)
    at = _rows(book[sheet])
    for (row_id, column), value in edits.items():
        book[sheet][f"{column}{at[row_id]}"] = value
    book.save(path)


# ---- the review table ------------------------------------------------------------------------


@pytest.mark.parametrize("key", plans.available())
def test_review_table_puts_doubtful_rows_first_then_text_order(key: str) -> None:
    draft = draft_plan(plans.source_text(key))
    frame = draft.review_frame()
    unread = frame["kind"] == "unread"  # the figures the draft did not read: last
    keys = list(zip(unread, frame["confidence"], frame["start"], frame.index, strict=True))
    assert keys == sorted(keys)
    assert sorted(frame.index) == list(range(len(draft.findings)))  # the stable row ids
    for row_id, row in frame.iterrows():
        assert draft.findings[row_id].quote == row["quote"]


# ---- the workbook: written, untouched, edited ------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("key", plans.available())
def test_an_untouched_workbook_reads_back_to_the_drafts_plan(
    key: str, lang: str, tmp_path: Path
) -> None:
    draft = draft_plan(plans.source_text(key))
    path = write_review(draft, tmp_path / "review.xlsx", lang)  # type: ignore[arg-type]
    assert read_review(path, draft) == draft.plan


def test_the_workbook_highlights_doubt_and_is_set_up_for_review(
    an_giang: Draft, tmp_path: Path
) -> None:
    an_giang.to_review_workbook(tmp_path / "review.xlsx", "vi")
    book = openpyxl.load_workbook(tmp_path / "review.xlsx")
    assert book.sheetnames == ["Rà soát", "Chú giải", "vnhealthplan"]
    assert book["vnhealthplan"].sheet_state == "hidden"
    sheet = book["Rà soát"]
    assert [c.value for c in sheet[1]] == [
        "mã dòng", "loại", "giữ", "bản ghi", "giá trị", "đơn vị", "so sánh", "năm",
        "độ tin cậy", "lý do", "trích dẫn", "từ", "đến", "vị trí",
    ]  # fmt: skip
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{sheet.max_row}"
    frame = an_giang.review_frame()
    assert [sheet.cell(n, 1).value for n in range(2, sheet.max_row + 1)] == list(frame.index)
    for n in range(2, sheet.max_row + 1):
        finding = an_giang.findings[sheet.cell(n, 1).value]
        doubtful = finding.confidence < 1 or bool(finding.reasons)
        assert (sheet.cell(n, 11).fill.fgColor.rgb == "00" + DOUBT_FILL) is doubtful
        assert sheet.cell(n, 11).alignment.wrap_text  # the quote
        read_only = finding.kind in ("deadline", "reference", "unread")  # no keep word
        assert sheet.cell(n, 3).value == ("" if read_only else "có") or (
            read_only and sheet.cell(n, 3).value is None
        )
    assert sheet.cell(2, 10).value  # the doubtful rows come first, with their reasons
    lists = {
        str(v.sqref).split(":")[0][0]: v.formula1 for v in sheet.data_validations.dataValidation
    }
    assert lists["C"] == '"có,không"'
    assert "≥" in lists["G"]
    legend = [c.value for c in book["Chú giải"]["A"]]
    assert legend[0] == "Cách rà soát bản nháp này"
    assert any("màu cam" in (line or "") for line in legend)


def test_a_range_target_is_written_as_text_and_read_back(an_giang: Draft, tmp_path: Path) -> None:
    ranged = [i for i, t in enumerate(an_giang.plan.targets) if t.upper is not None]
    assert ranged
    row_id = _id(an_giang, "target", ranged[0])
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    sheet = openpyxl.load_workbook(path)["Rà soát"]
    assert sheet[f"E{_rows(sheet)[row_id]}"].value == "1–2"
    _edit(path, {(row_id, "E"): "2–3"})
    edited = read_review(path, an_giang).targets[ranged[0]]
    assert (edited.value.magnitude, edited.upper.magnitude) == (2, 3)
    assert edited.notes.endswith("edited in review: value")


def test_edits_appear_in_the_plan(an_giang: Draft, tmp_path: Path) -> None:
    plan = an_giang.plan
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    first, second, third = (_id(an_giang, "target", i) for i in (0, 1, 2))
    observation = _id(an_giang, "observation")
    number = next(i for i, f in enumerate(an_giang.findings) if f.record == "title")
    _edit(path, {
        (first, "C"): "không",                 # dropped
        (second, "E"): "68 năm",               # a value with its unit
        (second, "G"): ">",
        (second, "H"): "giai đoạn 2021–2025",  # a period the way plans write it
        (third, "D"): "health_insurance_coverage",
        (third, "E"): 96.5,                    # a number cell
        (observation, "E"): "77,5",            # the Vietnamese decimal comma
        (observation, "H"): 2018,              # a year typed as a number
        (number, "E"): "Kế hoạch của Tỉnh ủy An Giang",
    })  # fmt: skip
    edited = read_review(path, an_giang)
    assert len(edited.targets) == len(plan.targets) - 1
    assert edited.targets[0].indicator.code == "healthy_life_years"
    assert str(edited.targets[0]) == "Target(healthy_life_years > 68 year, 2021–2025)"
    assert edited.targets[0].notes.endswith("edited in review: value, comparator, year")
    assert edited.targets[1].value.magnitude == 96.5
    assert edited.targets[1].indicator.code == "health_insurance_coverage"
    assert edited.observations[0].value.magnitude == 77.5
    assert edited.observations[0].period.code == "2018"
    assert edited.document.title == "Kế hoạch của Tỉnh ủy An Giang"
    assert edited.targets[5].source.document == edited.document  # records quote the new one
    assert [t.value for t in edited.targets[5:]] == [t.value for t in plan.targets[6:]]


def test_assignments_and_document_fields_are_edited_or_dropped(
    thanh_hoa: Draft, tmp_path: Path
) -> None:
    path = write_review(thanh_hoa, tmp_path / "review.xlsx", "en")
    first, second = _id(thanh_hoa, "assignment", 0), _id(thanh_hoa, "assignment", 1)
    number = next(i for i, f in enumerate(thanh_hoa.findings) if f.record == "number")
    _edit(path, {
        (first, "C"): "no",
        (second, "D"): "Sở Y tế",
        (second, "H"): "Q3 2025",
        (number, "C"): "no",
    }, sheet="Review")  # fmt: skip
    edited = read_review(path, thanh_hoa)
    assert len(edited.assignments) == len(thanh_hoa.plan.assignments) - 1
    assert edited.assignments[0].lead == "Sở Y tế"
    assert edited.assignments[0].due.code == "2025-Q3"
    assert edited.assignments[0].task == thanh_hoa.plan.assignments[1].task  # the full task
    assert edited.document.number is None


def test_the_corrected_plan_writes_and_reads_back(an_giang: Draft, tmp_path: Path) -> None:
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    _edit(path, {(_id(an_giang, "target", 4), "E"): 34})
    corrected = read_review(path, an_giang)
    from vnhealthplan.planfile import write_plan

    write_plan(corrected, tmp_path / "plan.toml")
    assert read_plan(tmp_path / "plan.toml") == corrected


# ---- bad workbooks: every bad cell at once ---------------------------------------------------


def test_every_bad_cell_is_reported_at_once(an_giang: Draft, tmp_path: Path) -> None:
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    ids = [_id(an_giang, "target", i) for i in range(6)]
    title = next(i for i, f in enumerate(an_giang.findings) if f.record == "title")
    deadline = _id(an_giang, "deadline")
    _edit(path, {
        (ids[0], "C"): "có lẽ",
        (ids[1], "E"): "khoảng chừng",
        (ids[2], "G"): "xấp xỉ bằng",
        (ids[3], "H"): "năm sau",
        (ids[4], "D"): "no_such_indicator",
        (ids[5], "E"): "5,000",                 # read two ways: refused, never guessed
        (title, "C"): "không",                  # a plan's document needs its title
        (deadline, "H"): "2026",                # deadline rows are for reading
        (_id(an_giang, "observation"), "G"): "<",
    })  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        read_review(path, an_giang)
    problems = caught.value.problems
    assert len(problems) == 9
    book = openpyxl.load_workbook(path)
    at = _rows(book["Rà soát"])
    addresses = {p.record for p in problems}
    assert f"Rà soát!C{at[ids[0]]}" in addresses
    assert f"Rà soát!E{at[ids[1]]}" in addresses
    assert f"Rà soát!H{at[deadline]}" in addresses
    message = str(caught.value)
    assert message.startswith("9 invalid values in review.xlsx:")
    assert "keep = 'có lẽ': expected 'có' or 'không'" in message
    assert "value = 'khoảng chừng': expected a number in the row's unit" in message
    assert "comparator = 'xấp xỉ bằng': expected one of =, <, ≤, >, ≥, ≈, –" in message
    assert "year = 'năm sau': expected a year or period" in message
    assert "record = 'no_such_indicator': expected an indicator code" in message
    assert "value = '5,000'" in message
    assert "needs its title" in message
    assert "a status figure is one level" in message


def test_deleted_repeated_and_foreign_rows_are_refused(an_giang: Draft, tmp_path: Path) -> None:
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    book = openpyxl.load_workbook(path)
    sheet = book["Rà soát"]
    sheet.delete_rows(3)
    sheet["A4"] = sheet["A5"].value  # a repeated id
    sheet["A6"] = 9999
    book.save(path)
    with pytest.raises(PlanDataError) as caught:
        read_review(path, an_giang)
    message = str(caught.value)
    assert "id = 9999: expected a row id of this draft" in message
    assert "each row once" in message
    assert "this id's row was deleted" in message


def test_a_workbook_of_another_draft_or_not_a_workbook_is_refused(
    an_giang: Draft, thanh_hoa: Draft, tmp_path: Path
) -> None:
    path = write_review(an_giang, tmp_path / "review.xlsx", "vi")
    with pytest.raises(PlanDataError, match="expected the review workbook of this draft"):
        read_review(path, thanh_hoa)
    other = tmp_path / "other.xlsx"
    other.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(PlanDataError, match=r"expected an \.xlsx workbook; it cannot be opened"):
        read_review(other, an_giang)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(PlanDataError, match="expected a review workbook written by"):
        read_review(plain, an_giang)


# ---- the command line ------------------------------------------------------------------------


def _run(*args: str) -> tuple[int, str, str]:
    with (
        contextlib.redirect_stdout(io.StringIO()) as out,
        contextlib.redirect_stderr(io.StringIO()) as err,
    ):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def text(tmp_path: Path) -> Path:
    path = tmp_path / "an-giang.txt"
    path.write_text(plans.source_text("an-giang-2018"), encoding="utf-8")
    return path


def test_extract_refuses_to_replace_a_file_without_force(text: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.toml"
    out.write_text("# mine\n", encoding="utf-8")
    code, _, err = _run(str(text), "-o", str(out), "--lang", "vi")
    assert code == 2
    assert err == f"vnhealthplan extract: {out} đã có; thêm --force để ghi đè\n"
    assert out.read_text(encoding="utf-8") == "# mine\n"
    code, said, _ = _run(str(text), "-o", str(out), "--force")
    assert code == 0
    assert f"draft written to {out}" in said
    assert read_plan(out).key == "an-giang-2018"


@pytest.mark.parametrize("module", ["vnhealthplan.extract", "vnhealthplan.io.extract.cli"])
def test_every_entry_point_refuses_to_replace(module: str, text: Path, tmp_path: Path) -> None:
    book = tmp_path / "review.xlsx"
    book.write_bytes(b"mine")
    done = subprocess.run(
        [sys.executable, "-m", module, str(text), "--review", str(book)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "exists; give --force to replace it" in done.stderr
    assert book.read_bytes() == b"mine"


def test_extract_review_and_from_review_round_trip(text: Path, tmp_path: Path) -> None:
    book, first, second = tmp_path / "r.xlsx", tmp_path / "a.toml", tmp_path / "b.toml"
    code, said, _ = _run(str(text), "-o", str(first), "--review", str(book), "--lang", "vi")
    assert code == 0
    assert f"đã ghi bảng tính rà soát vào {book}" in said
    code, said, _ = _run(str(text), "--from-review", str(book), "-o", str(second))
    assert code == 0
    assert f"corrected plan written to {second}" in said
    assert read_plan(second) == read_plan(first)
    draft = draft_plan(plans.source_text("an-giang-2018"))
    _edit(book, {(_id(draft, "target", 0), "C"): "không", (_id(draft, "target", 1), "E"): "x"})
    code, _, err = _run(str(text), "--from-review", str(book), "-o", str(second), "--force")
    assert code == 1
    assert err.startswith("vnhealthplan extract: 1 invalid value in r.xlsx:")
    assert read_plan(second) == read_plan(first)  # left as it was


def test_from_review_needs_an_output_and_excludes_review(text: Path, tmp_path: Path) -> None:
    code, _, err = _run(str(text), "--from-review", str(tmp_path / "r.xlsx"))
    assert (code, err) == (2, "vnhealthplan extract: --from-review needs -o OUT, the corrected "
                              "plan file\n")  # fmt: skip
    code, _, err = _run(str(text), "--review", "a.xlsx", "--from-review", "b.xlsx")
    assert code == 2
    assert "not allowed with argument" in err
    code, _, err = _run(str(text), "--from-review", str(tmp_path / "no.xlsx"), "-o",
                        str(tmp_path / "p.toml"))  # fmt: skip
    assert code == 2
    assert "cannot read" in err


def test_an_output_that_cannot_be_written_is_named(text: Path, tmp_path: Path) -> None:
    for option in ("-o", "--review"):
        out = tmp_path / "no-such-folder" / "out"
        code, _, err = _run(str(text), option, str(out))
        assert code == 1
        assert err.startswith(f"vnhealthplan extract: cannot write {out}: [Errno 2]")


def test_each_row_says_where_its_words_stand_in_the_file(an_giang: Draft, tmp_path: Path) -> None:
    an_giang.to_review_workbook(tmp_path / "review.xlsx", "vi")
    sheet = openpyxl.load_workbook(tmp_path / "review.xlsx")["Rà soát"]
    places = [sheet.cell(n, 14).value for n in range(2, sheet.max_row + 1)]
    assert all(isinstance(p, str) and p for p in places)
    assert all(p.startswith(("đoạn", "dòng", "trang", "bảng")) for p in places), set(places)
