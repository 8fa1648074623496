"""Counts of houses, public services and software: nouns the text layer did not count.

"150.000 ngôi nhà … đạt tiêu chí ngôi nhà an toàn", "đăng ký thêm 39 dịch vụ công cấp độ
3,4", "Triển khai thêm 6 phần mềm mới": the text layer reads "ngôi nhà" (and "căn nhà"),
"dịch vụ công" (and "dịch vụ công trực tuyến") and "phần mềm" as counts (core/units.txt:
house, public_service, software). Like the other nouns of the count lexicon, a count of
them is a target only where a verb or an aim sets it. Phrases of our own making, with
near-misses.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.text import parse_unit


def _targets(sentence: str) -> list[tuple[str, float, str]]:
    text = "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2025\nII. MỤC TIÊU\n- " + sentence + "\n"
    return [
        (t.kind.value, float(t.value.magnitude), str(t.value.units))
        for t in draft_plan(text).plan.targets
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Năm 2025, triển khai thêm 8 phần mềm quản lý bệnh viện.", ("change", 8, "software")),
        (
            "Năm 2025 cung cấp thêm 25 dịch vụ công trực tuyến toàn trình.",
            ("change", 25, "public_service"),
        ),
        ("Đến năm 2025 có 2.000 ngôi nhà đạt tiêu chí ngôi nhà an toàn.", ("level", 2000, "house")),
        ("Năm 2025 phấn đấu đạt 120 dịch vụ công mức độ 4.", ("level", 120, "public_service")),
        ("Đến năm 2025, xây dựng 300 căn nhà cho hộ nghèo.", ("level", 300, "house")),
    ],
)
def test_an_aimed_count_is_a_target(sentence: str, expected: tuple[str, float, str]) -> None:
    assert _targets(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [  # near-misses: no verb sets the count, or the noun is no count
        "Các phần mềm được cập nhật tại 3 phần mềm hiện có.",
        "Sở gửi văn bản tới 12 dịch vụ công để góp ý.",
        "Phần mềm phiên bản 2 được cài đặt.",
    ],
)
def test_an_unaimed_count_is_no_target(sentence: str) -> None:
    assert [t for t in _targets(sentence) if t[2] in ("house", "public_service", "software")] == []


def test_houses_public_services_and_software_are_unit_words() -> None:
    assert str(parse_unit("ngôi nhà")) == "house"
    assert str(parse_unit("dịch vụ công trực tuyến")) == "public_service"
    assert str(parse_unit("phần mềm")) == "software"
    assert str(parse_unit("phần trăm")) == "percent"  # unchanged
