"""Target phrases: what a plan asks of an indicator, in its own words, and back.

A target phrase says how the indicator compares with a value ("<22", "dưới 20%",
"tối thiểu 95%", "từ một dự án trở lên"), what kind of target it is (a level: "đạt 30",
"giảm còn 17,6"; a change: "mức giảm 0,2", "tăng thêm 1"; keeping a level: "duy trì
100%") and the value, with its unit when the phrase writes one.

The grammar, in order (every part but the number is optional):

* an age group before a verb or comparator, read and left out: "dưới 05 tuổi còn 18,5‰";
* lead words: "phấn đấu", "có", "là", read and left out; "đảm bảo", "bảo đảm" (ensure),
  which make a phrase with no comparator of its own "at least" ("đảm bảo 70 %" is ≥ 70 %;
  not with a verb other than "đạt", and not for 100 %, a whole share);
* a verb: "đạt", "giảm còn", "còn", "giảm xuống", "xuống", "tăng lên" (a level), "duy
  trì" (maintain), "mức giảm", "giảm" (change, down), "mức tăng", "tăng", "tăng thêm",
  "thêm" (change, up), "thay đổi" (change, signed); in English "reach", "reduce to",
  "maintain", "reduce by", "increase by", "change by";
* a comparator: "<", "≤", ">", "≥" (and "<=", ">="), "dưới", "nhỏ hơn", "không quá",
  "không vượt quá", "tối đa", "không cao hơn", "trên", "lớn hơn", "tối thiểu", "ít nhất",
  "không thấp hơn", "khoảng", "xấp xỉ", "gần" (nearly: about), "ước", "ước tính", "ước đạt"
  (an estimate: about),
  which may name the measure before the number ("dưới tỷ lệ 15/100.000", "dưới mức 5%",
  "dưới ngưỡng 0,3%"); "below", "at most", "above", "at least", "about"; or a frame: "từ … đến …",
  "từ … - …", "từ … trở lên", "từ … trở xuống", "from … to …", "between … and …"; after
  "đạt", "từ …" alone is at least ("đạt từ 98 %");
* the number (Vietnamese format, or as *decimal* says; "một" … "mười" as words), then
  its unit (:func:`~vnhealthplan.text.units.parse_unit`), then an optional range: "- 12",
  "đến 12", "–12". A word glued to the number ("dưới18,5‰", a typo) is read apart.

What is read without being certain is said in the phrase's ``reasons``: a word glued to its
number, and a number that reads two ways ("1.92") read the one way its unit allows (no
total fertility is 192 children per woman; the bound is the indicator's maximum, or the
unit's plausible maximum in ``data/unit_words.toml``).

A decrease turns the comparator round: "giảm ít nhất 0,2" (reduce by at least 0.2) is a
change ≤ −0.2. "Giảm dưới 5%" is a level: reduce to under 5 %, as "giảm xuống dưới 5%".
A table row (cells separated by tabs: label, unit, value, as the OCR'd target tables print
them) is read from its value cell and unit cell; of the label, only a verb at its start
("Mức giảm …") or end ("… giảm còn") is read.

Examples
--------
>>> parse_target_phrase("<22", indicator="imr")  # Đắk Lắk, 2024
TargetPhrase(< 22 death / thousand_live_births, span=(0, 3))
>>> parse_target_phrase("Mức giảm tỷ suất sinh\\t‰\\t0,2", indicator="crude_birth_rate")
TargetPhrase(change = -0.2 live_birth / thousand_people, span=(0, 27))
"""

from __future__ import annotations

from typing import Any

import attrs

from vnhealthplan.core.argchecks import language_code
from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind, to_comparator, to_target_kind
from vnhealthplan.data import indicators
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Scope, Target
from vnhealthplan.model.wording import target_text
from vnhealthplan.text._phrasegrammar import COMPARATOR_WORDS, build_phrase, read_phrase
from vnhealthplan.text._unitgrammar import Decimal, NoReading, indicator_of, normalise

__all__ = [
    "TargetPhrase",
    "about_words",
    "format_target",
    "parse_target",
    "parse_target_phrase",
]


def about_words(lang: Lang = "vi") -> tuple[str, ...]:
    """The words that make a figure approximate in *lang*, as the phrase grammar reads them
    (``Comparator.ABOUT``), the longest first.

    Examples
    --------
    >>> about_words()[-3:], about_words("en")
    (('xấp xỉ', 'gần', 'ước'), ('approximately', 'around', 'about'))
    """
    words = [" ".join(w) for w, (c, said) in COMPARATOR_WORDS.items()
             if c is Comparator.ABOUT and said == lang]  # fmt: skip
    return tuple(sorted(words, key=len, reverse=True))


def _show(value: Any) -> str:
    if is_quantity(value):
        return f"{value.magnitude:g} {value.units}"
    return f"{value:g}"


@attrs.frozen(repr=False)
class TargetPhrase:
    """A target phrase as read: comparator, kind, value and where it stands in the text.

    Parameters
    ----------
    comparator : Comparator
        As written: "<22" is ``LT``, "đạt 30" ``EQ``, "từ … trở lên" ``GE``, a range
        ``RANGE``.
    kind : TargetKind
        ``LEVEL``, ``CHANGE`` ("mức giảm 0,2") or ``MAINTAIN`` ("duy trì 100%").
    value : pint.Quantity or float
        The value (a change is signed: "giảm 0,2" is −0.2), as a quantity when the phrase
        writes a unit or an indicator was given, else a number. For a range, the lower
        bound.
    upper : pint.Quantity or float, optional
        The upper bound of a range.
    unit : pint.Unit, optional
        The unit the phrase writes, read against the indicator; None if it writes none.
    span : tuple of int
        ``(start, end)`` in the text of the part that states the target: from its verb,
        comparator or number to its last word (lead words and an age group before it
        are left out; in a table row, from the label's verb or the unit cell).
    counted : str
        What "từ … trở lên" counts when it is not a unit: "dự án" in "từ một dự án trở lên".
    reasons : tuple of str
        What was read with a doubt: a word glued to its number ("dưới18,5‰"), a number that
        reads two ways read the only way its unit allows ("1.92 con/phụ nữ").

    Examples
    --------
    >>> t = parse_target_phrase("thêm 01 - 02 bệnh viện")  # An Giang, by 2025
    >>> t.comparator, t.kind, t.value, t.upper
    (<Comparator.RANGE: 'range'>, <TargetKind.CHANGE: 'change'>, <Quantity(1, 'facility')>, \
<Quantity(2, 'facility')>)
    """

    comparator: Comparator = attrs.field(converter=to_comparator)
    kind: TargetKind = attrs.field(converter=to_target_kind)
    value: Any
    upper: Any = None
    unit: Any = None
    span: tuple[int, int] = (0, 0)
    counted: str = ""
    reasons: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    @comparator.validator
    def _check_comparator(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, Comparator):
            raise WrongTypeError("TargetPhrase", "comparator", value, message("a Comparator"))

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, TargetKind):
            raise WrongTypeError("TargetPhrase", "kind", value, message("a TargetKind"))

    def __repr__(self) -> str:
        kind = "" if self.kind is TargetKind.LEVEL else f"{self.kind.value} "
        if self.upper is None:
            value = f"{self.comparator.symbol} {_show(self.value)}"
        else:
            low = self.value.magnitude if is_quantity(self.value) else self.value
            value = f"{low:g}–{_show(self.upper)}"
        return f"TargetPhrase({kind}{value}, span={self.span})"


def parse_target_phrase(
    text: str, *, indicator: Indicator | str | None = None, decimal: Decimal | None = None
) -> TargetPhrase:
    """Read a target phrase: "<22", "đạt 30 giường bệnh/vạn dân", "mức giảm 0,2" ….

    Parameters
    ----------
    text : str
        One phrase (see the module notes for the grammar), or one row of a target table
        with tab-separated cells (label, unit, value).
    indicator : Indicator or str, optional
        The indicator the phrase is about (or its code): a value without a unit takes the
        indicator's unit, and units such as "‰" or "Giường bệnh" are read against it
        (:func:`~vnhealthplan.text.units.parse_unit`).
    decimal : {",", "."}, optional
        The decimal separator, for numbers that read two ways ("40.0") and for English
        phrases.

    Returns
    -------
    TargetPhrase

    Raises
    ------
    ParseError
        For text that is not one target phrase: empty, a comparator without a number, two
        comparators ("≥ ≤ 5"), two numbers without a range word, an upper bound below the
        lower one, an unknown unit or one that does not fit *indicator*, words after the
        phrase, control characters. The error names the span and what was expected there.
    AmbiguousNumberError
        For a number that reads two ways and no *decimal*.

    Examples
    --------
    Phrases of the plans: Đắk Lắk's "≥95", An Giang's "giảm còn 35%" (reduce *to*) and
    "dưới 05 tuổi còn 18,5‰", Quảng Ngãi's "duy trì 100%" and "từ một dự án trở lên", the
    unattributed plan's "thêm ít nhất 1":

    >>> parse_target_phrase("≥95", indicator="full_immunisation_u1")
    TargetPhrase(≥ 95 percent, span=(0, 3))
    >>> parse_target_phrase("giảm còn 35%")
    TargetPhrase(= 35 percent, span=(0, 12))
    >>> parse_target_phrase("dưới 05 tuổi còn 18,5‰", indicator="u5mr")
    TargetPhrase(= 18.5 death / thousand_live_births, span=(13, 22))
    >>> parse_target_phrase("duy trì 100%")
    TargetPhrase(maintain = 100 percent, span=(0, 12))
    >>> parse_target_phrase("từ một dự án trở lên").counted
    'dự án'
    >>> parse_target_phrase("thêm ít nhất 1")
    TargetPhrase(change ≥ 1, span=(0, 14))

    Thanh Hóa prints "3.5 dược sĩ" with a decimal point; say so:

    >>> parse_target_phrase("3.5 dược sĩ", indicator="pharmacists_per_10k", decimal=".")
    TargetPhrase(= 3.5 pharmacist / ten_thousand_people, span=(0, 11))

    The wordings of other plans (issue #18): "đảm bảo" and "đạt từ" are at least, "Ước" is
    about, "giảm xuống còn" and "tăng lên" reach a level, "từ 80–90 %" is a range:

    >>> parse_target_phrase("đảm bảo 70 %"), parse_target_phrase("đạt từ 98 %")
    (TargetPhrase(≥ 70 percent, span=(0, 12)), TargetPhrase(≥ 98 percent, span=(0, 11)))
    >>> parse_target_phrase("Ước 1.917.093 người")
    TargetPhrase(≈ 1.91709e+06 person, span=(0, 19))
    >>> parse_target_phrase("giảm xuống còn 15%"), parse_target_phrase("tăng lên 90%")
    (TargetPhrase(= 15 percent, span=(0, 18)), TargetPhrase(= 90 percent, span=(0, 12)))
    >>> parse_target_phrase("từ 80–90 %"), parse_target_phrase("dưới 0,09 %")
    (TargetPhrase(80–90 percent, span=(0, 10)), TargetPhrase(< 0.09 percent, span=(0, 11)))
    >>> parse_target_phrase("là 113 bé trai/100 bé gái", indicator="srb")
    TargetPhrase(= 113 male_birth / hundred_female_births, span=(3, 25))

    A typo and a decimal point, read with their reasons:

    >>> read = parse_target_phrase("dưới18,5‰", indicator="u5mr")
    >>> read, read.reasons
    (TargetPhrase(< 18.5 death / thousand_live_births, span=(0, 9)), \
("'dưới18,5': the word 'dưới' is glued to its number (a typo), read apart",))
    >>> parse_target_phrase("1.92 con/phụ nữ").reasons
    ("'1.92' is read as 1.92, '.' as the decimal point: the thousands reading, 192 births \
per woman, is impossible (no plan's figure in this unit is above 20)",)
    >>> parse_target_phrase("Quý V/2024")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read 'Quý V/2024' as a target phrase at 0–3 \
('Quý'): expected a number, a comparator ('<', 'dưới', 'tối thiểu' …) or a verb ('đạt', \
'giảm còn', 'duy trì' …)
    """
    norm, offsets = normalise(text, "a target phrase")
    ind = indicator_of(indicator)
    try:
        value, upper, comparator, kind, unit, span, counted, reasons = build_phrase(
            norm, read_phrase(norm), ind, decimal
        )
    except NoReading as fail:
        raise fail.error(text, "a target phrase", offsets) from None
    span = (offsets[span[0]], offsets[span[1]])
    return TargetPhrase(comparator, kind, value, upper, unit, span, counted, reasons)


def format_target(target: Any, lang: Lang = "vi") -> str:
    """Write a target (or a :class:`TargetPhrase`) as a phrase that reads back the same.

    Parameters
    ----------
    target : Target or TargetPhrase
        Anything with ``comparator``, ``kind``, ``value`` and ``upper``.
    lang : {"vi", "en"}

    Returns
    -------
    str
        Levels: "đạt 29 giường bệnh/vạn dân" / "29 beds per 10,000 population", "< 22‰",
        "≥ 95%", "khoảng 74,5 năm", "từ 1 đến 2 cơ sở" / "1–2 facilities"; changes:
        "giảm 0,2‰" / "reduce by 0.2 per 1,000 population", "tăng thêm ít nhất 1 cơ sở";
        kept levels: "duy trì 100%" / "maintain 100%". :func:`parse_target_phrase` with
        the target's indicator (and ``decimal="."`` for English) reads back its comparator,
        kind, value and upper bound.

    Raises
    ------
    ValueError
        For a unit with no name (see :func:`~vnhealthplan.text.units.format_unit`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> dak_lak = plans.load("dak-lak-2024").targets
    >>> [format_target(t) for t in dak_lak[1:2] + dak_lak[9:10] + dak_lak[12:14]]
    ['< 22‰', 'đạt 29 giường bệnh/vạn dân', '≥ 95%', 'giảm 0,2‰']
    >>> [format_target(t, "en") for t in dak_lak[1:2] + dak_lak[9:10] + dak_lak[13:14]]
    ['< 22 per 1,000 live births', '29 beds per 10,000 population', \
'reduce by 0.2 per 1,000 population']
    >>> format_target(plans.load("quang-ngai-2023").targets[0], "en")
    'maintain 100%'
    """
    language_code(lang, "format_target")
    return target_text(target, lang)


def parse_target(
    phrase: str,
    indicator: Indicator | str,
    period: Period,
    *,
    scope: Scope | None = None,
    source: Source | None = None,
    notes: str = "",
    decimal: Decimal | None = None,
) -> Target:
    """A target from the plan's own phrase: "<22", "đạt 30 giường bệnh/vạn dân", ….

    Parameters
    ----------
    phrase : str
        The words that state the target, read by :func:`parse_target_phrase`
        (comparator, kind, value, upper bound; a value without a unit is in the
        indicator's unit).
    indicator : Indicator or str
        The indicator, or its catalogue code.
    period : Period
        When the target is due.
    scope : Scope, optional
        Whom the target covers (by default, nobody in particular).
    source : Source, optional
        The document, section and quote.
    notes : str
        Anything else the plan says about it. The phrase's reasons (a typo read apart, a
        number read the one way its unit allows) are added to it.
    decimal : {",", "."}, optional
        The decimal separator, for numbers that read two ways (Thanh Hóa's "3.5").

    Returns
    -------
    Target

    Raises
    ------
    vnhealthplan.text.errors.ParseError
        If the phrase cannot be read, or its unit does not fit the indicator.
    vnhealthplan.errors.ValidationError
        If the target it states is not valid (a share above 100 %).

    Examples
    --------
    Đắk Lắk's 2024 table, infant mortality: "Tỷ suất tử vong trẻ em dưới 1 tuổi ‰ <22":

    >>> from vnhealthplan import Period
    >>> parse_target("<22", "imr", Period.year(2024))
    Target(imr < 22 death / thousand_live_births, 2024)
    >>> parse_target("mức giảm 0,2‰", "crude_birth_rate", Period.year(2024))
    Target(crude_birth_rate change = -0.2 live_birth / thousand_people, 2024)

    The population excerpt of tests/data/extract (Công văn 66/TCDS-KHTC, 2021): "Tổng tỷ
    suất sinh: 2,1 con/phụ nữ"; written "1.92", the number is read with its reason:

    >>> parse_target("2,1 con/phụ nữ", "tfr", Period.year(2021))
    Target(tfr = 2.1 live_birth / woman, 2021)
    >>> parse_target("1.92", "tfr", Period.year(2025)).notes
    "'1.92' is read as 1.92, '.' as the decimal point: the thousands reading, 192 births per \
woman, is impossible (indicator 'tfr' is at most 20)"
    """
    ind = indicators.get(indicator)
    read = parse_target_phrase(phrase, indicator=ind, decimal=decimal)
    return Target(
        ind,
        read.value,
        period,
        read.comparator,
        read.kind,
        upper=read.upper,
        scope=scope if scope is not None else Scope(),
        source=source,
        notes="; ".join(note for note in (notes, *read.reasons) if note),
    )
