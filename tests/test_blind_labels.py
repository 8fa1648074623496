"""The integrity of the blind evaluation set's labels (tests/data/extract/blind.toml).

These tests check the LABELS only: that the file loads, that every labelled quote is in its
text, that codes and years are valid, and that the set is as broad as issue #18 asks. They
never run the extractor on the blind texts: the blind score is taken once, by the lead, after
tuning (docs/labelling.rst).
"""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vnhealthplan import Period, indicators
from vnhealthplan.io.extract.agreement import agreement
from vnhealthplan.io.extract.cases import read_cases

DATA = Path(__file__).parent / "data" / "extract"
LABELS = DATA / "blind.toml"

COMPARATORS = {"=", ">=", ">", "<=", "<", "~"}
KINDS = {"level", "change", "maintain"}
# Years a label may carry: wide enough for any plan since Đổi mới and its horizon, narrow
# enough to catch a typed year ("20255"). They bound typing slips, not the documents' age: an
# older plan is labelled in full (its 2011 issue date, its 2011-2020 period).
PLAUSIBLE_YEARS = (1990, 2050)
CASE_KEYS = {
    "file", "url", "publisher", "province", "topic", "number", "issued", "labelled", "seen",
    "notes", "targets", "observations", "deadlines", "assignments", "references",
}  # fmt: skip
TARGET_KEYS = {"indicator", "value", "upper", "comparator", "kind", "year", "unit_text", "quote"}
OBSERVATION_KEYS = {"indicator", "value", "year", "unit_text", "quote"}
LISTS = ("targets", "observations", "deadlines", "assignments", "references")


def load() -> list[dict[str, Any]]:
    with LABELS.open("rb") as handle:
        cases: list[dict[str, Any]] = tomllib.load(handle)["case"]
    return cases


CASES = load()
IDS = [Path(case["file"]).stem for case in CASES]


def text_of(case: dict[str, Any]) -> str:
    return (DATA / str(case["file"])).read_text(encoding="utf-8")


def quoted(case: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for field in ("targets", "observations", "deadlines", "assignments"):
        for record in case[field]:
            yield field, record


def test_the_set_is_broad_enough() -> None:
    provinces = {case["province"] for case in CASES} - {"national"}
    topics = {case["topic"] for case in CASES}
    assert len(CASES) >= 10
    assert len(provinces) >= 6, sorted(provinces)
    assert len(topics) >= 4, sorted(topics)
    assert any(case["province"] == "national" for case in CASES)


def test_files_are_unique_and_every_text_is_labelled() -> None:
    files = [case["file"] for case in CASES]
    assert len(files) == len(set(files))
    on_disk = {f"blind/{path.name}" for path in (DATA / "blind").glob("*.txt")}
    assert on_disk == set(files)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_case_fields(case: dict[str, Any]) -> None:
    assert set(case) <= CASE_KEYS, set(case) - CASE_KEYS
    for key in ("file", "url", "publisher", "province", "topic", "labelled", *LISTS):
        assert key in case, f"{case['file']}: no {key!r}"
    assert case["url"].startswith(("https://", "http://"))
    assert case["file"].startswith("blind/")
    assert case["file"].endswith(".txt")
    assert isinstance(case["labelled"], dt.date)
    assert isinstance(case.get("seen", False), bool)
    if case.get("seen"):
        assert "seen" in case.get("notes", ""), "a seen case says so, with when, in its notes"
    if "issued" in case:
        assert isinstance(case["issued"], dt.date)
        assert PLAUSIBLE_YEARS[0] <= case["issued"].year <= 2026
        assert case["issued"] < case["labelled"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_text_is_utf8_nfc_and_of_excerpt_size(case: dict[str, Any]) -> None:
    raw = (DATA / case["file"]).read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    assert unicodedata.is_normalized("NFC", text)
    assert not text.startswith("\ufeff")
    assert 1_000 <= len(text) <= 30_000


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_quote_is_in_its_text(case: dict[str, Any]) -> None:
    text = text_of(case)
    missing = [
        (field, record["quote"])
        for field, record in quoted(case)
        if not record.get("quote") or record["quote"] not in text
    ]
    assert not missing


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_targets_are_valid(case: dict[str, Any]) -> None:
    codes = {indicator.code for indicator in indicators.all()} | {"draft"}
    for target in case["targets"]:
        assert set(target) <= TARGET_KEYS, target
        assert target["indicator"] in codes, target
        assert target["comparator"] in COMPARATORS, target
        assert target["kind"] in KINDS, target
        assert isinstance(target["value"], int | float), target
        assert PLAUSIBLE_YEARS[0] <= target["year"] <= PLAUSIBLE_YEARS[1], target
        assert target["unit_text"], target
        if target["kind"] != "change":
            assert target["value"] >= 0, target
        if "upper" in target:
            assert target["comparator"] == "=", target
            assert target["upper"] > target["value"], target


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_observations_are_valid(case: dict[str, Any]) -> None:
    codes = {indicator.code for indicator in indicators.all()} | {"draft"}
    for observation in case["observations"]:
        assert set(observation) <= OBSERVATION_KEYS, observation
        assert observation["indicator"] in codes, observation
        assert isinstance(observation["value"], int | float), observation
        assert PLAUSIBLE_YEARS[0] <= observation["year"] <= 2026, observation
        assert observation["unit_text"], observation


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_deadlines_are_period_codes(case: dict[str, Any]) -> None:
    for deadline in case["deadlines"]:
        period = Period.parse(deadline["period"])
        assert period.code == deadline["period"], "write the period's canonical code"
        assert PLAUSIBLE_YEARS[0] <= period.start.year, deadline
        assert period.end.year <= PLAUSIBLE_YEARS[1], deadline


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_assignments_and_references(case: dict[str, Any]) -> None:
    text = text_of(case)
    for assignment in case["assignments"]:
        assert assignment["lead"], assignment
        assert isinstance(assignment.get("partners", []), list), assignment
    numbers = [reference["number"] for reference in case["references"] if "number" in reference]
    assert len(numbers) == len(set(numbers)), "a cited document is listed once"
    for reference in case["references"]:
        assert "number" in reference or "date" in reference, reference  # a law by name and date
        assert reference.get("number", "") in text, reference
        if "date" in reference:
            assert isinstance(reference["date"], dt.date), reference
            assert 1945 <= reference["date"].year <= 2025, reference


def test_the_second_readers_labels_name_blind_texts_and_quote_them() -> None:
    second = DATA / "second_reader.toml"
    cases = read_cases(second)
    assert len(cases) >= 12
    files = {case["file"] for case in CASES}
    for case in cases:
        assert f"blind/{case.path.name}" in files
        text = case.path.read_text(encoding="utf-8")
        for labels in case.labels.values():
            for label in labels:
                quote = label.get("quote")
                assert not quote or " ".join(quote.split()) in " ".join(text.split())
    scores = agreement(LABELS, second, "target")
    assert len(scores) == len(cases)  # every document is also one of the first reader's
