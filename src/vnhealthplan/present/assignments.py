"""``vnhealthplan assignments PLAN``: who leads, who helps, what is due when, what is overdue.

The rows are those of :func:`vnhealthplan.plans.assignments_frame` with ``as_of`` (one
overdue rule, :meth:`~vnhealthplan.Assignment.is_overdue`), the plan's own, sorted by due
date with the overdue first, and those without a due date last. A summary line counts
them by status. ``-o`` writes the same rows as ``.xlsx`` or ``.csv``, atomically.

Examples
--------
>>> from datetime import date
>>> from vnhealthplan import plans
>>> print(assignments_summary(plans.load("thanh-hoa-2023"), date(2025, 7, 1), "vi"))
thanh-hoa-2023, ngày 01/07/2025: 2 nhiệm vụ quá hạn trong 16 nhiệm vụ; 6 chưa đến hạn, \
4 đã có sản phẩm, 0 đã hoàn thành, 4 không có thời hạn
>>> print(assignments_summary(plans.load("dak-lak-2024"), date(2025, 7, 1), "en"))
dak-lak-2024 on 2025-07-01: 0 overdue assignments of 1; 0 not yet due, 0 with the product \
issued, 0 done, 1 with no due date
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from vnhealthplan.analysis.frames.bundled import dated_assignments
from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import as_date, file_suffix
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.html import STATUSES
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.plural import counted
from vnhealthplan.core.terminal import table
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data import plans
from vnhealthplan.io.export import ExportTable, escape_text, to_excel
from vnhealthplan.model.displays import assignment_status, day_text
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.wording import period_text
from vnhealthplan.text.numbers import format_number

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "STATUS_CHOICES",
    "assignments_arguments",
    "assignments_report",
    "assignments_rows",
    "assignments_summary",
    "run_assignments",
    "write_assignments",
]

#: The status keys, in the order the table lists them (overdue first).
_ORDER: Final = ("overdue", "pending", "product_issued", "done", "no_date")
#: ``--status`` choices: the frame's English status labels, words joined by "-".
STATUS_CHOICES: Final = {STATUSES[k].label("en").replace(" ", "-"): k for k in _ORDER}


def _statuses(plan: Plan, as_of: date) -> list[str]:
    return [assignment_status(a, as_of) for a in plan.assignments]


def assignments_rows(
    plan: Plan, as_of: date, lang: Lang | None = None, statuses: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The plan's rows of :func:`vnhealthplan.plans.assignments_frame` on *as_of*, sorted.

    Overdue first, then by due date (the end of the due period); no due date last.
    *statuses* (keys: overdue, pending, product_issued, done, no_date) keep only those.
    Before ``status``, ``as_of`` holds the day the statuses are for (the same on every row),
    so that a written file says it ("Ngày xem xét", "As of").

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> rows = assignments_rows(plans.load("thanh-hoa-2023"), date(2026, 12, 5), "vi",
    ...                         ("overdue",))
    >>> len(rows), rows["status"].unique().tolist()
    (3, ['quá hạn'])
    >>> rows.columns[-2:].tolist(), rows["as_of"].dt.date.unique().tolist()
    (['as_of', 'status'], [datetime.date(2026, 12, 5)])
    """
    import pandas as pd

    day = as_date(as_of, "assignments", "as_of")
    frame = dated_assignments([plan], day, lang)  # this plan's own rows, registered or not
    keys = _statuses(plan, day)
    frame = frame.assign(_rank=[_ORDER.index(k) if k == "overdue" else 1 for k in keys],
                         _key=keys)  # fmt: skip
    if statuses:
        frame = frame[frame["_key"].isin(statuses)]
    frame = frame.sort_values(["_rank", "due_end"], kind="stable", na_position="last")
    frame = frame.drop(columns=["_rank", "_key"])
    frame.insert(list(frame.columns).index("status"), "as_of", pd.Timestamp(day))
    return frame


def assignments_summary(plan: Plan, as_of: date, lang: Lang | None = None) -> str:
    """One line: how many of the plan's assignments are overdue on *as_of*, and the rest.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(assignments_summary(plans.load("an-giang-2018"), date(2025, 7, 1), "vi"))
    an-giang-2018, ngày 01/07/2025: 0 nhiệm vụ quá hạn trong 6 nhiệm vụ; 0 chưa đến hạn, \
0 đã có sản phẩm, 0 đã hoàn thành, 6 không có thời hạn
    """
    chosen = resolve_language(lang)
    day = as_date(as_of, "assignments", "as_of")
    keys = _statuses(plan, day)
    n = {k: _count(keys.count(k), chosen) for k in _ORDER}
    overdue = keys.count("overdue")
    head = counted(overdue, "{plan} on {day}: {overdue} overdue assignment of {total}",
                   "{plan} on {day}: {overdue} overdue assignments of {total}", chosen,
                   context="cli", plan=plan.key, day=day_text(day, chosen), overdue=n["overdue"],
                   total=_count(len(keys), chosen))  # fmt: skip
    rest = translate("{pending} not yet due, {issued} with the product issued, {done} done, "
                     "{undated} with no due date", chosen, context="cli", pending=n["pending"],
                     issued=n["product_issued"], done=n["done"], undated=n["no_date"])  # fmt: skip
    return f"{head}; {rest}"


def _count(n: int, lang: Lang) -> str:
    return format_number(float(n), lang)


def assignments_report(
    plan: Plan,
    as_of: date,
    lang: Lang | None = None,
    *,
    statuses: tuple[str, ...] = (),
    width: int | None = None,
) -> str:
    """The summary line and a table: status, due, task, lead, partners.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(assignments_report(plans.load("thanh-hoa-2023"), date(2026, 12, 5), "vi",
    ...                          statuses=("overdue",), width=100))  # doctest: +ELLIPSIS
    thanh-hoa-2023, ngày 05/12/2026: 3 nhiệm vụ quá hạn trong 16 nhiệm vụ; ...
    Tình trạng  Thời hạn       Nội dung công việc ...
    quá hạn     Quý II/2024    ...
    """
    chosen = resolve_language(lang)
    day = as_date(as_of, "assignments", "as_of")
    rows = assignments_rows(plan, day, chosen, statuses)
    header = [translate(w, chosen, context="display")
              for w in ("Status", "Due", "Task", "Lead", "Partners")]  # fmt: skip
    by_position = dict(enumerate(plan.assignments))
    lines = [assignments_summary(plan, day, chosen)]
    body = []
    for i, row in zip(rows.index, rows.to_dict("records"), strict=True):
        due = by_position[i].due
        body.append([str(row["status"]), "" if due is None else period_text(due, chosen),
                     str(row["task"]), str(row["lead"]), str(row["partners"] or "")])  # fmt: skip
    if not body:
        lines.append("  " + translate("no assignment with that status", chosen, context="cli"))
        return "\n".join(lines)
    return "\n".join([*lines, *table(header, body, "LLlll", width=width)])


def write_assignments(rows: pd.DataFrame, path: str | os.PathLike[str], lang: Lang) -> Path:
    """Write *rows* (:func:`assignments_rows`) to ``.xlsx`` (:func:`vnhealthplan.export.
    to_excel`) or ``.csv`` (UTF-8 with a byte-order mark, formulas escaped), atomically.

    Examples
    --------
    >>> import tempfile
    >>> from vnhealthplan import plans
    >>> rows = assignments_rows(plans.load("dak-lak-2024"), date(2025, 7, 1), "en")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = write_assignments(rows, Path(folder) / "due.csv", "en")
    ...     print(file.name, len(file.read_text(encoding="utf-8-sig").splitlines()))
    due.csv 2
    """
    file = file_suffix(path, "assignments", [".xlsx", ".csv"])
    exported = ExportTable.build("assignments", rows.reset_index(drop=True), lang)
    if file.suffix.lower() == ".xlsx":
        return to_excel([exported], file)
    frame = exported.frame.copy()
    for name in frame.columns:
        if not str(frame[name].dtype).startswith("datetime"):
            frame[name] = frame[name].astype(object).map(escape_text)
    with atomic_open(file, "w", encoding="utf-8-sig", newline="") as handle:
        frame.to_csv(handle, index=False, header=[escape_text(h) for h in exported.headers],
                     lineterminator="\r\n", date_format="%Y-%m-%d")  # fmt: skip
    return file


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        expected = message("a date such as 2024-01-10 (year-month-day)")
        raise ValidationError("assignments", "--as-of", text, expected) from None


def assignments_arguments(parser: argparse.ArgumentParser) -> None:
    """``assignments PLAN [--as-of DATE] [--status S ...] [-o FILE]``.

    Examples
    --------
    >>> parser = argparse.ArgumentParser(prog="assignments")
    >>> assignments_arguments(parser)
    >>> parser.parse_args(["thanh-hoa-2023", "--status", "overdue", "not-yet-due"]).status
    ['overdue', 'not-yet-due']
    """
    parser.add_argument("plan", metavar="PLAN", help="a plan key, e.g. thanh-hoa-2023 (see list)")
    parser.add_argument(
        "--as-of", dest="as_of", metavar="DATE",
        help="the day, as YYYY-MM-DD (default: today in Vietnam, UTC+7)")  # fmt: skip
    parser.add_argument("--status", nargs="+", choices=tuple(STATUS_CHOICES),
                        help="keep only these statuses (one or more)")  # fmt: skip
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="also write the rows to FILE.xlsx or FILE.csv")  # fmt: skip


def run_assignments(args: argparse.Namespace) -> int:
    """``assignments PLAN``: the summary and table; with ``-o``, the rows written too.

    Examples
    --------
    >>> args = argparse.Namespace(plan="dak-lak-2024", as_of="2025-07-01", status=None,
    ...                           output=None)
    >>> run_assignments(args)  # doctest: +ELLIPSIS
    dak-lak-2024...: 0 ... 1 ...
    0
    """
    day = vietnam_today() if args.as_of is None else _day(args.as_of)
    plan = plans.load(args.plan)
    chosen = resolve_language(None)
    statuses = tuple(STATUS_CHOICES[s] for s in args.status or ())
    if args.output is not None:
        file_suffix(args.output, "assignments", [".xlsx", ".csv"])  # before anything shows
    print(assignments_report(plan, day, chosen, statuses=statuses))
    if args.output is not None:
        print(write_assignments(assignments_rows(plan, day, chosen, statuses), args.output,
                                chosen))  # fmt: skip
    return 0
