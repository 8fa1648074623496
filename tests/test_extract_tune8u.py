"""Units, counts and ranks the genre uses (session 8, tuneU).

Each rule is tested on phrasings of the genre written for these tests (not copied from a
labelled text), with near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.builtcounts import build_verb
from vnhealthplan.io.extract.ranks import rank_values
from vnhealthplan.text import ParseError
from vnhealthplan.text.units import format_quantity, parse_quantity

Row = tuple[str, str, str, float, str, str]


def _targets(text: str) -> list[Row]:
    """(indicator or "draft", kind, comparator, value, unit, period) of each drafted target."""
    out = []
    for t in draft_plan(text).plan.targets:
        code = "draft" if t.indicator.code.startswith("draft_") else t.indicator.code
        value = float(t.value.magnitude)
        out.append(
            (code, t.kind.value, t.comparator.value, value, str(t.value.units), t.period.code)
        )
    return out


# ---- units a health plan rarely uses, read by the text layer ---------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("55 kg", "kilogram"),
        ("46kg", "kilogram"),
        ("2.400.000 tấn", "tonne"),
        ("7.500 ha", "hectare"),
        ("12 héc-ta", "hectare"),
        ("30 mét", "meter"),
        ("20 chuỗi liên kết", "supply_chain"),
        ("28 CLB", "club"),
        ("3 trường học", "school"),
        ("10%/năm", "percent / year"),
        ("0,5 điểm %/năm", "percent / year"),
        ("30.000 đồng/hộ/năm", "dong / household / year"),
        ("21 xã/phường", "commune"),  # communes or wards: one count, no ratio of two
        ("25 xã, thị trấn", "commune"),
        ("3 xã/phường/thị trấn", "commune"),
        ("2 con/1 phụ nữ", "live_birth / woman"),
        ("5 bác sĩ/trạm", "doctor / station"),  # a ratio of two counts stays one
    ],
)
def test_rare_units_read(text: str, unit: str) -> None:
    assert str(parse_quantity(text).units) == unit


@pytest.mark.parametrize("text", ["10%/tháng", "10% năm", "3 ca/năm/năm", "5 Hà Nội"])
def test_near_misses_of_rare_units_are_no_unit(text: str) -> None:
    with pytest.raises(ParseError):
        parse_quantity(text)


def test_a_mass_is_no_length() -> None:
    with pytest.raises(Exception, match=r"Cannot convert|dimensionality"):
        parse_quantity("46 kg").to("meter")
    assert format_quantity(parse_quantity("7.500 ha")) == "7.500 ha"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2030, nam thanh niên chạy 30 m đạt 4,5 giây; bật xa tại chỗ đạt 2,1 m.",
         [("draft", "level", "=", 30, "meter", "2030"),
          ("draft", "level", "=", 2.1, "meter", "2030")]),
        ("Mục tiêu đến năm 2030: học sinh nam 15 tuổi nặng trung bình 55 kg.",
         [("draft", "level", "=", 55, "kilogram", "2030")]),
        ("Đến năm 2025, lực bóp tay thuận của nam đạt trung bình 46kg.",
         [("draft", "level", "=", 46, "kilogram", "2025")]),
        ("Đến năm 2030, quãng đường chạy 5 phút của nữ đạt 1000m.",
         [("draft", "level", "=", 1000, "meter", "2030")]),
        ("Năm 2026, sản lượng rau an toàn đạt trên 450.000 tấn.",
         [("draft", "level", ">", 450000, "tonne", "2026")]),
        ("Đến năm 2025, diện tích sản xuất được chứng nhận an toàn đạt 7.500 ha.",
         [("draft", "level", "=", 7500, "hectare", "2025")]),
        ("Đến năm 2025, có hơn 294 nghìn lao động tham gia bảo hiểm thất nghiệp.",
         [("draft", "level", ">", 294000, "person", "2025")]),
        ("Đến năm 2030, mức hỗ trợ đạt 30.000 đồng/hộ/năm.",
         [("draft", "level", "=", 30000, "dong / household / year", "2030")]),
        ("Đến năm 2025, tỷ lệ cơ sở được chứng nhận VietGAP tăng 10%/năm.",
         [("draft", "change", "=", 10, "percent / year", "2025")]),
        # near-misses: a code or a volume glued to a number is no figure
        ("Đến năm 2025, triển khai mạng 4G tại các trạm y tế.", []),
        ("Năm 2024, phòng chống COVID-19 tại 5 bệnh viện.", []),
        ("Đến năm 2025, cấp 15m3 nước sạch.", []),
        ("Năm 2030, vận động viên nhảy cao đạt mức xà 1.74m.", []),  # an English decimal
    ],
)  # fmt: skip
def test_figures_in_rare_units_are_drafted(text: str, want: list[Row]) -> None:
    assert _targets(text) == want


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đến năm 2030, chiều cao trung bình của nam đạt 167,5cm.", "draft"),
        ("Đến năm 2030, chiều cao trung bình của nữ đạt 156 cm.", "draft"),
        ("Đến năm 2030, chiều cao trung bình thanh niên nữ đạt 158 cm.", "height_female_18"),
        (
            "Đến năm 2030, chiều cao trung bình thanh niên nam 18 tuổi đạt 168,5 cm.",
            "height_male_18",
        ),
    ],
)
def test_a_height_is_the_catalogues_only_for_youths_of_18(text: str, code: str) -> None:
    assert [t[0] for t in _targets(text)] == [code]


# ---- facilities to build: a level of the plan's own indicator ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2030, tỉnh sẽ phát triển 3 bệnh viện đảm nhiệm chức năng vùng.",
         ("level", 3, "facility", "2030")),
        ("Đến năm 2030, phát triển 5 bệnh viện vệ tinh.", ("level", 5, "facility", "2030")),
        ("Giai đoạn 2026-2030 hình thành 3 trung tâm kiểm soát bệnh tật khu vực.",
         ("level", 3, "facility", "2026-2030")),
        ("Đến năm 2030, xây dựng mới 02 bệnh viện đa khoa.", ("level", 2, "facility", "2030")),
        ("Đến năm 2025, nâng cấp 04 trạm y tế xã.", ("level", 4, "station", "2025")),
        ("Đến năm 2030, đầu tư xây dựng 3 bệnh viện tuyến huyện.",
         ("level", 3, "facility", "2030")),
        ("Đến năm 2027, thành lập 02 phòng khám đa khoa khu vực.",
         ("level", 2, "facility", "2027")),
        ("Đến năm 2025, phát triển mới 20 chuỗi liên kết sản xuất an toàn.",
         ("level", 20, "supply_chain", "2025")),
        # near-misses: a department set up AT hospitals, "thêm": so many more
        ("Đến năm 2030, thành lập Khoa Lão tại 02 bệnh viện.", ("change", 2, "facility", "2030")),
        ("Đến năm 2030, phát triển thêm 2 bệnh viện tư nhân.", ("change", 2, "facility", "2030")),
    ],
)  # fmt: skip
def test_facilities_to_build_are_a_level(text: str, want: tuple[str, float, str, str]) -> None:
    [(code, kind, _, value, unit, period)] = _targets(text)
    assert (code, kind, value, unit, period) == ("draft", *want)


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024. Năm 2023 tỉnh đã xây dựng mới 02 bệnh viện.",
        "Đến năm 2025, xây dựng nhà văn hóa cho 12 thôn còn lại.",
        "Đến năm 2025, gửi tài liệu đến 15 câu lạc bộ.",
        "Đến năm 2025, 10 trường học được công nhận trường học nâng cao sức khỏe.",
    ],
)
def test_counts_without_a_verb_of_their_own_are_no_target(text: str) -> None:
    assert _targets(text) == []


def test_a_build_verb_counts_only_right_before_its_count() -> None:
    assert build_verb("Đến năm 2030, tỉnh sẽ phát triển ") == "phát triển"
    assert build_verb("hình thành mới ") == "hình thành"
    assert build_verb("phát triển mạng lưới y tế tại ") == ""


def test_clubs_are_maintained_by_the_aim_word_of_their_clause() -> None:
    assert _targets("Đến năm 2025, tiếp tục duy trì 28 CLB liên thế hệ.") == [
        ("draft", "maintain", "=", 28, "club", "2025")
    ]


# ---- ranks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Phú Thọ đặt mục tiêu vào tốp 10 cả nước về y tế vào năm 2030.", 10, "2030"),
        ("Đến năm 2030, chỉ số hài lòng của tỉnh nằm trong nhóm 10 tỉnh dẫn đầu cả nước.",
         10, "2030"),
        ("Phấn đấu đến năm 2025, chỉ số chuyển đổi số y tế thuộc top 20 toàn quốc.", 20, "2025"),
        ("Đến năm 2030, tỉnh lọt vào TOP 5 địa phương về chất lượng dịch vụ y tế.", 5, "2030"),
        ("Mục tiêu năm 2026: chỉ số PCI đứng trong nhóm 15 tỉnh, thành phố dẫn đầu.", 15, "2026"),
    ],
)  # fmt: skip
def test_a_rank_is_at_most_its_number(text: str, value: float, period: str) -> None:
    assert _targets(text) == [("draft", "level", "<=", value, "rank", period)]


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2030, 100% trẻ em trong nhóm 5 tuổi được tiêm.",
        "Đến năm 2025, tỉnh xếp thứ 12 cả nước.",
        "Nhóm 10 tỉnh có tỷ lệ cao.",
        "Đội tuyển của tỉnh có 10 vận động viên trong tốp đầu.",
    ],
)
def test_near_misses_of_ranks(text: str) -> None:
    assert all(unit != "rank" for *_, unit, _ in _targets(text))
    assert rank_values(text, 0, len(text)) == []


# ---- changes said respectively, and a line wrapped in print -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2025, tỷ lệ cơ sở đạt chuẩn tăng tương ứng 10% và 15%.", [10, 15]),
        ("Đến năm 2025, tỷ lệ mắc sốt rét và sốt xuất huyết giảm lần lượt 5% và 10%.",
         [-5, -10]),
        ("Đến năm 2025, tỷ lệ cơ sở được chứng nhận HACCP tăng\ntương ứng 10%/năm và 15%/năm.",
         [10, 15]),
        ("Đến năm 2025, tỷ lệ hộ dùng nước sạch tăng\nbình quân 2%/năm.", [2]),
    ],
)  # fmt: skip
def test_changes_said_respectively_or_across_a_wrapped_line(text: str, want: list[float]) -> None:
    rows = _targets(text)
    assert [r[1] for r in rows] == ["change"] * len(want)
    assert [r[3] for r in rows] == want


def test_a_line_that_starts_a_sentence_still_ends_the_clause() -> None:
    rows = _targets(
        "Đến năm 2025, tỷ lệ cơ sở được chứng nhận tăng.\nTương ứng 10% cơ sở đạt chuẩn."
    )
    assert [r[1] for r in rows] == ["level"]


# ---- total fertility named "tỷ suất sinh" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đến năm 2030, tỷ suất sinh đạt 1,6 con/phụ nữ.", "tfr"),
        ("Đến năm 2030, tỷ suất sinh của tỉnh đạt 2,1 con/phụ nữ.", "tfr"),
        ("Đến năm 2030, tỷ suất sinh thô đạt 15‰.", "crude_birth_rate"),
        ("Đến năm 2030, tỷ suất sinh giảm 0,2‰.", "crude_birth_rate"),
    ],
)
def test_tỷ_suất_sinh_is_read_by_its_unit(text: str, code: str) -> None:
    assert [r[0] for r in _targets(text)] == [code]
