"""Two labellers' case files compared (io/extract/agreement.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnhealthplan.errors import ValidationError
from vnhealthplan.io.extract.agreement import agreement, labels_agree
from vnhealthplan.io.extract.cases import LABELLED, Label

CASES = Path(__file__).parent / "data" / "extract" / "cases.toml"
TEXT = (
    "Phấn đấu đến năm 2025: 95% trạm y tế xã có bác sĩ; tỷ suất chết trẻ em dưới 1 tuổi dưới "
    "12‰. Năm 2023 đạt 8,5 bác sĩ/vạn dân. Sở Y tế chủ trì, phối hợp Sở Tài chính, báo cáo "
    "trước Quý II/2024. "
) * 12  # a case text is at least 1,000 characters long


def _write(folder: Path, name: str, body: str) -> Path:
    (folder / "plan.txt").write_text(TEXT, encoding="utf-8")
    path = folder / name
    path.write_text(f'[[case]]\nfile = "plan.txt"\n{body}', encoding="utf-8")
    return path


A = """targets = [
  { indicator = "draft", value = 95, comparator = "=", year = 2025, quote = "95% trạm y tế xã có bác sĩ" },
  { indicator = "imr", value = 12, comparator = "<", year = 2025, quote = "dưới 12‰" },
]
observations = [{ indicator = "doctors_per_10k", value = 8.5, year = 2023, quote = "8,5 bác sĩ/vạn dân" }]
deadlines = [{ period = "2024-Q2", quote = "Quý II/2024" }]
assignments = [{ lead = "Sở Y tế", quote = "Sở Y tế chủ trì" }]
"""  # noqa: E501


@pytest.mark.parametrize("kind", list(LABELLED))
def test_a_case_file_agrees_with_itself(kind: str) -> None:
    for score in agreement(CASES, CASES, kind):
        assert score.matched == score.curated == score.drafted


def test_the_same_labels_agree_on_every_kind(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.toml", A)
    found = {kind: agreement(path, path, kind) for kind in LABELLED}
    assert [(s.curated, s.matched) for s in found["target"]] == [(2, 2)]
    assert [(s.curated, s.matched) for s in found["observation"]] == [(1, 1)]
    assert found["reference"] == ()  # neither file labels references: not scored


def test_a_different_year_comparator_or_place_is_a_disagreement(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.toml", A)
    b = _write(
        tmp_path,
        "b.toml",
        A.replace('comparator = "<", year = 2025', 'comparator = "<=", year = 2025')
        .replace("value = 8.5, year = 2023", "value = 8.5, year = 2024")
        .replace('quote = "95% trạm y tế xã có bác sĩ"', 'quote = "dưới 12‰"'),
    )
    (target,) = agreement(a, b, "target")
    assert (target.curated, target.drafted, target.matched) == (2, 2, 0)
    assert [m.get("indicator") for m in target.missed] == ["draft", "imr"]
    (observation,) = agreement(a, b, "observation")
    assert observation.matched == 0
    (deadline,) = agreement(a, b, "deadline")
    assert deadline.matched == 1


def test_recall_and_precision_read_from_each_side(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.toml", A)
    fewer = A.replace(
        '  { indicator = "imr", value = 12, comparator = "<", year = 2025, quote = "dưới 12‰" },\n',
        "",
    )
    b = _write(tmp_path, "b.toml", fewer)
    (score,) = agreement(a, b, "target")
    assert (score.recall, score.precision) == (0.5, 1.0)
    (score,) = agreement(b, a, "target")
    assert (score.recall, score.precision) == (1.0, 0.5)


def test_a_document_only_one_side_labels_is_left_out(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.toml", A)
    assert agreement(a, CASES, "target") == ()


def test_an_assignment_agrees_on_its_lead_agency_and_place() -> None:
    text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính."
    a = Label("assignment", {"lead": "Sở Y tế", "quote": "Sở Y tế chủ trì"})
    assert labels_agree(a, Label("assignment", {"lead": "Sở Y Tế"}), (0, 7), text)
    assert not labels_agree(a, Label("assignment", {"lead": "Sở Tài chính"}), (0, 7), text)
    assert not labels_agree(a, Label("assignment", {"lead": "Sở Y tế"}), (30, 42), text)


def test_a_reference_agrees_on_its_number_spaces_ignored() -> None:
    a = Label("reference", {"number": "122/QĐ-TTg"})
    assert labels_agree(a, Label("reference", {"number": "122/ QĐ-TTg"}), (-1, -1), "")
    assert not labels_agree(a, Label("reference", {"number": "123/QĐ-TTg"}), (-1, -1), "")


def test_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match=r"agreement\.kind: got 'targets'"):
        agreement(CASES, CASES, "targets")
