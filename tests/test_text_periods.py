"""Periods in and out of text: the plans' own phrases, vi and en, round trips, bad input."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import Period, plans
from vnhealthplan.names import ascii_name
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.periods import format_period, parse_period

Q = Period.quarter
H = Period.half
M = Period.month
Y = Period.year
YS = Period.years


def D(y: int, m: int, d: int) -> Period:
    return Period.day(date(y, m, d))


# ---- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Quý II/2024", Q(2024, 2)),
        ("Quý 2/2024", Q(2024, 2)),
        ("quý IV năm 2022", Q(2022, 4)),
        ("Quý I/2025", Q(2025, 1)),
        ("Quý III / 2024", Q(2024, 3)),
        ("QUÝ IV/2022", Q(2022, 4)),
        ("Quy II/2024", Q(2024, 2)),  # diacritics lost (OCR, ASCII keyboards)
        ("6 tháng đầu năm 2024", H(2024, 1)),
        ("6 tháng cuối năm 2024", H(2024, 2)),
        ("3 tháng đầu năm 2024", Q(2024, 1)),
        ("9 tháng đầu năm 2024", Period(date(2024, 1, 1), date(2024, 9, 30))),
        ("tháng 6/2024", M(2024, 6)),
        ("tháng 6 năm 2024", M(2024, 6)),
        ("tháng 02/2024", M(2024, 2)),
        ("năm 2025", Y(2025)),
        ("năm 2024", Y(2024)),
        ("đến năm 2030", Y(2030)),
        ("Đến năm 2020", Y(2020)),
        ("tầm nhìn đến năm 2045", Y(2045)),
        ("giai đoạn 2021-2025", YS(2021, 2025)),
        ("giai đoạn 2021 - 2025", YS(2021, 2025)),
        ("Giai đoạn 2026 - 2030", YS(2026, 2030)),
        ("GIAI ĐOẠN 2023 – 2025", YS(2023, 2025)),
        ("2021 - 2025", YS(2021, 2025)),
        ("2025-2045", YS(2025, 2045)),
        ("thời kỳ 2021 - 2030", YS(2021, 2030)),
        ("từ năm 2021 đến năm 2025", YS(2021, 2025)),
        ("trước ngày 30/6/2024", D(2024, 6, 30)),
        ("ngày 30/6/2024", D(2024, 6, 30)),
        ("ngày 05/01/2024", D(2024, 1, 5)),
        ("ngày 14 tháng 10 năm 2023", D(2023, 10, 14)),
        ("ngày 29/02/2024", D(2024, 2, 29)),
        ("ngày 01/4/2024 – ngày 15/5/2024", Period(date(2024, 4, 1), date(2024, 5, 15))),
        ("từ ngày 01/4/2024 đến ngày 15/5/2024", Period(date(2024, 4, 1), date(2024, 5, 15))),
        ("  năm\u00a02025\t", Y(2025)),  # surrounding and non-breaking spaces
        # English
        ("Q2 2024", Q(2024, 2)),
        ("H1 2024", H(2024, 1)),
        ("June 2024", M(2024, 6)),
        ("Jun 2024", M(2024, 6)),
        ("2025", Y(2025)),
        ("2021–2025", YS(2021, 2025)),
        ("30 June 2024", D(2024, 6, 30)),
        ("1 April 2024 – 15 May 2024", Period(date(2024, 4, 1), date(2024, 5, 15))),
    ],
)
def test_parse_period(text, period):
    assert parse_period(text) == period


# Phrases as they stand in the seed texts: each is checked to occur in its text first.
SEED_PHRASES = [
    ("thanh-hoa-2023", "thời kỳ 2021 - 2030", YS(2021, 2030)),
    ("thanh-hoa-2023", "tầm nhìn đến năm 2045", Y(2045)),
    ("thanh-hoa-2023", "Quý IV/2022", Q(2022, 4)),
    ("thanh-hoa-2023", "Quý II/2024", Q(2024, 2)),
    ("thanh-hoa-2023", "Quý I/2025", Q(2025, 1)),
    ("thanh-hoa-2023", "2025-2045", YS(2025, 2045)),
    ("thanh-hoa-2023", "ngày 27/8/2022", D(2022, 8, 27)),
    ("thanh-hoa-2023", "tháng 10 năm 2023", M(2023, 10)),
    ("thanh-hoa-2023", "giai đoạn 2023 - 2025", YS(2023, 2025)),
    ("quang-ngai-2023", "đến năm 2025", Y(2025)),
    ("quang-ngai-2023", "GIAI ĐOẠN 2023 – 2025", YS(2023, 2025)),
    ("quang-ngai-2023", "ngày 24/10/2023", D(2023, 10, 24)),
    ("dak-lak-2024", "ngày 05/01/2024", D(2024, 1, 5)),
    ("dak-lak-2024", "giai đoạn 2021-2030", YS(2021, 2030)),
    ("dak-lak-2024", "tầm nhìn đến năm 2050", Y(2050)),
    ("an-giang-2018", "Giai đoạn 2021 - 2025", YS(2021, 2025)),
    ("an-giang-2018", "Đến năm 2020", Y(2020)),
    ("an-giang-2018", "tháng 4 năm 2018", M(2018, 4)),
]


@pytest.mark.parametrize(("key", "phrase", "period"), SEED_PHRASES)
def test_seed_phrases(key, phrase, period):
    assert phrase in plans.source_text(key)
    assert parse_period(phrase) == period


def _due_cells():
    """(plan, row, due cell, due) of every appendix row with a tab-separated due column."""
    for plan in plans.load_all():
        for a in plan.assignments:
            if a.due is None or a.source is None:
                continue
            cells = (a.source.reading or a.source.quote).split("\t")
            if len(cells) > 5:
                yield pytest.param(cells[5], a.due, id=f"{plan.key}:{a.source.section}")


@pytest.mark.parametrize(("cell", "due"), list(_due_cells()))
def test_appendix_due_cells_read_as_the_recorded_due_periods(cell, due):
    """Thanh Hóa's appendix: the printed 'Thời gian dự kiến hoàn thành' gives each due."""
    assert parse_period(cell) == due


def test_every_dated_appendix_row_is_checked():
    assert len(list(_due_cells())) == 12  # rows 1-10 (row 8 holds two tasks) and 41


def test_decomposed_input_reads_and_spans_index_it():
    nfd = unicodedata.normalize("NFD", "Quý II/2024 thêm")
    assert len(nfd) == len("Quý II/2024 thêm") + 2  # ý and ê each take two code points
    assert parse_period(unicodedata.normalize("NFD", "Quý II/2024")) == Q(2024, 2)
    with pytest.raises(ParseError) as info:
        parse_period(nfd)
    assert nfd[info.value.start : info.value.end] == unicodedata.normalize("NFD", "thêm")


# ---- writing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "vi", "en"),
    [
        (Q(2024, 2), "Quý II/2024", "Q2 2024"),
        (Q(2022, 4), "Quý IV/2022", "Q4 2022"),
        (H(2024, 1), "6 tháng đầu năm 2024", "H1 2024"),
        (H(2024, 2), "6 tháng cuối năm 2024", "H2 2024"),
        (M(2024, 6), "tháng 6/2024", "June 2024"),
        (M(2024, 1), "tháng 1/2024", "January 2024"),
        (Y(2025), "năm 2025", "2025"),
        (YS(2021, 2025), "giai đoạn 2021–2025", "2021–2025"),
        (D(2024, 6, 30), "ngày 30/6/2024", "30 June 2024"),
        (D(2024, 1, 5), "ngày 05/01/2024", "5 January 2024"),
        (D(2023, 2, 27), "ngày 27/02/2023", "27 February 2023"),
        (
            Period(date(2024, 4, 1), date(2024, 5, 15)),
            "ngày 01/4/2024 – ngày 15/5/2024",
            "1 April 2024 – 15 May 2024",
        ),
    ],
)
def test_format_period(period, vi, en):
    assert format_period(period) == format_period(period, "vi") == vi
    assert format_period(period, "en") == en


def test_format_period_refuses_other_languages_and_types():
    with pytest.raises(ValueError, match="lang: got 'fr'; expected 'vi' or 'en'"):
        format_period(Y(2025), "fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="period: got '2025'; expected a Period"):
        format_period("2025")  # type: ignore[arg-type]


# ---- round trips ----------------------------------------------------------------------------

years = st.integers(1945, 2100)
days = st.dates(date(1945, 1, 1), date(2100, 12, 31))


@st.composite
def spans(draw):
    start = draw(days)
    length = draw(st.integers(0, 800))
    end = min(start + timedelta(days=length), date(2100, 12, 31))
    return Period(start, end)


@st.composite
def year_spans(draw):
    first = draw(years)
    return Period.years(first, draw(st.integers(first, 2100)))


periods = st.one_of(
    years.map(Period.year),
    year_spans(),
    st.builds(Period.quarter, years, st.integers(1, 4)),
    st.builds(Period.half, years, st.integers(1, 2)),
    st.builds(Period.month, years, st.integers(1, 12)),
    days.map(Period.day),
    spans(),
)


@given(periods, st.sampled_from(["vi", "en"]))
def test_round_trip(period, lang):
    assert parse_period(format_period(period, lang)) == period


@given(periods)
def test_round_trip_ignores_case_and_diacritics(period):
    text = format_period(period, "vi")
    assert parse_period(text.upper()) == period
    assert parse_period(ascii_name(text)) == period
    assert parse_period(unicodedata.normalize("NFD", text)) == period


# ---- bad input ------------------------------------------------------------------------------

FORMS = "a period such as 'Quý II/2024'"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Quý V/2024", (4, 5), "a quarter I, II, III or IV (or 1–4)"),
        ("Quý 0/2024", (4, 5), "a quarter I, II, III or IV (or 1–4)"),
        ("Quý IIII/2024", (4, 8), "a quarter I, II, III or IV (or 1–4)"),
        ("Quý ІІ/2024", (4, 6), "a quarter I, II, III or IV"),  # Cyrillic І, not Latin I
        ("Q5 2024", (1, 2), "a quarter I, II, III or IV"),
        ("Quý II/24", (7, 9), "a four-digit year such as 2025"),
        ("năm 20025", (4, 9), "a four-digit year such as 2025"),
        ("năm 2025abc", (4, 11), "a four-digit year such as 2025"),
        ("năm 1800", (4, 8), "a whole year between 1945 and 2100"),
        ("thang 6/2101", (8, 12), "a whole year between 1945 and 2100"),
        ("ngày 30/6/1800", (10, 14), "a whole year between 1945 and 2100"),
        ("giai đoạn 2025-2021", (15, 19), "a last year after the first, 2025"),
        ("2024-2024", (5, 9), "a last year after the first, 2024"),
        ("ngày 31/2/2024", (5, 14), "a day of month 2 of 2024, which has days 1–29"),
        ("ngày 29/2/2023", (5, 14), "a day of month 2 of 2023, which has days 1–28"),
        ("ngày 1/13/2024", (7, 9), "a month 1–12"),
        ("tháng 13/2024", (6, 8), "a month 1–12"),
        ("H3 2024", (1, 2), "a half-year 1 or 2"),
        ("0 tháng đầu năm 2024", (0, 1), "a number of months 1–12"),
        (
            "ngày 15/5/2024 – ngày 01/4/2024",
            (22, 31),
            "a last day after the first, 2024-05-15",
        ),
        ("Quý II-2024", (4, 11), "a quarter I–IV and a four-digit year, as in 'Quý II/2024'"),
        ("Quý", (3, 3), "a quarter I–IV and a four-digit year"),  # missing at the end
        ("giai đoạn 2021", (10, 14), "two four-digit years, as in 'giai đoạn 2021-2025'"),
        ("Quý II/2024 và Quý III/2024", (12, 27), "nothing after the period 'Quý II/2024'"),
        ("2021 - 2025 - 2030", (12, 18), "nothing after the period '2021 - 2025'"),
        ("", (0, 0), FORMS),
        ("   ", (0, 3), FORMS),
        ("12 %", (0, 4), FORMS),
        ("1,2,3", (0, 5), FORMS),
        ("abc", (0, 3), FORMS),
        ("Quý II/2024\x00", (11, 12), "text without control or format characters (found U+0000)"),
        ("\u202eQuý II/2024", (0, 1), "text without control or format characters (found U+202E)"),
        ("năm\u200b2025", (3, 4), "text without control or format characters (found U+200B)"),
    ],
)
def test_bad_periods(text, span, expected):
    with pytest.raises(ParseError) as info:
        parse_period(text)
    err = info.value
    assert type(err) is ParseError
    assert isinstance(err, ValueError)
    assert (err.text, err.what, (err.start, err.end)) == (text, "a period", span)
    assert err.expected.startswith(expected)
    assert repr(text) in str(err)
    assert f"expected {expected}" in str(err)


@given(st.text(max_size=40) | st.from_regex(r"(quý|tháng|ngày|năm|giai đoạn)? ?[0-9IV/ -]{0,14}"))
def test_any_text_reads_as_a_period_or_raises_parse_error(text):
    try:
        result = parse_period(text)
    except ParseError as err:
        result = err
    if isinstance(result, ParseError):
        assert result.text == text
        assert 0 <= result.start <= result.end <= len(text)
    else:
        assert isinstance(result, Period)


@pytest.mark.parametrize("value", [None, 2024, b"2024", Y(2024)])
def test_parse_period_refuses_non_text(value):
    with pytest.raises(TypeError, match=r"parse_period.text: got .*; expected a string"):
        parse_period(value)
