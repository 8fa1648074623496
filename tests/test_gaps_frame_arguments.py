"""gaps_frame given None (or a number, a string, a mapping) for its targets or observations.

Before: ``gaps_frame(plans, None)`` raised a raw ``TypeError: 'NoneType' object is not
iterable`` from deep in the frame builder. Now a WrongTypeError (still a TypeError) names
the argument, what was given and what is expected, in Vietnamese too.
"""

from __future__ import annotations

import pytest

from vnhealthplan import plans
from vnhealthplan.errors import WrongTypeError
from vnhealthplan.gaps import gaps_frame

DAK_LAK = plans.load("dak-lak-2024")


@pytest.mark.parametrize("given", [None, 5, "observed.csv", {}])
def test_observations_that_are_no_frame_nor_objects_are_named(given):
    with pytest.raises(WrongTypeError) as caught:
        gaps_frame(DAK_LAK, given)
    assert isinstance(caught.value, TypeError)
    assert str(caught.value) == (
        f"gaps_frame.observations: got {given!r}; expected a data frame, an Observation or "
        "Plan, or a list of them"
    )
    assert caught.value.said("vi") == (
        f"gaps_frame.observations: nhận giá trị {given!r}; cần một bảng dữ liệu (DataFrame), "
        "một Observation hoặc Plan, hoặc một danh sách các đối tượng đó"
    )


def test_targets_none_is_named_in_both_languages():
    with pytest.raises(WrongTypeError) as caught:
        gaps_frame(None, DAK_LAK)
    assert str(caught.value).startswith("gaps_frame.targets: got None; expected a data frame, "
                                        "a Target or Plan")  # fmt: skip
    vi = caught.value.said("vi")
    assert vi.startswith("gaps_frame.targets: nhận giá trị None; cần một bảng dữ liệu")
    assert "một Target hoặc Plan" in vi


def test_what_it_takes_is_still_taken():
    assert len(gaps_frame(DAK_LAK, [])) == len(gaps_frame(DAK_LAK, DAK_LAK)) > 0
    assert len(gaps_frame(list(DAK_LAK.targets), iter(DAK_LAK.observations))) > 0
