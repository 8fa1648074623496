"""Scope descriptions are the plan's Vietnamese, without English glosses (session 10, ux10).

Before: ten bundled scopes (Quảng Ngãi's observations, the KBCB plan's targets) carried an
English gloss in brackets ("Chi cục thuộc Sở Y tế (sub-departments of the Department of
Health; ...)"), shown as such to Vietnamese readers in frames, displays and reports. The
gloss now lives in the English notes; the Vietnamese notes do not repeat it.
"""

from __future__ import annotations

import re

from vnhealthplan import plans
from vnhealthplan.frames import observations_frame, targets_frame
from vnhealthplan.model.notes import notes_in

#: A bracket holding only unaccented Latin words: an English gloss.
ENGLISH_GLOSS = re.compile(r"\((?:[A-Za-z][A-Za-z0-9 ,;.'-]*)\)")


def _records():
    for plan in plans.load_all():
        yield from plan.targets
        yield from plan.observations


def test_no_bundled_scope_has_an_english_gloss():
    glossed = [r.scope.description for r in _records() if ENGLISH_GLOSS.search(r.scope.description)]
    assert glossed == []


def test_english_readers_keep_the_gloss_in_the_notes():
    plan = plans.load("quang-ngai-2023")
    (office,) = [o for o in plan.observations if o.scope.description.startswith("Chi cục")]
    assert office.scope.description == "Chi cục thuộc Sở Y tế, hệ thống y tế công lập"
    assert notes_in(office, "en").startswith("Scope, in English: sub-departments of")
    assert "Scope" not in notes_in(office, "vi")


def test_vietnamese_frames_show_plain_vietnamese_scopes():
    vi = observations_frame(plans.load("quang-ngai-2023"), "vi")["scope"]
    assert "cơ sở hành nghề dược tư nhân đang hoạt động" in " ".join(vi)
    assert not vi.str.contains(ENGLISH_GLOSS).any()
    kbcb = targets_frame(plans.load("unattributed-kbcb-2024"), "vi")
    assert "tổng kinh phí giai đoạn 2024-2025" in set(kbcb["scope"])
    assert not kbcb["scope"].str.contains(ENGLISH_GLOSS).any()
    welcomed = kbcb[kbcb.indicator == "patients_welcomed_and_guided"]
    assert welcomed["notes"].iloc[0].startswith("Phạm vi như văn bản viết: tiếp đón")
