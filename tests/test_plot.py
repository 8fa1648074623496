"""Plots: the artists they draw (Agg backend), their labels in both languages, no pixels."""

from __future__ import annotations

import io
import sys
import warnings
from datetime import date

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pytest

from vnhealthplan import options, plans
from vnhealthplan.plot import (
    assignment_timeline,
    indicator_chart,
    provinces_chart,
)
from vnhealthplan.reference import national_targets

DAY = date(2025, 7, 1)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _lines(ax, gid):
    return [line for line in ax.get_lines() if line.get_gid() == gid]


def _ydata(line):
    return [float(y) for y in line.get_ydata()]


def _xdata(line):
    return [float(x) for x in line.get_xdata()]


def _render(ax):
    """Draw the figure to PNG bytes; any warning (a glyph missing from the font) fails."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        buffer = io.BytesIO()
        ax.figure.savefig(buffer, format="png", dpi=40)
    return buffer.getvalue()


# ---- indicator over time ------------------------------------------------------------------


def test_target_lines_at_the_target_values_up_to_their_years():
    an_giang = plans.load("an-giang-2018")
    ax = indicator_chart(an_giang, "health_insurance_coverage", lang="en")
    targets = an_giang.targets_for("health_insurance_coverage")
    assert [t.year for t in targets] == [2020, 2025, 2030]
    for t in targets:
        (line,) = _lines(ax, f"target:{t.year}")
        assert _ydata(line) == [t.value.magnitude] * 2
        assert _xdata(line) == [2017, t.year]  # from the first year shown to the target year
        (year,) = _lines(ax, f"target-year:{t.year}")
        assert _xdata(year) == [t.year, t.year]  # a vertical line at the target year
        (point,) = _lines(ax, f"target-point:{t.year}")
        assert (_xdata(point), _ydata(point)) == ([t.year], [t.value.magnitude])
    (observed,) = _lines(ax, "observed")
    assert (_xdata(observed), _ydata(observed)) == ([2017], [76.5])  # "76,5% dân số"
    texts = [text.get_text() for text in ax.texts]
    assert "90 (2020)" in texts
    assert "> 95 (2030)" in texts
    assert "76.5 (2017)" in texts


def test_national_targets_and_values_on_request():
    thanh_hoa = plans.load("thanh-hoa-2023")
    assert not [line for line in indicator_chart(thanh_hoa, "beds_per_10k").get_lines()
                if line.get_gid().startswith("national")]  # fmt: skip
    ax = indicator_chart(thanh_hoa, "beds_per_10k", national=True, lang="vi")
    (decision,) = _lines(ax, "national:Quyết định 201/QĐ-TTg")
    expected = [t for t in national_targets("beds_per_10k")
                if t.source.document.title.startswith("Quyết định 201")]  # fmt: skip
    assert list(zip(_xdata(decision), _ydata(decision), strict=True)) == [
        (t.year, t.value.magnitude) for t in expected
    ]
    (reported,) = _lines(ax, "national-observed")
    assert (2025, 34.5) in zip(_xdata(reported), _ydata(reported), strict=True)
    labels = ax.get_legend_handles_labels()[1]
    assert "quốc gia: Nghị quyết 20-NQ/TW" in labels
    assert "chỉ tiêu" in labels
    _render(ax)


def test_labels_follow_the_language_with_diacritics():
    thanh_hoa = plans.load("thanh-hoa-2023")
    ax = indicator_chart(thanh_hoa, "beds_per_10k", lang="vi")
    assert ax.get_title() == "Số giường bệnh trên 10.000 dân — Thanh Hóa"
    assert ax.get_xlabel() == "Năm"
    assert ax.get_ylabel() == "giường bệnh/vạn dân"
    assert "39 (2030)" in [t.get_text() for t in ax.texts]
    with options.language("en"):
        ax = indicator_chart(thanh_hoa, "beds_per_10k")
    assert ax.get_title() == "Hospital beds per 10,000 population — Thanh Hóa"
    assert ax.get_ylabel() == "beds per 10,000 population"
    _render(ax)


def test_vietnamese_numbers_in_labels():
    ax = indicator_chart(plans.load("dak-lak-2024"), "doctors_per_10k", lang="vi")
    assert "7,7 (2024)" in [t.get_text() for t in ax.texts]


def test_maintain_and_strict_targets_are_worded():
    ax = indicator_chart(plans.load("quang-ngai-2023"), "stations_with_doctor", lang="vi")
    assert [t.get_text() for t in ax.texts] == ["duy trì 100 (2025)"]
    ax = indicator_chart(plans.load("dak-lak-2024"), "imr", lang="en")
    assert [t.get_text() for t in ax.texts] == ["< 22 (2024)"]


def test_change_targets_are_not_drawn_as_levels():
    dak_lak = plans.load("dak-lak-2024")
    with pytest.raises(
        ValueError,
        match="or an observation in plan 'dak-lak-2024' \\(there is none on 'crude_birth_rate'\\)",
    ):
        indicator_chart(dak_lak, "crude_birth_rate")


def test_draws_on_a_given_axes_and_takes_observations():
    from vnhealthplan import Observation, Period, indicators

    _fig, (left, right) = plt.subplots(1, 2)
    obs = Observation(indicators.get("beds_per_10k"), 30.0, Period.year(2024))
    ax = indicator_chart(plans.load("thanh-hoa-2023"), "beds_per_10k", observations=[obs],
                         ax=right)  # fmt: skip
    assert ax is right
    assert not left.get_lines()
    (given,) = _lines(ax, "given")
    assert (_xdata(given), _ydata(given)) == ([2024], [30.0])


# ---- provinces against national targets ------------------------------------------------


def test_provinces_against_national_targets():
    ax = provinces_chart("doctors_per_10k", lang="vi")
    (an_giang,) = _lines(ax, "province:An Giang")
    # An Giang's plan: 8 doctors per 10,000 by 2020, 10 by 2025, 11 by 2030
    assert list(zip(_xdata(an_giang), _ydata(an_giang), strict=True)) == [
        (2020, 8.0),
        (2025, 10.0),
        (2030, 11.0),
    ]
    (dak_lak,) = _lines(ax, "province:Đắk Lắk")
    assert (_xdata(dak_lak), _ydata(dak_lak)) == ([2024], [7.7])
    (resolution,) = _lines(ax, "national:Nghị quyết 20-NQ/TW")
    assert list(zip(_xdata(resolution), _ydata(resolution), strict=True)) == [
        (2025, 10.0),
        (2030, 11.0),
    ]
    assert resolution.get_linestyle() == "--"
    labels = ax.get_legend_handles_labels()[1]
    assert "Đắk Lắk" in labels
    assert "(không nêu tỉnh)" in labels
    assert ax.get_title().startswith("Số bác sĩ trên 10.000 dân")
    assert "7,7" in [t.get_text() for t in ax.texts]
    _render(ax)


def test_provinces_chart_of_chosen_plans_and_errors():
    ax = provinces_chart("beds_per_10k", plans=(plans.load("dak-lak-2024"),), lang="en")
    provinces = [line.get_gid() for line in ax.get_lines() if line.get_gid().startswith("prov")]
    assert provinces == ["province:Đắk Lắk"]
    with pytest.raises(ValueError, match=r"no plan and no national instrument.*'mmr'"):
        provinces_chart("mmr", plans=())


# ---- assignment timeline --------------------------------------------------------------------


def test_overdue_assignments_are_marked():
    thanh_hoa = plans.load("thanh-hoa-2023")
    ax = assignment_timeline(thanh_hoa, as_of=DAY, lang="vi")
    overdue = {t.get_gid(): t for t in ax.texts if t.get_gid().startswith("overdue:")}
    expected = [i for i, a in enumerate(thanh_hoa.assignments) if a.is_overdue(DAY)]
    assert sorted(int(g.split(":")[1]) for g in overdue) == expected
    assert all(t.get_text().strip() == "quá hạn" for t in overdue.values())
    bars = {p.get_gid(): p for p in ax.patches if p.get_gid()}
    row = thanh_hoa.assignments[1]  # "Quý II/2024": April to June 2024
    bar = bars["assignment:1"]
    assert bar.get_x() == pytest.approx(mdates.date2num(row.due.start))
    assert bar.get_x() + bar.get_width() == pytest.approx(mdates.date2num(date(2024, 7, 1)))
    red, blue = bars["assignment:1"].get_facecolor(), bars["assignment:10"].get_facecolor()
    assert red != blue
    (as_of,) = _lines(ax, "as-of")
    assert _xdata(as_of)[0] == pytest.approx(mdates.date2num(DAY))
    assert "(4 nhiệm vụ không có thời hạn, không vẽ)" in ax.get_title()
    assert any("Lão khoa" in label.get_text() for label in ax.get_yticklabels())
    _render(ax)


def test_the_day_decides_what_is_overdue():
    thanh_hoa = plans.load("thanh-hoa-2023")
    early = assignment_timeline(thanh_hoa, as_of=date(2023, 10, 14), lang="en")
    late = assignment_timeline(thanh_hoa, as_of=date(2031, 1, 1), lang="en")
    count = lambda ax: sum(t.get_gid().startswith("overdue") for t in ax.texts)  # noqa: E731
    # on the plan's day, row 0 is past due but its product (02/2022/NQ-HĐND) was out
    assert count(early) == 0 < count(late)
    assert "overdue" in [t.get_text().strip() for t in late.texts]


def test_a_plan_without_dates_has_no_timeline():
    with pytest.raises(
        ValueError, match=r"'quang-ngai-2023'; .*\(it has 20 assignments, none with a due date\)"
    ):
        assignment_timeline(plans.load("quang-ngai-2023"), as_of=DAY)


def test_missing_matplotlib_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r'pip install "vnhealthplan\[plot\]"'):
        indicator_chart(plans.load("thanh-hoa-2023"), "beds_per_10k")
