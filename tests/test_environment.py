"""The installed environment: pymorphy3 is our morphology, every dependency is used, the lock pins everything."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The module a distribution is imported as, where the names differ; data-only packages map to None.
IMPORT_NAMES = {"python-docx": "docx", "pyyaml": "yaml", "pymorphy3-dicts-ru": None, "opencv-python-headless": "cv2"}
SOURCES = ("pipeline", "parsers", "normalizers")


def test_pymorphy3_is_our_morphology():
    import pymorphy3

    assert pymorphy3.MorphAnalyzer().parse("Департаментом")[0].normal_form == "департамент"


def test_pymorphy3_reads_its_dictionaries_in_c():
    """pymorphy3[fast] brings DAWG2: without it every first parse of a word walks the dictionary in pure Python
    (dawg_python), five times slower (180 µs against 35), most of a cold start of the executor normaliser."""
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE


def test_every_runtime_dependency_is_imported_by_the_code():
    """No dependency that nothing imports (docs/nlp_libraries.md: natasha, yargy, dateparser left)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    code = "\n".join(p.read_text(encoding="utf-8") for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))
    for requirement in project["dependencies"]:
        name = re.split(r"[\[<>=!~ ]", requirement)[0].lower()  # "pymorphy3[fast]>=2.0" -> pymorphy3
        module = IMPORT_NAMES.get(name, name.replace("-", "_"))
        if module is None:
            continue
        assert re.search(rf"^\s*(?:import|from)\s+{module}\b", code, re.MULTILINE), f"{name} is never imported"


def test_every_locked_requirement_is_pinned():
    lines = [line.strip() for line in (ROOT / "requirements.lock").read_text().splitlines()]
    packages = [line for line in lines if line and not line.startswith("#")]
    assert len(packages) > 20
    assert all("==" in line for line in packages), [line for line in packages if "==" not in line]
    names = {line.split("==")[0].lower() for line in packages}
    assert {"pdfplumber", "python-docx", "pymorphy3", "pyarrow", "duckdb", "pytest", "openpyxl"} <= names
    assert not names & {"natasha", "yargy", "dateparser"}, "removed in issue 11 (docs/nlp_libraries.md)"
    # DuckDB hands timezone-aware timestamps (documents.ingested_at) to pandas through pytz, undeclared
    assert "pytz" in names
