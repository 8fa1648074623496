"""A fraction typed for a per cent is flagged by the indicator's unit when the plan has no
target to judge it by (session 10, ux10).

Before: "0,85" in a row of ``health_insurance_coverage`` (a share in per cent) was flagged
only against a target of the plan (``likely_slips``); Đắk Lắk's plan has none for it, so the
figure passed silently, at reading and in ``gaps``/``progress``. Now the same
LikelySlipWarning, by one rule: a share of 1 % or less with no target is likely off by 100.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from vnhealthplan import Observation, Period, indicators, plans
from vnhealthplan.analysis.slips import likely_slips, warn_fractions
from vnhealthplan.errors import LikelySlipWarning
from vnhealthplan.export import read_observations
from vnhealthplan.observations import observations_from_frame
from vnhealthplan.present.cli import main

SHARE = indicators.get("health_insurance_coverage")  # no target in dak-lak-2024
ROWS = "Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nĐắk Lắk,health_insurance_coverage,2024,{value}\n"


def _frame(value):
    return pd.DataFrame({"province": ["Đắk Lắk"], "indicator": [SHARE.code], "year": [2024],
                         "value": [value]})  # fmt: skip


def test_read_observations_warns_in_both_languages(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(ROWS.format(value='"0,85"'), encoding="utf-8")
    with pytest.warns(LikelySlipWarning) as caught:
        (obs,) = read_observations(path)
    assert obs.value.magnitude == pytest.approx(0.85)  # read all the same: flagged, not refused
    warning = caught[0].message
    assert warning.said("vi") == (
        "Tỷ lệ tham gia bảo hiểm y tế (health_insurance_coverage) = 0,85% (2024) không quá 1%: "
        "phải chăng là phân số gõ thay cho phần trăm (85%)? hãy kiểm tra đơn vị hoặc dấu phẩy "
        "thập phân"
    )
    assert warning.said("en") == (
        "health_insurance_coverage = 0.85 percent (2024) is 1% or less: a fraction typed for a "
        "per cent (85%)? check the unit or the decimal point"
    )


def test_observations_from_frame_warns_with_or_without_a_plan():
    for plan in (None, plans.load("dak-lak-2024")):
        with pytest.warns(LikelySlipWarning, match="fraction typed for a per cent"):
            observations_from_frame(_frame(0.85), plan=plan)


@pytest.mark.parametrize("value", [85.0, 1.5, 0.0])
def test_a_per_cent_above_1_or_zero_is_not_flagged(value):
    with warnings.catch_warnings():
        warnings.simplefilter("error", LikelySlipWarning)
        observations_from_frame(_frame(value))


def test_a_target_keeps_the_target_rule_at_reading():
    """With a target of the indicator the figure is judged against it when compared (as
    before), not by the unit at reading: 0,08 % against "dưới 0,09 %" is no slip."""
    plan = plans.load("dak-lak-2024")
    share = plan.targets_for("stations_with_doctor")[0].indicator
    rows = _frame(0.5).assign(indicator=[share.code])
    with warnings.catch_warnings():
        warnings.simplefilter("error", LikelySlipWarning)
        (obs,) = observations_from_frame(rows, plan=plan)
    (said,) = likely_slips(plan, [obs])  # the target rule, when compared: "about 100 times"
    assert "100" in said.said("vi")
    assert "không quá 1%" not in said.said("vi")


def test_likely_slips_uses_the_unit_rule_without_a_target():
    obs = Observation(SHARE, 0.85, Period.year(2024))
    (said,) = likely_slips(plans.load("dak-lak-2024"), [obs])
    assert "fraction typed for a per cent (85%)" in said
    with pytest.warns(LikelySlipWarning):
        warn_fractions([obs])


def test_cli_says_it_once_in_vietnamese(tmp_path, capsys):
    path = tmp_path / "so-lieu.csv"
    path.write_text(ROWS.format(value='"0,85"'), encoding="utf-8")
    argv = ["gaps", "dak-lak-2024", "--observations", str(path), "--lang", "vi"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert err.count("phải chăng là phân số gõ thay cho phần trăm (85%)") == 1
