"""The assignment timeline writes its dates as the chart's language does (session 10, ux10).

Before: the axis ticks were matplotlib's ISO forms ("2024-04", "2024-04-15") in a
Vietnamese chart, and the English title wrote its day "01/07/2025".
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from vnhealthplan import plans

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from vnhealthplan.present.plot import assignment_timeline  # noqa: E402

DAY = date(2024, 5, 1)


def _ticks(plan, lang):
    ax = assignment_timeline(plan, as_of=DAY, lang=lang)
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    title = ax.get_title().splitlines()[0]
    matplotlib.pyplot.close(ax.figure)
    return ticks, title


def _one(months: int):
    """Thanh Hóa's plan with its second assignment ("Quý II/2024") only, or stretched."""
    plan = plans.load("thanh-hoa-2023")
    task = plan.assignments[1]
    if months > 3:
        task = attrs.evolve(task, due=attrs.evolve(task.due, start=date(2023, 7, 1)))
    return attrs.evolve(plan, assignments=(task,))


def test_days_in_vietnamese_and_in_english():
    vi, title_vi = _ticks(_one(3), "vi")
    en, title_en = _ticks(_one(3), "en")
    assert "01/05/2024" in vi
    assert "2024-05-01" in en
    assert title_vi == "Nhiệm vụ — thanh-hoa-2023, tính đến 01/05/2024"
    assert title_en == "Assignments — thanh-hoa-2023, as of 2024-05-01"


def test_months_in_vietnamese_and_in_english():
    vi, _ = _ticks(_one(12), "vi")
    en, _ = _ticks(_one(12), "en")
    assert "01/2024" in vi
    assert "2024-01" in en
    assert not any("-" in t for t in vi)


def test_years_stay_years():
    vi, _ = _ticks(plans.load("thanh-hoa-2023"), "vi")
    assert all(t.isdigit() for t in vi if t)
