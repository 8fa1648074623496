"""HTML displays: escaped, in both languages, statuses coloured and worded, sources present."""

from __future__ import annotations

import html
import re
from datetime import date

import attrs
import pytest

from vnhealthplan import Document, Plan, Source, Target, options, plans
from vnhealthplan.audit import audit
from vnhealthplan.display import HTML, STATUSES, assignment_status, show, to_html
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import gaps_frame

KEYS = ["an-giang-2018", "thanh-hoa-2023", "quang-ngai-2023", "dak-lak-2024"]
DAY = date(2025, 7, 1)


@pytest.fixture(scope="module")
def thanh_hoa() -> Plan:
    return plans.load("thanh-hoa-2023")


def _statuses(markup: str) -> list[str]:
    return re.findall(r'data-status="([a-z_]+)"', markup)


def _hostile(plan: Plan) -> Plan:
    """The plan with a quote, a task and a section that carry markup."""
    evil = '<script>alert("x")</script> & "quoted" <b>bold</b>'
    target = plan.targets[0]
    source = attrs.evolve(target.source, quote=evil, section="<i>II</i>", reading=evil)
    assignment = attrs.evolve(plan.assignments[0], task=evil, lead="<Sở Y tế>")
    return attrs.evolve(
        plan,
        targets=[attrs.evolve(target, source=source), *plan.targets[1:]],
        assignments=[assignment, *plan.assignments[1:]],
    )


def test_every_text_is_escaped(thanh_hoa):
    markup = to_html(_hostile(thanh_hoa), lang="en", as_of=DAY)
    assert "<script>" not in markup
    assert "<b>bold</b>" not in markup
    assert "<i>II</i>" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;" in markup
    assert "&lt;Sở Y tế&gt;" in markup
    # The quote in a tooltip is an attribute: its quotes are escaped too.
    assert 'title="&lt;script&gt;alert(&quot;x&quot;)' in markup


def test_tags_are_balanced(thanh_hoa):
    markup = to_html(thanh_hoa, lang="vi", as_of=DAY)
    for tag in ("table", "tr", "td", "details", "summary", "q", "span"):
        opened = len(re.findall(rf"<{tag}[ >]", markup))
        assert opened == markup.count(f"</{tag}>"), tag


@pytest.mark.parametrize("key", KEYS)
def test_plan_in_both_languages(key):
    plan = plans.load(key)
    en = to_html(plan, lang="en", as_of=DAY)
    vi = to_html(plan, lang="vi", as_of=DAY)
    assert "Targets" in en
    assert "Chỉ tiêu" in vi
    assert "Targets" not in vi
    for t in plan.targets:
        assert html.escape(t.indicator.name_en) in en
        assert html.escape(t.indicator.name_vi) in vi
    assert html.escape(plan.document.title) in vi


@pytest.mark.parametrize("key", KEYS)
def test_every_source_is_one_click_away(key):
    plan = plans.load(key)
    markup = to_html(plan, lang="en", as_of=DAY)
    records = [*plan.targets, *plan.facilities, *plan.assignments, *plan.observations]
    for record in records:
        assert record.source is not None
        quote = html.escape(record.source.quote)
        assert f'title="{quote}"' in markup  # the tooltip
        assert f'<q lang="vi">{quote}</q>' in markup  # the expanded row
        assert html.escape(record.source.cite()) in markup
    assert markup.count('<details class="vhp-source">') == len(records)


def test_corrected_reading_is_shown(thanh_hoa):
    target = next(t for t in thanh_hoa.targets if t.source.reading)
    markup = to_html(target, lang="vi")
    assert html.escape(target.source.reading) in markup
    assert "Đọc lại" in markup


def test_target_statuses_are_coloured_and_worded():
    an_giang = plans.load("an-giang-2018")
    markup = to_html(an_giang, lang="vi", as_of=DAY)
    rows = _statuses(markup.split('class="vhp vhp-targets"')[1].split("</table>")[0])
    frame = gaps_frame(an_giang, an_giang)
    assert rows.count("not_met") == int((frame["met"] == False).sum()) == 3  # noqa: E712
    assert rows.count("unknown") == int(frame["met"].isna().sum())
    red = STATUSES["not_met"]
    assert f"color:{red.colour};background:{red.background}" in markup
    assert "✗ chưa đạt" in markup
    assert "? chưa có số liệu" in markup
    assert 'class="vhp-legend"' in markup


def test_assignment_statuses(thanh_hoa):
    early = to_html(thanh_hoa, lang="en", as_of=date(2023, 10, 14))
    late = to_html(thanh_hoa, lang="en", as_of=DAY)
    expected_late = [assignment_status(a, DAY) for a in thanh_hoa.assignments]
    # rows 0 and 7-9 name a product issued by then: not overdue, as the audit says
    assert expected_late.count("overdue") == 2
    assert expected_late.count("product_issued") == 4
    assert expected_late.count("no_date") == 4
    body = late.split('class="vhp vhp-assignments"')[1].split("</table>")[0]
    assert _statuses(body) == expected_late
    early_rows = _statuses(early.split('class="vhp vhp-assignments"')[1])
    assert early_rows.count("product_issued") == 1  # row 0, on the plan's own day
    assert early_rows.count("overdue") == 0
    assert "as of 2025-07-01" in late


def test_completed_assignment_is_done(thanh_hoa):
    row = attrs.evolve(thanh_hoa.assignments[0], completed=date(2022, 12, 11))
    assert assignment_status(row, DAY) == "done"
    assert 'data-status="done"' in to_html(row, as_of=DAY)


def test_gap_display():
    target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
    gap = target.gap(76.5)
    en, vi = to_html(gap, lang="en"), to_html(gap, lang="vi")
    assert 'data-status="not_met"' in en
    assert "not met" in en
    assert "chưa đạt" in vi
    assert "76.5" in en
    assert "76,5" in vi
    assert "13.5" in en
    assert "13,5" in vi
    assert html.escape(gap.method) in en
    with options.language("vi"):
        assert gap._repr_html_() == vi


def test_gaps_frame_and_findings_show():
    dak_lak = plans.load("dak-lak-2024")
    shown = show(gaps_frame(dak_lak, dak_lak), lang="en")
    assert isinstance(shown, HTML)
    assert shown.rows == len(dak_lak.targets)
    assert shown._repr_html_() == shown.markup == str(shown)
    findings = show(audit(dak_lak), lang="vi")
    assert findings.rows == 2
    assert "thông tin" in findings.markup
    assert "parts_sum" in findings.markup


def test_show_refuses_a_frame_without_gap_columns():
    with pytest.raises(
        ValueError, match=r"columns of gaps_frame\(\); it lacks 'met', 'observed', 'target'"
    ):
        show(targets_frame(plans.load("dak-lak-2024")))
    with pytest.raises(TypeError, match="findings, gaps"):
        show([1, 2])


def test_repr_html_follows_the_package_language(thanh_hoa):
    province, indicator = thanh_hoa.province, thanh_hoa.targets[0].indicator
    facility, target = thanh_hoa.facilities[0], thanh_hoa.targets[0]
    for record in (province, indicator, facility, target):
        assert record._repr_html_() == to_html(record, lang="en")
    previous = options.set_language("vi")
    try:
        assert "Chiều tốt" in indicator._repr_html_()
        assert "Tỉnh" in province._repr_html_()
        assert thanh_hoa.assignments[1]._repr_html_().count("Đơn vị chủ trì") == 1
        assert "Chỉ tiêu" in thanh_hoa._repr_html_()
    finally:
        options.set_language(previous)


def test_unnamed_province_and_undated_document():
    document = Document("Kế hoạch", "Sở Y tế")
    plan = Plan("x", document)
    markup = to_html(plan, lang="vi")
    assert "(không nêu tỉnh)" in markup
    assert "không ghi ngày" in markup
    assert "không số" in markup


def test_a_record_without_source_has_no_source_cell():
    target = plans.load("dak-lak-2024").targets[0]
    bare = attrs.evolve(target, source=None)
    assert "vhp-source" not in to_html(bare)
    assert isinstance(target, Target)
    assert isinstance(target.source, Source)


def test_to_html_refuses_other_objects():
    with pytest.raises(TypeError, match="no HTML display for dict"):
        to_html({})
    with pytest.raises(ValueError, match="language: got 'fr'"):
        to_html(plans.load("dak-lak-2024").province, lang="fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [*KEYS, "unattributed-kbcb-2024"])
def test_plain_reprs_stay_short(key):
    plan = plans.load(key)
    assert len(repr(plan)) < 120
    assert repr(plan).startswith(f"Plan({key!r}, ")
    for record in (*plan.targets, *plan.facilities, *plan.assignments):
        assert len(repr(record)) < 200, repr(record)
    for indicator in plan.indicators:
        assert len(repr(indicator)) < 120


def test_plan_repr_counts():
    assert repr(plans.load("thanh-hoa-2023")) == (
        "Plan('thanh-hoa-2023', Thanh Hóa, 17 targets, 29 facilities, 16 assignments, "
        "1 observation)"
    )
    assert repr(plans.load("thanh-hoa-2023").assignments[1]) == (
        "Assignment('Đề án xây dựng Bệnh viện Lão khoa', lead='Phòng KH-TC', due=2024-Q2)"
    )


def test_indicator_and_facility_text_is_escaped():
    from vnhealthplan import Facility, Indicator

    indicator = Indicator("x", "<b>tên</b>", "<i>name</i>", "percent", "higher",
                          numerator="<u>n</u>", notes=["<script>1</script>"])  # fmt: skip
    markup = to_html(indicator, lang="vi")
    assert "&lt;b&gt;tên&lt;/b&gt;" in markup
    assert "&lt;i&gt;name&lt;/i&gt;" in markup
    assert "<script>" not in markup
    facility = Facility("<Bệnh viện>", "general_hospital", notes='"x" & <y>')
    markup = to_html(facility, lang="en")
    assert "&lt;Bệnh viện&gt;" in markup
    assert "&quot;x&quot; &amp; &lt;y&gt;" in markup


def test_an_observation_displays_with_its_source() -> None:
    observed = plans.load("an-giang-2018").observations[0]  # 76,5 % insured at the end of 2017
    markup = observed._repr_html_()
    assert "76" in markup
    assert "2017" in markup
    assert html.escape(observed.source.quote[:20]) in markup


def test_target_and_observation_notes_shown_in_the_language():
    """The curator's notes of a target and of an observation are shown under their value,
    Vietnamese under lang="vi", English under "en", as for facilities and assignments, on
    their own and in the plan's display."""
    plan = plans.load("thanh-hoa-2023")
    target = plan.targets_for("pharmacists_per_10k", 2030)[0]
    observation = next(o for o in plan.observations if o.notes)
    for item in (target, observation):
        for record in (item, plan):
            vi, en = to_html(record, lang="vi"), to_html(record, lang="en")
            assert html.escape(item.notes_vi) in vi
            assert html.escape(item.notes) not in vi
            assert html.escape(item.notes) in en
            assert html.escape(item.notes_vi) not in en


# ---- what a notebook shows of a record's source, in Vietnamese --------------------------


def test_a_vietnamese_display_cites_its_source_in_vietnamese():
    dak_lak = plans.load("dak-lak-2024")  # its document has no number and no date
    with options.language("vi"):
        shown = dak_lak._repr_html_()
    assert "(no number)" not in shown
    assert "(undated)" not in shown
    assert "Sở Y tế Đắk Lắk, (không số) (không ghi ngày), I. CÁC CHỈ TIÊU, dòng 1" in shown
    target = plans.load("thanh-hoa-2023").targets[0]  # numbered and dated
    with options.language("vi"):
        assert "Sở Y tế Thanh Hóa, 132/KH-SYT (14/10/2023)" in target._repr_html_()
    with options.language("en"):
        assert "Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14)" in target._repr_html_()


def test_an_assignment_without_product_or_recipient_shows_empty_cells_not_none():
    assignment = plans.load("dak-lak-2024").assignments[0]
    assert assignment.product is None
    assert assignment.submitted_to is None
    for lang in ("vi", "en"):
        with options.language(lang):
            assert "<td>None</td>" not in assignment._repr_html_()
            assert "<td>None</td>" not in plans.load("dak-lak-2024")._repr_html_()
