"""A status figure's reason names the approximate word the text wrote ("gần", "xấp xỉ"), not
always "khoảng"."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan

HEAD = "KẾ HOẠCH năm 2024\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Năm 2023, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt gần 95%.", "gần"),
        ("Năm 2023, toàn tỉnh có khoảng 1.200 nhân viên y tế thôn bản.", "khoảng"),
        ("Năm 2023, toàn tỉnh có xấp xỉ 1.200 nhân viên y tế thôn bản.", "xấp xỉ"),
    ],
)
def test_the_reason_quotes_the_word_written(sentence: str, word: str) -> None:
    found = [f for f in draft_plan(HEAD + sentence).findings if f.kind == "observation"]
    assert len(found) == 1
    assert f"'{word}': an approximate figure" in found[0].said_reasons("en")
    assert f"'{word}': số liệu ước chừng" in found[0].said_reasons("vi")


def test_a_plain_figure_has_no_approximate_reason() -> None:
    sentence = "Năm 2023, toàn tỉnh có 1.200 nhân viên y tế thôn bản."
    found = [f for f in draft_plan(HEAD + sentence).findings if f.kind == "observation"]
    assert found
    assert "approximate" not in found[0].said_reasons("en")
