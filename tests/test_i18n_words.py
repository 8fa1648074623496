"""Vietnamese throughout, the words part: notebook displays, audit findings, gap readings,
progress notes, review reports and plots. With lang "vi" every label is Vietnamese except
proper names and codes, and numbers and dates are written the Vietnamese way."""

from __future__ import annotations

import html
import re
from datetime import date

import matplotlib
import pytest

from vnhealthplan import TargetKind

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from vnhealthplan import options, plans
from vnhealthplan.analysis.progress import core as progress_core
from vnhealthplan.audit import audit, findings_frame
from vnhealthplan.core import html as vhtml
from vnhealthplan.core.i18n import catalogue, translate
from vnhealthplan.display import show, to_html
from vnhealthplan.gaps import gap
from vnhealthplan.model.gap_text import explain
from vnhealthplan.plot import assignment_timeline, indicator_chart
from vnhealthplan.present import plot as vplot
from vnhealthplan.present.review import sections, xlsx
from vnhealthplan.progress import progress_status

KEYS = ["an-giang-2018", "thanh-hoa-2023", "quang-ngai-2023", "dak-lak-2024"]
DAY = date(2025, 7, 1)
#: English words that never belong in a Vietnamese text of the package (codes aside).
ENGLISH = re.compile(
    r"\b(the|target|targets|plan's|issue date|assignment|due|below|above|baseline|implies|"
    r"met|not met|observed|population|Year|Source|Status|Method|Indicator|Scope|Value|"
    r"Legend|Finding|Check|overdue|warning|info|error|whatever|replaced|national)\b"
)
#: An English-grouped number: "5,130" or "1,768,966".
ENGLISH_NUMBER = re.compile(r"\d,\d{3}\b")


def _without_codes(text: str) -> str:
    """*text* without codes (indicator codes, period codes like 2022-Q4, file names)."""
    return re.sub(r"\b[a-z0-9]+(?:[_-][a-z0-9]+)+\b", "", text)


# ---- every label table is in the catalogue ------------------------------------------------


@pytest.mark.parametrize(
    ("table", "context"),
    [
        (vhtml.WORDS.values(), "display"),
        ([s.en for s in vhtml.STATUSES.values()], "status"),
        (vplot._WORDS.values(), "plot"),
        (sections._W.values(), "review"),
        ([h for hs in sections._HEADERS.values() for h in hs], "review"),
        (xlsx._SHEETS, "sheet"),
        (progress_core._NOTES.values(), "progress"),
    ],
)
def test_every_label_of_a_table_has_its_vietnamese(table, context):
    missing = [m for m in table if (context, m) not in catalogue("vi")]
    assert missing == []


# ---- notebook displays --------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_plan_display_in_vietnamese_has_only_vietnamese_labels(key):
    markup = to_html(plans.load(key), lang="vi", as_of=DAY)
    headings = {html.unescape(h) for h in re.findall(r"<th>(.*?)</th>", markup)}
    labels = {html.unescape(b) for b in re.findall(r"<td><b>(.*?)</b></td>", markup)}
    vietnamese = {translate(w, "vi", context="display") for w in vhtml.WORDS.values()}
    english = set(vhtml.WORDS.values()) - vietnamese
    assert headings
    assert headings <= vietnamese
    assert not (labels & english)
    statuses = re.findall(r'data-status="\w+"[^>]*>[^<]*?\s([^<]+)</span>', markup)
    assert statuses
    assert {html.unescape(s) for s in statuses} <= {s.label("vi") for s in vhtml.STATUSES.values()}


def test_statuses_and_labels_follow_the_package_language():
    with options.language("vi"):
        assert vhtml.word("observed") == "Hiện trạng"
        assert vhtml.STATUSES["not_met"].label() == "chưa đạt"
    assert vhtml.word("observed") == "Observed"
    assert vhtml.STATUSES["not_met"].vi == "chưa đạt"


def test_dates_in_vietnamese_displays_are_day_month_year():
    markup = to_html(plans.load("thanh-hoa-2023"), lang="vi", as_of=DAY)
    assert "Nhiệm vụ, tính đến 01/07/2025" in markup
    assert "2025-07-01" not in markup


# ---- audit findings -----------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_audit_findings_in_vietnamese(key):
    for finding in audit(plans.load(key)):
        vi = finding.text("vi")
        assert vi != finding.message
        assert finding.text("en") == finding.message
        bare = re.sub(r"\([^)]*\)", "", _without_codes(vi))  # titles of documents aside
        assert not ENGLISH.search(bare), vi
        assert not ENGLISH_NUMBER.search(bare), vi
        assert not re.search(r"\d{4}-\d\d-\d\d", vi), vi


def test_audit_numbers_units_and_dates_the_vietnamese_way():
    texts = [f.text("vi") for f in audit(plans.load("dak-lak-2024"))]
    assert texts == [
        "Tổng số giường bệnh (total_beds) năm 2024: 2.430 + 2.700 = 5.130 giường bệnh",
        "5.130 giường bệnh ở mức 29 giường bệnh/vạn dân (năm 2024) tương ứng dân số "
        "1.768.966 người",
    ]
    (late,) = [f for f in audit(plans.load("thanh-hoa-2023")) if f.check == "product_before_plan"]
    assert "31/12/2022" in late.text("vi")
    assert "14/10/2023" in late.text("vi")


def test_audit_display_and_frame_follow_the_language():
    findings = audit(plans.load("dak-lak-2024"))
    markup = show(findings, lang="vi").markup
    assert "5.130 giường bệnh" in markup
    assert "thông tin" in markup
    assert "implies" not in markup
    with options.language("vi"):
        assert findings[0].text() == findings[0].message_vi
        assert findings_frame(findings)["message"].str.contains("giường bệnh").all()
    assert findings_frame(findings)["message"].iloc[0].endswith("5,130 bed")


# ---- gap readings, progress notes ---------------------------------------------------------


def test_gap_readings_in_vietnamese():
    for target in plans.load("dak-lak-2024").targets:
        observed = target.value.to(target.indicator.unit).magnitude
        if target.kind is TargetKind.CHANGE:
            observed = 15.9  # a level to compare (a change target's value is not one)
        g = gap(target, observed)
        vi = explain(target, observed, g.baseline, g.tolerance, "vi")
        assert explain(target, observed, g.baseline, g.tolerance, "en") == g.method
        assert not ENGLISH.search(_without_codes(vi)), vi
    markup = show([g], lang="vi").markup
    assert "Cách so sánh" in markup
    assert g.method not in markup


def test_progress_labels_and_notes_in_vietnamese():
    target = plans.load("an-giang-2018").targets_for("health_insurance_coverage")[0]
    p = progress_status(target, [(2017, 76.5)], lang="vi")
    assert p.label == "không đánh giá được"
    assert p.notes
    assert all(not ENGLISH.search(n) for n in p.notes)
    with options.language("vi"):
        q = progress_status(target, [(2015, 70.0), (2017, 76.5)])
    assert q.lang == "vi"
    assert q.notes[0].startswith("thước đo tiến độ của Thống kê Canada (opensdg): ")
    assert "ngưỡng" in q.notes[0]
    assert "0,95" in q.notes[0] or "0,5" in q.notes[0]
    english = progress_status(target, [(2015, 70.0), (2017, 76.5)], lang="en")
    assert "compared with the cut-points" in english.notes[0]


# ---- review reports -----------------------------------------------------------------------


def test_review_report_in_vietnamese():
    from vnhealthplan.analysis.review import review

    parts = sections.report_parts(review("dak-lak-2024", as_of=date(2026, 1, 31)), "vi")
    texts = [*parts.left, *parts.right, parts.place_date, parts.title, parts.subtitle]
    for table in parts.tables:
        texts += [table.title, table.note, *table.header]
        for row in table.rows:
            texts += [sections.cell_text(c, "vi") for c in row]
    for text in texts:
        bare = _without_codes(text)
        assert not re.search(r"\b(of|by|Plan|Population|source|Met|Not met|No data)\b", bare)
        assert not ENGLISH_NUMBER.search(bare), text
    assert parts.left == ("UBND TỈNH ĐẮK LẮK", "SỞ Y TẾ")
    assert parts.place_date == "Đắk Lắk, ngày 31 tháng 1 năm 2026"
    assert parts.tables[0].header[:3] == ("TT", "Chỉ tiêu", "Phạm vi")


# ---- plots --------------------------------------------------------------------------------


def test_plot_texts_in_vietnamese():
    ax = indicator_chart(plans.load("thanh-hoa-2023"), "beds_per_10k", lang="vi")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert ax.get_xlabel() == "Năm"
    assert "giường bệnh/vạn dân" in ax.get_ylabel()
    assert "chỉ tiêu" in legend
    assert not any(ENGLISH.search(t) for t in legend)
    ax = assignment_timeline(plans.load("thanh-hoa-2023"), as_of=DAY, lang="vi")
    words = [t.get_text().strip() for t in ax.texts]
    assert ax.get_title().startswith("Nhiệm vụ — thanh-hoa-2023, tính đến 01/07/2025")
    assert set(words) <= {"quá hạn", "chưa đến hạn", "đã hoàn thành"}
    plt.close("all")
