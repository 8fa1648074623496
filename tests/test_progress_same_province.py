"""Silent wrong answers found reviewing session 9's merged change (review9b)."""

from __future__ import annotations

import warnings

from vnhealthplan import Observation, Period, plans, provinces
from vnhealthplan.analysis.planstatus import plan_progress, progress_targets


def test_progress_never_uses_another_provinces_figure():
    """Before: An Giang's 100 % was Thanh Hóa's progress ("target_achieved"), as
    plan_progress paired observations by indicator and scope, not by province."""
    plan = plans.load("thanh-hoa-2023")
    target = next(t for t in plan.targets if t.indicator.code == "stations_insurance_ready")
    elsewhere = Observation(target.indicator, 100.0, Period.year(2024),
                            province=provinces.get("An Giang"))  # fmt: skip
    here = Observation(target.indicator, 40.0, Period.year(2024))  # no province: the plan's
    assert progress_targets(plan, [elsewhere]) == ()
    assert next(seen for _, seen in progress_targets(plan, [elsewhere, here])) == (here,)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = plan_progress(plan, observations=[elsewhere])
    assert "stations_insurance_ready" not in set(frame["indicator"])
