"""National reference targets and statistics, and the comparison of plans against them.

The values live in ``data/reference_sources.toml``, each with the page it was read from
and a verbatim Vietnamese quote. No primary text of the instruments was available: every
value of Resolution 20-NQ/TW and Decision 201/QĐ-TTg comes from a page that restates
them, and each record says so (``quote_kind``).

Examples
--------
>>> from vnhealthplan import reference
>>> [(t.year, t.value.magnitude) for t in reference.national_targets("beds_per_10k")]
[(2025, 30.0), (2030, 32.0), (2025, 33.0), (2030, 35.0), (2050, 45.0), (2020, 28.0)]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.data import indicators, loader, plans, provinces
from vnhealthplan.data.dated import source_document
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan

__all__ = [
    "compare_targets",
    "national_observations",
    "national_targets",
    "provincial_populations",
    "reference_frame",
]

#: Provincial population counts exposed as observations of the province as it was then.
#: Left out on purpose: "hơn 4,2 triệu" (a bound, not a count) and the 2025 merger figures,
#: which describe the merged provinces, not the units the plans were written for.
_PROVINCIAL_POPULATIONS = ("pop.thanh_hoa.2024.end_of_year_gso", "pop.an_giang.2019.census")
#: Their ``indicator`` (which population it is) in Vietnamese, for ``notes_vi``.
_POPULATIONS_VI: Final = {
    "pop.thanh_hoa.2024.end_of_year_gso": "dân số (phương pháp của TCTK, cuối năm)",
    "pop.an_giang.2019.census": "dân số (Tổng điều tra 01/4/2019, sơ bộ)",
}

#: Who issued the instruments the national targets come from.
_ISSUERS = {
    "Nghị quyết 20-NQ/TW": "Ban Chấp hành Trung ương Đảng",
    "Quyết định 201/QĐ-TTg": "Thủ tướng Chính phủ",
}


def records() -> tuple[Mapping[str, Any], ...]:
    """Every row of ``data/reference_sources.toml``, checked, in file order (read-only).

    Examples
    --------
    >>> records()[0]["key"]
    'res20.2025.life_expectancy'
    """
    values: tuple[Mapping[str, Any], ...] = loader.read_toml("reference_sources.toml", problems)[
        "value"
    ]
    return values


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "key": str,
    "indicator": str,
    "scope": str,
    "year": int,
    "value": (int, float),
    "unit": str,
    "kind": str,
    "instrument": str,
    "publisher": str,
    "url": str,
    "quote": str,
    "quote_kind": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "comparator": str,
    "date": str,
    "notes": str,
    "notes_vi": str,
}
_KINDS = ("target", "observed")


def problems(data: Mapping[str, Any], file: str = "reference_sources.toml") -> list[Problem]:
    """Every invalid value of a reference file (empty when it is sound).

    Examples
    --------
    >>> problems({"value": [{"key": "x", "kind": "goal"}]})[-1]
    Problem(file='reference_sources.toml', record='value[0]', field='kind', value='goal', \
message="expected one of 'target', 'observed'")
    """
    rows, found = loader.rows(data, "value", file)
    keys = [row.get("key") for row in rows if isinstance(row, Mapping)]
    for i, row in enumerate(rows):
        record = f"value[{i}]"
        found += loader.fields(file, record, row, _FIELDS, _OPTIONAL)
        if not isinstance(row, Mapping):
            continue
        if row.get("kind", "target") not in _KINDS:
            expected = message("expected one of {kinds}", kinds=_KINDS_SHOWN)
            found.append(Problem(file, record, "kind", row["kind"], expected))
        if row.get("kind") == "target" and "comparator" not in row:
            found.append(Problem(file, record, "comparator", None, message("missing (a target's)")))
        if keys.count(row.get("key")) > 1:
            found.append(Problem(file, record, "key", row.get("key"), message("a key used once")))
    return found


_KINDS_SHOWN = ", ".join(map(repr, _KINDS))


def source(row: Mapping[str, Any]) -> Source:
    """The :class:`Source` of a reference row: the instrument, the page restating it, the quote.

    Examples
    --------
    >>> source(records()[0]).document.issuer
    'Ban Chấp hành Trung ương Đảng'
    """
    instrument = row["instrument"]
    issuer = next((who for key, who in _ISSUERS.items() if instrument.startswith(key)), None)
    document = source_document(row, issuer or row["publisher"])
    restated = message("as restated by {publisher}", publisher=row["publisher"])  # said in vi
    return Source(document, restated, row["quote"])


def _national(kind: str, indicator: str | Indicator | None) -> list[Mapping[str, Any]]:
    code = None if indicator is None else indicators.get(indicator).code
    return [
        row
        for row in records()
        if row["kind"] == kind
        and row["scope"] == "national"
        and row["indicator"] in indicators.catalogue()
        and (code is None or row["indicator"] == code)
    ]


def national_targets(indicator: str | Indicator | None = None) -> tuple[Target, ...]:
    """National targets (Resolution 20-NQ/TW, Decision 201/QĐ-TTg), optionally on one indicator.

    Each target's source names the instrument, the page that restated it and the quote.

    Parameters
    ----------
    indicator : str or Indicator, optional
        A catalogue code such as ``"doctors_per_10k"``.

    Returns
    -------
    tuple of Target
        In file order (by instrument, then year).

    Examples
    --------
    >>> doctors = national_targets("doctors_per_10k")
    >>> [(t.source.document.title[:21], t.year, t.value.magnitude) for t in doctors][:3]
    [('Nghị quyết 20-NQ/TW n', 2025, 10.0), ('Nghị quyết 20-NQ/TW n', 2030, 11.0), \
('Quyết định 201/QĐ-TTg', 2025, 15.0)]
    """
    return tuple(
        Target(
            indicators.get(row["indicator"]),
            float(row["value"]),
            Period.year(row["year"]),
            row["comparator"],
            source=source(row),
            notes=row.get("notes", ""),
            notes_vi=row.get("notes_vi", ""),
        )
        for row in _national("target", indicator)
    )


def national_observations(indicator: str | Indicator | None = None) -> tuple[Observation, ...]:
    """National values reported by the Ministry of Health or the statistics office.

    Examples
    --------
    >>> [(o.year, o.value.magnitude) for o in national_observations("doctors_per_10k")]
    [(2019, 8.8), (2020, 9.8), (2025, 15.0)]
    """
    observed = sorted(_national("observed", indicator), key=lambda row: row["year"])
    return tuple(
        Observation(
            indicators.get(row["indicator"]),
            float(row["value"]),
            Period.year(row["year"]),
            source=source(row),
            notes=row.get("notes", ""),
            notes_vi=row.get("notes_vi", ""),
        )
        for row in observed
    )


def provincial_populations() -> tuple[Observation, ...]:
    """Sourced populations of the plans' provinces, as observations.

    Only counts of the province as it was before the 2025 reorganisation: the GSO end-of-2024
    population of Thanh Hóa and the 2019 census of An Giang. The other population figures of
    ``reference_frame()`` (a bound, and the merged provinces of 2025) are left out.

    Examples
    --------
    >>> [(o.province.name, o.year, o.value.magnitude) for o in provincial_populations()]
    [('Thanh Hóa', 2024, 3764241.0), ('An Giang', 2019, 1908352.0)]
    >>> provincial_populations()[1].notes_vi[:40]
    'dân số (Tổng điều tra 01/4/2019, sơ bộ).'
    """
    by_key = {row["key"]: row for row in records()}
    return tuple(
        Observation(
            indicators.get("population"),
            float(by_key[key]["value"]),
            Period.year(by_key[key]["year"]),
            province=provinces.get(by_key[key]["scope"]),
            source=source(by_key[key]),
            notes=f"{by_key[key]['indicator']}. {by_key[key].get('notes', '')}".strip(),
            notes_vi=f"{_POPULATIONS_VI[key]}. {by_key[key].get('notes_vi', '')}".strip(),
        )
        for key in _PROVINCIAL_POPULATIONS
    )


def reference_frame() -> pd.DataFrame:
    """Every reference value as a frame (national and provincial, targets and observed).

    Columns are the fields of ``data/reference_sources.toml``: ``key, indicator, scope,
    year, value, unit, comparator, kind, instrument, publisher, url, date, quote,
    quote_kind, notes, notes_vi``.

    Examples
    --------
    >>> frame = reference_frame()
    >>> frame.loc[frame["key"] == "qd201.2030.beds_per_10k", ["year", "value", "unit"]]
    ... # doctest: +NORMALIZE_WHITESPACE
        year  value                       unit
    ... 2030   35.0  bed / ten_thousand_people
    """
    import pandas as pd

    columns = [
        *("key", "indicator", "scope", "year", "value", "unit", "comparator", "kind"),
        *("instrument", "publisher", "url", "date", "quote", "quote_kind", "notes"),
        "notes_vi",
    ]
    frame = pd.DataFrame.from_records([dict(row) for row in records()], columns=columns)
    frame["value"] = frame["value"].astype(float)
    return frame


def compare_targets(
    indicator: str | Indicator,
    *,
    bundled: tuple[Plan, ...] | None = None,
    lang: Lang | None = None,
) -> pd.DataFrame:
    """One indicator's targets across the bundled plans and the national instruments.

    Parameters
    ----------
    indicator : str or Indicator
    bundled : tuple of Plan, optional
        The plans to compare; all bundled plans by default.
    lang : {"en", "vi"}, optional
        The language of the ``who`` of a plan that names no province; the language in force
        (:mod:`vnhealthplan.options`) by default.

    Returns
    -------
    pandas.DataFrame
        ``who, year, comparator, value, unit, source`` sorted by year: ``who`` is a province
        (or "(province not named)", in Vietnamese "(không nêu tỉnh)") or a national
        instrument.

    Examples
    --------
    Beds per 10,000 population, plans against the national targets:

    >>> table = compare_targets("beds_per_10k")
    >>> print(table[["who", "year", "value"]].to_string(index=False))
                                             who  year  value
                                        An Giang  2020   25.0
    Kế hoạch phát triển kinh tế - xã hội năm 2020  2020   28.0
                                         Đắk Lắk  2024   29.0
                                        An Giang  2025   27.0
                            (province not named)  2025   30.0
                             Nghị quyết 20-NQ/TW  2025   30.0
                           Quyết định 201/QĐ-TTg  2025   33.0
                                        An Giang  2030   29.4
                                       Thanh Hóa  2030   39.0
                             Nghị quyết 20-NQ/TW  2030   32.0
                           Quyết định 201/QĐ-TTg  2030   35.0
                                       Thanh Hóa  2045   40.0
                           Quyết định 201/QĐ-TTg  2050   45.0
    >>> compare_targets("beds_per_10k", lang="vi")["who"].iloc[4]
    '(không nêu tỉnh)'
    """
    import pandas as pd

    ind = indicators.get(indicator) if isinstance(indicator, str) else indicator
    rows = []
    unnamed = translate("(province not named)", resolve_language(lang), context="display")
    for plan in plans.load_all() if bundled is None else bundled:
        who = plan.province.name if plan.province else unnamed
        for t in plan.targets_for(ind):
            if t.scope.tier is None and t.kind.value == "level":
                rows.append(_row(who, t, plan.key))
    for t in national_targets(ind):
        instrument = t.source.document.title if t.source else "national"
        rows.append(_row(instrument.split(" ngày ")[0].split(" (")[0], t, "national"))
    frame = pd.DataFrame.from_records(
        rows, columns=["who", "year", "comparator", "value", "unit", "source"]
    )
    return frame.sort_values("year", kind="stable").reset_index(drop=True)


def _row(who: str, t: Target, source: str) -> dict[str, Any]:
    return {
        "who": who,
        "year": t.year,
        "comparator": t.comparator.value,
        "value": float(t.value.to(t.indicator.unit).magnitude),
        "unit": str(t.indicator.unit),
        "source": source,
    }
