"""``vnhealthplan assignments PLAN``: what is due when and what is overdue (trial of session 9).

Before: no command showed the assignments (``assignments`` was a usage error, exit 2).
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

from vnhealthplan.present.cli import main


def test_thanh_hoa_has_two_overdue_on_1_july_2025_in_vietnamese(capsys):
    assert main(["assignments", "thanh-hoa-2023", "--as-of", "2025-07-01", "--lang", "vi"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("thanh-hoa-2023, ngày 01/07/2025: 2 nhiệm vụ quá hạn trong 16")
    statuses = [line.split("  ")[0] for line in out[2:] if line[:1] != " "]
    assert statuses[:2] == ["quá hạn", "quá hạn"]  # overdue first
    assert statuses[-1].strip() == "không có thời hạn"  # no due date last
    assert "Quý II/2024" in out[2]


def test_three_overdue_on_5_december_2026_and_status_filter(capsys):
    argv = ["assignments", "thanh-hoa-2023", "--as-of", "2026-12-05", "--status", "overdue"]
    assert main([*argv, "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("thanh-hoa-2023 on 2026-12-05: 3 overdue assignments of 16;")
    assert sum(line.startswith("overdue") for line in out) == 3
    assert not any(line.startswith("not yet due") for line in out)


def test_one_overdue_is_said_in_the_singular_in_english(capsys):
    assert main(["assignments", "thanh-hoa-2023", "--as-of", "2024-07-02", "--lang", "en"]) == 0
    assert "1 overdue assignment of 16;" in capsys.readouterr().out


def test_a_bad_day_is_the_usual_named_error(capsys):
    assert main(["assignments", "thanh-hoa-2023", "--as-of", "2026-13-05", "--lang", "vi"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vnhealthplan: assignments.--as-of: nhận giá trị '2026-13-05'")


def test_an_unknown_plan_is_a_usage_error(capsys):
    assert main(["assignments", "hanoi-2024"]) == 2


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_output_file_holds_the_sorted_rows(tmp_path, capsys, suffix):
    path = tmp_path / f"nhiem-vu{suffix}"
    argv = ["assignments", "thanh-hoa-2023", "--as-of", "2026-12-05", "-o", str(path)]
    assert main([*argv, "--lang", "vi"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == str(path)
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    assert rows[0][-1] == "Tình trạng"
    assert [r[-1] for r in rows[1:4]] == ["quá hạn"] * 3
    assert len(rows) == 17


def test_a_wrong_suffix_writes_nothing(tmp_path, capsys):
    path = tmp_path / "nhiem-vu.txt"
    assert main(["assignments", "thanh-hoa-2023", "--as-of", "2026-12-05", "-o", str(path)]) == 1
    assert "expected a file ending in .xlsx or .csv" in capsys.readouterr().err
    assert not path.exists()


def test_rows_are_the_plans_own_even_when_it_is_not_the_registered_one():
    """Before: the rows were the registered plan's of the same key, with the statuses of the
    plan given: an edited plan got another plan's due dates, a shorter one a pandas error."""
    from datetime import date

    import attrs

    from vnhealthplan import plans
    from vnhealthplan.model.period import Period
    from vnhealthplan.present.assignments import assignments_rows

    plan = plans.load("thanh-hoa-2023")
    later = attrs.evolve(plan.assignments[1], due=Period.year(2030))  # was Q2 2024, overdue
    edited = attrs.evolve(plan, assignments=(plan.assignments[0], later))
    rows = assignments_rows(edited, date(2025, 7, 1), "en")
    assert rows["status"].astype(str).tolist() == ["product issued", "not yet due"]
    assert rows["due_end"].dt.year.tolist() == [2022, 2030]
