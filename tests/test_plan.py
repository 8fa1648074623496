"""Plans: key and items validation, targets_for, and the tidy frames."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import (
    Assignment,
    Baseline,
    Facility,
    Period,
    Plan,
    Scope,
    Source,
    Target,
    UnknownIndicatorError,
    ValidationError,
    indicators,
    provinces,
)
from vnhealthplan.frames import assignments_frame, facilities_frame, targets_frame

TARGET_COLUMNS = [
    "plan", "province", "indicator", "indicator_name", "year", "period_start", "period_end",
    "kind", "comparator", "value", "upper", "unit", "scope", "baseline_value", "baseline_year",
    "start_year", "notes", "section", "quote", "reading",
]  # fmt: skip
FACILITY_COLUMNS = [
    "plan", "province", "name", "kind", "tier", "rank", "ownership", "beds", "autonomy_group",
    "notes", "section", "quote", "reading",
]  # fmt: skip
ASSIGNMENT_COLUMNS = [
    "plan", "task", "lead", "partners", "submitted_to", "due_start", "due_end", "product",
    "completed", "notes", "section", "quote", "reading",
]  # fmt: skip


@pytest.fixture
def dak_lak_plan(dak_lak_document, dak_lak_source, dak_lak, Q):
    """The Đắk Lắk 2024 table, rows 2, 7 (tiers), 8, 9 and 12, built by hand."""
    y2024 = Period.year(2024)
    total_beds = indicators.get("total_beds")
    return Plan(
        "dak-lak-2024",
        dak_lak_document,
        province=dak_lak,
        targets=[
            Target(indicators.get("beds_per_10k"), 29, y2024, "=", source=dak_lak_source),
            Target(indicators.get("imr"), 22, y2024, "<"),
            Target(total_beds, 2430, y2024, "=", scope=Scope(tier="Tuyến tỉnh")),
            Target(total_beds, 2700, y2024, "=", scope=Scope(tier="Tuyến huyện, thành phố, TX")),
            Target(indicators.get("doctors_per_10k"), 7.7, y2024, "="),
            Target(indicators.get("crude_birth_rate"), -0.2, y2024, "=", "change"),
            Target(
                indicators.get("beds_per_10k"),
                30,
                Period.year(2025),
                "=",
                baseline=Baseline(Q(29, "bed / ten_thousand_people"), y2024),
            ),
        ],
    )


class TestPlanValidation:
    @pytest.mark.parametrize("key", ["dak-lak-2024", "thanh-hoa-2023", "a", "000"])
    def test_good_keys(self, dak_lak_document, key):
        assert Plan(key, dak_lak_document).key == key

    @pytest.mark.parametrize(
        "key", ["Dak-Lak", "dak_lak", "dak--lak", "-dak", "dak-", "", "đắk-lắk", "dak lak", 2024]
    )
    def test_bad_keys(self, dak_lak_document, key):
        with pytest.raises(ValidationError, match=r"^Plan\.key: got ") as info:
            Plan(key, dak_lak_document)
        assert info.value.value == key

    def test_document_and_province_checked(self, dak_lak_document):
        with pytest.raises(ValidationError, match=r"^Plan\.document"):
            Plan("dak-lak-2024", "Kế hoạch")
        with pytest.raises(ValidationError, match=r"^Plan\.province"):
            Plan("dak-lak-2024", dak_lak_document, province="Đắk Lắk")

    @pytest.mark.parametrize(
        ("field", "kind"),
        [("targets", "Target"), ("facilities", "Facility"), ("assignments", "Assignment")],
    )
    def test_items_type_checked_naming_the_position(self, dak_lak_plan, field, kind):
        good = {
            "targets": dak_lak_plan.targets[0],
            "facilities": Facility("Bệnh viện", "general_hospital"),
            "assignments": Assignment("Đề án", lead="Sở Y tế"),
        }[field]
        with pytest.raises(ValidationError) as info:
            Plan("x", dak_lak_plan.document, **{field: [good, good, "oops"]})
        assert (info.value.owner, info.value.field, info.value.value) == ("Plan", field, "oops")
        article = "an" if kind[0] in "AEIOU" else "a"
        assert f"expected {article} {kind} at position 2" in str(info.value)

    def test_items_become_tuples(self, dak_lak_plan):
        plan = Plan("x", dak_lak_plan.document, targets=iter(dak_lak_plan.targets))
        assert plan.targets == dak_lak_plan.targets
        assert isinstance(plan.targets, tuple)
        assert Plan("x", dak_lak_plan.document).targets == ()


class TestTargetsFor:
    def test_by_code(self, dak_lak_plan):
        found = dak_lak_plan.targets_for("beds_per_10k")
        assert [t.value.magnitude for t in found] == [29, 30]

    def test_by_indicator_and_year(self, dak_lak_plan):
        found = dak_lak_plan.targets_for(indicators.get("beds_per_10k"), 2025)
        assert [(t.year, t.value.magnitude) for t in found] == [(2025, 30)]
        assert dak_lak_plan.targets_for("total_beds", 2024) == dak_lak_plan.targets[2:4]

    def test_none_found(self, dak_lak_plan):
        assert dak_lak_plan.targets_for("imr", 2030) == ()
        assert dak_lak_plan.targets_for("mmr") == ()

    def test_indicator_outside_the_catalogue(self, dak_lak_plan, private_hospitals):
        assert dak_lak_plan.targets_for(private_hospitals) == ()

    def test_unknown_code(self, dak_lak_plan):
        with pytest.raises(UnknownIndicatorError, match="beds_per_10k"):
            dak_lak_plan.targets_for("beds_per_10")

    def test_indicators_in_order_of_first_use(self, dak_lak_plan):
        assert [i.code for i in dak_lak_plan.indicators] == [
            "beds_per_10k",
            "imr",
            "total_beds",
            "doctors_per_10k",
            "crude_birth_rate",
        ]


class TestTargetsFrame:
    def test_columns_and_rows(self, dak_lak_plan):
        frame = targets_frame(dak_lak_plan)
        assert list(frame.columns) == TARGET_COLUMNS
        assert len(frame) == len(dak_lak_plan.targets)
        assert set(frame["plan"]) == {"dak-lak-2024"}
        assert set(frame["province"]) == {"Đắk Lắk"}
        assert frame["year"].dtype == "Int64"
        assert frame["baseline_year"].dtype == "Int64"

    def test_first_row(self, dak_lak_plan, dak_lak_source):
        row = targets_frame(dak_lak_plan).iloc[0]
        assert row["indicator"] == "beds_per_10k"
        assert row["indicator_name"] == "Hospital beds per 10,000 population"
        assert (row["year"], row["period_start"], row["period_end"]) == (
            2024,
            pd.Timestamp(2024, 1, 1),
            pd.Timestamp(2024, 12, 31),
        )
        assert (row["kind"], row["comparator"], row["value"]) == ("level", "=", 29.0)
        assert row["unit"] == "bed / ten_thousand_people"
        assert pd.isna(row["upper"])
        assert (row["section"], row["quote"]) == (dak_lak_source.section, dak_lak_source.quote)

    def test_values(self, dak_lak_plan):
        frame = targets_frame(dak_lak_plan)
        assert frame["value"].tolist() == [29.0, 22.0, 2430.0, 2700.0, 7.7, -0.2, 30.0]
        assert frame["comparator"].tolist() == ["=", "<", "=", "=", "=", "=", "="]
        assert frame["kind"].tolist()[5] == "change"
        assert frame["unit"].tolist()[1] == "death / thousand_live_births"
        assert frame["scope"].tolist()[2:4] == ["provincial", "district"]

    def test_baseline_columns(self, dak_lak_plan):
        row = targets_frame(dak_lak_plan).iloc[-1]
        assert (row["baseline_value"], row["baseline_year"]) == (29.0, 2024)
        assert pd.isna(targets_frame(dak_lak_plan).iloc[0]["baseline_year"])

    def test_vietnamese_names(self, dak_lak_plan):
        names = targets_frame(dak_lak_plan, "vi")["indicator_name"].tolist()
        assert names[1] == "Tỷ suất tử vong trẻ em dưới 1 tuổi"

    def test_range_upper(self, dak_lak_document, private_hospitals):
        target = Target(private_hospitals, 1, Period.years(2021, 2025), "range", upper=2)
        row = targets_frame(Plan("an-giang-2018", dak_lak_document, targets=[target])).iloc[0]
        assert (row["comparator"], row["value"], row["upper"], row["year"]) == (
            "range",
            1.0,
            2.0,
            2025,
        )
        assert pd.isna(row["province"])

    def test_scope_province_wins(self, dak_lak_plan, thanh_hoa):
        target = Target(indicators.get("imr"), 22, Period.year(2024), "<", scope=Scope(thanh_hoa))
        plan = Plan("x", dak_lak_plan.document, province=dak_lak_plan.province, targets=[target])
        assert targets_frame(plan)["province"].tolist() == ["Thanh Hóa"]


class TestOtherFrames:
    def test_facilities_frame(self, dak_lak_document):
        source = Source(dak_lak_document, "III", "Bệnh viện Đa khoa khu vực tỉnh", reading="BV")
        plan = Plan(
            "an-giang-2018",
            dak_lak_document,
            province=provinces.get("An Giang"),
            facilities=[
                Facility(
                    "Bệnh viện Đa khoa Trung tâm An Giang",
                    "general_hospital",
                    tier="tuyến tỉnh",
                    rank="hạng I",
                    ownership="công lập",
                    beds=2430,
                    autonomy_group=1,
                ),
                Facility("Bệnh viện tư nhân", "general_hospital", source=source),
            ],
        )
        frame = facilities_frame(plan)
        assert list(frame.columns) == FACILITY_COLUMNS
        first = frame.iloc[0]
        assert (first["province"], first["kind"], first["tier"], first["rank"]) == (
            "An Giang",
            "general hospital",
            "provincial",
            "rank I",
        )
        assert (first["ownership"], first["beds"], first["autonomy_group"]) == ("public", 2430, 1)
        assert frame["beds"].dtype == "Int64"
        assert frame["autonomy_group"].dtype == "Int64"
        assert pd.isna(frame.iloc[1]["beds"])
        assert frame.iloc[1]["reading"] == "BV"
        vi = facilities_frame(plan, "vi").iloc[0]
        assert (vi["kind"], vi["tier"], vi["rank"]) == ("bệnh viện đa khoa", "tuyến tỉnh", "hạng I")

    def test_assignments_frame(self, thanh_hoa_document):
        plan = Plan(
            "thanh-hoa-2023",
            thanh_hoa_document,
            assignments=[
                Assignment(
                    "Đề án xây dựng Bệnh viện Lão khoa",
                    lead="Phòng KH-TC",
                    partners=["Các sở, ban, ngành", "địa phương có liên quan"],
                    submitted_to="Ban Thường vụ Tỉnh ủy",
                    due=Period.quarter(2024, 2),
                    product="Kết luận",
                ),
                Assignment("Phân bổ ngân sách", lead="Sở Tài chính"),
            ],
        )
        frame = assignments_frame(plan)
        assert list(frame.columns) == ASSIGNMENT_COLUMNS
        first = frame.iloc[0]
        assert first["partners"] == "Các sở, ban, ngành; địa phương có liên quan"
        assert (first["due_start"], first["due_end"]) == (
            pd.Timestamp(2024, 4, 1),
            pd.Timestamp(2024, 6, 30),
        )
        assert (first["submitted_to"], first["product"]) == ("Ban Thường vụ Tỉnh ủy", "Kết luận")
        assert frame.iloc[1]["partners"] is pd.NA  # no partners: missing, not ""
        assert pd.isna(frame.iloc[1]["due_end"])


@pytest.mark.parametrize(
    ("to_frame", "columns"),
    [
        (targets_frame, TARGET_COLUMNS),
        (facilities_frame, FACILITY_COLUMNS),
        (assignments_frame, ASSIGNMENT_COLUMNS),
    ],
)
def test_frames_of_an_empty_plan_keep_their_columns(dak_lak_document, to_frame, columns):
    frame = to_frame(Plan("empty", dak_lak_document))
    assert isinstance(frame, pd.DataFrame)
    assert frame.empty
    assert list(frame.columns) == columns
