"""What an audit check finds: :class:`Finding` (a severity, a message in both languages and
the sections and quotes of the records involved) and :func:`findings_frame`, the findings as a
table. The checks themselves are :mod:`vnhealthplan.audit`'s (public path of both).

Examples
--------
>>> from vnhealthplan import plans
>>> from vnhealthplan.audit import audit
>>> findings_frame(audit(plans.load("dak-lak-2024")))["check"].tolist()
['parts_sum', 'implied_population']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from vnhealthplan.analysis.frames import columns
from vnhealthplan.core.checks import one_of, text, to_tuple
from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan

__all__ = ["Finding", "Severity", "finding_citing", "findings_frame"]

Severity = Literal["info", "warning", "error"]


@attrs.frozen
class Finding:
    """One result of an audit check.

    Parameters
    ----------
    plan : str
        The plan's key.
    check : str
        The check's code, e.g. ``"parts_sum"``.
    severity : {"info", "warning", "error"}
        ``info`` reports a figure worth knowing; ``warning`` something to look at;
        ``error`` a figure that cannot be right as printed.
    message : str
        What was found, in English, with the figures.
    sections : tuple of str
        The sections of the records involved.
    quotes : tuple of str
        Their verbatim quotes.
    value : float, optional
        The figure the check computed, if any (e.g. an implied population).
    message_vi : str
        The message in Vietnamese, figures written the Vietnamese way (:meth:`text`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.audit import audit
    >>> finding = audit(plans.load("dak-lak-2024"))[1]  # 5.130 beds at 29 per 10,000
    >>> finding.check, finding.severity, round(finding.value)
    ('implied_population', 'info', 1768966)
    >>> finding.sections
    ('I. CÁC CHỈ TIÊU, dòng 7', 'I. CÁC CHỈ TIÊU, dòng 8')
    """

    plan: str = attrs.field(validator=text())
    check: str = attrs.field(validator=text())
    severity: Severity = attrs.field(validator=one_of("info", "warning", "error"))
    message: str = attrs.field(validator=text())
    sections: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    quotes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    value: float | None = attrs.field(default=None)
    message_vi: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    def text(self, lang: Lang | None = None) -> str:
        """The message in *lang* (the package language by default).

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> from vnhealthplan.audit import audit
        >>> audit(plans.load("dak-lak-2024"))[0].text("vi")
        'Tổng số giường bệnh (total_beds) năm 2024: 2.430 + 2.700 = 5.130 giường bệnh'
        """
        if resolve_language(lang) == "vi" and self.message_vi:
            return self.message_vi
        return self.message


def finding_citing(
    plan: Plan,
    check: str,
    severity: Severity,
    say: Callable[[Lang], str],
    records: Iterable[Any] = (),
    value: float | None = None,
) -> Finding:
    """A finding citing the sections and quotes of *records*, *say* giving its message.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> beds = dak_lak.targets_for("total_beds")[:1]
    >>> finding_citing(dak_lak, "parts_sum", "info", lambda lang: "…", beds).sections
    ('I. CÁC CHỈ TIÊU, dòng 7',)
    """
    sources = [r.source for r in records if r.source is not None]
    return Finding(
        plan.key,
        check,
        severity,
        say("en"),
        sections=tuple(s.section for s in sources),
        quotes=tuple(s.quote for s in sources),
        value=None if value is None else float(value),
        message_vi=say("vi"),
    )


def findings_frame(findings: Iterable[Finding], lang: Lang | None = None) -> pd.DataFrame:
    """The findings as a frame: ``plan, check, severity, message, value, sections, quotes``.

    ``sections`` and ``quotes`` join their items with " | "; ``message`` is in *lang* (the
    package language by default, :meth:`Finding.text`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.audit import audit
    >>> frame = findings_frame(audit(plans.load("dak-lak-2024")))
    >>> print(frame[["check", "severity", "value"]].round(0).to_string(index=False))
                 check severity     value
             parts_sum     info    5130.0
    implied_population     info 1768966.0
    >>> frame.loc[1, "sections"]
    'I. CÁC CHỈ TIÊU, dòng 7 | I. CÁC CHỈ TIÊU, dòng 8'
    >>> findings_frame(audit(plans.load("dak-lak-2024")), "vi").loc[1, "message"]
    '5.130 giường bệnh ở mức 29 giường bệnh/vạn dân (năm 2024) tương ứng dân số 1.768.966 người'
    """
    import pandas as pd

    findings = list(findings)
    if bad := next((f for f in findings if not isinstance(f, Finding)), None):
        expected = message("Finding objects (audit's)")
        raise WrongTypeError("findings_frame", "findings", bad, expected)
    rows = [
        {
            "plan": f.plan,
            "check": f.check,
            "severity": f.severity,
            "message": f.text(lang),
            "value": f.value,
            "sections": " | ".join(f.sections),
            "quotes": " | ".join(f.quotes),
        }
        for f in findings
    ]
    return pd.DataFrame.from_records(rows, columns=list(columns("audit")))
