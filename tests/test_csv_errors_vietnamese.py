"""A CSV file that cannot be read is said in Vietnamese, without Python's English error
(session 10, ux10).

Before: "cần văn bản mã hóa UTF-8 ('utf-8' codec can't decode byte 0xd0 in position 33:
invalid continuation byte)" and "cần các dòng phân cách bằng dấu phẩy (',' expected after
'"')": the Vietnamese sentence carried Python's English text. Now the line (and the byte,
for the encoding) and what to do, in the language asked for.
"""

from __future__ import annotations

import pytest

from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form

HEAD = "Tỉnh,Mã chỉ tiêu,Năm,Giá trị\n"
ENGLISH = ("codec", "position", "invalid", "expected after", "end of data")


def _problem(path):
    with pytest.raises(VNHealthPlanError) as caught:
        read_observations(path)
    (problem,) = caught.value.problems
    return problem.said("vi"), problem.said("en")


def test_a_file_in_the_windows_code_page(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_bytes(HEAD.encode("utf-8") + "Đơn,imr,2024,12\n".encode("cp1258"))
    vi, en = _problem(path)
    assert vi == (
        "so-lieu.csv: tệp: bảng mã: cần văn bản mã hóa UTF-8: dòng 2 có một byte không thuộc "
        "UTF-8 (0xD0); hãy lưu tệp ở dạng CSV UTF-8"
    )
    assert en.endswith("expected UTF-8 text: line 2 has a byte that is not UTF-8 (0xD0); save "
                       "the file as CSV UTF-8")  # fmt: skip
    assert not any(word in vi for word in ENGLISH)


def test_a_quote_inside_a_quoted_cell(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(HEAD + 'Thanh Hóa,imr,2024,12\n"Thanh" Hóa,imr,2025,11\n', encoding="utf-8")
    vi, en = _problem(path)
    assert vi.startswith("so-lieu.csv: tệp: CSV: cần các dòng phân cách bằng dấu phẩy: dòng 3: "
                         "dấu ngoặc kép bên trong")  # fmt: skip
    assert "line 3: a double quote inside a quoted cell must be written twice" in en
    assert not any(word in vi for word in ENGLISH)


def test_a_quote_left_open_names_the_line_it_opens(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(HEAD + 'Thanh Hóa,"imr,2024,12\nThanh Hóa,imr,2025,11\n', encoding="utf-8")
    vi, en = _problem(path)
    assert vi.endswith("dòng 2: một dấu ngoặc kép mở đầu một ô mà không có dấu đóng lại")
    assert en.endswith("line 2: a double quote opens a cell and nothing closes it")


def test_a_csv_form_in_the_windows_code_page(tmp_path):
    path = tmp_path / "bieu-mau.csv"
    path.write_bytes("vnhealthplan-form,plan=dak-lak-2024\nĐắk\n".encode("cp1258", "replace"))
    with pytest.raises(VNHealthPlanError) as caught:
        read_form(path)
    said = caught.value.problems[0].said("vi")
    assert "cần văn bản mã hóa UTF-8: dòng 2 có một byte không thuộc UTF-8" in said
    assert not any(word in said for word in ENGLISH)
