"""Every default "today" is the day in Vietnam (UTC+7), not the machine's (session 10, ux10).

Before: ``date.today()``, the machine's day: an analyst in Hà Nội at 06:00 on a machine set to
UTC got yesterday's statuses.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from vnhealthplan import plans
from vnhealthplan.core import today
from vnhealthplan.core.today import VIETNAM_TIME, vietnam_today
from vnhealthplan.present.cli import main

#: 06:00 on 2 July 2024 in Hà Nội, still 1 July on a machine set to UTC.
MORNING = datetime(2024, 7, 1, 23, 0, tzinfo=UTC)


class _Clock(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return MORNING.astimezone(tz)


@pytest.fixture
def hanoi_morning(monkeypatch):
    monkeypatch.setattr(today, "datetime", _Clock)


def test_fixed_offset_without_daylight_saving():
    for month in (1, 7):
        assert VIETNAM_TIME.utcoffset(datetime(2026, month, 1)) == timedelta(hours=7)
    assert vietnam_today(MORNING) == date(2024, 7, 2)
    assert vietnam_today(datetime(2024, 7, 1, 16, 59, tzinfo=UTC)) == date(2024, 7, 1)


def test_one_definition_of_vietnam_time():
    from vnhealthplan.core import checks, daycheck

    assert daycheck.VIETNAM is VIETNAM_TIME
    assert checks.VIETNAM is VIETNAM_TIME


def test_assignments_without_as_of_take_hanoi_day_in_english(hanoi_morning, capsys):
    assert main(["assignments", "thanh-hoa-2023", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("thanh-hoa-2023 on 2024-07-02: 1 overdue assignment of 16;")


def test_assignments_without_as_of_take_hanoi_day_in_vietnamese(hanoi_morning, capsys):
    assert main(["assignments", "thanh-hoa-2023", "--lang", "vi"]) == 0
    assert capsys.readouterr().out.startswith("thanh-hoa-2023, ngày 02/07/2024: 1 nhiệm vụ")


def test_review_and_timeline_default_to_hanoi_day(hanoi_morning):
    from vnhealthplan.analysis.review import review

    assert review("dak-lak-2024").as_of == date(2024, 7, 2)
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from vnhealthplan.present.plot import assignment_timeline

    ax = assignment_timeline(plans.load("thanh-hoa-2023"))
    overdue = [a.get_gid() for a in ax.texts if a.get_gid().startswith("overdue")]
    dated = assignment_timeline(plans.load("thanh-hoa-2023"), as_of=date(2024, 7, 2))
    assert overdue == [a.get_gid() for a in dated.texts if a.get_gid().startswith("overdue")]
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "default: today in Vietnam, UTC+7"), ("vi", "mặc định: hôm nay theo giờ Việt Nam")],
)
def test_help_says_which_day_today_is(capsys, lang, words):
    assert main(["assignments", "--help", "--lang", lang]) == 0
    assert words in " ".join(capsys.readouterr().out.split())
