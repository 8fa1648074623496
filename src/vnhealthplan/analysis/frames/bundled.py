"""One long frame over every registered plan: targets, observations, facilities, assignments.

The bundled plans (and those of any folder added with
:func:`vnhealthplan.plans.register_folder`), one table for all of them, in key order, with
a ``plan`` column: no ``pd.concat`` of per-plan frames, whose dtypes and missing values
would not agree. ``province`` is the province the plan (or the record) names, and
``pd.NA`` where none is named: the national ``unattributed-kbcb-2024`` plan has none.

The public short paths are :func:`vnhealthplan.plans.targets_frame` and its siblings.

Examples
--------
>>> frame = bundled_frame("targets", lang="vi")
>>> sorted(frame["plan"].unique())  # doctest: +NORMALIZE_WHITESPACE
['an-giang-2018', 'dak-lak-2024', 'quang-ngai-2023', 'thanh-hoa-2023',
 'unattributed-kbcb-2024']
>>> frame.loc[frame["plan"] == "unattributed-kbcb-2024", "province"].isna().all()
np.True_
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Final

from vnhealthplan.analysis.frames.records import (
    assignments_frame,
    facilities_frame,
    observations_frame,
)
from vnhealthplan.analysis.frames.records import targets_frame as _targets
from vnhealthplan.core.checks import as_date
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.html import STATUSES
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data.plans import load_all
from vnhealthplan.model.displays import assignment_status
from vnhealthplan.model.plan import Plan

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BUNDLED_TABLES",
    "all_assignments_frame",
    "all_facilities_frame",
    "all_observations_frame",
    "all_targets_frame",
    "bundled_frame",
    "dated_assignments",
]

_BUILDERS: Final[dict[str, Callable[..., pd.DataFrame]]] = {
    "targets": _targets,
    "observations": observations_frame,
    "facilities": facilities_frame,
    "assignments": assignments_frame,
}
_ASSIGNMENT_STATUSES: Final = ("done", "overdue", "product_issued", "pending", "no_date")
#: The tables :func:`bundled_frame` builds.
BUNDLED_TABLES: Final = tuple(_BUILDERS)


def bundled_frame(table: str = "targets", *, lang: Lang | None = "en") -> pd.DataFrame:
    """One tidy frame of *table* over every registered plan, with a ``plan`` column.

    Parameters
    ----------
    table : {"targets", "observations", "facilities", "assignments"}
    lang : {"en", "vi"} or None
        Language of the values (see :func:`vnhealthplan.frames.targets_frame`): English
        by default, None for the package language. Column names are the same in every
        language.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For another table.

    Examples
    --------
    Every bundled bed-ratio target, in "giường bệnh/vạn dân":

    >>> frame = bundled_frame("targets", lang="vi")
    >>> beds = frame.loc[frame["indicator"] == "beds_per_10k"]
    >>> print(beds[["plan", "year", "value", "unit"]].to_string(index=False))
                      plan  year  value                unit
             an-giang-2018  2020   25.0 giường bệnh/vạn dân
             an-giang-2018  2025   27.0 giường bệnh/vạn dân
             an-giang-2018  2030   29.4 giường bệnh/vạn dân
              dak-lak-2024  2024   29.0 giường bệnh/vạn dân
            thanh-hoa-2023  2030   39.0 giường bệnh/vạn dân
            thanh-hoa-2023  2045   40.0 giường bệnh/vạn dân
    unattributed-kbcb-2024  2025   30.0 giường bệnh/vạn dân
    >>> bundled_frame("budgets")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: bundled_frame.table: got 'budgets'; expected one \
of 'targets', 'observations', 'facilities', 'assignments'
    """
    if table not in _BUILDERS:
        expected = message("one of {tables}", tables=", ".join(map(repr, _BUILDERS)))
        raise ValidationError("bundled_frame", "table", table, expected)
    return _BUILDERS[table](load_all(), lang)


def all_targets_frame(lang: Lang | None = "en") -> pd.DataFrame:
    """Every registered plan's targets in one frame (:func:`bundled_frame`).

    Examples
    --------
    >>> frame = all_targets_frame("en")
    >>> len(frame) == sum(len(p.targets) for p in load_all())
    True
    """
    return bundled_frame("targets", lang=lang)


def all_observations_frame(lang: Lang | None = "en") -> pd.DataFrame:
    """Every registered plan's observations in one frame (:func:`bundled_frame`).

    Examples
    --------
    >>> all_observations_frame("en")["year"].dtype
    Int64Dtype()
    """
    return bundled_frame("observations", lang=lang)


def all_facilities_frame(lang: Lang | None = "en") -> pd.DataFrame:
    """Every registered plan's facilities in one frame (:func:`bundled_frame`).

    Examples
    --------
    >>> all_facilities_frame("vi")["tier"].cat.categories.tolist()
    ['tuyến trung ương', 'tuyến tỉnh', 'tuyến huyện', 'tuyến xã']
    """
    return bundled_frame("facilities", lang=lang)


def all_assignments_frame(lang: Lang | None = "en", *, as_of: date | None = None) -> pd.DataFrame:
    """Every registered plan's assignments in one frame (:func:`bundled_frame`).

    Parameters
    ----------
    lang : {"en", "vi"} or None
        Language of the values, as in :func:`bundled_frame`.
    as_of : datetime.date, optional
        With a day, two more columns follow across plans what is due when: ``province``
        (after ``plan``: the province the plan names, ``pd.NA`` if none) and ``status``
        (last: done, overdue, product issued, not yet due or no due date on that day, as
        the plan displays mark it; categorical, in *lang*).

    Examples
    --------
    >>> print(all_assignments_frame()["due_end"].min().strftime("%d/%m/%Y"))
    31/12/2022

    What is overdue on 5 December 2026, by province, in Vietnamese:

    >>> from datetime import date
    >>> due = all_assignments_frame("vi", as_of=date(2026, 12, 5))
    >>> due.groupby(["province", "status"], observed=True).size()
    province    status
    An Giang    không có thời hạn     6
    Quảng Ngãi  không có thời hạn    20
    Thanh Hóa   quá hạn               3
                đã có sản phẩm        4
                chưa đến hạn          5
                không có thời hạn     4
    Đắk Lắk     không có thời hạn     1
    dtype: int64
    """
    if as_of is None:
        return bundled_frame("assignments", lang=lang)
    return dated_assignments(load_all(), as_of, lang)


def dated_assignments(plans: Iterable[Plan], as_of: date, lang: Lang | None = "en") -> pd.DataFrame:
    """The assignments of *plans* with ``province`` and ``status`` on *as_of*, as
    :func:`all_assignments_frame` gives them, for any plans (registered or not).

    Examples
    --------
    >>> from datetime import date
    >>> from vnhealthplan import plans
    >>> frame = dated_assignments([plans.load("thanh-hoa-2023")], date(2026, 12, 5), "vi")
    >>> frame["status"].value_counts().to_dict()["quá hạn"]
    3
    """
    import pandas as pd

    day = as_date(as_of, "assignments_frame", "as_of")
    by_key = {p.key: p for p in plans}
    frame = assignments_frame(list(by_key.values()), lang)
    keys, statuses = [], []
    for plan in by_key.values():
        for a in plan.assignments:
            keys.append(plan.key)
            statuses.append(assignment_status(a, day))
    labels = {k: STATUSES[k].label(resolve_language(lang)) for k in _ASSIGNMENT_STATUSES}
    names = {k: (p.province.name if p.province else pd.NA) for k, p in by_key.items()}
    frame.insert(1, "province", pd.Series([names[k] for k in keys], dtype="string"))
    status = pd.Categorical([labels[s] for s in statuses], categories=list(labels.values()))
    return frame.assign(status=status)
