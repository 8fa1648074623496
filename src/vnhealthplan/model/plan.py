"""Plans: a document with its targets, facilities and assignments, and tidy frames of them.

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
>>> plan.targets_frame()[["province", "year", "indicator", "comparator", "value", "unit"]]
  province  year     indicator comparator  value                       unit
0  Đắk Lắk  2024  beds_per_10k          =   29.0  bed / ten_thousand_people
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan.core.checks import fail, items_of, member_of, to_tuple
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data import indicators
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.analysis.audit import Finding

__all__ = ["Plan"]

_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_key(inst: Plan, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        fail(
            inst,
            attribute,
            value,
            "a key of lower-case ASCII words joined by '-', e.g. 'thanh-hoa-2023'",
        )


@attrs.frozen
class Plan:
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

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Plan:
        """Read a plan from a TOML plan file (schema: :mod:`vnhealthplan.planfile`).

        Raises
        ------
        vnhealthplan.errors.PlanDataError
            Listing every invalid record at once (file, record, field, value).

        Examples
        --------
        >>> import pathlib, tempfile
        >>> from vnhealthplan import plans
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder, "dak-lak.toml")
        ...     plans.load("dak-lak-2024").to_file(path)
        ...     Plan.from_file(path) == plans.load("dak-lak-2024")
        True
        """
        from vnhealthplan.data.planfile import read_plan

        return read_plan(path)

    def to_file(self, path: str | os.PathLike[str], *, source_text: str | None = None) -> None:
        """Write the plan to a TOML plan file, atomically.

        Parameters
        ----------
        path : str or path-like
        source_text : str, optional
            Path of the source text, relative to the file's folder; quotes are checked
            against it when the file is read back.

        Examples
        --------
        >>> import pathlib, tempfile
        >>> from vnhealthplan import plans
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder, "thanh-hoa-2023.toml")
        ...     plans.load("thanh-hoa-2023").to_file(path)
        ...     Plan.from_file(path).document.cite()
        'Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14)'
        """
        from vnhealthplan.data.planfile import write_plan

        write_plan(self, path, source_text=source_text)

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

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> an_giang = plans.load("an-giang-2018")
        >>> [t.year for t in an_giang.targets_for("beds_per_10k")]
        [2020, 2025, 2030]
        >>> an_giang.targets_for("private_hospitals")  # defined in the plan's own file
        (Target(private_hospitals change 1–2 facility, 2021–2025),)
        """
        if isinstance(indicator, Indicator):
            code = indicator.code
        elif any(t.indicator.code == indicator for t in self.targets):
            code = indicator
        else:
            code = indicators.get(indicator).code  # a typo raises, listing close codes
        return tuple(
            t for t in self.targets if t.indicator.code == code and (year is None or t.year == year)
        )

    def targets_frame(self, lang: Lang = "en") -> pd.DataFrame:
        """The targets as a tidy frame, one row per target.

        Values are in each indicator's own unit, so that one indicator's rows compare.

        Columns: ``plan, province, indicator, indicator_name, year, period_start,
        period_end, kind, comparator, value, upper, unit, scope, baseline_value,
        baseline_year, section, quote, reading``.

        Parameters
        ----------
        lang : {"en", "vi"}
            Language of ``indicator_name``.

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        Thanh Hóa's bed targets, "39 giường bệnh" by 2030 and 40 by 2045:

        >>> from vnhealthplan import plans
        >>> frame = plans.load("thanh-hoa-2023").targets_frame()
        >>> beds = frame.loc[frame.indicator == "beds_per_10k"]
        >>> print(beds[["year", "comparator", "value", "section"]].to_string(index=False))
         year comparator  value  section
         2030          =   39.0 II.1.2.a
         2045          =   40.0 II.1.2.b
        """
        return _frame((self._target_row(t, lang) for t in self.targets), _TARGET_COLUMNS)

    def _measure_row(
        self, record: Target | Observation, province: Province | None, lang: Lang
    ) -> dict[str, Any]:
        """The columns targets and observations share: plan, place, indicator, time."""
        province = province or self.province
        return {
            "plan": self.key,
            "province": province.name if province else None,
            "indicator": record.indicator.code,
            "indicator_name": record.indicator.name(lang),
            "year": record.year,
            "period_start": record.period.start,
            "period_end": record.period.end,
        }

    def _target_row(self, t: Target, lang: Lang) -> dict[str, Any]:
        unit = t.indicator.unit
        return {
            **self._measure_row(t, t.scope.province, lang),
            "kind": t.kind.value,
            "comparator": t.comparator.value,
            "value": float(t.value.to(unit).magnitude),
            "upper": None if t.upper is None else float(t.upper.to(unit).magnitude),
            "unit": str(unit),
            "scope": str(t.scope),
            "baseline_value": None
            if t.baseline is None
            else float(t.baseline.value.to(unit).magnitude),
            "baseline_year": None if t.baseline is None else t.baseline.period.last_year,
            **_source_columns(t.source),
        }

    def facilities_frame(self, lang: Lang = "en") -> pd.DataFrame:
        """The facilities as a frame, one row per facility.

        Columns: ``plan, province, name, kind, tier, rank, ownership, beds,
        autonomy_group, notes, section, quote, reading``; vocabulary columns hold labels
        in *lang*.

        Examples
        --------
        Thanh Hóa's plan lists nine hospitals at rank I ("09 bệnh viện Hạng I") by 2025:

        >>> from vnhealthplan import plans
        >>> frame = plans.load("thanh-hoa-2023").facilities_frame(lang="vi")
        >>> rank_one = frame.loc[frame["rank"] == "hạng I", "name"]
        >>> len(rank_one), rank_one.head(3).tolist()
        (9, ['Bệnh viện Đa khoa tỉnh', 'Bệnh viện Mắt', 'Bệnh viện Ung bướu'])
        """

        def row(f: Facility) -> dict[str, Any]:
            province = f.province or self.province
            return {
                "plan": self.key,
                "province": province.name if province else None,
                "name": f.name,
                "kind": f.kind.label(lang),
                "tier": f.tier.label(lang) if f.tier else None,
                "rank": f.rank.label(lang) if f.rank else None,
                "ownership": f.ownership.label(lang) if f.ownership else None,
                "beds": f.beds,
                "autonomy_group": int(f.autonomy_group) if f.autonomy_group else None,
                "notes": f.notes,
                **_source_columns(f.source),
            }

        return _frame(map(row, self.facilities), _FACILITY_COLUMNS)

    def assignments_frame(self) -> pd.DataFrame:
        """The assignments as a frame, one row per assignment.

        Columns: ``plan, task, lead, partners, submitted_to, due_start, due_end,
        product, completed, section, quote, reading``; ``partners`` joins the partner
        agencies with "; ".

        Examples
        --------
        Thanh Hóa's appendix, due "Quý IV/2022" and "Quý II/2024":

        >>> from vnhealthplan import plans
        >>> frame = plans.load("thanh-hoa-2023").assignments_frame()
        >>> print(frame[["lead", "due_start", "due_end", "section"]].head(2).to_string(index=False))
               lead  due_start    due_end         section
         Phòng TCVH 2022-10-01 2022-12-31 Phụ lục, dòng 1
        Phòng KH-TC 2024-04-01 2024-06-30 Phụ lục, dòng 2
        """

        def row(a: Assignment) -> dict[str, Any]:
            return {
                "plan": self.key,
                "task": a.task,
                "lead": a.lead,
                "partners": "; ".join(a.partners),
                "submitted_to": a.submitted_to,
                "due_start": a.due.start if a.due else None,
                "due_end": a.due.end if a.due else None,
                "product": a.product,
                "completed": a.completed,
                **_source_columns(a.source),
            }

        return _frame(map(row, self.assignments), _ASSIGNMENT_COLUMNS)

    def audit(self) -> tuple[Finding, ...]:
        """Run the consistency checks of :mod:`vnhealthplan.audit` on this plan.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> [f.check for f in plans.load("dak-lak-2024").audit()]
        ['parts_sum', 'implied_population']
        """
        from vnhealthplan.analysis.audit import audit

        return audit(self)

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
        from vnhealthplan.model.displays import plan_parts

        return plan_parts(self, lang, as_of)

    def _repr_html_(self) -> str:
        """The notebook display, in the package language (:func:`vnhealthplan.display.to_html`)."""
        from vnhealthplan.core.html import display

        return display(self)

    def observations_frame(self, lang: Lang = "en") -> pd.DataFrame:
        """The status figures the plan reports, one row per observation.

        Columns: ``plan, province, indicator, indicator_name, year, period_start,
        period_end, value, unit, scope, notes, section, quote, reading``.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> frame = plans.load("an-giang-2018").observations_frame()
        >>> print(frame[["indicator", "year", "value", "unit", "quote"]].to_string(index=False))
                        indicator  year  value    unit                                       quote
        health_insurance_coverage  2017   76.5 percent đến cuối năm 2017, chỉ mới đạt 76,5% dân số
        """

        def row(o: Observation) -> dict[str, Any]:
            return {
                **self._measure_row(o, o.province, lang),
                "value": float(o.value.to(o.indicator.unit).magnitude),
                "unit": str(o.indicator.unit),
                "scope": str(o.scope),
                "notes": o.notes,
                **_source_columns(o.source),
            }

        return _frame(map(row, self.observations), _OBSERVATION_COLUMNS)


_SOURCE_COLUMNS = ("section", "quote", "reading")
_TARGET_COLUMNS = (
    "plan", "province", "indicator", "indicator_name", "year", "period_start", "period_end",
    "kind", "comparator", "value", "upper", "unit", "scope", "baseline_value", "baseline_year",
    *_SOURCE_COLUMNS,
)  # fmt: skip
_FACILITY_COLUMNS = (
    "plan", "province", "name", "kind", "tier", "rank", "ownership", "beds", "autonomy_group",
    "notes", *_SOURCE_COLUMNS,
)  # fmt: skip
_OBSERVATION_COLUMNS = (
    "plan", "province", "indicator", "indicator_name", "year", "period_start", "period_end",
    "value", "unit", "scope", "notes", *_SOURCE_COLUMNS,
)  # fmt: skip
_ASSIGNMENT_COLUMNS = (
    "plan", "task", "lead", "partners", "submitted_to", "due_start", "due_end", "product",
    "completed", *_SOURCE_COLUMNS,
)  # fmt: skip


def _source_columns(source: Source | None) -> dict[str, str | None]:
    if source is None:
        return dict.fromkeys(_SOURCE_COLUMNS)
    return {"section": source.section, "quote": source.quote, "reading": source.reading}


def _frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd  # pandas is imported on first use: it dominates import time

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for name in ("year", "baseline_year", "beds", "autonomy_group"):
        if name in frame:
            frame[name] = frame[name].astype("Int64")
    for name in ("value", "upper", "baseline_value"):
        if name in frame:
            frame[name] = frame[name].astype(float)  # None becomes NaN, in every plan alike
    return frame
