"""Numbers in Vietnamese text: a drafting reason or an error message writes a number the
Vietnamese way in its Vietnamese form ("1.234,5"), as babel (``format_number``) does."""

from __future__ import annotations

import ast

import pytest

from sourcecalls import calls_named
from vnhealthplan.core.messages import message
from vnhealthplan.core.reasons import reason
from vnhealthplan.core.templated import VietnameseNumber
from vnhealthplan.text import format_number


@pytest.mark.parametrize(
    "value", [1234.5, 17.6, 5130.0, 0.25, 1_000_000.0, -2430.75, 96.4, 12.0, 3.5]
)
def test_a_float_is_written_as_babel_writes_it_in_vietnamese(value):
    assert format(VietnameseNumber(value), "") == format_number(value, "vi")
    if abs(value) < 1e6:  # "g" writes a million as 1e+06, in English too
        assert format(VietnameseNumber(value), "g") == format_number(value, "vi")


def test_an_int_keeps_its_digits_unless_grouped_or_written_as_a_float():
    assert format(VietnameseNumber(2025), "") == "2025"  # a year
    assert format(VietnameseNumber(5130), ",") == "5.130"
    assert format(VietnameseNumber(5), ".1f") == "5,0"


def test_a_reason_writes_its_numbers_the_vietnamese_way():
    why = reason(
        "'{phrase}': the number reads {first:g} or {second:g}; read with '.' as the decimal point",
        phrase="1.234.5 giường",
        first=1234.5,
        second=12345.0,
    )
    assert why == (
        "'1.234.5 giường': the number reads 1234.5 or 12345; read with '.' as the decimal point"
    )
    assert why.said("vi") == (
        "'1.234.5 giường': số này đọc được là 1.234,5 hoặc 12.345; đã đọc với '.' là dấu thập phân"
    )


def test_a_drafted_reason_says_its_number_the_vietnamese_way():
    from vnhealthplan.extract import draft_plan

    draft = draft_plan("KẾ HOẠCH\nY tế năm 2025\n\nĐến năm 2025 đạt 3.5 dược sĩ/vạn dân.")
    said = [f.said_reasons("vi") for f in draft.findings if "3.5" in f.said_reasons("en")]
    assert said, [f.said_reasons("en") for f in draft.findings]
    assert all("3,5 hoặc 35" in s for s in said), said


def test_an_error_message_writes_a_float_the_vietnamese_way():
    text = message("expected the same value as {value:g} in {before}", value=5130.5, before="a")
    assert text == "expected the same value as 5130.5 in a"
    assert text.said("vi").startswith("cần cùng giá trị với 5.130,5 ")


def test_no_reason_gets_a_number_already_written_in_english():
    """A number given to a reason as text ("f'{x:g}'") would stay English in Vietnamese."""
    found = []
    for where, node in calls_named("reason"):
        for keyword in node.keywords:
            value = keyword.value
            if isinstance(value, ast.JoinedStr) and any(
                isinstance(part, ast.FormattedValue) and part.format_spec is not None
                for part in value.values
            ):
                found.append(f"{where}: {keyword.arg}")
    assert found == []
