"""The unit registry: one registry, distinct counted dimensions, meaningful conversions."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pint
import pytest

import vnhealthplan
from vnhealthplan import units

#: Everything a planner counts is its own base dimension (units.txt).
COUNTED = {
    "person": "[population]",
    "live_birth": "[live_births]",
    "death": "[deaths]",
    "bed": "[beds]",
    "doctor": "[doctors]",
    "pharmacist": "[pharmacists]",
    "nurse": "[nurses]",
    "health_worker": "[health_workers]",
    "facility": "[facilities]",
    "commune": "[communes]",
    "station": "[stations]",
    "vaccine": "[vaccines]",
}


def test_one_registry_everywhere():
    assert vnhealthplan.ureg is units.ureg is units.registry()
    assert units.registry() is units.registry()
    from vnhealthplan import ureg

    assert ureg is units.registry()
    assert units.Quantity is ureg.Quantity
    assert units.Unit is ureg.Unit


def test_unknown_module_attribute_raises_attribute_error():
    with pytest.raises(AttributeError, match=r"no attribute 'registry_2'"):
        _ = vnhealthplan.registry_2
    with pytest.raises(AttributeError, match=r"no attribute 'Measurement'"):
        _ = units.Measurement


def test_ureg_listed_in_dir():
    assert "ureg" in dir(vnhealthplan)


def test_import_does_not_import_pint():
    code = "import sys, vnhealthplan; print('pint' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_using_the_registry_imports_pint():
    code = "import sys, vnhealthplan; vnhealthplan.ureg; print('pint' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "True"


@pytest.mark.parametrize(("unit", "dimension"), list(COUNTED.items()))
def test_every_counted_kind_is_a_base_dimension(ureg, unit, dimension):
    dims = ureg.Unit(unit).dimensionality
    assert dict(dims) == {dimension: 1}


def test_counted_dimensions_are_distinct(ureg):
    dims = {str(ureg.Unit(u).dimensionality) for u in COUNTED}
    assert len(dims) == len(COUNTED)


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(COUNTED, 2)))
def test_different_counts_do_not_add(Q, a, b):
    with pytest.raises(pint.DimensionalityError):
        Q(1, a) + Q(1, b)


def test_beds_plus_doctors_fails(Q):
    # Đắk Lắk 2024: 5.130 beds and 7,7 doctors per 10,000 are different things.
    with pytest.raises(pint.DimensionalityError, match=r"\[beds\].*\[doctors\]"):
        Q(5130, "bed") + Q(10, "doctor")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("bed / ten_thousand_people", "doctor / ten_thousand_people"),
        ("pharmacist / ten_thousand_people", "nurse / ten_thousand_people"),
        ("death / thousand_live_births", "bed / ten_thousand_people"),
        ("death / thousand_live_births", "death / thousand_people"),
        ("live_birth / thousand_people", "permille"),
        ("percent", "bed / ten_thousand_people"),
    ],
)
def test_ratios_of_different_kinds_do_not_mix(Q, a, b):
    with pytest.raises(pint.DimensionalityError):
        Q(29, a) + Q(7.7, b)
    with pytest.raises(pint.DimensionalityError):
        Q(29, a).to(b)


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        # Đắk Lắk 2024: 29 beds per vạn dân is 2.9 per 1,000 people.
        (29, "bed / ten_thousand_people", "bed / thousand_people", 2.9),
        (2.9, "bed / thousand_people", "bed / ten_thousand_people", 29),
        (7.7, "doctor / ten_thousand_people", "doctor / hundred_thousand_people", 77),
        (25, "nurse / ten_thousand_people", "nurse / person", 0.0025),
        (1.6, "pharmacist / ten_thousand_people", "pharmacist / hundred_people", 0.016),
        # IMR <22 per 1,000 live births is 2,200 per 100,000.
        (22, "death / thousand_live_births", "death / hundred_thousand_live_births", 2200),
        # MMR <45 per 100,000 live births is 0.45 per 1,000.
        (45, "death / hundred_thousand_live_births", "death / thousand_live_births", 0.45),
        # Birth-rate reduction of 0,2 ‰ is 0.02 %.
        (0.2, "permille", "percent", 0.02),
        (95, "percent", "permille", 950),
        (12, "%", "‰", 120),
        (1, "percent", "dimensionless", 0.01),
        # The unattributed plan: "857.490 triệu đồng".
        (857_490, "million_dong", "billion_dong", 857.49),
        (857.49, "billion_dong", "dong", 857_490_000_000),
        (1, "thousand_dong", "dong", 1000),
        (1, "year", "day", 365.25),
        (167, "centimeter", "meter", 1.67),
    ],
)
def test_meaningful_conversions(Q, value, unit, target, expected):
    assert Q(value, unit).to(target).magnitude == pytest.approx(expected)


def test_budget_in_millions_equals_billions(Q):
    assert Q(857_490, "million_dong") == Q(857.49, "billion_dong")
    assert Q(857_490, "trieu_dong").to("VND").magnitude == pytest.approx(857_490_000_000)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("van_dan", "ten_thousand_people"),
        ("trieu_dong", "million_dong"),
        ("ty_dong", "billion_dong"),
        ("VND", "dong"),
        ("vnd", "dong"),
        ("%", "percent"),
        ("pct", "percent"),
        ("‰", "permille"),
        ("per_mille", "permille"),
        ("people", "person"),
        ("inhabitants", "person"),
        ("hospital_beds", "bed"),
        ("physicians", "doctor"),
        ("commune_health_station", "station"),
        ("live_births", "live_birth"),
    ],
)
def test_aliases(Q, ureg, alias, canonical):
    assert ureg.Unit(alias) == ureg.Unit(canonical)
    assert Q(3, alias) == Q(3, canonical)


def test_van_dan_in_a_ratio(Q):
    assert Q(29, "bed / van_dan") == Q(29, "bed / ten_thousand_people")


@pytest.mark.parametrize("name", ["pound", "inch", "giường", "bác_sĩ"])
def test_only_planning_units_are_defined(ureg, name):
    # The registry is built without pint's defaults.
    with pytest.raises(pint.UndefinedUnitError):
        ureg.Unit(name)


class TestAsUnit:
    def test_name(self, ureg):
        unit = units.as_unit("doctor / ten_thousand_people")
        assert unit == ureg.Unit("doctor / ten_thousand_people")
        assert unit._REGISTRY is ureg

    def test_symbol(self, ureg):
        assert units.as_unit("%") == ureg.Unit("percent")

    def test_unit_of_the_registry_returned_as_is(self, ureg):
        unit = ureg.Unit("bed")
        assert units.as_unit(unit) is unit

    def test_unit_of_another_registry_is_rebuilt_here(self, ureg, other_ureg):
        unit = units.as_unit(other_ureg.Unit("meter"))
        assert unit._REGISTRY is ureg
        assert unit == ureg.Unit("meter")

    def test_unit_of_another_registry_undefined_here(self, other_ureg):
        with pytest.raises(pint.UndefinedUnitError):
            units.as_unit(other_ureg.Unit("pound"))

    def test_undefined_name(self):
        with pytest.raises(pint.UndefinedUnitError, match=r"giường"):
            units.as_unit("giường")

    @pytest.mark.parametrize("bad", [3, 2.5, None, ["bed"]])
    def test_not_a_unit(self, bad):
        with pytest.raises(TypeError, match=r"expected a unit name or a pint.Unit"):
            units.as_unit(bad)


def test_is_quantity(Q, other_ureg):
    assert units.is_quantity(Q(39, "bed / ten_thousand_people"))
    assert not units.is_quantity(39)
    assert not units.is_quantity(other_ureg.Quantity(39, "meter"))
    assert units.is_any_quantity(other_ureg.Quantity(39, "meter"))
    assert units.is_any_quantity(Q(39, "bed"))
    assert not units.is_any_quantity("39 bed")
