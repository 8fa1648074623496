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

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, NoReturn

from vnhealthplan.core.i18n import catalogue, translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang

__all__ = ["CONTEXT", "FIELD_CONTEXT", "Message", "field_name", "message", "number", "said"]

#: The catalogue context of every error message's template.
CONTEXT: Final = "error"
#: The catalogue context of the field and record names a problem report shows.
FIELD_CONTEXT: Final = "error field"


class _Number:
    """A number written the Vietnamese way whatever its format spec."""

    def __init__(self, number: int | float) -> None:
        self.number = number

    def __format__(self, spec: str) -> str:
        number = self.number
        if isinstance(number, int) and "," not in spec:
            return format(number, spec)
        if isinstance(number, float) and not spec:
            spec = ",.15g"
        english = format(number, spec)
        return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _value(value: Any, lang: Lang) -> Any:
    """A field's value as written in *lang* (see the module's notes)."""
    if isinstance(value, Message):
        return value.said(lang)
    if isinstance(value, tuple):
        return "; ".join(str(_value(part, lang)) for part in value)
    if isinstance(value, Mapping):
        return value[lang]
    if lang == "vi" and isinstance(value, int | float) and not isinstance(value, bool):
        return _Number(value)
    return value


def _written(template: str, fields: Mapping[str, Any], lang: Lang) -> str:
    if not fields:
        return template
    return template.format(**{name: _value(v, lang) for name, v in fields.items()})


class Message(str):
    """An error message: its English text, with its template and fields.

    Made by :func:`message`. Equal to, hashed and shown as its English text, like any string.

    Attributes
    ----------
    template : str
        The English template (``str.format`` fields in braces), the key of its translation.
    fields : Mapping
        The values filled in (read-only).

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

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, fields: Mapping[str, Any] | None = None) -> Message:
        kept = dict(fields or {})
        made = super().__new__(cls, _written(template, kept, "en"))
        made.__dict__.update(template=template, fields=MappingProxyType(kept))
        return made

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError("a Message cannot be changed")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError("a Message cannot be changed")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, dict(self.fields)))

    def said(self, lang: Lang | None = None) -> str:
        """The message in *lang* (default: the package setting).

        Raises
        ------
        MissingTranslationError
            If *lang* is Vietnamese and ``errors.po`` lacks the template (the test suite
            makes sure it does not).

        Examples
        --------
        >>> message("expected {expected}", expected=message("a finite number")).said("vi")
        'cần một số hữu hạn'
        """
        chosen = resolve_language(lang)
        if chosen == "en":
            return str(self)
        words = translate(self.template, chosen, context=CONTEXT)
        return _written(words, self.fields, chosen)


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


def said(text: object, lang: Lang | None = None) -> str:
    """*text* in *lang*: a :class:`Message` said, anything else as its ``str()``.

    Examples
    --------
    >>> said(message("expected a finite number"), "vi"), said("plain text", "vi")
    ('cần một số hữu hạn', 'plain text')
    """
    return text.said(lang) if isinstance(text, Message) else str(text)


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
    return format(_Number(value), "")
