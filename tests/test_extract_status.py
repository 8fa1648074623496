"""Status figures: in the bundled plans' observations, and kept apart in drafts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnhealthplan import plans
from vnhealthplan.io.extract import draft_plan, evaluate, evaluate_all
from vnhealthplan.io.extract.evaluate import total
from vnhealthplan.io.extract.segment import layout, year_marks
from vnhealthplan.io.extract.status import read_role
from vnhealthplan.planfile import read_plan
from vnhealthplan.text import parse_number

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DATED = "Hà Nội, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nY tế năm 2024\n\n"


def _numbers(quote: str) -> list[float]:
    found = []
    for m in _NUMBER.finditer(quote):
        try:
            found.append(float(parse_number(m.group())))
        except ValueError:
            continue
    return found


# ---- the bundled plans' observations ------------------------------------------------------


@pytest.mark.parametrize("key", plans.available())
def test_each_observation_quote_states_its_value_as_written(key: str) -> None:
    for seen in plans.load(key).observations:
        assert seen.source is not None
        quote = seen.source.reading or seen.source.quote
        value = float(seen.value.magnitude)
        assert any(abs(n - value) < 1e-9 for n in _numbers(quote)), (key, seen, quote)


# ---- drafting -----------------------------------------------------------------------------


def test_a_past_year_figure_is_an_observation_and_the_target_stays() -> None:
    draft = draft_plan(
        _DATED + "Năm 2023 đạt 8,5 bác sĩ/vạn dân; phấn đấu năm 2025 đạt 10 bác sĩ/vạn dân."
    )
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(10, "2025")]
    [seen] = draft.plan.observations
    assert (seen.indicator.code, seen.value.magnitude, seen.period.code) == (
        "doctors_per_10k",
        8.5,
        "2023",
    )
    assert seen.source is not None
    assert seen.source.quote == "đạt 8,5 bác sĩ/vạn dân"
    finding = next(f for f in draft.findings if f.kind == "observation")
    assert (finding.year, finding.quote) == ("2023", "đạt 8,5 bác sĩ/vạn dân")
    assert draft.text[slice(*finding.span)] == finding.quote


def test_an_estimate_says_so() -> None:
    draft = draft_plan(_DATED + "Ước năm 2023 tỷ lệ tham gia bảo hiểm y tế đạt 92%.")
    [seen] = draft.plan.observations
    assert seen.value.magnitude == 92
    assert seen.period.code == "2023"
    assert "'ước': an estimate" in seen.notes
    assert not draft.plan.targets


def test_a_present_figure_without_a_year_takes_the_issue_year_and_says_so() -> None:
    draft = draft_plan(_DATED + "Toàn tỉnh hiện có 173 Trạm Y tế xã, phường, thị trấn.")
    [seen] = draft.plan.observations
    assert (seen.indicator.code, seen.period.code) == ("commune_stations", "2024")
    assert "taken as current when the plan was issued (2024)" in seen.notes


def test_a_bound_is_not_drafted_as_an_observation_and_the_messages_say_so() -> None:
    draft = draft_plan(_DATED + "Năm 2023, tỷ lệ tham gia bảo hiểm y tế đã đạt trên 90%.")
    assert not draft.plan.observations
    assert not draft.plan.targets
    assert any("status figure not drafted" in m and "a bound" in m for m in draft.messages)


def test_a_figure_with_cues_of_both_keeps_the_doubt_as_its_reason() -> None:
    text = "I. MỤC TIÊU\nHiện nay tỷ lệ tham gia bảo hiểm y tế đạt 90%."
    draft = draft_plan(_DATED + text)
    [seen] = draft.plan.observations
    finding = next(f for f in draft.findings if f.kind == "observation")
    assert any(r.startswith("could be a target") for r in finding.reasons)
    assert finding.confidence < 1
    assert "could be a target" in seen.notes


def test_the_plans_own_year_with_dat_stays_a_target_with_a_doubt() -> None:
    text = _DATED + "Năm 2024 tỷ lệ tham gia bảo hiểm y tế đạt 93%."
    line = layout(text)[-1]
    mark = year_marks(text)[-1]
    start = text.index("đạt 93%")
    role = read_role(text, text[line.span[0] : start], line, mark, (start, start + 7), 2024)
    assert role.kind == "target"
    assert "could be a status figure" in role.reasons[0]


def test_thuc_hien_co_is_not_hien_co() -> None:
    text = _DATED + "Phấn đấu đến năm 2025 thực hiện có 95% trạm y tế xã đạt chuẩn."
    draft = draft_plan(text)
    assert not draft.plan.observations


def test_a_draft_file_holds_targets_and_observations(tmp_path: Path) -> None:
    draft = draft_plan(plans.source_text("quang-ngai-2023"))
    assert draft.plan.targets
    assert draft.plan.observations
    path = tmp_path / "draft.toml"
    draft.to_file(path)
    again = read_plan(path)
    assert again == draft.plan
    assert len(again.observations) == len(draft.plan.observations)


def test_a_results_column_of_a_table_gives_observations() -> None:
    text = (
        _DATED + "TT\tCHỈ TIÊU\tĐVT\tThực hiện năm 2023\tKế hoạch năm 2024\n"
        "1\tSố bác sỹ/vạn dân\tBác sỹ\t7,2\t7,7"
    )
    draft = draft_plan(text)
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(7.7, "2024")]
    [seen] = draft.plan.observations
    assert (seen.value.magnitude, seen.period.code) == (7.2, "2023")


# ---- the seed texts against the curated observations --------------------------------------


def test_observations_are_scored_against_the_curated_plans() -> None:
    scores = evaluate_all("observation")
    overall = total(scores)
    assert overall.curated == sum(len(p.observations) for p in plans.load_all())
    assert overall.precision == 1.0
    assert overall.matched >= 8
    assert evaluate("quang-ngai-2023", "observation").matched == 7


def test_targets_do_not_drop_with_observations_kept_apart() -> None:
    overall = total(evaluate_all())
    assert overall.matched >= 101
    assert overall.precision >= 0.99


def test_a_year_to_reach_in_the_plans_own_year_is_a_target_without_doubt() -> None:
    """'Năm 2025 đạt' in a 2025 plan could report the present; 'Đến năm 2025 đạt' cannot."""
    head = "KẾ HOẠCH\nY tế năm 2025\n\n"
    doubted = draft_plan(head + "Năm 2025 đạt 10 bác sĩ/vạn dân.")
    sure = draft_plan(head + "Đến năm 2025 đạt 10 bác sĩ/vạn dân.")
    assert [f.confidence for f in doubted.findings if f.kind == "target"] == [0.8]
    assert [(f.confidence, f.reasons) for f in sure.findings if f.kind == "target"] == [(1.0, ())]


def test_a_sentence_handing_out_yearly_figures_gives_targets() -> None:
    """'được giao … năm 2024 là X%' hands out each year's target; 'năm 2019 có N' reports."""
    text = (
        "Tỉnh được giao tỷ lệ tiêm chủng đầy đủ năm 2024 là 96%, năm 2025 là 97%.\n"
        "Năm 2019 có 1.200 trạm y tế, năm 2020 có 1.210 trạm y tế."
    )
    draft = draft_plan(text)
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [
        (96, "2024"),
        (97, "2025"),
    ]
    assert [o.period.code for o in draft.plan.observations] == ["2019", "2020"]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Giao chỉ tiêu 1.200 giường bệnh, năm 2025 có 95% trạm y tế xã đạt chuẩn.", False),
        ("Phấn đấu có 1.500 bác sĩ, năm 2025 có 95% trạm y tế xã đạt chuẩn.", False),
        ("Giao chỉ tiêu. Năm 2025 có 95% trạm y tế xã đạt chuẩn.", True),
    ],
)
def test_a_number_with_a_dot_does_not_end_the_sentence_that_hands_out_targets(
    text: str, cut: bool
) -> None:
    line, start = layout(text)[0], text.index("95%")
    mark = [m for m in year_marks(text) if m.span[1] <= start][-1]
    own = text[mark.span[0] : start]
    role = read_role(text, own, line, mark, (start, start + 3), 2026)
    assert role.kind == "observation"
    assert any(r.startswith("'năm 2025 có'") for r in role.reasons) is cut
