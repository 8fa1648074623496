"""provinces.lookup names the unit it found, with its dates, in English and Vietnamese."""

from __future__ import annotations

from datetime import date

from vnhealthplan import districts, provinces


def test_two_units_of_one_name_are_told_apart() -> None:
    after = provinces.lookup("An Giang", on=date(2026, 12, 5))
    before = provinces.lookup("An Giang", on=date(2020, 1, 1))
    assert str(after) == "An Giang (from 2025-07-01) existed on 2026-12-05"
    assert str(before) == "An Giang (until 2025-06-30) existed on 2020-01-01"
    assert after.said("vi") == "An Giang (từ 01/07/2025) tồn tại vào ngày 05/12/2026"
    assert before.said("vi") == "An Giang (đến 30/06/2025) tồn tại vào ngày 01/01/2020"


def test_an_undated_unit_is_named_alone() -> None:
    found = provinces.lookup("Thanh Hóa", on=date(2026, 1, 1))
    assert str(found) == "Thanh Hóa existed on 2026-01-01"
    assert found.said("vi") == "Thanh Hóa tồn tại vào ngày 01/01/2026"


def test_merged_and_split_units_in_vietnamese() -> None:
    merged = provinces.lookup("Kon Tum", on=date(2026, 1, 1))
    assert merged.said("vi") == (
        "Kon Tum (đến 30/06/2025) thuộc Quảng Ngãi (từ 01/07/2025) vào ngày 01/01/2026"
    )
    split = provinces.lookup("Cần Thơ", on=date(2003, 6, 1))
    assert str(split) == "Cần Thơ (from 2004-01-01) was part of Cần Thơ (tỉnh) on 2003-06-01"
    assert split.said("vi") == (
        "Cần Thơ (từ 01/01/2004) là một phần của Cần Thơ (tỉnh) vào ngày 01/06/2003"
    )


def test_district_answers_in_vietnamese() -> None:
    ended = districts.lookup("Sơn Tịnh", on=date(2025, 8, 1))
    assert ended.said("vi") == (
        "huyện Sơn Tịnh (Quảng Ngãi, đến 30/06/2025): không còn cấp huyện sau 30/06/2025; "
        "địa bàn thuộc Quảng Ngãi (từ 01/07/2025) vào ngày 01/08/2025"
    )
