"""Closed vocabularies: parsing every spelling, labels, and Comparator.holds."""

from __future__ import annotations

import numpy as np
import pytest

from vnhealthplan import (
    AutonomyGroup,
    Comparator,
    Direction,
    FacilityKind,
    Ownership,
    Rank,
    TargetKind,
    Tier,
)

VOCABS = [Comparator, TargetKind, Direction, Tier, FacilityKind, Rank, Ownership]
MEMBERS = [pytest.param(cls, m, id=f"{cls.__name__}.{m.name}") for cls in VOCABS for m in cls]


def spellings(member):
    return {member.name, member.value, member.vi, member.en, *member.aliases}


@pytest.mark.parametrize(("cls", "member"), MEMBERS)
def test_every_spelling_parses(cls, member):
    for text in spellings(member):
        assert cls.parse(text) is member, text
        assert cls.parse(text.upper()) is member, text
        assert cls.parse(f"  {text.replace(' ', '   ')} ") is member, text


@pytest.mark.parametrize(("cls", "member"), MEMBERS)
def test_member_parses_to_itself_and_coerces(cls, member):
    assert cls.parse(member) is member
    assert cls.coerce(member) is member
    assert cls.coerce(member.vi) is member


@pytest.mark.parametrize("cls", VOCABS)
def test_spellings_are_unambiguous(cls):
    seen: dict[str, object] = {}
    for member in cls:
        for text in spellings(member):
            key = text.casefold()
            assert seen.setdefault(key, member) is member, key


@pytest.mark.parametrize("cls", VOCABS)
def test_unknown_value_lists_accepted_values(cls):
    with pytest.raises(ValueError, match=rf"^{cls.__name__}\.parse\.text: got 'không rõ'") as info:
        cls.parse("không rõ")
    for member in cls:
        assert repr(member.value) in str(info.value)


@pytest.mark.parametrize("cls", VOCABS)
@pytest.mark.parametrize("bad", [1, None, 2.5, b"eq"])
def test_non_string_raises_type_error(cls, bad):
    with pytest.raises(TypeError, match=rf"{cls.__name__}\.parse\.text: got .*; expected a string"):
        cls.parse(bad)


@pytest.mark.parametrize("cls", VOCABS)
@pytest.mark.parametrize("bad", [None, "không rõ", 7])
def test_coerce_leaves_unparseable_values_for_the_validator(cls, bad):
    assert cls.coerce(bad) is bad


@pytest.mark.parametrize(
    ("cls", "text", "member"),
    [
        # Đắk Lắk 2024 table: "<22", "≥95"; phrases of the other plans.
        (Comparator, "<", Comparator.LT),
        (Comparator, "dưới", Comparator.LT),
        (Comparator, "≥", Comparator.GE),
        (Comparator, "tối thiểu", Comparator.GE),
        (Comparator, "ít nhất", Comparator.GE),
        (Comparator, "trên", Comparator.GT),
        (Comparator, "đạt", Comparator.EQ),
        (Comparator, "không quá", Comparator.LE),
        (Comparator, "≤", Comparator.LE),
        (Comparator, "khoảng", Comparator.ABOUT),
        (Comparator, "xấp xỉ", Comparator.ABOUT),
        (Comparator, "–", Comparator.RANGE),
        (TargetKind, "duy trì", TargetKind.MAINTAIN),
        (TargetKind, "Duy Trì", TargetKind.MAINTAIN),
        (TargetKind, "delta", TargetKind.CHANGE),
        (Direction, "càng thấp càng tốt", Direction.LOWER),
        (Direction, "up", Direction.HIGHER),
        (Tier, "Tuyến tỉnh", Tier.PROVINCE),
        (Tier, "Tuyến huyện, thành phố, TX", Tier.DISTRICT),
        (Tier, "xã", Tier.COMMUNE),
        (FacilityKind, "TTYT", FacilityKind.DISTRICT_HEALTH_CENTRE),
        (FacilityKind, "PKĐKKV", FacilityKind.REGIONAL_POLYCLINIC),
        (FacilityKind, "Bệnh viện đa khoa khu vực", FacilityKind.REGIONAL_GENERAL_HOSPITAL),
        (FacilityKind, "CDC", FacilityKind.DISEASE_CONTROL_CENTRE),
        (Rank, "Hạng I", Rank.I),
        (Rank, "hạng một", Rank.I),
        (Rank, "1", Rank.I),
        (Rank, "hạng tư", Rank.IV),
        (Rank, "Hạng đặc biệt", Rank.SPECIAL),
        (Ownership, "ngoài công lập", Ownership.PRIVATE),
        (Ownership, "công lập", Ownership.PUBLIC),
        (Ownership, "PPP", Ownership.PUBLIC_PRIVATE),
    ],
)
def test_phrases_from_the_plans(cls, text, member):
    assert cls.parse(text) is member


def test_ocr_garbled_rank_is_not_guessed():
    # Thanh Hóa's print says "Hàng I"; the corrected reading belongs in Source.reading.
    with pytest.raises(ValueError, match=r"Rank"):
        Rank.parse("Hàng I")


@pytest.mark.parametrize(("cls", "member"), MEMBERS)
def test_labels(cls, member):
    assert member.label("vi") == member.vi
    assert member.label("en") == member.en
    assert member.label() == member.en


@pytest.mark.parametrize(
    ("member", "vi", "en"),
    [
        (Tier.PROVINCE, "tuyến tỉnh", "provincial"),
        (Rank.I, "hạng I", "rank I"),
        (Comparator.GE, "tối thiểu", "at least"),
        (TargetKind.MAINTAIN, "duy trì", "maintain a level"),
    ],
)
def test_some_labels(member, vi, en):
    assert (member.label("vi"), member.label("en")) == (vi, en)


@pytest.mark.parametrize("group", list(AutonomyGroup))
def test_autonomy_group_labels(group):
    assert group.label("vi") != group.label("en")
    assert group.label() == group.label("en")


def test_autonomy_groups():
    assert [int(g) for g in AutonomyGroup] == [1, 2, 3, 4]
    assert AutonomyGroup(1).label("en") == "covers recurrent and investment spending"
    assert AutonomyGroup(4).label("vi") == "do Nhà nước bảo đảm chi thường xuyên"
    assert len({g.label("vi") for g in AutonomyGroup}) == 4
    with pytest.raises(ValueError, match=r"5"):
        AutonomyGroup(5)


@pytest.mark.parametrize(
    ("comparator", "symbol"),
    [
        (Comparator.EQ, "="),
        (Comparator.LT, "<"),
        (Comparator.LE, "≤"),
        (Comparator.GT, ">"),
        (Comparator.GE, "≥"),
        (Comparator.ABOUT, "≈"),
        (Comparator.RANGE, "–"),
    ],
)
def test_symbol(comparator, symbol):
    assert comparator.symbol == symbol


class TestHolds:
    @pytest.mark.parametrize(
        ("comparator", "observed", "expected"),
        [
            (Comparator.LT, 21.9, True),
            (Comparator.LT, 22.0, False),  # "<22" is strict
            (Comparator.LE, 22.0, True),
            (Comparator.LE, 22.1, False),
            (Comparator.GT, 22.0, False),
            (Comparator.GT, 22.1, True),
            (Comparator.GE, 22.0, True),
            (Comparator.GE, 21.9, False),
            (Comparator.EQ, 22.0, True),
            (Comparator.EQ, 22.1, False),
            (Comparator.ABOUT, 22.0, True),
            (Comparator.ABOUT, 22.1, False),  # no tolerance: like EQ
        ],
    )
    def test_scalar_returns_bool(self, comparator, observed, expected):
        result = comparator.holds(observed, 22)
        assert type(result) is bool
        assert result is expected

    def test_element_wise_on_arrays(self):
        # Đắk Lắk 2024: IMR "<22" ‰ and immunisation "≥95" %.
        observed = np.array([21.0, 22.0, 23.0])
        np.testing.assert_array_equal(Comparator.LT.holds(observed, 22), [True, False, False])
        np.testing.assert_array_equal(
            Comparator.GE.holds([94.9, 95.0, 99.0], 95), [False, True, True]
        )

    def test_element_wise_values(self):
        np.testing.assert_array_equal(
            Comparator.LE.holds([1, 2, 3], np.array([1, 1, 4])), [True, False, True]
        )

    @pytest.mark.parametrize("comparator", [c for c in Comparator if c is not Comparator.RANGE])
    def test_nan_never_satisfies(self, comparator):
        assert comparator.holds(np.nan, 22, tolerance=0.5) is False
        result = comparator.holds(np.array([np.nan, np.nan]), 22, tolerance=0.99)
        np.testing.assert_array_equal(result, [False, False])

    def test_nan_never_satisfies_a_range(self):
        assert Comparator.RANGE.holds(np.nan, 1, 2) is False
        np.testing.assert_array_equal(Comparator.RANGE.holds([np.nan, 1.5], 1, 2), [False, True])

    def test_range_is_inclusive(self):
        # An Giang: "phát triển thêm 01 - 02 bệnh viện tư nhân".
        np.testing.assert_array_equal(
            Comparator.RANGE.holds([0, 1, 2, 3], 1, 2), [False, True, True, False]
        )

    def test_range_without_upper_raises(self):
        with pytest.raises(ValueError, match=r"Comparator\.holds\.upper: got None"):
            Comparator.RANGE.holds(1.5, 1)

    @pytest.mark.parametrize("comparator", [Comparator.ABOUT, Comparator.EQ])
    def test_relative_tolerance(self, comparator):
        assert comparator.holds(10.5, 10, tolerance=0.05) is True
        assert comparator.holds(9.5, 10, tolerance=0.05) is True
        assert comparator.holds(10.6, 10, tolerance=0.05) is False
        np.testing.assert_array_equal(
            comparator.holds([9.4, 9.6, 10.4, 10.6], 10, tolerance=0.05),
            [False, True, True, False],
        )

    def test_tolerance_does_not_affect_inequalities(self):
        assert Comparator.LT.holds(22.0, 22, tolerance=0.5) is False
