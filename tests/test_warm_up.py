"""A warm worker: every file is read in a child forked from it, and what a child loads for itself dies
with it. So after warm_up a child reading real orders must import no module and parse no YAML — else
every document pays for it again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import FIXTURES, RAW, ROOT

pytestmark = pytest.mark.slow  # a fresh interpreter: the test process has loaded everything already

CHILD_READS = """
import gc, json, sys
from pathlib import Path
import yaml
from pipeline.discovery import source_file
from pipeline.isolation import Limits, run_limited
from pipeline.job import read_encoded
from pipeline.worker import warm_up

def read_and_watch(paths):
    loaded, before = [], set(sys.modules)
    real = yaml.safe_load
    yaml.safe_load = lambda text: loaded.append(str(text)[:40]) or real(text)
    statuses = []
    for path in paths:
        path = Path(path)
        outcome = read_encoded(source_file(path, f"{path.parent.name}/{path.name}", path.parent.parent))
        statuses.append(len(outcome.measure_warnings))
    return sorted(set(sys.modules) - before), loaded, statuses, gc.get_freeze_count()

if sys.argv[1] == "warm":
    warm_up()
print(json.dumps(run_limited(read_and_watch, (sys.argv[2:],), Limits())))
"""

def documents(folder: Path) -> list[Path]:
    """A DOCX order, the first pages of a PDF order (what a child loads does not depend on the page
    count) and an order of another municipality."""
    source = pdfium.PdfDocument(FIXTURES / "corpus" / "sarov" / "sarov_2021_roadmap_2_3.pdf")
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [0, 1, 2])
    (folder / "sarov").mkdir(exist_ok=True)
    pdf.save(folder / "sarov" / "sarov_2021_roadmap_2_3.pdf")
    return [RAW / "sarov" / "sarov_2021_roadmap_2_3.docx", folder / "sarov" / "sarov_2021_roadmap_2_3.pdf",
            FIXTURES / "corpus" / "timashevsky" / "timashevsky_2023_order046.docx"]


def child_reads(state: str, paths: list[Path]) -> tuple[list[str], list[str], list[int], int]:
    done = subprocess.run([sys.executable, "-c", CHILD_READS, state, *map(str, paths)], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return tuple(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_child_forked_after_warm_up_loads_nothing_more(tmp_path):
    modules, yaml_texts, measures, frozen = child_reads("warm", documents(tmp_path))
    assert modules == []
    assert yaml_texts == []
    assert all(n > 0 for n in measures)  # the orders were really read, with their measures
    assert frozen > 50_000  # the loaded vocabularies are out of the child's garbage collections


def test_without_warm_up_the_child_loads_the_vocabularies_itself():
    """The other side of the test above: the watch does see what a cold child loads."""
    modules, yaml_texts, _, _ = child_reads("cold", [RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"])
    assert "pandas" in modules
    assert len(yaml_texts) >= 3
