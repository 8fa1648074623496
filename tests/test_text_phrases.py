"""Target phrases: the plans' own words into comparator, kind and value, and back.

The seed corpus (``tests/data/seed_phrases.toml``) holds, for every target of every bundled
plan, the words of its quote that state its value; every one must read back as the target.
"""

from __future__ import annotations

import math
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import Comparator, Period, Target, TargetKind, indicators, plans, ureg
from vnhealthplan.errors import ValidationError
from vnhealthplan.text import parse_target
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.phrases import TargetPhrase, format_target, parse_target_phrase

SEEDS: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "seed_phrases.toml").read_text("utf-8")
)["seed"]
PARSED = [s for s in SEEDS if "unparsed" not in s]
UNPARSED = [s for s in SEEDS if "unparsed" in s]
EQ, LT, LE, GT, GE = Comparator.EQ, Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE
ABOUT, RANGE = Comparator.ABOUT, Comparator.RANGE
LEVEL, CHANGE, MAINTAIN = TargetKind.LEVEL, TargetKind.CHANGE, TargetKind.MAINTAIN


def _magnitude(value: Any, unit: Any) -> Any:
    return None if value is None else value.to(unit).magnitude


# ---- the seed corpus ------------------------------------------------------------------


def test_seed_corpus_covers_every_target_of_every_plan() -> None:
    listed = {(s["plan"], s["index"]) for s in SEEDS}
    assert len(listed) == len(SEEDS), "a target is listed twice"
    expected = {(p.key, i) for p in plans.load_all() for i in range(len(p.targets))}
    assert listed == expected


def test_seed_corpus_leaves_only_a_handful_unparsed() -> None:
    assert len(UNPARSED) <= 5
    assert all(s["unparsed"].strip() for s in UNPARSED)
    assert {(s["plan"], s["index"]) for s in UNPARSED} == {
        ("an-giang-2018", 15),  # "Thành lập Khoa Lão tại 02 bệnh viện"
        ("quang-ngai-2023", 3),  # "mỗi người dân"
        ("thanh-hoa-2023", 14),  # "nâng cấp 04 bệnh viện"
        ("unattributed-kbcb-2024", 3),  # "toàn bộ"
    }


@pytest.mark.parametrize("seed", PARSED, ids=[f"{s['plan']}-{s['index']}" for s in PARSED])
def test_seed_phrase_reads_as_its_target(seed: dict[str, Any]) -> None:
    target = plans.load(seed["plan"]).targets[seed["index"]]
    assert (target.indicator.code, target.year) == (seed["indicator"], seed["year"])
    phrase = seed["phrase"]
    assert phrase in target.source.quote or phrase in (target.source.reading or "")
    read = parse_target_phrase(phrase, indicator=target.indicator, decimal=seed.get("decimal"))
    unit = target.indicator.unit
    assert (read.comparator, read.kind) == (target.comparator, target.kind)
    assert math.isclose(_magnitude(read.value, unit), _magnitude(target.value, unit))
    if target.upper is None:
        assert read.upper is None
    else:
        assert math.isclose(_magnitude(read.upper, unit), _magnitude(target.upper, unit))


@pytest.mark.parametrize("seed", PARSED, ids=[f"{s['plan']}-{s['index']}" for s in PARSED])
def test_seed_phrase_builds_the_target(seed: dict[str, Any]) -> None:
    target = plans.load(seed["plan"]).targets[seed["index"]]
    built = parse_target(
        seed["phrase"], target.indicator, target.period, decimal=seed.get("decimal")
    )
    assert (built.comparator, built.kind) == (target.comparator, target.kind)
    unit = target.indicator.unit
    assert math.isclose(_magnitude(built.value, unit), _magnitude(target.value, unit))
    assert built.is_met(target.value) == target.is_met(target.value)


# ---- phrases of the table in DOMAIN.md and the plans ----------------------------------

PHRASES = [
    # text, indicator, comparator, kind, value, upper, unit of the value
    ("đạt 30", None, EQ, LEVEL, 30, None, None),
    ("phấn đấu đạt 30", None, EQ, LEVEL, 30, None, None),
    ("đạt 30 giường bệnh/vạn dân", None, EQ, LEVEL, 30, None, "bed / ten_thousand_people"),
    ("<22", "imr", LT, LEVEL, 22, None, "death / thousand_live_births"),
    ("< 22", None, LT, LEVEL, 22, None, None),
    ("dưới 20%", None, LT, LEVEL, 20, None, "percent"),
    ("≥95", None, GE, LEVEL, 95, None, None),
    (">= 95", None, GE, LEVEL, 95, None, None),
    ("≤ 5", None, LE, LEVEL, 5, None, None),
    ("trên 80%", None, GT, LEVEL, 80, None, "percent"),
    ("tối thiểu 95%", None, GE, LEVEL, 95, None, "percent"),
    ("ít nhất 1", None, GE, LEVEL, 1, None, None),
    ("không quá 5%", None, LE, LEVEL, 5, None, "percent"),
    ("từ một dự án trở lên", None, GE, LEVEL, 1, None, None),
    ("từ 1 cơ sở trở lên", None, GE, LEVEL, 1, None, "facility"),
    ("từ hai cơ sở trở xuống", None, LE, LEVEL, 2, None, "facility"),
    ("95% trở lên", None, GE, LEVEL, 95, None, "percent"),
    ("đạt 90% trở xuống", None, LE, LEVEL, 90, None, "percent"),
    ("nhỏ hơn 1/100.000 dân", None, LT, LEVEL, 1, None, "1 / hundred_thousand_people"),
    ("dưới tỷ lệ 15/100.000 dân", None, LT, LEVEL, 15, None, "1 / hundred_thousand_people"),
    ("tối thiểu đạt 90%", None, GE, LEVEL, 90, None, "percent"),
    ("giảm còn 17,6", None, EQ, LEVEL, 17.6, None, None),
    ("còn 18,5‰", "u5mr", EQ, LEVEL, 18.5, None, "death / thousand_live_births"),
    ("mức giảm 0,2", None, EQ, CHANGE, -0.2, None, None),
    ("giảm 0,2", None, EQ, CHANGE, -0.2, None, None),
    (
        "giảm ít nhất 0,2‰",
        "crude_birth_rate",
        LE,
        CHANGE,
        -0.2,
        None,
        "live_birth / thousand_people",
    ),
    ("duy trì 100%", None, EQ, MAINTAIN, 100, None, "percent"),
    ("duy trì ≥ 95%", None, GE, MAINTAIN, 95, None, "percent"),
    ("tăng thêm 1", None, EQ, CHANGE, 1, None, None),
    ("thêm ít nhất 1", None, GE, CHANGE, 1, None, None),
    ("thay đổi từ -1 đến 2", None, RANGE, CHANGE, -1, 2, None),
    ("khoảng 74,5", None, ABOUT, LEVEL, 74.5, None, None),
    ("xấp xỉ 75 tuổi", None, ABOUT, LEVEL, 75, None, "year"),
    ("từ 10 đến 12", None, RANGE, LEVEL, 10, 12, None),
    ("10-12", None, RANGE, LEVEL, 10, 12, None),
    ("01 - 02", None, RANGE, LEVEL, 1, 2, None),
    ("từ 01 - 02", None, RANGE, LEVEL, 1, 2, None),
    ("từ 10% đến 12%", None, RANGE, LEVEL, 10, 12, "percent"),
    ("giảm từ 1 đến 2", None, RANGE, CHANGE, -2, -1, None),
    ("55", None, EQ, LEVEL, 55, None, None),
    ("100%", None, EQ, LEVEL, 100, None, "percent"),
    ("Có 06 bệnh viện", None, EQ, LEVEL, 6, None, "facility"),
    ("dưới 01 tuổi còn 12,5‰", "imr", EQ, LEVEL, 12.5, None, "death / thousand_live_births"),
    ("dưới 5 tuổi", "life_expectancy", LT, LEVEL, 5, None, "year"),
    ("Người\t<45", "mmr", LT, LEVEL, 45, None, "death / hundred_thousand_live_births"),
    ("857.490 triệu đồng", None, EQ, LEVEL, 857490, None, "million_dong"),
    ("29 beds per 10,000 population", None, EQ, LEVEL, 29, None, "bed / ten_thousand_people"),
    ("reduce by 0.2", None, EQ, CHANGE, -0.2, None, None),
    ("increase by at least 1 facility", None, GE, CHANGE, 1, None, "facility"),
    ("maintain 100%", None, EQ, MAINTAIN, 100, None, "percent"),
    ("between 1 and 2", None, RANGE, LEVEL, 1, 2, None),
    ("1–2 facilities", None, RANGE, LEVEL, 1, 2, "facility"),
    ("about 74", None, ABOUT, LEVEL, 74, None, None),
    ("below 20%", None, LT, LEVEL, 20, None, "percent"),
]


@pytest.mark.parametrize(("text", "code", "comparator", "kind", "value", "upper", "unit"), PHRASES)
def test_parse_target_phrase(
    text: str, code: str | None, comparator: Comparator, kind: TargetKind,
    value: float, upper: float | None, unit: str | None,
) -> None:  # fmt: skip
    read = parse_target_phrase(text, indicator=code, decimal="." if text.isascii() else None)
    assert (read.comparator, read.kind) == (comparator, kind)
    if unit is None and code is None:
        assert (read.value, read.upper, read.unit) == (value, upper, None)
    else:
        want = ureg.Unit(unit) if unit else indicators.get(code).unit  # type: ignore[arg-type]
        assert read.value == ureg.Quantity(value, want)
        assert read.upper == (None if upper is None else ureg.Quantity(upper, want))


def test_phrase_span_leaves_out_leads_and_space() -> None:
    assert parse_target_phrase("  <22 ").span == (2, 5)
    assert parse_target_phrase("phấn đấu có 01").span == (12, 14)
    assert parse_target_phrase("dưới 05 tuổi còn 18,5‰").span == (13, 22)
    text = "Mức giảm tỷ suất sinh\t‰\t0,2"
    assert parse_target_phrase(text, indicator="crude_birth_rate").span == (0, len(text))
    assert parse_target_phrase("x\t%\t55").span == (2, 6)  # the label says no verb


def test_phrase_span_points_into_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "phấn đấu đạt 30 giường bệnh/vạn dân")
    read = parse_target_phrase(text)
    assert unicodedata.normalize("NFC", text[read.span[0] : read.span[1]]) == (
        "đạt 30 giường bệnh/vạn dân"
    )


def test_counted_words_of_tu_tro_len() -> None:
    read = parse_target_phrase("từ một dự án trở lên", indicator="total_beds")
    assert read.counted == "dự án"
    assert read.unit is None
    assert read.value == ureg.Quantity(1, "bed")


def test_target_phrase_repr_and_validation() -> None:
    assert repr(parse_target_phrase("thêm 01 - 02 bệnh viện")) == (
        "TargetPhrase(change 1–2 facility, span=(0, 22))"
    )
    assert TargetPhrase("<", "level", 22).comparator is LT
    with pytest.raises(ValueError, match="expected a Comparator"):
        TargetPhrase("<>", "level", 22)
    with pytest.raises(ValueError, match="expected a TargetKind"):
        TargetPhrase("<", "grow", 22)


# ---- errors ---------------------------------------------------------------------------

BAD_PHRASES = [
    ("", ParseError, "a number, a comparator"),
    ("   ", ParseError, "a number, a comparator"),
    ("<", ParseError, "a number after '<'"),
    ("≥ ≤ 5", ParseError, "a number after '≥'"),
    ("30 40", ParseError, "a range word ('đến', '-') between two numbers"),
    ("đạt", ParseError, "a number after 'đạt'"),
    ("Quý V/2024", ParseError, "a number, a comparator"),
    ("từ 10", ParseError, "'đến …', '- …' or '… trở lên' after 'từ'"),
    ("từ 10 đến", ParseError, "a number after 'đến'"),
    ("từ 12 đến 10", ParseError, "an upper bound ≥ the lower bound 12"),
    ("dưới 20% abc", ParseError, "the end of the unit after '%'"),
    ("giảm -0,2", ParseError, "a number without a sign"),
    ("10-", ParseError, "a number after '-'"),
    ("1,2,3", ParseError, "at most one decimal comma"),
    ("\u202e<22", ParseError, "found U+202E"),
    ("<22\x00", ParseError, "found U+0000"),
    ("trở lên 1", ParseError, "a number, a comparator"),
    ("đạt đạt 30", ParseError, "a number after 'đạt'"),
    ("khoảng khoảng 5", ParseError, "a number after 'khoảng'"),
    ("10 - 12 - 14", ParseError, "the end of the phrase"),
    ("≥ 10-12", ParseError, "and a range do not go together"),
    ("10 đến 12", ParseError, "or 'từ' before the first"),
    ("a\tb\tc\td", ParseError, "at most three cells"),
    ("đạt 30 beds", ParseError, "a phrase written in one language"),
    ("857,490 million VND", ParseError, "decimal='.' for a number written the English way"),
    ("< 1 trở lên", ParseError, "the end of the phrase"),
    ("từ 1 dự án", ParseError, "after 'từ'"),
    ("40.0 giường", AmbiguousNumberError, "pass decimal='.'"),
    ("từ 10% đến 12‰", ParseError, "the unit of the lower bound, percent"),
    ("giảm 2\tgiảm 3", ParseError, "a unit such as"),
    ("đạt 30 giường bệnh/vạn", ParseError, "a denominator such as 'vạn dân'"),
    ("%\t30%", ParseError, "no unit beside the number"),
    ("Mức giảm\t‰\tgiảm 0,2", ParseError, "one verb"),
    ("5 năm 2024", ParseError, "the end of the unit"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), BAD_PHRASES)
def test_parse_target_phrase_errors(text: str, kind: type[Exception], expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_target_phrase(text)
    err = info.value
    assert type(err) is kind
    assert repr(text) in str(err)
    assert expected in str(err)
    assert 0 <= err.start <= err.end <= len(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("<22 giường bệnh", "imr"), ("đạt 30%", "beds_per_10k"), ("Người\t<45", "beds_per_10k")],
)
def test_phrase_unit_must_fit_the_indicator(text: str, code: str) -> None:
    with pytest.raises(ParseError, match=f"expected a unit of indicator '{code}'"):
        parse_target_phrase(text, indicator=code)


def test_parse_target_reports_invalid_targets() -> None:
    with pytest.raises(ValidationError, match="a level ≤ 100 percent"):
        parse_target("duy trì 110%", "stations_with_doctor", Period.year(2025))
    with pytest.raises(ParseError):
        parse_target("<22%", "imr", Period.year(2024))


def test_parse_target_keeps_scope_source_and_notes() -> None:
    plan = plans.load("dak-lak-2024")
    row = plan.targets[1]
    built = parse_target("<22", "imr", row.period, source=row.source, notes="x")
    assert built == Target(
        row.indicator, 22, row.period, "<", source=row.source, notes="x", scope=built.scope
    )
    assert built.scope.province is None


# ---- formatting and round trips ---------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "index", "vi", "en"),
    [
        ("dak-lak-2024", 1, "< 22‰", "< 22 per 1,000 live births"),
        ("dak-lak-2024", 12, "≥ 95%", "≥ 95%"),
        ("dak-lak-2024", 9, "đạt 29 giường bệnh/vạn dân", "29 beds per 10,000 population"),
        ("dak-lak-2024", 13, "giảm 0,2‰", "reduce by 0.2 per 1,000 population"),
        ("quang-ngai-2023", 0, "duy trì 100%", "maintain 100%"),
        ("an-giang-2018", 42, "từ 1 đến 2 cơ sở", "1–2 facilities"),
        ("an-giang-2018", 38, "tăng thêm từ 1 đến 2 cơ sở", "increase by 1–2 facilities"),
        ("an-giang-2018", 19, "khoảng 74,5 năm", "about 74.5 years"),
        (
            "unattributed-kbcb-2024",
            6,
            "tăng thêm ít nhất 1 cơ sở",
            "increase by at least 1 facility",
        ),
        ("unattributed-kbcb-2024", 7, "đạt 857.490 triệu đồng", "857,490 million VND"),
        ("dak-lak-2024", 11, "< 45/100.000 trẻ đẻ sống", "< 45 per 100,000 live births"),
    ],
)
def test_format_target(plan: str, index: int, vi: str, en: str) -> None:
    target = plans.load(plan).targets[index]
    assert format_target(target) == vi
    assert format_target(target, "en") == en


def test_format_target_of_a_phrase_and_errors() -> None:
    assert format_target(parse_target_phrase("từ 1 đến 2")) == "từ 1 đến 2"
    assert format_target(parse_target_phrase("từ 1 đến 2"), "en") == "1–2"
    assert format_target(parse_target_phrase("giảm ít nhất 0,2")) == "giảm ít nhất 0,2"
    with pytest.raises(ValueError, match="lang: got 'fr'; expected 'vi' or 'en'"):
        format_target(parse_target_phrase("<22"), "fr")  # type: ignore[arg-type]


def _bounds(indicator: Any, kind: TargetKind) -> tuple[float, float]:
    if kind is CHANGE:  # a change moves at most the indicator's span (±100 points a share)
        if indicator.minimum is not None and indicator.maximum is not None:
            span = indicator.maximum - indicator.minimum
            return -span, span
        return -1e6, 1e6
    low = indicator.minimum if indicator.minimum is not None else -1e6
    high = indicator.maximum if indicator.maximum is not None else 1e9
    return low, high


@st.composite
def targets(draw: st.DrawFn) -> Target:
    indicator = draw(st.sampled_from(indicators.all()))
    kind = draw(st.sampled_from(TargetKind))
    comparator = draw(st.sampled_from(Comparator))
    low, high = _bounds(indicator, kind)
    numbers = st.one_of(
        st.integers(math.ceil(low), math.floor(high)),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )
    value = draw(numbers)
    upper = draw(numbers.filter(lambda x: x >= value)) if comparator is RANGE else None
    return Target(indicator, value, Period.year(2025), comparator, kind, upper=upper)


def _same(read: TargetPhrase, target: Target) -> None:
    assert (read.comparator, read.kind) == (target.comparator, target.kind)
    assert read.value == target.value
    assert read.upper == target.upper


@given(targets())
def test_format_target_round_trip_vi(target: Target) -> None:
    _same(parse_target_phrase(format_target(target, "vi"), indicator=target.indicator), target)


@given(targets())
def test_format_target_round_trip_en(target: Target) -> None:
    text = format_target(target, "en")
    _same(parse_target_phrase(text, indicator=target.indicator, decimal="."), target)
