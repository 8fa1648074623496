"""The wordings of issue #18: comparators, population units and glued typos in the text layer.

Every phrase here is quoted in the issue ("Wording not recognised", "Comparators read
wrong", "Units not read") or in the excerpt ``tests/data/extract/byt-66-2021.txt``.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnhealthplan import Comparator, Period, TargetKind, indicators, ureg
from vnhealthplan.data import loader, unit_words
from vnhealthplan.errors import ValidationError
from vnhealthplan.extract import draft_plan
from vnhealthplan.text import parse_target
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.phrases import parse_target_phrase
from vnhealthplan.text.units import format_quantity, format_unit, parse_quantity, parse_unit

EQ, LT, GE, ABOUT, RANGE = (
    Comparator.EQ,
    Comparator.LT,
    Comparator.GE,
    Comparator.ABOUT,
    Comparator.RANGE,
)
LEVEL, CHANGE, MAINTAIN = TargetKind.LEVEL, TargetKind.CHANGE, TargetKind.MAINTAIN
SRB = "male_birth / hundred_female_births"
TFR = "live_birth / woman"

# ---- comparators ---------------------------------------------------------------------------

COMPARATORS = [
    # text, comparator, kind, value, upper, unit, the part the span covers
    ("đảm bảo 70 %", GE, LEVEL, 70, None, "percent", "đảm bảo 70 %"),
    ("đảm bảo đạt 70%", GE, LEVEL, 70, None, "percent", "đảm bảo đạt 70%"),
    ("bảo đảm 70%", GE, LEVEL, 70, None, "percent", "bảo đảm 70%"),
    ("tối thiểu 60 %", GE, LEVEL, 60, None, "percent", "tối thiểu 60 %"),
    ("đảm bảo tối thiểu 60%", GE, LEVEL, 60, None, "percent", "tối thiểu 60%"),
    ("đạt từ 98 %", GE, LEVEL, 98, None, "percent", "đạt từ 98 %"),
    ("từ 98 % trở lên", GE, LEVEL, 98, None, "percent", "từ 98 % trở lên"),
    ("Ước 1.917.093 người", ABOUT, LEVEL, 1917093, None, "person", "Ước 1.917.093 người"),
    ("ước đạt 8,5 bác sĩ/vạn dân", ABOUT, LEVEL, 8.5, None, "doctor / ten_thousand_people", None),
    ("ước tính khoảng 20%", ABOUT, LEVEL, 20, None, "percent", "ước tính khoảng 20%"),
    ("ước khoảng khoảng 20%", None, None, None, None, None, None),  # two comparators
    ("giảm xuống còn 15%", EQ, LEVEL, 15, None, "percent", "giảm xuống còn 15%"),
    ("tăng lên 90%", EQ, LEVEL, 90, None, "percent", "tăng lên 90%"),
    ("từ 80–90 %", RANGE, LEVEL, 80, 90, "percent", "từ 80–90 %"),
    ("dưới 0,09 %", LT, LEVEL, 0.09, None, "percent", "dưới 0,09 %"),
    ("dưới18,5‰", LT, LEVEL, 18.5, None, "permille", "dưới18,5‰"),
    ("là 113 bé trai/100 bé gái", EQ, LEVEL, 113, None, SRB, "113 bé trai/100 bé gái"),
    # a lead's "at least" yields to a verb of its own, and to a whole share
    ("đảm bảo duy trì 100%", EQ, MAINTAIN, 100, None, "percent", "duy trì 100%"),
    ("đảm bảo giảm còn 10%", EQ, LEVEL, 10, None, "percent", "giảm còn 10%"),
    ("đảm bảo 100%", EQ, LEVEL, 100, None, "percent", "100%"),
]


@pytest.mark.parametrize(
    ("text", "comparator", "kind", "value", "upper", "unit", "part"), COMPARATORS
)
def test_comparators_of_the_issue(
    text: str, comparator: Comparator | None, kind: TargetKind | None, value: float | None,
    upper: float | None, unit: str | None, part: str | None,
) -> None:  # fmt: skip
    if comparator is None:
        with pytest.raises(ParseError, match="a number after 'khoảng'"):
            parse_target_phrase(text)
        return
    read = parse_target_phrase(text)
    assert (read.comparator, read.kind) == (comparator, kind)
    assert read.value == ureg.Quantity(value, unit)
    assert read.upper == (None if upper is None else ureg.Quantity(upper, unit))
    if part is not None:
        assert text[slice(*read.span)] == part


def test_tu_alone_is_at_least_only_after_dat() -> None:
    # "tăng từ 80% lên 90%" starts from a baseline: "từ 80%" alone is no target
    for text in ("tăng từ 80%", "từ 80%", "giảm từ 20%"):
        with pytest.raises(ParseError, match="after 'từ'"):
            parse_target_phrase(text)


def test_a_word_glued_to_its_number_is_read_apart_with_a_reason() -> None:
    read = parse_target_phrase("dưới18,5‰", indicator="u5mr")
    assert read.comparator is LT
    assert read.value == ureg.Quantity(18.5, "death / thousand_live_births")
    glued = "'dưới18,5': the word 'dưới' is glued to its number (a typo), read apart"
    assert read.reasons == (glued,)
    assert parse_target_phrase("dưới 18,5‰").reasons == ()


# ---- units ------------------------------------------------------------------------------

QUANTITIES = [
    ("108,66 trẻ em trai/100 trẻ em gái", {}, 108.66, SRB),
    ("113 bé trai/100 bé gái", {}, 113, SRB),
    ("111,4 số bé trai/100 bé gái sinh ra sống", {}, 111.4, SRB),
    ("1,92 con/phụ nữ", {}, 1.92, TFR),
    ("2,1 con/phụ nữ", {"indicator": "tfr"}, 2.1, TFR),
    ("2,1 con", {"indicator": "tfr"}, 2.1, TFR),  # the indicator gives the denominator
    ("24.533 trẻ", {}, 24533, "child"),
    ("24.533 trẻ", {"indicator": "births"}, 24533, "live_birth"),
    ("12 trường hợp/năm", {}, 12, "case / year"),
    ("0,09 %", {}, 0.09, "percent"),
    ("1.92 con/phụ nữ", {"decimal": "."}, 1.92, TFR),
]


@pytest.mark.parametrize(("text", "kwargs", "magnitude", "unit"), QUANTITIES)
def test_parse_quantity_reads_the_population_units(
    text: str, kwargs: dict[str, Any], magnitude: float, unit: str
) -> None:
    assert parse_quantity(text, **kwargs) == ureg.Quantity(magnitude, unit)


@pytest.mark.parametrize(
    ("unit", "vi", "en"),
    [
        (SRB, "trẻ em trai/100 trẻ em gái", "boys per 100 girls"),
        (TFR, "con/phụ nữ", "births per woman"),
        ("case / year", "trường hợp/năm", "cases per year"),
        ("live_birth", "trẻ đẻ sống", "live births"),
        ("child", "trẻ em", "children"),
    ],
)
def test_population_units_are_written_and_read_back(unit: str, vi: str, en: str) -> None:
    assert (format_unit(unit), format_unit(unit, "en")) == (vi, en)
    assert parse_unit(vi) == parse_unit(en) == ureg.Unit(unit)
    quantity = ureg.Quantity(108.66, unit)
    assert parse_quantity(format_quantity(quantity)) == quantity
    assert parse_quantity(format_quantity(quantity, "en"), decimal=".") == quantity


BAD = [
    # text, indicator, what the error expects
    ("2 con", None, "a denominator after 'con', as in 'con/phụ nữ'"),  # "sinh đủ 02 con"
    ("2 con", "births", "a denominator after 'con', as in 'con/phụ nữ'"),
    ("113 bé trai/100", None, "a denominator such as"),
    ("113 bé trai/1.000 bé gái", None, "a denominator of 100"),
    ("24.533 trẻ", "population", "a unit of indicator 'population'"),
]


@pytest.mark.parametrize(("text", "code", "expected"), BAD)
def test_bad_population_units_are_named_errors(text: str, code: str | None, expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_quantity(text, indicator=code)
    assert repr(text) in str(info.value)
    assert expected in str(info.value)


# ---- "1.92": one reading where the unit rules out the other --------------------------------


def test_total_fertility_with_a_decimal_point_is_read_with_its_reason() -> None:
    read = parse_target_phrase("1.92 con/phụ nữ")
    assert read.value == ureg.Quantity(1.92, TFR)
    assert read.reasons == (
        "'1.92' is read as 1.92, '.' as the decimal point: the thousands reading, 192 births "
        "per woman, is impossible (no plan's figure in this unit is above 20)",
    )
    target = parse_target("1.92", "tfr", Period.year(2025), notes="Bảng 1")
    assert target.value == ureg.Quantity(1.92, TFR)
    assert target.notes == (
        "Bảng 1; '1.92' is read as 1.92, '.' as the decimal point: the thousands reading, "
        "192 births per woman, is impossible (indicator 'tfr' is at most 20)"
    )


def test_a_number_that_still_reads_two_ways_is_refused() -> None:
    with pytest.raises(AmbiguousNumberError):  # beds have no bound: 40 or 400
        parse_target_phrase("40.0 giường")
    with pytest.raises(AmbiguousNumberError):  # 1.5 or 15: both are possible rates
        parse_target_phrase("1.5 con/phụ nữ")
    with pytest.raises(AmbiguousNumberError):  # a quantity carries no reason: say decimal
        parse_quantity("1.92 con/phụ nữ")


# ---- the catalogue and the unit words ----------------------------------------------------------


def test_population_indicators_of_the_catalogue() -> None:
    assert indicators.get("srb").unit == ureg.Unit(SRB)
    assert indicators.get("tfr").unit == ureg.Unit(TFR)
    assert indicators.get("births").unit == ureg.Unit("live_birth")
    with pytest.raises(ValidationError, match="tfr"):  # above the bound of plausibility
        parse_target("192", "tfr", Period.year(2025))


def test_unit_words_checks_the_new_tables() -> None:
    data = loader.thaw(loader.read_toml("unit_words.toml"))
    data["numerator"]["vi"]["con"] = "kids"
    data["plausible_maximum"]["live_birth / woman"] = 0
    data["plausible_maximum"]["bogus_unit"] = 5
    found = [(p.record, p.field) for p in unit_words.problems(data)]
    assert found == [
        ("numerator.vi", "con"),
        ("plausible_maximum", "live_birth / woman"),
        ("plausible_maximum", "bogus_unit"),
    ]


# ---- the drafter reads them -------------------------------------------------------------------

TEXT = """KẾ HOẠCH
I. MỤC TIÊU
2. Chỉ tiêu đến năm 2025
- Tỷ số giới tính khi sinh dưới 108,66 trẻ em trai/100 trẻ em gái;
- Tổng tỷ suất sinh đạt 1.92 con/phụ nữ;
- Tỷ suất tử vong trẻ em dưới 5 tuổi dưới18,5‰;
- Tỷ lệ người dân tham gia bảo hiểm y tế đảm bảo 70 %;
- Số trẻ sinh ra trong năm 24.533 trẻ;
- Tỷ lệ tiêm chủng mở rộng đạt từ 98 %;
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ từ 80–90 %;
- Tỷ lệ nhiễm HIV trong cộng đồng dưới 0,09 %;
- Số ca mắc sởi dưới 5 trường hợp/năm;
- Mỗi cặp vợ chồng sinh đủ 02 con.
"""


def test_the_drafter_reads_the_wordings_of_the_issue() -> None:
    draft = draft_plan(TEXT)
    found = {
        (t.indicator.code.split("_0")[0], t.comparator.value, t.value.magnitude, t.year)
        for t in draft.plan.targets
    }
    assert found == {
        ("srb", "<", 108.66, 2025),
        ("tfr", "=", 1.92, 2025),
        ("u5mr", "<", 18.5, 2025),
        ("health_insurance_coverage", ">=", 70, 2025),
        ("births", "=", 24533, 2025),
        ("epi_coverage", ">=", 98, 2025),
        ("full_immunisation_u1", "range", 80, 2025),
        ("draft", "<", 0.09, 2025),
        ("draft", "<", 5, 2025),
    }
    units = {str(t.value.units) for t in draft.plan.targets if t.indicator.code.startswith("draft")}
    assert units == {"percent", "case / year"}
    notes = {t.indicator.code: t.notes for t in draft.plan.targets}
    assert "the thousands reading, 192 births per woman, is impossible" in notes["tfr"]
    assert "'dưới' is glued to its number" in notes["u5mr"]
