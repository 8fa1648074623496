"""One lookup through time for the registries of units: provinces and districts alike.

A unit of a registry (a :class:`~vnhealthplan.Province`, a
:class:`~vnhealthplan.districts.District`) has a last day (``valid_until``) and may be
succeeded: a province merged into another, a district's territory held by its province
once the district level ended. It may also have a first day (``valid_from``) and a parent,
the unit it was split off (Đắk Nông from Đắk Lắk in 2004). :func:`find` says what a name
meant on a day, given the units that bore the name and how each is succeeded (and
parented); :class:`OnDate` is the answer, which
:class:`~vnhealthplan.provinces.UnitOnDate` and
:class:`~vnhealthplan.districts.DistrictOnDate` specialise.

Examples
--------
>>> from datetime import date
>>> from vnhealthplan import provinces
>>> kien_giang = provinces.get("Kiên Giang")
>>> unit, current = find([kien_giang], date(2025, 8, 1), provinces.successor)
>>> unit.key, current.key
('kien-giang', 'an-giang-2025')
>>> dated_name(kien_giang), dated_name(current)
('Kiên Giang (until 2025-06-30)', 'An Giang (from 2025-07-01)')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Final, Generic, Protocol, TypeVar

import attrs

from vnhealthplan.core.messages import Message, message, said_day
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.source import Document, Source

__all__ = [
    "QUOTE_KINDS_VI",
    "Dated",
    "OnDate",
    "covering",
    "dated_name",
    "find",
    "registry_source",
    "source_document",
]


class Dated(Protocol):
    """A unit with a name and a last day (None while it lasts)."""

    @property
    def name(self) -> str:
        """Its name."""

    @property
    def valid_until(self) -> date | None:
        """Its last day, if it ended."""

    def existed_on(self, day: date) -> bool:
        """Whether it existed on *day*."""


U = TypeVar("U", bound=Dated)
C = TypeVar("C", bound=Dated)


def dated_name(unit: Dated) -> str:
    """The unit's name with its last day, or else its first day, where known.

    A :class:`~vnhealthplan.core.messages.Message` when dated (``.said("vi")`` gives it in
    Vietnamese): two units may bear one name (An Giang before and after 1 July 2025).

    Examples
    --------
    >>> from vnhealthplan import provinces
    >>> dated_name(provinces.by_key("thanh-hoa"))
    'Thanh Hóa'
    >>> name = dated_name(provinces.by_key("an-giang-2025"))
    >>> name, name.said("vi")
    ('An Giang (from 2025-07-01)', 'An Giang (từ 01/07/2025)')
    """
    until = unit.valid_until
    since = getattr(unit, "valid_from", None)
    if until is not None:
        return message("{name} (until {day})", name=unit.name, day=said_day(until))
    if since is not None:
        return message("{name} (from {day})", name=unit.name, day=said_day(since))
    return unit.name


def covering(unit: Any, day: date, successor: Callable[[Any], Any]) -> Any:
    """The unit whose territory held *unit*'s on *day*: *unit*, or its successor's.

    *successor* gives the unit that took over a unit's territory (None for none); the
    chain is followed until a unit that existed on *day*, or its end.

    Examples
    --------
    >>> from datetime import date
    >>> from vnhealthplan import provinces
    >>> covering(provinces.get("Kon Tum"), date(2026, 1, 1), provinces.successor).key
    'quang-ngai-2025'
    """
    current = unit
    while not current.existed_on(day):
        following = successor(current)
        if following is None:
            break
        current = following
    return current


def find(
    units: Sequence[U],
    on: date,
    successor: Callable[[Any], Any],
    *,
    parent: Callable[[Any], Any] | None = None,
) -> tuple[U, Any] | None:
    """What the name *units* bore meant on *on*: the unit, and the unit covering it then.

    Parameters
    ----------
    units : sequence
        The units that answer to the name, in registry order.
    on : datetime.date
    successor : callable
        The unit that took over a unit's territory, or None.
    parent : callable, optional
        The unit a unit was split off when it began, or None.

    Returns
    -------
    (unit, current) or None
        The first unit that existed on *on* (twice); else the last one that ended before
        it and the unit covering it then; else the first one to begin after *on* and its
        parent (if *parent* gives one); None if none had begun by *on* and none has a
        parent.

    Examples
    --------
    >>> from vnhealthplan import provinces
    >>> unit, current = find([provinces.get("Đắk Nông")], date(2000, 1, 1),
    ...                      provinces.successor, parent=provinces.split_from)
    >>> unit.key, current.key
    ('dak-nong', 'dak-lak')
    """
    existing = [u for u in units if u.existed_on(on)]
    if existing:
        return existing[0], existing[0]
    ended = [(u.valid_until, i) for i, u in enumerate(units) if u.valid_until is not None]
    before = [(until, i) for until, i in ended if until < on]
    if before:
        unit = units[max(before, key=lambda pair: pair[0])[1]]
        return unit, covering(unit, on, successor)
    return _before_start(units, on, parent)


def _before_start(
    units: Sequence[U], on: date, parent: Callable[[Any], Any] | None
) -> tuple[U, Any] | None:
    """The first unit to begin after *on*, and the unit it was split off; or None."""
    starts = [(s, i) for i, u in enumerate(units) if (s := _start(u)) is not None and on < s]
    if parent is None or not starts:
        return None
    unit = units[min(starts, key=lambda pair: pair[0])[1]]
    found = parent(unit)
    return None if found is None else (unit, found)


def _start(unit: Dated) -> date | None:
    since: date | None = getattr(unit, "valid_from", None)
    return since


@attrs.frozen
class OnDate(Generic[U, C]):
    """What a name meant on a day: the unit that bore it, and the unit covering it then.

    Attributes
    ----------
    name : str
        The name asked for.
    on : datetime.date
    unit
        The unit that bore the name: the one that existed on *on*, else the last before.
    current
        The unit whose territory included *unit*'s on *on*: *unit* itself while it
        existed, the unit that took it over after its end, or the unit it was split off
        before its start.
    """

    name: str
    on: date
    unit: U
    current: C

    @property
    def is_current(self) -> bool:
        """True when the unit itself existed on the day (no change in between)."""
        return bool(self.unit == self.current)

    @property
    def is_before_start(self) -> bool:
        """True when *on* is before the unit's first day (*current* is its parent)."""
        since = _start(self.unit)
        return since is not None and self.on < since

    @property
    def change(self) -> str:
        """What became of the unit (or, before it began, what it was part of), in words.

        The unit is named with its dates where known (:func:`dated_name`): two units may
        bear one name. A :class:`~vnhealthplan.core.messages.Message`: ``.said("vi")``
        gives it in Vietnamese.
        """
        unit = dated_name(self.unit)
        if self.is_current:
            return message("{unit} existed", unit=unit)
        if self.is_before_start:
            since = _start(self.unit)
            assert since is not None
            unit = message("{name} (from {day})", name=self.unit.name, day=said_day(since))
            return message("{unit} was part of {parent}", unit=unit, parent=self.current.name)
        return message("{unit} is part of {current}", unit=unit, current=dated_name(self.current))

    @property
    def text(self) -> Message:
        """The answer in words (its ``str()``); ``.said("vi")`` gives it in Vietnamese."""
        return message("{change} on {day}", change=self.change, day=said_day(self.on))

    def said(self, lang: Lang | None = None) -> str:
        """The answer in words in *lang* (default: the package setting)."""
        return self.text.said(lang)

    def __str__(self) -> str:
        return str(self.text)


#: The data files' kinds of quote (``quote_kind``), in Vietnamese for ``notes_vi``.
QUOTE_KINDS_VI: Final = {
    "news quoting the text": "báo trích văn bản",
    "news (effect and date)": "báo (hiệu lực và ngày)",
    "primary text": "văn bản gốc",
    "secondary (weak)": "nguồn thứ cấp (yếu)",
}


def source_document(row: Mapping[str, Any], issuer: str) -> Document:
    """The :class:`Document` of a source row of the data files: its instrument, *issuer*,
    and notes "kind of quote: url — notes" in English and in Vietnamese (``notes_vi`` empty
    where the row's notes are in English only, so that displays fall back to them).

    Examples
    --------
    >>> from vnhealthplan.data.reference import records
    >>> row = records()[0]
    >>> source_document(row, row["publisher"]).notes_vi[:41]
    'báo trích văn bản: https://anninhthudo.vn'
    """
    kind, url = row["quote_kind"], row["url"]
    notes = f"{kind}: {url}" + (f" — {row['notes']}" if row.get("notes") else "")
    notes_vi = f"{QUOTE_KINDS_VI.get(kind, kind)}: {url}"
    notes_vi += f" — {row['notes_vi']}" if row.get("notes_vi") else ""
    if row.get("notes") and not row.get("notes_vi"):  # English only: displays fall back
        notes_vi = ""
    return Document(row["instrument"], issuer, notes=notes, notes_vi=notes_vi)


def registry_source(row: Mapping[str, Any]) -> Source:
    """The :class:`Source` of a ``[source."…"]`` row of the provinces and districts data.

    Examples
    --------
    >>> from vnhealthplan.data import provinces
    >>> sources = provinces.get("An Giang").sources
    >>> sources[0].document.notes_vi.split(":")[0] in QUOTE_KINDS_VI.values()
    True
    """
    return Source(source_document(row, row["publisher"]), row["section"], row["quote"])
