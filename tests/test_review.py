"""The review of a plan against observations, its report writers and its commands.

Figures in the user files written here are hypothetical (each row says "ví dụ: số liệu giả
định"); every other figure is bundled, with its source.
"""

import html.parser
from datetime import date

import docx
import openpyxl
import pytest

from vnhealthplan import errors, plans
from vnhealthplan.cli import commands, main
from vnhealthplan.review import (
    NATIONAL,
    combine_observations,
    read_observation_files,
    report_parts,
    review,
    to_docx,
    to_html,
    to_xlsx,
    write_review,
)

AS_OF = date(2026, 1, 31)
HEADER = "province,indicator,year,value,notes\n"
HYPOTHETICAL = "ví dụ: số liệu giả định"


def user_file(folder, name, *rows):
    path = folder / name
    lines = [f"{p},{i},{y},{v},{HYPOTHETICAL}\n" for p, i, y, v in rows]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


class Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    parser = Cells()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def national():
    return review(NATIONAL, as_of=AS_OF)


def test_national_doctors_against_the_2030_targets(national):
    rows = national.rows_for("doctors_per_10k", 2030)
    assert [r.target.value.magnitude for r in rows] == [11.0, 19.0]
    row = rows[1]
    assert row.target.source.document.title.startswith("Quyết định 201/QĐ-TTg")
    assert (row.baseline.value, row.baseline.year) == (8.8, 2019)
    assert (row.latest.value, row.latest.year) == (15.0, 2025)
    assert "Bộ Y tế" in row.latest.source
    assert "15 bác sỹ" in row.latest.source
    assert (row.met, row.shortfall) == (False, 4.0)
    assert (row.progress.method, row.progress.status) == ("opensdg", "substantial_progress")
    assert rows[0].met is True
    assert national.population is None
    assert all(r.needed is None for r in national.rows)


def test_progress_needs_two_observed_years(national):
    imr = national.rows_for("imr", 2025)[0]
    assert imr.latest.year == 2020
    assert imr.progress.status == "unable_to_assess"


def test_counts_needed_name_the_population_source():
    r = review("thanh-hoa-2023", as_of=AS_OF)
    row = r.rows_for("doctors_per_10k", 2030)[0]
    assert round(row.needed.required.magnitude) == 5646
    assert (r.population.value, r.population.year) == (3764241.0, 2024)
    assert "Tổng cục Thống kê" in r.population.source
    frame = r.frame()
    doctors = frame[(frame.indicator == "doctors_per_10k") & (frame.year == 2030)].iloc[0]
    assert doctors["population_source"] == r.population.source


def test_user_figures_are_added_and_assessed(tmp_path):
    path = user_file(tmp_path, "dak-lak.csv", ("Đắk Lắk", "beds_per_10k", 2022, 27.0),
                     ("Đắk Lắk", "beds_per_10k", 2024, 28.0))  # fmt: skip
    r = review("dak-lak-2024", read_observation_files([path]), as_of=AS_OF)
    row = r.rows_for("beds_per_10k", 2024)[0]
    assert (row.latest.value, row.latest.year, row.met, row.shortfall) == (28.0, 2024, False, 1.0)
    assert row.latest.source.startswith("dak-lak.csv, user's file")
    assert "row 3" in row.latest.source
    assert row.progress.status != "unable_to_assess"


def test_a_user_figure_contradicting_a_bundled_one_is_an_error(tmp_path):
    path = user_file(tmp_path, "mine.csv", ("", "doctors_per_10k", 2020, 10.0))
    with pytest.raises(errors.PlanDataError) as err:
        combine_observations(review(NATIONAL, as_of=AS_OF).plan, read_observation_files([path]))
    message = str(err.value)
    assert "mine.csv" in message
    assert "row 2" in message
    assert "9.8" in message
    assert "Bộ Y tế" in message


def test_two_files_contradicting_each_other_name_both(tmp_path, capsys):
    a = user_file(tmp_path, "a.csv", ("Đắk Lắk", "beds_per_10k", 2022, 27.0))
    b = user_file(tmp_path, "b.csv", ("Đắk Lắk", "beds_per_10k", 2023, 27.5),
                  ("Đắk Lắk", "beds_per_10k", 2022, 26.0))  # fmt: skip
    code = main(["gaps", "dak-lak-2024", "--observations", str(a), str(b)])
    err = capsys.readouterr().err
    assert code == 1
    assert "b.csv" in err
    assert "row 3" in err
    assert "a.csv" in err
    assert "row 2" in err


def test_same_figure_twice_is_used_once(tmp_path):
    a = user_file(tmp_path, "a.csv", ("Đắk Lắk", "beds_per_10k", 2022, 27.0))
    b = user_file(tmp_path, "b.csv", ("Đắk Lắk", "beds_per_10k", 2022, 27.0))
    plan = plans.load("dak-lak-2024")
    combined, ignored = combine_observations(plan, read_observation_files([a, b]))
    assert [o.source.document.title for o in combined if o.indicator.code == "beds_per_10k"] == [
        "a.csv"
    ]
    assert ignored == 0


def test_report_parts_write_numbers_the_vietnamese_way(national):
    vi, en = report_parts(national, "vi"), report_parts(national, "en")
    assert vi.left == ("(Tên cơ quan báo cáo)",)
    assert vi.right == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    assert vi.title == "BÁO CÁO"
    assert vi.subtitle.startswith("Kết quả thực hiện các chỉ tiêu của")
    dak_lak = report_parts(review("dak-lak-2024", as_of=AS_OF), "vi")
    assert dak_lak.left == ("UBND TỈNH ĐẮK LẮK", "SỞ Y TẾ")
    assert dak_lak.place_date == "Đắk Lắk, ngày 31 tháng 1 năm 2026"
    assert "đạt 17,6%" in [row[4] for row in dak_lak.tables[0].rows]
    assert "Kế hoạch" in dak_lak.subtitle
    assert en.tables[2].title == "III. Progress"


def test_xlsx_a_sheet_per_section(national, tmp_path):
    for lang, sheet, status in [("vi", "III. Tiến độ", "đã đạt mục tiêu"),
                                ("en", "III. Progress", "Target achieved")]:  # fmt: skip
        path = to_xlsx(national, tmp_path / f"{lang}.xlsx", lang=lang)
        book = openpyxl.load_workbook(path)
        assert len(book.sheetnames) == 5
        progress = book[sheet]
        assert progress.freeze_panes == "A4"
        assert progress.auto_filter.ref.startswith("A3:")
        assert progress["A3"].font.bold
        rows = list(progress.iter_rows(min_row=4, values_only=True))
        doctors = [
            r for r in rows if r[2] == 2030 and r[7] == 15.0 and r[3].startswith(("đạt 19", "19"))
        ]
        assert len(doctors) == 1
        assert status in [r[8] for r in rows]
        sources = book.worksheets[4]
        assert any("VietnamPlus" in str(c.value) for c in sources["E"])


def test_xlsx_text_never_runs_as_a_formula(tmp_path):
    path = user_file(tmp_path, "=HYPERLINK(x).csv", ("Đắk Lắk", "beds_per_10k", 2022, 27.0))
    r = review("dak-lak-2024", read_observation_files([path]), as_of=AS_OF)
    book = openpyxl.load_workbook(to_xlsx(r, tmp_path / "r.xlsx"))
    cells = [c for c in book.worksheets[4]["E"] if str(c.value).startswith("=HYPERLINK")]
    assert cells
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells)


def test_html_one_file_escaped_with_charts(tmp_path):
    path = user_file(tmp_path, "a<b>&c.csv", ("", "doctors_per_10k", 2024, 14.0))
    r = review(NATIONAL, read_observation_files([path]), as_of=AS_OF)
    out = to_html(r, tmp_path / "r.html")
    parsed = parse(out)
    text = "".join(parsed.text)
    assert "III. Tiến độ" in text
    assert "34,5" in text
    assert "9,8" in text
    assert "a<b>&c.csv" in text  # shown as text ...
    assert "a&lt;b&gt;&amp;c.csv" in out.read_text(encoding="utf-8")  # ... escaped
    assert parsed.tags.count("b") == 1  # the subtitle's own, no other
    assert len(parsed.images) == 7
    assert all(src.startswith("data:image/png;base64,") for src in parsed.images)
    english = "".join(parse(to_html(r, tmp_path / "en.html", lang="en", charts=False)).text)
    assert "34.5" in english
    assert "Target achieved" in english
    assert "On track" in english


def test_docx_a4_tables_and_charts(national, tmp_path):
    path = to_docx(national, tmp_path / "r.docx")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert len(document.tables) == 5
    assert len(document.inline_shapes) == 7
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert "IV. Nguồn số liệu" in texts
    progress = document.tables[3]
    rows = [[c.text for c in row.cells] for row in progress.rows]
    doctors = [r for r in rows if r[2] == "2030" and r[3].startswith("đạt 19 bác sĩ")]
    assert [r[4:10] for r in doctors] == [["2019", "8,8", "2025", "15", "đúng tiến độ", "opensdg"]]


def test_write_review_by_suffix(national, tmp_path):
    assert write_review(national, tmp_path / "r.xlsx").exists()
    with pytest.raises(ValueError, match=r"expected a file ending in \.xlsx, \.html, \.docx"):
        write_review(national, tmp_path / "r.pdf")


def test_cli_registers_report():
    assert "report" in commands()


def test_cli_progress_national_out_of_the_box(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["progress", "national"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("national: progress (opensdg) of 18 targets")
    doctors = [line for line in out.splitlines() if line.startswith("2030  Doctors per")]
    assert "= 19" in doctors[1]
    assert "2019: 8.8    2025: 15     On track        QĐ 201" in doctors[1]


def test_cli_progress_with_user_observations(tmp_path, capsys):
    path = user_file(
        tmp_path, "an-giang.csv", ("An Giang", "health_insurance_coverage", 2019, 88.0)
    )
    assert main(["--lang", "vi", "progress", "an-giang-2018", "--observations", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2017: 76,5  2019: 88" in out


@pytest.mark.parametrize(("suffix", "lang"), [(".xlsx", "vi"), (".html", "en"), (".docx", "vi")])
def test_cli_report(tmp_path, capsys, suffix, lang):
    out = tmp_path / f"report{suffix}"
    code = main(["report", "thanh-hoa-2023", "-o", str(out), "--lang", lang, "--no-charts"])
    assert (code, capsys.readouterr().out.strip()) == (0, str(out))
    assert out.stat().st_size > 0
