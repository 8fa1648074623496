"""``python -m vnhealthplan``: a short analysis of real plan figures.

For now it reads Đắk Lắk's 2024 bed and doctor targets and Thanh Hóa's 2030/2045
workforce targets, each quoted from its plan, and works out what they imply.

Examples
--------
>>> main([])  # doctest: +ELLIPSIS
Đắk Lắk 2024 (Sở Y tế Đắk Lắk, /KH-SYT, draft), section I. CÁC CHỈ TIÊU
...
  implied population                         1,768,966 people
...
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from . import indicators
from .period import Period
from .ratios import implied_population, per_capita
from .source import Document, Source
from .target import Scope, Target
from .units import registry

__all__ = ["main"]

_DAK_LAK = Document(
    "Thực hiện Chương trình hành động thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 "
    "của Chính phủ ... năm 2024 - Lĩnh vực Y tế",
    "Sở Y tế Đắk Lắk",
    place="Đăk Lăk",
    notes="Draft: number and day are left blank ('Số: /KH-SYT', 'ngày tháng năm 2024').",
)
_THANH_HOA = Document(
    "Kế hoạch Triển khai thực hiện Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2045 "
    "của ngành y tế tỉnh Thanh Hóa",
    "Sở Y tế Thanh Hóa",
    number="132/KH-SYT",
)

#: Thanh Hóa's population at the end of 2024, GSO, as quoted by the provincial statistics
#: office (see DOMAIN.md); used only to turn ratios into counts, and said so.
_THANH_HOA_POPULATION = 3_764_241


def _dak_lak_lines() -> list[str]:
    ureg = registry()
    section = "I. CÁC CHỈ TIÊU"
    total = Target(
        indicators.get("total_beds"),
        5130,
        Period.year(2024),
        "=",
        scope=Scope(description="không tính giường bệnh trạm y tế"),
        source=Source(
            _DAK_LAK,
            section,
            "Tổng số giường bệnh (không tính giường bệnh trạm y tế)\tGiường bệnh\t5.130",
        ),
    )
    ratio = Target(
        indicators.get("beds_per_10k"),
        29,
        Period.year(2024),
        "=",
        source=Source(
            _DAK_LAK,
            section,
            "Số giường bệnh/vạn dân (không tính giường bệnh trạm y tế)\tGiường bệnh\t29",
        ),
    )
    doctors = Target(
        indicators.get("doctors_per_10k"),
        7.7,
        Period.year(2024),
        "=",
        source=Source(_DAK_LAK, section, "Số bác sỹ/vạn dân\tBác sỹ\t7,7"),
    )
    # "Tuyến tỉnh ... 2.430" and "Tuyến huyện, thành phố, TX ... 2.700"
    tiers: Any = ureg.Quantity([2430, 2700], "bed")
    population = implied_population(total.value, ratio.value)
    tier_ratios = per_capita(tiers, population)
    doctors_implied = doctors.required_count(population)
    return [
        f"Đắk Lắk 2024 ({_DAK_LAK.issuer}, /KH-SYT, draft), section {section}",
        f"  {_row('beds, station beds excluded', f'{total.value.magnitude:,.0f} beds')}",
        f"  {_row('beds per 10,000 population', f'{ratio.value.magnitude:g}')}",
        f"  {_row('implied population', f'{population.magnitude:,.0f} people')}",
        f"  {_row('  provincial tier (2.430 beds)', f'{tier_ratios.magnitude[0]:.1f} per 10,000')}",
        f"  {_row('  district tier (2.700 beds)', f'{tier_ratios.magnitude[1]:.1f} per 10,000')}",
        f"  {_row('doctors at 7,7 per 10,000', f'{doctors_implied.magnitude:,.0f} doctors')}",
    ]


def _thanh_hoa_lines() -> list[str]:
    quotes = {
        ("beds_per_10k", 2030): ("Số giường bệnh 10.000 dân: 39 giường.", 39.0),
        ("doctors_per_10k", 2030): ("Số bác sĩ 10.000 dân: 15 bác sĩ.", 15.0),
        ("pharmacists_per_10k", 2030): ("Số dược sĩ 10.000 dân: 3 dược sĩ.", 3.0),
        ("beds_per_10k", 2045): ("Số giường bệnh 10.000 dân: 40.0 giường.", 40.0),
        ("doctors_per_10k", 2045): ("Số bác sĩ 10.000 dân: 25 bác sĩ.", 25.0),
        ("pharmacists_per_10k", 2045): ("Số dược sĩ 10.000 dân: 3.5 dược sĩ.", 3.5),
    }
    lines = [
        f"Thanh Hóa 2030 and 2045 ({_THANH_HOA.issuer}, {_THANH_HOA.number}), section II.1.2",
        f"  counts for {_THANH_HOA_POPULATION:,} people (GSO, end of 2024)",
    ]
    for (code, year), (quote, value) in quotes.items():
        section = "II.1.2.a" if year == 2030 else "II.1.2.b"
        target = Target(
            indicators.get(code),
            value,
            Period.year(year),
            "=",
            source=Source(_THANH_HOA, section, quote),
        )
        count = target.required_count(_THANH_HOA_POPULATION)
        what = f"{year}: {value:g} {count.units}s per 10,000"
        lines.append(f"  {_row(what, f'{count.magnitude:,.0f} {count.units}s')}")
    return lines


def _row(label: str, value: str) -> str:
    return f"{label:<42} {value:>16}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the analysis; return the process exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        Command-line arguments (none are accepted yet).

    Returns
    -------
    int
        0 on success, 2 for unexpected arguments.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        print(f"vnhealthplan: unexpected arguments: {' '.join(args)}", file=sys.stderr)
        return 2
    print("\n".join([*_dak_lak_lines(), "", *_thanh_hoa_lines()]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
