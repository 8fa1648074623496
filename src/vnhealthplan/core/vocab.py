"""Closed vocabularies of the domain: comparators, target kinds, tiers, ranks, ownership.

Each member's value is a short English token, stable for files and frames; each has a
Vietnamese and an English label (:meth:`label`).

Examples
--------
>>> Comparator.parse("≥")
<Comparator.GE: '>='>
>>> Comparator.LT.holds(21.9, 22.0), Comparator.LT.holds(22.0, 22.0)
(True, False)
>>> Rank.parse("Hạng I").label("vi")
'hạng I'
"""

from __future__ import annotations

import enum
import functools
from typing import Any, Self, TypeVar

import numpy as np

from vnhealthplan.core.argchecks import tolerance_share
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.messages import message

__all__ = [
    "AutonomyGroup",
    "Comparator",
    "Direction",
    "FacilityKind",
    "Lang",
    "Ownership",
    "Rank",
    "TargetKind",
    "Tier",
]


class _Vocab(enum.Enum):
    """An enum whose members carry vi/en labels and parse from any of their spellings.

    Members are declared as ``NAME = value, vi_label, en_label, *aliases``.
    """

    _value_: str
    vi: str
    en: str
    aliases: tuple[str, ...]

    def __new__(cls, value: str, vi: str, en: str, *aliases: str) -> Self:
        member = object.__new__(cls)
        member._value_ = value
        member.vi = vi
        member.en = en
        member.aliases = aliases
        return member

    def label(self, lang: Lang = "en") -> str:
        """Return the member's label in Vietnamese (``"vi"``) or English (``"en"``)."""
        return self.vi if lang == "vi" else self.en

    @classmethod
    def coerce(cls, value: object) -> Self | object:
        """Converter for attrs fields: a member from any spelling; anything else unchanged.

        None and unparseable values come back as they are, for the field's validator to
        report with the class and field names.
        """
        if value is None:
            return None
        try:
            return cls.parse(value)  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return value

    @classmethod
    def parse(cls, text: str | Self) -> Self:
        """Return the member named, written or labelled *text* (case-insensitive).

        Raises
        ------
        vnhealthplan.errors.ValidationError
            If *text* matches no member; the message lists the accepted values.
        vnhealthplan.errors.WrongTypeError
            If *text* is not a string.
        """
        if isinstance(text, cls):
            return text
        owner = f"{cls.__name__}.parse"
        if not isinstance(text, str):
            expected = message("a string (got {type})", type=type(text).__name__)
            raise WrongTypeError(owner, "text", text, expected)
        member: Self | None = _spellings(cls).get(" ".join(text.split()).casefold())
        if member is not None:
            return member
        accepted = ", ".join(repr(m.value) for m in cls)
        raise ValidationError(owner, "text", text, message("one of {accepted}", accepted=accepted))


_V = TypeVar("_V", bound=_Vocab)


@functools.cache
def _spellings(kind: type[_V]) -> dict[str, _V]:
    """Every spelling of every member of *kind*, case-folded, to the member."""
    return {
        spelling.casefold(): member
        for member in kind
        for spelling in (member.name, member.value, member.vi, member.en, *member.aliases)
    }


class Comparator(_Vocab):
    """How a target compares the indicator with its value, as the plan wrote it.

    ``ABOUT`` ("khoảng") and ``RANGE`` ("từ 10 đến 12") are kept as written; a range
    target carries its upper bound in :attr:`Target.upper`.

    Examples
    --------
    An Giang's "Tuổi thọ trung bình khoảng 74 tuổi" and "01 - 02 bệnh viện tư nhân":

    >>> from vnhealthplan import plans
    >>> an_giang = plans.load("an-giang-2018")
    >>> an_giang.targets_for("life_expectancy", 2020)[0].comparator
    <Comparator.ABOUT: '~'>
    >>> private = an_giang.targets_for("private_hospitals")[0]
    >>> private.comparator.symbol, private.value.magnitude, private.upper.magnitude
    ('–', 1.0, 2.0)
    """

    EQ = "=", "đạt", "reach", "==", "eq"
    LT = "<", "dưới", "below", "lt"
    LE = "<=", "không quá", "at most", "≤", "le"
    GT = ">", "trên", "above", "gt"
    GE = ">=", "tối thiểu", "at least", "≥", "ge", "ít nhất"
    ABOUT = "~", "khoảng", "about", "≈", "approx", "xấp xỉ"
    RANGE = "range", "từ … đến …", "between", "–"

    @property
    def symbol(self) -> str:
        """The mathematical symbol: ``=``, ``<``, ``≤``, ``>``, ``≥``, ``≈`` or ``–``."""
        symbols = {"<=": "≤", ">=": "≥", "~": "≈", "range": "–"}
        return symbols.get(self._value_, self._value_)

    @property
    def negated(self) -> Comparator:
        """The comparator that holds of the negated values: "x < 5" is "-x > -5".

        A decrease written as a positive figure ("giảm dưới 5%") turns its comparator
        round when the figure is signed; ``=``, ``≈`` and ranges stay as they are.

        Examples
        --------
        >>> Comparator.LT.negated, Comparator.GE.negated, Comparator.EQ.negated
        (<Comparator.GT: '>'>, <Comparator.LE: '<='>, <Comparator.EQ: '='>)
        """
        turned = {
            Comparator.LT: Comparator.GT,
            Comparator.GT: Comparator.LT,
            Comparator.LE: Comparator.GE,
            Comparator.GE: Comparator.LE,
        }
        return turned.get(self, self)

    def holds(self, observed: Any, value: Any, upper: Any = None, *, tolerance: float = 0.0) -> Any:
        """Tell whether *observed* satisfies the comparison with *value*.

        Works element-wise on NumPy arrays. ``EQ`` and ``ABOUT`` accept a relative
        *tolerance* (``ABOUT`` with zero tolerance behaves like ``EQ``).

        Parameters
        ----------
        observed, value : float or numpy.ndarray
            Magnitudes in the same units.
        upper : float or numpy.ndarray, optional
            The upper bound, for ``RANGE``.
        tolerance : float
            Relative tolerance for ``EQ`` and ``ABOUT``.

        Returns
        -------
        bool or numpy.ndarray of bool
            NaN observations never satisfy a comparison.

        Raises
        ------
        vnhealthplan.errors.ValidationError
            If ``RANGE`` is asked without *upper*, or for a *tolerance* that is no share
            from 0 to below 1 (5 typed for 5 %: ±500 % would hold for nearly any level).

        Examples
        --------
        Đắk Lắk's 2024 table: infant mortality "<22" ‰ and full immunisation "≥95" %:

        >>> Comparator.LT.holds(22.0, 22.0)
        False
        >>> Comparator.GE.holds(95.0, 95.0)
        True

        An Giang wants "01 - 02 bệnh viện tư nhân" (one or two private hospitals) more:

        >>> Comparator.RANGE.holds([0, 1, 2, 3], 1, 2)
        array([False,  True,  True, False])
        """
        tolerance = tolerance_share(tolerance, "Comparator.holds")
        obs = np.asarray(observed, dtype=float)
        val = np.asarray(value, dtype=float)
        if self is Comparator.LT:
            result = obs < val
        elif self is Comparator.LE:
            result = obs <= val
        elif self is Comparator.GT:
            result = obs > val
        elif self is Comparator.GE:
            result = obs >= val
        elif self is Comparator.RANGE:
            if upper is None:
                expected = message("an upper bound for a range")
                raise ValidationError("Comparator.holds", "upper", upper, expected)
            result = (obs >= val) & (obs <= np.asarray(upper, dtype=float))
        else:
            result = np.abs(obs - val) <= tolerance * np.abs(val)
        return bool(result) if result.ndim == 0 else result


class TargetKind(_Vocab):
    """What a target asks for: a level, a change by an amount, or keeping a level.

    Examples
    --------
    Đắk Lắk's "Mức giảm tỷ suất sinh 0,2 ‰" is a change; Quảng Ngãi's "duy trì 100%
    Trạm y tế ... có bác sĩ" keeps a level:

    >>> TargetKind.parse("duy trì")
    <TargetKind.MAINTAIN: 'maintain'>
    """

    LEVEL = "level", "đạt mức", "reach a level", "reach"
    CHANGE = "change", "thay đổi một lượng", "change by an amount", "delta"
    MAINTAIN = "maintain", "duy trì", "maintain a level", "keep"


class Direction(_Vocab):
    """Which way is better for an indicator.

    Examples
    --------
    Đắk Lắk's 2024 infant mortality "<22" ‰ and full immunisation "≥95" %:

    >>> from vnhealthplan import plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> codes = ("imr", "full_immunisation_u1")
    >>> [dak_lak.targets_for(code)[0].indicator.direction for code in codes]
    [<Direction.LOWER: 'lower'>, <Direction.HIGHER: 'higher'>]
    >>> Direction.LOWER.label("vi")
    'càng thấp càng tốt'
    """

    HIGHER = "higher", "càng cao càng tốt", "higher is better", "up"
    LOWER = "lower", "càng thấp càng tốt", "lower is better", "down"
    NEUTRAL = "neutral", "không xác định", "no preferred direction", "none"


class Tier(_Vocab):
    """Administrative tier ("tuyến") of the health system before July 2025.

    Examples
    --------
    Đắk Lắk's 5.130 beds for 2024: 2.430 "Tuyến tỉnh", 2.700 "Tuyến huyện, thành phố, TX":

    >>> from vnhealthplan import plans
    >>> beds = plans.load("dak-lak-2024").targets_for("total_beds")
    >>> [(t.scope.tier, t.value.magnitude) for t in beds]
    [(None, 5130.0), (<Tier.PROVINCE: 'province'>, 2430.0), (<Tier.DISTRICT: 'district'>, 2700.0)]
    >>> Tier.parse("Tuyến huyện, thành phố, TX").label("vi")
    'tuyến huyện'
    """

    CENTRAL = "central", "tuyến trung ương", "central", "trung ương"
    PROVINCE = "province", "tuyến tỉnh", "provincial", "tỉnh"
    DISTRICT = "district", "tuyến huyện", "district", "huyện", "tuyến huyện, thành phố, TX"
    COMMUNE = "commune", "tuyến xã", "commune", "xã"


class FacilityKind(_Vocab):
    """What sort of health facility a record is.

    Examples
    --------
    Quảng Ngãi's "Tỉnh Bắc thuộc TTYT huyện Sơn Tịnh" (a regional polyclinic run by a
    district health centre):

    >>> from vnhealthplan import plans
    >>> polyclinic = plans.load("quang-ngai-2023").facilities[1]
    >>> polyclinic.name, polyclinic.kind.label("vi")
    ('Phòng khám Đa khoa khu vực Tịnh Bắc', 'phòng khám đa khoa khu vực')
    >>> FacilityKind.parse("TTYT")
    <FacilityKind.DISTRICT_HEALTH_CENTRE: 'district_health_centre'>
    """

    GENERAL_HOSPITAL = "general_hospital", "bệnh viện đa khoa", "general hospital"
    REGIONAL_GENERAL_HOSPITAL = (
        "regional_general_hospital",
        "bệnh viện đa khoa khu vực",
        "regional general hospital",
    )
    SPECIALISED_HOSPITAL = "specialised_hospital", "bệnh viện chuyên khoa", "specialised hospital"
    DISTRICT_HEALTH_CENTRE = (
        "district_health_centre",
        "trung tâm y tế huyện",
        "district health centre",
        "TTYT huyện",
        "TTYT",
    )
    REGIONAL_POLYCLINIC = (
        "regional_polyclinic",
        "phòng khám đa khoa khu vực",
        "regional polyclinic",
        "PKĐKKV",
    )
    COMMUNE_STATION = "commune_station", "trạm y tế xã", "commune health station", "trạm y tế"
    DISEASE_CONTROL_CENTRE = (
        "disease_control_centre",
        "trung tâm kiểm soát bệnh tật",
        "centre for disease control",
        "CDC",
    )
    INFIRMARY = "infirmary", "bệnh xá", "infirmary"
    PRIVATE_PRACTICE = "private_practice", "cơ sở hành nghề tư nhân", "private practice"
    OTHER = "other", "khác", "other"


class Rank(_Vocab):
    """Hospital rank ("hạng") under the Ministry of Health's ranking rules.

    Examples
    --------
    Thanh Hóa's plan (printed "Hàng I" by the OCR) brings four hospitals to rank I:

    >>> Rank.parse("hạng 1")
    <Rank.I: 'I'>
    """

    SPECIAL = "special", "hạng đặc biệt", "special rank", "đặc biệt"
    I = "I", "hạng I", "rank I", "1", "hạng 1", "hạng một"  # noqa: E741
    II = "II", "hạng II", "rank II", "2", "hạng 2", "hạng hai"
    III = "III", "hạng III", "rank III", "3", "hạng 3", "hạng ba"
    IV = "IV", "hạng IV", "rank IV", "4", "hạng 4", "hạng tư"
    UNRANKED = "unranked", "chưa xếp hạng", "unranked"


class Ownership(_Vocab):
    """Who owns a facility.

    Examples
    --------
    An Giang's public provincial hospitals, and its "01 - 02 bệnh viện tư nhân" more:

    >>> from vnhealthplan import plans
    >>> hospital = plans.load("an-giang-2018").facilities[0]
    >>> hospital.name, hospital.ownership
    ('Bệnh viện Đa khoa Trung tâm An Giang', <Ownership.PUBLIC: 'public'>)
    >>> Ownership.parse("tư nhân")
    <Ownership.PRIVATE: 'private'>
    """

    PUBLIC = "public", "công lập", "public"
    PRIVATE = "private", "tư nhân", "private", "ngoài công lập"
    PUBLIC_PRIVATE = "public_private", "hợp tác công - tư", "public-private partnership", "PPP"


class AutonomyGroup(enum.IntEnum):
    """Financial autonomy group of a public service unit (Decree 60/2021/NĐ-CP).

    Examples
    --------
    An Giang's plan wants its central general hospital in group 1 ("nhóm một") by 2025:

    >>> AutonomyGroup(1).label("en")
    'covers recurrent and investment spending'
    >>> AutonomyGroup(3).label("vi")
    'tự bảo đảm một phần chi thường xuyên'
    >>> AutonomyGroup.parse("nhóm hai")
    <AutonomyGroup.RECURRENT: 2>
    """

    RECURRENT_AND_INVESTMENT = 1
    RECURRENT = 2
    PART_RECURRENT = 3
    STATE_FUNDED = 4

    def label(self, lang: Lang = "en") -> str:
        """Return the group's label in Vietnamese or English.

        Examples
        --------
        An Giang's central general hospital, in group 1 ("nhóm một") by 2025:

        >>> from vnhealthplan import plans
        >>> hospital = plans.load("an-giang-2018").facilities[0]
        >>> hospital.autonomy_group.label("vi")
        'tự bảo đảm chi thường xuyên và chi đầu tư'
        """
        vi, en = _AUTONOMY_LABELS[int(self)]
        return vi if lang == "vi" else en

    @classmethod
    def parse(cls, text: object) -> AutonomyGroup:
        """The group from 1–4, "nhóm 1" … "nhóm 4", "nhóm một" … "nhóm bốn", or its label.

        Raises
        ------
        vnhealthplan.errors.ValidationError
            If *text* names no group.

        Examples
        --------
        An Giang: "100% các trung tâm y tế huyện, thị, thành là đơn vị tự chủ nhóm ba":

        >>> AutonomyGroup.parse("nhóm ba"), AutonomyGroup.parse("nhóm 3")
        (<AutonomyGroup.PART_RECURRENT: 3>, <AutonomyGroup.PART_RECURRENT: 3>)
        >>> AutonomyGroup.parse("nhóm năm")
        Traceback (most recent call last):
        ...
        vnhealthplan.errors.ValidationError: AutonomyGroup.parse.text: got 'nhóm năm'; expected \
1, 2, 3 or 4 (nhóm một … nhóm bốn)
        """
        if isinstance(text, cls):
            return text
        if isinstance(text, int) and not isinstance(text, bool) and text in (1, 2, 3, 4):
            return cls(text)
        if isinstance(text, str):
            key = " ".join(text.split()).casefold().removeprefix("nhóm ")
            for group in cls:
                number = int(group)
                words = {str(number), _AUTONOMY_WORDS[number], *_AUTONOMY_LABELS[number]}
                if key in {w.casefold() for w in words}:
                    return group
        expected = message("1, 2, 3 or 4 (nhóm một … nhóm bốn)")
        raise ValidationError("AutonomyGroup.parse", "text", text, expected)


_AUTONOMY_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn"}
_AUTONOMY_LABELS = {
    1: ("tự bảo đảm chi thường xuyên và chi đầu tư", "covers recurrent and investment spending"),
    2: ("tự bảo đảm chi thường xuyên", "covers recurrent spending"),
    3: ("tự bảo đảm một phần chi thường xuyên", "covers part of recurrent spending"),
    4: ("do Nhà nước bảo đảm chi thường xuyên", "recurrent spending funded by the state"),
}


# Named converters for attrs fields (mypy's attrs plugin needs named functions).


def to_comparator(value: object) -> Any:
    """Converter: a :class:`Comparator` from any of its spellings."""
    return Comparator.coerce(value)


def to_target_kind(value: object) -> Any:
    """Converter: a :class:`TargetKind` from any of its spellings."""
    return TargetKind.coerce(value)


def to_direction(value: object) -> Any:
    """Converter: a :class:`Direction` from any of its spellings."""
    return Direction.coerce(value)


def to_tier(value: object) -> Any:
    """Converter: a :class:`Tier` from any of its spellings."""
    return Tier.coerce(value)


def to_facility_kind(value: object) -> Any:
    """Converter: a :class:`FacilityKind` from any of its spellings."""
    return FacilityKind.coerce(value)


def to_rank(value: object) -> Any:
    """Converter: a :class:`Rank` from any of its spellings."""
    return Rank.coerce(value)


def to_ownership(value: object) -> Any:
    """Converter: a :class:`Ownership` from any of its spellings."""
    return Ownership.coerce(value)
