"""More silent wrong answers of session 8 (second round), each refused or read now.

Each test's docstring says what the call returned before.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.frames import observation_records_frame, targets_frame
from vnhealthplan.gaps import gaps_frame

# ---- 1. gaps read the units the package writes in Vietnamese --------------------------------


def test_gaps_read_a_unit_as_the_vietnamese_tables_write_it() -> None:
    """Before: DimensionError "unit of doctors_per_10k: got 'bác sĩ/vạn dân'"."""
    plan = plans.load("thanh-hoa-2023")
    seen = pd.DataFrame({"province": ["Thanh Hóa"], "indicator": ["doctors_per_10k"],
                         "year": [2023], "value": [12.0], "unit": ["bác sĩ/vạn dân"]})  # fmt: skip
    table = gaps_frame(plan, seen)
    row = table[table["indicator"] == "doctors_per_10k"].iloc[0]
    assert row["observed"] == 12.0
    assert row["unit"] == "doctor / ten_thousand_people"


@pytest.mark.parametrize("key", ["an-giang-2018", "dak-lak-2024", "thanh-hoa-2023"])
def test_gaps_of_a_vietnamese_targets_frame_equal_the_english_ones(key: str) -> None:
    """Before: DimensionError on "năm" (An Giang), "‰" (Đắk Lắk), "giường bệnh/vạn dân"."""
    plan = plans.load(key)
    seen = observation_records_frame(plan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vi = gaps_frame(targets_frame(plan, lang="vi"), seen)
        en = gaps_frame(targets_frame(plan), seen)
    words = ["scope", "comparator", "kind"]  # echoed as the frame wrote them
    pd.testing.assert_frame_equal(vi.drop(columns=words), en.drop(columns=words))
    assert vi.attrs["unobserved_scopes"] == en.attrs["unobserved_scopes"]
