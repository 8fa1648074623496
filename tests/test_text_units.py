"""Units and quantities as the plans write them: parsing, indicator context, formatting.

Unit spellings come from the seed plans: Đắk Lắk's table ("giường bệnh/vạn dân",
"Giường bệnh", "Bác sỹ", "GB", "Người", "‰"), Thanh Hóa ("Số giường bệnh 10.000 dân"),
An Giang ("điều dưỡng viên trên 10.000 dân", "tuổi", "năm", "cm") and the unattributed
plan ("bác sĩ/vạn dân", "triệu đồng").
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import indicators, ureg
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.units import format_quantity, format_unit, parse_quantity, parse_unit

PLAIN_UNITS = {
    "giường bệnh/vạn dân": "bed / ten_thousand_people",
    "giường/vạn dân": "bed / ten_thousand_people",
    "Số giường bệnh 10.000 dân": "bed / ten_thousand_people",
    "giường bệnh trên 10.000 dân": "bed / ten_thousand_people",
    "Số giường bệnh/vạn dân": "bed / ten_thousand_people",
    "bác sĩ/vạn dân": "doctor / ten_thousand_people",
    "bác sỹ/vạn dân": "doctor / ten_thousand_people",
    "Số bác sĩ 10.000 dân": "doctor / ten_thousand_people",
    "dược sĩ/vạn dân": "pharmacist / ten_thousand_people",
    "điều dưỡng/vạn dân": "nurse / ten_thousand_people",
    "điều dưỡng viên trên 10.000 dân": "nurse / ten_thousand_people",
    "‰": "permille",
    "%": "percent",
    "trên 100.000 trẻ đẻ sống": "1 / hundred_thousand_live_births",
    "/1.000 trẻ đẻ sống": "1 / thousand_live_births",
    "GB": "bed",
    "Giường bệnh": "bed",
    "giường bệnh viện": "bed",
    "Bác sỹ": "doctor",
    "dược sĩ đại học": "pharmacist",
    "tỷ đồng": "billion_dong",
    "tỉ đồng": "billion_dong",
    "triệu đồng": "million_dong",
    "đồng": "dong",
    "VND": "dong",
    "tuổi": "year",
    "năm": "year",
    "cm": "centimeter",
    "trạm": "station",
    "trạm y tế": "station",
    "xã": "commune",
    "cơ sở": "facility",
    "bệnh viện": "facility",
    "người": "person",
    "  GIƯỜNG   BỆNH / VẠN DÂN  ": "bed / ten_thousand_people",
    "beds per 10,000 population": "bed / ten_thousand_people",
    "bed per 10,000 population": "bed / ten_thousand_people",
    "per 1,000 live births": "1 / thousand_live_births",
    "million VND": "million_dong",
    "years": "year",
}


@pytest.mark.parametrize(("text", "unit"), PLAIN_UNITS.items())
def test_parse_unit_as_plans_write_it(text: str, unit: str) -> None:
    assert parse_unit(text) == ureg.Unit(unit)


@pytest.mark.parametrize(
    ("text", "code", "unit"),
    [
        ("‰", "imr", "death / thousand_live_births"),
        ("‰", "u5mr", "death / thousand_live_births"),
        ("‰", "crude_birth_rate", "live_birth / thousand_people"),
        ("‰", "stunting_u5", "permille"),  # a share: per mille stays a pure number
        ("%", "full_immunisation_u1", "percent"),
        ("Giường bệnh", "beds_per_10k", "bed / ten_thousand_people"),
        ("Giường bệnh", "total_beds", "bed"),
        ("GB", "total_beds", "bed"),
        ("Bác sỹ", "doctors_per_10k", "doctor / ten_thousand_people"),
        ("Người", "mmr", "death / hundred_thousand_live_births"),
        ("trên 100.000 trẻ đẻ sống", "mmr", "death / hundred_thousand_live_births"),
        ("/1.000 trẻ đẻ sống", "mmr", "death / thousand_live_births"),
        ("per 1,000 population", "crude_birth_rate", "live_birth / thousand_people"),
        ("giường bệnh/vạn dân", "beds_per_10k", "bed / ten_thousand_people"),
        ("giường bệnh/1.000 dân", "beds_per_10k", "bed / thousand_people"),
    ],
)
def test_parse_unit_against_indicator(text: str, code: str, unit: str) -> None:
    assert parse_unit(text, indicator=code) == ureg.Unit(unit)
    assert parse_unit(text, indicator=indicators.get(code)) == ureg.Unit(unit)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("‰", "beds_per_10k"),
        ("%", "imr"),
        ("Người", "beds_per_10k"),
        ("Giường bệnh", "doctors_per_10k"),
        ("trên 100.000 trẻ đẻ sống", "beds_per_10k"),
        ("giường bệnh/vạn dân", "total_beds"),
        ("triệu đồng", "stations_with_doctor"),
    ],
)
def test_parse_unit_refuses_unit_of_another_indicator(text: str, code: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_unit(text, indicator=code)
    message = str(info.value)
    assert repr(text) in message
    assert f"expected a unit of indicator {code!r}" in message
    assert str(indicators.get(code).unit) in message


def test_parse_unit_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "giường bệnh/vạn dân")
    assert decomposed != "giường bệnh/vạn dân"
    assert parse_unit(decomposed) == ureg.Unit("bed / ten_thousand_people")
    text = decomposed + " xyz"
    with pytest.raises(ParseError) as info:
        parse_unit(text)
    err = info.value
    assert text[err.start : err.end] == "xyz"


BAD_UNITS = [
    ("", "a unit such as"),
    ("   ", "a unit such as"),
    ("giường bệnh/", "a denominator after '/'"),
    ("abc", "a unit such as"),
    ("10.000 dân", "a unit such as"),
    ("giường bệnh xyz", "'/', 'trên' or 'per' and a denominator"),
    ("%/vạn dân", "the end of the unit after '%'"),
    ("bác sĩ/10.000 bác sĩ", "a denominator of 100, 1.000, 10.000 or 100.000 people"),
    ("giường bệnh/10.000 trẻ đẻ sống", "or of 1.000 or 100.000 live births"),
    ("giường\x00", "text without control or format characters (found U+0000)"),
    ("\u202e%", "text without control or format characters (found U+202E)"),
    ("giường\u200bbệnh", "text without control or format characters (found U+200B)"),
    ("beds/vạn dân", "a unit written in one language"),
    ("5%", "a unit such as"),
    ("giường bệnh/vạn dân/vạn dân", "the end of the unit"),
    ("%%", "the end of the unit after '%'"),
    ("trên", "a denominator after 'trên'"),
    ("giường bệnh/vạn", "a denominator such as 'vạn dân'"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_UNITS)
def test_parse_unit_errors(text: str, expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_unit(text)
    err = info.value
    assert type(err) is ParseError
    assert str(err).startswith(f"cannot read {text!r} as a unit")
    assert expected in err.expected
    assert 0 <= err.start <= err.end <= len(text)


def test_parse_unit_refuses_non_strings() -> None:
    with pytest.raises(TypeError):
        parse_unit(29)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kwargs", "magnitude", "unit"),
    [
        ("857.490 triệu đồng", {}, 857490, "million_dong"),
        ("29 giường bệnh/vạn dân", {}, 29, "bed / ten_thousand_people"),
        ("12,5‰", {}, 12.5, "permille"),
        ("12,5‰", {"indicator": "imr"}, 12.5, "death / thousand_live_births"),
        ("5.130 GB", {}, 5130, "bed"),
        ("7,7", {"indicator": "doctors_per_10k"}, 7.7, "doctor / ten_thousand_people"),
        ("55", {}, 55, "dimensionless"),
        ("74,5 tuổi", {}, 74.5, "year"),
        ("168,5 cm", {}, 168.5, "centimeter"),
        ("−0,2‰", {"indicator": "crude_birth_rate"}, -0.2, "live_birth / thousand_people"),
        ("40.0 giường", {"decimal": ".", "indicator": "beds_per_10k"}, 40.0, "bed / van_dan"),
        ("857,490 million VND", {"decimal": "."}, 857490, "million_dong"),
        ("29 beds per 10,000 population", {}, 29, "bed / ten_thousand_people"),
        (
            "45/100.000 trẻ đẻ sống",
            {"indicator": "mmr"},
            45,
            "death / hundred_thousand_live_births",
        ),
    ],
)
def test_parse_quantity(text: str, kwargs: dict[str, str], magnitude: float, unit: str) -> None:
    assert parse_quantity(text, **kwargs) == ureg.Quantity(magnitude, unit)  # type: ignore[arg-type]


BAD_QUANTITIES = [
    ("<22‰", ParseError, "comparators belong to target phrases"),
    ("", ParseError, "a number and a unit"),
    ("giường bệnh", ParseError, "a number first"),
    ("1,2,3 %", ParseError, "at most one decimal comma"),
    ("22 23 ‰", ParseError, "a unit such as"),
    ("857,490 million VND", ParseError, "decimal='.' for a number written the English way"),
    ("22 giường bệnh trên", ParseError, "a denominator after 'trên'"),
    ("12,5‰\x00", ParseError, "found U+0000"),
    ("40.0 giường", AmbiguousNumberError, "pass decimal='.'"),
    ("1.234,5.6 %", ParseError, "digits"),
    ("Quý V/2024", ParseError, "a number first"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), BAD_QUANTITIES)
def test_parse_quantity_errors(text: str, kind: type[Exception], expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_quantity(text)
    assert type(info.value) is kind
    assert repr(text) in str(info.value)
    assert expected in str(info.value)


def test_ambiguous_quantity_points_at_the_number() -> None:
    with pytest.raises(AmbiguousNumberError) as info:
        parse_quantity("Số giường: 40.0 giường"[11:])
    assert (info.value.start, info.value.end) == (0, 4)
    assert info.value.readings == (("decimal", 40.0), ("grouping", 400.0))


@pytest.mark.parametrize(
    ("unit", "vi", "en"),
    [
        ("bed / ten_thousand_people", "giường bệnh/vạn dân", "beds per 10,000 population"),
        ("doctor / ten_thousand_people", "bác sĩ/vạn dân", "doctors per 10,000 population"),
        ("death / thousand_live_births", "‰", "per 1,000 live births"),
        ("live_birth / thousand_people", "‰", "per 1,000 population"),
        ("death / hundred_thousand_live_births", "/100.000 trẻ đẻ sống", "per 100,000 live births"),
        ("bed / thousand_people", "giường bệnh/1.000 dân", "beds per 1,000 population"),
        ("million_dong", "triệu đồng", "million VND"),
        ("billion_dong", "tỷ đồng", "billion VND"),
        ("percent", "%", "%"),
        ("year", "năm", "years"),
        ("facility", "cơ sở", "facilities"),
        ("dimensionless", "", ""),
        ("1 / thousand_live_births", "/1.000 trẻ đẻ sống", "per 1,000 live births"),
    ],
)
def test_format_unit(unit: str, vi: str, en: str) -> None:
    assert format_unit(unit) == format_unit(ureg.Unit(unit), "vi") == vi
    assert format_unit(unit, "en") == en


@pytest.mark.parametrize(
    # "bed / doctor / day" has a name since a count per count per day reads ("đồng/hộ/năm")
    "unit", ["bed ** 2", "bed * doctor", "ten_thousand_people", "bed / day / year",
             "bed / doctor / station"],
)  # fmt: skip
def test_format_unit_refuses_units_without_a_name(unit: str) -> None:
    with pytest.raises(ValueError, match="expected a unit the package has a name for"):
        format_unit(unit)


@pytest.mark.parametrize(
    ("quantity", "vi", "en"),
    [
        (
            (29, "bed / ten_thousand_people"),
            "29 giường bệnh/vạn dân",
            "29 beds per 10,000 population",
        ),
        ((22, "death / thousand_live_births"), "22‰", "22 per 1,000 live births"),
        ((857490, "million_dong"), "857.490 triệu đồng", "857,490 million VND"),
        ((17.6, "percent"), "17,6%", "17.6%"),
        ((1, "facility"), "1 cơ sở", "1 facility"),
        ((1, "bed / ten_thousand_people"), "1 giường bệnh/vạn dân", "1 bed per 10,000 population"),
        ((-0.2, "live_birth / thousand_people"), "-0,2‰", "-0.2 per 1,000 population"),
        ((5, "dimensionless"), "5", "5"),
    ],
)
def test_format_quantity(quantity: tuple[float, str], vi: str, en: str) -> None:
    q = ureg.Quantity(*quantity)
    assert format_quantity(q) == vi
    assert format_quantity(q, "en") == en


def test_format_quantity_decimals() -> None:
    q = ureg.Quantity(29.4567, "bed / ten_thousand_people")
    assert format_quantity(q, decimals=1) == "29,5 giường bệnh/vạn dân"
    assert format_quantity(q, "en", decimals=0) == "29 beds per 10,000 population"
    assert format_quantity(ureg.Quantity(3, "percent"), decimals=2) == "3,00%"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: format_quantity(29), TypeError),
        (lambda: format_quantity(ureg.Quantity(float("nan"), "bed")), ValueError),
        (lambda: format_quantity(ureg.Quantity(1, "bed"), "fr"), ValueError),  # type: ignore[arg-type]
        (lambda: format_quantity(ureg.Quantity(1, "bed"), decimals=-1), ValueError),
        (lambda: format_unit("bed", "fr"), ValueError),  # type: ignore[arg-type]
    ],
)
def test_format_errors(call, error) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error):
        call()


# ---- round trips -----------------------------------------------------------------------

NUMERATORS = [
    "person",
    "bed",
    "doctor",
    "pharmacist",
    "nurse",
    "health_worker",
    "facility",
    "commune",
    "station",
    "vaccine",
    "death",
    "live_birth",
    "million_dong",
    "billion_dong",
    "dong",
    "year",
    "centimeter",
    "percent",
    "permille",
    "day",
    "woman",
    "child",
    "male_birth",
    "female_birth",
    "case",
]
DENOMINATORS = [
    "",
    "ten_thousand_people",
    "thousand_people",
    "hundred_people",
    "hundred_thousand_people",
    "person",
    "thousand_live_births",
    "live_birth",
    "woman",
    "hundred_female_births",
    "year",
]
CONTEXTUAL = {
    "death / thousand_live_births": "imr",
    "live_birth / thousand_people": "crude_birth_rate",
    "death / hundred_thousand_live_births": "mmr",
    "live_birth / woman": "tfr",
}


@st.composite
def plain_units(draw: st.DrawFn) -> str:
    top = draw(st.sampled_from(NUMERATORS))
    bottom = draw(st.sampled_from(DENOMINATORS))
    if top in ("percent", "permille") or top == bottom:
        bottom = ""
    unit = f"{top} / {bottom}" if bottom else top
    return "bed" if unit in CONTEXTUAL else unit


magnitudes = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False),
)


@given(plain_units())
def test_unit_round_trip(unit: str) -> None:
    assert parse_unit(format_unit(unit)) == ureg.Unit(unit)
    assert parse_unit(format_unit(unit, "en")) == ureg.Unit(unit)


@given(st.sampled_from(sorted(CONTEXTUAL)))
def test_contextual_unit_round_trip_with_indicator(unit: str) -> None:
    code = CONTEXTUAL[unit]
    assert parse_unit(format_unit(unit), indicator=code) == ureg.Unit(unit)
    assert parse_unit(format_unit(unit, "en"), indicator=code) == ureg.Unit(unit)


@given(plain_units(), magnitudes)
def test_quantity_round_trip_vi(unit: str, magnitude: float) -> None:
    q = ureg.Quantity(magnitude, unit)
    assert parse_quantity(format_quantity(q, "vi")) == q


@given(plain_units(), magnitudes)
def test_quantity_round_trip_en(unit: str, magnitude: float) -> None:
    q = ureg.Quantity(magnitude, unit)
    assert parse_quantity(format_quantity(q, "en"), decimal=".") == q


@given(st.sampled_from(indicators.all()), magnitudes)
def test_quantity_round_trip_of_catalogue_units(indicator, magnitude: float) -> None:  # type: ignore[no-untyped-def]
    q = indicator.quantity(magnitude)
    assert parse_quantity(format_quantity(q, "vi"), indicator=indicator) == q
    assert parse_quantity(format_quantity(q, "en"), indicator=indicator, decimal=".") == q
