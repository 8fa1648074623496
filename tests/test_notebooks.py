"""The example notebooks run from top to bottom in a fresh kernel, without an error.

Each notebook in ``examples/`` is executed with nbclient in the ``python3`` kernel (the
Python running the tests), in a temporary working directory, 120 s at most per cell. The
notebooks are stored without outputs: this test is what keeps them from rotting.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOKS = {
    "an_giang.ipynb": "an-giang-2018",
    "thanh_hoa.ipynb": "thanh-hoa-2023",
    "quang_ngai.ipynb": "quang-ngai-2023",
    "dak_lak.ipynb": "dak-lak-2024",
    "dak_lak_cycle.ipynb": "dak-lak-2024",
}


def test_every_notebook_is_listed():
    assert sorted(p.name for p in EXAMPLES.glob("*.ipynb")) == sorted(NOTEBOOKS)


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebooks_are_stored_without_outputs(name):
    notebook = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], cell["source"]
            assert cell["execution_count"] is None


def _outputs(cell, kind):
    return [o["data"][kind] for o in cell.get("outputs", []) if kind in o.get("data", {})]


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_runs(name, tmp_path):
    notebook = nbformat.read(EXAMPLES / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError, with the traceback, on any error
    code = [c for c in notebook.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    warnings = [o.text for c in code for o in c.outputs if o.get("name") == "stderr"]
    assert warnings == []  # a warning in the kernel (a missing glyph, a deprecation) fails
    # set_language("vi") in one cell holds in the next ones (ipykernel runs each cell in
    # its own copy of the context).
    assert _outputs(code[1], "text/plain") == ["'vi'"]
    (plan_html,) = _outputs(code[2], "text/html")
    assert "Chỉ tiêu" in plan_html
    assert "Nguồn" in plan_html
    assert "Targets" not in plan_html
    assert any(_outputs(c, "image/png") for c in code), "no plot shown"
    audit = next(c for c in code if "audit(plan)" in c.source)
    assert _outputs(audit, "text/html")
    key = NOTEBOOKS[name]
    assert (tmp_path / f"{key}.xlsx").stat().st_size > 0
    assert _outputs(code[-1], "text/plain") == [repr(f"{key}.xlsx")]
