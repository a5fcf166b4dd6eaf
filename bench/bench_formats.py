"""Benchmark: the slow formats — seconds per scanned page (OCR) and per converted file (LibreOffice).

    .venv/bin/python bench/bench_formats.py [ocr|legacy]

OCR reads the shared scan (tests/fixtures/scanned), its pages in as many threads as the process may
use cores (ROADMAPS_OCR_WORKERS caps them; the ingest's workers each take their share); the legacy
side converts and reads the five orders saved as .doc, .rtf and .odt (tests/fixtures/legacy), one
LibreOffice start per file.
"""

from __future__ import annotations

import pathlib
import shutil
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCAN = ROOT / "tests/fixtures/scanned/sarov_2021_roadmap_2_3_scan.pdf"
LEGACY = ROOT / "tests/fixtures/legacy"


def bench_ocr() -> None:
    from parsers import ocr
    from parsers.ocr.engine import tessdata
    from parsers.ocr.reader import workers

    if tessdata() is None:
        print("OCR: skipped (tesseract-ocr-rus not installed)")
        return
    start = time.perf_counter()
    document = ocr.parse(SCAN)
    seconds = time.perf_counter() - start
    pages = document.pages or 1
    print(f"OCR {SCAN.name}: {pages} pages, {workers(pages)} threads, {seconds:.1f} s "
          f"= {seconds / pages:.2f} s/page")


def bench_legacy() -> None:
    from parsers import legacy

    if shutil.which("soffice") is None:
        print("legacy formats: skipped (libreoffice-writer-nogui not installed)")
        return
    for fmt in ("doc", "rtf", "odt"):
        files = sorted(LEGACY.glob(f"*.{fmt}"))
        start = time.perf_counter()
        for path in files:
            legacy.parse(path, fmt)
        seconds = time.perf_counter() - start
        print(f".{fmt}: {len(files)} files converted and read in {seconds:.1f} s = {seconds / len(files):.2f} s/file")


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    if which in ("ocr", "all"):
        bench_ocr()
    if which in ("legacy", "all"):
        bench_legacy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
