"""A frame refused for its columns is described in the error's language, not in English
inside a Vietnamese message."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan.errors import ValidationError
from vnhealthplan.gaps import gaps_frame


def test_missing_columns_are_said_in_vietnamese() -> None:
    with pytest.raises(ValidationError) as caught:
        gaps_frame(pd.DataFrame({"year": [2024]}), [])
    said = caught.value.said("vi")
    assert "một bảng có các cột ['year']" in said
    assert "a frame" not in said
    assert "got a frame with the columns ['year']" in caught.value.said("en")


def test_a_column_named_twice_is_said_in_vietnamese() -> None:
    frame = pd.DataFrame([[2024, 2025]], columns=["year", "year"])
    with pytest.raises(ValidationError) as caught:
        gaps_frame(frame, [])
    assert "một bảng có các cột ['year', 'year']" in caught.value.said("vi")
