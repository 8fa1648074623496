"""HTML for notebooks, from a neutral description of a record: no model class known here.

A record says *what* to show by returning a description from its ``display_parts(lang,
as_of)`` method (the display protocol, :class:`Displayable`): a :class:`Table` or
:class:`Fields` of :class:`Cell` objects, :class:`Section` objects that fold open, a
:class:`Head`, a :class:`Legend`, a :class:`Note`. :func:`render` turns such a description
into HTML; :func:`display` does it for a record, in the package language, with the style
block. Every text is escaped (quotes from plans are untrusted); a :class:`Quote` shows the
quote on hover (``title=``) and in a ``<details>`` row with the corrected reading and the
citation; a :class:`Badge` is a status with a symbol and a word as well as a colour.

Examples
--------
>>> cell = Cell("Tỷ suất tử vong trẻ em dưới 1 tuổi", note="imr", note_code=True)
>>> render(Table("vhp-x", ("indicator", "target"), ((cell, Cell("< 22‰")),)), "vi")
'<table class="vhp vhp-x"><thead><tr><th>Chỉ tiêu</th><th>Mục tiêu</th></tr></thead><tbody>\
<tr><td>Tỷ suất tử vong trẻ em dưới 1 tuổi<br><small><code>imr</code></small></td><td>&lt; \
22‰</td></tr></tbody></table>'
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Final, Protocol, runtime_checkable

import attrs

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.vocab import Lang

__all__ = [
    "STATUSES",
    "STYLE",
    "WORDS",
    "Badge",
    "Cell",
    "Displayable",
    "Fields",
    "Head",
    "Legend",
    "Note",
    "Part",
    "Quote",
    "Section",
    "Status",
    "Table",
    "badge",
    "display",
    "escape",
    "legend",
    "render",
    "word",
]


@attrs.frozen
class Status:
    """A status badge: key, symbol, English label and colours; Vietnamese from the catalogue.

    Examples
    --------
    >>> STATUSES["overdue"].label("vi")
    'quá hạn'
    """

    key: str
    symbol: str
    en: str
    colour: str
    background: str

    @property
    def vi(self) -> str:
        """The label in Vietnamese (``core/locale/vi/display.po``, context ``status``).

        Examples
        --------
        >>> STATUSES["unknown"].vi
        'chưa có số liệu'
        """
        return translate(self.en, "vi", context="status")

    def label(self, lang: Lang | None = None) -> str:
        """The status in Vietnamese (``"vi"``) or English (``"en"``); the package's by default.

        Examples
        --------
        >>> STATUSES["met"].label("en"), STATUSES["met"].label("vi")
        ('met', 'đạt')
        """
        return translate(self.en, lang, context="status")


_GREEN, _RED, _GREY, _BLUE, _AMBER = (
    ("#116329", "#dafbe1"),
    ("#a40e26", "#ffebe9"),
    ("#57606a", "#eaeef2"),
    ("#0a3069", "#ddf4ff"),
    ("#7d4e00", "#fff8c5"),
)

#: Every status a display can show, by key: targets (met, not met, no data), assignments
#: (done, overdue, product issued, not yet due, no due date) and audit findings (info,
#: warning, error).
STATUSES: Final[Mapping[str, Status]] = MappingProxyType(
    {
        s.key: s
        for s in (
            Status("met", "✓", "met", *_GREEN),
            Status("not_met", "✗", "not met", *_RED),
            Status("unknown", "?", "no data", *_GREY),
            Status("done", "✓", "done", *_GREEN),
            Status("overdue", "!", "overdue", *_RED),
            Status("product_issued", "~", "product issued", *_GREEN),
            Status("pending", "…", "not yet due", *_BLUE),
            Status("no_date", "–", "no due date", *_GREY),
            Status("info", "i", "info", *_BLUE),
            Status("warning", "!", "warning", *_AMBER),
            Status("error", "✗", "error", *_RED),
        )
    }
)

#: Column and heading labels by key, in English; :func:`word` gives them in a language
#: (Vietnamese from ``core/locale/vi/display.po``, context ``display``).
WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "plan": "Plan",
        "targets": "Targets",
        "facilities": "Facilities",
        "assignments": "Assignments",
        "observations": "Reported figures",
        "audit": "Audit",
        "indicator": "Indicator",
        "target": "Target",
        "period": "Due",
        "scope": "Scope",
        "status": "Status",
        "source": "Source",
        "observed": "Observed",
        "shortfall": "Shortfall",
        "value": "Value",
        "year": "Year",
        "name": "Name",
        "kind": "Kind",
        "tier": "Tier",
        "rank": "Rank",
        "ownership": "Ownership",
        "beds": "Beds",
        "autonomy": "Autonomy group",
        "task": "Task",
        "lead": "Lead",
        "partners": "Partners",
        "submitted_to": "Submitted to",
        "product": "Product",
        "unit": "Unit",
        "direction": "Direction",
        "code": "Code",
        "province": "Province",
        "aliases": "Other names",
        "check": "Check",
        "message": "Finding",
        "notes": "Notes",
        "method": "Method",
        "baseline": "Baseline",
        "reading": "Corrected reading",
        "issuer": "Issued by",
        "legend": "Legend",
        "as_of": "as of",
        "none_named": "(province not named)",
        "undated": "undated",
        "no_number": "no number",
        "rows": "rows",
    }
)


def word(key: str, lang: Lang | None = None) -> str:
    """The label *key* of :data:`WORDS` in *lang* (the package language by default).

    Examples
    --------
    >>> word("targets", "vi"), word("targets", "en")
    ('Chỉ tiêu', 'Targets')
    """
    return translate(WORDS[key], lang, context="display")


def escape(value: Any) -> str:
    """Escaped text of *value* (quotes too); empty for None.

    Examples
    --------
    >>> escape('<22 "‰"'), escape(None)
    ('&lt;22 &quot;‰&quot;', '')
    """
    return "" if value is None else html.escape(str(value), quote=True)


#: One style block per display, scoped to its tables (badges carry their own colours).
STYLE: Final = (
    "<style>table.vhp{border-collapse:collapse;font-size:0.92em}"
    "table.vhp td,table.vhp th{text-align:left;vertical-align:top;padding:2px 8px}</style>"
)


def badge(key: str, lang: Lang, hint: str = "") -> str:
    """A status badge: symbol and word on the status colours, *hint* on hover.

    Examples
    --------
    >>> "✗ chưa đạt" in badge("not_met", "vi")
    True
    """
    s = STATUSES[key]
    title = f' title="{escape(hint)}"' if hint else ""
    return (
        f'<span class="vhp-status vhp-{s.key}" data-status="{s.key}"{title} '
        f'style="color:{s.colour};background:{s.background};padding:0 6px;'
        f'border-radius:8px;white-space:nowrap">{escape(s.symbol)} {escape(s.label(lang))}</span>'
    )


def legend(keys: Iterable[str], lang: Lang) -> str:
    """A line listing the badges of *keys*, each once; empty for none.

    Examples
    --------
    >>> legend([], "en")
    ''
    >>> 'data-status="met"' in legend(["met", "met"], "en")
    True
    """
    used = list(dict.fromkeys(keys))
    if not used:
        return ""
    badges = " ".join(badge(k, lang) for k in used)
    return f'<p class="vhp-legend"><small>{word("legend", lang)}: {badges}</small></p>'


# ---- the neutral description ------------------------------------------------------------------


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _parts(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(values)


def _rows(rows: Iterable[Iterable[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(tuple(row) for row in rows)


def _pairs(rows: Iterable[tuple[str, Cell]]) -> tuple[tuple[str, Cell], ...]:
    return tuple(rows)


@attrs.frozen
class Quote:
    """Where a record comes from: section, verbatim quote(s), corrected reading, citation.

    One quote with a citation is a record's source (``vhp-source``: the quote on hover);
    several quotes are listed (an audit finding).
    """

    section: str
    quotes: tuple[str, ...] = attrs.field(converter=_strings)
    reading: str = ""
    citation: str = ""


@attrs.frozen
class Badge:
    """A status (a key of :data:`STATUSES`) and what hovering it says."""

    key: str
    hint: str = ""


@attrs.frozen
class Cell:
    """One value: text (lines split on newlines), a smaller note, a badge, a source.

    Attributes
    ----------
    text : str
        Shown first; ``bold`` or ``code`` style it.
    note : str
        Smaller, on the next line (``inline``: after the text); ``note_code`` and
        ``note_lang`` (e.g. "vi" for words quoted from a plan) mark it up.
    badge : Badge, optional
    quote : Quote, optional
        The source, after everything else.
    """

    text: Any = ""
    note: Any = ""
    bold: bool = False
    code: bool = False
    note_code: bool = False
    note_lang: str = ""
    inline: bool = False
    badge: Badge | None = None
    quote: Quote | None = None


@attrs.frozen
class Table:
    """Rows of cells under headings (keys of :data:`WORDS`), in ``<table class="vhp css">``."""

    css: str
    headings: tuple[str, ...] = attrs.field(converter=_strings)
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_rows)


@attrs.frozen
class Fields:
    """A two-column table of label (keys of :data:`WORDS`) and value; empty values left out."""

    css: str
    rows: tuple[tuple[str, Cell], ...] = attrs.field(converter=_pairs)


@attrs.frozen
class Note:
    """A small paragraph: "label: text"."""

    label: str
    text: str


@attrs.frozen
class Head:
    """A document's heading: its title in bold, then facts separated by dots, then a code."""

    title: str
    facts: tuple[str, ...] = attrs.field(converter=_strings)
    code: str = ""


@attrs.frozen
class Legend:
    """The badges the display uses, each once."""

    keys: tuple[str, ...] = attrs.field(converter=_strings)


@attrs.frozen
class Section:
    """A part that folds open (``<details>``): a title, a count, and what it holds."""

    title: str
    count: int
    body: tuple[Any, ...] = attrs.field(converter=_parts)
    open: bool = False


#: What :func:`render` reads: a part, or a tuple of parts shown one after the other (a tuple
#: with a ``css`` string first is a ``<div class="vhp css">``).
Part = Table | Fields | Note | Head | Legend | Section | tuple[Any, ...]


@runtime_checkable
class Displayable(Protocol):
    """The display protocol: a record that describes itself for :func:`display`."""

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """The description of the record (a :data:`Part`), labels in *lang*."""


def _quote(q: Quote, lang: Lang) -> str:
    if len(q.quotes) != 1 or not q.citation:
        items = "".join(f'<li><q lang="vi">{escape(t)}</q></li>' for t in dict.fromkeys(q.quotes))
        return f"<details><summary>§ {escape(q.section)}</summary><ul>{items}</ul></details>"
    (text,) = q.quotes
    reading = ""
    if q.reading:
        reading = f"<br><small>{word('reading', lang)}:</small> <q>{escape(q.reading)}</q>"
    return (
        f'<details class="vhp-source"><summary title="{escape(text)}">'
        f"§ {escape(q.section)}</summary>"
        f'<q lang="vi">{escape(text)}</q>{reading}'
        f"<br><small>{escape(q.citation)}</small></details>"
    )


def _cell(c: Cell, lang: Lang) -> str:
    text = "<br>".join(escape(line) for line in str(c.text).split("\n")) if c.text != "" else ""
    if c.code and text:
        text = f"<code>{text}</code>"
    if c.bold and text:
        text = f"<b>{text}</b>"
    parts = [text] if text else []
    if c.note not in ("", None):
        note = escape(c.note)
        note = f"<code>{note}</code>" if c.note_code else note
        lang_attr = f' lang="{escape(c.note_lang)}"' if c.note_lang else ""
        small = f"<small{lang_attr}>{note}</small>"
        if c.inline and parts:
            parts[-1] += f" {small}"
        else:
            parts.append(small)
    if c.badge is not None:
        parts.append(badge(c.badge.key, lang, c.badge.hint))
    if c.quote is not None:
        parts.append(_quote(c.quote, lang))
    return "<br>".join(parts)


def _row(cells: Iterable[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def render(part: Any, lang: Lang) -> str:
    """HTML of a description (see :data:`Part`), labels in *lang*; every text escaped.

    Examples
    --------
    >>> render(Note("method", "<"), "en")
    '<p><small>Method: &lt;</small></p>'
    """
    if isinstance(part, tuple):
        if part and isinstance(part[0], str):
            inner = "".join(render(p, lang) for p in part[1:])
            return f'<div class="vhp {escape(part[0])}">{inner}</div>'
        return "".join(render(p, lang) for p in part)
    if isinstance(part, Table):
        head = _row((escape(word(h, lang)) for h in part.headings), "th")
        body = "".join(_row(_cell(c, lang) for c in row) for row in part.rows)
        return f'<table class="vhp {part.css}"><thead>{head}</thead><tbody>{body}</tbody></table>'
    if isinstance(part, Fields):
        rows = "".join(
            _row((f"<b>{escape(word(k, lang))}</b>", _cell(v, lang)))
            for k, v in part.rows
            if v != Cell()
        )
        return f'<table class="vhp {part.css}"><tbody>{rows}</tbody></table>'
    return _render_block(part, lang)


def _render_block(part: Any, lang: Lang) -> str:
    if isinstance(part, Note):
        return f"<p><small>{word(part.label, lang)}: {escape(part.text)}</small></p>"
    if isinstance(part, Legend):
        return legend(part.keys, lang)
    if isinstance(part, Head):
        facts = " · ".join(escape(f) for f in part.facts)
        return (
            f'<div class="vhp-plan-head"><b>{escape(part.title)}</b><br>{facts} · '
            f"<code>{escape(part.code)}</code></div>"
        )
    if isinstance(part, Section):
        state = " open" if part.open else ""
        body = "".join(render(p, lang) for p in part.body)
        return (
            f"<details{state}><summary><b>{escape(part.title)}</b> ({part.count})</summary>"
            f"{body}</details>"
        )
    raise TypeError(f"render: cannot show a {type(part).__name__}")


def display(record: Displayable, lang: Lang | None = None, as_of: date | None = None) -> str:
    """The HTML display of a record, with the style block: what ``_repr_html_`` returns.

    Parameters
    ----------
    record : Displayable
        Anything with ``display_parts(lang, as_of)``.
    lang : {"en", "vi"}, optional
        The package language by default.
    as_of : datetime.date, optional
        The day statuses are judged on; today in Vietnam (UTC+7) by default.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> markup = display(plans.load("dak-lak-2024").province, "vi")
    >>> markup.startswith("<style>"), "Đắk Lắk" in markup
    (True, True)
    """
    language = resolve_language(lang)
    day = vietnam_today() if as_of is None else as_of
    return STYLE + render(record.display_parts(language, day), language)
