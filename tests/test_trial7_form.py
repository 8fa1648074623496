"""A new user's trial: the form's instructions warn of the slips a tired person makes."""

from __future__ import annotations

import pytest

from vnhealthplan import plans
from vnhealthplan.forms import write_form

openpyxl = pytest.importorskip("openpyxl")


def test_the_instructions_say_no_percent_sign_and_no_renamed_sheet(tmp_path):
    form = write_form(plans.load("dak-lak-2024"), tmp_path / "bieu-mau.xlsx")
    book = openpyxl.load_workbook(form)
    text = " ".join(str(row[0]) for row in book["Hướng dẫn"].iter_rows(values_only=True))
    assert "Chỉ ghi số, không ghi đơn vị hay dấu % (95,5 chứ không phải 95,5%)" in text
    assert "5. Không đổi tên các trang tính." in text
