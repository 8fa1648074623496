"""How a slip warning names its indicator and writes its per cent.

Before: under Vietnamese a LikelySlipWarning named the indicator by its code alone
("stations_with_doctor = 0,938 %"), and wrote a per cent "0,938 %" / "1 %" where the rest of
the package writes "95%" (:func:`vnhealthplan.core.unitnames.join_unit`). Now the
Vietnamese name comes first, its code in brackets (as the audit's messages name one), and a
per cent is joined to its number; in English the code stays.
"""

from __future__ import annotations

import pytest

from vnhealthplan import Observation, Period, indicators, plans
from vnhealthplan.analysis.slips import likely_slips, warn_fractions
from vnhealthplan.errors import LikelySlipWarning

DAK_LAK = plans.load("dak-lak-2024")


def _slip(code: str, value: float) -> object:
    indicator = DAK_LAK.targets_for(code)[0].indicator
    (said,) = likely_slips(DAK_LAK, [Observation(indicator, value, Period.year(2024))])
    return said


def test_a_share_slip_is_named_in_vietnamese_and_written_95_percent() -> None:
    said = _slip("stations_with_doctor", 0.938)
    assert said.said("vi").startswith(  # type: ignore[attr-defined]
        "Tỷ lệ trạm y tế xã có bác sĩ (stations_with_doctor) = 0,938% (2024): mục tiêu 100 "
    )
    assert str(said).startswith("stations_with_doctor = 0.938 percent (2024): the target 100 ")


def test_a_rate_slip_keeps_a_space_before_its_unit_word() -> None:
    said = _slip("beds_per_10k", 2.86)
    assert said.said("vi").startswith(  # type: ignore[attr-defined]
        "Số giường bệnh trên 10.000 dân (beds_per_10k) = 2,86 giường bệnh/vạn dân (2024)"
    )
    assert str(said).startswith("beds_per_10k = 2.86 bed / ten_thousand_people (2024)")


def test_a_fraction_without_target_writes_every_per_cent_one_way() -> None:
    share = indicators.get("health_insurance_coverage")
    with pytest.warns(LikelySlipWarning) as caught:
        warn_fractions([Observation(share, 1.0, Period.year(2024))])
    message = caught[0].message
    vi = message.said("vi")  # type: ignore[union-attr]
    assert vi.startswith("Tỷ lệ tham gia bảo hiểm y tế (health_insurance_coverage) = 1% (2024)")
    assert "không quá 1%:" in vi
    assert "(100%)?" in vi
    assert " %" not in vi
    en = str(message)
    assert en.startswith("health_insurance_coverage = 1 percent (2024) is 1% or less")
    assert "(100%)?" in en
    assert " %" not in en
