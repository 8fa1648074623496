"""Which day "today" is: the day in Vietnam (UTC+7), whatever the machine's clock zone.

Every default "today" of the monitoring cycle (the status of assignments, overdue or not,
in ``vnhealthplan assignments`` without ``--as-of``, :func:`vnhealthplan.plans.
assignments_frame`, the notebook displays, the assignment timeline, the review report's
date) is :func:`vietnam_today`: the calendar day in Hà Nội. A plan's deadlines are
Vietnamese days, so an analyst in Hà Nội at 06:00 working on a machine set to UTC (where
it is still 23:00 the day before) gets the same day as the plan's readers. Vietnam keeps
one fixed offset all year (UTC+7, Indochina Time, no daylight saving), so no time-zone
database is needed. Give a day (``as_of``, ``--as-of``) for a result that does not depend
on when it is run.

Examples
--------
>>> from datetime import datetime, timezone
>>> utc = datetime(2026, 12, 4, 23, 0, tzinfo=timezone.utc)  # 06:00 on 5/12 in Hà Nội
>>> vietnam_today(utc)
datetime.date(2026, 12, 5)
>>> VIETNAM_TIME.utcoffset(None)
datetime.timedelta(seconds=25200)
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Final

__all__ = ["VIETNAM_TIME", "vietnam_today"]

#: Vietnam's time: UTC+7 all year (no daylight saving time).
VIETNAM_TIME: Final = timezone(timedelta(hours=7), "ICT")


def vietnam_today(now: datetime | None = None) -> date:
    """The calendar day in Vietnam (UTC+7) at *now* (the machine's clock by default).

    Parameters
    ----------
    now : datetime, optional
        An aware moment (any zone); a naive one is taken as the machine's local time, as
        :meth:`datetime.astimezone` does. The current moment by default.

    Returns
    -------
    date
        The day in Hà Nội at that moment: the default "today" of every ``as_of``.

    Examples
    --------
    >>> from datetime import datetime, timezone
    >>> vietnam_today(datetime(2026, 12, 5, 16, 59, tzinfo=timezone.utc))
    datetime.date(2026, 12, 5)
    >>> vietnam_today(datetime(2026, 12, 5, 17, 0, tzinfo=timezone.utc))
    datetime.date(2026, 12, 6)
    >>> vietnam_today() == datetime.now(VIETNAM_TIME).date()
    True
    """
    moment = datetime.now(VIETNAM_TIME) if now is None else now.astimezone(VIETNAM_TIME)
    return moment.date()
