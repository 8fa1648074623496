"""Keep a plan of your own in a TOML file, and see every mistake in it at once.

Run: python examples/my_own_plan.py [FOLDER]

Writes ``my-plan.toml`` (Đắk Lắk's 2024 infant-mortality and bed targets, retyped as a user
would) into FOLDER (default: a temporary folder), reads it back, then reads a copy with
three mistakes and prints the single error that lists them all.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from vnhealthplan import Document, Period, Plan, PlanDataError, Source, Target, indicators
from vnhealthplan.planfile import read_plan, write_plan

DOCUMENT = Document("Kế hoạch năm 2024 - Lĩnh vực Y tế", "Sở Y tế Đắk Lắk")


def my_plan() -> Plan:
    """Two targets of Đắk Lắk's 2024 table, with the words they were read from."""
    section = "I. CÁC CHỈ TIÊU"
    return Plan(
        "my-dak-lak-2024",
        DOCUMENT,
        targets=[
            Target(
                indicators.get("imr"),
                22,
                Period.year(2024),
                "<",
                source=Source(DOCUMENT, section, "Tỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t<22"),
            ),
            Target(
                indicators.get("beds_per_10k"),
                29,
                Period.year(2024),
                "=",
                source=Source(DOCUMENT, section, "Số giường bệnh/vạn dân … Giường bệnh\t29"),
            ),
        ],
    )


def main(folder: Path) -> None:
    path = folder / "my-plan.toml"
    write_plan(my_plan(), path)
    print(f"wrote {path.name}; read back equal: {read_plan(path) == my_plan()}")
    broken = path.read_text(encoding="utf-8")
    broken = broken.replace('comparator = "<"', 'comparator = "=<"', 1)
    broken = broken.replace('indicator = "beds_per_10k"', 'indicator = "beds_per_10"', 1)
    broken = broken.replace('period = "2024"', 'period = "2024-Q5"', 1)
    bad = folder / "my-plan-broken.toml"
    bad.write_text(broken, encoding="utf-8")
    try:
        read_plan(bad)
    except PlanDataError as err:
        print(err)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
