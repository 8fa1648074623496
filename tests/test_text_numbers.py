"""Numbers in and out: parse_number (strict), format_number / format_numbers (as babel).

The seed numbers come from the plans' texts: Đắk Lắk's 2024 table ("5.130" beds, "2.430"
provincial beds, "17,6" %, "7,7" doctors, "0,2" ‰), the unattributed plan's budget
("857.490", "289.900", "567.590" triệu đồng), Quảng Ngãi's "1.892" and "1.345"
establishments, An Giang's "74,5" years and "18,5‰", Thanh Hóa's OCR'd "40.0" and "3.5".
"""

from __future__ import annotations

import decimal
import math

import babel
import numpy as np
import pandas as pd
import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from vnhealthplan.core import numformat as _numformat
from vnhealthplan.errors import ValidationError
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.numbers import format_number, format_numbers, parse_number

# -- parse_number: what it reads ------------------------------------------------------------

SEEDS = [
    ("5.130", 5130),
    ("2.430", 2430),
    ("17,6", 17.6),
    ("7,7", 7.7),
    ("0,2", 0.2),
    ("857.490", 857490),
    ("289.900", 289900),
    ("567.590", 567590),
    ("1.892", 1892),
    ("1.345", 1345),
    ("100.000", 100000),
    ("74,5", 74.5),
    ("29", 29),
    ("22", 22),
]


@pytest.mark.parametrize(("text", "value"), SEEDS)
def test_parse_number_reads_the_seed_numbers(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed == value
    assert type(parsed) is type(value)  # an int when there is no decimal part


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("01", 1),  # leading zeros: "dưới 01 tuổi" (An Giang)
        ("05", 5),
        ("0", 0),
        ("0,0", 0.0),
        ("+5", 5),
        ("-5", -5),
        ("−0,2", -0.2),  # U+2212 MINUS SIGN
        ("-5.130", -5130),
        ("-857.490,5", -857490.5),
        ("1.234.567,125", 1234567.125),
        (" 5.130 ", 5130),
        ("\t17,6\n", 17.6),
        ("\u00a07,7\u202f", 7.7),  # no-break spaces around, as copied from a PDF
        ("123456789012345678901234567890", 123456789012345678901234567890),
    ],
)
def test_parse_number_forms(text: str, value: float) -> None:
    assert parse_number(text) == value
    assert type(parse_number(text)) is type(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40.0", 40.0),  # Thanh Hóa: "Số giường bệnh 10.000 dân: 40.0 giường"
        ("3.5", 3.5),  # Thanh Hóa: "Số dược sĩ 10.000 dân: 3.5 dược sĩ"
        ("1.892", 1.892),
        ("5,130", 5130),
        ("5,130.25", 5130.25),
        ("-1,234,567.5", -1234567.5),
        ("17", 17),
    ],
)
def test_parse_number_english_way(text: str, value: float) -> None:
    assert parse_number(text, decimal=".") == value


def test_parse_number_explicit_decimal_comma_is_the_default() -> None:
    assert parse_number("17,6", decimal=",") == parse_number("17,6") == 17.6
    with pytest.raises(ParseError):
        parse_number("40.0", decimal=",")


def test_the_unit_is_the_callers_to_strip() -> None:
    # An Giang: "dưới 05 tuổi còn 18,5‰". parse_number reads one number, not a quantity.
    with pytest.raises(ParseError) as info:
        parse_number("18,5‰")
    assert (info.value.start, info.value.end) == (4, 5)
    assert parse_number("18,5‰".removesuffix("‰")) == 18.5


# -- parse_number: what it refuses ----------------------------------------------------------

#: (input, error class, (start, end) of the failing part, words of the expectation)
BAD = [
    ("", ParseError, (0, 0), "digits"),
    ("   ", ParseError, (0, 3), "digits"),
    ("1,2,3", ParseError, (3, 5), "at most one decimal comma"),
    ("1.2.3", ParseError, (0, 5), "'.' grouping thousands"),
    ("1..2", ParseError, (0, 4), "'.' grouping thousands"),
    ("12 %", ParseError, (2, 4), "',' before decimals"),
    ("12‰", ParseError, (2, 3), "',' before decimals"),
    ("5,", ParseError, (0, 2), "',' before decimals"),
    (",5", ParseError, (0, 2), "',' before decimals"),
    ("١٢", ParseError, (0, 2), "digits"),  # Arabic-Indic digits are not 12
    ("１２", ParseError, (0, 2), "digits"),  # nor are full-width ones
    ("5\x00130", ParseError, (1, 5), "digits"),
    ("5\u202e130", ParseError, (1, 5), "digits"),  # RIGHT-TO-LEFT OVERRIDE
    ("\x1f5", ParseError, (0, 2), "digits"),  # a control str.strip() would drop
    ("5\x85", ParseError, (1, 2), "digits"),
    ("5 130", ParseError, (1, 5), "digits"),  # space grouping: not a Vietnamese form
    ("+-5", ParseError, (1, 3), "digits"),
    ("- 5", ParseError, (1, 3), "digits"),
    ("5.130,5,6", ParseError, (7, 9), "at most one decimal comma"),
    ("5,130.5", ParseError, (0, 7), "',' before decimals"),  # English order, vi default
    ("năm 2025", ParseError, (0, 8), "digits"),
    ("5e3", ParseError, (1, 3), "digits"),
    ("9" * 400 + ",5", ParseError, (0, 402), "below 1.8e308"),  # would be inf
    ("9" * 5000, ParseError, (0, 5000), "at most 4300 digits"),  # int() would refuse it
]


@pytest.mark.parametrize(("text", "cls", "span", "expected"), BAD)
def test_parse_number_refuses(text: str, cls: type, span: tuple[int, int], expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text)
    err = info.value
    assert type(err) is cls
    assert (err.text, err.what) == (text, "a number")
    assert (err.start, err.end) == span
    assert expected in err.expected
    assert repr(text)[:60] in str(err)
    assert err.expected in str(err)


@pytest.mark.parametrize(
    ("text", "decimal_reading", "grouping_reading"),
    [
        ("40.0", 40.0, 400),  # Thanh Hóa's OCR: 40 beds, or a garbled 400?
        ("3.5", 3.5, 35),
        ("1.23", 1.23, 123),
        ("-40.0", -40.0, -400),  # the readings keep the sign
        ("−3.5", -3.5, -35),
    ],
)
def test_dot_not_followed_by_three_digits_is_ambiguous(
    text: str, decimal_reading: float, grouping_reading: float
) -> None:
    with pytest.raises(AmbiguousNumberError) as info:
        parse_number(text)
    err = info.value
    assert err.readings == (("decimal", decimal_reading), ("grouping", grouping_reading))
    assert repr(text) in str(err)
    assert "decimal='.'" in str(err)
    assert parse_number(text, decimal=".") == decimal_reading


@pytest.mark.parametrize(
    ("text", "decimal_sep"), [("17,6", "."), ("1,2345", "."), ("5.130,5", "."), ("1.2.3", ".")]
)
def test_parse_number_english_way_refuses(text: str, decimal_sep: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text, decimal=decimal_sep)  # type: ignore[arg-type]
    assert type(info.value) is ParseError
    assert "',' grouping thousands and '.' before decimals" in str(info.value)


def test_parse_number_argument_errors() -> None:
    with pytest.raises(TypeError, match=r"expected a string such as '5.130' \(got int\)"):
        parse_number(5130)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"parse_number.decimal: got ';'; expected ',' or '\.'"):
        parse_number("5", decimal=";")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("0.130", (0.13, 130)),
        ("00.130", (0.13, 130)),
        ("-0.130", (-0.13, -130)),
        ("012.345", (12.345, 12345)),
    ],
)
def test_leading_zero_group_is_ambiguous(text: str, readings: tuple[float, float]) -> None:
    with pytest.raises(AmbiguousNumberError) as info:
        parse_number(text)
    assert tuple(value for _, value in info.value.readings) == readings


@pytest.mark.parametrize(
    ("text", "decimal_sep"),
    [("0.130.000", None), ("0.130,5", None), ("0.130", ","), ("00.130.000", None), ("0,130", ".")],
)
def test_leading_zero_group_is_not_a_grouping(text: str, decimal_sep: str | None) -> None:
    with pytest.raises(ParseError, match="first group starting with 0") as info:
        parse_number(text, decimal=decimal_sep)  # type: ignore[arg-type]
    assert type(info.value) is ParseError


def test_zero_before_a_decimal_comma_still_reads() -> None:
    assert parse_number("0,130") == 0.13
    assert parse_number("0.130", decimal=".") == 0.13
    assert parse_number("007,5") == 7.5


# -- format_number: as babel ----------------------------------------------------------------

EDGE_VALUES = [
    0, 0.0, -0.0, 1, -1, 29, 7.7, 17.6, 0.2, 5130, 857490, 74.5, 2.0005, 1234.5675,
    1234.5665, 0.0005, 0.0015, -0.0015, -0.0004, 2.5, 0.5, 1.5, 999.9995, -999.9995,
    0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e-7, 5e-324, 1e-300, 9.999999e24, 2**53,
    2**53 + 1, 2**63, -(2**70), 10**24, 123456789012345678, 4503599627370.4995,
    1125899906842.6245, 99999999999999.99,
]  # fmt: skip


def babel_writes(value: object, lang: str, decimals: int | None) -> str | None:
    """What babel writes, or None where it raises (too many digits for the context)."""
    pattern = None if decimals is None else _numformat.fixed_pattern("#,##0.###", decimals)
    try:
        return str(format_decimal(value, format=pattern, locale=lang))
    except decimal.InvalidOperation:
        return None


def ours(value: object, lang: str, decimals: int | None) -> str | None:
    try:
        return format_number(value, lang, decimals=decimals)
    except ValidationError as err:
        if "babel raises decimal.InvalidOperation" not in err.expected:
            raise
        return None


@pytest.mark.parametrize("value", EDGE_VALUES)
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("decimals", [None, 0, 1, 2, 3, 4, 6])
def test_format_number_is_babel(value: float, lang: str, decimals: int | None) -> None:
    assert ours(value, lang, decimals) == babel_writes(value, lang, decimals)


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (5130, "5.130", "5,130"),
        (17.6, "17,6", "17.6"),
        (857490, "857.490", "857,490"),
        (-5130.25, "-5.130,25", "-5,130.25"),
        (1234.5675, "1.234,568", "1,234.568"),  # a tie on "1234.5675": half to even
        (1234.5665, "1.234,566", "1,234.566"),
        (2.0005, "2", "2"),
        (-0.0, "-0", "-0"),
        (-0.0004, "-0", "-0"),  # babel keeps the sign of what it rounded to zero
        (1e16, "10.000.000.000.000.000", "10,000,000,000,000,000"),
        (1.5e-7, "0", "0"),
    ],
)
def test_format_number_examples(value: float, vi: str, en: str) -> None:
    assert (format_number(value), format_number(value, "en")) == (vi, en)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(40, 1, "40,0"), (3.5, 2, "3,50"), (2.5, 0, "2"), (3.5, 0, "4"), (5130, 2, "5.130,00")],
)
def test_format_number_fixed_decimals(value: float, decimals: int, text: str) -> None:
    assert format_number(value, decimals=decimals) == text
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    assert format_decimal(value, format=pattern, locale="vi") == text


finite = st.floats(allow_nan=False, allow_infinity=False)
ties = st.builds(lambda n, k: (n + 0.5) / 10**k, st.integers(-(10**12), 10**12), st.integers(0, 4))


@given(
    value=st.one_of(finite, ties, st.integers(-(10**30), 10**30)),
    lang=st.sampled_from(["vi", "en", "de", "fr"]),
    decimals=st.one_of(st.none(), st.integers(0, 5)),
)
def test_format_number_is_babel_for_any_number(
    value: float, lang: str, decimals: int | None
) -> None:
    assert ours(value, lang, decimals) == babel_writes(value, lang, decimals)


@given(value=st.one_of(finite, ties), decimals=st.one_of(st.none(), st.integers(0, 3)))
def test_format_number_is_babel_under_other_decimal_contexts(
    value: float, decimals: int | None
) -> None:
    for context in (decimal.Context(rounding=decimal.ROUND_HALF_UP), decimal.Context(prec=12)):
        with decimal.localcontext(context):
            assert ours(value, "vi", decimals) == babel_writes(value, "vi", decimals)


# -- format_number: round trips -------------------------------------------------------------


def written_exactly(value: float) -> bool:
    """format_number writes *value*'s shortest decimal form in full (no rounding)."""
    exponent = decimal.Decimal(repr(value)).as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -3 and abs(value) < 1e24


few_decimals = st.builds(lambda n, k: n / 10**k, st.integers(-(2**53), 2**53), st.integers(0, 3))


@given(st.one_of(few_decimals, finite.filter(written_exactly)))
def test_round_trip_floats(value: float) -> None:
    back_vi = parse_number(format_number(value, "vi"))
    back_en = parse_number(format_number(value, "en"), decimal=".")
    # Above 2**53 a float's shortest form ("1e+23") is not its exact value; reading the
    # digits back gives that float again, not the same int.
    assert float(back_vi) == float(back_en) == value
    if abs(value) < 2**53:
        assert back_vi == back_en == value


@given(st.integers(-(10**24), 10**24))
def test_round_trip_ints(value: int) -> None:
    assert parse_number(format_number(value)) == value
    assert parse_number(format_number(value, "en"), decimal=".") == value


@given(st.one_of(few_decimals, finite.filter(written_exactly)), st.integers(3, 6))
def test_round_trip_fixed_decimals(value: float, decimals: int) -> None:
    assume(abs(value) < 1e15)
    assert float(parse_number(format_number(value, decimals=decimals))) == value


# -- format_number: what it refuses ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (math.nan, "not NaN (babel would write 'NaN'"),
        (math.inf, "a finite number (babel would write '∞'"),
        (-math.inf, "a finite number"),
        (decimal.Decimal("NaN"), "not NaN"),
        (np.float64("nan"), "not NaN"),
        (1e25, "at most 28 significant digits once rounded to 3 decimals"),
        (10**28, "at most 28 significant digits"),
    ],
)
def test_format_number_refuses_what_babel_cannot_write_as_a_number(
    value: float, expected: str
) -> None:
    with pytest.raises(ValidationError) as info:
        format_number(value)
    assert (info.value.owner, info.value.field) == ("format_number", "value")
    assert expected in str(info.value)


@pytest.mark.parametrize("value", ["5.130", True, None, [1], 1 + 2j])
def test_format_number_refuses_non_numbers(value: object) -> None:
    with pytest.raises(TypeError, match=r"format_number\.value: got .*; expected a number"):
        format_number(value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"decimals": -1}, "decimals: got -1; expected None or an int ≥ 0"),
        ({"decimals": 1.5}, "decimals: got 1.5; expected None or an int ≥ 0"),
        ({"decimals": True}, "decimals: got True; expected None or an int ≥ 0"),
        ({"lang": "xx"}, "lang: got 'xx'; expected a locale babel knows"),
        ({"lang": ""}, "lang: got ''; expected a locale such as 'vi'"),
    ],
)
def test_format_number_argument_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        format_number(5130, **kwargs)  # type: ignore[arg-type]


def test_format_number_accepts_numpy_and_decimal_numbers() -> None:
    assert format_number(np.int64(5130)) == "5.130"
    assert format_number(np.float64(17.6)) == "17,6"
    assert format_number(np.float32(0.1)) == format_decimal(np.float32(0.1), locale="vi")
    assert format_number(decimal.Decimal("857490.5")) == "857.490,5"


# -- format_numbers -------------------------------------------------------------------------


def babel_each(values: object, lang: str = "vi", decimals: int | None = None) -> list[str]:
    return [str(babel_writes(v, lang, decimals)) for v in values]  # type: ignore[attr-defined]


series_floats = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e20, max_value=1e20),
    ties,
    st.sampled_from(EDGE_VALUES[:30]),
)


@given(
    values=hnp.arrays(np.float64, st.integers(0, 60), elements=series_floats),
    lang=st.sampled_from(["vi", "en"]),
    decimals=st.one_of(st.none(), st.integers(0, 5)),
)
def test_format_numbers_is_babel_per_value(
    values: np.ndarray, lang: str, decimals: int | None
) -> None:
    expected = babel_each(values, lang, decimals)
    assert format_numbers(values, lang, decimals=decimals).tolist() == expected
    series = pd.Series(values, index=[f"r{i}" for i in range(len(values))])
    assert format_numbers(series, lang, decimals=decimals).tolist() == expected


@given(values=hnp.arrays(np.int64, st.integers(0, 40)), decimals=st.sampled_from([None, 0, 2]))
def test_format_numbers_integers(values: np.ndarray, decimals: int | None) -> None:
    expected = babel_each(values, "vi", decimals)
    assert format_numbers(values, decimals=decimals).tolist() == expected
    assert format_numbers(values.astype(np.uint64) // 2).tolist() == babel_each(
        values.astype(np.uint64) // 2
    )


@given(
    values=hnp.arrays(
        np.float64,
        st.integers(1, 40),
        elements=st.one_of(series_floats, st.just(math.nan)),
    ),
    na_rep=st.sampled_from(["", "–", "NA"]),
)
def test_format_numbers_missing_values(values: np.ndarray, na_rep: str) -> None:
    missing = np.isnan(values)
    expected = [
        na_rep if gap else babel_writes(v, "vi", None)
        for v, gap in zip(values, missing, strict=True)
    ]
    assert format_numbers(values, na_rep=na_rep).tolist() == expected
    assert format_numbers(pd.Series(values), na_rep=na_rep).tolist() == expected
    if missing.any():
        with pytest.raises(ValidationError, match="not a missing value"):
            format_numbers(values)


def test_format_numbers_keeps_the_series_index_and_name() -> None:
    beds = pd.Series(
        [5130.0, 2430.0, 2700.0],
        index=pd.Index(["Tổng số", "Tuyến tỉnh", "Tuyến huyện"], name="cấp"),
        name="giường bệnh",
    )
    text = format_numbers(beds)
    assert text.index.equals(beds.index)
    assert text.name == "giường bệnh"
    assert text.tolist() == ["5.130", "2.430", "2.700"]
    shuffled = beds.iloc[[2, 0, 1]]
    assert format_numbers(shuffled, "en").to_dict() == {
        "Tuyến huyện": "2,700",
        "Tổng số": "5,130",
        "Tuyến tỉnh": "2,430",
    }


def test_format_numbers_shapes_and_dtypes() -> None:
    grid = np.array([[17.6, 22.0], [5130.0, 0.2]])
    out = format_numbers(grid)
    assert out.shape == (2, 2)
    assert out.dtype.kind == "U"
    assert out.tolist() == [["17,6", "22"], ["5.130", "0,2"]]
    assert format_numbers([29, 7.7]).tolist() == ["29", "7,7"]
    assert format_numbers(np.array([], dtype=float)).tolist() == []
    assert format_numbers(pd.Series([], dtype=float)).tolist() == []
    f32 = np.array([0.1, 2.0005], dtype=np.float32)
    assert format_numbers(f32).tolist() == babel_each(f32)  # float32 scalars
    assert format_numbers(pd.Series(f32)).tolist() == babel_each(pd.Series(f32))  # floats
    nullable = pd.Series([5130, None, 2430], dtype="Int64")
    assert format_numbers(nullable, na_rep="").tolist() == ["5.130", "", "2.430"]
    mixed = np.array([decimal.Decimal("1.2345"), 5, 2**70, None], dtype=object)
    assert format_numbers(mixed, na_rep="-").tolist() == [*babel_each(mixed[:3]), "-"]


@pytest.mark.parametrize(
    ("values", "error", "message"),
    [
        (pd.Series([1.0, math.inf], index=["a", "b"]), ValidationError, r"values\['b'\]: got inf"),
        (np.array([[1.0, math.nan]]), ValidationError, r"values\[\(0, 1\)\]: got nan"),
        (pd.Series([1.0, None]), ValidationError, "1 of 2 are missing"),
        (pd.Series([1e30]), ValidationError, "at most 28 significant digits"),
        (
            np.array(["5.130"], dtype=object),
            TypeError,
            r"values\[0\]: got '5.130'; expected numbers",
        ),
        (np.array(["5.130"]), TypeError, "values: got '<U5'; expected numbers"),
        (pd.Series([True, False]), TypeError, "values: got 'bool'; expected numbers"),
        (pd.Series(pd.to_datetime(["2024-01-01"])), TypeError, "values: got 'datetime64"),
    ],
)
def test_format_numbers_refuses(values: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        format_numbers(values)


def test_format_numbers_does_not_call_babel_per_value(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"parse": 0}
    real_parse = babel.Locale.parse

    def counting_parse(*args: object, **kwargs: object) -> babel.Locale:
        calls["parse"] += 1
        return real_parse(*args, **kwargs)  # type: ignore[arg-type]

    def no_apply(*args: object, **kwargs: object) -> str:
        raise AssertionError("babel formatted a value")

    _numformat.style.cache_clear()
    monkeypatch.setattr(babel.Locale, "parse", counting_parse)
    monkeypatch.setattr(babel.numbers.NumberPattern, "apply", no_apply)
    values = pd.Series(np.arange(2000) / 8 + 0.0005)  # ties for the per-value path too
    format_numbers(values, "vi")
    first = calls["parse"]  # the locale and its symbols, read once
    assert 1 <= first <= 3
    format_numbers(values, "vi")
    format_number(2.0005, "vi")
    assert calls["parse"] == first
    _numformat.style.cache_clear()
