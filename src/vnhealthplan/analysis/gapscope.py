"""The scope :func:`~vnhealthplan.gaps.gaps_frame` joins on: a tier and a kind of facility.

A target on part of the health system (Đắk Lắk's beds of the provincial tier) is compared
only with observations of that part: the key of a scope is its tier and kind of facility
(``"province|"``, ``"|district_health_centre"``), ``""`` for the whole province. Its
description (words such as "không tính giường bệnh trạm y tế") does not narrow it: the
plans' whole-province targets carry such words too.

A frame's ``scope`` column is the text :func:`vnhealthplan.frames.targets_frame` writes
(province; tier; kind of facility; description, in either language): a part is read as a
tier or a kind of facility only when it is one's label or code exactly.

Examples
--------
>>> from vnhealthplan import plans
>>> [scope_key(t.scope) for t in plans.load("dak-lak-2024").targets_for("total_beds")]
['', 'province|', 'district|']
>>> text_key("provincial; không tính giường bệnh trạm y tế"), text_key("Đắk Lắk"), text_key(None)
('province|', '', '')
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.core.errors import PlanDataError, Problem
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import FacilityKind, Tier
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Scope

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["WHOLE", "observation_scopes", "scope_column", "scope_key", "text_key"]

#: The key of a scope that covers the whole province (no tier, no kind of facility).
WHOLE: Final = ""


def scope_key(scope: Scope) -> str:
    """The join key of *scope*: ``"tier|kind"``, or :data:`WHOLE` without either."""
    if scope.tier is None and scope.facility_kind is None:
        return WHOLE
    tier = scope.tier.value if scope.tier else ""
    return f"{tier}|{scope.facility_kind.value if scope.facility_kind else ''}"


@cache
def _labels() -> dict[str, tuple[str, str]]:
    """Each tier's and kind of facility's labels and code, folded: (which, value)."""
    out: dict[str, tuple[str, str]] = {}
    for which, vocab in (("tier", Tier), ("kind", FacilityKind)):
        for member in vocab:
            for text in (member.value, member.label("en"), member.label("vi")):
                out.setdefault(text.casefold(), (which, member.value))
    return out


@cache
def text_key(text: Any) -> str:
    """The join key of a frame's ``scope`` cell (see the module's notes)."""
    if not isinstance(text, str) or not text.strip():
        return WHOLE
    found = {"tier": "", "kind": ""}
    for part in text.split(";"):
        which, value = _labels().get(part.strip().casefold(), ("", ""))
        if which and not found[which]:
            found[which] = value
    return WHOLE if found == {"tier": "", "kind": ""} else f"{found['tier']}|{found['kind']}"


def scope_column(frame: pd.DataFrame, name: str = "targets") -> pd.Series:
    """The join keys of a frame's rows as a categorical column, one look-up per distinct
    ``tier`` and ``facility_kind`` (the columns :func:`vnhealthplan.export.read_observations`
    reads), else ``scope`` text; all :data:`WHOLE` without any of them.

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Naming every row of *name* whose tier or kind of facility no vocabulary knows.
    """
    import pandas as pd

    if "tier" in frame.columns or "facility_kind" in frame.columns:
        positions, keys = _parts_keys(frame, name)
    elif "scope" in frame.columns:
        positions, uniques = pd.factorize(frame["scope"])
        keys = [text_key(u) for u in uniques]
    else:
        return pd.Series(pd.Categorical([WHOLE] * len(frame)), index=frame.index)
    categories = list(dict.fromkeys([*keys, WHOLE]))
    numbers = [categories.index(k) for k in keys] + [categories.index(WHOLE)]
    codes = np.asarray(numbers, dtype=np.int64)[positions]  # −1 (missing) reads the last
    return pd.Series(pd.Categorical.from_codes(codes, pd.Index(categories)), index=frame.index)


def _parts_keys(frame: pd.DataFrame, name: str) -> tuple[Any, list[str]]:
    """Each row's position among the distinct (tier, facility_kind) pairs, and their keys;
    every row whose tier or kind no vocabulary knows is refused, all at once."""
    import pandas as pd

    numbered = []
    for part in ("tier", "facility_kind"):
        cells = frame[part] if part in frame.columns else pd.Series([None] * len(frame))
        numbered.append(pd.factorize(cells.to_numpy(object)))
    (tier, tiers), (kind, kinds) = numbered
    positions, combined = pd.factorize((tier + 1) * (len(kinds) + 1) + (kind + 1))
    keys: list[str] = []
    problems: list[tuple[int, Problem]] = []
    for j, number in enumerate(combined.tolist()):
        found = []
        width = len(kinds) + 1
        pair = (("tier", [None, *tiers][number // width]),
                ("facility_kind", [None, *kinds][number % width]))  # fmt: skip
        for part, cell in pair:
            value = _part_value(part, cell)
            if value is None:
                bad = np.flatnonzero(positions == j).tolist()
                problems += [(i, _unknown(name, frame.index[i], part, cell)) for i in bad]
            found.append(value or "")
        keys.append("|".join(found) if any(found) else WHOLE)
    if problems:
        raise PlanDataError([problem for _, problem in sorted(problems, key=lambda p: p[0])])
    return positions, keys


def _part_value(part: str, cell: Any) -> str | None:
    """The code a ``tier`` or ``facility_kind`` cell names ("" for none), None if unknown."""
    text = "" if cell is None else str(cell).strip()
    if not text:
        return ""
    which, value = _labels().get(text.casefold(), ("", ""))
    return value if which == ("tier" if part == "tier" else "kind") else None


def _unknown(name: str, label: Any, part: str, cell: Any) -> Problem:
    vocab = Tier if part == "tier" else FacilityKind
    values = ", ".join(m.value for m in vocab)
    expected = message("expected one of {values}", values=values)
    return Problem(name, message("row {row}", row=label), part, cell, expected)


def observation_scopes(items: Iterable[Any]) -> list[str]:
    """The join keys of observation objects and plans, in the order
    :func:`vnhealthplan.frames.observation_records_frame` gives their rows."""
    keys = []
    for item in items:
        found = item.observations if isinstance(item, Plan) else [item]
        keys += [scope_key(o.scope) for o in found if isinstance(o, Observation)]
    return keys
