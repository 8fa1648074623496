"""Assignments: who does what, with whom, for whom, by when.

Examples
--------
Row 2 of Thanh Hóa's appendix: the geriatric hospital proposal, due "Quý II/2024":

>>> from datetime import date
>>> from vnhealthplan import Assignment, Period
>>> a = Assignment("Đề án xây dựng Bệnh viện Lão khoa", lead="Phòng KH-TC",
...                partners=["Các sở, ban, ngành, đơn vị, địa phương có liên quan"],
...                submitted_to="Ban Thường vụ Tỉnh ủy", due=Period.quarter(2024, 2),
...                product="Kết luận")
>>> a.is_overdue(date(2024, 7, 1)), a.is_overdue(date(2024, 6, 30))
(True, False)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from vnhealthplan.core.checks import as_date, items_of, member_of, text, to_tuple, year_date
from vnhealthplan.core.vocab import Lang
from vnhealthplan.core.writtendates import product_issued
from vnhealthplan.model.displays import ShownInNotebooks, assignment_parts
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Source

__all__ = ["Assignment"]


@attrs.frozen
class Assignment(ShownInNotebooks):
    """A task a plan assigns to an agency.

    Parameters
    ----------
    task : str
        What is to be done ("Nội dung công việc").
    lead : str
        The agency in charge ("Đơn vị chủ trì").
    partners : tuple of str
        Agencies that take part ("Đơn vị phối hợp").
    submitted_to : str, optional
        The body the result goes to ("Cấp trình"), e.g. "Hội đồng nhân dân tỉnh".
    due : Period, optional
        When it is due ("Thời gian dự kiến hoàn thành"); None when the plan gives no date.
    product : str, optional
        What it produces ("Sản phẩm"), e.g. "Kết luận", "Nghị quyết".
    completed : datetime.date, optional
        When it was done, if known (plans do not say; users record it with
        :func:`attrs.evolve`).
    source : Source, optional
    notes : str
    notes_vi : str
        The notes in Vietnamese (see :func:`vnhealthplan.model.notes.notes_in`).

    Examples
    --------
    Quảng Ngãi assigns duties without dates: nothing is ever overdue there.

    >>> from datetime import date
    >>> a = Assignment("Kêu gọi và tạo điều kiện xã hội hóa đầu tư lĩnh vực y tế",
    ...                lead="Sở Kế hoạch và Đầu tư", partners=["Sở Y tế"])
    >>> a.due is None, a.is_overdue(date(2030, 1, 1))
    (True, False)
    """

    task: str = attrs.field(validator=text())
    lead: str = attrs.field(kw_only=True, validator=text())
    partners: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )
    submitted_to: str | None = attrs.field(
        default=None, kw_only=True, validator=text(optional=True)
    )
    due: Period | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Period, optional=True)
    )
    product: str | None = attrs.field(default=None, kw_only=True, validator=text(optional=True))
    completed: date | None = attrs.field(
        default=None, kw_only=True, validator=year_date(optional=True)
    )
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Source, optional=True)
    )
    notes: str = attrs.field(default="", kw_only=True, validator=member_of(str))
    notes_vi: str = attrs.field(default="", kw_only=True, validator=member_of(str))

    @property
    def agencies(self) -> tuple[str, ...]:
        """The lead followed by the partners."""
        return (self.lead, *self.partners)

    def is_past_due(self, on: date) -> bool:
        """Tell whether the due period ended before *on* with no completion recorded by then.

        An assignment without a due date is never past due. Such a task is overdue unless
        its product had been issued by then (:meth:`is_overdue`).

        Examples
        --------
        >>> from datetime import date
        >>> from vnhealthplan import plans
        >>> plans.load("thanh-hoa-2023").assignments[0].is_past_due(date(2023, 10, 14))
        True
        """
        day = as_date(on, "Assignment.is_past_due", "on")
        if self.due is None or not self.due.is_past(day):
            return False
        return self.completed is None or self.completed > day

    def product_issued_by(self, on: date) -> bool:
        """Tell whether the product the task names had been issued by *on*.

        The product's day is read from its words (:func:`~vnhealthplan.core.writtendates.
        product_issued`): a written date, else the last day of the year its number carries
        ("02/2022/NQ-HĐND": 31/12/2022). False when the product names no day.

        Examples
        --------
        >>> from datetime import date
        >>> from vnhealthplan import plans
        >>> first = plans.load("thanh-hoa-2023").assignments[0]
        >>> first.product, first.product_issued_by(date(2023, 10, 14))
        ('Nghị quyết số 02/2022/NQ-HĐND', True)
        """
        day = as_date(on, "Assignment.product_issued_by", "on")
        found = product_issued(self.product)
        return found is not None and found[0] <= day

    def is_overdue(self, on: date) -> bool:
        """Tell whether the task is still outstanding on *on* after its due period ended.

        Outstanding means no completion is recorded on or before *on*, and no product the
        task names had been issued by then: a task whose product (a resolution with its
        date or year) exists is probably done though the plan records no completion, so it
        is not called overdue (the audit reports it as ``product_before_plan``; the
        displays, the timeline and the frames mark it "product issued"). An assignment
        without a due date is never overdue.

        Examples
        --------
        Row 1 of Thanh Hóa's appendix was due "Quý IV/2022" and produced Resolution
        02/2022/NQ-HĐND of 11/12/2022:

        >>> from datetime import date
        >>> import attrs
        >>> a = Assignment("Chính sách thu hút nguồn nhân lực y tế chất lượng cao",
        ...                lead="Phòng TCVH", due=Period.quarter(2022, 4))
        >>> a.is_overdue(date(2023, 10, 14))
        True
        >>> attrs.evolve(a, completed=date(2022, 12, 11)).is_overdue(date(2023, 10, 14))
        False
        >>> attrs.evolve(a, product="Nghị quyết số 02/2022/NQ-HĐND").is_overdue(date(2023, 10, 14))
        False
        """
        day = as_date(on, "Assignment.is_overdue", "on")
        return self.is_past_due(day) and not self.product_issued_by(day)

    def __repr__(self) -> str:
        task = self.task if len(self.task) <= 60 else self.task[:59] + "…"
        due = f", due={self.due.code}" if self.due else ""
        done = f", completed={self.completed.isoformat()}" if self.completed else ""
        return f"Assignment({task!r}, lead={self.lead!r}{due}{done})"

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return assignment_parts(self, lang, as_of)
