"""Deadlines, references and assignments: rules of the genre found on the released half of
the blind set (session 4 tuning). Each phrase here is made up for the test."""

from __future__ import annotations

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.deadlines import find_periods, title_deadlines
from vnhealthplan.io.extract.header import title_heading
from vnhealthplan.io.extract.references import find_references


def test_a_cited_date_on_the_next_line_is_the_documents() -> None:
    text = "Căn cứ Thông tư số 07/TT-BYT\nngày 12/3/2019 của Bộ Y tế về việc …;"
    ref = find_references(text)[0]
    assert (ref.number, ref.issued.isoformat() if ref.issued else None) == (
        "07/TT-BYT",
        "2019-03-12",
    )
    assert draft_plan(text).deadlines == ()


def test_dates_in_a_grounds_clause_are_not_deadlines() -> None:
    text = "Căn cứ Luật Dược\nngày 6/4/2016;\nCác đơn vị báo cáo trước ngày 15/10/2026."
    assert [d.period.code for d in find_periods(text)] == ["2026-10-15"]


def test_the_title_names_the_plans_own_period() -> None:
    text = "KẾ HOẠCH\nCHĂM SÓC MẮT GIAI ĐOẠN 2026-2030\nTHEO HƯỚNG TOÀN DIỆN\n\nI. MỤC ĐÍCH"
    at = title_heading(text)
    assert at is not None
    assert text[slice(*at)].endswith("TOÀN DIỆN")
    assert [d.period.code for d in draft_plan(text).deadlines] == ["2026-2030"]


def test_a_title_without_its_kind_line_is_read_after_the_date() -> None:
    text = (
        "Số: 5/KH-UBND | Vinh, ngày 3 tháng 2 năm 2026 |\n"
        "PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2026 NHẰM LOẠI TRỪ BỆNH VÀO NĂM 2035\n"
    )
    assert [d.period.code for d in title_deadlines(text)] == ["2026", "2035"]


def test_the_plans_own_vision_in_its_title_is_a_deadline() -> None:
    # docs/labelling.rst: the plan's own period counts, its own horizon too (the blind set
    # labels Bắc Giang's "TẦM NHÌN ĐẾN NĂM 2030"); a cited document's vision does not.
    text = "KẾ HOẠCH\nY TẾ CƠ SỞ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2040\n"
    assert [d.period.code for d in title_deadlines(text)] == ["2026-2030", "2040"]


def test_each_period_is_a_deadline_once_at_its_first_place() -> None:
    text = (
        "Phấn đấu đến hết năm 2027, 80% trạm y tế có bác sĩ. "
        "Phấn đấu đến hết năm 2027, 60% xã đạt chuẩn dinh dưỡng."
    )
    deadlines = draft_plan(text).deadlines
    assert [(d.period.code, d.span[0]) for d in deadlines] == [("2027", 17)]


def _leads(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(a.lead, a.partners, a.source.quote) for a in draft_plan(text).plan.assignments]


def test_a_task_given_to_an_agencys_head_across_a_broken_line() -> None:
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống sốt rét.\n"
        "Điều 2. Giao Giám đốc Trung tâm Kiểm soát bệnh tật\nchủ trì, phối hợp với Sở Tài "
        "chính, UBND các huyện, thị xã triển khai Kế hoạch.\n"
    )
    ((lead, partners, quote),) = _leads(text)
    assert lead == "Trung tâm Kiểm soát bệnh tật"
    assert partners == ("Sở Tài chính", "UBND các huyện, thị xã")
    assert "\n" in quote  # quoted as the text breaks it


def test_an_agency_opening_a_paragraph_with_its_task_leads_it() -> None:
    text = (
        "Mục tiêu là giảm ngộ độc thực phẩm.\n"
        "Sở Công Thương - cơ quan đầu mối phối hợp với các sở, ngành liên quan kiểm tra "
        "chợ đầu mối.\n"
    )
    ((lead, partners, _),) = _leads(text)
    assert (lead, partners) == ("Sở Công Thương", ("các sở, ngành liên quan",))


def test_a_past_report_of_an_agency_is_not_a_task() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\nSở Y tế phối hợp với Sở Tài chính đã kiểm tra 120 cơ sở.\n"
    )
    assert _leads(text) == []
