"""Run the example notebooks and store their outputs in them.

The notebooks of ``examples/`` are kept with their outputs (tables, plan displays, charts),
so that they can be read on the repository's web page without running them. Run this after
changing a notebook, the bundled data (a new observation in a plan file changes the gaps) or
anything the notebooks show; ``tests/test_notebooks.py`` fails while a stored output is out
of date::

    python examples/run_notebooks.py                      # all four
    python examples/run_notebooks.py examples/dak_lak.ipynb

Each notebook is executed from top to bottom with nbclient in a fresh ``python3`` kernel (the
Python running this script), in a temporary working directory (the exported workbooks are
written there, not in ``examples/``), at most 120 s per cell. The notebook's own metadata is
kept as it was, so that the stored file does not change with the Python version or the
machine, except for the day it was run (``metadata["vnhealthplan"]["executed_on"]``): plan
displays judge assignments "as of" today and say so, and the tests put that day aside when
they compare a new run with the stored outputs. Needs the ``test`` extra (nbclient,
nbformat, ipykernel) and the ``plot`` and ``excel`` extras.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from pathlib import Path
from typing import Any

from vnhealthplan.core.today import vietnam_today

EXAMPLES = Path(__file__).resolve().parent
#: The command that brings the stored outputs up to date, as the tests print it.
COMMAND = "python examples/run_notebooks.py"


def notebooks() -> list[Path]:
    """The example notebooks, in name order."""
    return sorted(EXAMPLES.glob("*.ipynb"))


def execute(path: Path, workdir: Path | None = None) -> Any:
    """Execute the notebook at ``path`` in a fresh kernel and return it with its outputs.

    The file is not changed. ``workdir`` is the kernel's working directory (a temporary one,
    removed afterwards, when None). The day the run started is recorded in the metadata
    (``vnhealthplan.executed_on``, ISO format). Raises
    ``nbclient.exceptions.CellExecutionError``, with the traceback, when a cell fails.
    """
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    metadata = copy.deepcopy(notebook.metadata)
    day = vietnam_today()  # the displays judge assignments on the day in Vietnam
    with tempfile.TemporaryDirectory(prefix="vnhealthplan-notebook-") as tmp:
        client = nbclient.NotebookClient(
            notebook,
            timeout=120,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(workdir or tmp)}},
        )
        client.execute()
    notebook.metadata = metadata  # not the kernel's language_info (its Python version)
    notebook.metadata["vnhealthplan"] = {"executed_on": day.isoformat()}
    return notebook


def main(argv: list[str] | None = None) -> int:
    """Execute the given notebooks (all of ``examples/`` by default) and write them back."""
    import nbformat

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: examples/*.ipynb")
    args = parser.parse_args(argv)
    for path in args.notebooks or notebooks():
        notebook = execute(path)
        nbformat.write(notebook, path)
        print(f"{path.name}: {sum(c.cell_type == 'code' for c in notebook.cells)} cells run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
