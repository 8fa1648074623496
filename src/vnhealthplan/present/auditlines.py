"""The audit's findings as terminal lines: severity, check and message, wrapped.

:func:`audit_lines` serves the plan report (:mod:`vnhealthplan.present.report`) and the
``audit`` command; a check is named by its code, after its Vietnamese name in Vietnamese.
"""

from __future__ import annotations

from collections.abc import Iterable

from vnhealthplan.analysis.audit import Finding
from vnhealthplan.core.i18n import catalogue, translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.terminal import terminal_width, wrap
from vnhealthplan.core.vocab import Lang

__all__ = ["audit_lines", "check_name"]


def audit_lines(
    findings: Iterable[Finding], lang: Lang | None = None, *, width: int | None = None
) -> list[str]:
    """The findings, one each: severity, check and message, wrapped under the message.

    The message is the finding's own in *lang* (:meth:`~vnhealthplan.audit.Finding.text`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.audit import audit
    >>> print(*audit_lines(audit(plans.load("dak-lak-2024"))[:1], "vi", width=90), sep="\\n")
      thông tin  tổng các phần (parts_sum): Tổng số giường bệnh (total_beds) năm 2024: 2.430 +
                 2.700 = 5.130 giường bệnh
    """
    lang = resolve_language(lang)
    width = terminal_width() if width is None else width
    labels = {
        "info": translate("info", lang, context="cli"),
        "warning": translate("warning", lang, context="cli"),
        "error": translate("error", lang, context="cli"),
    }
    column = max(len(label) for label in labels.values()) + 2
    lines = []
    for f in findings:
        text = wrap(f"{check_name(f.check, lang)}: {f.text(lang)}", max(20, width - column - 2))
        lines.append(f"  {labels.get(f.severity, f.severity):<{column}}{text[0]}")
        lines += [" " * (column + 2) + rest for rest in text[1:]]
    return lines


def check_name(code: str, lang: Lang) -> str:
    """An audit check as a line names it: its code, after its Vietnamese name in Vietnamese."""
    name = catalogue(lang).get(("audit check", code)) if lang == "vi" else None
    return f"{name} ({code})" if name else code
