"""The line and byte named for a CSV file that is not UTF-8 are the file's own, whatever
its byte-order mark and line ends (session 10, review10).

Before: with a byte-order mark (Excel's "CSV UTF-8" writes one) the byte named was the
one three bytes on (the BOM is taken off before decoding), often the line's end, "(0x0A)",
on the line before; with lines ended by CR alone (Excel's "CSV (Macintosh)", which is not
UTF-8 either) every byte was said to be on line 1. And a file of semicolon-separated cells
(Excel set to Vietnamese saves one) with a quote left open was "expected comma-separated".
"""

from __future__ import annotations

import pytest

from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form

HEAD = "province,indicator,year,value\n"


def _said(path, read=read_observations):
    with pytest.raises(VNHealthPlanError) as caught:
        read(path)
    return caught.value.problems[0].said("en")


def test_a_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_bytes(b"\xef\xbb\xbf" + HEAD.encode() + b"\n\nAn Giang,imr,2024,1\xe1\n")
    assert "line 4 has a byte that is not UTF-8 (0xE1)" in _said(path)


def test_lines_ended_by_cr_alone(tmp_path):
    path = tmp_path / "so-lieu.csv"
    text = HEAD.replace("\n", "\r") + "An Giang,imr,2024,12\r" + "Đak Lak,imr,2024,12\r"
    path.write_bytes(text.encode("cp1258"))
    assert "line 3 has a byte that is not UTF-8 (0xD0)" in _said(path)


def test_lines_ended_by_cr_lf(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_bytes((HEAD + "Đak Lak,imr,2024,12\n").replace("\n", "\r\n").encode("cp1258"))
    assert "line 2 has a byte that is not UTF-8 (0xD0)" in _said(path)


def test_a_csv_form_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bieu-mau.csv"
    path.write_bytes(b"\xef\xbb\xbfvnhealthplan-form,plan=dak-lak-2024\n\xd0\n")
    assert "line 2 has a byte that is not UTF-8 (0xD0)" in _said(path, read_form)


def test_a_semicolon_file_is_not_said_to_be_comma_separated(tmp_path):
    path = tmp_path / "so-lieu.csv"
    text = HEAD.replace(",", ";") + 'Đắk Lắk;imr;2024;"12\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VNHealthPlanError) as caught:
        read_observations(path)
    (problem,) = caught.value.problems
    assert "expected semicolon-separated rows: line 2: a double quote opens" in problem.said("en")
    assert "cần các dòng phân cách bằng dấu chấm phẩy: dòng 2" in problem.said("vi")
