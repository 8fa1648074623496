"""The curator's notes in Vietnamese: ``notes_vi`` in the data, the model and the outputs."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vnhealthplan import Document, Period, Target, ValidationError, indicators, plans, reference
from vnhealthplan.data.dated import registry_source
from vnhealthplan.data.reference import source as reference_source
from vnhealthplan.frames import facilities_frame, observations_frame
from vnhealthplan.model.displays import assignment_cells, facility_cells, indicator_parts
from vnhealthplan.model.notes import notes_in
from vnhealthplan.planfile import plan_from_dict, plan_to_dict, read_plan, write_plan

DATA = Path(__file__).parents[1] / "src" / "vnhealthplan" / "data"
FILES = sorted([*DATA.glob("*.toml"), *DATA.glob("plans/*.toml")])
#: A quote inside a note: between straight quotes not touching a letter outside them (so
#: that the apostrophe of "the OCR's" opens none).
QUOTE = re.compile(r"(?<![A-Za-z])'([^']+)'(?![A-Za-z])")


def _noted(value: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every table under *value* that has ``notes``, with where it is."""
    if isinstance(value, dict):
        if "notes" in value:
            yield where, value
        for key, item in value.items():
            yield from _noted(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _noted(item, f"{where}[{i}]")


def _bundled() -> list[tuple[str, Any, Any]]:
    found = []
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for where, row in _noted(data, path.name):
            if row["notes"] not in ("", []):
                found.append((where, row["notes"], row.get("notes_vi")))
    return found


def test_every_bundled_note_has_its_vietnamese_form():
    notes = _bundled()
    assert len(notes) > 250  # plans, catalogue, provinces, districts, agencies, references
    lacking = [where for where, _, vi in notes if not vi]
    assert lacking == []
    for where, en, vi in notes:
        assert type(vi) is type(en), where
        if isinstance(en, list):
            assert len(vi) == len(en), where


def test_vietnamese_quotes_are_kept_byte_for_byte():
    lost = []
    for where, en, vi in _bundled():
        pairs = zip([en], [vi], strict=True) if isinstance(en, str) else zip(en, vi, strict=True)
        for english, vietnamese in pairs:
            for quote in QUOTE.findall(english):
                if re.search(r"[^\x00-\x7f]", quote) and quote not in vietnamese:
                    lost.append((where, quote))
    assert lost == []


def test_loaded_records_carry_their_vietnamese_notes():
    for plan in plans.load_all():
        records = [plan.document, *plan.targets, *plan.observations, *plan.facilities,
                   *plan.assignments]  # fmt: skip
        for record in records:
            assert bool(record.notes_vi) == bool(record.notes), (plan.key, record)
    for indicator in indicators.catalogue().values():
        assert len(indicator.notes_vi) == len(indicator.notes), indicator.code


def test_notes_in_chooses_by_language_and_falls_back_to_english():
    target = plans.load("thanh-hoa-2023").targets[0]
    assert notes_in(target, "vi") == "'bao hiểm' là lỗi OCR của 'bảo hiểm'."
    assert notes_in(target, "en") == "'bao hiểm' is the OCR's 'bảo hiểm'."
    english_only = Target(indicators.get("imr"), 22, Period.year(2024), "<", notes="as printed")
    assert english_only.notes_vi == ""
    assert notes_in(english_only, "vi") == "as printed"


def test_notes_vi_is_keyword_only_and_checked():
    with pytest.raises(ValidationError, match="notes_vi"):
        Target(indicators.get("imr"), 22, Period.year(2024), "<", notes_vi=5)  # type: ignore[arg-type]
    document = Document("Kế hoạch", "Sở Y tế", notes="x", notes_vi="y")
    assert (document.notes, document.notes_vi) == ("x", "y")


def test_frames_show_the_notes_in_their_language():
    plan = plans.load("thanh-hoa-2023")
    english = facilities_frame(plan, lang="en")["notes"].tolist()
    vietnamese = facilities_frame(plan, lang="vi")["notes"].tolist()
    assert english == [f.notes for f in plan.facilities]
    assert vietnamese == [f.notes_vi for f in plan.facilities]
    quang_ngai = plans.load("quang-ngai-2023")
    observed = observations_frame(quang_ngai, lang="vi")["notes"].tolist()
    assert observed == [o.notes_vi for o in quang_ngai.observations]


def test_displays_show_the_notes_in_their_language():
    plan = plans.load("thanh-hoa-2023")
    facility, assignment = plan.facilities[0], plan.assignments[0]
    assert facility_cells(facility, "vi")[0].note == facility.notes_vi
    assert facility_cells(facility, "en")[0].note == facility.notes
    assert assignment_cells(assignment, "vi", plan.document.issued)[0].note == assignment.notes_vi
    parts = dict(indicator_parts(indicators.get("doctors_per_10k"), "vi").rows)
    assert parts["notes"].text == "Định nghĩa của TCTK: số bác sĩ × 10.000 ÷ dân số cùng thời điểm."


def test_reference_documents_keep_english_notes_where_no_vietnamese_exists():
    target = reference.national_targets("doctors_per_10k")[0]
    assert target.notes_vi
    assert target.source.document.notes_vi
    row = {"instrument": "Nghị quyết 20-NQ/TW", "publisher": "p", "url": "u", "quote": "q",
           "quote_kind": "news", "notes": "English only"}  # fmt: skip
    assert reference_source(row).document.notes_vi == ""  # notes_in falls back to the notes
    assert registry_source({**row, "section": "s"}).document.notes_vi == ""
    vietnamese = reference_source({**row, "notes_vi": "Chỉ tiếng Việt"}).document
    assert notes_in(vietnamese, "vi") == "news: u — Chỉ tiếng Việt"
    del row["notes"]
    assert reference_source(row).document.notes_vi == "news: u"


def test_plan_files_round_trip_notes_vi(tmp_path):
    plan = plans.load("an-giang-2018")
    path = tmp_path / "plan.toml"
    write_plan(plan, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("notes_vi") == len(re.findall(r"^notes_vi", text, re.M)) > 40
    assert read_plan(path) == plan


def test_a_plan_file_without_notes_vi_still_loads():
    data = plan_to_dict(plans.load("dak-lak-2024"))
    for record in [data["document"], *data.get("target", []), *data.get("assignment", [])]:
        record.pop("notes_vi", None)
    plan = plan_from_dict(data)
    assert all(t.notes_vi == "" and t.notes for t in plan.targets if t.notes)
    assert notes_in(plan.targets[0], "vi") == plan.targets[0].notes


def test_provincial_populations_say_which_population_in_vietnamese():
    """Before: notes_vi began with the English 'population (GSO method, end of year).'"""
    from vnhealthplan.data.reference import provincial_populations

    for obs in provincial_populations():
        assert obs.notes_vi.startswith("dân số (")
        assert "population" not in obs.notes_vi


def test_a_reference_document_says_its_kind_of_quote_in_vietnamese():
    """Before: every reference and registry document's notes_vi began with the English kind
    of quote ('news quoting the text: https://…'); one function now writes both notes."""
    from vnhealthplan.data import provinces
    from vnhealthplan.data.dated import QUOTE_KINDS_VI
    from vnhealthplan.data.reference import national_targets, records

    assert {row["quote_kind"] for row in records()} <= set(QUOTE_KINDS_VI)
    documents = [t.source.document for t in national_targets()]
    documents += [s.document for s in provinces.get("An Giang").sources]
    for doc in documents:
        assert doc.notes_vi.split(": http")[0] in QUOTE_KINDS_VI.values()
        assert doc.notes.split(": http")[0] in QUOTE_KINDS_VI
