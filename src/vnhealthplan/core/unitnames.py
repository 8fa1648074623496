"""How units and quantities are written, in Vietnamese and in English.

The tables of unit names the plans use, and the writers built on them. They sit in the core
so that every layer can write a unit; :mod:`vnhealthplan.text.units` reads units with the
same tables (its :func:`~vnhealthplan.text.units.format_unit` and
:func:`~vnhealthplan.text.units.format_quantity` are these writers).

Examples
--------
>>> unit_name("bed / ten_thousand_people"), unit_name("bed / ten_thousand_people", "en")
('giường bệnh/vạn dân', 'beds per 10,000 population')
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import Unquoted, message
from vnhealthplan.core.units import as_unit, is_quantity
from vnhealthplan.core.vocab import Lang

__all__ = [
    "CONTEXTUAL",
    "DENOMINATORS",
    "NAMES",
    "NOT_A_UNIT_BEFORE",
    "PER_TIME",
    "join_unit",
    "number_text",
    "quantity_text",
    "said_quantity",
    "said_unit",
    "unit_name",
]

#: Unit words that are no unit before what follows them (a pattern): "cụ" (the elderly) is
#: "cụ thể" (concrete) in "5 cụ thể hóa". The unit readers of the text layer and of the
#: drafter both read it here.
NOT_A_UNIT_BEFORE: Final = {"cụ": r"\s+thể(?![^\W\d_])"}

#: How each unit is written: (Vietnamese, English plural, English singular).
NAMES: Final = {
    "person": ("người", "people", "person"),
    "live_birth": ("trẻ đẻ sống", "live births", "live birth"),
    "death": ("ca tử vong", "deaths", "death"),
    "bed": ("giường bệnh", "beds", "bed"),
    "doctor": ("bác sĩ", "doctors", "doctor"),
    "pharmacist": ("dược sĩ", "pharmacists", "pharmacist"),
    "nurse": ("điều dưỡng", "nurses", "nurse"),
    "health_worker": ("nhân viên y tế", "health workers", "health worker"),
    "facility": ("cơ sở", "facilities", "facility"),
    "commune": ("xã", "communes", "commune"),
    "station": ("trạm", "stations", "station"),
    "vaccine": ("vắc-xin", "vaccines", "vaccine"),
    "woman": ("phụ nữ", "women", "woman"),
    "child": ("trẻ em", "children", "child"),
    "male_birth": ("trẻ em trai", "boys", "boy"),
    "female_birth": ("trẻ em gái", "girls", "girl"),
    "case": ("trường hợp", "cases", "case"),
    "visit": ("lượt", "visits", "visit"),
    "household": ("hộ gia đình", "households", "household"),
    "village": ("thôn, bản", "villages", "village"),
    "medicine": ("thuốc", "medicines", "medicine"),
    "zone": ("vùng", "zones", "zone"),
    "species": ("loài", "species", "species"),
    "scheme": ("mô hình", "schemes", "scheme"),
    "course": ("lớp", "courses", "course"),
    "session": ("buổi", "sessions", "session"),
    "sample": ("mẫu", "samples", "sample"),
    "grade": ("mức độ", "grades", "grade"),
    "prescription": ("đơn thuốc", "prescriptions", "prescription"),
    "couple": ("cặp vợ chồng", "couples", "couple"),
    "card": ("thẻ", "cards", "card"),
    "outbreak": ("ổ dịch", "outbreaks", "outbreak"),
    "club": ("câu lạc bộ", "clubs", "club"),
    "supply_chain": ("chuỗi", "supply chains", "supply chain"),
    "school": ("trường", "schools", "school"),
    "rank": ("tốp", "in the ranking", "in the ranking"),  # "≤ 10 in the ranking": top 10
    "province": ("tỉnh", "provinces", "province"),
    "district": ("huyện", "districts", "district"),
    "house": ("ngôi nhà", "houses", "house"),
    "public_service": ("dịch vụ công", "public services", "public service"),
    "software": ("phần mềm", "software systems", "software system"),
    "dong": ("đồng", "VND", "VND"),
    "thousand_dong": ("nghìn đồng", "thousand VND", "thousand VND"),
    "million_dong": ("triệu đồng", "million VND", "million VND"),
    "billion_dong": ("tỷ đồng", "billion VND", "billion VND"),
    "usd": ("USD", "USD", "USD"),
    "million_usd": ("triệu USD", "million USD", "million USD"),
    "billion_usd": ("tỷ USD", "billion USD", "billion USD"),
    "second": ("giây", "seconds", "second"),
    "minute": ("phút", "minutes", "minute"),
    "hour": ("giờ", "hours", "hour"),
    "day": ("ngày", "days", "day"),
    "year": ("năm", "years", "year"),
    "meter": ("m", "m", "m"),
    "centimeter": ("cm", "cm", "cm"),
    "square_kilometer": ("km²", "km²", "km²"),
    "hectare": ("ha", "ha", "ha"),
    "gram": ("g", "g", "g"),
    "kilogram": ("kg", "kg", "kg"),
    "tonne": ("tấn", "tonnes", "tonne"),
    "liter": ("lít", "L", "L"),
    "milliliter": ("ml", "ml", "ml"),
    "percent": ("%", "%", "%"),
    "permille": ("‰", "‰", "‰"),
}

#: Denominator names for writing: (Vietnamese, English).
DENOMINATORS: Final = {
    "hundred_people": ("100 dân", "100 population"),
    "thousand_people": ("1.000 dân", "1,000 population"),
    "ten_thousand_people": ("vạn dân", "10,000 population"),
    "hundred_thousand_people": ("100.000 dân", "100,000 population"),
    "thousand_live_births": ("1.000 trẻ đẻ sống", "1,000 live births"),
    "hundred_thousand_live_births": ("100.000 trẻ đẻ sống", "100,000 live births"),
    "hundred_female_births": ("100 trẻ em gái", "100 girls"),
    "hundred_beds": ("100 giường bệnh", "100 beds"),
    "thousand_beds": ("1.000 giường bệnh", "1,000 beds"),
    "thousand_prescriptions": ("1.000 đơn thuốc", "1,000 prescriptions"),
    "hundred_households": ("100 hộ gia đình", "100 households"),
    "thousand_households": ("1.000 hộ gia đình", "1,000 households"),
    "thousand_women": ("1.000 phụ nữ", "1,000 women"),
    "thousand_children": ("1.000 trẻ em", "1,000 children"),
    "hundred_thousand_children": ("100.000 trẻ em", "100,000 children"),
}

#: Units the plans write in their own way: (Vietnamese, English). The rates written without
#: their numerator ("‰") need the indicator to be read back; total fertility is written
#: "con/phụ nữ" (children per woman; "births per woman" in English), read back as it is.
CONTEXTUAL: Final[Mapping[tuple[tuple[str, int], ...], tuple[str, str]]] = {
    (("death", 1), ("thousand_live_births", -1)): ("‰", "per 1,000 live births"),
    (("live_birth", 1), ("thousand_people", -1)): ("‰", "per 1,000 population"),
    (("death", 1), ("hundred_thousand_live_births", -1)): (
        "/100.000 trẻ đẻ sống",
        "per 100,000 live births",
    ),
    (("live_birth", 1), ("woman", -1)): ("con/phụ nữ", "births per woman"),
    (("per_hundred_thousand", 1),): ("/100.000", "per 100,000"),  # "0,02/100.000", no noun
}


def unit_name(unit: Any, lang: Lang = "vi", *, singular: bool = False) -> str:
    """The name of *unit* as the plans write it (``"vi"``) or in English (``"en"``).

    Parameters
    ----------
    unit : pint.Unit or str
    lang : {"vi", "en"}
    singular : bool
        The English singular ("1 bed").

    Raises
    ------
    ValueError
        For a unit with no name here (a product of units, a power).

    Examples
    --------
    >>> unit_name("death / thousand_live_births"), unit_name("bed", "en", singular=True)
    ('‰', 'bed')
    """
    unit = as_unit(unit)
    items = tuple(sorted(unit._units.items(), key=lambda item: -item[1]))
    en = lang == "en"
    if items in CONTEXTUAL:
        return CONTEXTUAL[items][en]
    tops = [name for name, power in items if power > 0]
    bottoms = [name for name, power in items if power < 0]
    known = all(name in NAMES or name in DENOMINATORS for name, _ in items)
    # an amount per head (or per household, per commune) per day or year: "g/người/ngày"
    per_time = [name for name in bottoms if name in PER_TIME] if len(bottoms) == 2 else []
    per_time = per_time if len(per_time) == 1 else []
    bottoms = [name for name in bottoms if name not in per_time] + per_time  # "g/người/ngày"
    many = len(bottoms) > 1 + len(per_time)
    if len(tops) > 1 or many or any(abs(p) != 1 for _, p in items) or not known:
        raise ValidationError("format_unit", "unit", str(unit), message("a unit the package has a "
                              "name for (vnhealthplan.units)"))  # fmt: skip
    if tops and tops[0] not in NAMES:
        raise ValidationError("format_unit", "unit", str(unit), message("a unit the package has "
                              "a name for (this one is a denominator alone)"))  # fmt: skip
    top = NAMES[tops[0]][2 if en and singular else 1 if en else 0] if tops else ""
    for name in bottoms:
        bottom = DENOMINATORS[name][en] if name in DENOMINATORS else NAMES[name][2 if en else 0]
        top = f"{top} per {bottom}".lstrip() if en else f"{top}/{bottom}"
    return top


#: Units of time an amount per head (or per count) is given in, written last ("g/người/ngày",
#: "đồng/hộ/năm"); the text layer reads the same ones (:mod:`vnhealthplan.text.units`).
PER_TIME: Final = frozenset({"day", "year"})


def number_text(value: Any, lang: Lang, decimals: int | None = None) -> str:
    """*value* in the locale's format, every digit kept unless *decimals* is given.

    Raises
    ------
    TypeError
        For a value that is not a number.
    ValueError
        For NaN or infinity, or *decimals* that is not a whole number ≥ 0.

    Examples
    --------
    >>> number_text(857490, "vi"), number_text(29.4567, "en"), number_text(29.4567, "vi", 1)
    ('857.490', '29.4567', '29,5')
    """
    from babel.numbers import format_decimal

    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise WrongTypeError("format_quantity", "value", value, message("a number")) from None
    if not math.isfinite(value):
        raise ValidationError("format_quantity", "value", value, message("a finite number"))
    if decimals is None:
        return str(format_decimal(value, locale=lang, decimal_quantization=False))
    if isinstance(decimals, bool) or not isinstance(decimals, int) or decimals < 0:
        raise ValidationError("format_quantity", "decimals", decimals,
                              message("None or an int ≥ 0"))  # fmt: skip
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=lang))


def join_unit(number: str, unit: str) -> str:
    """A written number and unit: "22‰", "95%", "29 giường bệnh/vạn dân".

    Examples
    --------
    >>> join_unit("22", "‰"), join_unit("29", "giường bệnh/vạn dân")
    ('22‰', '29 giường bệnh/vạn dân')
    """
    if not unit:
        return number
    return f"{number}{unit}" if unit[0] in "%‰/" else f"{number} {unit}"


def quantity_text(quantity: Any, lang: Lang = "vi", *, decimals: int | None = None) -> str:
    """A quantity with its unit, as :func:`vnhealthplan.text.format_quantity` writes it.

    Raises
    ------
    TypeError
        If *quantity* is not a quantity of the package registry.
    ValueError
        For a unit with no name or a number that is not finite.

    Examples
    --------
    >>> from vnhealthplan import ureg
    >>> quantity_text(ureg.Quantity(857490, "million_dong"), "en")
    '857,490 million VND'
    """
    if not is_quantity(quantity):
        raise WrongTypeError("format_quantity", "quantity", quantity,
                             message("a quantity of vnhealthplan.ureg"))  # fmt: skip
    if lang not in ("vi", "en"):
        raise ValidationError("format_quantity", "lang", lang, message("'vi' or 'en'"))
    magnitude = quantity.magnitude
    number = number_text(magnitude, lang, decimals)
    singular = lang == "en" and abs(magnitude) == 1
    return join_unit(number, unit_name(quantity.units, lang, singular=singular))


def said_unit(unit: Any) -> dict[str, str]:
    """*unit* as an error message's field: its code in English (as pint writes it), its name
    in Vietnamese ("giường bệnh/vạn dân"), or its code where the package has no name for it.

    Examples
    --------
    >>> said_unit("bed / ten_thousand_people")
    {'en': 'bed / ten_thousand_people', 'vi': 'giường bệnh/vạn dân'}
    """
    code = str(as_unit(unit))
    try:
        return {"en": code, "vi": unit_name(unit)}
    except ValueError:
        return {"en": code, "vi": code}


def said_quantity(quantity: Any, *, dimensions: bool = False) -> Unquoted:
    """*quantity* as an error's "got" value: in English as pint writes it (with its
    *dimensions* if asked), in Vietnamese with its unit's name and the number the Vietnamese
    way ("1.917,5 bác sĩ/1.000 dân"); anything that is no quantity as its ``str()``.

    Examples
    --------
    >>> from vnhealthplan import ureg
    >>> got = said_quantity(ureg.Quantity(1917.5, "doctor"), dimensions=True)
    >>> got, got.said("vi")
    ('1917.5 doctor ([doctors])', '1.917,5 bác sĩ')
    """
    if not is_quantity(quantity):
        return Unquoted("{quantity}", {"quantity": str(quantity)})
    en = f"{quantity} ({quantity.dimensionality})" if dimensions else str(quantity)
    try:
        vi = quantity_text(quantity, "vi")
    except (TypeError, ValueError):  # an array, or a unit with no name: the number as it is
        vi = f"{quantity.magnitude} {said_unit(quantity.units)['vi']}"
    return Unquoted("{quantity}", {"quantity": {"en": en, "vi": vi}})
