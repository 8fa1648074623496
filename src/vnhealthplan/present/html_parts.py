"""The pieces of the HTML displays: statuses, labels, escaping, and one record's rows.

:mod:`vnhealthplan.display` puts them together; its names are the public ones.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import attrs

from vnhealthplan.analysis.gaps import Gap
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Scope, Target

__all__ = ["STATUSES", "Status", "assignment_status"]


@attrs.frozen
class Status:
    """A status badge: key, symbol, labels and colours.

    Examples
    --------
    >>> STATUSES["overdue"].label("vi")
    'quá hạn'
    """

    key: str
    symbol: str
    en: str
    vi: str
    colour: str
    background: str

    def label(self, lang: Lang = "en") -> str:
        """The status in Vietnamese (``"vi"``) or English (``"en"``).

        Examples
        --------
        >>> STATUSES["met"].label(), STATUSES["met"].label("vi")
        ('met', 'đạt')
        """
        return self.vi if lang == "vi" else self.en


def _status(key: str, symbol: str, en: str, vi: str, colour: str, bg: str) -> Status:
    return Status(key, symbol, en, vi, colour, bg)


_GREEN, _RED, _GREY, _BLUE, _AMBER = (
    ("#116329", "#dafbe1"),
    ("#a40e26", "#ffebe9"),
    ("#57606a", "#eaeef2"),
    ("#0a3069", "#ddf4ff"),
    ("#7d4e00", "#fff8c5"),
)

#: Every status a display can show, by key: targets (met, not met, no data), assignments
#: (done, overdue, not yet due, no due date) and audit findings (info, warning, error).
STATUSES: Final[Mapping[str, Status]] = MappingProxyType(
    {
        s.key: s
        for s in (
            _status("met", "✓", "met", "đạt", *_GREEN),
            _status("not_met", "✗", "not met", "chưa đạt", *_RED),
            _status("unknown", "?", "no data", "chưa có số liệu", *_GREY),
            _status("done", "✓", "done", "đã hoàn thành", *_GREEN),
            _status("overdue", "!", "overdue", "quá hạn", *_RED),
            _status("pending", "…", "not yet due", "chưa đến hạn", *_BLUE),
            _status("no_date", "–", "no due date", "không có thời hạn", *_GREY),
            _status("info", "i", "info", "thông tin", *_BLUE),
            _status("warning", "!", "warning", "cảnh báo", *_AMBER),
            _status("error", "✗", "error", "lỗi", *_RED),
        )
    }
)

#: Column and heading labels, (English, Vietnamese).
_WORDS: Final = MappingProxyType(
    {
        "plan": ("Plan", "Kế hoạch"),
        "targets": ("Targets", "Chỉ tiêu"),
        "facilities": ("Facilities", "Cơ sở y tế"),
        "assignments": ("Assignments", "Nhiệm vụ"),
        "observations": ("Reported figures", "Số liệu hiện trạng"),
        "audit": ("Audit", "Kiểm tra"),
        "indicator": ("Indicator", "Chỉ tiêu"),
        "target": ("Target", "Mục tiêu"),
        "period": ("Due", "Thời hạn"),
        "scope": ("Scope", "Phạm vi"),
        "status": ("Status", "Tình trạng"),
        "source": ("Source", "Nguồn"),
        "observed": ("Observed", "Hiện trạng"),
        "shortfall": ("Shortfall", "Còn thiếu"),
        "value": ("Value", "Giá trị"),
        "year": ("Year", "Năm"),
        "name": ("Name", "Tên"),
        "kind": ("Kind", "Loại"),
        "tier": ("Tier", "Tuyến"),
        "rank": ("Rank", "Hạng"),
        "ownership": ("Ownership", "Sở hữu"),
        "beds": ("Beds", "Giường bệnh"),
        "autonomy": ("Autonomy group", "Nhóm tự chủ"),
        "task": ("Task", "Nội dung công việc"),
        "lead": ("Lead", "Đơn vị chủ trì"),
        "partners": ("Partners", "Đơn vị phối hợp"),
        "submitted_to": ("Submitted to", "Cấp trình"),
        "product": ("Product", "Sản phẩm"),
        "unit": ("Unit", "Đơn vị tính"),
        "direction": ("Direction", "Chiều tốt"),
        "code": ("Code", "Mã"),
        "province": ("Province", "Tỉnh"),
        "aliases": ("Other names", "Tên khác"),
        "check": ("Check", "Kiểm tra"),
        "message": ("Finding (English)", "Nội dung (tiếng Anh)"),
        "notes": ("Notes", "Ghi chú"),
        "method": ("Method", "Cách so sánh"),
        "baseline": ("Baseline", "Mức xuất phát"),
        "reading": ("Corrected reading", "Đọc lại"),
        "issuer": ("Issued by", "Cơ quan ban hành"),
        "legend": ("Legend", "Chú thích"),
        "as_of": ("as of", "tính đến"),
        "none_named": ("(province not named)", "(không nêu tỉnh)"),
        "undated": ("undated", "không ghi ngày"),
        "no_number": ("no number", "không số"),
        "rows": ("rows", "dòng"),
    }
)


def _w(key: str, lang: Lang) -> str:
    en, vi = _WORDS[key]
    return vi if lang == "vi" else en


def _e(value: Any) -> str:
    """Escaped text of *value*; empty for None."""
    return "" if value is None else html.escape(str(value), quote=True)


# ---- building blocks ------------------------------------------------------------------------

#: One style block per display, scoped to its tables (badges carry their own colours).
_STYLE = (
    "<style>table.vhp{border-collapse:collapse;font-size:0.92em}"
    "table.vhp td,table.vhp th{text-align:left;vertical-align:top;padding:2px 8px}</style>"
)


def _badge(key: str, lang: Lang, hint: str = "") -> str:
    s = STATUSES[key]
    title = f' title="{_e(hint)}"' if hint else ""
    return (
        f'<span class="vhp-status vhp-{s.key}" data-status="{s.key}"{title} '
        f'style="color:{s.colour};background:{s.background};padding:0 6px;'
        f'border-radius:8px;white-space:nowrap">{_e(s.symbol)} {_e(s.label(lang))}</span>'
    )


def _legend(keys: Iterable[str], lang: Lang) -> str:
    used = list(dict.fromkeys(keys))
    if not used:
        return ""
    badges = " ".join(_badge(k, lang) for k in used)
    return f'<p class="vhp-legend"><small>{_w("legend", lang)}: {badges}</small></p>'


def _source(source: Source | None, lang: Lang) -> str:
    """The section, opening to the quote, the reading and the citation."""
    if source is None:
        return ""
    reading = ""
    if source.reading:
        reading = f"<br><small>{_w('reading', lang)}:</small> <q>{_e(source.reading)}</q>"
    return (
        f'<details class="vhp-source"><summary title="{_e(source.quote)}">'
        f"§ {_e(source.section)}</summary>"
        f'<q lang="vi">{_e(source.quote)}</q>{reading}'
        f"<br><small>{_e(source.cite())}</small></details>"
    )


def _row(cells: Iterable[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _table(headings: Iterable[str], rows: Iterable[Iterable[str]], css: str) -> str:
    head = _row((_e(h) for h in headings), "th")
    body = "".join(_row(r) for r in rows)
    return f'<table class="vhp {css}"><thead>{head}</thead><tbody>{body}</tbody></table>'


def _fields(pairs: Iterable[tuple[str, str]], css: str, lang: Lang) -> str:
    """A two-column table of label and (already escaped) value; empty values left out."""
    rows = "".join(_row((f"<b>{_e(_w(k, lang))}</b>", v)) for k, v in pairs if v not in ("", None))
    return f'<table class="vhp {css}"><tbody>{rows}</tbody></table>'


def _number(value: float, lang: Lang) -> str:
    from vnhealthplan.text import format_number

    return "" if value != value else format_number(round(float(value), 6), lang)


def _target_text(t: Target, lang: Lang) -> str:
    from vnhealthplan.text import format_target

    try:
        return format_target(t, lang)
    except ValueError:  # a unit with no name in the text layer
        return t._value_text()


def _period(period: Any, lang: Lang) -> str:
    from vnhealthplan.text import format_period

    return "" if period is None else format_period(period, lang)


def _scope(scope: Scope, lang: Lang) -> str:
    parts = [
        scope.tier.label(lang) if scope.tier else "",
        scope.facility_kind.label(lang) if scope.facility_kind else "",
    ]
    words = ", ".join(p for p in parts if p)
    if scope.description:
        return f'{_e(words)}<br><small lang="vi">{_e(scope.description)}</small>'
    return _e(words)


# ---- one record -----------------------------------------------------------------------------


def _province_html(p: Province, lang: Lang) -> str:
    days = " – ".join(d.isoformat() if d else "…" for d in (p.valid_from, p.valid_until))
    pairs = [
        ("province", f"<b>{_e(p.name)}</b>"),
        ("code", _e(p.code)),
        ("aliases", _e(", ".join(n for n in (p.ascii_name, *p.aliases) if n != p.name))),
        ("period", "" if p.valid_from is None and p.valid_until is None else _e(days)),
    ]
    return _fields(pairs, "vhp-province", lang)


def _indicator_html(ind: Indicator, lang: Lang) -> str:
    from vnhealthplan.text import format_unit

    other: Lang = "en" if lang == "vi" else "vi"
    try:
        unit = f"{_e(format_unit(ind.unit, lang))} <small>({_e(ind.unit)})</small>"
    except ValueError:
        unit = _e(ind.unit)
    pairs = [
        ("indicator", f"<b>{_e(ind.name(lang))}</b><br><small>{_e(ind.name(other))}</small>"),
        ("code", f"<code>{_e(ind.code)}</code>"),
        ("unit", unit),
        ("direction", _e(ind.direction.label(lang))),
        ("notes", "<br>".join(_e(n) for n in ind.notes)),
    ]
    return _fields(pairs, "vhp-indicator", lang)


def _target_cells(t: Target, lang: Lang) -> list[str]:
    return [
        f"{_e(t.indicator.name(lang))}<br><small><code>{_e(t.indicator.code)}</code></small>",
        _e(_target_text(t, lang)),
        _e(_period(t.period, lang)),
        _scope(t.scope, lang),
    ]


def _target_html(t: Target, lang: Lang) -> str:
    keys = ("indicator", "target", "period", "scope", "source")
    return _table(
        (_w(k, lang) for k in keys),
        [[*_target_cells(t, lang), _source(t.source, lang)]],
        "vhp-target",
    )


def _facility_cells(f: Facility, lang: Lang) -> list[str]:
    return [
        f"<b>{_e(f.name)}</b>" + (f"<br><small>{_e(f.notes)}</small>" if f.notes else ""),
        _e(f.kind.label(lang)),
        _e(f.tier.label(lang) if f.tier else ""),
        _e(f.rank.label(lang) if f.rank else ""),
        _e(f.ownership.label(lang) if f.ownership else ""),
        _e(f.beds),
        _e(f.autonomy_group.label(lang) if f.autonomy_group else ""),
        _source(f.source, lang),
    ]


_FACILITY_KEYS = ("name", "kind", "tier", "rank", "ownership", "beds", "autonomy", "source")
_ASSIGNMENT_KEYS = ("task", "lead", "partners", "submitted_to", "period", "product", "status")


def assignment_status(assignment: Assignment, as_of: date) -> str:
    """The status key of an assignment on *as_of*: done, overdue, pending or no_date.

    Examples
    --------
    Row 2 of Thanh Hóa's appendix was due "Quý II/2024":

    >>> from datetime import date
    >>> from vnhealthplan import plans
    >>> row = plans.load("thanh-hoa-2023").assignments[1]
    >>> assignment_status(row, date(2024, 6, 30)), assignment_status(row, date(2024, 7, 1))
    ('pending', 'overdue')
    """
    if assignment.completed is not None and assignment.completed <= as_of:
        return "done"
    if assignment.due is None:
        return "no_date"
    return "overdue" if assignment.is_overdue(as_of) else "pending"


def _assignment_cells(a: Assignment, lang: Lang, as_of: date) -> list[str]:
    hint = f"{_w('as_of', lang)} {as_of.isoformat()}"
    return [
        _e(a.task) + (f"<br><small>{_e(a.notes)}</small>" if a.notes else ""),
        _e(a.lead),
        _e("; ".join(a.partners)),
        _e(a.submitted_to),
        _e(_period(a.due, lang)),
        _e(a.product),
        _badge(assignment_status(a, as_of), lang, hint) + "<br>" + _source(a.source, lang),
    ]


def _gap_html(g: Gap, lang: Lang) -> str:
    t = g.target
    key = {True: "met", False: "not_met", None: "unknown"}[g.met]
    cells = [
        *_target_cells(t, lang)[:3],
        _e(_number(g.observed.magnitude, lang)),
        _e(_number(g.shortfall.magnitude, lang)),
        _badge(key, lang, g.method) + "<br>" + _source(t.source, lang),
    ]
    keys = ("indicator", "target", "period", "observed", "shortfall", "status")
    table = _table((_w(k, lang) for k in keys), [cells], "vhp-gap")
    method = f"<p><small>{_w('method', lang)}: {_e(g.method)}</small></p>"
    return table + method
