"""The example notebooks run in a fresh kernel, and the outputs stored in them are current.

The notebooks of ``examples/`` are stored with their outputs, written by
``examples/run_notebooks.py``, so that they can be read without running them. Each is
executed here the same way (nbclient, the ``python3`` kernel of the Python running the tests,
a temporary working directory, 120 s at most per cell), then:

* what it shows is checked (Vietnamese plan display, a chart, the audit, the workbook);
* the new outputs are compared with the stored ones, cell by cell: the text and HTML
  representations (with memory addresses, timings and the day of the run put aside) and the
  kind of each image (PNG bytes differ between matplotlib builds). A difference means the
  stored outputs are out of date: a notebook, the bundled data or a display changed. The
  failure message gives the command that brings them up to date.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnhealthplan.core.today import vietnam_today

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NOTEBOOKS = {
    "an_giang.ipynb": "an-giang-2018",
    "thanh_hoa.ipynb": "thanh-hoa-2023",
    "quang_ngai.ipynb": "quang-ngai-2023",
    "dak_lak.ipynb": "dak-lak-2024",
    "dak_lak_cycle.ipynb": "dak-lak-2024",
}
TEXT_KINDS = ("text/plain", "text/html")


def _run_notebooks() -> Any:
    """examples/run_notebooks.py, imported from its path (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("run_notebooks", EXAMPLES / "run_notebooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _command() -> str:
    """The command that rewrites the stored outputs, as this test session would run it."""
    pythonpath = os.environ.get("PYTHONPATH")
    prefix = f"PYTHONPATH={pythonpath} " if pythonpath else ""
    return f"cd {ROOT} && {prefix}{sys.executable} examples/run_notebooks.py"


def _code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def _outputs(cell: Any, kind: str) -> list[str]:
    """The cell's outputs of one MIME type, each as one string."""
    return [_text(o["data"][kind]) for o in cell["outputs"] if kind in o.get("data", {})]


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _normalise(text: str, day: str) -> str:
    """Put aside what changes from run to run without a change in the notebook's meaning."""
    # assignments are shown "as of" today, as 2026-12-05 or, in Vietnamese, 05/12/2026
    vietnamese = "/".join(reversed(day.split("-")))
    text = text.replace(day, "<day of the run>").replace(vietnamese, "<day of the run>")
    text = re.sub(r"0x[0-9a-fA-F]{6,}", "0x…", text)  # memory addresses in reprs
    text = re.sub(r"(?m)^(CPU times|Wall time):.*$", r"\1: …", text)  # %time
    return re.sub(r"[\d.]+ [nµm]?s ± [\d.]+ [nµm]?s per loop.*", "… per loop", text)  # %timeit


def _comparable(notebook: Any, day: str) -> list[list[tuple[str, ...]]]:
    """Each code cell's outputs: their kind, stream name, text and HTML, and image kinds."""
    cells = []
    for cell in _code_cells(notebook):
        outputs: list[tuple[str, ...]] = []
        for output in cell["outputs"]:
            kind = output["output_type"]
            if kind == "stream":
                outputs.append((kind, output["name"], _normalise(_text(output["text"]), day)))
            elif kind == "error":
                outputs.append((kind, output["ename"], output["evalue"]))
            else:
                data = output.get("data", {})
                texts = [(k, _normalise(_text(data[k]), day)) for k in TEXT_KINDS if k in data]
                others = sorted(k for k in data if k not in TEXT_KINDS)  # images: kind only
                outputs.append((kind, *(f"{k}: {v}" for k, v in texts), *others))
        cells.append(outputs)
    return cells


def _lines(outputs: list[tuple[str, ...]]) -> list[str]:
    """Outputs as lines for a readable diff: HTML cut between its tags."""
    text = "\n".join(part for output in outputs for part in output)
    return re.sub(r">(?=<)", ">\n", text).splitlines()


def _stored(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(NOTEBOOKS))
def executed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(name, the notebook run now, its working directory, the day the run started)."""
    name = request.param
    workdir = tmp_path_factory.mktemp(name.removesuffix(".ipynb"))
    day = vietnam_today().isoformat()  # the displays' "today": the day in Vietnam
    # Raises CellExecutionError, with the traceback, on any error.
    notebook = _run_notebooks().execute(EXAMPLES / name, workdir=workdir)
    return name, json.loads(nbformat.writes(notebook)), workdir, day


def test_every_notebook_is_listed() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.ipynb")) == sorted(NOTEBOOKS)


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebooks_are_stored_with_outputs(name: str) -> None:
    notebook = _stored(name)
    code = _code_cells(notebook)
    # Run once, from top to bottom, by run_notebooks.py (which records the day and keeps
    # the notebook's metadata), not saved from a notebook editor.
    how = f"store it with: {_command()}"
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1)), how
    assert "executed_on" in notebook["metadata"].get("vnhealthplan", {}), how
    assert date.fromisoformat(notebook["metadata"]["vnhealthplan"]["executed_on"])
    assert notebook["metadata"]["language_info"] == {"name": "python"}, how
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    assert any(_outputs(c, "image/png") for c in code), "no chart stored"
    # set_language returns the previous language: the first cell hides it (";").
    assert code[0]["outputs"] == []
    assert _outputs(code[1], "text/plain") == ["'vi'"]


def test_notebook_runs(executed: Any) -> None:
    name, notebook, workdir, _ = executed
    code = _code_cells(notebook)
    errors = [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    assert errors == []
    warnings = [o["text"] for c in code for o in c["outputs"] if o.get("name") == "stderr"]
    assert warnings == []  # a warning in the kernel (a missing glyph, a deprecation) fails
    assert code[0]["outputs"] == []  # set_language's return value ('en') is not shown
    # set_language("vi") in one cell holds in the next ones (ipykernel runs each cell in
    # its own copy of the context).
    assert _outputs(code[1], "text/plain") == ["'vi'"]
    (plan_html,) = _outputs(code[2], "text/html")
    assert "Chỉ tiêu" in plan_html
    assert "Nguồn" in plan_html
    assert "Targets" not in plan_html
    assert any(_outputs(c, "image/png") for c in code), "no plot shown"
    audit = next(c for c in code if "audit(plan)" in _text(c["source"]))
    assert _outputs(audit, "text/html")
    key = NOTEBOOKS[name]
    assert (workdir / f"{key}.xlsx").stat().st_size > 0
    assert _outputs(code[-1], "text/plain") == [repr(f"{key}.xlsx")]


def test_stored_outputs_are_current(executed: Any) -> None:
    name, notebook, _, day = executed
    stored = _stored(name)
    stored_day = stored["metadata"].get("vnhealthplan", {}).get("executed_on", "")
    old, new = _comparable(stored, stored_day or "<no day>"), _comparable(notebook, day)
    sources = [_text(c["source"]) for c in _code_cells(notebook)]
    assert [_text(c["source"]) for c in _code_cells(stored)] == sources, _command()
    for number, (source, before, after) in enumerate(zip(sources, old, new, strict=True), 1):
        if before == after:
            continue
        diff = difflib.unified_diff(
            _lines(before),
            _lines(after),
            "stored",
            "now",
            lineterm="",
            n=1,
        )
        shown = "\n".join(line[:200] for line in list(diff)[:40])
        pytest.fail(
            f"examples/{name}: the stored outputs are out of date (a notebook, the bundled "
            f"data or a display changed). First difference, code cell {number}:\n"
            f"{source}\n{shown}\n\nRun the notebooks again and commit them:\n    {_command()}",
            pytrace=False,
        )
