"""Values about 10, 100 or 1000 times off their target: a slip of unit or decimal point?

A per-1,000 figure typed in a per-10,000 row (2,86 for 28,6), or a share typed as a
fraction (0,938 for 93,8 %), is a valid number in the row's unit, and nothing refuses it.
:func:`likely_slips` compares each observation with the plan's targets of the same
indicator and scope (and their baselines): a value at least 8 times above or below all of
them is flagged, with the power of ten it is likely off by. Flagged, never refused: a real
value may be that small. :func:`warn_slips` issues each as a
:class:`~vnhealthplan.errors.LikelySlipWarning`.

A share bounded at 100 % (:func:`is_share`) is caught for the two slips it can have:

* a fraction typed for a per cent: a value of 1 or less, 8 times or more below the targets
  (0,124 for 12,4 %, against 100 %), off by 100;
* a decimal mark lost: a value 8 times or more above the targets (40 for 4,0 against "dưới
  4 %"); a share above 100 % (124 for 12,4) is refused by
  :class:`~vnhealthplan.Observation` itself, never warned of.

A share above 1 % but far below its target (12,4 % of stations against 100 %) is a real
value, not a slip: it is not flagged. Other units keep the 8-times rule both ways.

Without a target of its indicator to compare with, a share is judged by its unit alone (the
catalogue's: per cent, at most 100): a value above 0 and of 1 or less is flagged as a
fraction typed for a per cent, likely off by 100. (A real share that small, an HIV
prevalence of 0,3 %, is flagged too: flagged, never refused.)
:func:`vnhealthplan.export.read_observations` and
:func:`~vnhealthplan.observations.observations_from_frame` warn of both when they read.

A figure warned of as it was read (:func:`warn_fractions`, or a form's figures at
:func:`vnhealthplan.forms.read_form`) is not warned of again when the same figure is compared
later (:func:`warn_slips`: :func:`~vnhealthplan.gaps.gaps_frame`, :func:`~vnhealthplan.review.
review` ...): one warning a figure along one call chain (:func:`warned_at_reading`). Figures
that did not come through a reader are warned of as before.

Examples
--------
>>> from vnhealthplan import Observation, Period, plans
>>> dak_lak = plans.load("dak-lak-2024")
>>> beds = dak_lak.targets_for("beds_per_10k")[0]
>>> slip = Observation(beds.indicator, 2.86, Period.year(2024), province=dak_lak.province)
>>> print(likely_slips(dak_lak, [slip])[0].said("vi"))
Số giường bệnh trên 10.000 dân (beds_per_10k) = 2,86 giường bệnh/vạn dân (2024): mục tiêu 29 \
gấp khoảng 10 lần giá trị này; hãy kiểm tra đơn vị hoặc dấu phẩy thập phân
>>> likely_slips(dak_lak, [slip.__class__(beds.indicator, 28.6, Period.year(2024))])
[]
"""

from __future__ import annotations

import math
import warnings
import weakref
from collections.abc import Iterable
from typing import Any, Final

from vnhealthplan.core.errors import LikelySlipWarning
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.unitnames import join_unit, unit_name
from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document
from vnhealthplan.model.target import Target

__all__ = [
    "SLIP_FACTOR",
    "is_share",
    "likely_slips",
    "warn_fractions",
    "warn_slips",
    "warn_slips_against",
    "warned_at_reading",
]

#: How far off (either way) a value must be from every target and baseline to be flagged.
SLIP_FACTOR: Final = 8.0

#: The figures warned of as they were read, by identity: :func:`warn_slips` does not warn of
#: them again. Keyed by ``id`` because an :class:`Observation` is equal to (and hashes as)
#: any figure of the same fields, so a ``WeakSet`` would take an equal figure built elsewhere
#: for this one. The values are weak references (Observation has a ``__weakref__`` slot): an
#: entry leaves when its figure is collected, before its id can be reused, and the ``is``
#: check in :func:`warned_at_reading` refuses any other object. Setting and getting one key
#: are single dictionary operations, safe across threads.
_WARNED: Final[weakref.WeakValueDictionary[int, Observation]] = weakref.WeakValueDictionary()


def warned_at_reading(obs: Observation, *, now: bool = False) -> bool:
    """Whether the figure *obs* (this very object) was warned of as it was read; with
    *now*, record that it is (a reader's step, which then returns True).

    Examples
    --------
    >>> import warnings
    >>> from vnhealthplan import Observation, Period, indicators
    >>> share = Observation(indicators.get("health_insurance_coverage"), 0.938, Period.year(2024))
    >>> warned_at_reading(share)
    False
    >>> with warnings.catch_warnings(record=True):
    ...     warnings.simplefilter("always")
    ...     warn_fractions([share])  # as observations_from_frame does
    >>> warned_at_reading(share)
    True
    """
    if now:
        _remember(obs)
    return _WARNED.get(id(obs)) is obs


def _remember(obs: Observation) -> None:
    """Record that the figure *obs* was warned of as it was read."""
    _WARNED[id(obs)] = obs


def _references(plan: Plan, obs: Observation) -> tuple[list[float], float | None]:
    """The levels of *obs*'s targets in the plan (same indicator and scope), and a baseline."""
    levels, baseline = [], None
    targets = [t for t in plan.targets_for(obs.indicator) if t.kind is not TargetKind.CHANGE
               and (obs.province is None or t.province in (None, obs.province))]  # fmt: skip
    same = [t for t in targets if t.scope == obs.scope]
    for target in same or targets:  # without one of its scope: off from every target
        levels.append(float(target.value.to(obs.indicator.unit).magnitude))
        if target.baseline is not None and baseline is None:
            baseline = float(target.baseline.value.to(obs.indicator.unit).magnitude)
    return levels, baseline


def is_share(obs: Observation) -> bool:
    """Whether *obs*'s indicator is a share bounded at 100 % (its slips are few: see
    :func:`likely_slips`).

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, plans
    >>> share = plans.load("dak-lak-2024").targets_for("stations_with_doctor")[0].indicator
    >>> is_share(Observation(share, 12.4, Period.year(2024)))
    True
    """
    top = obs.indicator.maximum
    return str(obs.indicator.unit) == "percent" and top is not None and top <= 100


def _slip(obs: Observation, levels: list[float], baseline: float | None) -> Message | None:
    value = float(obs.value.to(obs.indicator.unit).magnitude)
    if not levels:  # no target to compare with: the indicator's unit alone
        return _fraction(obs, value)
    known = [*levels, *([] if baseline is None else [baseline])]
    if value <= 0 or any(level <= 0 for level in known):
        return None
    ratios = [value / level for level in known]
    up = all(r >= SLIP_FACTOR for r in ratios)
    if not (up or all(r <= 1 / SLIP_FACTOR for r in ratios)):
        return None
    factor = 10 ** min(3, max(1, round(abs(math.log10(ratios[0])))))
    if not up and is_share(obs):  # below: only a fraction typed for a per cent (0,124)
        if value > 1:
            return None
        factor = 100
    base = "" if baseline is None else message(" and the baseline {value:g}", value=baseline)
    fields = {**_fields(obs, value), "target": levels[0], "base": base, "factor": factor}
    if up:
        return message(_UP, **fields)
    return message(_DOWN, **fields)


def _fraction(obs: Observation, value: float) -> Message | None:
    """A share in per cent of 1 or less, with no target to compare it with: the slip the
    target rule calls "a fraction typed for a per cent" (0,938 for 93,8 %), off by 100."""
    if not is_share(obs) or not 0 < value <= 1:
        return None
    return message(_FRACTION, **_fields(obs, value), percent=value * 100)


def _fields(obs: Observation, value: float) -> dict[str, Any]:
    """The fields every slip message names: where, the indicator, value, unit and year."""
    ind = obs.indicator
    code = {"en": ind.code, "vi": f"{ind.name('vi')} ({ind.code})"}  # as the audit names one
    unit = {"en": f" {ind.unit}", "vi": join_unit("", unit_name(ind.unit))}  # "0,938%"
    where = obs.source.section if obs.source is not None and obs.source.section else ""
    file = obs.source.document.title if obs.source is not None else ""
    place = message("{file}: {where}: ", file=file, where=where) if where else ""
    return {"place": place, "code": code, "value": value, "unit": unit,
            "year": obs.year}  # fmt: skip


_UP: Final = ("{place}{code} = {value:g}{unit} ({year}) is about {factor} times the target "
              "{target:g}{base}; check the unit or the decimal point")  # fmt: skip
_FRACTION: Final = (
    "{place}{code} = {value:g}{unit} ({year}) is 1% or less: a fraction typed for a per cent "
    "({percent:g}%)? check the unit or the decimal point"
)
_DOWN: Final = ("{place}{code} = {value:g}{unit} ({year}): the target {target:g}{base} is "
                "about {factor} times this value; check the unit or the decimal point")  # fmt: skip


def likely_slips(plan: Plan, observations: Iterable[Observation]) -> list[Message]:
    """What :func:`warn_slips` warns of, one message for each observation likely off.

    Parameters
    ----------
    plan : Plan
    observations : iterable of Observation

    Returns
    -------
    list of Message
        Each naming the observation's cell or row (its source's section), its value, the
        target's (and baseline's) value and the likely factor (10, 100 or 1000).

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> share = dak_lak.targets_for("stations_with_doctor")[0].indicator
    >>> likely_slips(dak_lak, [Observation(share, 0.938, Period.year(2024))])
    ['stations_with_doctor = 0.938 percent (2024): the target 100 is about 100 times this \
value; check the unit or the decimal point']
    """
    out = []
    for obs in observations:
        said = _slip(obs, *_references(plan, obs))
        if said is not None:
            out.append(said)
    return out


def warn_slips(
    plan: Plan, observations: Iterable[Observation], stacklevel: int = 2, *, reading: bool = False
) -> None:
    """Warn (:class:`~vnhealthplan.errors.LikelySlipWarning`) of each likely slip, but not of
    a figure already warned of as it was read (:func:`warned_at_reading`); with *reading*
    (a reader's own step, as :func:`vnhealthplan.forms.read_form`'s), record the figures
    warned of so that a later comparison does not warn of them again.

    Examples
    --------
    >>> import warnings
    >>> from vnhealthplan import Observation, Period, plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> share = dak_lak.targets_for("stations_with_doctor")[0].indicator
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_slips(dak_lak, [Observation(share, 0.938, Period.year(2024))])
    >>> caught[0].category.__name__, caught[0].message.said("vi")[:67]
    ('LikelySlipWarning', 'Tỷ lệ trạm y tế xã có bác sĩ (stations_with_doctor) = 0,938% (2024)')
    """
    for obs in observations:
        said = None if warned_at_reading(obs) else _slip(obs, *_references(plan, obs))
        if said is not None:
            warnings.warn(LikelySlipWarning(said), stacklevel=stacklevel + 1)
            if reading:
                _remember(obs)


def warn_fractions(
    observations: Iterable[Observation], plan: Plan | None = None, stacklevel: int = 2
) -> None:
    """Warn (:class:`~vnhealthplan.errors.LikelySlipWarning`) of each share of 1 % or less
    that *plan* has no target of its indicator to judge by (without a plan: every such share):
    the unit's rule of :func:`likely_slips`, for figures as they are read (each figure warned
    of is recorded: :func:`warn_slips` does not warn of it again).

    Examples
    --------
    >>> import warnings
    >>> from vnhealthplan import Observation, Period, indicators
    >>> share = indicators.get("health_insurance_coverage")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_fractions([Observation(share, 0.938, Period.year(2024))])
    >>> print(caught[0].message.said("vi"))
    Tỷ lệ tham gia bảo hiểm y tế (health_insurance_coverage) = 0,938% (2024) không quá 1%: phải \
chăng là phân số gõ thay cho phần trăm (93,8%)? hãy kiểm tra đơn vị hoặc dấu phẩy thập phân
    """
    for obs in observations:
        levels = [] if plan is None else _references(plan, obs)[0]
        said = None if levels else _fraction(obs, float(obs.value.to(obs.indicator.unit).magnitude))
        if said is not None:
            warnings.warn(LikelySlipWarning(said), stacklevel=stacklevel + 1)
            _remember(obs)  # said once: not again when compared


def warn_slips_against(targets: Any, observations: Any, stacklevel: int = 2) -> None:
    """:func:`warn_slips` for what :func:`~vnhealthplan.gaps.gaps_frame` compares: the
    :class:`Observation` objects among *observations* against each :class:`Plan` among
    *targets* (loose :class:`Target` objects as one plan). Frames and plans given as
    observations (a plan's own figures) are not checked; a figure read with
    :func:`vnhealthplan.export.read_observations` is, where it meets the targets.

    Examples
    --------
    >>> import warnings
    >>> from vnhealthplan import Observation, Period, plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> beds = dak_lak.targets_for("beds_per_10k")[0]
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_slips_against(dak_lak, [Observation(beds.indicator, 2.86, Period.year(2024))])
    >>> str(caught[0].message)[:40]
    'beds_per_10k = 2.86 bed / ten_thousand_p'
    """
    mine = _observations(observations)
    if not mine:
        return
    items = [targets] if isinstance(targets, Plan | Target) else targets
    if not isinstance(items, list | tuple):
        return  # a frame of targets: no plan to compare with
    loose: list[Any] = [t for t in items if isinstance(t, Target)]
    plans = [p for p in items if isinstance(p, Plan)]
    if loose:
        plans.append(Plan("targets", Document("-", "-"), targets=loose))
    for plan in plans:
        warn_slips(plan, mine, stacklevel=stacklevel + 1)


def _observations(observations: Any) -> list[Observation]:
    """The :class:`Observation` objects among *observations* (one, or a list or tuple)."""
    if isinstance(observations, Observation):
        return [observations]
    if isinstance(observations, list | tuple):
        return [o for o in observations if isinstance(o, Observation)]
    return []
