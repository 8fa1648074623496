"""Error messages that keep their English template, so that they can be said in Vietnamese.

The package's errors (:mod:`vnhealthplan.core.errors`) and the problems a reader finds in a
user's file are written in English: that is their ``str()``, what a Python user sees in a
traceback. The command line prints them in the language asked for (``--lang vi``). A
message made by :func:`message` is a :class:`Message`: a ``str`` whose text is the English
sentence (so comparing, joining and matching it work as before) that also remembers its
template and fields, so that :meth:`Message.said` gives it in Vietnamese from the catalogue
``core/locale/vi/errors.po`` (context ``"error"``; see :mod:`vnhealthplan.core.i18n`).

A field's value is written with ``str.format`` as in the English template, except:

* a :class:`Message` (a message built on another), said in the language asked for;
* a tuple of messages, joined with ``"; "``;
* a mapping of language to text (``{"en": "bed", "vi": "giường bệnh"}``: a unit's name,
  say);
* a float, written the Vietnamese way in Vietnamese ("17,6", "5.130,5"); an int is
  written as it is (years, row numbers) unless its format spec groups digits (``{n:,}``).

:func:`said` gives any text in a language: a :class:`Message` said, any other string as it
is (English); :func:`field_name` gives the name of a field or record ("value", "file").

Examples
--------
>>> text = message("expected a finite number")
>>> text, text.said("vi")
('expected a finite number', 'cần một số hữu hạn')
>>> size = message("expected a form of at most {limit:,} bytes (max_bytes)", limit=5000000)
>>> size.said("vi")
'cần một biểu mẫu không quá 5.000.000 byte (max_bytes)'
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, ClassVar, Final

from vnhealthplan.core.i18n import catalogue
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.templated import Templated, VietnameseNumber

__all__ = [
    "CONTEXT",
    "FIELD_CONTEXT",
    "GROUPED_FROM",
    "Message",
    "Unquoted",
    "field_name",
    "got_number",
    "message",
    "number",
    "said",
    "said_day",
    "shown",
]

#: The catalogue context of every error message's template.
CONTEXT: Final = "error"
#: The catalogue context of the field and record names a problem report shows.
FIELD_CONTEXT: Final = "error field"


class Message(Templated):
    """An error message: its English text, with its template and fields.

    Made by :func:`message`. Equal to, hashed and shown as its English text, like any string;
    :meth:`~vnhealthplan.core.templated.Templated.said` gives it in another language.

    Its ``template`` and ``fields`` are those of
    :class:`~vnhealthplan.core.templated.Templated`; its translations are in ``errors.po``.

    Examples
    --------
    >>> text = message("unknown {kind} {name!r}{hint}", kind=message("indicator"), name="beds",
    ...                hint="")
    >>> text, text.said("vi")
    ("unknown indicator 'beds'", "không có chỉ tiêu 'beds'")
    >>> import pickle
    >>> pickle.loads(pickle.dumps(text)).said("vi")
    "không có chỉ tiêu 'beds'"
    """

    context: ClassVar[str] = CONTEXT
    local_numbers: ClassVar[bool] = True


def message(template: str, /, **fields: Any) -> Message:
    """An error message: *template* (English, ``str.format`` fields) filled with *fields*.

    Parameters
    ----------
    template : str
        The English sentence, a field in braces for each part that varies. Its Vietnamese
        form is the entry of ``core/locale/vi/errors.po`` with context ``"error"`` and this
        template as its msgid.
    **fields
        The values: anything ``str.format`` writes, or a :class:`Message`, a tuple of them
        or a mapping of language to text, each said in the language asked for.

    Examples
    --------
    >>> message("a level ≤ {limit} {unit} for {code}", limit=100.0, unit="%", code="imr").said("vi")
    'một mức ≤ 100 % cho imr'
    """
    return Message(template, fields)


class Unquoted(Message):
    """A :class:`Message` shown as a value without quotes: a quantity in a problem report,
    "1917.5 person" ("1.917,5 người" in Vietnamese), as a number is shown.

    Examples
    --------
    >>> from vnhealthplan.core.errors import Problem
    >>> value = Unquoted("{quantity}", {"quantity": {"en": "1917.5 person", "vi": "1.917,5 người"}})
    >>> Problem("mine.csv", "row 3", "value", value, "expected a whole number").said("vi")
    'mine.csv: row 3: giá trị = 1.917,5 người: expected a whole number'
    """


def shown(value: object, lang: Lang | None = None) -> str:
    """A value as a problem report shows it: text quoted, a :class:`Message` said and quoted
    ("'0,182 (hiển thị là 18,2%)'"), an :class:`Unquoted` said bare, anything else as it is.

    Examples
    --------
    >>> shown("5.130"), shown(17.5), shown(message("expected a finite number"), "vi")
    ("'5.130'", '17.5', "'cần một số hữu hạn'")
    """
    if isinstance(value, Unquoted):  # a quantity: "1.917,5 người"
        return value.said(lang)
    if isinstance(value, Message):  # a value described in words: "0.182 (shown as 18.2%)"
        value = value.said(lang)
    return repr(value) if isinstance(value, str) else str(value)


def said(text: object, lang: Lang | None = None) -> str:
    """*text* in *lang*: a :class:`Message` said, anything else as its ``str()``.

    Examples
    --------
    >>> said(message("expected a finite number"), "vi"), said("plain text", "vi")
    ('cần một số hữu hạn', 'plain text')
    """
    return text.said(lang) if isinstance(text, Templated) else str(text)


def field_name(name: str, lang: Lang | None = None) -> str:
    """A field or record name (``"value"``, ``"file"``) in *lang*, where the catalogue has it.

    Names the catalogue lacks (column codes, cell addresses) are kept as they are.

    Examples
    --------
    >>> field_name("value", "vi"), field_name("value", "en"), field_name("K3", "vi")
    ('giá trị', 'value', 'K3')
    """
    if resolve_language(lang) == "en":
        return name
    return catalogue("vi").get((FIELD_CONTEXT, name), name)


def number(value: float, lang: Lang | None = None) -> str:
    """*value* written as a message writes a float in *lang*.

    Examples
    --------
    >>> number(5130.5, "vi"), number(17.6, "en")
    ('5.130,5', '17.6')
    """
    if resolve_language(lang) == "en":
        return str(value)
    return format(VietnameseNumber(value), "")


#: Numbers from this size up are grouped in a problem report (in English; in Vietnamese a
#: whole number); below it (a year, "2024.5") they keep their digits.
GROUPED_FROM: Final = 10_000


def got_number(value: float, lang: Lang | None = None) -> str:
    """A number a user gave, as a problem report shows it in *lang*: thousands grouped
    ("1.917.093" in Vietnamese, "1,917,093" in English) from 10,000 up, a whole float
    written as the whole number typed ("900,000", not "900000.0"), a fraction grouped the
    way of the language ("1.917.093,5"; "1,917,093.5"; in Vietnamese whatever its size, as
    a message writes a float: "1.234,5").

    Examples
    --------
    >>> got_number(1917093, "vi"), got_number(900000.0, "en"), got_number(2024.0, "en")
    ('1.917.093', '900,000', '2024')
    >>> got_number(1917093.5, "vi"), got_number(1917093.5, "en"), got_number(17.5, "en")
    ('1.917.093,5', '1,917,093.5', '17.5')
    """
    chosen = resolve_language(lang)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if chosen == "vi" and isinstance(value, float):
        return number(value, chosen)  # grouped whatever its size, as before
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    english = f"{value:,}" if abs(value) >= GROUPED_FROM else str(value)  # "2024.5": a year
    return english if chosen == "en" else english.replace(",", ".")


def said_day(day: date) -> dict[str, str]:
    """*day* as a message field: ISO in English ("2025-06-30"), day first in Vietnamese
    ("30/06/2025"), as the plans and the package's tables write it.

    Examples
    --------
    >>> from datetime import date
    >>> message("{name} (until {day})", name="Kon Tum", day=said_day(date(2025, 6, 30))).said("vi")
    'Kon Tum (đến 30/06/2025)'
    """
    return {"en": day.isoformat(), "vi": day.strftime("%d/%m/%Y")}
