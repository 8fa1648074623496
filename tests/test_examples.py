"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_compare_workforce_targets():
    out = run("compare_workforce_targets.py")
    lines = out.splitlines()
    assert lines[0].split() == [
        "indicator",
        "beds_per_10k",
        "doctors_per_10k",
        "pharmacists_per_10k",
        "nurses_per_10k",
    ]
    # An Giang 2025: "đạt 27 giường bệnh viện, 10 bác sĩ, 1,6 dược sĩ đại học, 25 điều dưỡng"
    assert any(line.split() == ["2025", "27", "10", "1.6", "25"] for line in lines)
    assert any(line.split() == ["Đắk", "Lắk", "2024", "29", "7.7", "–", "–"] for line in lines)


def test_my_own_plan(tmp_path):
    out = run("my_own_plan.py", str(tmp_path))
    assert "read back equal: True" in out
    assert "3 invalid values" in out
    for words in ("'2024-Q5'", "'=<'", "'beds_per_10'"):
        assert words in out
    assert (tmp_path / "my-plan.toml").exists()
