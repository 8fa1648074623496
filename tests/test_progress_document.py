"""The progress table names each target's document where a plan's targets come from several."""

from __future__ import annotations

from vnhealthplan import plans
from vnhealthplan.analysis.review import combine_observations, national_plan
from vnhealthplan.model.source import Document
from vnhealthplan.report import plan_progress, progress_report


def test_document_short_number() -> None:
    assert Document("Nghị quyết 20-NQ/TW ngày 25/10/2017", "BCH TW").short == "NQ 20"
    assert Document("Quyết định 201/QĐ-TTg ngày 27/02/2024", "TTg").short == "QĐ 201"
    assert Document("Kế hoạch", "Sở Y tế", number="132/KH-SYT").short == "KH 132"
    # no number anywhere: the title up to its date or bracket
    assert Document("Kế hoạch năm 2020 (report)", "CP").short == "Kế hoạch năm 2020"
    # a blank number ("Số: /KH-SYT") is no number
    assert Document("Kế hoạch năm 2024", "Sở Y tế", number="/KH-SYT").short == "Kế hoạch năm 2024"


def test_national_beds_2025_rows_are_told_apart() -> None:
    plan = national_plan()
    observations = combine_observations(plan)[0]
    frame = plan_progress(plan, observations=observations)
    beds = frame[(frame["indicator"] == "beds_per_10k") & (frame["year"] == 2025)]
    assert sorted(zip(beds["target"], beds["document"], strict=True)) == [
        (30.0, "NQ 20"),
        (33.0, "QĐ 201"),
    ]
    for lang, header in (("en", "Doc."), ("vi", "Văn bản")):
        text = progress_report(plan, lang, width=200, observations=observations)
        assert header in text.splitlines()[1]
        lines = [line for line in text.splitlines() if line.startswith("2025") and "QĐ 201" in line]
        assert lines, text


def test_one_document_plans_keep_their_columns() -> None:
    text = progress_report(plans.load("an-giang-2018"), "en", width=200)
    assert "Doc." not in text
