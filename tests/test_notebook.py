"""The comparison notebook runs top to bottom on the dataset ingested from the corpus."""

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow  # runs the notebook on the ingested corpus

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "compare_municipalities.ipynb"
MUNICIPALITIES = ("sarov", "smirnykhovsky", "bashmakovsky", "timashevsky")


def _outputs(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", ""))
        parts += [str(v) for v in out.get("data", {}).values()]
    return "\n".join(parts)


def test_notebook_runs_top_to_bottom_on_the_corpus_dataset(corpus_dataset, monkeypatch):
    monkeypatch.setenv("ROADMAPS_DATA", str(corpus_dataset))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") for c in code_cells), "the notebook is stored without outputs"

    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    assert not [o for c in code_cells for o in c.outputs if o.output_type == "error"]
    assert str(corpus_dataset) in _outputs(code_cells[0])
    overview = _outputs(code_cells[1])
    assert all(slug in overview for slug in MUNICIPALITIES)
    svgs = [c for c in code_cells if any("image/svg+xml" in o.get("data", {}) for o in c.outputs)]
    assert svgs, "the coverage chart is drawn"
    drill = next(_outputs(c) for c in code_cells if "в матрице" in "".join(c.source))
    shown, listed = map(int, re.search(r"в матрице (\d+), в списке (\d+)", drill).groups())
    assert shown == listed > 0, "the drill-down lists as many measures as the matrix cell says"
    assert "где искать" in drill and ("стр." in drill or "таблица" in drill)
    calendar = next(_outputs(c) for c in code_cells if "TIMING" in "".join(c.source))
    assert all(kind in calendar for kind in ("dated", "continuous", "recurring")), \
        "the calendar counts dated measures apart from continuous and recurring ones, per plan period"
    assert "period_start" in calendar and "2023-09-01" in calendar  # Тимашевский's school-year plan period
