"""Reading plan files: encodings, Word and PDF files, and bad input."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from vnhealthplan import plans
from vnhealthplan.errors import MissingDependencyError
from vnhealthplan.extract import ExtractError, ScannedPDFError, draft_file, read_text
from vnhealthplan.io.extract.reading import decode

# "≥" has no Windows-1258 code: the test text writes ">=" (which reads the same).
TEXT = plans.source_text("dak-lak-2024").replace("≥", ">=")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """Encode as Windows-1258 writes Vietnamese: base letters with their vowel marks
    precomposed, tone marks as separate characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("utf-16-be"), "utf-16"),
        (windows_1258(TEXT), "cp1258"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "windows-1258"],
)
def test_encodings_give_the_same_text_and_the_same_draft(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    source = read_text(path)
    assert source.encoding == encoding
    assert source.text == unicodedata.normalize("NFC", TEXT)
    from vnhealthplan.extract import draft_plan

    assert draft_file(path).plan.targets == draft_plan(TEXT).plan.targets


def test_a_guessed_encoding_is_reported() -> None:
    assert decode(windows_1258("Quý II/2024")).notes == (
        "not valid UTF-8: decoded as Windows-1258 (cp1258)",
    )
    assert "UTF-16-LE" in decode("Quý II/2024".encode("utf-16-le")).notes[0]


def test_a_given_encoding_that_does_not_fit_is_an_error() -> None:
    with pytest.raises(ExtractError, match="not utf-8"):
        decode(windows_1258("Số giường"), encoding="utf-8")


def test_too_large_files_are_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(ExtractError, match=r"2,000 bytes, more than the limit of 1,000 bytes"):
        read_text(path, max_bytes=1000)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "an empty file"),
        (b" \n\t\n", "an empty file"),
        (b"%PDF-1.4\x00\x00\x01garbage", "binary data"),
        (b"text\x1bwith escape", r"control character U\+001B"),
    ],
)
def test_bad_files_are_refused_clearly(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ExtractError, match=message):
        read_text(path)


def test_word_files_keep_paragraphs_and_table_rows(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("I. CÁC CHỈ TIÊU:")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ["TT", "CHỈ TIÊU", "ĐVT", "Kế hoạch năm 2024"], strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["2", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "<22"], strict=True
    ):
        cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    source = read_text(path)
    assert source.encoding == "docx"
    assert "2\tTỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t<22" in source.text
    (target,) = draft_file(path).plan.targets
    assert (target.indicator.code, target.value.magnitude, target.year) == ("imr", 22, 2024)


def test_a_broken_word_file_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK not really a zip")
    with pytest.raises(ExtractError, match=r"not a readable \.docx"):
        read_text(path)


def test_a_pdf_without_a_text_layer_is_a_scan(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ScannedPDFError, match=r"2 pages, no text\): a scan needs OCR first"):
        read_text(path)


def test_a_pdf_with_a_text_layer_is_drafted(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("pdf")
    import matplotlib.pyplot as plt

    path = tmp_path / "plan.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        figure = plt.figure()
        figure.text(0.05, 0.5, "Mục tiêu đến năm 2025: tỉ lệ tham gia bảo hiểm y tế đạt 95%.")
        figure.savefig(path)
        plt.close(figure)
    source = read_text(path)
    assert source.encoding == "pdf"
    (target,) = draft_file(path).plan.targets
    assert (target.indicator.code, target.value.magnitude, target.year) == (
        "health_insurance_coverage",
        95,
        2025,
    )


def test_a_broken_pdf_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nnot a pdf at all\n")
    with pytest.raises(ExtractError):
        read_text(path)


def test_a_missing_extra_names_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK")
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "vnhealthplan\[docx\]"'):
        read_text(path)
