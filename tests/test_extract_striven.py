"""The year a plan strives for in words without a figure (vnhealthplan.io.extract.striven)."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.striven import striven_years
from vnhealthplan.model.period import Period

_STRIVEN = [
    (
        "Nhằm phấn đấu đạt các mục tiêu dân số từ nay đến năm 2030, UBND tỉnh ban hành kế hoạch.",
        "2030",
    ),
    ("Huyện đặt mục tiêu xây dựng 12 điểm tư vấn sức khỏe sinh sản đến 2027.", "2027"),
    ("Ngành y tế đề ra mục tiêu hoàn thành số hóa hồ sơ sức khỏe trước năm 2026.", "2026"),
    ("Tỉnh phấn đấu loại bỏ hoàn toàn bệnh dại trên người vào năm 2028.", "2028"),
    ("Thành phố phấn đấu tới năm 2030 mọi người dân được quản lý sức khỏe.", "2030"),
    ("Từ nay đến hết năm 2027, tập trung đầu tư cho y tế cơ sở.", "2027"),
    ("Tỉnh đặt ra mục tiêu đến cuối năm 2026 phủ kín bác sĩ gia đình.", "2026"),
]

_NOT_STRIVEN = [
    "Mục tiêu phấn đấu đến năm 2020 đã đạt và vượt.",  # reached
    "Tỉnh đã phấn đấu đến năm 2019 được công nhận đạt chuẩn.",  # reached
    "Phấn đấu đến năm 2030 theo Chiến lược quốc gia về dinh dưỡng.",  # the strategy's
    "Số người mắc tăng đến năm 2022 rồi giảm dần.",  # no striving word
    "Phấn đấu đạt 2.030 người tham gia.",  # a count, not a year
    "Phấn đấu tăng số thành viên lên đến 2030 người tham gia.",  # a count without 'năm'
    "Năm 2020, tỉnh đặt mục tiêu mới.",  # no year after the aim
]


@pytest.mark.parametrize(("text", "code"), _STRIVEN)
def test_a_striven_year_is_read(text: str, code: str) -> None:
    assert [p.code for p, _, _ in striven_years(text)] == [code]
    assert code in [d.period.code for d in draft_plan(text).deadlines]


@pytest.mark.parametrize("text", _NOT_STRIVEN)
def test_a_reached_or_cited_year_is_not(text: str) -> None:
    assert striven_years(text) == []


def test_the_end_of_the_plans_own_period_is_not_restated() -> None:
    text = "Tăng cường quản lý an toàn thực phẩm trên địa bàn tỉnh từ nay đến năm 2025."
    assert striven_years(text, own=[Period.years(2021, 2025)]) == []
    text = (
        "KẾ HOẠCH\nPHÒNG, CHỐNG NGỘ ĐỘC THỰC PHẨM GIAI ĐOẠN 2021 - 2025\n"
        "1. Mục đích: tạo chuyển biến trong công tác an toàn thực phẩm từ nay đến năm 2025.\n"
    )
    assert [d.period.code for d in draft_plan(text).deadlines] == ["2021-2025"]


def test_a_cited_documents_words_are_skipped() -> None:
    text = "Căn cứ Quyết định số 1/QĐ-TTg phấn đấu đến năm 2030 loại trừ bệnh lao;"
    assert striven_years(text, [(0, len(text))]) == []


# A plan's phases: a span of years opening a clause, then what is to be done in it.
_PHASES = [
    (
        "Lộ trình: 2026 - 2027 loại trừ bệnh phong tại 5 huyện; 2028-2030 loại trừ toàn tỉnh.",
        ["2026-2027", "2028-2030"],
    ),
    (
        "Chia làm hai giai đoạn: 2026-2028 thành lập 20 câu lạc bộ; 2029-2030 thành lập thêm 10.",
        ["2026-2028", "2029-2030"],
    ),
    ("Các bước:\n- Giai đoạn 2026 - 2027 thành lập tổ số hóa tại trạm y tế xã;", ["2026-2027"]),
    ("Mục tiêu: 2026-2030 chấm dứt lây truyền HIV từ mẹ sang con.", ["2026-2030"]),
    ("Mục tiêu: năm 2027 đề nghị công nhận huyện đạt tiêu chí quốc gia về y tế.", ["2027"]),
]

_NOT_PHASES = [
    "Giai đoạn 2016-2020, tỉnh đã loại trừ sốt rét tại 50 xã.",  # a comma: a review
    "Kết quả: 2016 - 2020 đã loại trừ sốt rét tại 50 xã.",  # done
    "Số ca mắc giai đoạn 2016 - 2020 giảm 30% so với giai đoạn trước.",  # not a clause opening
    "Năm 2023 loại trừ sốt rét tại 5 xã.",  # a single year needs 'đề nghị' or 'phấn đấu'
    "Trong 2016 - 2020 loại trừ được 12 xã.",  # not a clause opening
    "- Giai đoạn 2016 - 2020 hoàn thành 95% chỉ tiêu kế hoạch.",  # a review's 'hoàn thành'
]


@pytest.mark.parametrize(("text", "codes"), _PHASES)
def test_a_phase_is_due(text: str, codes: list[str]) -> None:
    assert [p.code for p, _, _ in striven_years(text)] == codes


@pytest.mark.parametrize("text", _NOT_PHASES)
def test_a_reviewed_span_is_not_a_phase(text: str) -> None:
    assert striven_years(text) == []
