"""The plan's own period where its header does not carry it (vnhealthplan.io.extract.owntitle)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.deadlines import title_deadlines
from vnhealthplan.io.extract.owntitle import (
    article_title,
    attached_heading,
    reported_title,
    vision_years,
)


def _codes(text: str) -> list[str]:
    return [d.period.code for d in title_deadlines(text)]


# A decision's first article names the plan it issues or approves: its years are the plan's.
_ARTICLES = [
    (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống sốt rét tỉnh giai đoạn "
        "2026 - 2030.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.",
        ["2026-2030"],
    ),
    (
        "Điều 1. Phê duyệt Kế hoạch hành động về dinh dưỡng của tỉnh đến năm 2030 (Kế hoạch "
        "kèm theo).",
        ["2030"],
    ),
    (
        "Điều 1. Ban hành Chương trình chăm sóc sức khỏe người cao tuổi năm 2027 trên địa bàn "
        "huyện.",
        ["2027"],
    ),
    (
        "Điều 1: Phê duyệt kèm theo Quyết định này Đề án phát triển y tế cơ sở giai đoạn "
        "2026-2030, tầm nhìn 2035.",
        ["2026-2030", "2035"],
    ),
    (
        "Điều 1. Ban hành kèm theo Quyết\nđịnh này Kế hoạch tiêm chủng mở rộng năm 2026 của tỉnh.",
        ["2026"],
    ),
]

# Articles that issue nothing with a period, or not in the first article.
_NOT_ARTICLES = [
    "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 2. Ban hành Kế hoạch phòng chống lao giai đoạn 2026-2030.",
    "Căn cứ Quyết định số 1/QĐ-TTg phê duyệt Kế hoạch giai đoạn 2016-2020;",
    "Điều 1. Giao Sở Y tế chủ trì triển khai Kế hoạch trước năm 2027.",
]


@pytest.mark.parametrize(("text", "codes"), _ARTICLES)
def test_a_first_article_names_the_plans_own_period(text: str, codes: list[str]) -> None:
    assert article_title(text) is not None
    assert _codes(text) == codes


@pytest.mark.parametrize("text", _NOT_ARTICLES)
def test_other_articles_name_no_period(text: str) -> None:
    assert article_title(text) is None
    assert _codes(text) == []


def test_an_attached_heading_names_the_plans_own_period() -> None:
    text = (
        "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành./.\n"
        "| TM. ỦY BAN NHÂN DÂN |\n"
        "PHÒNG, CHỐNG BỆNH DẠI TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2026 - 2030\n"
        "(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 3/1/2026 của UBND tỉnh)\n"
        "I. MỤC TIÊU\n"
    )
    span = attached_heading(text)
    assert span is not None
    assert text[slice(*span)] == "PHÒNG, CHỐNG BỆNH DẠI TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2026 - 2030"
    assert _codes(text) == ["2026-2030"]


def test_an_attached_line_under_running_text_gives_no_heading() -> None:
    text = "Các đơn vị thực hiện theo biểu mẫu năm 2026\n(kèm theo Công văn số 5/SYT)\n"
    assert attached_heading(text) is None


def test_a_news_lead_names_the_document_it_reports() -> None:
    text = (
        "(VOV) - Theo Quyết định số 88/QĐ-TTg phê duyệt Chương trình phòng, chống bệnh "
        "không lây nhiễm giai đoạn 2026 - 2035 vừa được ban hành, …"
    )
    span = reported_title(text)
    assert span is not None
    assert text[slice(*span)].endswith("giai đoạn 2026 - 2035")


def test_a_document_cited_later_in_a_news_item_is_not_its_subject() -> None:
    text = (
        "(VOV) - Tỉnh tổ chức hội nghị. Theo Quyết định số 88/QĐ-TTg phê duyệt Chương "
        "trình giai đoạn 2016 - 2020 đã được thực hiện.\n"
    )
    assert reported_title(text) is None


def test_a_vision_without_nam() -> None:
    text = "Kế hoạch giai đoạn 2026-2030, tầm nhìn 2045"
    assert [p.code for p, _ in vision_years(text, 0, len(text))] == ["2045"]
    assert vision_years("tầm nhìn chiến lược", 0, 19) == []


def test_the_horizon_of_the_strategy_a_title_implements_is_not_the_plans() -> None:
    text = (
        "KẾ HOẠCH\nTHỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG LAO ĐẾN NĂM 2030 TRÊN ĐỊA BÀN "
        "TỈNH, GIAI ĐOẠN 2026-2030\n"
    )
    assert _codes(text) == ["2026-2030"]
    text = "KẾ HOẠCH\nTHỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG LAO ĐẾN NĂM 2030 CỦA TỈNH\n"
    assert _codes(text) == ["2030"]  # no period of its own: the one it carries out


# A phase of the plan named by its bare kind, inside the plan's own period.
_NEWS = (
    "(TTXVN) - Tại Quyết định số 5/QĐ-TTg phê duyệt Chương trình phòng, chống bệnh lao "
    "giai đoạn 2026 - 2035 đã được ký, …\n"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Chính phủ trình Quốc hội quyết định nguồn vốn Chương trình giai đoạn 2031 - 2035.",
            "2031-2035",
        ),
        ("Bộ Y tế xây dựng Kế hoạch giai đoạn 2031-2035 trình Thủ tướng.", "2031-2035"),
        ("Căn cứ kết quả sơ kết, điều chỉnh Chương trình giai đoạn 2031 - 2035.", "2031-2035"),
    ],
)
def test_a_phase_of_the_plan_is_due(sentence: str, code: str) -> None:
    assert code in _codes(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Qua 5 năm thực hiện Chương trình giai đoạn 2016 - 2020, tỉnh đạt nhiều kết quả.",
        "Căn cứ kết quả thực hiện của Chương trình giai đoạn 2026 - 2030, Chính phủ trình.",
        "Chương trình giai đoạn 2036 - 2040 sẽ được xây dựng sau.",  # beyond its own period
        "Căn cứ Quyết định số 9/QĐ-TTg phê duyệt Chương trình giai đoạn 2031 - 2035;",
    ],
)
def test_a_phase_reviewed_cited_or_outside_is_not(sentence: str) -> None:
    codes = _codes(_NEWS + sentence)
    assert codes == ["2026-2035"]


def test_an_attached_heading_of_results_is_not_the_plans() -> None:
    text = (
        "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2016 - 2020\n"
        "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2021)\n"
    )
    assert attached_heading(text) is None
    assert _codes(text) == []


@pytest.mark.parametrize("tag", ["(TTXVN) - ", "VOV.VN - ", "BPO - ", "(Ngày Nay) – "])
def test_a_news_lead_opens_with_an_agencys_tag(tag: str) -> None:
    text = (
        tag + "Theo Quyết định số 88/QĐ-TTg phê duyệt Đề án y tế học đường giai đoạn 2026 - 2030."
    )
    span = reported_title(text)
    assert span is not None
    assert text[slice(*span)] == "y tế học đường giai đoạn 2026 - 2030"
