"""One rule for "overdue": the audit, the displays, the timeline and the frames agree."""

from __future__ import annotations

from datetime import date

import pytest

from vnhealthplan import plans
from vnhealthplan.analysis.audit import check_past_deadline
from vnhealthplan.analysis.frames.bundled import all_assignments_frame
from vnhealthplan.model.displays import assignment_status
from vnhealthplan.present.display import to_html

DAY = date(2026, 12, 5)


def test_thanh_hoa_first_assignment_is_not_overdue_anywhere() -> None:
    plan = plans.load("thanh-hoa-2023")
    first = plan.assignments[0]
    (finding,) = check_past_deadline(plan)
    assert finding.check == "product_before_plan"
    assert not first.is_overdue(plan.document.issued)
    assert first.is_past_due(DAY)
    assert not first.is_overdue(DAY)
    assert assignment_status(first, DAY) == "product_issued"
    frame = all_assignments_frame("en", as_of=DAY)
    thanh_hoa = frame[frame["plan"] == "thanh-hoa-2023"].reset_index(drop=True)
    assert thanh_hoa.loc[0, "status"] == "product issued"
    assert thanh_hoa.loc[1, "status"] == "overdue"  # "Kết luận": no day, so overdue
    vi = all_assignments_frame("vi", as_of=DAY)
    assert vi[vi["plan"] == "thanh-hoa-2023"].reset_index(drop=True).loc[0, "status"] == (
        "đã có sản phẩm"
    )


def test_display_marks_it_product_issued() -> None:
    markup = to_html(plans.load("thanh-hoa-2023"), lang="vi", as_of=DAY)
    assert 'data-status="product_issued"' in markup
    assert "đã có sản phẩm" in markup


def test_timeline_does_not_mark_it_overdue() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from vnhealthplan.present.plot import assignment_timeline

    axes = assignment_timeline(plans.load("thanh-hoa-2023"), as_of=DAY)
    gids = {t.get_gid() for t in axes.texts}
    assert "overdue:0" not in gids
    assert "product_issued:0" in gids
    assert "overdue:1" in gids


def test_a_product_issued_after_the_day_does_not_excuse() -> None:
    first = plans.load("thanh-hoa-2023").assignments[0]  # 02/2022: out by 31/12/2022
    assert not first.product_issued_by(date(2022, 12, 30))
