"""English nouns by count: "1 target", "2 targets"; Vietnamese has no plural.

:func:`counted` picks the English message by the count; the Vietnamese is the catalogue's
translation of the plural message (the one message the catalogue holds).

Examples
--------
>>> counted(1, "{count} target", "{count} targets", "en", count="1")
'1 target'
>>> counted(5, "{count} target", "{count} targets", "en", count="5")
'5 targets'
>>> counted(1, "{count} target", "{count} targets", "vi", count="1")
'1 chỉ tiêu'
"""

from __future__ import annotations

from typing import Any

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.options import resolve_language

__all__ = ["counted"]


def counted(
    number: int,
    singular: str,
    plural: str,
    lang: Lang | None = None,
    /,
    *,
    context: str = "",
    **fields: Any,
) -> str:
    """*singular* in English for a count of one, else *plural*, translated as *plural*.

    Parameters
    ----------
    number : int
        The count the message says.
    singular, plural : str
        The English messages (``str.format`` fields); the Vietnamese catalogue holds
        *plural* only.
    lang, context, **fields
        As for :func:`vnhealthplan.core.i18n.translate`.

    Examples
    --------
    >>> counted(1, "{count} finding", "{count} findings", "en", context="cli", count="1")
    '1 finding'
    """
    chosen = resolve_language(lang)
    message = singular if chosen == "en" and number == 1 else plural
    return translate(message, chosen, context=context, **fields)
