"""Silent wrong answers found in session 8, each refused or noted now (one test a case).

Each test's docstring says what the call returned before.
"""

from __future__ import annotations

import pytest

from vnhealthplan import ValidationError, plans
from vnhealthplan.gaps import gap_arrays, gaps_frame


# ---- 5. tolerance is a share below 1 -------------------------------------------------------


@pytest.mark.parametrize("tolerance", [1, 1.0, 5, 95])
def test_tolerance_of_one_or_more_is_refused(tolerance: float) -> None:
    """Before: ``gaps_frame(..., tolerance=5)`` (5 typed for 5 %) ran with ±500 %."""
    plan = plans.load("an-giang-2018")
    with pytest.raises(ValidationError, match=f"got {tolerance}; expected a share below 1"):
        gaps_frame(plan, plan, tolerance=tolerance)
    with pytest.raises(ValidationError, match="gap_arrays.tolerance"):
        plan.targets[1].gap(80, tolerance=tolerance)
    with pytest.raises(ValidationError, match="gap_arrays.tolerance"):
        gap_arrays(30, None, "~", "level", "higher", 31, tolerance=tolerance)


def test_tolerance_below_one_still_works() -> None:
    plan = plans.load("an-giang-2018")
    assert gaps_frame(plan, plan, tolerance=0.99).attrs["tolerance"] == 0.99
    with pytest.raises(ValidationError) as caught:
        gaps_frame(plan, plan, tolerance=5)
    assert caught.value.args[0].said("vi").endswith("cần một tỷ lệ dưới 1 (0,05 cho 5 %)")
