"""Historical years (outside 1945–2100) in a plan's text: never a crash, never a date.

A reviewer found draft_plan raising on "Đảng Cộng sản Việt Nam thành lập năm 1930". Every
reader of a year in the drafter builds its period with :func:`plan_year`; a historical year
dates no target and no status figure, and a column headed by it is neither.
"""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.planyear import is_plan_year, plan_year, plan_years
from vnhealthplan.io.extract.segment import year_marks

HEAD = "UBND TỈNH QUẢNG NGÃI\nKẾ HOẠCH\nChăm sóc sức khỏe nhân dân năm 2024\n\nI. MỤC TIÊU\n"
TARGET = "Đến năm 2025, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%."


def _targets(text: str) -> list[tuple[str, str, str]]:
    draft = draft_plan(HEAD + text)
    return [(t.indicator, str(t.value), str(t.period)) for t in draft.plan.targets]


def _observed(text: str) -> list[str]:
    return [str(o.period) for o in draft_plan(HEAD + text).plan.observations]


def test_bounds() -> None:
    assert [is_plan_year(y) for y in ("1944", "1945", "2100", "2101")] == [
        False,
        True,
        True,
        False,
    ]
    assert plan_year("1930") is None
    assert plan_year("2200") is None
    assert plan_years("1930", "1940") is None
    assert plan_years("1940", "1950") is None
    assert plan_years("2021", "2025") is not None


def test_year_marks_skip_historical() -> None:
    marks = year_marks("thành lập năm 1930; giai đoạn 1930-1940; đến năm 2025")
    assert [str(m.period) for m in marks] == ["2025"]


BESIDE = [
    "Đảng Cộng sản Việt Nam thành lập năm 1930.",
    "Đảng bộ tỉnh được thành lập năm 1930, trải qua 95 năm xây dựng.",
    "Giai đoạn 1930-1940, phong trào cách mạng phát triển mạnh.",
    "Từ năm 1945 đến nay ngành y tế không ngừng phát triển.",
    "Sau ngày giải phóng năm 1975, toàn tỉnh chỉ có 3 bệnh viện.",
    "Từ khi Đổi mới năm 1986, ngành y tế tỉnh có 12 bệnh viện.",
    "Năm 1990 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 50%.",
    "Năm 1930 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 50%.",
    "Phấn đấu đến năm 2200 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 99%.",
    "Dân số năm 1930 là 1.930 người, có 1930 giường bệnh.",
]


#: Before 1945: historical, dating nothing; the rest change nothing beside the 2025 target.
HISTORICAL = [h for h in BESIDE if any(y in h for y in ("1930", "2200"))]


@pytest.mark.parametrize("history", BESIDE)
def test_history_beside_target(history: str) -> None:
    before = _targets(TARGET)
    assert before  # the 2025 target alone
    for text in (f"{history}\n{TARGET}", f"{TARGET}\n{history}"):
        after = _targets(text)
        assert set(before) <= set(after)
        if history in HISTORICAL:
            assert after == before


@pytest.mark.parametrize("history", BESIDE)
def test_history_dates_nothing(history: str) -> None:
    for text in (history, f"{history}\n{TARGET}"):
        years = [p for _, _, p in _targets(text)] + _observed(text)
        assert all("1945" <= y[:4] <= "2100" for y in years), years


def test_same_sentence() -> None:
    text = (
        "Năm 1930 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 50%, "
        "đến năm 2025 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%."
    )
    assert [(v, p) for _, v, p in _targets(text)] == [("95 percent", "2025")]
    assert _observed(text) == []
    unread = [f.quote for f in draft_plan(HEAD + text).unread]
    assert any("50" in q for q in unread)


PIPED_1930 = """Bảng 1. Số cơ sở y tế
|
Chỉ tiêu
|
1930
|
2020
|
Số bệnh viện
|
3
|
15
|
Số giường bệnh
|
120
|
2500
|
"""

TAB_1930 = """Chỉ tiêu\tĐơn vị\t1930\tNăm 2025
Tỷ lệ trẻ em được tiêm chủng đầy đủ\t%\t10\t95
Số giường bệnh trên 10.000 dân\tgiường\t1\t32
"""


def test_piped_1930_column() -> None:
    draft = draft_plan(f"{HEAD}{TARGET}\n{PIPED_1930}")
    values = [str(o.value) for o in draft.plan.observations if "1930" not in str(o.period)]
    assert not any(v.startswith(("3 ", "120")) for v in values)
    assert all(str(t.period) != "1930" for t in draft.plan.targets)


def test_tab_1930_column() -> None:
    draft = draft_plan(f"{HEAD}{TAB_1930}")
    assert {str(t.value) for t in draft.plan.targets} >= {"95 percent"}
    for target in draft.plan.targets:
        assert str(target.value).split()[0] not in ("10", "1")
    for figure in draft.plan.observations:
        assert str(figure.value).split()[0] not in ("10", "1")


def test_giai_doan_heading() -> None:
    text = f"1. Giai đoạn 1930-1940\nCó 3 bệnh viện.\n2. Giai đoạn 2021-2025\n{TARGET}"
    assert _targets(text) == _targets(f"2. Giai đoạn 2021-2025\n{TARGET}")
    assert _observed(text) == _observed(f"2. Giai đoạn 2021-2025\n{TARGET}")


NO_RAISE = [
    "Trong năm 1930 triển khai tiêm chủng cho 100% trẻ em.",
    "Trong quý IV năm 1930, hoàn thành 100% kế hoạch.",
    "Đến năm 1930, 100% trạm y tế có bác sĩ và duy trì đến năm 2025.",
    "Đến năm 2025, 100% trạm y tế có bác sĩ và duy trì đến năm 2200.",
    "Hà Nội, ngày 3 tháng 2 năm 1930",
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 03/02/1930 của UBND tỉnh;",
    "Tỷ lệ tiêm chủng đạt 95% (năm 1930).",
    "Tỷ lệ tiêm chủng đạt 95% năm 1930 và 97% năm 2025.",
    "So với năm 1930, tỷ lệ tiêm chủng tăng 5%.",
    "Tầm nhìn 2200: 100% người dân có thẻ bảo hiểm y tế.",
    "Giai đoạn 2021 - 2200, đạt 90% dân số tham gia bảo hiểm y tế.",
    "Số ca mắc giảm từ 40 ca năm 1930 xuống còn 20 ca năm 2025.",
]


@pytest.mark.parametrize("history", NO_RAISE)
def test_no_raise(history: str) -> None:
    for text in (history, HEAD + history, f"{history}\n{TARGET}"):
        draft = draft_plan(text)
        years = [str(t.period) for t in draft.plan.targets]
        years += [str(o.period) for o in draft.plan.observations]
        years += [str(d.period) for d in draft.deadlines]
        assert all("1945" <= y[:4] <= "2100" for y in years), years
