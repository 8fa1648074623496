"""Reasons for doubt that keep their English template, so that they can be said in Vietnamese.

The plan drafter (:mod:`vnhealthplan.io.extract`) and the text readers below it
(:mod:`vnhealthplan.text.phrases`) say why a drafted record is doubtful: "year taken from the
title", "the words fit A and B equally: A taken". Each such reason is made by :func:`reason`
from an English template and its fields. It is a :class:`Reason`: a ``str`` whose text is the
English sentence (so joining reasons into a record's notes, writing them to a plan file and
comparing them with strings work as before), that also remembers its template and fields, so
that :meth:`Reason.said` gives it in Vietnamese from the catalogue
``core/locale/vi/reasons.po`` (context ``"reason"``; see :mod:`vnhealthplan.core.i18n`).

A field's value is written with ``str.format`` as in the English f-string (format specs such as
``{most:g}`` and conversions such as ``{section!r}`` apply), except three kinds of value, which
are said in the language asked for:

* a :class:`Reason` (a reason built on another: ``"{reason} (due by {year})"``);
* a tuple of reasons, joined with ``"; "``;
* a mapping of language to text (``{"en": "192 births per woman", "vi": "192 con/phụ nữ"}``).

A reason still written as a plain string (not made by :func:`reason`) is shown as it is, in
English, by :func:`said`; the test suite fails on one in a draft, and on a template that
``reasons.po`` does not translate.

Examples
--------
>>> why = reason("its year {year} is before the plan's year {plan_year}", year=2019, plan_year=2020)
>>> why
"its year 2019 is before the plan's year 2020"
>>> why == "its year 2019 is before the plan's year 2020", isinstance(why, str)
(True, True)
>>> why.template, dict(why.fields)
("its year {year} is before the plan's year {plan_year}", {'year': 2019, 'plan_year': 2020})
>>> why.said("vi")
'năm 2019 của số liệu trước năm 2020 của kế hoạch'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.templated import Templated
from vnhealthplan.core.vocab import Lang

__all__ = ["CONTEXT", "Reason", "reason", "said"]

#: The catalogue context of every reason's template.
CONTEXT = "reason"


class Reason(Templated):
    """Why a drafted record is doubtful: its English text, with its template and fields.

    Made by :func:`reason`. Equal to, hashed and shown as its English text, like any string;
    :meth:`~vnhealthplan.core.templated.Templated.said` gives it in another language.

    Its ``template`` and ``fields`` are those of
    :class:`~vnhealthplan.core.templated.Templated`; its translations are in ``reasons.po``.

    Examples
    --------
    >>> why = reason("year taken from the title")
    >>> why, why.said("vi")
    ('year taken from the title', 'năm lấy theo tên văn bản')
    >>> reason("{reason} (due by {year})", reason=why, year=2025).said("vi")
    'năm lấy theo tên văn bản (hạn năm 2025)'
    >>> why.template = "another"
    Traceback (most recent call last):
    ...
    AttributeError: a Reason cannot be changed
    """

    context: ClassVar[str] = CONTEXT
    local_numbers: ClassVar[bool] = True


def reason(template: str, /, **fields: Any) -> Reason:
    """A reason for doubt: *template* (English, ``str.format`` fields) filled with *fields*.

    Parameters
    ----------
    template : str
        The English sentence, with a field in braces for each part that varies. Its
        Vietnamese form is the entry of ``core/locale/vi/reasons.po`` with context
        ``"reason"`` and this template as its msgid.
    **fields
        The values of the fields: anything ``str.format`` writes, or a :class:`Reason`, a
        tuple of them or a mapping of language to text, each said in the language asked for.

    Returns
    -------
    Reason

    Examples
    --------
    >>> why = reason("the words fit {best} and {tied} equally: {best} taken",
    ...              best="doctors_per_10k", tied="nurses_per_10k")
    >>> why
    'the words fit doctors_per_10k and nurses_per_10k equally: doctors_per_10k taken'
    >>> why.said("vi")
    'từ ngữ khớp với doctors_per_10k và nurses_per_10k như nhau: chọn doctors_per_10k'

    A reason built on another is said in one language throughout:

    >>> period = reason("no year near the value: the plan's period {period} is taken",
    ...                 period="2018–2030")
    >>> due = reason("{reason} (due by {year})", reason=period, year=2030)
    >>> due
    "no year near the value: the plan's period 2018–2030 is taken (due by 2030)"
    >>> due.said("vi")
    'không có năm gần giá trị: lấy giai đoạn 2018–2030 của kế hoạch (hạn năm 2030)'
    """
    return Reason(template, fields)


def said(reasons: Iterable[str], lang: Lang | None = None, sep: str = "; ") -> str:
    """*reasons* in *lang*, joined with *sep*; a plain string (not a :class:`Reason`) as it is.

    Examples
    --------
    >>> said([reason("year taken from the title"), "an older reason"], "vi")
    'năm lấy theo tên văn bản; an older reason'
    >>> said([reason("year taken from the title"), "an older reason"], "en")
    'year taken from the title; an older reason'
    """
    chosen = resolve_language(lang)
    return sep.join(r.said(chosen) if isinstance(r, Templated) else str(r) for r in reasons)
