"""Indicators: what a target measures, in which unit, and which way is better.

Examples
--------
>>> from vnhealthplan import indicators
>>> beds = indicators.get("beds_per_10k")
>>> beds.unit
<Unit('bed / ten_thousand_people')>
>>> beds.direction
<Direction.HIGHER: 'higher'>
>>> beds.quantity(29)  # Đắk Lắk, 2024: "Số giường bệnh/vạn dân ... 29"
<Quantity(29, 'bed / ten_thousand_people')>
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.core.checks import fail, items_of, member_of, text, to_tuple
from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import as_unit, is_quantity, registry
from vnhealthplan.core.vocab import Direction, Lang, to_direction
from vnhealthplan.model.displays import ShownInNotebooks, indicator_parts

if TYPE_CHECKING:
    import pint

__all__ = ["Indicator"]

_CODE = re.compile(r"[a-z][a-z0-9_]*")


def _check_code(inst: Indicator, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        fail(
            inst,
            attribute,
            value,
            message("a code of lower-case letters, digits and '_', e.g. 'imr'"),
        )


def _to_unit(value: Any) -> Any:
    import pint

    try:
        return as_unit(value)
    except (pint.errors.PintError, TypeError, ValueError, AttributeError):
        return value  # the validator reports it


def _check_unit(inst: Indicator, attribute: attrs.Attribute[Any], value: Any) -> None:
    if getattr(value, "_REGISTRY", None) is not registry() or not hasattr(value, "dimensionality"):
        fail(
            inst,
            attribute,
            value,
            message("a unit of the package registry, e.g. 'bed / ten_thousand_people'"),
        )


def _check_bound(inst: Indicator, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        fail(inst, attribute, value, message("a number in the indicator's unit, or None"))
    if attribute.name == "maximum" and inst.minimum is not None and value < inst.minimum:
        fail(inst, attribute, value, message("a number ≥ minimum {minimum}", minimum=inst.minimum))


#: Dimensions measured rather than counted: a level in them may be a fraction.
_MEASURED: Final = frozenset(
    ("[length]", "[time]", "[mass]", "[temperature]", "[currency]", "[current]", "[substance]",
     "[luminosity]")
)  # fmt: skip


@attrs.frozen
class Indicator(ShownInNotebooks):
    """A measured quantity that plans set targets on.

    Parameters
    ----------
    code : str
        Short stable identifier, e.g. ``"beds_per_10k"``.
    name_vi, name_en : str
        Names in Vietnamese and English.
    unit : str or pint.Unit
        The unit values are expressed in, e.g. ``"death / thousand_live_births"``.
    direction : Direction or str
        Whether higher or lower values are better, or neither.
    numerator : str
        What is counted.
    denominator : str, optional
        What it is counted over; None for counts and levels.
    minimum, maximum : float, optional
        Bounds a level can take, in *unit* (shares are 0–100 %).
    notes : tuple of str
        Definitions and caveats, e.g. "excludes commune health station beds".
    notes_vi : tuple of str
        The notes in Vietnamese (see :func:`vnhealthplan.model.notes.notes_in`).

    Examples
    --------
    Thanh Hóa's "Số dược sĩ 10.000 dân: 3 dược sĩ":

    >>> pharm = Indicator(
    ...     "pharmacists_per_10k", "Số dược sĩ trên 10.000 dân",
    ...     "Pharmacists per 10,000 population", "pharmacist / ten_thousand_people",
    ...     "higher", numerator="pharmacists", denominator="population", minimum=0)
    >>> pharm.quantity(3)
    <Quantity(3, 'pharmacist / ten_thousand_people')>

    A unit that is not defined is refused at once:

    >>> Indicator("x", "x", "x", "giường", "higher", numerator="beds")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Indicator.unit: got 'giường'; expected a unit of the \
package registry, e.g. 'bed / ten_thousand_people'
    """

    code: str = attrs.field(validator=_check_code)
    name_vi: str = attrs.field(validator=text())
    name_en: str = attrs.field(validator=text())
    unit: pint.Unit = attrs.field(converter=_to_unit, validator=_check_unit)
    direction: Direction = attrs.field(converter=to_direction, validator=member_of(Direction))
    numerator: str = attrs.field(kw_only=True, validator=text())
    denominator: str | None = attrs.field(default=None, kw_only=True, validator=text(optional=True))
    minimum: float | None = attrs.field(default=None, kw_only=True, validator=_check_bound)
    maximum: float | None = attrs.field(default=None, kw_only=True, validator=_check_bound)
    notes: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )
    notes_vi: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )

    def name(self, lang: Lang = "en") -> str:
        """The indicator's name in Vietnamese (``"vi"``) or English (``"en"``).

        Examples
        --------
        >>> from vnhealthplan import indicators
        >>> indicators.get("imr").name("vi")
        'Tỷ suất tử vong trẻ em dưới 1 tuổi'
        """
        return self.name_vi if lang == "vi" else self.name_en

    @property
    def dimensionality(self) -> Any:
        """The unit's dimensionality, e.g. ``[beds] / [population]``."""
        return self.unit.dimensionality

    @property
    def is_ratio(self) -> bool:
        """True when the unit is a count per population or per live births.

        Examples
        --------
        >>> from vnhealthplan import indicators
        >>> indicators.get("doctors_per_10k").is_ratio, indicators.get("total_beds").is_ratio
        (True, False)
        """
        dims = self.unit.dimensionality
        return dims.get("[population]", 0) == -1 or dims.get("[live_births]", 0) == -1

    @property
    def is_count(self) -> bool:
        """True when the unit counts whole things (beds, stations, doctors, people …).

        A count is one of the package's counted units itself (``bed``, ``station``,
        ``person``), not a ratio, a scaled unit ("thousand_people"), a length or money.

        Examples
        --------
        >>> from vnhealthplan import indicators
        >>> [indicators.get(c).is_count for c in ("total_beds", "commune_stations",
        ...                                       "beds_per_10k", "plan_budget", "imr")]
        [True, True, False, False, False]
        """
        dims = dict(self.unit.dimensionality)
        if len(dims) != 1 or next(iter(dims.values())) != 1:
            return False
        name = next(iter(dims))
        if name in _MEASURED:
            return False
        return bool(registry().Quantity(1, self.unit).to_base_units().magnitude == 1)

    def accepts(self, quantity: Any) -> bool:
        """Tell whether *quantity* has a unit of the indicator's dimension.

        Examples
        --------
        >>> from vnhealthplan import indicators, ureg
        >>> imr = indicators.get("imr")
        >>> imr.accepts(ureg.Quantity(2200, "death / hundred_thousand_live_births"))
        True
        >>> imr.accepts(ureg.Quantity(22, "permille"))  # per mille of what? refused
        False
        """
        return is_quantity(quantity) and quantity.dimensionality == self.unit.dimensionality

    def quantity(self, value: Any) -> Any:
        """A quantity of *value* in the indicator's unit (a quantity is converted to it).

        Raises
        ------
        pint.DimensionalityError
            If *value* is a quantity of another dimension.
        vnhealthplan.errors.WrongTypeError
            If *value* is text, a bool or None (pint would read "2*3" as 6).

        Examples
        --------
        >>> from vnhealthplan import indicators, plans
        >>> doctors = indicators.get("doctors_per_10k")
        >>> doctors.quantity(7.7)  # Đắk Lắk, 2024: "Số bác sỹ/vạn dân ... 7,7"
        <Quantity(7.7, 'doctor / ten_thousand_people')>
        >>> doctors.quantity(plans.load("dak-lak-2024").targets_for("total_beds")[0].value)
        Traceback (most recent call last):
        ...
        pint.errors.DimensionalityError: Cannot convert from 'bed' ([beds]) to ...
        """
        if is_quantity(value):
            return value.to(self.unit)
        if value is None or isinstance(value, str | bytes | bool):  # pint would parse "2*3"
            expected = message(
                "a number in {unit} (got {type})",
                unit=str(self.unit),
                type=str(type(value).__name__),
            )
            raise WrongTypeError("Indicator.quantity", "value", value, expected)
        return registry().Quantity(value, self.unit)

    def __str__(self) -> str:
        return f"{self.code} [{self.unit}]"

    def __repr__(self) -> str:
        return f"Indicator({self.code!r}, {str(self.unit)!r}, {self.direction.value})"

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return indicator_parts(self, lang)
