"""The vectorised core of progress: :func:`progress_arrays` on NumPy arrays, no row loop.

Every registered method (:func:`~vnhealthplan.progress.methods`) is computed here by its
``rule`` (``"growth_ratio"`` or ``"projected_change"``), cut-points and categories. Rows
are processed in blocks of :data:`BLOCK` rows, so temporaries stay a few MiB.

Examples
--------
>>> r = progress_arrays(76.5, 2017, [80.0, 90.0], 2019, 90.0, 2020, 1)
>>> r.keys().tolist()
['limited_progress', 'target_achieved']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import attrs
import numpy as np

from vnhealthplan.analysis.progress.method import Method, resolve_method
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.checks import check_values
from vnhealthplan.core.errors import ShapeError, ValidationError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Lang
from vnhealthplan.text.numbers import format_number

__all__ = [
    "BLOCK",
    "ProgressArrays",
    "cuts_text",
    "limit_factor",
    "number_text",
    "progress_arrays",
]

#: Rows per block: temporaries stay small (a few MiB) whatever the number of rows. Read at
#: each call of :func:`progress_arrays`, so a test may set a smaller one.
BLOCK: int = 1 << 16

# Which rules applied to a row: bits of ProgressArrays.flags, with the note each one means.
MET, NO_TARGET, ZERO_BASE, ZERO_TARGET, ZERO_UNDEFINED = 1, 2, 4, 8, 16
NEAR_LIMIT, TOO_FEW_YEARS, MISSING, SIGN_CHANGE, BASE_MET = 32, 64, 128, 256, 512
TARGET_YEAR, NO_DIRECTION, NEGATIVE, REQUIRED_ZERO = 1024, 2048, 4096, 8192
MISSED = 16384
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
    MISSED: "the latest value is from the target year or later and does not meet the target: "
    "the target was missed",
}


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

    def notes(self, position: int = 0, lang: Lang = "en") -> tuple[str, ...]:
        """The rules that applied to one row, in words of *lang* (English by default).

        Examples
        --------
        >>> progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1).notes()[0]
        'the base value is 0, where growth is undefined: replaced by 0.001 as the method states'
        >>> progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1).notes(0, "vi")[0]
        'giá trị năm gốc bằng 0, không tính được tốc độ tăng: thay bằng 0,001 theo phương pháp'
        """
        m, bits = self.method, int(self.flags[position])
        words = {
            "top": m.categories[-1].label(lang),
            "growth_cuts": cuts_text(m.growth_cuts, lang),
            "zero": number_text(m.zero_replacement, lang),
        }
        return tuple(
            translate(text, lang, context="progress", **words)
            for bit, text in _NOTES.items()
            if bits & bit
        )


def number_text(value: Any, lang: Lang) -> str:
    """A number of a note: as Python writes it in English, the Vietnamese way in Vietnamese.

    Examples
    --------
    >>> number_text(0.001, "en"), number_text(0.001, "vi"), number_text(None, "vi")
    ('0.001', '0,001', 'None')
    """
    if lang == "en" or not isinstance(value, int | float):
        return str(value)
    return format_number(value, "vi")


def cuts_text(cuts: Sequence[float], lang: Lang) -> str:
    """Cut-points as a note shows them: ``(0.01, 0.005)``, or ``(0,01; 0,005)`` in Vietnamese.

    Examples
    --------
    >>> cuts_text((0.01, 0.005), "en"), cuts_text((0.01, 0.005), "vi")
    ('(0.01, 0.005)', '(0,01; 0,005)')
    """
    if lang == "en":
        return str(tuple(cuts))
    return "(" + "; ".join(number_text(c, lang) for c in cuts) + ")"


def _inputs(named: dict[str, Any]) -> tuple[dict[str, Any], int, Any]:
    """0-d or 1-d numeric inputs of one length (or 1); Series must share an index."""
    arrays, index = {}, None
    for name, value in named.items():
        if hasattr(value, "index") and hasattr(value, "to_numpy"):
            if index is not None and not index.equals(value.index):
                raise ShapeError(
                    message("{name} is a Series with a different index", name=str(name))
                )
            index, value = value.index, value.to_numpy()
        array = np.asarray(value)
        if array.dtype.kind not in ("biuf" if name == "met" else "iuf"):  # True is no number
            raise ValidationError("progress_arrays", name, value, message("numbers"))
        if name == "direction":
            _check_directions(array)
        if array.dtype.kind == "f":  # NaN is a missing value; ±inf would read as achieved
            check_values(array.reshape(-1), "progress_arrays", name)
        if array.ndim > 1:
            raise ShapeError(
                message(
                    "{name} has shape {shape}; expected one dimension",
                    name=str(name),
                    shape=str(array.shape),
                )
            )
        arrays[name] = array
    lengths = {len(a) for a in arrays.values() if a.ndim == 1} - {1}
    if len(lengths) > 1:
        shapes = ", ".join(f"{k} {a.shape}" for k, a in arrays.items() if a.ndim == 1)
        raise ShapeError(message("arguments do not line up: {shapes}", shapes=str(shapes)))
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
    method : str or Method
        A registered method's key (:func:`~vnhealthplan.progress.methods`: ``"opensdg"``,
        ``"unsd"`` …) or a Method.
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
        For a latest year before the base year, an unknown method, an infinite
        number (NaN stands for a missing value), True/False where a number is needed, or
        a direction other than +1, −1, 0 or NaN.

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
    details = flag(details, "progress_arrays", "details")
    m = resolve_method(method, thresholds)
    named = {"v0": v0, "t0": t0, "vt": vt, "t": t, "target": target, "T": T}
    named |= {"direction": direction, "limit": limit}
    if met is not None:
        named["met"] = met
    arrays, n, index = _inputs(named)
    floats = ("ratio", "growth", *(("required_growth", "projected") if details else ()))
    out = {k: np.empty(n) for k in floats}
    out |= {"code": np.empty(n, np.int8), "met": np.empty(n, bool), "flags": np.empty(n, np.uint16)}
    for start in range(0, n, BLOCK):  # blocks of rows, not rows
        rows = slice(start, min(start + BLOCK, n))
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
    with np.errstate(invalid="ignore"):
        _mark(flags, MISSED, has_target & ~met & (t >= T) & np.isfinite(vt) & (d != 0))
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


def _check_directions(d: Any) -> None:
    """Refuse a direction other than +1, −1, 0 or NaN: 2 would double the ratio's sign."""
    bad = ~(np.isin(d, (1, -1, 0)) | np.isnan(d.astype(float)))
    if np.any(bad):
        value = d.reshape(-1)[int(np.argmax(bad.reshape(-1)))]
        expected = message("+1 (higher is better), −1 (lower is better), 0 (none) or NaN")
        raise ValidationError("progress_arrays", "direction", value.item(), expected)


def _check_years(t0: Any, t: Any, shape: tuple[int, ...]) -> None:
    early = np.broadcast_to(t < t0, shape)
    if np.any(early):
        pos = int(np.argmax(early))
        year = np.broadcast_to(t, shape)[pos]
        raise ValidationError(
            "progress_arrays", "t", year, message("a year on or after the base year t0")
        )


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
