"""The domain model: provinces, indicators and the catalogue; every class frozen."""

from __future__ import annotations

from datetime import date

import attrs
import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import (
    Assignment,
    Baseline,
    Direction,
    Document,
    Facility,
    Indicator,
    Period,
    Plan,
    Province,
    Scope,
    Source,
    Target,
    UnknownIndicatorError,
    UnknownProvinceError,
    ValidationError,
    VNHealthPlanError,
    indicators,
    provinces,
)


def raises_validation(owner, field):
    return pytest.raises(ValidationError, match=rf"^{owner}\.{field}: got ")


# ---- provinces ------------------------------------------------------------------------


class TestProvince:
    @pytest.mark.parametrize("code", ["38", "89", "01", None])
    def test_codes(self, code):
        assert Province("Thanh Hóa", code=code).code == code

    @pytest.mark.parametrize("code", ["038", "8", "3a", "", " 38", 38])
    def test_bad_codes(self, code):
        with raises_validation("Province", "code") as info:
            Province("Thanh Hóa", code=code)
        assert info.value.value == code

    def test_ascii_name_is_derived(self):
        assert Province("Đắk Lắk").ascii_name == "Dak Lak"
        assert Province("Quảng Ngãi").ascii_name == "Quang Ngai"
        assert str(Province("Quảng Ngãi")) == "Quảng Ngãi"

    @pytest.mark.parametrize(
        "name", ["Thanh Hóa", "Thanh Hoá", "THANH HOA", "thanh-hoa", " thanh  hoa ", "Thanh.Hoa"]
    )
    def test_matches_any_accent_placement_case_and_spacing(self, name):
        assert Province("Thanh Hóa", code="38").matches(name)

    @pytest.mark.parametrize("name", ["Đăk Lăk", "Đắk Lắk", "dak lak", "DAK LAK"])
    def test_matches_the_dak_lak_header_spelling(self, name):
        assert Province("Đắk Lắk").matches(name)

    @pytest.mark.parametrize("name", ["Thái Bình", "Thanh", "Thanh Hoa Hoa", ""])
    def test_does_not_match_other_names(self, name):
        assert not Province("Thanh Hóa").matches(name)

    def test_names_and_lone_alias(self):
        province = Province("Thanh Hóa", aliases="Thanh Hoá")
        assert province.aliases == ("Thanh Hoá",)
        assert province.names == ("Thanh Hóa", "Thanh Hoa", "Thanh Hoá")

    def test_bad_name_and_alias(self):
        with raises_validation("Province", "name"):
            Province("   ")
        with pytest.raises(ValidationError, match=r"a str at position 1"):
            Province("Thanh Hóa", aliases=["Thanh Hoá", 38])

    def test_valid_dates(self):
        province = Province("Đắk Lắk", valid_from=date(2004, 1, 1), valid_until=date(2025, 6, 30))
        assert not province.existed_on(date(2003, 12, 31))
        assert province.existed_on(date(2004, 1, 1))
        assert province.existed_on(date(2025, 6, 30))
        assert not province.existed_on(date(2025, 7, 1))
        assert Province("Thanh Hóa").existed_on(date(1950, 1, 1))
        with raises_validation("Province", "valid_until"):
            Province("Đắk Lắk", valid_from=date(2025, 7, 1), valid_until=date(2025, 1, 1))


class TestProvinces:
    def test_bundled(self):  # the registry's units, with codes only where sourced
        coded = [(p.key, p.code) for p in provinces.all() if p.code is not None]
        assert coded == [
            ("ha-noi", "01"),
            ("cao-bang", "04"),
            ("dien-bien", "11"),
            ("lai-chau", "12"),
            ("son-la", "14"),
            ("lang-son", "20"),
            ("thanh-hoa", "38"),
            ("quang-ngai", "51"),
            ("dak-lak", "66"),
            ("an-giang", "89"),
            ("tuyen-quang-2025", "08"),  # Decision 19/2025/QĐ-TTg, rows 1-9 only
            ("lao-cai-2025", "15"),
            ("thai-nguyen-2025", "19"),
        ]

    @pytest.mark.parametrize(
        ("name", "official"),
        [
            ("Đắk Lắk", "Đắk Lắk"),
            ("Đăk Lăk", "Đắk Lắk"),
            ("Đắc Lắc", "Đắk Lắk"),
            ("Daklak", "Đắk Lắk"),
            ("dak lak", "Đắk Lắk"),
            ("Thanh Hoá", "Thanh Hóa"),
            ("Thanh Hóa", "Thanh Hóa"),
            ("thanh hoa", "Thanh Hóa"),
            ("Tỉnh Thanh Hóa", "Thanh Hóa"),
            ("Quang Ngai", "Quảng Ngãi"),
            ("an-giang", "An Giang"),
        ],
    )
    def test_get_by_any_name(self, name, official):
        assert provinces.get(name).name == official

    @pytest.mark.parametrize(
        ("name", "close"),
        [
            ("Kiên Giang Mới", ("Kiên Giang",)),
            ("Quang Ngai City", ("Quảng Ngãi",)),
            ("Thanh Hoa City", ("Thanh Hóa",)),
            ("Phnom Penh", ()),
        ],
    )
    def test_unknown_province(self, name, close):
        with pytest.raises(UnknownProvinceError) as info:
            provinces.get(name)
        err = info.value
        assert isinstance(err, LookupError)
        assert isinstance(err, VNHealthPlanError)
        assert (err.name, err.close) == (name, close)
        assert str(err).startswith(f"unknown province {name!r}")
        for suggestion in close:
            assert repr(suggestion) in str(err)
        assert ("did you mean" in str(err)) is bool(close)


# ---- indicators ------------------------------------------------------------------------


def make_indicator(**changes):
    fields = {
        "code": "private_hospitals",
        "name_vi": "Số bệnh viện tư nhân",
        "name_en": "Private hospitals",
        "unit": "facility",
        "direction": "higher",
        "numerator": "private hospitals",
    }
    fields.update(changes)
    positional = [fields.pop(k) for k in ("code", "name_vi", "name_en", "unit", "direction")]
    return Indicator(*positional, **fields)


class TestIndicator:
    def test_built(self, ureg):
        ind = make_indicator(unit="pharmacist / van_dan", minimum=0)
        assert ind.unit == ureg.Unit("pharmacist / ten_thousand_people")
        assert ind.unit._REGISTRY is ureg
        assert ind.direction is Direction.HIGHER
        assert ind.is_ratio
        assert str(ind) == "private_hospitals [pharmacist / ten_thousand_people]"
        assert ind.name("vi") == "Số bệnh viện tư nhân"
        assert ind.name() == "Private hospitals"

    @pytest.mark.parametrize("code", ["Beds", "1beds", "beds-10k", "", "beds per 10k", "giường"])
    def test_bad_code(self, code):
        with raises_validation("Indicator", "code"):
            make_indicator(code=code)

    @pytest.mark.parametrize("unit", ["giường", "bed / vạn", 3, None])
    def test_undefined_unit(self, unit):
        with raises_validation("Indicator", "unit") as info:
            make_indicator(unit=unit)
        assert info.value.value == unit

    def test_maximum_below_minimum(self):
        with pytest.raises(ValidationError, match=r"Indicator.maximum: got 1; expected a number ≥"):
            make_indicator(minimum=5, maximum=1)

    @pytest.mark.parametrize("bound", [True, float("nan"), "5"])
    def test_bad_bound(self, bound):
        with raises_validation("Indicator", "minimum"):
            make_indicator(minimum=bound)

    @pytest.mark.parametrize(
        ("text", "direction"),
        [
            ("higher", Direction.HIGHER),
            ("càng thấp càng tốt", Direction.LOWER),
            ("DOWN", Direction.LOWER),
            (Direction.NEUTRAL, Direction.NEUTRAL),
        ],
    )
    def test_direction_parse(self, text, direction):
        assert make_indicator(direction=text).direction is direction

    @pytest.mark.parametrize("text", ["sideways", None, 1])
    def test_bad_direction(self, text):
        with raises_validation("Indicator", "direction"):
            make_indicator(direction=text)

    def test_quantity_and_accepts(self, Q, imr, other_ureg):
        assert imr.quantity(22) == Q(22, "death / thousand_live_births")
        assert imr.quantity(Q(2200, "death / hundred_thousand_live_births")).magnitude == (
            pytest.approx(22)
        )
        assert imr.accepts(Q(2200, "death / hundred_thousand_live_births"))
        assert not imr.accepts(Q(22, "permille"))  # per mille of what?
        assert not imr.accepts(22)
        assert not imr.accepts(other_ureg.Quantity(22, "meter"))
        with pytest.raises(pint.DimensionalityError):
            imr.quantity(Q(22, "permille"))


class TestCatalogue:
    @pytest.mark.parametrize("indicator", indicators.all(), ids=lambda i: i.code)
    def test_every_indicator_loads(self, indicator, ureg):
        assert indicators.get(indicator.code) is indicator
        assert indicator.unit._REGISTRY is ureg
        assert indicator.minimum == 0
        if indicator.unit == ureg.Unit("percent"):
            assert (indicator.minimum, indicator.maximum) == (0, 100)
            assert indicator.denominator  # a share of what
        if indicator.is_ratio:
            assert indicator.denominator

    def test_catalogue_is_read_only_and_cached(self):
        assert indicators.catalogue() is indicators.catalogue()
        with pytest.raises(TypeError):
            indicators.catalogue()["x"] = None  # type: ignore[index]
        assert [i.code for i in indicators.all()] == list(indicators.catalogue())

    @pytest.mark.parametrize(
        ("code", "unit", "direction"),
        [
            ("beds_per_10k", "bed / ten_thousand_people", Direction.HIGHER),
            ("doctors_per_10k", "doctor / ten_thousand_people", Direction.HIGHER),
            ("imr", "death / thousand_live_births", Direction.LOWER),
            ("u5mr", "death / thousand_live_births", Direction.LOWER),
            ("mmr", "death / hundred_thousand_live_births", Direction.LOWER),
            ("crude_birth_rate", "live_birth / thousand_people", Direction.NEUTRAL),
            ("full_immunisation_u1", "percent", Direction.HIGHER),
            ("plan_budget", "million_dong", Direction.NEUTRAL),
        ],
    )
    def test_units_of_the_plans(self, ureg, code, unit, direction):
        ind = indicators.get(code)
        assert ind.unit == ureg.Unit(unit)
        assert ind.direction is direction

    def test_get_an_indicator_returns_it(self, private_hospitals):
        assert indicators.get(private_hospitals) is private_hospitals

    def test_unknown_code_suggests(self):
        with pytest.raises(UnknownIndicatorError) as info:
            indicators.get("beds_per_10")
        assert isinstance(info.value, LookupError)
        assert info.value.name == "beds_per_10"
        assert info.value.close[0] == "beds_per_10k"
        assert "did you mean 'beds_per_10k'" in str(info.value)

    def test_unknown_code_without_suggestion(self):
        with pytest.raises(UnknownIndicatorError, match=r"^unknown indicator 'zzz'$"):
            indicators.get("zzz")


# ---- every model class is frozen; evolve re-validates --------------------------------------


def _models():
    doc = Document("Kế hoạch", "Sở Y tế Đắk Lắk")
    beds = indicators.get("beds_per_10k")
    return [
        ("Period", Period.year(2024), {"end": date(2024, 6, 30)}, {"end": date(2023, 1, 1)}),
        ("Province", provinces.get("Đắk Lắk"), {"code": "67"}, {"code": "066"}),
        ("Indicator", beds, {"maximum": 100}, {"maximum": -1}),
        ("Document", doc, {"number": "132/KH-SYT"}, {"issuer": ""}),
        ("Source", Source(doc, "I", "29"), {"section": "I.8"}, {"quote": ""}),
        ("Scope", Scope(tier="tỉnh"), {"tier": "huyện"}, {"tier": "vùng"}),
        (
            "Baseline",
            Baseline(beds.quantity(27), Period.year(2017)),
            {"period": Period.year(2018)},
            {"value": 27},
        ),
        ("Target", Target(beds, 29, Period.year(2024), "="), {"value": 39}, {"value": -1}),
        ("Facility", Facility("BV", "general_hospital"), {"beds": 2430}, {"beds": -1}),
        ("Assignment", Assignment("Đề án", lead="Sở Y tế"), {"lead": "UBND"}, {"lead": ""}),
        ("Plan", Plan("dak-lak-2024", doc), {"key": "dak-lak-2025"}, {"key": "Dak Lak"}),
    ]


MODELS = [pytest.param(*row[1:], id=row[0]) for row in _models()]


@pytest.mark.parametrize(("instance", "good", "bad"), MODELS)
def test_frozen(instance, good, bad):
    field = next(iter(good))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, field, good[field])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(instance, field)


@pytest.mark.parametrize(("instance", "good", "bad"), MODELS)
def test_evolve_works_and_revalidates(instance, good, bad):
    changed = attrs.evolve(instance, **good)
    assert changed != instance
    assert type(changed) is type(instance)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(instance, **bad)
    assert (info.value.owner, info.value.field) == (type(instance).__name__, next(iter(bad)))


def test_evolve_target_converts_plain_numbers(Q):
    target = Target(indicators.get("beds_per_10k"), 29, Period.year(2024), "=")
    later = attrs.evolve(target, value=39, period=Period.year(2030))
    assert later.value == Q(39, "bed / ten_thousand_people")
    with pytest.raises(ValidationError, match=r"^Target.value"):
        attrs.evolve(target, indicator=indicators.get("stations_with_doctor"))


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
def test_fold_is_ascii_name_lowered_with_separators_as_spaces(text):
    # fold translates character by character; it must equal the whole-text definition
    from vnhealthplan.names import ascii_name, fold

    plain = ascii_name(text).casefold()
    for sep in "-.,_":
        plain = plain.replace(sep, " ")
    assert fold(text) == " ".join(plain.split())
