"""Texts that keep their English template and fields, so that they can be said in Vietnamese.

The base of :class:`~vnhealthplan.core.messages.Message` (an error message, catalogue
``errors.po``, context ``"error"``) and :class:`~vnhealthplan.core.reasons.Reason` (why a
drafted record is doubtful, catalogue ``reasons.po``, context ``"reason"``). A
:class:`Templated` is a ``str`` whose text is the English sentence (so comparing, joining and
matching it work as any string) that also remembers its template and fields;
:meth:`Templated.said` fills the template's translation (found under the class's
``context``) with the same fields.

A field's value is written with ``str.format`` as in the English template, except:

* a :class:`Templated` (a message or reason built on another), said in the language asked
  for, from its own catalogue;
* a tuple of them, joined with ``"; "``;
* a mapping of language to text (``{"en": "bed", "vi": "giường bệnh"}``);
* where the class says so (``local_numbers``: error messages), a float written the
  Vietnamese way in Vietnamese ("17,6", "5.130,5"); an int as it is (years, row numbers)
  unless its format spec groups digits (``{n:,}``).

Examples
--------
>>> from vnhealthplan.core.messages import message
>>> from vnhealthplan.core.reasons import reason
>>> text = message("expected {expected}", expected=reason("year taken from the title"))
>>> isinstance(text, Templated), text.said("vi")
(True, 'cần năm lấy theo tên văn bản')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar, NoReturn, Self

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.options import resolve_language

__all__ = ["Templated", "VietnameseNumber"]

#: A format spec without a grouping option: where "," goes (before the precision and type).
_GROUPED = re.compile(r"^(?P<head>(?:.?[<>=^])?[+\- ]?z?#?0?\d*)(?P<tail>(?:\.\d+)?[eEfFgG%]?)$")


class VietnameseNumber:
    """A number written the Vietnamese way whatever its format spec, as babel writes it.

    An int keeps its digits unless the spec groups them (years, row numbers); a float's
    thousands are always grouped with "." and its decimals follow ",", the spec's precision
    kept ("{x:g}": 1234.5 is "1.234,5", as ``format_number(1234.5, "vi")`` writes it). A float
    without a spec is written with up to 15 significant digits.

    Examples
    --------
    >>> format(VietnameseNumber(5130.5), ","), format(VietnameseNumber(2025), "")
    ('5.130,5', '2025')
    >>> format(VietnameseNumber(1234.5), "g"), format(VietnameseNumber(0.25), ".1f")
    ('1.234,5', '0,2')
    """

    def __init__(self, number: int | float) -> None:
        self.number = number

    def __format__(self, spec: str) -> str:
        number = self.number
        if isinstance(number, int) and spec[-1:] in tuple("eEfFgG%"):
            number = float(number)  # an int written as a float ("{n:.1f}")
        if isinstance(number, int) and "," not in spec:
            return format(number, spec)
        if isinstance(number, float):
            spec = _GROUPED.sub(r"\g<head>,\g<tail>", spec) if spec else ",.15g"
        english = format(number, spec)
        return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


class Templated(str):
    """An English text made from a template and fields, said in other languages on demand.

    Subclasses set ``context`` (the catalogue context of their templates) and may set
    ``local_numbers``. Equal to, hashed and shown as its English text, like any string;
    it cannot be changed, and pickles as its template and fields.

    Attributes
    ----------
    template : str
        The English template (``str.format`` fields in braces), the key of its translation.
    fields : Mapping
        The values filled in (read-only).

    Examples
    --------
    >>> from vnhealthplan.core.reasons import Reason
    >>> why = Reason("year taken from the title")
    >>> why.said("vi"), dict(why.fields)
    ('năm lấy theo tên văn bản', {})
    """

    #: The catalogue context of the subclass's templates.
    context: ClassVar[str]
    #: Whether numbers are written the Vietnamese way in Vietnamese.
    local_numbers: ClassVar[bool] = False

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, fields: Mapping[str, Any] | None = None) -> Self:
        kept = dict(fields or {})
        made = super().__new__(cls, cls._written(template, kept, "en"))
        made.__dict__.update(template=template, fields=MappingProxyType(kept))
        return made

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"a {type(self).__name__} cannot be changed")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"a {type(self).__name__} cannot be changed")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.template, dict(self.fields)))

    @classmethod
    def _value(cls, value: Any, lang: Lang) -> Any:
        """A field's value as written in *lang* (see the module's notes)."""
        if isinstance(value, Templated):
            return value.said(lang)
        if isinstance(value, tuple):
            return "; ".join(str(cls._value(part, lang)) for part in value)
        if isinstance(value, Mapping):
            return value[lang]
        if (
            cls.local_numbers
            and lang == "vi"
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            return VietnameseNumber(value)
        return value

    @classmethod
    def _written(cls, template: str, fields: Mapping[str, Any], lang: Lang) -> str:
        if not fields:
            return template
        return template.format(**{name: cls._value(v, lang) for name, v in fields.items()})

    def said(self, lang: Lang | None = None) -> str:
        """The text in *lang* (default: the package setting).

        Raises
        ------
        MissingTranslationError
            If *lang* is Vietnamese and the catalogue lacks the template (the test suite
            makes sure it does not).

        Examples
        --------
        >>> from vnhealthplan.core.messages import message
        >>> message("expected {expected}", expected=message("a finite number")).said("vi")
        'cần một số hữu hạn'
        """
        chosen = resolve_language(lang)
        if chosen == "en":
            return str(self)
        words = translate(self.template, chosen, context=self.context)
        return self._written(words, self.fields, chosen)
