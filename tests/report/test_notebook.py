"""notebooks/screening-overview.ipynb runs on a real run's outputs and shows its four views."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "screening-overview.ipynb"


def _outputs(notebook) -> str:
    texts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            data = output.get("data", {})
            texts.append(data.get("text/html", "") or data.get("text/plain", ""))
    return "\n".join(texts)


def test_notebook_executes_on_the_demo_run(demo_run, monkeypatch):
    monkeypatch.setenv("CVSCREEN_OUT", str(demo_run))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(demo_run)}},
    )
    client.execute()  # raises CellExecutionError on any failing cell
    text = _outputs(notebook)
    assert "10 files," in text
    assert "SKJ afloopdatum" in text  # field coverage
    assert "na knock-out execution_condition" in text and "gerangschikt" in text  # funnel
    assert "provisional motivation points:" in text  # points distribution
    assert "cut-off:" in text  # nearest to the cut-off
