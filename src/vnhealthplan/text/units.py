"""Units and quantities as the plans write them, read into pint and written back.

Plans write "giường bệnh/vạn dân" (beds per 10,000 people), "Số bác sỹ 10.000 dân" (a
separator lost in the print), "‰", "%", "trên 100.000 trẻ đẻ sống", "GB" (giường bệnh),
"triệu đồng", and in population plans "bé trai/100 bé gái" (the sex ratio at birth),
"con/phụ nữ" (total fertility: births per woman; "con" alone is no unit), "trẻ"
(children) and "trường hợp/năm" (cases a year). :func:`parse_unit` reads them into units
of the package registry, :func:`parse_quantity` reads a number with its unit, and
:func:`format_unit` / :func:`format_quantity` write them back in Vietnamese or English.

A unit that names only part of what it measures is read against an *indicator*:

* "‰" alone is per mille, a pure number. With an indicator whose unit is "X per 1,000 Y"
  (infant mortality: deaths per 1,000 live births; the crude birth rate: live births per
  1,000 people) it is that unit. "%" is read the same way against "X per 100 Y".
* A label that names only the numerator, as the unit columns of Đắk Lắk's table do
  ("Giường bệnh" on the beds-per-10,000 row, "Bác sỹ" on the doctors row), is read as the
  indicator's unit when its dimension is the indicator's numerator. "Người" (people) is
  accepted for an indicator that counts deaths (its maternal-mortality row): the people
  counted are those who died. "Trẻ" (children) is accepted likewise for an indicator that
  counts live births ("24.533 trẻ" born in the year).
* A unit that names only the denominator ("/1.000 trẻ đẻ sống", "per 100,000 live births")
  takes the indicator's numerator.

Anything else that does not fit the indicator is an error naming both, never a silent
conversion.

Examples
--------
>>> parse_unit("giường bệnh/vạn dân")
<Unit('bed / ten_thousand_people')>
>>> parse_unit("‰"), parse_unit("‰", indicator="imr")
(<Unit('permille')>, <Unit('death / thousand_live_births')>)
>>> parse_quantity("857.490 triệu đồng")
<Quantity(857490, 'million_dong')>
>>> format_quantity(parse_quantity("29 giường bệnh/vạn dân"), "en")
'29 beds per 10,000 population'
"""

from __future__ import annotations

from typing import Any

from vnhealthplan.core.argchecks import language_code
from vnhealthplan.core.messages import message
from vnhealthplan.core.unitnames import join_unit, number_text, quantity_text, unit_name
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.text._unitgrammar import (
    NUMBER,
    WORD,
    Decimal,
    NoReading,
    check_english_number,
    indicator_of,
    normalise,
    number_at,
    read_unit,
    resolve_unit,
    skip_space,
)

__all__ = ["format_quantity", "format_unit", "parse_quantity", "parse_unit"]


def parse_unit(text: str, *, indicator: Indicator | str | None = None) -> Any:
    """Read a unit as the plans write it.

    Parameters
    ----------
    text : str
        For example "giường bệnh/vạn dân", "Số giường bệnh 10.000 dân", "bác sỹ/vạn dân",
        "‰", "%", "trên 100.000 trẻ đẻ sống", "GB", "triệu đồng", "tuổi", or the English
        forms :func:`format_unit` writes ("beds per 10,000 population", "million VND").
    indicator : Indicator or str, optional
        The indicator the unit belongs to (or its code). "‰", a label naming only the
        numerator ("Giường bệnh") and a unit naming only the denominator ("/1.000 trẻ đẻ
        sống") are read against it, as the module notes say; any unit returned then has
        the indicator's dimension.

    Returns
    -------
    pint.Unit
        A unit of the package registry.

    Raises
    ------
    ParseError
        For text that is not a unit (empty, unknown words, a separator without a
        denominator, a scale other than 100, 1.000, 10.000 or 100.000, control
        characters), or a unit that does not fit *indicator*: the message names both.

    Examples
    --------
    Thanh Hóa writes "Số giường bệnh 10.000 dân", the unattributed plan "bác sĩ/vạn dân",
    Đắk Lắk "bác sỹ/vạn dân" and "GB":

    >>> parse_unit("Số giường bệnh 10.000 dân")
    <Unit('bed / ten_thousand_people')>
    >>> parse_unit("bác sỹ/vạn dân") == parse_unit("bác sĩ/vạn dân")
    True
    >>> parse_unit("GB")
    <Unit('bed')>

    Đắk Lắk's unit column says "Giường bệnh" on its beds-per-10,000 row and "Người" on its
    maternal-mortality row (per 100,000 live births):

    >>> parse_unit("Giường bệnh", indicator="beds_per_10k")
    <Unit('bed / ten_thousand_people')>
    >>> parse_unit("Người", indicator="mmr")
    <Unit('death / hundred_thousand_live_births')>
    >>> parse_unit("trên 100.000 trẻ đẻ sống", indicator="mmr")
    <Unit('death / hundred_thousand_live_births')>
    >>> parse_unit("Người", indicator="beds_per_10k")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read 'Người' as a unit: expected a unit of \
indicator 'beds_per_10k' (bed / ten_thousand_people, [beds] / [population]); this reads as \
person ([population])
    """
    norm, offsets = normalise(text, "a unit")
    ind = indicator_of(indicator)
    try:
        reading = read_unit(norm, 0, len(norm))
        return resolve_unit(reading, ind, 0, len(norm))
    except NoReading as fail:
        raise fail.error(text, "a unit", offsets) from None


def parse_quantity(
    text: str, *, indicator: Indicator | str | None = None, decimal: Decimal | None = None
) -> Any:
    """Read a number and its unit: "857.490 triệu đồng", "29 giường bệnh/vạn dân", "12,5‰".

    Parameters
    ----------
    text : str
        A number (Vietnamese format unless *decimal* says otherwise) followed by a unit
        that :func:`parse_unit` reads. Comparators ("<22‰") belong to target phrases:
        see :func:`vnhealthplan.text.phrases.parse_target_phrase`.
    indicator : Indicator or str, optional
        The indicator, for units that depend on it ("‰", "Giường bệnh"). A number with no
        unit then takes the indicator's unit; without an indicator it is a pure number.
    decimal : {",", "."}, optional
        The decimal separator, as for :func:`~vnhealthplan.text.numbers.parse_number`.
        Text in English ("857,490 million VND") needs ``decimal="."`` when its number has
        a separator.

    Returns
    -------
    pint.Quantity

    Raises
    ------
    ParseError
        For an empty text, a comparator, a bad number or unit, or a unit that does not fit
        *indicator*.
    AmbiguousNumberError
        For a number that reads two ways ("40.0") and no *decimal* given.

    Examples
    --------
    The unattributed plan's budget and Đắk Lắk's infant mortality:

    >>> parse_quantity("857.490 triệu đồng")
    <Quantity(857490, 'million_dong')>
    >>> parse_quantity("12,5‰", indicator="imr")
    <Quantity(12.5, 'death / thousand_live_births')>
    >>> parse_quantity("857,490 million VND", decimal=".")
    <Quantity(857490, 'million_dong')>

    The units of population plans: the sex ratio at birth, total fertility, births, cases:

    >>> parse_quantity("108,66 trẻ em trai/100 trẻ em gái")
    <Quantity(108.66, 'male_birth / hundred_female_births')>
    >>> parse_quantity("1,92 con/phụ nữ"), parse_quantity("24.533 trẻ", indicator="births")
    (<Quantity(1.92, 'live_birth / woman')>, <Quantity(24533, 'live_birth')>)
    >>> parse_quantity("12 trường hợp/năm")
    <Quantity(12, 'case / year')>

    The count nouns of health plans (core/units.txt): patients, households, medicines,
    growing zones, species, schemes …:

    >>> parse_quantity("1.446 bệnh nhân"), parse_quantity("350 hộ gia đình")
    (<Quantity(1446, 'person')>, <Quantity(350, 'household')>)
    >>> parse_quantity("08 vùng trồng"), parse_quantity("15 loài"), parse_quantity("40 thuốc")
    (<Quantity(8, 'zone')>, <Quantity(15, 'species')>, <Quantity(40, 'medicine')>)

    A count per N of another count, as staffing norms are written:

    >>> parse_quantity("1 dược sĩ/100 giường bệnh"), parse_quantity("2 người/1.000 đơn thuốc")
    (<Quantity(1, 'pharmacist / hundred_beds')>, <Quantity(2, 'person / thousand_prescriptions')>)
    >>> parse_quantity("<22‰")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read '<22‰' as a quantity at 0–1 ('<'): \
expected a number first; comparators belong to target phrases (parse_target_phrase)
    """
    norm, offsets = normalise(text, "a quantity")
    ind = indicator_of(indicator)
    try:
        return _read_quantity(norm, ind, decimal)
    except NoReading as fail:
        raise fail.error(text, "a quantity", offsets) from None


def _read_quantity(norm: str, indicator: Indicator | None, decimal: Decimal | None) -> Any:
    start = skip_space(norm, 0, len(norm))
    match = NUMBER.match(norm, start)
    if not match:
        word = WORD.match(norm, start)
        if not word:
            raise NoReading(0, len(norm), "a number and a unit, e.g. '29 giường bệnh/vạn dân'")
        comparator = word.group()[0] in "<>≤≥=≈~"
        stop = start + 1 if comparator else word.end()
        expected = message("a number first")
        if comparator:
            expected = message("a number first; comparators belong to target phrases "
                               "(parse_target_phrase)")  # fmt: skip
        raise NoReading(start, stop, expected)
    number = number_at(norm, match.start(), match.end(), decimal)
    rest = skip_space(norm, match.end(), len(norm))
    end = len(norm.rstrip())
    if rest >= end:
        unit = indicator.unit if indicator else registry().Unit("dimensionless")
        return registry().Quantity(number, unit)
    reading = read_unit(norm, rest, end)
    check_english_number(reading.langs, [match.span()], norm, decimal)
    return registry().Quantity(number, resolve_unit(reading, indicator, rest, end))


_unit_name = unit_name  # the writer lives in the core (vnhealthplan.core.unitnames)


def format_unit(unit: Any, lang: Lang = "vi") -> str:
    """Write a unit the way the plans do (``"vi"``) or in English (``"en"``).

    Parameters
    ----------
    unit : pint.Unit or str
        A unit of the package registry, or its name.
    lang : {"vi", "en"}

    Returns
    -------
    str
        E.g. "giường bệnh/vạn dân" / "beds per 10,000 population". The rates the plans
        write without their numerator keep that form: deaths per 1,000 live births and
        live births per 1,000 people are "‰" in Vietnamese, "per 1,000 live births" and
        "per 1,000 population" in English; reading them back needs the indicator.

    Raises
    ------
    ValueError
        For a unit with no name here (a product of units, a power).

    Examples
    --------
    >>> format_unit("bed / ten_thousand_people"), format_unit("bed / ten_thousand_people", "en")
    ('giường bệnh/vạn dân', 'beds per 10,000 population')
    >>> format_unit("death / thousand_live_births"), format_unit("million_dong", "en")
    ('‰', 'million VND')
    >>> format_unit("live_birth / woman"), format_unit("male_birth / hundred_female_births", "en")
    ('con/phụ nữ', 'boys per 100 girls')
    """
    language_code(lang, "format_unit")
    return _unit_name(unit, lang)


_format_number = number_text
_join = join_unit


def format_quantity(quantity: Any, lang: Lang = "vi", *, decimals: int | None = None) -> str:
    """Write a quantity with its unit, in Vietnamese or English.

    Parameters
    ----------
    quantity : pint.Quantity
        A quantity of the package registry with a single number.
    lang : {"vi", "en"}
        Vietnamese ("857.490 triệu đồng", decimal comma) or English ("857,490 million VND").
    decimals : int, optional
        Round to this many decimals. By default every digit is written, so that
        :func:`parse_quantity` reads back the same quantity.

    Returns
    -------
    str

    Raises
    ------
    TypeError
        If *quantity* is not a quantity of the package registry.
    ValueError
        For a unit with no name (see :func:`format_unit`) or a number that is not finite.

    Examples
    --------
    >>> from vnhealthplan import indicators, ureg
    >>> beds = ureg.Quantity(29, "bed / ten_thousand_people")  # Đắk Lắk, 2024
    >>> format_quantity(beds), format_quantity(beds, "en")
    ('29 giường bệnh/vạn dân', '29 beds per 10,000 population')
    >>> imr = indicators.get("imr").quantity(22)
    >>> format_quantity(imr), format_quantity(imr, "en")
    ('22‰', '22 per 1,000 live births')
    >>> budget = ureg.Quantity(857490, "million_dong")
    >>> format_quantity(budget), format_quantity(budget, "en")
    ('857.490 triệu đồng', '857,490 million VND')
    >>> format_quantity(ureg.Quantity(29.4567, "bed / ten_thousand_people"), decimals=1)
    '29,5 giường bệnh/vạn dân'
    """
    return quantity_text(quantity, lang, decimals=decimals)
