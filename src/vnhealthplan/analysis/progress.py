"""Progress status: is an indicator on track to reach its target by the target year?

Two published methods, chosen with ``method=``; both compare the compound annual growth
observed since a base year with what the target needs:

* ``"opensdg"`` (:data:`OPEN_SDG`): Statistics Canada's progress measure, built into Open SDG
  2.4.0 (October 2025). The ratio R of the observed growth to the growth the target
  requires is cut at 0.95 / 0.60 / 0; a met target is "target achieved" whatever the trend.
* ``"unsd"`` (:data:`UNSD`): the UN Statistics Division's SDG Progress Chart (2023 technical
  note). The indicator is projected to the target year at its observed growth and the
  projected change is compared with the change required, cut at 0.95 / 0.10.

:func:`progress_arrays` does the arithmetic on NumPy arrays (no loop over rows); the
scalar :func:`progress_status` wraps it for one :class:`~vnhealthplan.Target` and its
observations, and says in :attr:`Progress.notes` which of the method's rules applied.

Examples
--------
An Giang had 76,5 % of its people insured at the end of 2017 and planned 90 % by 2020.
With a *hypothetical* 80 % in 2019 (no later figure is bundled):

>>> from vnhealthplan import plans
>>> from vnhealthplan.progress import progress_status
>>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
>>> progress_status(target, [(2019, 80.0)]).label
'Limited progress'
>>> progress_status(target, [(2019, 80.0)], method="unsd", lang="vi").label
'tiến bộ khá, nhưng cần đẩy nhanh'
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal

import attrs
import numpy as np

from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import DimensionError, ShapeError, ValidationError
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.target import Target

__all__ = [
    "OPEN_SDG",
    "UNSD",
    "Category",
    "Method",
    "Progress",
    "ProgressArrays",
    "limit_factor",
    "progress_arrays",
    "progress_status",
]

#: Rows per block: temporaries stay small (a few MiB) whatever the number of rows.
_BLOCK: Final = 1 << 16

# Which rules applied to a row: bits of ProgressArrays.flags, with the note each one means.
MET, NO_TARGET, ZERO_BASE, ZERO_TARGET, ZERO_UNDEFINED = 1, 2, 4, 8, 16
NEAR_LIMIT, TOO_FEW_YEARS, MISSING, SIGN_CHANGE, BASE_MET = 32, 64, 128, 256, 512
TARGET_YEAR, NO_DIRECTION, NEGATIVE, REQUIRED_ZERO = 1024, 2048, 4096, 8192
_NOTES: Final = {
    MET: "the latest value meets the target: {top}, whatever the trend",
    NO_TARGET: "no numeric target: the observed growth, signed by the desired direction, is "
    "compared with the growth cut-points {growth_cuts}",
    ZERO_BASE: "the base value is 0, where growth is undefined: replaced by {zero} as the "
    "method states",
    ZERO_TARGET: "the target is 0: replaced by {zero} in the required growth, as the method states",
    ZERO_UNDEFINED: "the base value is 0: compound growth is undefined and the method gives no "
    "replacement, so the status is not assessed",
    NEAR_LIMIT: "bounded indicator: growth cut-points above 0 scaled by C = 1 − (y0/limit)^4.44 "
    "(or its mirror above the limit), as the method states for natural limits",
    TOO_FEW_YEARS: "the latest value is from the base year: at least two years are needed",
    MISSING: "a value or a year is missing (NaN)",
    SIGN_CHANGE: "the values (or the target) change sign: exponential growth is undefined",
    BASE_MET: "the base value already met the target and the latest one no longer does: "
    "the lowest category (this package's reading; the method's ratio is undefined there)",
    TARGET_YEAR: "the target year is not after the base year",
    NO_DIRECTION: "the indicator has no desired direction",
    NEGATIVE: "all values are negative: the desired direction is flipped (Open SDG's rule)",
    REQUIRED_ZERO: "the target equals the base value: the required growth is 0",
}


@attrs.frozen
class Category:
    """A progress category: a stable key and its English and Vietnamese labels.

    English labels are the methods' own; Vietnamese labels are this project's translations.

    Examples
    --------
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
        raise ValidationError("Method", attribute.name, value, "finite cut-points, descending")
    if len(cuts) != len(inst.categories) - 1 - inst.achieved:
        expected = f"{len(inst.categories) - 1 - inst.achieved} cut-points, one per boundary"
        raise ValidationError("Method", attribute.name, value, expected)


@attrs.frozen(repr=False)
class Method:
    """A progress method: its formula, cut-points, categories and source.

    Use :data:`OPEN_SDG` or :data:`UNSD`, or your own cut-points and labels with
    :func:`attrs.evolve` (or ``thresholds=`` of :func:`progress_status`).

    Parameters
    ----------
    key, name, citation : str
        Short key, full name, and the published text the method follows.
    rule : {"growth_ratio", "projected_change"}
        ``"growth_ratio"``: ``R = s·d·g / |g_req|`` (Open SDG). ``"projected_change"``:
        (v_proj − v0) / (target − v0), with v_proj = v_t·(1 + g)^(T − t) (UNSD).
    categories : tuple of Category
        Worst first. Code *i* of :func:`progress_arrays` is ``categories[i]``.
    ratio_cuts : tuple of float
        Descending cut-points on the ratio, one per boundary between categories.
    growth_cuts : tuple of float
        Descending cut-points on the signed growth, for indicators without a numeric target.
    achieved : bool
        True if a met target has its own top category (Open SDG's "target achieved").
    unassessed : Category
        Code −1: data the method cannot assess.
    zero_replacement : float, optional
        What a zero base value or target is replaced by; None: not assessed.
    limit_exponent : float, optional
        Exponent of the scaling factor near a natural limit; None: no scaling.

    Examples
    --------
    Open SDG with stricter cut-points (a user's choice, not the method's):

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

    def __repr__(self) -> str:
        return f"Method({self.key!r}, ratio_cuts={self.ratio_cuts}, growth_cuts={self.growth_cuts})"

    def category(self, code: int) -> Category:
        """The category of a status code (−1: :attr:`unassessed`).

        Examples
        --------
        >>> UNSD.category(2).en
        'On track or target met'
        """
        return self.unassessed if code < 0 else self.categories[code]

    def labels(self, lang: Lang = "en") -> np.ndarray[Any, Any]:
        """Labels indexed by code: ``labels(lang)[codes]`` (code −1 picks :attr:`unassessed`).

        Examples
        --------
        >>> import numpy as np
        >>> UNSD.labels("vi")[np.array([0, -1])].tolist()
        ['đình trệ hoặc thụt lùi', 'không đánh giá']
        """
        return np.array([c.label(lang) for c in (*self.categories, self.unassessed)])


#: Statistics Canada's progress measure as built into Open SDG.
OPEN_SDG: Final = Method(
    key="opensdg",
    name="Open SDG / Statistics Canada progress measure",
    citation=(
        "Statistics Canada, 'Progress Measurement Methodology for the Sustainable Development "
        "Goals', in the Open SDG documentation (open-sdg.readthedocs.io/en/latest/"
        "progress-methodology/), released with Open SDG 2.4.0, October 2025; formulas, "
        "cut-points and the scaling exponent 4.44 checked against open-sdg/sdg-build, "
        "sdg/ProgressMeasure.py"
    ),
    rule="growth_ratio",
    categories=(
        Category("deterioration", "Deterioration", "đi xuống"),
        Category("limited_progress", "Limited progress", "tiến bộ hạn chế"),
        Category(
            "moderate_progress",
            "Progress made but acceleration needed",
            "có tiến bộ nhưng cần đẩy nhanh",
        ),
        Category("substantial_progress", "On track", "đúng tiến độ"),
        Category("target_achieved", "Target achieved", "đã đạt mục tiêu"),
    ),
    achieved=True,
    ratio_cuts=(0.95, 0.60, 0.0),
    growth_cuts=(0.015, 0.005, 0.0),
    unassessed=Category("unable_to_assess", "Unable to assess", "không đánh giá được"),
    zero_replacement=0.001,
    limit_exponent=4.44,
)

#: The UN Statistics Division's SDG Progress Chart method (2023 technical note).
UNSD: Final = Method(
    key="unsd",
    name="UN Statistics Division SDG Progress Chart",
    citation=(
        "United Nations Statistics Division, 'Sustainable Development Goals Progress Chart "
        "2023: Technical Note' (unstats.un.org/sdgs/files/report/2023/"
        "Progress_Chart_Technical_Note_2023.pdf); formula, cut-points and labels as restated "
        "by Eustat's SDG methodology page (EUSTAT-DES/site, _pages/en/metodologia.md), which "
        "follows that note; the note itself was not read"
    ),
    rule="projected_change",
    categories=(
        Category("stagnation_or_regression", "Stagnation or regression", "đình trệ hoặc thụt lùi"),
        Category(
            "fair_progress",
            "Fair progress, but acceleration needed",
            "tiến bộ khá, nhưng cần đẩy nhanh",
        ),
        Category("on_track_or_met", "On track or target met", "đúng tiến độ hoặc đã đạt mục tiêu"),
    ),
    achieved=False,
    ratio_cuts=(0.95, 0.10),
    growth_cuts=(0.02, 0.005),
    unassessed=Category("not_assessed", "Not assessed", "không đánh giá"),
)

_METHODS: Final = {m.key: m for m in (OPEN_SDG, UNSD)}


def _method(method: str | Method, thresholds: Sequence[float] | None) -> Method:
    if isinstance(method, Method):
        chosen = method
    elif isinstance(method, str) and method in _METHODS:
        chosen = _METHODS[method]
    else:
        expected = f"one of {sorted(_METHODS)} or a Method"
        raise ValidationError("progress", "method", method, expected)
    return chosen if thresholds is None else attrs.evolve(chosen, ratio_cuts=tuple(thresholds))


def limit_factor(base: Any, limit: Any, exponent: float = 4.44) -> Any:
    """Open SDG's scaling factor C for a base value near a natural limit (0 ≤ C ≤ 1).

    C = 1 − (y0/L)^a for 0 ≤ y0 ≤ L, 1 − ((2L − y0)/L)^a for L < y0 < 2L, and 1 beyond
    (absolute values; a = 4.44 in sdg-build's ``sdg/ProgressMeasure.py``). Growth cut-points
    above 0 are multiplied by C when an indicator has no numeric target.

    Examples
    --------
    An Giang's insurance coverage, 76,5 % of a 100 % limit, and a base of 98 %:

    >>> round(float(limit_factor(76.5, 100.0)), 4), round(float(limit_factor(98.0, 100.0)), 4)
    (0.6956, 0.0858)
    """
    b, lim = np.abs(np.asarray(base, dtype=float)), np.abs(np.asarray(limit, dtype=float))
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(b <= lim, b / lim, (2 * lim - b) / lim)
        return np.where(b >= 2 * lim, 1.0, 1.0 - np.clip(rel, 0.0, 1.0) ** exponent)


@attrs.frozen
class ProgressArrays:
    """Status codes and the figures behind them, one element per row.

    Attributes
    ----------
    method : Method
    code : numpy.ndarray of int8
        Index into ``method.categories``; −1 where the method cannot assess.
    ratio : numpy.ndarray of float
        The ratio compared with the cut-points (NaN without a numeric target).
    growth : numpy.ndarray of float
        Observed compound annual growth g = (v_t/v_0)^(1/(t − t0)) − 1.
    met : numpy.ndarray of bool
    flags : numpy.ndarray of uint16
        Bits saying which rules applied (see :meth:`notes`).
    required_growth, projected : numpy.ndarray of float, optional
        g_req and v_t·(1 + g)^(T − t); None unless ``details=True``.
    index : pandas.Index, optional
        The index of the Series given, if any.

    Examples
    --------
    >>> r = progress_arrays([76.5, 76.5], 2017, [80.0, 90.0], 2019, 90.0, 2020, 1)
    >>> r.code.tolist(), r.labels().tolist()
    ([1, 4], ['Limited progress', 'Target achieved'])
    """

    method: Method
    code: np.ndarray[Any, Any]
    ratio: np.ndarray[Any, Any]
    growth: np.ndarray[Any, Any]
    met: np.ndarray[Any, Any]
    flags: np.ndarray[Any, Any]
    required_growth: np.ndarray[Any, Any] | None = None
    projected: np.ndarray[Any, Any] | None = None
    index: Any = None

    def labels(self, lang: Lang = "en") -> np.ndarray[Any, Any]:
        """The category labels, element-wise.

        Examples
        --------
        An Giang reports insurance coverage for 2017 only ("76,5% dân số"), so its 95 %
        target for 2025 cannot be assessed yet:

        >>> r = progress_arrays(76.5, 2017, 76.5, 2017, 95.0, 2025, 1)
        >>> r.labels().tolist(), r.labels("vi").tolist()
        (['Unable to assess'], ['không đánh giá được'])
        """
        labels: np.ndarray[Any, Any] = self.method.labels(lang)[self.code]
        return labels

    def keys(self) -> np.ndarray[Any, Any]:
        """The category keys (``"moderate_progress"`` …), element-wise.

        Examples
        --------
        An Giang's 76,5 % insurance coverage of 2017 against its 95 % target for 2025,
        with no later figure:

        >>> progress_arrays(76.5, 2017, 76.5, 2017, 95.0, 2025, 1).keys().tolist()
        ['unable_to_assess']
        """
        keys = [c.key for c in (*self.method.categories, self.method.unassessed)]
        picked: np.ndarray[Any, Any] = np.array(keys)[self.code]
        return picked

    def notes(self, position: int = 0) -> tuple[str, ...]:
        """The rules that applied to one row, in words.

        Examples
        --------
        >>> progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1).notes()[0]
        'the base value is 0, where growth is undefined: replaced by 0.001 as the method states'
        """
        m, bits = self.method, int(self.flags[position])
        top = m.categories[-1].en
        words = {"top": top, "growth_cuts": m.growth_cuts, "zero": m.zero_replacement}
        return tuple(text.format(**words) for bit, text in _NOTES.items() if bits & bit)


def _inputs(named: dict[str, Any]) -> tuple[dict[str, Any], int, Any]:
    """0-d or 1-d numeric inputs of one length (or 1); Series must share an index."""
    arrays, index = {}, None
    for name, value in named.items():
        if hasattr(value, "index") and hasattr(value, "to_numpy"):
            if index is not None and not index.equals(value.index):
                raise ShapeError(f"{name} is a Series with a different index")
            index, value = value.index, value.to_numpy()
        array = np.asarray(value)
        if array.dtype.kind not in "biuf":
            raise ValidationError("progress_arrays", name, value, "numbers")
        if array.ndim > 1:
            raise ShapeError(f"{name} has shape {array.shape}; expected one dimension")
        arrays[name] = array
    lengths = {len(a) for a in arrays.values() if a.ndim == 1} - {1}
    if len(lengths) > 1:
        shapes = ", ".join(f"{k} {a.shape}" for k, a in arrays.items() if a.ndim == 1)
        raise ShapeError(f"arguments do not line up: {shapes}")
    return arrays, (lengths.pop() if lengths else 1), index


def progress_arrays(
    v0: Any,
    t0: Any,
    vt: Any,
    t: Any,
    target: Any,
    T: Any,
    direction: Any,
    limit: Any = np.nan,
    *,
    method: str | Method = "opensdg",
    met: Any = None,
    thresholds: Sequence[float] | None = None,
    details: bool = False,
) -> ProgressArrays:
    """Progress status of many rows at once: plain NumPy, no Python loop over rows.

    Rows are processed in blocks of 65,536, so temporaries stay a few MiB; the result is
    the only large allocation (about 20 bytes a row, 36 with ``details=True``).

    Parameters
    ----------
    v0, t0 : array-like
        Base value and base year.
    vt, t : array-like
        Latest value and its year (``t ≥ t0``).
    target, T : array-like
        Target value and target year; NaN target: no numeric target (direction only).
    direction : array-like
        Its sign: +1 higher is better, −1 lower is better, 0 none (not assessed).
    limit : array-like
        Natural limit in the desired direction (100 for a share, higher is better); NaN:
        none. Used by Open SDG without a numeric target only, as the method states.
    method : {"opensdg", "unsd"} or Method
    met : array-like of bool, optional
        Whether each target is met; by default v_t ≥ target (≤ if lower is better).
    thresholds : sequence of float, optional
        Ratio cut-points replacing the method's, descending.
    details : bool
        Also return the required growth and the value projected to the target year.

    Returns
    -------
    ProgressArrays
        One-dimensional, the length of the longest argument (scalars broadcast).

    Raises
    ------
    vnhealthplan.errors.ShapeError
        If arguments do not line up.
    vnhealthplan.errors.ValidationError
        For a latest year before the base year, or an unknown method.

    Examples
    --------
    An Giang, 76,5 % insured in 2017; targets 90 % (2020) and 95 % (2025), with a
    *hypothetical* 80 % in 2019:

    >>> r = progress_arrays(76.5, 2017, 80.0, 2019, [90.0, 95.0], [2020, 2025], 1)
    >>> r.ratio.round(4).tolist(), r.keys().tolist()
    ([0.4063, 0.8243], ['limited_progress', 'moderate_progress'])
    >>> progress_arrays(76.5, 2017, 80.0, 2019, [90.0, 95.0], [2020, 2025], 1,
    ...                 method="unsd").ratio.round(4).tolist()
    [0.3933, 0.8103]
    """
    m = _method(method, thresholds)
    named = {"v0": v0, "t0": t0, "vt": vt, "t": t, "target": target, "T": T}
    named |= {"direction": direction, "limit": limit}
    if met is not None:
        named["met"] = met
    arrays, n, index = _inputs(named)
    floats = ("ratio", "growth", *(("required_growth", "projected") if details else ()))
    out = {k: np.empty(n) for k in floats}
    out |= {"code": np.empty(n, np.int8), "met": np.empty(n, bool), "flags": np.empty(n, np.uint16)}
    for start in range(0, n, _BLOCK):  # blocks of rows, not rows
        rows = slice(start, min(start + _BLOCK, n))
        block = {k: a[rows] if a.ndim and len(a) == n else a for k, a in arrays.items()}
        _block(m, block, {k: a[rows] for k, a in out.items()})
    return ProgressArrays(m, **out, index=index)


def _mark(flags: Any, bit: int, where: Any) -> None:
    np.bitwise_or(flags, np.uint16(bit), out=flags, where=where)


_UNABLE: Final = MISSING | NO_DIRECTION | TOO_FEW_YEARS | SIGN_CHANGE | TARGET_YEAR | ZERO_UNDEFINED


def _block(m: Method, a: dict[str, Any], out: dict[str, Any]) -> None:
    """Fill *out* for one block of rows (float arithmetic; rules as the method states)."""
    f = {k: np.asarray(v, dtype=float) for k, v in a.items() if k != "met"}
    v0, t0, vt, t, tg, T = (f[k] for k in ("v0", "t0", "vt", "t", "target", "T"))
    d, flags = np.sign(f["direction"]), out["flags"]
    _check_years(t0, t, flags.shape)
    flags[...] = 0
    has_target = np.isfinite(tg) & np.isfinite(T)
    if "met" in a:
        met = has_target & np.asarray(a["met"], dtype=bool)
    else:
        with np.errstate(invalid="ignore"):
            met = has_target & (d != 0) & (d * (vt - tg) >= 0)
    base, goal = _replace_zeros(m, v0, tg, has_target, flags)
    sd = _signed_direction(base, d, flags)
    _mark_inputs(flags, base, goal, v0, vt, t0, t, T, d, has_target)
    with np.errstate(all="ignore"):
        rate = np.log(vt / base) / (t - t0)  # g = (v_t/v_0)^(1/(t − t0)) − 1 = e^rate − 1
        growth = np.expm1(rate)
        ratio, required, projected = _ratio(
            m, sd, growth, rate, base, goal, vt, t, t0, T, has_target, flags, "projected" in out
        )
        code = _categorise(m, ratio, sd * growth, has_target, base, f["limit"], flags)
    unable = (flags & _UNABLE) > 0
    code[unable] = -1
    code[met] = len(m.categories) - 1
    _mark(flags, MET, met)
    out["code"][...], out["met"][...], out["growth"][...], out["ratio"][...] = (
        code, met, growth, ratio
    )  # fmt: skip
    undefined = (flags & (MISSING | TOO_FEW_YEARS | SIGN_CHANGE | ZERO_UNDEFINED)) > 0
    np.copyto(out["growth"], np.nan, where=undefined)
    np.copyto(out["ratio"], np.nan, where=~has_target | unable | ((flags & BASE_MET) > 0))
    if "projected" in out:
        undefined |= ~has_target | ((flags & TARGET_YEAR) > 0)
        out["required_growth"][...], out["projected"][...] = required, projected
        np.copyto(out["required_growth"], np.nan, where=undefined)
        np.copyto(out["projected"], np.nan, where=undefined)


def _signed_direction(base: Any, d: Any, flags: Any) -> Any:
    """The direction, flipped where the values are negative (Open SDG's sign factor)."""
    negative = base < 0
    if not np.any(negative):
        return d
    _mark(flags, NEGATIVE, negative)
    return np.where(negative, -d, d)


def _check_years(t0: Any, t: Any, shape: tuple[int, ...]) -> None:
    early = np.broadcast_to(t < t0, shape)
    if np.any(early):
        pos = int(np.argmax(early))
        year = np.broadcast_to(t, shape)[pos]
        raise ValidationError("progress_arrays", "t", year, "a year on or after the base year t0")


def _mark_inputs(
    flags: Any, base: Any, goal: Any, v0: Any, vt: Any, t0: Any, t: Any, T: Any, d: Any,
    has_target: Any,
) -> None:  # fmt: skip
    """Flag the rows whose inputs the method cannot assess."""
    finite = np.isfinite(v0) & np.isfinite(vt) & np.isfinite(t0) & np.isfinite(t)
    _mark(flags, MISSING, ~finite | np.isnan(d))
    _mark(flags, NO_DIRECTION, d == 0)
    _mark(flags, TOO_FEW_YEARS, t == t0)
    _mark(flags, SIGN_CHANGE, (base * vt < 0) | (has_target & (goal * base < 0)))
    _mark(flags, TARGET_YEAR, has_target & (t0 >= T))


def _replace_zeros(m: Method, v0: Any, tg: Any, has_target: Any, flags: Any) -> tuple[Any, Any]:
    """Base value and target after the method's zero replacement (or flagged as undefined)."""
    zero_base, zero_target = v0 == 0, has_target & (tg == 0)
    if m.zero_replacement is None:
        _mark(flags, ZERO_UNDEFINED, zero_base)
        return v0, tg
    z = m.zero_replacement
    if np.any(zero_base):
        _mark(flags, ZERO_BASE, zero_base)
        v0 = np.where(zero_base, z, v0)
    if np.any(zero_target):
        _mark(flags, ZERO_TARGET, zero_target)
        tg = np.where(zero_target, z, tg)
    return v0, tg


def _ratio(
    m: Method, sd: Any, growth: Any, rate: Any, base: Any, goal: Any, vt: Any, t: Any, t0: Any,
    T: Any, has_target: Any, flags: Any, details: bool,
) -> tuple[Any, Any, Any]:  # fmt: skip
    """The method's ratio (R = s·d·g/|g_req|, or projected over required change).

    Also returns the required growth and the projected value (None when not needed).
    """
    growth_ratio = m.rule == "growth_ratio"
    required: Any = None
    if growth_ratio or details:  # (target/v_0)^(1/(T − t0)) − 1
        required = np.expm1(np.log(goal / base) / (T - t0))
    projected: Any = None
    if not growth_ratio or details:  # v_t·(1 + g)^(T − t)
        projected = vt * np.exp(rate * (T - t))
    if growth_ratio:
        _mark(flags, REQUIRED_ZERO, has_target & (required == 0))
        return sd * growth / np.abs(required), required, projected
    # a base that already meets the target leaves the projected-change ratio undefined
    base_met = has_target & (sd * (goal - base) <= 0)
    _mark(flags, BASE_MET, base_met)
    return np.where(base_met, -np.inf, (projected - base) / (goal - base)), required, projected


def _categorise(
    m: Method, ratio: Any, signed: Any, has_target: Any, base: Any, lim: Any, flags: Any
) -> Any:
    """Count the cut-points each value reaches: 0 (worst) … len(cuts)."""
    code = np.zeros(np.shape(flags), np.int8)
    if np.any(has_target):
        for cut in m.ratio_cuts:
            code += ratio >= cut
    if np.all(has_target):
        return code
    _mark(flags, NO_TARGET, ~has_target)
    near = ~has_target & np.isfinite(lim) & (m.limit_exponent is not None)
    scale: Any = 1.0
    if np.any(near):
        _mark(flags, NEAR_LIMIT, near)
        scale = np.where(near, limit_factor(base, lim, m.limit_exponent or 0.0), 1.0)
    by_growth = np.zeros_like(code)
    for cut in m.growth_cuts:
        by_growth += signed >= (cut * scale if cut > 0 else cut)
    return np.where(has_target, code, by_growth)


@attrs.frozen(repr=False)
class Progress:
    """The progress status of one target, with the figures and rules behind it.

    Attributes
    ----------
    method, citation : str
        The method's key and the published text it follows.
    status : str
        The category's key, e.g. ``"moderate_progress"``; :attr:`code` is its index.
    label_en, label_vi : str
        Its label (English: the method's; Vietnamese: this project's translation).
    met : bool
        Whether the latest value meets the target (the plan's comparator decides).
    ratio, growth, required_growth, projected : float
        The ratio compared with the cut-points, the observed and the required compound
        annual growth, and the latest value projected to the target year (NaN if undefined).
    base_year, base_value, year, value : int or None, float
        The values compared.
    target_value, target_year : float, int or None
        The target's level (NaN and None without a numeric target).
    unit : str
    notes : tuple of str
        Which of the method's rules applied.
    lang : {"en", "vi"}
        The language of :attr:`label`.

    Examples
    --------
    An Giang's 95 % insurance target for 2025, with a *hypothetical* 80 % in 2019:

    >>> from vnhealthplan import plans
    >>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2025)[0]
    >>> p = progress_status(target, [(2019, 80.0)])
    >>> p
    Progress(opensdg: moderate_progress, ratio=0.8243, 2017 → 2019, target 95 percent by 2025)
    >>> round(p.growth, 4), round(p.required_growth, 4)
    (0.0226, 0.0274)
    """

    method: str
    status: str
    code: int
    label_en: str
    label_vi: str
    met: bool
    ratio: float
    growth: float
    required_growth: float
    projected: float
    base_year: int | None
    base_value: float
    year: int | None
    value: float
    target_value: float
    target_year: int | None
    unit: str
    notes: tuple[str, ...]
    citation: str
    lang: Lang = "en"

    @property
    def label(self) -> str:
        """The category's label in :attr:`lang`."""
        return self.label_vi if self.lang == "vi" else self.label_en

    def __repr__(self) -> str:
        goal = "no numeric target"
        if self.target_year is not None:
            goal = f"target {self.target_value:g} {self.unit} by {self.target_year}"
        return (
            f"Progress({self.method}: {self.status}, ratio={self.ratio:.4g}, "
            f"{self.base_year} → {self.year}, {goal})"
        )


def progress_status(
    target: Target | Indicator,
    observations: Iterable[Observation | tuple[int, Any]],
    *,
    method: str | Method = "opensdg",
    thresholds: Sequence[float] | None = None,
    lang: Lang = "en",
    base_year: int | None = None,
    direction: int | None = None,
) -> Progress:
    """The progress status of one target: a thin wrapper over :func:`progress_arrays`.

    Parameters
    ----------
    target : Target or Indicator
        The target; an :class:`~vnhealthplan.Indicator` alone means "no numeric target"
        (direction only; the indicator's bound in its good direction is the natural limit).
    observations : iterable of Observation or (year, value)
        Values of the indicator; plain numbers are in its unit, quantities are converted.
        The target's :attr:`~vnhealthplan.Target.baseline` is added. NaN values are dropped.
    method : {"opensdg", "unsd"} or Method
    thresholds : sequence of float, optional
        Ratio cut-points replacing the method's, descending.
    lang : {"en", "vi"}
        Language of :attr:`Progress.label`.
    base_year : int, optional
        The base year (the first observed year on or after it is used, as Open SDG does);
        by default the earliest.
    direction : {1, -1}, optional
        Overrides the indicator's direction (needed for indicators without one).

    Returns
    -------
    Progress

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a change target (state it as a level), an observation of another indicator,
        two values for one year, or no direction.
    vnhealthplan.errors.DimensionError
        For a value whose unit does not fit the indicator.

    Examples
    --------
    Đắk Lắk's 2024 infant mortality target "<22" ‰ is met by 21.9 but not by 22.0, as the
    plan's comparator says (both observed values here are *hypothetical*):

    >>> from vnhealthplan import Period, Target, indicators
    >>> imr = Target(indicators.get("imr"), 22, Period.year(2024), "<")
    >>> progress_status(imr, [(2020, 25.0), (2023, 21.9)]).status
    'target_achieved'
    >>> progress_status(imr, [(2020, 25.0), (2023, 22.0)]).status
    'substantial_progress'
    """
    m = _method(method, thresholds)
    ind = target if isinstance(target, Indicator) else target.indicator
    lower, upper, goal_year = _goal(target)
    d = _direction(ind, target, direction)
    goal = upper if d < 0 and not math.isnan(upper) else lower  # a range: its near end
    points = _series(ind, target, observations)
    years = sorted(y for y in points if base_year is None or y >= base_year)
    t0, t = (years[0], years[-1]) if years else (None, None)
    v0, vt = (points[t0], points[t]) if t0 is not None and t is not None else (math.nan,) * 2
    # "Met" is the target's own answer (its comparator and tolerance, "khoảng" included);
    # None (a missing value) leaves it to the method, which then cannot assess the row.
    met = target.is_met(vt) if isinstance(target, Target) else None
    limit = ind.maximum if d > 0 else ind.minimum
    r = progress_arrays(
        v0, math.nan if t0 is None else t0, vt, math.nan if t is None else t, goal,
        math.nan if goal_year is None else goal_year, d,
        math.nan if limit is None or isinstance(target, Target) else limit,
        method=m, met=met, details=True,
    )  # fmt: skip
    assert r.required_growth is not None  # details=True
    assert r.projected is not None
    category = m.category(int(r.code[0]))
    notes = (*_rule(m, goal_year is not None, bool(years)), *r.notes())
    return Progress(
        m.key, category.key, int(r.code[0]), category.en, category.vi, bool(r.met[0]),
        float(r.ratio[0]), float(r.growth[0]), float(r.required_growth[0]),
        float(r.projected[0]), t0, v0, t, vt, goal, goal_year, str(ind.unit), notes,
        m.citation, lang,
    )  # fmt: skip


def _rule(m: Method, has_target: bool, observed: bool) -> tuple[str, ...]:
    """The note naming the formula and cut-points used for a numeric target."""
    if not observed:
        return ("no observations",)
    if not has_target:
        return ()
    formula = "R = s·d·g/|g_req|" if m.rule == "growth_ratio" else "projected/required change"
    return (f"{m.name}: {formula} compared with the cut-points {m.ratio_cuts}",)


def _direction(ind: Indicator, target: Target | Indicator, override: int | None) -> int:
    if override is not None:
        if override not in (1, -1):
            raise ValidationError("progress_status", "direction", override, "1 or -1")
        return override
    d = {"higher": 1, "lower": -1}.get(ind.direction.value, 0)
    if d == 0 and isinstance(target, Target):  # the plan's comparator says which way
        ways = {Comparator.GT: 1, Comparator.GE: 1, Comparator.LT: -1, Comparator.LE: -1}
        d = ways.get(target.comparator, 0)
    if d == 0:
        expected = "an indicator with a direction, or direction=1 or -1"
        raise ValidationError("progress_status", "direction", ind.direction.value, expected)
    return d


def _goal(target: Target | Indicator) -> tuple[float, float, int | None]:
    """The target's level (lower and upper bound for a range) and year; NaN, None if none."""
    if isinstance(target, Indicator):
        return math.nan, math.nan, None
    if target.kind is TargetKind.CHANGE:
        expected = "a level or maintain target (state a change target as the level it means)"
        raise ValidationError("progress_status", "target", target, expected)
    unit = target.indicator.unit
    upper = math.nan if target.upper is None else float(target.upper.to(unit).magnitude)
    return float(target.value.to(unit).magnitude), upper, target.year


def _series(
    ind: Indicator, target: Target | Indicator, observations: Iterable[Any]
) -> dict[int, float]:
    """Year → value in the indicator's unit, the target's baseline included, NaN dropped."""
    items = [(f"observations[{i}]", item) for i, item in enumerate(observations)]
    baseline = getattr(target, "baseline", None)
    if baseline is not None:
        items.insert(0, ("target.baseline", (baseline.period.last_year, baseline.value)))
    province = getattr(target, "province", None)
    points: dict[int, float] = {}
    for name, item in items:
        if province is not None and getattr(item, "province", None) not in (None, province):
            raise ValidationError("progress_status", name, item, f"an observation of {province}")
        year, value = _point(ind, item, name)
        if math.isnan(value):
            continue
        if points.get(year, value) != value:
            expected = f"one value for {year} (got {points[year]:g} and {value:g})"
            raise ValidationError("progress_status", name, item, expected)
        points[year] = value
    return points


def _point(ind: Indicator, item: Any, name: str) -> tuple[int, float]:
    """(year, value in the indicator's unit) from an Observation or a pair."""
    if isinstance(item, Observation):
        if item.indicator.code != ind.code:
            raise ValidationError("progress_status", name, item, f"an observation of {ind.code}")
        return item.year, float(item.value.to(ind.unit).magnitude)
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise ValidationError("progress_status", name, item, "an Observation or (year, value)")
    year, value = item
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError("progress_status", name, year, "a whole year")
    if is_quantity(value) and value.dimensionality == ind.unit.dimensionality:
        return year, float(value.to(ind.unit).magnitude)
    number = plain_number(value)
    if number is None:
        raise DimensionError(name, value, f"a number or a quantity in {ind.unit}")
    return year, float(number)
