"""The small wrongs of session 9's new-user trial (a Sở Y tế analyst, ``--lang vi``).

Before: the English notes said "1 targets", "1 observations", "1 errors"; the progress
table left out the targets of a tier (they got a status only in ``report``) and said so in a
note; the report's "Chưa có số dân…" line showed for plans with no per-person target. The
observed figures are hypothetical (số liệu giả định).
"""

from __future__ import annotations

from vnhealthplan import Period, plans
from vnhealthplan.analysis.review import review
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.target import Scope
from vnhealthplan.present.cli import main
from vnhealthplan.present.review.sections import report_parts
from vnhealthplan.report import gaps_report, progress_report
from vnhealthplan.units import ureg


def _observed(code: str, year: int, value: float, unit: str, scope: Scope | None = None):
    dak_lak = plans.load("dak-lak-2024")
    indicator = next(t.indicator for t in dak_lak.targets if t.indicator.code == code)
    return Observation(indicator, ureg.Quantity(value, unit), Period.year(year),
                       province=dak_lak.province, scope=scope or Scope())  # fmt: skip


_BIRTHS = "live_birth / thousand_people"


def test_one_is_followed_by_a_singular_noun_in_english():
    thanh_hoa = plans.load("thanh-hoa-2023")
    assert "gaps against 1 observation (17 targets, 0 compared)" in gaps_report(thanh_hoa, "en")
    births = [_observed("crude_birth_rate", 2023, 16.0, _BIRTHS)]
    imr = [_observed("imr", 2023, 24.0, "death / thousand_live_births")]
    dak_lak = plans.load("dak-lak-2024")
    text = " ".join(progress_report(dak_lak, "en", observations=births + imr, width=200).split())
    assert "progress (opensdg) of 1 target with observations" in text
    assert "1 target with figures is not assessed here: it sets a change" in text
    vi = " ".join(progress_report(dak_lak, "vi", observations=births + imr, width=200).split())
    assert "1 chỉ tiêu có số liệu không được đánh giá ở đây" in vi


def test_the_audit_line_counts_in_the_singular_and_plural(capsys):
    assert main(["audit", "dak-lak-2024", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "dak-lak-2024: 2 findings (0 errors, 0 warnings)"
    )
    assert main(["audit", "dak-lak-2024", "--lang", "vi"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "dak-lak-2024: 2 phát hiện (0 lỗi, 0 cảnh báo)"


def test_the_progress_table_shows_a_tier_target_named_with_its_tier():
    district = [_observed("total_beds", 2022, 2600, "bed", Scope(tier="district")),
                _observed("total_beds", 2023, 2650, "bed", Scope(tier="district"))]  # fmt: skip
    dak_lak = plans.load("dak-lak-2024")
    vi = progress_report(dak_lak, "vi", observations=district, width=200).splitlines()
    assert vi[0].startswith("dak-lak-2024: 1 chỉ tiêu có số liệu")
    assert "Tổng số giường bệnh (tuyến huyện)" in vi[2]
    assert "2023: 2.650" in vi[2]
    assert "không được đánh giá ở đây" not in " ".join(vi)
    en = progress_report(dak_lak, "en", observations=district, width=200)
    assert "Hospital beds (district)" in en
    # the whole province's target is not assessed with the district's figures
    assert en.count("Hospital beds") == 1


def test_no_population_line_only_when_a_target_counts_per_person():
    quang_ngai = report_parts(review("quang-ngai-2023"), "vi")  # no per-person target
    assert all("số dân" not in str(t) for t in quang_ngai.tables)
    dak_lak = report_parts(review("dak-lak-2024"), "vi")  # beds and doctors per 10.000
    assert any("Chưa có số dân" in str(t) for t in dak_lak.tables)
