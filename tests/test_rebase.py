"""Re-basing targets onto merged units, on hand-computed cases."""

from __future__ import annotations

import math

import pytest

from vnhealthplan import Period, Target, indicators, plans
from vnhealthplan.analysis.rebase import (
    Population,
    RebaseError,
    rebase,
    rebase_frame,
    rebase_targets,
)

BEDS = indicators.get("beds_per_10k")
TOTAL_BEDS = indicators.get("total_beds")
CODE_COMMUNES = next(
    c for c, i in indicators.catalogue().items() if i.denominator == "communes (xã)"
)


def t(indicator, value, comparator=">="):
    return Target(indicator, value, Period.year(2030), comparator)


def test_an_giang_2030_beds_hand_computed():
    r = rebase(plans.load("an-giang-2018"), "beds_per_10k", 2030)
    assert r.into.key == "an-giang-2025"
    assert r.method == "population-weighted"
    assert r.value.magnitude == pytest.approx(29.4)  # only An Giang has a target
    assert r.coverage == pytest.approx(2741851 / 4952238)  # 0.55366
    assert r.total.value == 4952238
    assert r.total.measure == "quy_mo_dan_so"
    assert [p.unit.key for p in r.parts if p.target is None] == ["kien-giang"]
    assert any("Kiên Giang: no target" in f for f in r.flags)
    assert all(p.population.source.quote for p in r.parts)


def test_ratio_population_weighted():
    r = rebase_targets(
        "an-giang-2025",
        {"an-giang": t(BEDS, 30.0), "Kiên Giang": t(BEDS, 20.0)},
        indicator=BEDS, year=2030,
    )  # fmt: skip
    expected = (30 * 2741851 + 20 * 2210387) / (2741851 + 2210387)  # 25.5366...
    assert r.value.magnitude == pytest.approx(expected)
    assert r.coverage == 1.0
    assert r.flags == ()


def test_counts_add():
    r = rebase_targets(
        "an-giang-2025", {"an-giang": t(TOTAL_BEDS, 5000), "kien-giang": t(TOTAL_BEDS, 4000)},
        indicator=TOTAL_BEDS, year=2030,
    )  # fmt: skip
    assert r.method == "sum"
    assert r.value.magnitude == 9000


def test_shares_need_their_own_denominators():
    share = indicators.get(CODE_COMMUNES)
    targets = {"an-giang": t(share, 100.0), "kien-giang": t(share, 80.0)}
    r = rebase_targets("an-giang-2025", targets, indicator=share, year=2030,
                       denominators={"an-giang": 155, "kien-giang": 143})  # fmt: skip
    assert r.method == "denominator-weighted"
    assert r.value.magnitude == pytest.approx((100 * 155 + 80 * 143) / 298)
    without = rebase_targets("an-giang-2025", targets, indicator=share, year=2030)
    assert without.value is None
    assert any("denominators" in f for f in without.flags)


def test_kon_tum_absence_is_explicit():
    r = rebase(plans.load("quang-ngai-2023"), "communes_covered_by_emergency_service", 2025)
    assert r.into.key == "quang-ngai-2025"
    assert r.coverage is None
    assert any(f.startswith("Kon Tum: no target") for f in r.flags)


def test_mixed_measures_refused():
    pops = {
        "an-giang": Population(_unit("an-giang"), 1.9e6, "census_2019"),
        "kien-giang": Population(_unit("kien-giang"), 2.2e6, "quy_mo_dan_so"),
    }
    with pytest.raises(RebaseError, match="different measures"):
        rebase_targets("an-giang-2025", {"an-giang": t(BEDS, 30.0)}, indicator=BEDS, year=2030,
                       populations=pops)  # fmt: skip


def _unit(key):
    from vnhealthplan import provinces

    return provinces.by_key(key)


def test_errors():
    with pytest.raises(RebaseError, match="not merged"):
        rebase(plans.load("thanh-hoa-2023"), "beds_per_10k", 2030)
    with pytest.raises(RebaseError, match="not parts of"):
        rebase_targets("an-giang-2025", {"kon-tum": None}, indicator=BEDS, year=2030)
    with pytest.raises(RebaseError, match="not formed by a merger"):
        rebase_targets("thanh-hoa", {}, indicator=BEDS, year=2030)


def test_frame():
    frame = rebase_frame(plans.load("an-giang-2018"))
    beds = frame[frame.indicator == "beds_per_10k"].set_index("year")["value"]
    assert list(beds) == pytest.approx([25.0, 27.0, 29.4])
    life = frame[frame.indicator == "life_expectancy"]
    assert life["method"].eq("none").all()
    assert life["value"].map(math.isnan).all()
