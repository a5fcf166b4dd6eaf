"""`make layouts`: typeset every layout to DOCX, export to PDF with LibreOffice, write the catalog.

Run from the project root: `PYTHONPATH=tests python -m layouts.build`. Needs LibreOffice
(`scripts/install-system-deps.sh libreoffice`); the tests only read the committed files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from layouts.expected import GOLD_DIR, gold_plans
from layouts.spec import FILES, TOTAL, draw, write_catalog
from layouts.typeset import typeset


def export_pdf(docx_files: list[Path], out_dir: Path) -> None:
    """LibreOffice headless, with a profile of its own so parallel runs do not collide."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is missing: scripts/install-system-deps.sh libreoffice")
    with tempfile.TemporaryDirectory(prefix="layouts-lo-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, docx_files)],
                       check=True, stdout=subprocess.DEVNULL, env={**os.environ, "SOURCE_DATE_EPOCH": "1704067200"})


def _fix_core_properties(doc) -> None:
    import datetime

    stamp = datetime.datetime(2024, 1, 1)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = stamp
    props.author = props.last_modified_by = "layouts"
    props.revision = 1


def build(seeds: range) -> None:
    FILES.mkdir(exist_ok=True)
    layouts = []
    written = []
    for seed in seeds:
        layout = draw(seed, GOLD_DIR)
        doc = typeset(layout, gold_plans(layout))
        _fix_core_properties(doc)
        path = FILES / f"{layout.name}.docx"
        doc.save(path)
        written.append(path)
        layouts.append(layout)
    export_pdf(written, FILES)
    write_catalog(layouts)
    print(f"{len(layouts)} layouts in {FILES}")


if __name__ == "__main__":
    build(range(int(sys.argv[1]) if len(sys.argv) > 1 else TOTAL))
