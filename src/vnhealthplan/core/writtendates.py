"""Days read from a document's words: a written date, a product's issue date.

Plans name the documents a task produces ("Nghị quyết số 02/2022/NQ-HĐND", "Nghị quyết
311/NQ-HĐND ngày 27/8/2022"). Whether such a product had been issued by a day decides
whether the task counts as overdue (:meth:`vnhealthplan.Assignment.is_overdue`), for the
displays, the timeline, the frames and the audit alike.

Examples
--------
>>> product_issued("Nghị quyết 311/NQ-HĐND ngày 27/8/2022")
(datetime.date(2022, 8, 27), 'on 2022-08-27')
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["product_issued", "written_day"]

#: A day written d/m/yyyy, as Vietnamese documents date themselves ("ngày 27/8/2022").
_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
#: A document number carrying its year: "02/2022/NQ-HĐND", "117/2023/NĐ-CP".
_NUMBER_YEAR = re.compile(r"\b\d+/(\d{4})/[^\W\d_][\w-]*")


def product_issued(product: str | None) -> tuple[date, str] | None:
    """The latest day a product named in a plan can have been issued, and how it is known.

    A written date ("ngày 27/8/2022") gives that day; otherwise a document number carrying
    its year ("02/2022/NQ-HĐND") gives the last day of that year. None if neither is there.

    Examples
    --------
    >>> product_issued("Nghị quyết 311/NQ-HĐND ngày 27/8/2022")
    (datetime.date(2022, 8, 27), 'on 2022-08-27')
    >>> product_issued("Nghị quyết số 02/2022/NQ-HĐND")
    (datetime.date(2022, 12, 31), 'in 2022 (its number)')
    >>> product_issued("Kết luận") is None
    True
    """
    if not product:
        return None
    day = written_day(product)
    if day is not None:
        return day, f"on {day.isoformat()}"
    number = _NUMBER_YEAR.search(product)
    if number is not None:
        year = int(number.group(1))
        return date(year, 12, 31), f"in {year} (its number)"
    return None


def written_day(text: str) -> date | None:
    """The first valid d/m/yyyy date in *text*, or None.

    Examples
    --------
    >>> written_day("Nghị quyết 20-NQ/TW ngày 25/10/2017")
    datetime.date(2017, 10, 25)
    """
    for match in _DAY.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
