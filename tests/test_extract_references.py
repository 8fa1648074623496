"""References in all the shapes Vietnamese plans cite documents (tuning wave 2, session 5)."""

from __future__ import annotations

import datetime

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.deadlines import title_deadlines
from vnhealthplan.io.extract.references import find_references, one_per_document


@pytest.mark.parametrize(
    ("text", "number", "issued"),
    [
        # a kind, "số" or the number broken over a line end
        (
            "Căn cứ Quyết\nđịnh số 12/QĐ-UBND ngày 3/4/2021 của UBND tỉnh;",
            "12/QĐ-UBND",
            (2021, 4, 3),
        ),
        ("Căn cứ Nghị\nquyết số 08/NQ-HĐND ngày 9/12/2022;", "08/NQ-HĐND", (2022, 12, 9)),
        ("Căn cứ Công\nvăn số 300/BYT-DP ngày 2/3/2020;", "300/BYT-DP", (2020, 3, 2)),
        (
            "Thực hiện Kế hoạch số\n45/KH-BYT ngày 5 tháng 6 năm 2022 của Bộ Y tế",
            "45/KH-BYT",
            (2022, 6, 5),
        ),
        ("Căn cứ Quyết định số 77/QĐ-\nSYT ngày 1/2/2021;", "77/QĐ-SYT", (2021, 2, 1)),
        # a date in words, broken over a line
        (
            "Thực hiện Chỉ thị số 11/CT-UBND ngày 27\ntháng 11 năm 2020;",
            "11/CT-UBND",
            (2020, 11, 27),
        ),
        # an ampersand inside a joint symbol
        (
            "Căn cứ Thông tư liên tịch số 08/2015/TTLT-BYT-BNV&ĐT ngày 1/6/2015;",
            "08/2015/TTLT-BYT-BNV&ĐT",
            (2015, 6, 1),
        ),
        # a stray space after the hyphen, and before the comma
        ("Căn cứ Nghị quyết số 20- NQ/TW , ngày 25/10/2017;", "20-NQ/TW", (2017, 10, 25)),
        # Party documents and their lower-case printing
        (
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII",
            "21-KL/TW",
            (2021, 10, 25),
        ),
        ("Thực hiện Kế hoạch số 112-kh/tu ngày 10/3/2019 của Tỉnh ủy", "112-kh/tu", (2019, 3, 10)),
        ("Căn cứ Thông báo số 15/TB-UBND ngày 4/1/2024;", "15/TB-UBND", (2024, 1, 4)),
        # a kind in lower case inside a sentence
        ("đã được phê duyệt tại quyết định số 5/QĐ-SYT ngày 2/2/2022.", "5/QĐ-SYT", (2022, 2, 2)),
        # a law WITH its number is a reference with that number
        ("Căn cứ Luật Dược số 105/2016/QH13 ngày 06/4/2016;", "105/2016/QH13", (2016, 4, 6)),
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015;",
            "80/2015/QH13",
            (2015, 6, 22),
        ),
    ],
)
def test_the_shapes_of_a_citation(text: str, number: str, issued: tuple[int, int, int]) -> None:
    (ref,) = find_references(text)
    assert (ref.number, ref.issued) == (number, datetime.date(*issued))
    assert ref.kind[0].isupper()
    assert ref.quote == text[ref.span[0] : ref.span[1]]


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Căn cứ Luật Khám bệnh,\nchữa bệnh ngày 09/01/2023;", (2023, 1, 9)),
        ("Căn cứ Luật Tổ chức chính quyền địa phương, ngày 19/6/2015;", (2015, 6, 19)),
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương ngày 22/11/2019;",
            (2019, 11, 22),
        ),
    ],
)
def test_a_law_cited_by_name_and_date_is_a_reference_without_number(
    text: str, issued: tuple[int, int, int]
) -> None:
    (ref,) = find_references(text)
    assert (ref.kind, ref.number, ref.issued) == ("Luật", None, datetime.date(*issued))


def test_a_law_name_does_not_swallow_the_next_citation() -> None:
    text = "Căn cứ Luật Dược, Nghị định số 54/2017/NĐ-CP ngày 8/5/2017 của Chính phủ;"
    assert [(r.kind, r.number) for r in find_references(text)] == [("Nghị định", "54/2017/NĐ-CP")]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện các văn bản hướng dẫn của Bộ Y tế về phòng chống dịch;",
        "Kế hoạch giai đoạn 2021 - 2025 của tỉnh;",
        "Văn bản số 12 - ban hành kèm theo;",
        "Luật Dân số chưa được ban hành.",
    ],
)
def test_no_number_no_date_no_reference(text: str) -> None:
    assert find_references(text) == []


def test_a_document_cited_twice_is_one_reference() -> None:
    text = (
        "Căn cứ Chỉ thị số 07-CT/TU ngày 2/3/2018 của Ban Thường vụ Tỉnh ủy;\n"
        "UBND tỉnh xây dựng Kế hoạch thực hiện Chỉ thị số 07-CT/TU như sau:"
    )
    assert len(find_references(text)) == 2  # every citation, for the deadlines to skip
    (ref,) = one_per_document(find_references(text))
    assert (ref.number, ref.issued) == ("07-CT/TU", datetime.date(2018, 3, 2))
    (ref,) = draft_plan(text).references
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"


# ---- the plan's own period in a title broken over lines -------------------------------------


@pytest.mark.parametrize(
    ("title", "codes"),
    [
        ("KẾ HOẠCH\nPHÒNG CHỐNG SỐT RÉT GIAI ĐOẠN\n2021-2025 CỦA TỈNH\n", ["2021-2025"]),
        ("KẾ HOẠCH\nCHĂM SÓC SỨC KHỎE NGƯỜI CAO TUỔI ĐẾN NĂM\n2030 TRÊN ĐỊA BÀN TỈNH\n", ["2030"]),
        ("QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH PHÒNG CHỐNG LAO NĂM\n2024 CỦA TỈNH\n", ["2024"]),
        # the horizon of the implemented strategy is not the plan's own
        (
            "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH GIAI ĐOẠN\n2021-2025 CỦA TỈNH THỰC HIỆN "
            "CHƯƠNG TRÌNH Y TẾ HỌC ĐƯỜNG ĐẾN NĂM 2030\n",
            ["2021-2025"],
        ),
    ],
)
def test_a_title_broken_between_its_period_word_and_years(title: str, codes: list[str]) -> None:
    text = "Số: 5/KH-UBND\nHà Giang, ngày 2 tháng 3 năm 2021\n" + title + "Căn cứ …\n"
    assert [d.period.code for d in title_deadlines(text)] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Triển khai Nghị quyết số 8/NQ-HĐND ngày 2/3/2022 của HĐND tỉnh, Sở Y tế xây dựng Kế "
            "hoạch nâng cao chất lượng y tế cơ sở giai đoạn 2022 - 2025 như sau:",
            ["2022-2025"],
        ),
        (
            "Thực hiện Quyết định số\n12/QĐ-TTg ngày 3/4/2021 của Thủ tướng Chính phủ, Ủy ban nhân "
            "dân tỉnh ban\nhành Kế hoạch chăm sóc người cao tuổi đến năm 2030 trên địa bàn "
            "tỉnh như sau:",
            ["2030"],
        ),
        (
            "Để phòng chống dịch hiệu quả, UBND tỉnh ban hành Kế hoạch phòng chống sốt xuất huyết "
            "năm 2024, cụ thể như sau:",
            ["2024"],
        ),
        # a cited document that "ban hành Kế hoạch" is not the plan
        (
            "Căn cứ Quyết định số 4/QĐ-BYT ngày 3/8/2016 của Bộ Y tế ban hành Kế hoạch giai đoạn "
            "2017 - 2020;\n",
            [],
        ),
    ],
)
def test_the_sentence_that_issues_the_plan_after_what_it_carries_out(
    text: str, codes: list[str]
) -> None:
    assert [d.period.code for d in title_deadlines(text)] == codes
