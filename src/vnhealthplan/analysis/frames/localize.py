"""Frames whose values are codes, given in a language: the gaps and the audit's findings.

The record frames (:func:`~vnhealthplan.frames.targets_frame` …) are built in the language
asked for. The gaps frame and the audit's findings frame hold codes (``level``, ``=``,
``percent``, ``warning``); :func:`localized` gives them in Vietnamese for display and
export: vocabularies as their Vietnamese labels (still categorical, over the whole
vocabulary), units as written ("giường bệnh/vạn dân"), a scope's tier and kind of facility
as their labels. In English a frame comes back unchanged. Column names never change.

Examples
--------
>>> from vnhealthplan import plans
>>> from vnhealthplan.report import plan_gaps
>>> frame = localized(plan_gaps(plans.load("dak-lak-2024")), "gaps", "vi")
>>> frame[["comparator", "kind", "unit"]].head(2).to_dict("records")
... # doctest: +NORMALIZE_WHITESPACE
[{'comparator': 'đạt', 'kind': 'đạt mức', 'unit': '%'},
 {'comparator': 'dưới', 'kind': 'đạt mức', 'unit': '‰'}]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames.records import unit_as_written
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.units import as_unit
from vnhealthplan.core.vocab import Comparator, FacilityKind, Lang, TargetKind, Tier

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SEVERITIES", "localized", "scope_in", "severity_label"]

#: The audit's severities, in order.
SEVERITIES: Final = ("info", "warning", "error")
_CODED: Final = {"comparator": Comparator, "kind": TargetKind}


def severity_label(severity: str, lang: Lang | None = None) -> str:
    """An audit severity (``info``, ``warning``, ``error``) in *lang*.

    Examples
    --------
    >>> [severity_label(s, "vi") for s in SEVERITIES]
    ['thông tin', 'cảnh báo', 'lỗi']
    """
    if resolve_language(lang) == "en":
        return severity
    labels = {
        "info": translate("info", lang, context="severity"),
        "warning": translate("warning", lang, context="severity"),
        "error": translate("error", lang, context="severity"),
    }
    return labels.get(severity, severity)


def scope_in(text: Any, lang: Lang | None = None) -> Any:
    """A scope's text (``str(scope)``) with its tier and kind of facility in *lang*.

    Examples
    --------
    >>> scope_in("district; Tuyến huyện, thành phố, TX", "vi")
    'tuyến huyện; Tuyến huyện, thành phố, TX'
    """
    if not isinstance(text, str) or resolve_language(lang) == "en":
        return text
    labels = {m.en: m.vi for kind in (Tier, FacilityKind) for m in kind}
    return "; ".join(labels.get(part, part) for part in text.split("; "))


def _unit(text: Any, lang: Lang) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return unit_as_written(as_unit(text), lang)
    except Exception:
        return text


def localized(frame: pd.DataFrame, table: str, lang: Lang | None = None) -> pd.DataFrame:
    """*frame* (of *table*: ``gaps`` or ``audit``) with its coded values in *lang*.

    Other tables, and English, come back as they are (a copy).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.audit import audit, findings_frame
    >>> frame = findings_frame(audit(plans.load("dak-lak-2024")))
    >>> localized(frame, "audit", "vi")["severity"].tolist()
    ['thông tin', 'thông tin']
    """
    import pandas as pd

    out = frame.copy()
    if resolve_language(lang) == "en":
        return out
    if table == "gaps":
        for column, vocab in _CODED.items():
            if column in out.columns:
                labels = [m.vi for m in vocab]
                codes = (
                    out[column]
                    .astype(object)
                    .map(lambda v, vocab=vocab: None if pd.isna(v) else vocab.parse(str(v)).vi)
                )
                out[column] = codes.astype(pd.CategoricalDtype(labels))
        if "unit" in out.columns:
            out["unit"] = out["unit"].map(lambda u: _unit(u, "vi")).astype(pd.StringDtype())
        if "scope" in out.columns:
            out["scope"] = out["scope"].map(lambda s: scope_in(s, "vi"))
    elif table == "audit" and "severity" in out.columns:
        labels = [severity_label(s, "vi") for s in SEVERITIES]
        out["severity"] = (
            out["severity"]
            .map(lambda s: severity_label(s, "vi"))
            .astype(pd.CategoricalDtype(labels))
        )
    return out
