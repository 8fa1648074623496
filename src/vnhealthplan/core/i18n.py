"""Translations of everything a user reads: gettext catalogues, English as the source.

Every user-facing message is written in English in the code and passed through
:func:`translate`, which gives it in the chosen language (the package setting,
:func:`vnhealthplan.options.set_language`, unless *lang* is given). The Vietnamese
catalogue is a set of gettext PO files in ``core/locale/vi/`` (one per part of the package:
``cli.po``, ``audit.po``, …), read with babel's PO reader on first use and cached.

Why PO files read at run time rather than MO files compiled at build time: the PO file is
the one source translators edit and reviewers read in a diff; an editable install, the test
suite and a wheel all use it as it is, with no build step that could be forgotten; reading
the catalogue takes a few milliseconds, once, and only when Vietnamese is asked for. The
test suite checks the catalogue: every entry translated and none fuzzy, no message twice,
and every literal message the code passes to :func:`translate` present in it.

Messages may hold ``str.format`` fields (``"{count} targets"``); the translation keeps the
same fields, filled after translating. A message may carry a context
(``translate("Target", context="column")``) where one English word has two Vietnamese ones.

Examples
--------
>>> translate("Targets", "vi"), translate("Targets", "en")
('Chỉ tiêu', 'Targets')
>>> translate("{count} targets", "vi", count="5")
'5 chỉ tiêu'
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from vnhealthplan.core.lang import Lang
from vnhealthplan.core.options import resolve_language

__all__ = ["MissingTranslationError", "catalogue", "translate"]

#: A catalogue key: (context or "", English message).
Key = tuple[str, str]


class MissingTranslationError(LookupError):
    """A message asked for in Vietnamese that the catalogue does not hold.

    Examples
    --------
    >>> translate("No such message, surely", "vi")
    Traceback (most recent call last):
    ...
    vnhealthplan.core.i18n.MissingTranslationError: no Vietnamese translation of \
'No such message, surely' in core/locale/vi/*.po
    """


@cache
def catalogue(lang: Lang = "vi") -> Mapping[Key, str]:
    """Every (context, English message) → translation of *lang*'s PO files.

    Raises
    ------
    ValueError
        If two files translate the same message, or an entry is untranslated or fuzzy.

    Examples
    --------
    >>> catalogue("vi")[("", "Targets")]
    'Chỉ tiêu'
    """
    from babel.messages.pofile import read_po

    folder = resources.files("vnhealthplan").joinpath("core", "locale", lang)
    entries: dict[Key, str] = {}
    problems = []
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if not item.name.endswith(".po"):
            continue
        with item.open("rb") as handle:
            po = read_po(handle, locale=lang)
        for message in po:
            if not message.id:
                continue  # the header
            key = (message.context or "", str(message.id))
            where = f"{item.name}: {key[1]!r}"
            if key in entries:
                problems.append(f"{where}: translated twice")
            elif not message.string or message.fuzzy:
                problems.append(f"{where}: untranslated or fuzzy")
            else:
                entries[key] = str(message.string)
    if problems:
        raise ValueError(f"the {lang} catalogue: " + "; ".join(problems))
    return MappingProxyType(entries)


def translate(message: str, lang: Lang | None = None, *, context: str = "", **fields: Any) -> str:
    """*message* (English) in *lang*, its ``{fields}`` filled.

    Parameters
    ----------
    message : str
        The English message, as written in the code.
    lang : {"vi", "en"}, optional
        By default the package language (:func:`vnhealthplan.options.get_language`).
    context : str
        Tells apart two meanings of one English message.
    **fields
        Values for the message's ``str.format`` fields, already formatted for *lang*.

    Raises
    ------
    MissingTranslationError
        If *lang* is Vietnamese and the catalogue lacks the message (the test suite makes
        sure it does not).

    Examples
    --------
    >>> translate("{count} targets", "en", count="5")
    '5 targets'
    """
    chosen = resolve_language(lang)
    text = message
    if chosen == "vi":
        try:
            text = catalogue("vi")[(context, message)]
        except KeyError:
            raise MissingTranslationError(
                f"no Vietnamese translation of {message!r}"
                + (f" (context {context!r})" if context else "")
                + " in core/locale/vi/*.po"
            ) from None
    return text.format(**fields) if fields else text
