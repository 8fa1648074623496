"""Session 9's leftovers of the trial and the hardening (helper follow9): each test states
what the package did before."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from vnhealthplan import options, plans
from vnhealthplan.cli import main
from vnhealthplan.errors import PlanDataError
from vnhealthplan.export import read_observations

# ---- 1. a plan's own indicators in a file of figures --------------------------------------


def _ehr_csv(folder: Path) -> Path:
    path = folder / "so-lieu.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nQuảng Ngãi,population_with_ehr,2024,62,5\n"
                    .replace("62,5", '"62,5"'), encoding="utf-8")  # fmt: skip
    return path


def test_a_plans_own_indicator_is_read_with_the_plan(tmp_path):
    """Before: "unknown indicator 'population_with_ehr'" even with Quảng Ngãi's plan at hand
    (three of its four targets use indicators of its own file)."""
    quang_ngai = plans.load("quang-ngai-2023")
    (obs,) = read_observations(_ehr_csv(tmp_path), plan=quang_ngai)
    assert obs.indicator.code == "population_with_ehr"
    assert obs.value.magnitude == 62.5
    assert quang_ngai.targets_for("population_with_ehr")[0].indicator == obs.indicator


def test_without_the_plan_the_error_says_how_to_give_it(tmp_path):
    """Before: the bare "unknown indicator", no word of the plan."""
    with pytest.raises(PlanDataError) as caught:
        read_observations(_ehr_csv(tmp_path))
    (problem,) = caught.value.problems
    assert "plan=" in problem.said("en")
    assert "unknown indicator 'population_with_ehr'" in problem.said("en")
    with options.language("vi"):
        said = str(problem)
    assert "không có chỉ tiêu 'population_with_ehr'" in said
    assert "kế hoạch" in said
    assert "plan=" in said


def test_a_typo_with_the_plan_is_still_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("province,indicator,year,value\nQuảng Ngãi,population_with_eh,2024,6\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError, match="unknown indicator 'population_with_eh'"):
        read_observations(path, plan=plans.load("quang-ngai-2023"))


@pytest.mark.parametrize("command", ["gaps", "progress"])
def test_the_command_line_reads_a_plans_own_indicator(tmp_path, command):
    """Before: exit 1, "không có chỉ tiêu 'population_with_ehr'"."""
    path = _ehr_csv(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--lang", "vi", command, "quang-ngai-2023", "--observations", str(path)])
    assert code == 0, err.getvalue()
    assert "population_with_ehr" not in err.getvalue()
    if command == "gaps":
        assert "62,5" in out.getvalue()


# ---- 7. the model's readers raise package errors; the plan file still names its field ----


def test_a_bad_comparator_in_a_plan_file_is_reported_as_the_comparator():
    """The previous attempt reported it as ``value =``; the field read is the one named."""
    from vnhealthplan.planfile import plan_from_dict

    data = {"schema": 1, "key": "x", "document": {"title": "t", "issuer": "i"},
            "target": [{"indicator": "imr", "value": 22, "comparator": "=>", "period": "2024"},
                       {"indicator": "imr", "value": 22, "comparator": "<", "period": "Q2/2024",
                        "kind": "xyz"}]}  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        plan_from_dict(data)
    found = [(p.record, p.field, p.value) for p in caught.value.problems]
    assert sorted(found) == [("target[1]", "comparator", "=>"), ("target[2]", "kind", "xyz"),
                             ("target[2]", "period", "Q2/2024")]  # fmt: skip
    with options.language("vi"):
        said = [str(p) for p in caught.value.problems]
    assert said[0].startswith("<records>: target[1]: ")
    assert "cần một trong" in said[0]
    assert any("không đọc được 'Q2/2024'; cần một trong các dạng YYYY" in s for s in said)


def test_the_model_readers_raise_package_errors():
    """Before: ValueError("Comparator: unknown value …"), TypeError, ValueError("Period: …")."""
    from vnhealthplan import Period
    from vnhealthplan.errors import ValidationError, WrongTypeError
    from vnhealthplan.vocab import Comparator, Tier

    with pytest.raises(ValidationError, match=r"^Comparator\.parse\.text: got '=>'; expected one "
                                              r"of '=', '<'"):  # fmt: skip
        Comparator.parse("=>")
    with pytest.raises(WrongTypeError, match=r"^Tier\.parse\.text: got 5"):
        Tier.parse(5)
    with pytest.raises(ValidationError, match=r"^Period\.parse\.text: got 'Q2/2024'; expected one "
                                              r"of YYYY"):  # fmt: skip
        Period.parse("Q2/2024")


# ---- 4. the slip warning for shares bounded at 100 % --------------------------------------


def _slips(code: str, value: float, plan_key: str = "dak-lak-2024") -> list[str]:
    from vnhealthplan import Observation, Period
    from vnhealthplan.analysis.slips import likely_slips

    plan = plans.load(plan_key)
    indicator = plan.targets_for(code)[0].indicator
    return [m.said("vi") for m in likely_slips(plan, [Observation(indicator, value,
                                                                  Period.year(2024))])]  # fmt: skip


@pytest.mark.parametrize("value", [12.4, 12.6, 5.0, 1.5, 1.01])
def test_a_plausible_share_far_below_100_is_no_slip(value):
    """Before: 12,4 % against the target 100 % was "gấp khoảng 10 lần" (every share below
    12,5 % was flagged, by the 8-times cut-off)."""
    assert _slips("stations_with_doctor", value) == []


@pytest.mark.parametrize(("value", "shown"), [(0.124, "0,124"), (0.938, "0,938"), (1.0, "1")])
def test_a_fraction_typed_for_a_percent_is_a_slip_of_100(value, shown):
    """0,124 for 12,4 %: the factor is 100 (before: "about 1000 times" for 0,124)."""
    (said,) = _slips("stations_with_doctor", value)
    assert said.startswith(f"Tỷ lệ trạm y tế xã có bác sĩ (stations_with_doctor) = {shown}% "
                           "(2024): mục tiêu 100 gấp khoảng 100 lần")  # fmt: skip


def test_a_share_far_above_a_low_target_is_still_a_slip():
    """A lost decimal mark (40 typed for 4,0) against a target below 5 % is still flagged;
    31 is not (less than 8 times)."""
    from vnhealthplan import Document, Observation, Period, Plan, Target

    share = plans.load("dak-lak-2024").targets_for("stations_with_doctor")[0].indicator
    plan = Plan("x", Document("-", "-"), targets=[Target(share, 4, Period.year(2025), "<")])
    from vnhealthplan.analysis.slips import likely_slips

    seen = [len(likely_slips(plan, [Observation(share, v, Period.year(2024))])) for v in (40, 31)]
    assert seen == [1, 0]


@pytest.mark.parametrize(("value", "flagged"), [(2.86, True), (3.7, False), (28.6, False)])
def test_other_units_keep_the_8_times_rule(value, flagged):
    assert bool(_slips("beds_per_10k", value)) is flagged


# ---- 3. a form's reader gives the form-filler's hint ---------------------------------------


def _filled_form(tmp_path: Path, code: str, text: str) -> Path:
    """Đắk Lắk's CSV form with *text* typed in the value cell of *code* (whole province)."""
    import csv

    from vnhealthplan.forms import form_rows, write_form

    plan = plans.load("dak-lak-2024")
    path = write_form(plan, tmp_path / "form.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    line = next(n for n, r in enumerate((r.cells("vi") for r in form_rows(plan)), start=3)
                if r[0] == code and r[5] == "")  # fmt: skip
    rows[line - 1][10] = text
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_form_tells_its_filler_what_to_type(tmp_path):
    """Before: "pass decimal='.' if '.' is the decimal point" (truyền decimal='.'), advice for
    a Python caller, given to whoever typed 29.5 in a Vietnamese form."""
    from vnhealthplan.forms import read_form

    path = _filled_form(tmp_path, "beds_per_10k", "29.5")
    with pytest.raises(PlanDataError) as caught:
        read_form(path, plans.load("dak-lak-2024"))
    (problem,) = caught.value.problems
    english = problem.said("en")
    assert "decimal=" not in english
    assert "type 29,5 if it is a decimal number, or 295 if it is a whole number" in english
    with options.language("vi"):
        said = str(problem)
    assert "decimal=" not in said
    assert "gõ 29,5 nếu là số thập phân, hoặc 295 nếu là số nguyên" in said


def test_the_python_reader_keeps_the_argument_hint():
    from vnhealthplan.text import parse_number
    from vnhealthplan.text.errors import AmbiguousNumberError

    with pytest.raises(AmbiguousNumberError, match=r"pass decimal='\.' if '\.' is the decimal"):
        parse_number("29.5")


# ---- 6. scientific notation is named, by every cell reader ---------------------------------


@pytest.mark.parametrize("text", ["1e3", "2,5E1", "1.5e-2"])
def test_scientific_notation_is_named_by_every_cell_reader(tmp_path, text):
    """Before: "a unit goes in the 'unit' column" (read_observations, read_finite) or
    "expected digits with '.' grouping thousands" (a form): the unit was blamed."""
    from vnhealthplan.errors import ValidationError
    from vnhealthplan.frames import read_finite
    from vnhealthplan.io.forms.numbers import read_number
    from vnhealthplan.text.errors import ParseError

    with pytest.raises(ValidationError, match="scientific notation") as caught:
        read_finite(text)
    with options.language("vi"):
        assert "dạng khoa học" in str(caught.value)
    for convention in ("vi", "en", None):
        with pytest.raises(ParseError, match="scientific notation"):
            read_number(text, convention)
    path = tmp_path / "x.csv"
    path.write_text(f'province,indicator,year,value\nĐắk Lắk,beds_per_10k,2024,"{text}"\n',
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        read_observations(path)
    (problem,) = caught.value.problems
    assert "scientific notation" in problem.said("en")
    assert "unit" not in problem.said("en")
    path = _filled_form(tmp_path, "beds_per_10k", text)
    from vnhealthplan.forms import read_form

    with pytest.raises(PlanDataError, match="scientific notation"):
        read_form(path, plans.load("dak-lak-2024"))


def test_a_number_with_a_unit_is_still_told_to_move_the_unit():
    from vnhealthplan.errors import ValidationError
    from vnhealthplan.frames import read_finite

    with pytest.raises(ValidationError, match="a unit goes in the 'unit' column"):
        read_finite("27,4 giường")


# ---- 5. hidden rows and a hidden sheet: refused, as the forms refuse them ------------------


def _book(tmp_path: Path, *, hide_row: bool = False, hide_sheet: bool = False) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    shown = book.active
    shown.title = "notes"
    shown.append(["ví dụ"])
    sheet = book.create_sheet("observations")
    for row in (
        ["province", "indicator", "year", "value"],
        ["Đắk Lắk", "beds_per_10k", 2024, 28.6],
        ["Đắk Lắk", "imr", 2024, 13.1],
    ):
        sheet.append(row)  # fmt: skip
    if hide_row:
        sheet.row_dimensions[3].hidden = True
    if hide_sheet:
        sheet.sheet_state = "hidden"
    path = tmp_path / "observed.xlsx"
    book.save(path)
    return path


def test_a_hidden_row_of_observations_is_refused_as_a_forms_is(tmp_path):
    """Before: the hidden row 3 (13,1 ‰) was read without a word; a form refuses it."""
    with pytest.raises(PlanDataError) as caught:
        read_observations(_book(tmp_path, hide_row=True))
    (problem,) = caught.value.problems
    assert (str(problem.record), problem.field) == ("observations!row 3", "row")
    assert "unhide it" in problem.said("en")
    with options.language("vi"):
        assert "dòng" in str(problem)
    assert len(read_observations(_book(tmp_path))) == 2


def test_a_hidden_sheet_is_not_read_unless_named(tmp_path):
    """Before: the hidden sheet "observations" was found by its title and read silently."""
    path = _book(tmp_path, hide_sheet=True)
    with pytest.raises(PlanDataError, match="hidden"):
        read_observations(path)
    assert len(read_observations(path, sheet="observations")) == 2  # named: the user's choice


# ---- 2. a figure the package quotes itself follows the language ----------------------------


def test_a_forms_number_cell_is_quoted_in_the_reports_language(tmp_path):
    """Before: “98.6” in section IV of a Vietnamese report (the cell's number, written the
    English way by the package); a quote typed as text stays verbatim."""
    import openpyxl

    from vnhealthplan.analysis.review import source_text
    from vnhealthplan.forms import form_rows, read_form, write_form

    plan = plans.load("dak-lak-2024")
    path = write_form(plan, tmp_path / "form.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = [r.cells("vi") for r in form_rows(plan)]
    line = next(n for n, r in enumerate(rows, start=2)
                if r[0] == "stations_with_doctor" and r[5] == "")  # fmt: skip
    sheet.cell(line, 11).value = 98.6
    book.save(path)
    (obs,) = read_form(path, plan)
    assert obs.source.quote == "98.6"  # its str: the English text, as before
    assert source_text(obs.source, "vi").endswith("“98,6”")
    assert source_text(obs.source, "en").endswith("“98.6”")
    out = tmp_path / "r.html"
    code = main(["report", "dak-lak-2024", "--observations", str(path), "--no-charts",
                 "--lang", "vi", "-o", str(out)])  # fmt: skip
    assert code == 0
    assert "Biểu mẫu!K6: “98,6”" in out.read_text(encoding="utf-8")


def test_an_empty_hidden_row_or_a_filter_alone_is_not_refused(tmp_path):
    """Before: a hidden row with nothing in it (row 5, below the table) refused the file."""
    import openpyxl

    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["observations"]
    sheet.row_dimensions[5].hidden = True
    sheet.auto_filter.ref = "A1:D3"  # a filter over the table, nothing filtered out
    book.save(path)
    assert len(read_observations(path)) == 2
