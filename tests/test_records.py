"""Facilities, assignments, documents and sources, with the plans' own records."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from vnhealthplan import (
    Assignment,
    AutonomyGroup,
    Document,
    Facility,
    FacilityKind,
    Ownership,
    Period,
    Rank,
    Source,
    Tier,
    ValidationError,
    provinces,
)


def raises_validation(owner, field):
    return pytest.raises(ValidationError, match=rf"^{owner}\.{field}: got ")


# ---- facilities ------------------------------------------------------------------------


class TestFacility:
    def test_from_vietnamese_labels(self):
        facility = Facility(
            "Bệnh viện Đa khoa khu vực tỉnh",
            "bệnh viện đa khoa khu vực",
            tier="Tuyến tỉnh",
            rank="hạng một",
            ownership="công lập",
            beds=500,
            autonomy_group=1,
        )
        assert facility.kind is FacilityKind.REGIONAL_GENERAL_HOSPITAL
        assert facility.tier is Tier.PROVINCE
        assert facility.rank is Rank.I
        assert facility.ownership is Ownership.PUBLIC
        assert facility.autonomy_group is AutonomyGroup.RECURRENT_AND_INVESTMENT
        assert str(facility) == "Bệnh viện Đa khoa khu vực tỉnh"

    def test_quang_ngai_polyclinic(self):
        polyclinic = Facility(
            "Phòng khám Đa khoa khu vực Tịnh Bắc",
            "PKĐKKV",
            province=provinces.get("Quảng Ngãi"),
            tier="Tuyến huyện, thành phố, TX",
            ownership="ngoài công lập",
        )
        assert polyclinic.kind is FacilityKind.REGIONAL_POLYCLINIC
        assert polyclinic.tier is Tier.DISTRICT
        assert polyclinic.ownership is Ownership.PRIVATE
        assert (polyclinic.rank, polyclinic.beds, polyclinic.autonomy_group) == (None, None, None)

    @pytest.mark.parametrize("beds", [0, 2430, 2700])
    def test_beds(self, beds):
        assert Facility("Bệnh viện", "general_hospital", beds=beds).beds == beds

    @pytest.mark.parametrize("beds", [-5, -1, 1.5, 100.0, True, "2430"])
    def test_bad_beds(self, beds):
        with pytest.raises(ValidationError) as info:
            Facility("Bệnh viện", "general_hospital", beds=beds)
        assert (info.value.field, info.value.value) == ("beds", beds)
        assert "a whole number of beds ≥ 0" in str(info.value)

    @pytest.mark.parametrize("group", [1, 2, 3, 4, AutonomyGroup.PART_RECURRENT])
    def test_autonomy_group(self, group):
        facility = Facility("Bệnh viện", "general_hospital", autonomy_group=group)
        assert facility.autonomy_group is AutonomyGroup(group)

    @pytest.mark.parametrize(
        ("spelling", "group"), [("1", 1), ("nhóm một", 1), ("nhóm 3", 3), ("Nhóm hai", 2)]
    )
    def test_autonomy_group_from_the_plans_words(self, spelling, group):
        # An Giang: "là đơn vị tự chủ tài chính nhóm một".
        facility = Facility("Bệnh viện", "general_hospital", autonomy_group=spelling)
        assert facility.autonomy_group == AutonomyGroup(group)

    @pytest.mark.parametrize("group", [0, 5, 1.0, True, "nhóm năm", "5"])
    def test_bad_autonomy_group(self, group):
        with raises_validation("Facility", "autonomy_group"):
            Facility("Bệnh viện", "general_hospital", autonomy_group=group)

    @pytest.mark.parametrize(
        ("field", "value"),
        [("tier", "region"), ("rank", "Hàng I"), ("ownership", "state"), ("province", "An Giang")],
    )
    def test_bad_vocabulary(self, field, value):
        with raises_validation("Facility", field):
            Facility("Bệnh viện", "general_hospital", **{field: value})

    def test_bad_kind_and_name(self):
        with raises_validation("Facility", "kind"):
            Facility("Bệnh viện Mắt", "hospital")
        with raises_validation("Facility", "name"):
            Facility(" ", "general_hospital")


# ---- assignments ---------------------------------------------------------------------------


class TestAssignment:
    @pytest.fixture
    def geriatric(self):
        # Row 2 of Thanh Hóa's appendix, due "Quý II/2024".
        return Assignment(
            "Đề án xây dựng Bệnh viện Lão khoa",
            lead="Phòng KH-TC",
            partners=["Các sở, ban, ngành, đơn vị, địa phương có liên quan"],
            submitted_to="Ban Thường vụ Tỉnh ủy",
            due=Period.quarter(2024, 2),
            product="Kết luận",
        )

    @pytest.mark.parametrize(
        ("on", "overdue"),
        [(date(2024, 6, 30), False), (date(2024, 7, 1), True), (date(2023, 1, 1), False)],
    )
    def test_overdue_without_completion(self, geriatric, on, overdue):
        assert geriatric.is_overdue(on) is overdue

    @pytest.mark.parametrize(
        ("on", "overdue"),
        [(date(2024, 7, 15), True), (date(2024, 8, 1), False), (date(2025, 1, 1), False)],
    )
    def test_overdue_with_completion(self, geriatric, on, overdue):
        done = attrs.evolve(geriatric, completed=date(2024, 8, 1))
        assert done.is_overdue(on) is overdue

    def test_thanh_hoa_row_1_completed_on_time(self):
        # Due "Quý IV/2022"; Resolution 02/2022/NQ-HĐND of 11/12/2022.
        row = Assignment(
            "Chính sách thu hút nguồn nhân lực y tế chất lượng cao làm việc tại tỉnh",
            lead="Phòng TCVH",
            due=Period.quarter(2022, 4),
            completed=date(2022, 12, 11),
        )
        assert row.is_overdue(date(2023, 10, 14)) is False

    def test_no_due_date_is_never_overdue(self):
        # Quảng Ngãi assigns duties without dates.
        duty = Assignment("Phân bổ ngân sách hằng năm", lead="Sở Tài chính", partners="Sở Y tế")
        assert duty.due is None
        assert duty.partners == ("Sở Y tế",)
        assert duty.is_overdue(date(2100, 12, 31)) is False

    def test_agencies(self, geriatric):
        assert geriatric.agencies == (
            "Phòng KH-TC",
            "Các sở, ban, ngành, đơn vị, địa phương có liên quan",
        )

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("lead", ""),
            ("partners", [1]),
            ("due", 2024),
            ("completed", "2024-01-01"),
            ("completed", date(1900, 1, 1)),
            ("product", "  "),
            ("submitted_to", "a\x00b"),
        ],
    )
    def test_bad_fields(self, field, value):
        fields = {"lead": "Phòng KH-TC", field: value}
        with raises_validation("Assignment", field):
            Assignment("Đề án", **fields)


# ---- documents and sources ---------------------------------------------------------------


class TestDocumentAndSource:
    def test_draft_document_cites(self, dak_lak_document):
        assert dak_lak_document.cite() == "Sở Y tế Đắk Lắk, (no number) (undated)"
        assert dak_lak_document.implements == ("01/NQ-CP",)

    def test_numbered_document_cites(self, thanh_hoa_document):
        assert thanh_hoa_document.cite() == "Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14)"

    def test_source(self, thanh_hoa_document):
        source = Source(
            thanh_hoa_document,
            "II.2.5",
            "đạt tiêu chí bệnh viện Hàng I",
            reading="đạt tiêu chí bệnh viện Hạng I",
        )
        assert source.text == "đạt tiêu chí bệnh viện Hạng I"
        assert source.cite() == "Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14), II.2.5"
        assert Source(thanh_hoa_document, "II", "Hàng I").text == "Hàng I"

    def test_tabs_and_newlines_are_kept(self, dak_lak_document):
        quote = "Mức giảm tỷ suất sinh\t‰\t0,2\n"
        assert Source(dak_lak_document, "I, dòng 12", quote).quote == quote

    @pytest.mark.parametrize("quote", ["", "   ", "\n\t", None, 12])
    def test_blank_quote_refused(self, dak_lak_document, quote):
        with raises_validation("Source", "quote"):
            Source(dak_lak_document, "I", quote)

    @pytest.mark.parametrize("quote", ["5.130\x00", "a\x07b", "\x1b[1m29", "a\x7fb"])
    def test_control_characters_refused(self, dak_lak_document, quote):
        with pytest.raises(ValidationError, match=r"text without control characters"):
            Source(dak_lak_document, "I", quote)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("title", " "),
            ("issuer", ""),
            ("number", ""),
            ("issued", date(1900, 1, 1)),
            ("issued", "2023-10-14"),
            ("place", "\x00"),
            ("implements", ["20-NQ/TW", 20]),
        ],
    )
    def test_bad_document(self, field, value):
        fields = {"title": "Kế hoạch", "issuer": "Tỉnh ủy An Giang", field: value}
        with raises_validation("Document", field):
            Document(**fields)

    @pytest.mark.parametrize(("field", "value"), [("section", ""), ("reading", " ")])
    def test_bad_source(self, dak_lak_document, field, value):
        fields = {"section": "I", "quote": "29", field: value}
        with raises_validation("Source", field):
            Source(dak_lak_document, **fields)
