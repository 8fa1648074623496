"""Agencies and provinces by any of their names; unknown names list the closest known ones."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import plans, provinces
from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.names import ascii_name
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.names import (
    Agency,
    UnknownNameError,
    agencies,
    format_agency,
    lookup_agency,
    lookup_province,
    name_key,
    split_agency,
)

# ---- agencies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("ubnd tinh", "Ủy ban nhân dân tỉnh"),
        ("Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("HDND TINH", "Hội đồng nhân dân tỉnh"),
        ("Sở Y tế", "Sở Y tế"),
        ("SYT", "Sở Y tế"),
        ("So Y te", "Sở Y tế"),
        ("SỞ Y TẾ", "Sở Y tế"),
        ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KH & ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KH-ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KHĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư"),
        ("Sở Kế hoạch & Đầu tư", "Sở Kế hoạch và Đầu tư"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở Xây dựng", "Sở Xây dựng"),
        ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("Bộ Y tế", "Bộ Y tế"),
        ("BYT", "Bộ Y tế"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy"),
        ("Ban Thương vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),  # the OCR's tone slip folds away
        ("Tỉnh ủy", "Tỉnh ủy"),
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"),
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
        ("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch - Tài chính"),
        ("Phòng KH-TC", "Phòng Kế hoạch - Tài chính"),
        ("Phòng Kế hoạch - Tài chính, Sở Y tế", "Phòng Kế hoạch - Tài chính"),
        ("UBND TP. Thanh Hóa", "Ủy ban nhân dân thành phố Thanh Hóa"),
        ("UBND TP Thanh Hoá", "Ủy ban nhân dân thành phố Thanh Hóa"),
        ("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
        # English names read back too
        ("Department of Health", "Sở Y tế"),
        ("provincial people's committee", "Ủy ban nhân dân tỉnh"),
        ("Provincial People’s Committee", "Ủy ban nhân dân tỉnh"),
    ],
)
def test_lookup_agency(name, canonical):
    assert lookup_agency(name).name == canonical


# Names the bundled plans give as leads, partners or submitted_to that are not one agency.
UNRESOLVED = {
    # generic groups: "the relevant departments, branches, units, localities ..."
    "Các cấp uỷ đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể và các tổ chức chính trị - xã hội": (
        "every Party committee, government, Fatherland Front and mass organisation: a group"
    ),
    "Các cơ quan liên quan": "generic group (relevant agencies)",
    "Các ban đảng và cơ quan có liên quan": "generic group (Party boards and relevant agencies)",
    "Các đơn vị nhận Kế hoạch": "the plan's addressees, not named",
    "các sở, ngành liên quan": "generic group (relevant departments)",
    "các sở, ngành có liên quan": "generic group (relevant departments)",
    "các sở, ngành": "generic group (departments)",
    "Các Sở, ngành": "generic group (departments)",
    "các tổ chức chính trị - xã hội": "generic group (socio-political organisations)",
    "các cơ quan, địa phương liên quan": "generic group (relevant agencies and localities)",
    "các cơ quan có liên quan": "generic group (relevant agencies)",
    "các cơ quan, đơn vị, địa phương liên quan": "generic group",
    "các cơ quan, đơn vị liên quan": "generic group",
    "các địa phương": "generic group (localities)",
    "các ngành có liên quan": "generic group (relevant branches)",
    "Các sở, ban, ngành, đơn vị có liên quan": "generic group",
    "Các sở, ban, ngành, đơn vị, địa phương có liên quan": "generic group",
    "Các sở, ban, ngành có liên quan": "generic group",
    "Các sở, ban, ngành, đơn vị liên quan": "generic group",
    "cấp có thẩm quyền": "'the competent level': the plan does not say which body",
    "phòng ban Sở Y tế": "the departments of the Sở Y tế, as a group",
    "Thủ trưởng các đơn vị trực thuộc Sở, Trưởng các phòng chức năng của Sở": (
        "heads of units and of divisions: people, not an agency"
    ),
    "Hội đồng nhân dân": (
        "no level (province, district or commune): the context of the unattributed plan "
        "suggests the provincial council, but the lookup does not guess"
    ),
    "Phòng TCVH": "abbreviation of a Thanh Hóa DoH division the plan never spells out",
    "Phòng HN-YD-TN": "abbreviation of a Thanh Hóa DoH division the plan never spells out",
}


def _plan_agencies():
    names = {}
    for plan in plans.load_all():
        for a in plan.assignments:
            for name in (*a.agencies, a.submitted_to):
                if name is not None:
                    names.setdefault(name, plan.key)
    return names


PLAN_AGENCIES = _plan_agencies()


@pytest.mark.parametrize(("name", "key"), sorted(PLAN_AGENCIES.items()))
def test_every_agency_of_the_bundled_plans_resolves_or_is_known_not_to(name, key):
    if name in UNRESOLVED:
        with pytest.raises(UnknownNameError):
            lookup_agency(name)
    else:
        assert isinstance(lookup_agency(name), Agency)


def test_unresolved_list_names_only_what_the_plans_write():
    assert set(UNRESOLVED) <= set(PLAN_AGENCIES)
    resolved = set(PLAN_AGENCIES) - set(UNRESOLVED)
    assert len(resolved) == 22


@pytest.mark.parametrize(
    ("issuer", "agency", "province"),
    [
        ("Sở Y tế Thanh Hóa", "Sở Y tế", "Thanh Hóa"),
        ("Sở Y tế Đắk Lắk", "Sở Y tế", "Đắk Lắk"),
        ("UBND tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh", "Quảng Ngãi"),
        ("Sở Y tế tỉnh Đăk Lăk", "Sở Y tế", "Đắk Lắk"),
        ("Tỉnh uỷ An Giang", "Tỉnh ủy", "An Giang"),
        ("Sở Y tế", "Sở Y tế", None),
        ("UBND TP. Thanh Hóa", "Ủy ban nhân dân thành phố Thanh Hóa", None),
    ],
)
def test_split_agency(issuer, agency, province):
    found, where = split_agency(issuer)
    assert found.name == agency
    assert (where.name if where else None) == province


def test_split_agency_reports_the_whole_name():
    with pytest.raises(UnknownNameError) as info:
        split_agency("Sở Giáo dục Thanh Hóa")
    assert info.value.name == "Sở Giáo dục Thanh Hóa"


@pytest.mark.parametrize("agency", agencies(), ids=str)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_format_agency_round_trip(agency, lang):
    assert lookup_agency(format_agency(agency, lang)) is agency


@pytest.mark.parametrize("agency", agencies(), ids=str)
def test_every_name_of_an_agency_finds_it(agency):
    for name in agency.names:
        assert lookup_agency(name) is agency
        assert lookup_agency(name.upper()) is agency
        assert lookup_agency(ascii_name(name)) is agency
        assert lookup_agency(unicodedata.normalize("NFD", name)) is agency
        assert agency.matches(name)


@given(st.sampled_from([n for a in agencies() for n in a.names]), st.data())
def test_lookup_ignores_case_per_letter_and_extra_spaces(name, data):
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    mixed = "".join(c.swapcase() if f else c for c, f in zip(name, flips, strict=True))
    assert lookup_agency(f"  {mixed.replace(' ', '   ')} ") is lookup_agency(name)


def test_registry_is_consistent():
    names = [a.name for a in agencies()]
    assert len(names) == len(set(names))
    assert len({a.name_en for a in agencies()}) == len(names)
    for agency in agencies():
        assert agency.part_of is None or agency.part_of in names
    keys = [name_key(n) for a in agencies() for n in dict.fromkeys(map(name_key, a.names))]
    assert len(keys) == len(set(keys))  # no key names two agencies


def test_format_agency_refuses_other_languages_and_types():
    with pytest.raises(ValueError, match="lang: got 'fr'; expected 'vi' or 'en'"):
        format_agency(lookup_agency("SYT"), "fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="agency: got 'Sở Y tế'; expected an Agency"):
        format_agency("Sở Y tế")  # type: ignore[arg-type]


# ---- provinces ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Đắk Lắk", "Đắk Lắk"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk"),
        ("Dak-Lak", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk"),  # a listed alias: spaces are not folded away
        ("DakLak", "Đắk Lắk"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("tỉnh Đắk Lắk", "Đắk Lắk"),
        ("Thanh Hóa", "Thanh Hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("THANH HOA", "Thanh Hóa"),
        ("Quảng Ngãi", "Quảng Ngãi"),
        ("tinh quang ngai", "Quảng Ngãi"),
        ("An Giang", "An Giang"),
    ],
)
def test_lookup_province(name, canonical):
    assert lookup_province(name).name == canonical


# The units of one day: a name borne by two units (An Giang before and after 1 July 2025)
# gives the earlier one, so the units of 30 June 2025 each answer to their own names.
@pytest.mark.parametrize("province", provinces.all(on=date(2025, 6, 30)), ids=str)
def test_lookup_province_finds_every_name(province):
    for name in province.names:
        assert lookup_province(name) is province
        assert lookup_province(unicodedata.normalize("NFD", name)) is province


# ---- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "close"),
    [
        ("Hội đồng nhân dân", ("Hội đồng nhân dân tỉnh",)),
        ("UBND", ("Ủy ban nhân dân tỉnh",)),
        ("Bảo hiểm xã hội", ("Bảo hiểm xã hội tỉnh",)),
        ("Sở Y tế dự phòng", ("Sở Y tế",)),
        ("Ban Tuyên giáo", ("Ban Tuyên giáo Tỉnh ủy",)),
        ("Phòng TCVH", ("Phòng Kế hoạch - Tài chính",)),
        ("Sở Giáo dục và Đào tạo", ()),  # exists, but no bundled plan names it
        ("các sở, ngành liên quan", ()),
        ("cấp có thẩm quyền", ()),
        ("Thanh Hóa", ()),  # a province, not an agency
        ("1,2,3", ()),
        ("29 giường bệnh/vạn dân", ()),
    ],
)
def test_unknown_agencies(name, close):
    with pytest.raises(UnknownNameError) as info:
        lookup_agency(name)
    err = info.value
    assert (err.name, err.kind, err.text, err.what) == (name, "agency", name, "an agency name")
    assert (err.start, err.end) == (0, len(name))
    assert err.close[: len(close)] == close
    assert repr(name) in str(err)
    assert "expected the name or abbreviation of a known agency" in str(err)
    assert all(repr(c) in str(err) for c in close)
    assert isinstance(err, ParseError)
    assert isinstance(err, ValueError)
    assert isinstance(err, LookupError)
    assert isinstance(err, VNHealthPlanError)


@pytest.mark.parametrize(
    ("name", "close"),
    [
        ("Quang Ngai City", ("Quảng Ngãi",)),
        ("Hà Bắc", ("Hà Tây", "Hà Nam")),  # split in 1997: a former unit, not in the registry
        ("Kiên Giang Mới", ("Kiên Giang",)),
        ("Thanh Hoa Province", ()),
        ("Phnom Penh", ()),
        ("Sở Y tế", ()),
    ],
)
def test_unknown_provinces(name, close):
    with pytest.raises(UnknownNameError) as info:
        lookup_province(name)
    err = info.value
    assert (err.name, err.kind, err.what) == (name, "province", "a province name")
    assert err.close[: len(close)] == close
    assert repr(name) in str(err)
    assert "expected the name or abbreviation of a known province" in str(err)
    assert isinstance(err, ValueError)
    assert isinstance(err, LookupError)


@pytest.mark.parametrize("lookup", [lookup_agency, lookup_province, split_agency])
@pytest.mark.parametrize(
    ("name", "span", "expected"),
    [
        ("", (0, 0), "a non-empty name"),
        ("   ", (0, 3), "a non-empty name"),
        ("Sở Y tế\x00", (7, 8), "text without control or format characters (found U+0000)"),
        ("\u202eSở Y tế", (0, 1), "text without control or format characters (found U+202E)"),
        ("Thanh\u200bHóa", (5, 6), "text without control or format characters (found U+200B)"),
        ("Sở\x1bY tế", (2, 3), "text without control or format characters (found U+001B)"),
        ("\ufeffSở Y tế", (0, 1), "text without control or format characters (found U+FEFF)"),
    ],
)
def test_bad_names(lookup, name, span, expected):
    with pytest.raises(ParseError) as info:
        lookup(name)
    err = info.value
    assert type(err) is ParseError
    assert (err.text, (err.start, err.end), err.expected) == (name, span, expected)
    assert repr(name) in str(err)
    assert f"expected {expected}" in str(err)


@given(st.text(max_size=30))
def test_any_text_finds_an_agency_or_raises_parse_error(text):
    try:
        result = lookup_agency(text)
    except ParseError as err:  # UnknownNameError included
        result = err
    if isinstance(result, ParseError):
        assert result.text == text
        assert 0 <= result.start <= result.end <= len(text)
    else:
        assert isinstance(result, Agency)


@pytest.mark.parametrize("lookup", [lookup_agency, lookup_province, split_agency])
@pytest.mark.parametrize("value", [None, 66, b"SYT", ("Sở Y tế",)])
def test_lookups_refuse_non_text(lookup, value):
    with pytest.raises(TypeError, match="expected a name"):
        lookup(value)


# ---- facilities ----------------------------------------------------------------------------


def test_lookup_facility_in_any_spelling():
    from vnhealthplan import plans
    from vnhealthplan.text.names import lookup_facility

    facilities = plans.load("thanh-hoa-2023").facilities
    for spelling in ("Bệnh viện Mắt", "BỆNH VIỆN MẮT", "benh vien mat", "BV Mắt"):
        assert lookup_facility(spelling, facilities).name == "Bệnh viện Mắt"


@pytest.mark.parametrize("name", ["Bệnh viện Răng", "", "Bệnh viện\x00Mắt"])
def test_lookup_facility_unknown(name):
    from vnhealthplan import plans
    from vnhealthplan.text.names import UnknownNameError, lookup_facility

    with pytest.raises(UnknownNameError) as info:
        lookup_facility(name, plans.load("thanh-hoa-2023").facilities)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, LookupError)
