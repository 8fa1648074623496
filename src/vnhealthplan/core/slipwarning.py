"""The package's one warning class: :class:`LikelySlipWarning`, for a value likely off by a
slip of unit or decimal point (warned, never refused). Also at :mod:`vnhealthplan.errors`
with the package's exceptions.

Examples
--------
>>> import warnings
>>> from vnhealthplan.core.messages import message
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     warnings.warn(LikelySlipWarning(message("expected a finite number")))
>>> caught[0].message.said("vi")
'cần một số hữu hạn'
"""

from __future__ import annotations

from vnhealthplan.core.lang import Lang
from vnhealthplan.core.messages import Message, said

__all__ = ["LikelySlipWarning"]


class LikelySlipWarning(UserWarning):
    """A value about 10, 100 or 1000 times off its target (and baseline): a unit slip?

    Warned, not refused: a real value may be that small or large. The message is a
    :class:`~vnhealthplan.core.messages.Message`, shown in the package language; :meth:`said`
    gives it in either.

    Examples
    --------
    >>> from vnhealthplan.core.messages import message
    >>> warning = LikelySlipWarning(message("expected a finite number"))
    >>> str(warning), warning.said("vi")
    ('expected a finite number', 'cần một số hữu hạn')
    """

    def __str__(self) -> str:
        return self.said()

    def said(self, lang: Lang | None = None) -> str:
        """The warning's message in *lang* (default: the package language)."""
        first = self.args[0] if len(self.args) == 1 else None
        return said(first, lang) if isinstance(first, Message) else super().__str__()
