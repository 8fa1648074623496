"""Health facilities: hospitals, district health centres, polyclinics, commune stations.

Examples
--------
Quảng Ngãi's regional polyclinic "Tịnh Bắc thuộc TTYT huyện Sơn Tịnh" (printed "Tỉnh
Bắc" in the plan's text):

>>> from vnhealthplan import Facility, FacilityKind, Ownership, Tier, provinces
>>> pk = Facility("Phòng khám Đa khoa khu vực Tịnh Bắc", FacilityKind.REGIONAL_POLYCLINIC,
...               province=provinces.get("Quảng Ngãi"), tier=Tier.DISTRICT,
...               ownership=Ownership.PUBLIC)
>>> pk.kind.label("vi"), pk.tier.label("en")
('phòng khám đa khoa khu vực', 'district')
"""

from __future__ import annotations

import numbers
from datetime import date
from typing import Any

import attrs

from vnhealthplan.core.checks import fail, items_of, member_of, text, to_tuple
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import (
    AutonomyGroup,
    FacilityKind,
    Lang,
    Ownership,
    Rank,
    Tier,
    to_facility_kind,
    to_ownership,
    to_rank,
    to_tier,
)
from vnhealthplan.model.displays import ShownInNotebooks, facility_parts
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source

__all__ = ["Facility"]


def _check_beds(inst: Facility, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        fail(inst, attribute, value, message("a whole number of beds ≥ 0"))


def _to_int(value: Any) -> Any:
    """Converter: integral numbers of any type (NumPy's too) to int; others unchanged."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return value


def _to_group(value: Any) -> Any:
    if value is None:
        return None
    try:
        return AutonomyGroup.parse(_to_int(value))
    except ValueError:
        return value  # the validator reports it


@attrs.frozen
class Facility(ShownInNotebooks):
    """A health facility a plan names.

    Parameters
    ----------
    name : str
        Its name as the plan gives it (corrected where the print is garbled).
    kind : FacilityKind or str
        General or specialised hospital, district health centre, regional polyclinic, ….
    province : Province, optional
    tier : Tier or str, optional
        Province, district or commune tier (before July 2025).
    rank : Rank or str, optional
        Special, I, II, III, IV or unranked; None when the plan does not say.
    ownership : Ownership or str, optional
        Public, private or public-private; None when the plan does not say.
    beds : int, optional
        Planned or actual beds, ≥ 0.
    autonomy_group : AutonomyGroup or int, optional
        Financial autonomy group 1–4 (Decree 60/2021/NĐ-CP).
    aliases : tuple of str
        Other names, e.g. abbreviations.
    source : Source, optional
    notes : str
        What the plan says about it.
    notes_vi : str
        The notes in Vietnamese (see :func:`vnhealthplan.model.notes.notes_in`).

    Examples
    --------
    An Giang's plan wants "Bệnh viện Đa khoa Trung tâm An Giang" in autonomy group 1
    ("nhóm một") by 2025:

    >>> from vnhealthplan import Facility, provinces
    >>> h = Facility("Bệnh viện Đa khoa Trung tâm An Giang", "general_hospital",
    ...              province=provinces.get("An Giang"), tier="province", autonomy_group=1)
    >>> h.autonomy_group
    <AutonomyGroup.RECURRENT_AND_INVESTMENT: 1>
    >>> Facility("Bệnh viện Mắt", "hospital")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Facility.kind: got 'hospital'; expected a FacilityKind: \
one of 'general_hospital', 'regional_general_hospital', ...
    """

    name: str = attrs.field(validator=text())
    kind: FacilityKind = attrs.field(converter=to_facility_kind, validator=member_of(FacilityKind))
    province: Province | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Province, optional=True)
    )
    tier: Tier | None = attrs.field(
        default=None,
        kw_only=True,
        converter=to_tier,
        validator=member_of(Tier, optional=True),
    )
    rank: Rank | None = attrs.field(
        default=None,
        kw_only=True,
        converter=to_rank,
        validator=member_of(Rank, optional=True),
    )
    ownership: Ownership | None = attrs.field(
        default=None,
        kw_only=True,
        converter=to_ownership,
        validator=member_of(Ownership, optional=True),
    )
    beds: int | None = attrs.field(
        default=None, kw_only=True, converter=_to_int, validator=_check_beds
    )
    autonomy_group: AutonomyGroup | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_to_group,
        validator=member_of(AutonomyGroup, optional=True),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Source, optional=True)
    )
    notes: str = attrs.field(default="", kw_only=True, validator=member_of(str))
    notes_vi: str = attrs.field(default="", kw_only=True, validator=member_of(str))

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        parts = [repr(self.name), self.kind.value]
        for name in ("tier", "rank", "ownership"):
            member = getattr(self, name)
            if member is not None:
                parts.append(f"{name}={member.value}")
        if self.beds is not None:
            parts.append(f"beds={self.beds}")
        return f"Facility({', '.join(parts)})"

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return facility_parts(self, lang)
