"""Plans: a document with its targets, observations, facilities and assignments.

Examples
--------
The Đắk Lắk 2024 plan's bed rows, built by hand (the bundled plans come later):

>>> from vnhealthplan import Document, Plan, Period, Source, Target, indicators, provinces
>>> doc = Document("Kế hoạch thực hiện Nghị quyết số 01/NQ-CP năm 2024 - Lĩnh vực Y tế",
...                "Sở Y tế Đắk Lắk")
>>> dak_lak = provinces.get("Đắk Lắk")
>>> quote = "Số giường bệnh/vạn dân (không tính giường bệnh trạm y tế)\tGiường bệnh\t29"
>>> beds = Target(indicators.get("beds_per_10k"), 29, Period.year(2024), "=",
...               source=Source(doc, "I.8", quote))
>>> plan = Plan("dak-lak-2024", doc, province=dak_lak, targets=[beds])
>>> plan.targets_for("beds_per_10k")
(Target(beds_per_10k = 29 bed / ten_thousand_people, 2024),)
>>> plan
Plan('dak-lak-2024', Đắk Lắk, 1 target, 0 facilities, 0 assignments, 0 observations)
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import attrs

from vnhealthplan.core import checks
from vnhealthplan.core.checks import fail, items_of, member_of, to_tuple
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model import catalogue
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.displays import ShownInNotebooks, plan_parts
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document
from vnhealthplan.model.target import Target

__all__ = ["Plan"]

_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_key(inst: Plan, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        fail(
            inst,
            attribute,
            value,
            message("a key of lower-case ASCII words joined by '-', e.g. 'thanh-hoa-2023'"),
        )


@attrs.frozen
class Plan(ShownInNotebooks):
    """A plan document and what it sets out.

    Parameters
    ----------
    key : str
        Short identifier, e.g. ``"thanh-hoa-2023"``.
    document : Document
        The document's identity (issuer, number, date, title).
    province : Province, optional
        The province it was issued for; None when the text does not say (seed 000).
    targets, facilities, assignments : iterable
        Stored as tuples.
    observations : iterable of Observation
        Baselines and status figures the plan itself reports.

    Examples
    --------
    >>> from vnhealthplan import Document, Plan
    >>> Plan("Thanh Hoa 2023", Document("Kế hoạch", "Sở Y tế Thanh Hóa"))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Plan.key: got 'Thanh Hoa 2023'; expected a key of \
lower-case ASCII words joined by '-', e.g. 'thanh-hoa-2023'
    """

    key: str = attrs.field(validator=_check_key)
    document: Document = attrs.field(validator=member_of(Document))
    province: Province | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Province, optional=True)
    )
    targets: tuple[Target, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Target)
    )
    facilities: tuple[Facility, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Facility)
    )
    assignments: tuple[Assignment, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Assignment)
    )
    observations: tuple[Observation, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Observation)
    )

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """The distinct indicators the plan sets targets on, in order of first use."""
        return tuple(dict.fromkeys(t.indicator for t in self.targets))

    def targets_for(
        self, indicator: str | Indicator, year: int | None = None
    ) -> tuple[Target, ...]:
        """The targets on *indicator* (a code or an :class:`Indicator`), optionally for *year*.

        Codes of indicators the plan defines itself (in its file's ``[indicators]``) work
        as well as catalogue codes.

        Raises
        ------
        vnhealthplan.errors.UnknownIndicatorError
            If *indicator* is a code neither the plan nor the catalogue knows.
        vnhealthplan.errors.WrongTypeError
            If *year* is not an int (``"2024"`` or ``2024.0``).

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> an_giang = plans.load("an-giang-2018")
        >>> [t.year for t in an_giang.targets_for("beds_per_10k")]
        [2020, 2025, 2030]
        >>> an_giang.targets_for("private_hospitals")  # defined in the plan's own file
        (Target(private_hospitals change 1–2 facility, 2021–2025),)
        """
        if year is not None:  # "2024" would match nothing and answer () in silence
            year = checks.year(year, "Plan.targets_for", "year")
        if isinstance(indicator, Indicator):
            code = indicator.code
        elif any(t.indicator.code == indicator for t in self.targets):
            code = indicator
        else:  # a catalogue code the plan does not use; a typo raises, listing close codes
            code = catalogue.lookup(indicator, (i.code for i in self.indicators)).code
        return tuple(
            t for t in self.targets if t.indicator.code == code and (year is None or t.year == year)
        )

    def __repr__(self) -> str:
        where = self.province.name if self.province else "province not named"
        counts = ", ".join(
            f"{len(items)} {one if len(items) == 1 else many}"
            for one, many, items in (
                ("target", "targets", self.targets),
                ("facility", "facilities", self.facilities),
                ("assignment", "assignments", self.assignments),
                ("observation", "observations", self.observations),
            )
        )
        return f"Plan({self.key!r}, {where}, {counts})"

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return plan_parts(self, lang, as_of)
