"""The tables an export holds, built once and written by every format alike.

Examples
--------
>>> from vnhealthplan import plans
>>> tables = export_tables(plans.load("dak-lak-2024"), lang="vi")
>>> [(t.name, t.title, len(t.frame)) for t in tables]  # doctest: +NORMALIZE_WHITESPACE
[('document', 'Văn bản', 9), ('targets', 'Chỉ tiêu', 14), ('observations', 'Số liệu thực tế', 0),
 ('facilities', 'Cơ sở y tế', 0), ('assignments', 'Phân công', 1), ('gaps', 'Khoảng cách', 14),
 ('audit', 'Kiểm tra', 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan._version import __version__
from vnhealthplan.analysis.audit import audit as audit_plan
from vnhealthplan.analysis.audit import findings_frame
from vnhealthplan.analysis.frames import (
    assignments_frame,
    facilities_frame,
    localized,
    observations_frame,
    targets_frame,
)
from vnhealthplan.analysis.planstatus import plan_gaps
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import FacilityKind, Lang, Tier
from vnhealthplan.io.export._headers import header, number_format, sheet_title
from vnhealthplan.model.plan import Plan

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ExportTable", "document_frame", "export_tables", "observation_table"]


def _check_frame(inst: ExportTable, attribute: attrs.Attribute[Any], value: Any) -> None:
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise WrongTypeError("ExportTable", "frame", value, message("a pandas DataFrame"))


@attrs.frozen(eq=False)
class ExportTable:
    """One table of an export: a name, a title, a frame and its headers.

    Parameters
    ----------
    name : str
        The table's name, used for file names (``targets.csv``).
    title : str
        Its title in the export's language (an Excel sheet name, ≤ 31 characters).
    frame : pandas.DataFrame
        The data, with the package's column names (``indicator``, ``value``, …).
    headers : tuple of str
        The header of each column in the export's language, with units.
    formats : tuple of (str or None), optional
        The Excel number format of each column (:func:`~vnhealthplan.io.export._headers.
        number_format`); None: text, or the format of each row's unit. Empty: none given.
    lang : {"en", "vi"}
        The export's language (how a date with no column format is shown).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> table = export_tables(plans.load("an-giang-2018"), lang="en")[1]
    >>> table.name, table.headers[:3], table.headers[9]
    ('targets', ('Plan', 'Province', 'Indicator code'), "Value (in the row's unit)")
    """

    name: str
    title: str
    frame: pd.DataFrame = attrs.field(validator=_check_frame)
    headers: tuple[str, ...] = attrs.field(converter=tuple[str, ...])
    formats: tuple[str | None, ...] = attrs.field(default=(), converter=tuple[str | None, ...])
    lang: Lang = "en"

    def __attrs_post_init__(self) -> None:
        if len(self.headers) != len(self.frame.columns):
            expected = message("one header a column ({count})", count=len(self.frame.columns))
            raise ValidationError("ExportTable", "headers", self.headers, expected)
        if self.formats and len(self.formats) != len(self.frame.columns):
            expected = message("one number format a column ({count})",
                               count=len(self.frame.columns))  # fmt: skip
            raise ValidationError("ExportTable", "formats", self.formats, expected)
        if not 0 < len(self.title) <= 31 or any(c in self.title for c in "[]:*?/\\"):
            expected = message("1–31 characters without []:*?/\\ (an Excel sheet name)")
            raise ValidationError("ExportTable", "title", self.title, expected)

    @classmethod
    def build(cls, name: str, frame: pd.DataFrame, lang: Lang | None = None) -> ExportTable:
        """A table with the title and headers of *name* in *lang*.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> from vnhealthplan.frames import facilities_frame
        >>> frame = facilities_frame(plans.load("thanh-hoa-2023"), lang="vi")
        >>> ExportTable.build("facilities", frame, "vi").headers[7]
        'Giường bệnh (giường bệnh)'
        """
        lang = resolve_language(lang)
        headers = [header(name, str(c), frame, lang) for c in frame.columns]
        formats = [number_format(name, str(c), frame[c].dtype, lang) for c in frame.columns]
        return cls(name, sheet_title(name, lang), frame, headers, formats, lang)


def document_frame(plan: Plan, lang: Lang | None = None) -> pd.DataFrame:
    """The document table of a plan's export: one row per field, its name in *lang*.

    ``value`` holds text, and the date of issue as a date (a date cell in Excel); a field
    the document does not give is ``pd.NA``.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> frame = document_frame(plans.load("thanh-hoa-2023"), "vi")
    >>> frame["field"].tolist()[:5]
    ['Kế hoạch', 'Tiêu đề', 'Cơ quan ban hành', 'Số hiệu', 'Ngày ban hành']
    >>> frame.loc[4, "value"]
    datetime.date(2023, 10, 14)
    """
    import pandas as pd

    doc = plan.document
    rows = [
        (translate("Plan", lang, context="document"), plan.key),
        (translate("Title", lang, context="document"), doc.title),
        (translate("Issuer", lang, context="document"), doc.issuer),
        (translate("Number", lang, context="document"), doc.number),
        (translate("Issued", lang, context="document"), doc.issued),
        (translate("Place", lang, context="document"), doc.place),
        (translate("Province", lang, context="document"),
         plan.province.name if plan.province else None),
        (translate("Implements", lang, context="document"), "; ".join(doc.implements)),
        (translate("Exported by", lang, context="document"), f"vnhealthplan {__version__}"),
    ]  # fmt: skip
    values = [pd.NA if v is None or v == "" else v for _, v in rows]
    return pd.DataFrame({
        "field": pd.array([f for f, _ in rows], dtype=pd.StringDtype("python")),
        "value": pd.Series(values, dtype=object),
    })  # fmt: skip


def _written(member: Any, lang: Lang) -> str | None:
    """A scope's tier or kind of facility as the read-back table writes it: its code in
    English, its label in Vietnamese (both read back)."""
    if member is None:
        return None
    return str(member.vi if lang == "vi" else member.value)


def observation_table(plan: Plan, lang: Lang | None = None) -> pd.DataFrame:
    """A plan's observations in the tidy layout :func:`read_observations` reads back.

    The columns of :func:`vnhealthplan.frames.observations_frame`, with the scope in three
    columns that can be read back (``tier``, ``facility_kind``, ``scope_description``)
    instead of ``scope``, its text. ``tier`` and ``facility_kind`` hold codes in English
    and labels in Vietnamese (both read back); ``unit`` holds the unit registry's spelling
    in every language, which :func:`read_observations` reads back.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> frame = observation_table(plans.load("quang-ngai-2023"))
    >>> print(frame.loc[[2], ["indicator", "value", "tier", "facility_kind"]].to_string())
              indicator  value     tier    facility_kind
    2  commune_stations  173.0  commune  commune_station
    """
    import pandas as pd

    lang = resolve_language(lang)
    frame = observations_frame(plan, lang)
    frame["unit"] = pd.array([str(o.indicator.unit) for o in plan.observations],
                             dtype=pd.StringDtype("python"))  # fmt: skip
    scopes = [o.scope for o in plan.observations]
    at = list(frame.columns).index("scope")
    frame = frame.drop(columns="scope")
    text = pd.StringDtype("python")
    descriptions = pd.Series([s.description or None for s in scopes], dtype=text,
                             index=frame.index)  # fmt: skip
    frame.insert(at, "scope_description", descriptions)
    for column, vocab in (("facility_kind", FacilityKind), ("tier", Tier)):
        members = [getattr(scope, column) for scope in scopes]
        dtype = pd.CategoricalDtype([_written(m, lang) for m in vocab])
        frame.insert(at, column, pd.Series([_written(m, lang) for m in members], dtype=dtype,
                                           index=frame.index))  # fmt: skip
    return frame


def export_tables(
    plan: Plan,
    *,
    lang: Lang | None = None,
    gaps: bool = True,
    audit: bool = True,
    observations: Any = None,
) -> tuple[ExportTable, ...]:
    """The tables of a plan's export: document, targets, observations, facilities,
    assignments, and optionally its gaps and its audit.

    Parameters
    ----------
    plan : Plan
    lang : {"en", "vi"}, optional
        Language of the headers, titles and labels; by default the package's
        (:func:`vnhealthplan.options.get_language`).
    gaps : bool
        Add the gaps table (:func:`vnhealthplan.report.plan_gaps`).
    audit : bool
        Add the audit's findings (:func:`vnhealthplan.audit.findings_frame`).
    observations : optional
        What the gaps are computed against; by default
        :func:`vnhealthplan.report.plan_observations`.

    Returns
    -------
    tuple of ExportTable

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> tables = export_tables(plans.load("thanh-hoa-2023"), gaps=False, audit=False)
    >>> [t.name for t in tables]
    ['document', 'targets', 'observations', 'facilities', 'assignments']
    """
    gaps = flag(gaps, "export_tables", "gaps")
    audit = flag(audit, "export_tables", "audit")
    if not isinstance(plan, Plan):
        raise WrongTypeError("export_tables", "plan", plan, message("a Plan"))
    lang = resolve_language(lang)
    frames: list[tuple[str, pd.DataFrame]] = [
        ("document", document_frame(plan, lang)),
        ("targets", targets_frame(plan, lang)),
        ("observations", observation_table(plan, lang)),
        ("facilities", facilities_frame(plan, lang)),
        ("assignments", assignments_frame(plan, lang)),
    ]
    if gaps:
        frames.append(("gaps", localized(plan_gaps(plan, observations), "gaps", lang)))
    if audit:
        frames.append(
            ("audit", localized(findings_frame(audit_plan(plan), lang=lang), "audit", lang))
        )
    return tuple(ExportTable.build(name, frame, lang) for name, frame in frames)


def as_tables(
    plan_or_tables: Plan | Sequence[ExportTable], **options: Any
) -> tuple[ExportTable, ...]:
    """The tables of a plan (built with *options*), or the given tables checked."""
    if isinstance(plan_or_tables, Plan):
        return export_tables(plan_or_tables, **options)
    tables = tuple(plan_or_tables)
    for t in tables:
        if not isinstance(t, ExportTable):
            expected = message("a Plan or ExportTable objects")
            raise WrongTypeError("export", "plan_or_tables", t, expected)
    if options.get("lang") is not None or not options.get("gaps", True):
        expected = message("lang, gaps and audit left out: they apply to a Plan, not to "
                           "ready-made tables")  # fmt: skip
        raise ValidationError("export", "options", options, expected)
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise ValidationError("export", "tables", names, message("unique table names"))
    return tables
