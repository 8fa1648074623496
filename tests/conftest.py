"""Shared fixtures: the plans' documents and sources, common indicators, the registry.

The figures come from the seed plans (see ``/work/shared/seeds``): Đắk Lắk's 2024 target
table (Sở Y tế Đắk Lắk, a draft "Số: /KH-SYT"), Thanh Hóa's 132/KH-SYT (14/10/2023),
Quảng Ngãi's 193/KH-UBND (02/11/2023) and An Giang's Tỉnh ủy plan (27/4/2018).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import settings

import vnhealthplan as vhp
from vnhealthplan import Document, Indicator, Province, Source, indicators, provinces

# No example database on disk and no deadline: the tests assert behaviour, not timing.
settings.register_profile("vnhealthplan", database=None, deadline=None, max_examples=100)
settings.load_profile("vnhealthplan")

#: Đắk Lắk 2024, table row 8, as printed (tab-separated columns of the OCR).
DAK_LAK_BEDS_QUOTE = "Số giường bệnh/vạn dân (không tính giường bệnh trạm y tế)\tGiường bệnh\t29"


@pytest.fixture(scope="session")
def ureg():
    """The package's one registry."""
    return vhp.ureg


@pytest.fixture(scope="session")
def Q(ureg):
    """Shorthand for ``ureg.Quantity``."""
    return ureg.Quantity


@pytest.fixture(scope="session")
def other_ureg():
    """A second pint registry (pint's defaults): its quantities must be refused."""
    import pint

    return pint.UnitRegistry(cache_folder=None)


@pytest.fixture(scope="session")
def dak_lak() -> Province:
    return provinces.get("Đắk Lắk")


@pytest.fixture(scope="session")
def thanh_hoa() -> Province:
    return provinces.get("Thanh Hóa")


@pytest.fixture(scope="session")
def dak_lak_document() -> Document:
    """The Đắk Lắk 2024 plan: a draft, so its number and day are blank."""
    return Document(
        "Kế hoạch thực hiện Chương trình hành động thực hiện Nghị quyết số 01/NQ-CP "
        "ngày 05/01/2024 của Chính phủ - Lĩnh vực Y tế",
        "Sở Y tế Đắk Lắk",
        place="Đăk Lăk",
        implements=["01/NQ-CP"],
        notes="Draft: 'Số: /KH-SYT', 'ngày tháng năm 2024'.",
    )


@pytest.fixture(scope="session")
def dak_lak_source(dak_lak_document) -> Source:
    return Source(dak_lak_document, "I, dòng 8", DAK_LAK_BEDS_QUOTE)


@pytest.fixture(scope="session")
def thanh_hoa_document() -> Document:
    return Document(
        "Kế hoạch Triển khai thực hiện Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, "
        "tầm nhìn đến năm 2045 của ngành y tế",
        "Sở Y tế Thanh Hóa",
        number="132/KH-SYT",
        issued=date(2023, 10, 14),
        place="Thanh Hóa",
    )


@pytest.fixture(scope="session")
def beds_per_10k() -> Indicator:
    return indicators.get("beds_per_10k")


@pytest.fixture(scope="session")
def doctors_per_10k() -> Indicator:
    return indicators.get("doctors_per_10k")


@pytest.fixture(scope="session")
def imr() -> Indicator:
    return indicators.get("imr")


@pytest.fixture(scope="session")
def stations_with_doctor() -> Indicator:
    return indicators.get("stations_with_doctor")


@pytest.fixture(scope="session")
def crude_birth_rate() -> Indicator:
    return indicators.get("crude_birth_rate")


@pytest.fixture(scope="session")
def private_hospitals() -> Indicator:
    """Not in the catalogue: An Giang's "phát triển thêm 01 - 02 bệnh viện tư nhân"."""
    return Indicator(
        "private_hospitals",
        "Số bệnh viện tư nhân",
        "Private hospitals",
        "facility",
        "higher",
        numerator="private hospitals",
        minimum=0,
    )
