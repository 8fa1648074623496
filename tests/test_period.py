"""Periods as plans name them: years, spans, quarters, halves, months, days."""

from __future__ import annotations

from datetime import date

import pytest

from vnhealthplan import Period, ValidationError, WrongTypeError


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period.year(2024), date(2024, 1, 1), date(2024, 12, 31)),
        (Period.year(1945), date(1945, 1, 1), date(1945, 12, 31)),
        (Period.year(2100), date(2100, 1, 1), date(2100, 12, 31)),
        # An Giang: "Giai đoạn 2021 - 2025"; Thanh Hóa: vision to 2045.
        (Period.years(2021, 2025), date(2021, 1, 1), date(2025, 12, 31)),
        (Period.years(2030, 2030), date(2030, 1, 1), date(2030, 12, 31)),
        # Thanh Hóa's appendix: "Quý IV/2022", "Quý II/2024", "Quý I/2025".
        (Period.quarter(2022, 4), date(2022, 10, 1), date(2022, 12, 31)),
        (Period.quarter(2024, 2), date(2024, 4, 1), date(2024, 6, 30)),
        (Period.quarter(2025, 1), date(2025, 1, 1), date(2025, 3, 31)),
        (Period.quarter(2024, 3), date(2024, 7, 1), date(2024, 9, 30)),
        (Period.half(2024, 1), date(2024, 1, 1), date(2024, 6, 30)),
        (Period.half(2024, 2), date(2024, 7, 1), date(2024, 12, 31)),
        (Period.month(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
        (Period.month(2023, 2), date(2023, 2, 1), date(2023, 2, 28)),
        (Period.month(2024, 12), date(2024, 12, 1), date(2024, 12, 31)),
        (Period.day(date(2024, 6, 30)), date(2024, 6, 30), date(2024, 6, 30)),
    ],
)
def test_constructors(period, start, end):
    assert (period.start, period.end) == (start, end)
    assert period == Period(start, end)


def test_first_and_last_year():
    period = Period.years(2021, 2025)
    assert (period.first_year, period.last_year) == (2021, 2025)


@pytest.mark.parametrize(
    ("make", "field", "value"),
    [
        (lambda: Period.year(1944), "year", 1944),
        (lambda: Period.year(2101), "year", 2101),
        (lambda: Period.year(True), "year", True),
        (lambda: Period.year(2024.0), "year", 2024.0),
        (lambda: Period.year("2024"), "year", "2024"),
        (lambda: Period.years(1900, 2025), "first", 1900),
        (lambda: Period.years(2021, 2200), "last", 2200),
        (lambda: Period.quarter(2024, 5), "quarter", 5),
        (lambda: Period.quarter(2024, 0), "quarter", 0),
        (lambda: Period.quarter(2024, True), "quarter", True),
        (lambda: Period.quarter(1800, 1), "year", 1800),
        (lambda: Period.half(2024, 3), "half", 3),
        (lambda: Period.half(2024, 0), "half", 0),
        (lambda: Period.half(2024, True), "half", True),
        (lambda: Period.month(2024, 13), "month", 13),
        (lambda: Period.month(2024, 0), "month", 0),
        (lambda: Period.month(2024, True), "month", True),
        (lambda: Period.month(2024, 2.0), "month", 2.0),
        (lambda: Period.day(date(1900, 1, 1)), "start", date(1900, 1, 1)),
        (lambda: Period.day(date(2101, 1, 1)), "start", date(2101, 1, 1)),
    ],
)
def test_out_of_bounds(make, field, value):
    with pytest.raises(ValidationError) as info:
        make()
    err = info.value
    assert (err.owner, err.field, err.value) == ("Period", field, value)
    assert str(err).startswith(f"Period.{field}: got ")


def test_years_reversed():
    with pytest.raises(ValidationError, match=r"Period.last: got 2021; expected a year on or "):
        Period.years(2025, 2021)


def test_end_before_start_names_period_end():
    with pytest.raises(ValidationError) as info:
        Period(date(2024, 5, 1), date(2024, 4, 30))
    assert (info.value.owner, info.value.field) == ("Period", "end")
    assert str(info.value) == (
        "Period.end: got 2024-04-30; expected a date on or after start 2024-05-01"
    )


@pytest.mark.parametrize("bad", ["2024-01-01", 2024, None])
def test_dates_must_be_dates(bad):
    with pytest.raises(ValidationError, match=r"expected a datetime.date"):
        Period(bad, date(2024, 12, 31))
    with pytest.raises(ValidationError, match=r"Period.end"):
        Period(date(2024, 1, 1), bad)


def test_ordering():
    periods = [
        Period.year(2030),
        Period.quarter(2024, 2),
        Period.years(2021, 2025),
        Period.year(2024),
        Period.years(2026, 2030),
    ]
    assert sorted(periods) == [
        Period.years(2021, 2025),
        Period.year(2024),
        Period.quarter(2024, 2),
        Period.years(2026, 2030),
        Period.year(2030),
    ]
    assert Period.years(2021, 2025) < Period.years(2026, 2030)
    assert Period.year(2024) < Period.years(2024, 2025)  # same start: the shorter first


def test_equal_and_hashable():
    assert Period.year(2024) == Period.years(2024, 2024)
    assert len({Period.year(2024), Period.years(2024, 2024), Period.half(2024, 1)}) == 2


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (date(2024, 3, 31), False),
        (date(2024, 4, 1), True),
        (date(2024, 5, 15), True),
        (date(2024, 6, 30), True),
        (date(2024, 7, 1), False),
    ],
)
def test_contains(day, inside):
    assert (day in Period.quarter(2024, 2)) is inside


@pytest.mark.parametrize("other", ["2024-05-15", 2024, None])
def test_contains_non_dates(other):
    assert other not in Period.year(2024)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (Period.years(2021, 2025), Period.years(2026, 2030), False),
        (Period.years(2021, 2025), Period.years(2025, 2030), True),
        (Period.year(2024), Period.quarter(2024, 4), True),
        (Period.quarter(2024, 1), Period.quarter(2024, 2), False),
        (Period.year(2024), Period.day(date(2024, 12, 31)), True),
        (Period.year(2024), Period.day(date(2025, 1, 1)), False),
    ],
)
def test_overlaps_is_symmetric(a, b, overlap):
    assert a.overlaps(b) is overlap
    assert b.overlaps(a) is overlap


def test_overlaps_itself():
    assert Period.day(date(2024, 6, 30)).overlaps(Period.day(date(2024, 6, 30)))


@pytest.mark.parametrize(
    ("on", "past"),
    [
        (date(2024, 6, 29), False),
        (date(2024, 6, 30), False),  # the last day still counts
        (date(2024, 7, 1), True),
    ],
)
def test_is_past(on, past):
    assert Period.quarter(2024, 2).is_past(on) is past


@pytest.mark.parametrize(
    ("period", "text"),
    [
        (Period.year(2025), "2025"),
        (Period.years(2021, 2025), "2021–2025"),
        (Period.quarter(2024, 2), "2024-04-01/2024-06-30"),
        (Period.half(2024, 2), "2024-07-01/2024-12-31"),
        (Period.day(date(2024, 6, 30)), "2024-06-30"),
        (Period(date(2024, 1, 1), date(2025, 6, 30)), "2024-01-01/2025-06-30"),
    ],
)
def test_str(period, text):
    assert str(period) == text


def test_repr():
    assert repr(Period.quarter(2024, 2)) == (
        "Period(start=datetime.date(2024, 4, 1), end=datetime.date(2024, 6, 30))"
    )


# ---- parse and code: the plan-file form ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period", "code"),
    [
        ("2030", Period.year(2030), "2030"),
        ("1945", Period.year(1945), "1945"),
        ("2100", Period.year(2100), "2100"),
        ("2021-2025", Period.years(2021, 2025), "2021-2025"),
        ("2021–2025", Period.years(2021, 2025), "2021-2025"),  # en dash, as printed
        ("2021 - 2025", Period.years(2021, 2025), "2021-2025"),
        ("2024-2024", Period.year(2024), "2024"),
        ("2022-Q4", Period.quarter(2022, 4), "2022-Q4"),
        ("2024-Q2", Period.quarter(2024, 2), "2024-Q2"),
        ("2024-H1", Period.half(2024, 1), "2024-H1"),
        ("2024-H2", Period.half(2024, 2), "2024-H2"),
        ("2024-02", Period.month(2024, 2), "2024-02"),
        ("2024-12", Period.month(2024, 12), "2024-12"),
        ("2024-06-30", Period.day(date(2024, 6, 30)), "2024-06-30"),
        ("2024-02-29", Period.day(date(2024, 2, 29)), "2024-02-29"),
        ("2024-01-01/2025-06-30", Period(date(2024, 1, 1), date(2025, 6, 30)),
         "2024-01-01/2025-06-30"),
        ("2024-02-01/2024-04-30", Period(date(2024, 2, 1), date(2024, 4, 30)),
         "2024-02-01/2024-04-30"),
        ("2024-04-01/2024-09-30", Period(date(2024, 4, 1), date(2024, 9, 30)),
         "2024-04-01/2024-09-30"),
        ("2024-11-01/2025-01-31", Period(date(2024, 11, 1), date(2025, 1, 31)),
         "2024-11-01/2025-01-31"),
        ("2024-01-01/2024-12-31", Period.year(2024), "2024"),
        ("2024-04-01/2024-06-30", Period.quarter(2024, 2), "2024-Q2"),
        ("2024-06-30/2024-06-30", Period.day(date(2024, 6, 30)), "2024-06-30"),
        ("  2024-Q2\n", Period.quarter(2024, 2), "2024-Q2"),
    ],
)  # fmt: skip
def test_parse_and_code(text, period, code):
    assert Period.parse(text) == period
    assert period.code == code
    assert Period.parse(code) == period


@pytest.mark.parametrize(
    "text",
    [
        "Q2/2024",
        "Quý II/2024",
        "2024-Q5",
        "2024-Q0",
        "2024-H3",
        "2024-13",
        "2024-00",
        "2024-02-30",
        "2023-02-29",
        "",
        "   ",
        "20245",
        "24",
        "2024-6",
        "2024/2025",
        "1900",
        "2101",
        "2025-2021",
        "2024-06-30/2024-06-01",
        "2024-06-31/2024-07-01",
        "năm 2024",
    ],
)
def test_parse_refuses(text):
    with pytest.raises(ValidationError, match=r"^Period"):
        Period.parse(text)


@pytest.mark.parametrize("text", ["Q2/2024", "", "20245", "2024/2025"])
def test_parse_lists_the_forms(text):
    with pytest.raises(ValidationError, match=r"^Period\.parse\.text: got ") as info:
        Period.parse(text)
    assert str(info.value) == (
        f"Period.parse.text: got {text!r}; expected one of YYYY, YYYY-YYYY, YYYY-Qn, YYYY-Hn, "
        "YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
    )


@pytest.mark.parametrize("text", [2024, None, date(2024, 1, 1)])
def test_parse_needs_a_string(text):
    with pytest.raises(WrongTypeError, match=r"Period\.parse\.text: got .*; expected a string"):
        Period.parse(text)


def test_parse_reads_back_every_code():
    from hypothesis import given
    from hypothesis import strategies as st

    years = st.integers(1945, 2100)
    days = st.dates(date(1945, 1, 1), date(2100, 12, 31))
    periods = st.one_of(
        years.map(Period.year),
        st.tuples(years, years).map(lambda t: Period.years(min(t), max(t))),
        st.builds(Period.quarter, years, st.integers(1, 4)),
        st.builds(Period.half, years, st.integers(1, 2)),
        st.builds(Period.month, years, st.integers(1, 12)),
        days.map(Period.day),
        st.tuples(days, days).map(lambda t: Period(min(t), max(t))),
    )

    @given(periods)
    def check(period):
        code = period.code
        assert Period.parse(code) == period
        assert Period.parse(code).code == code
        assert code.strip() == code

    check()
