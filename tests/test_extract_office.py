"""Word and PDF files read with their tables, and every quote's place in the file.

The files are built here: Word files with python-docx (merged cells both ways, header rows,
a nested table), PDFs written by hand (a text layer in Helvetica, ASCII only) and, for
Vietnamese, with matplotlib's PDF backend, which embeds the DejaVu TrueType font.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from vnhealthplan.extract import ExtractError, ScannedPDFError, draft_file, read_text
from vnhealthplan.io.extract.pdf import columns_to_cells
from vnhealthplan.io.extract.source_text import Place, SourceText

docx = pytest.importorskip("docx")


def _fill(table: Any, rows: list[list[str]]) -> None:
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            if text:
                cell.text = text


def _lines(source: SourceText) -> list[str]:
    return source.text.split("\n")


def test_merged_cells_both_ways_and_a_two_row_header(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC: CHỈ TIÊU")
    table = document.add_table(rows=5, cols=5)
    _fill(
        table,
        [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", ""],
            ["", "", "", "2024", "2025"],
            ["1", "Tỷ lệ tham gia bảo hiểm y tế", "%", "93", "95"],
            ["2", "Số giường bệnh/vạn dân", "giường", "", ""],
            ["", "", "", "30", "32"],
        ],
    )
    for column in range(3):  # the header's first three cells merged down over two rows
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(0, 3).merge(table.cell(0, 4))  # "Kế hoạch năm" across the two years
    table.cell(3, 1).merge(table.cell(4, 1))  # a label merged down over two rows
    table.cell(3, 0).merge(table.cell(4, 0))
    table.cell(3, 2).merge(table.cell(4, 2))
    table.cell(3, 3).merge(table.cell(3, 4))  # an empty cell across the two years
    path = tmp_path / "plan.docx"
    document.save(str(path))
    source = read_text(path)
    assert _lines(source) == [
        "PHỤ LỤC: CHỈ TIÊU",
        "TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2024\tKế hoạch năm 2025",
        "1\tTỷ lệ tham gia bảo hiểm y tế\t%\t93\t95",
        "2\tSố giường bệnh/vạn dân\tgiường\t\t",  # merged across: one cell, then an empty one
        "\tSố giường bệnh/vạn dân\tgiường\t30\t32",  # merged down: repeated (not a row number)
    ]
    at = source.text.index("32")
    assert source.location((at, at + 2), "vi") == "bảng 1, hàng 5, ô 5"
    row = source.text.index("1\tTỷ lệ")
    assert source.location((row, row + 30), "en") == "table 1, row 3, cell 1–2"
    assert source.location((0, 5), "vi") == "đoạn 1"
    draft = draft_file(path)
    found = {(t.indicator.code, t.year, t.value.magnitude) for t in draft.plan.targets}
    assert {("health_insurance_coverage", 2024, 93), ("health_insurance_coverage", 2025, 95)} <= (
        found
    )
    assert {("beds_per_10k", 2024, 30), ("beds_per_10k", 2025, 32)} <= found
    (beds,) = [
        t for t in draft.plan.targets if t.year == 2025 and t.indicator.code == "beds_per_10k"
    ]
    assert beds.source.section.endswith("bảng 1, hàng 5, ô 2–5)")
    frame = draft.review_frame("vi")
    assert "bảng 1, hàng 5, ô 2–5" in frame["vị trí"].tolist()


def _seed_as_word(text: str, path: Path) -> None:
    """A plan's text as a Word file: its tab-separated lines as tables, as an office writes
    them, a row number merged down over the breakdown rows ("- Tuyến tỉnh") under it."""
    document = docx.Document()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            document.add_paragraph(lines[i])
            i += 1
            continue
        end = next((j for j in range(i, len(lines)) if "\t" not in lines[j]), len(lines))
        rows = [line.split("\t") for line in lines[i:end]]
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, cells in enumerate(rows):
            for c, words in enumerate(cells):
                table.cell(r, c).text = words
            if not cells[0] and cells[1].startswith("-"):
                top = max(k for k in range(r) if rows[k][0])
                table.cell(top, 0).merge(table.cell(r, 0))
        i = end
    document.save(str(path))


def test_the_dak_lak_seed_as_a_word_file_drafts_as_its_text(tmp_path: Path) -> None:
    from vnhealthplan import plans
    from vnhealthplan.extract import draft_plan

    text = plans.source_text("dak-lak-2024")
    path = tmp_path / "dak-lak.docx"
    _seed_as_word(text, path)
    source = read_text(path)
    assert "7\tTổng số giường bệnh" in source.text
    assert "\n\t- <i>Tuyến tỉnh</i>\t<i>GB</i>\t<i>2.430</i>\n" in source.text
    from_word, from_text = draft_file(path), draft_plan(text)
    assert len(from_word.plan.targets) == 14
    assert [(t.indicator.code, t.year, t.value, t.comparator) for t in from_word.plan.targets] == [
        (t.indicator.code, t.year, t.value, t.comparator) for t in from_text.plan.targets
    ]
    imr = from_word.plan.targets[1]
    assert (imr.indicator.code, imr.source.section) == (
        "imr",
        "I. CÁC CHỈ TIÊU: (dòng 19; bảng 1, hàng 3, ô 2–4)",
    )


def test_header_rows_word_repeats_on_each_page_are_read_as_one(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    _fill(table, [["Chỉ tiêu", "Kế hoạch", ""], ["", "2024", "2025"], ["Tỷ lệ A", "90%", "95%"]])
    table.cell(0, 1).merge(table.cell(0, 2))
    for row in table.rows[:2]:
        properties = row._tr.get_or_add_trPr()
        properties.append(properties.makeelement(docx.oxml.ns.qn("w:tblHeader"), {}))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert _lines(read_text(path))[:2] == [
        "Chỉ tiêu\tKế hoạch 2024\tKế hoạch 2025",
        "Tỷ lệ A\t90%\t95%",
    ]


def test_a_header_row_holding_numbers_is_not_merged_with_the_data(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    _fill(table, [["Nhóm", "Chỉ tiêu", "Năm 2025"], ["", "Tỷ lệ A", "90%"], ["", "Tỷ lệ B", "80%"]])
    table.cell(0, 0).merge(table.cell(2, 0))  # merged down from the first row over data rows
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert _lines(read_text(path))[:3] == [
        "Nhóm\tChỉ tiêu\tNăm 2025",
        "Nhóm\tTỷ lệ A\t90%",
        "Nhóm\tTỷ lệ B\t80%",
    ]


def test_a_nested_table_is_read_after_the_table_holding_it(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Mở đầu")
    document.add_paragraph("")
    document.add_paragraph("Kết quả")
    outer = document.add_table(rows=2, cols=2)
    _fill(outer, [["Nội dung", "Chi tiết"], ["Chỉ tiêu", ""]])
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    _fill(inner, [["Chỉ tiêu", "Năm 2025"], ["Tỷ lệ tham gia bảo hiểm y tế", "95%"]])
    document.add_paragraph("Hết")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    source = read_text(path)
    assert _lines(source) == [
        "Mở đầu",
        "",
        "Kết quả",
        "Nội dung\tChi tiết",
        "Chỉ tiêu\t",
        "",
        "Chỉ tiêu\tNăm 2025",
        "Tỷ lệ tham gia bảo hiểm y tế\t95%",
        "",
        "Hết",
    ]
    at = source.text.index("95%")
    assert source.location((at, at + 3), "en") == "table 2, row 2, cell 2"
    assert source.location((source.text.index("Hết"), len(source.text)), "vi") == "đoạn 3"
    (target,) = draft_file(path).plan.targets
    assert (target.indicator.code, target.year, target.value.magnitude) == (
        "health_insurance_coverage",
        2025,
        95,
    )


def test_a_table_spans_places_across_pages_and_paragraphs() -> None:
    places = (Place(0, page=1, line=1), Place(10, page=1, line=2), Place(20, page=2, line=1))
    source = SourceText("x" * 30, "<pdf>", "pdf", places=places)
    assert source.location((12, 25), "vi") == "trang 1–2"
    assert source.location((2, 15), "en") == "page 1, line 1–2"
    assert source.location((22, 22), "en") == "page 2, line 1"
    mixed = SourceText(
        "x" * 30, "<docx>", "docx", places=(Place(0, paragraph=4), Place(9, table=1, row=1, cell=1))
    )
    assert mixed.location((2, 12), "vi") == "đoạn 4 – bảng 1, hàng 1, ô 1"
    assert SourceText("", "<text>", "str").location((0, 0)) == ""


# --- PDF ---------------------------------------------------------------------------------


def _pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A minimal valid PDF, Helvetica (WinAnsi: ASCII only), one text object per (x, y, text)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, words in enumerate(pages):
        stream = "".join(
            f"BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n" for x, y, text in words
        )
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}endstream")
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out + trailer.encode()


def _row(y: float, *cells: str) -> list[tuple[float, float, str]]:
    return [(x, y, text) for x, text in zip((50, 90, 330, 420), cells, strict=False) if text]


_PAGE_1 = [
    (50, 800, "Phu luc: Chi tieu den nam 2025"),
    *_row(760, "TT", "Chi tieu", "DVT", "Nam 2025"),
    *_row(740, "1", "Ty le tham gia bao hiem y te", "%", "95"),
    *_row(720, "2", "So bac si/van dan", "bac si", "12"),
    (290, 40, "1"),  # a page number
]
_PAGE_2 = [
    *_row(800, "3", "So giuong benh/van dan", "giuong", "32"),
    *_row(780, "", "- Tuyen tinh", "giuong", "12"),
    (50, 740, "Mot doan van ban, khong co cot nao ca."),
]


def test_a_text_layer_pdf_keeps_its_table_over_two_pages(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf([_PAGE_1, _PAGE_2]))
    source = read_text(path)
    assert _lines(source) == [
        "Phu luc: Chi tieu den nam 2025",
        "",
        "TT\tChi tieu\tDVT\tNam 2025",
        "1\tTy le tham gia bao hiem y te\t%\t95",
        "2\tSo bac si/van dan\tbac si\t12",
        "3\tSo giuong benh/van dan\tgiuong\t32",
        "\t- Tuyen tinh\tgiuong\t12",
        "",
        "Mot doan van ban, khong co cot nao ca.",
    ]
    at = source.text.index("32")
    assert source.location((at, at + 2), "vi") == "trang 2, dòng 1"
    at = source.text.index("95")
    assert source.location((at, at + 2), "en") == "page 1, line 3"
    start, end = source.text.index("2\tSo bac"), source.text.index("32") + 2
    assert source.location((start, end), "vi") == "trang 1–2"


def test_vietnamese_in_an_embedded_truetype_font_comes_through_with_its_columns(
    tmp_path: Path,
) -> None:
    pytest.importorskip("pypdf")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    pages = [
        [["TT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", "Tỷ lệ tham gia bảo hiểm y tế", "%", "95"]],
        [["2", "Số bác sĩ/vạn dân", "bác sĩ", "12"]],
    ]
    path = tmp_path / "plan.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for rows in pages:
            figure = plt.figure(figsize=(8.27, 11.69))
            for i, row in enumerate(rows):
                for x, text in zip((0.05, 0.12, 0.6, 0.75), row, strict=True):
                    figure.text(x, 0.9 - 0.03 * i, text, fontsize=10)
            pdf.savefig(figure)
            plt.close(figure)
    source = read_text(path)
    assert _lines(source) == [
        "TT\tChỉ tiêu\tĐVT\tNăm 2025",
        "1\tTỷ lệ tham gia bảo hiểm y tế\t%\t95",
        "2\tSố bác sĩ/vạn dân\tbác sĩ\t12",
    ]
    draft = draft_file(path)
    found = {(t.indicator.code, t.value.magnitude, t.year) for t in draft.plan.targets}
    assert found == {("health_insurance_coverage", 95, 2025), ("doctors_per_10k", 12, 2025)}
    (doctors,) = [f for f in draft.findings if f.record == "doctors_per_10k"]
    assert draft.source.location(doctors.span, "vi") == "trang 2, dòng 1"


def test_the_lines_a_paragraph_wraps_after_are_joined_again(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    page = [
        (50, 800, "I. MUC TIEU"),
        (
            50,
            780,
            "Phan dau den nam 2025, ty le nguoi dan tham gia bao hiem y te tren dia ban tinh",
        ),
        (50, 768, "dat 95%; ty le tram y te xa co bac si lam viec dat 100%."),
        (50, 756, "- Giam ty suat tu vong tre em duoi 1 tuoi."),
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf([page]))
    source = read_text(path)
    assert _lines(source) == [
        "I. MUC TIEU",
        "",  # the space between them a blank line in the layout
        "Phan dau den nam 2025, ty le nguoi dan tham gia bao hiem y te tren dia ban tinh dat 95%; "
        "ty le tram y te xa co bac si lam viec dat 100%.",
        "- Giam ty suat tu vong tre em duoi 1 tuoi.",
    ]
    at = source.text.index("95%")
    assert source.location((at, at + 3), "vi") == "trang 1, dòng 3"
    start = source.text.index("ty le nguoi")
    assert source.location((start, at + 3), "en") == "page 1, line 2–3"


def test_the_lines_a_table_cell_wraps_onto_are_joined_to_its_row(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    columns = (40, 60, 250, 330, 480)

    def line(y: float, *cells: str) -> list[tuple[float, float, str]]:
        return [(x, y, text) for x, text in zip(columns, cells, strict=False) if text]

    page = [
        *line(800, "So", "Noi dung", "Don vi chu tri", "Don vi phoi hop", "Thoi gian du kien"),
        *line(788, "TT", "", "", "", "hoan thanh"),
        *line(
            770,
            "1",
            "De an xay dung Benh vien",
            "Phong KH-TC",
            "Cac so, ban, nganh,",
            "Quy II/2024",
        ),
        *line(758, "", "Lao khoa", "", "dia phuong lien quan"),
        *line(740, "2", "De an Trung tam Y te", "Phong TCCB", "Cac don vi", "Quy I/2025"),
        *line(728, "", "", "", "", "(du kien)"),
        *line(710, "", "- Tuyen huyen", "Phong TCCB", "", "2025"),
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf([page]))
    source = read_text(path)
    assert _lines(source) == [
        "So TT\tNoi dung\tDon vi chu tri\tDon vi phoi hop\tThoi gian du kien hoan thanh",
        "1\tDe an xay dung Benh vien Lao khoa\tPhong KH-TC\t"
        "Cac so, ban, nganh, dia phuong lien quan\tQuy II/2024",
        "2\tDe an Trung tam Y te\tPhong TCCB\tCac don vi\tQuy I/2025 (du kien)",
        "\t- Tuyen huyen\tPhong TCCB\t\t2025",
    ]
    at = source.text.index("Lao khoa")
    assert source.location((at, at + 8), "en") == "page 1, line 3"


def test_prose_with_a_double_space_is_not_a_table() -> None:
    page = "Kế hoạch  này nhằm nâng cao chất lượng.\nCác đơn vị  triển khai thực hiện.\n"
    assert columns_to_cells(page) == [
        (1, ["Kế hoạch này nhằm nâng cao chất lượng."]),
        (2, ["Các đơn vị triển khai thực hiện."]),
    ]


def test_an_encrypted_pdf_is_refused_clearly(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(_write(tmp_path, _pdf([_PAGE_1]))))
    writer.encrypt("secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ExtractError, match=r"an encrypted PDF \(decrypt it first\)"):
        read_text(path)


def test_a_pdf_of_blank_pages_is_still_a_scan(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([[], []]))
    with pytest.raises(ScannedPDFError, match=r"2 pages, no text"):
        read_text(path)


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "plain.pdf"
    path.write_bytes(data)
    return path


def test_a_word_file_with_only_paragraphs_numbers_them(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("Mục tiêu", "", "Đến năm 2025 đạt 95%."):
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    source = read_text(path)
    assert source.text == "Mục tiêu\n\nĐến năm 2025 đạt 95%."
    assert copy.copy(source).location((12, 15), "vi") == "đoạn 2"
