"""Progress methods: :class:`Method`, its :class:`Category`, and the registry of methods.

A method is one :class:`Method` registered under its key with :func:`register_method`;
``method="key"`` of :func:`~vnhealthplan.progress.progress_status` and
:func:`~vnhealthplan.progress.progress_arrays`, and ``vnhealthplan progress --method``,
accept every registered key. The built-in methods register themselves in their own
modules (:mod:`~vnhealthplan.analysis.progress.opensdg`,
:mod:`~vnhealthplan.analysis.progress.unsd`).

Examples
--------
>>> from vnhealthplan.progress import get_method, methods
>>> for key, method in methods().items():
...     print(f"{key:8} {method.name}")
opensdg  Open SDG / Statistics Canada progress measure
unsd     UN Statistics Division SDG Progress Chart
>>> get_method("unsd").ratio_cuts
(0.95, 0.1)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Literal

import attrs
import numpy as np

from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.registry import Registry
from vnhealthplan.core.vocab import Lang

__all__ = [
    "Category",
    "Method",
    "get_method",
    "method_said",
    "methods",
    "register_method",
    "resolve_method",
    "unregister_method",
]


@attrs.frozen
class Category:
    """A progress category: a stable key and its English and Vietnamese labels.

    English labels are the methods' own; Vietnamese labels are this project's translations.

    Examples
    --------
    >>> from vnhealthplan.progress import OPEN_SDG
    >>> OPEN_SDG.categories[1]
    Category(key='limited_progress', en='Limited progress', vi='tiến bộ hạn chế')
    >>> OPEN_SDG.categories[1].label("vi")
    'tiến bộ hạn chế'
    """

    key: str
    en: str
    vi: str

    def label(self, lang: Lang = "en") -> str:
        """The label in Vietnamese (``"vi"``) or English (``"en"``).

        Examples
        --------
        >>> from vnhealthplan.progress import OPEN_SDG
        >>> OPEN_SDG.unassessed.label(), OPEN_SDG.unassessed.label("vi")
        ('Unable to assess', 'không đánh giá được')
        """
        return self.vi if lang == "vi" else self.en


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _check_cuts(inst: Method, attribute: attrs.Attribute[Any], value: Any) -> None:
    cuts = tuple(value)
    finite = all(isinstance(c, int | float) and math.isfinite(c) for c in cuts)
    if not finite or any(a <= b for a, b in itertools.pairwise(cuts)):
        raise ValidationError(
            "Method", attribute.name, value, message("finite cut-points, descending")
        )
    if len(cuts) != len(inst.categories) - 1 - inst.achieved:
        expected = message(
            "{count} cut-points, one per boundary", count=(len(inst.categories) - 1 - inst.achieved)
        )
        raise ValidationError("Method", attribute.name, value, expected)


@attrs.frozen(repr=False)
class Method:
    """A progress method: its formula, cut-points, categories and source.

    Use :data:`~vnhealthplan.progress.OPEN_SDG` or :data:`~vnhealthplan.progress.UNSD`, or
    your own cut-points and labels with :func:`attrs.evolve` (or ``thresholds=`` of
    :func:`~vnhealthplan.progress.progress_status`); :func:`register_method` makes a method
    usable by its key.

    Parameters
    ----------
    key, name, citation : str
        Short key, full name, and the published text the method follows.
    rule : {"growth_ratio", "projected_change"}
        ``"growth_ratio"``: ``R = s·d·g / |g_req|`` (Open SDG). ``"projected_change"``:
        (v_proj − v0) / (target − v0), with v_proj = v_t·(1 + g)^(T − t) (UNSD).
    categories : tuple of Category
        Worst first. Code *i* of :func:`~vnhealthplan.progress.progress_arrays` is
        ``categories[i]``.
    ratio_cuts : tuple of float
        Descending cut-points on the ratio, one per boundary between categories.
    growth_cuts : tuple of float
        Descending cut-points on the signed growth, for indicators without a numeric target.
    achieved : bool
        True if a met target has its own top category (Open SDG's "target achieved").
    unassessed : Category
        Code −1: data the method cannot assess.
    name_vi : str
        The name in Vietnamese (for Vietnamese text; :meth:`said`), if any.
    zero_replacement : float, optional
        What a zero base value or target is replaced by; None: not assessed.
    limit_exponent : float, optional
        Exponent of the scaling factor near a natural limit; None: no scaling.

    Examples
    --------
    Open SDG with stricter cut-points (a user's choice, not the method's):

    >>> from vnhealthplan.progress import OPEN_SDG
    >>> strict = attrs.evolve(OPEN_SDG, ratio_cuts=(1.0, 0.75, 0.0))
    >>> strict.ratio_cuts, strict.categories[-1].key
    ((1.0, 0.75, 0.0), 'target_achieved')
    """

    key: str
    name: str
    citation: str
    rule: Literal["growth_ratio", "projected_change"]
    categories: tuple[Category, ...] = attrs.field(converter=_tuple)
    achieved: bool
    ratio_cuts: tuple[float, ...] = attrs.field(converter=_tuple, validator=_check_cuts)
    growth_cuts: tuple[float, ...] = attrs.field(converter=_tuple, validator=_check_cuts)
    unassessed: Category
    zero_replacement: float | None = None
    limit_exponent: float | None = None
    name_vi: str = ""

    def __repr__(self) -> str:
        return f"Method({self.key!r}, ratio_cuts={self.ratio_cuts}, growth_cuts={self.growth_cuts})"

    def said(self, lang: Lang = "en") -> str:
        """The method as a sentence of *lang* names it: its key in English, and in Vietnamese
        its Vietnamese name with the key (what ``--method`` takes) in parentheses.

        Examples
        --------
        >>> from vnhealthplan.progress import OPEN_SDG
        >>> OPEN_SDG.said("en"), OPEN_SDG.said("vi")
        ('opensdg', 'thước đo tiến độ của Thống kê Canada (opensdg)')
        """
        if lang == "en" or not self.name_vi:
            return self.key
        return f"{self.name_vi} ({self.key})"

    def category(self, code: int) -> Category:
        """The category of a status code (−1: :attr:`unassessed`).

        Examples
        --------
        >>> from vnhealthplan.progress import UNSD
        >>> UNSD.category(2).en
        'On track or target met'
        """
        return self.unassessed if code < 0 else self.categories[code]

    def labels(self, lang: Lang = "en") -> np.ndarray[Any, Any]:
        """Labels indexed by code: ``labels(lang)[codes]`` (code −1 picks :attr:`unassessed`).

        Examples
        --------
        >>> import numpy as np
        >>> from vnhealthplan.progress import UNSD
        >>> UNSD.labels("vi")[np.array([0, -1])].tolist()
        ['đình trệ hoặc thụt lùi', 'không đánh giá']
        """
        return np.array([c.label(lang) for c in (*self.categories, self.unassessed)])


#: The registered methods, by key.
_REGISTRY: Final[Registry[Method]] = Registry("progress method")


def register_method(method: Method, *, replace: bool = False) -> Method:
    """Register *method* under its key, for ``method="key"`` and the command line.

    Parameters
    ----------
    method : Method
    replace : bool
        Replace a method already registered under that key (else an error).

    Returns
    -------
    Method
        *method*, so that a module defines and registers it in one statement.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a key already registered (without ``replace=True``), or not a Method.

    Examples
    --------
    A stricter Open SDG (a user's choice of cut-points, not the method's), used by key:

    >>> import attrs
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.progress import OPEN_SDG, progress_status
    >>> strict = register_method(attrs.evolve(OPEN_SDG, key="strict",
    ...                                       ratio_cuts=(1.0, 0.9, 0.0)))
    >>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2025)[0]
    >>> try:
    ...     print(progress_status(target, [(2019, 80.0)], method="strict").status)
    ... finally:
    ...     _ = unregister_method("strict")
    limited_progress
    """
    replace = flag(replace, "register_method", "replace")
    if not isinstance(method, Method):
        raise ValidationError("register_method", "method", method, message("a Method"))
    return _REGISTRY.add(method.key, method, replace=replace)


def unregister_method(key: str) -> Method:
    """Remove the method registered under *key* and return it (e.g. at the end of a test).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a key not registered.

    Examples
    --------
    >>> unregister_method("sdg")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: progress method.key: got 'sdg'; expected one of \
'opensdg', 'unsd'
    """
    return _REGISTRY.remove(key)


def methods() -> Mapping[str, Method]:
    """The registered methods: key → :class:`Method`, in registration order (read-only).

    Examples
    --------
    >>> sorted(methods())
    ['opensdg', 'unsd']
    """
    return _REGISTRY.view()


def get_method(key: str) -> Method:
    """The method registered under *key*.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For an unknown key; the message lists the registered ones.

    Examples
    --------
    >>> get_method("opensdg").limit_exponent
    4.44
    """
    return _REGISTRY.get(key)


def method_said(method: str | Method, lang: Lang = "en") -> str:
    """A method (or a registered method's key) as a sentence of *lang* names it
    (:meth:`Method.said`); a key not registered is shown as it is.

    Examples
    --------
    >>> method_said("unsd", "vi"), method_said("mine", "vi")
    ('biểu đồ tiến độ SDG của Thống kê Liên Hợp Quốc (unsd)', 'mine')
    """
    if isinstance(method, Method):
        return method.said(lang)
    return _REGISTRY.get(method).said(lang) if method in _REGISTRY else str(method)


def resolve_method(method: str | Method, thresholds: Sequence[float] | None = None) -> Method:
    """The method meant by ``method=`` (a key or a Method), with *thresholds* as its ratio cuts.

    Examples
    --------
    >>> resolve_method("unsd", (0.9, 0.2))
    Method('unsd', ratio_cuts=(0.9, 0.2), growth_cuts=(0.02, 0.005))
    >>> resolve_method("sdg")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: progress.method: got 'sdg'; expected one of \
['opensdg', 'unsd'] or a Method
    """
    if isinstance(method, Method):
        chosen = method
    elif isinstance(method, str) and method in _REGISTRY:
        chosen = _REGISTRY.get(method)
    else:
        expected = message("one of {names} or a Method", names=str(sorted(_REGISTRY)))
        raise ValidationError("progress", "method", method, expected)
    return chosen if thresholds is None else attrs.evolve(chosen, ratio_cuts=tuple(thresholds))
