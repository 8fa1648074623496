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


def scope_column(frame: pd.DataFrame) -> pd.Series:
    """The join keys of a frame's rows as a categorical column, one look-up per distinct
    ``scope`` text (all :data:`WHOLE` without the column)."""
    import pandas as pd

    if "scope" not in frame.columns:
        return pd.Series(pd.Categorical([WHOLE] * len(frame)), index=frame.index)
    positions, uniques = pd.factorize(frame["scope"])
    keys = [text_key(u) for u in uniques]
    categories = list(dict.fromkeys([*keys, WHOLE]))
    numbers = [categories.index(k) for k in keys] + [categories.index(WHOLE)]
    codes = np.asarray(numbers, dtype=np.int64)[positions]  # −1 (missing) reads the last
    return pd.Series(pd.Categorical.from_codes(codes, pd.Index(categories)), index=frame.index)


def observation_scopes(items: Iterable[Any]) -> list[str]:
    """The join keys of observation objects and plans, in the order
    :func:`vnhealthplan.frames.observation_records_frame` gives their rows."""
    keys = []
    for item in items:
        found = item.observations if isinstance(item, Plan) else [item]
        keys += [scope_key(o.scope) for o in found if isinstance(o, Observation)]
    return keys
