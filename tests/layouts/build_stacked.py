"""`make layouts`, second part: typeset the stacked-row layouts (layouts.stacked) to DOCX, export them to
PDF with LibreOffice and write their catalogue. Run from the project root:
`PYTHONPATH=tests python -m layouts.build_stacked`."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from layouts.build import _fix_core_properties, export_pdf
from layouts.expected import gold_plans
from layouts.spec import FILES
from layouts.stacked import TOTAL, draw_stacked, typeset_stacked, write_stacked_catalog


def build(seeds: range) -> None:
    FILES.mkdir(exist_ok=True)
    layouts, written = [], []
    for seed in seeds:
        layout = draw_stacked(seed)
        doc = typeset_stacked(layout, gold_plans(layout))
        _fix_core_properties(doc)
        path = FILES / f"{layout.name}.docx"
        doc.save(path)
        _fix_zip_times(path)
        written.append(path)
        layouts.append(layout)
    export_pdf(written, FILES)
    write_stacked_catalog(layouts)
    print(f"{len(layouts)} stacked layouts in {FILES}")


def _fix_zip_times(path: Path) -> None:
    """Write the package again with one fixed time on every part, so a rebuild gives the same bytes
    (LibreOffice still stamps the PDF with the time of the export)."""
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            new.writestr(fixed, data)


if __name__ == "__main__":
    build(range(int(sys.argv[1]) if len(sys.argv) > 1 else TOTAL))
