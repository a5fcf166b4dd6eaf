"""Whole-ingest benchmark: PDFs against pdfplumber's bare extract_tables(), DOCX documents per second.

Run: .venv/bin/python bench/bench_ingest.py [pdf|docx|bare|corpus]. Each mode runs in its own process
(bench/run_all.py starts them) so that timings are cold and peak memory is the mode's own.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*ROOT.glob("data/raw/*/*"), *ROOT.glob("tests/fixtures/corpus/*/*")])


def files(fmt: str) -> list[Path]:
    return [p for p in SOURCES if p.suffix == f".{fmt}"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare(pdfs: list[Path]) -> tuple[float, int]:
    from bench_pdf import run_baseline  # the same bare loop as the parser's own benchmark

    start = time.perf_counter()
    pages = run_baseline(pdfs)
    return time.perf_counter() - start, pages


def ingest(paths: list[Path]) -> float:
    from pipeline.ingest import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        for p in paths:
            (raw / p.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(p, raw / p.parent.name / p.name)
        start = time.perf_counter()
        report = ingest_paths([raw], Path(tmp) / "out", show_progress=False)
        elapsed = time.perf_counter() - start
    assert not report.failed
    return elapsed


def main(mode: str) -> None:
    if mode == "bare":
        seconds, pages = bare(files("pdf"))
        print(f"bare extract_tables: {seconds:.2f} s for {pages} pages = {seconds / pages:.4f} s/page")
    elif mode == "pdf":
        import pdfplumber

        pdfs = files("pdf")
        pages = 0
        for p in pdfs:
            with pdfplumber.open(p) as pdf:
                pages += len(pdf.pages)
        seconds = ingest(pdfs)
        print(f"ingest PDF: {seconds:.2f} s for {pages} pages = {seconds / pages:.4f} s/page")
    elif mode == "docx":
        docs = files("docx")
        seconds = ingest(docs)
        print(f"ingest DOCX: {seconds:.2f} s for {len(docs)} documents = {len(docs) / seconds:.2f} documents/s")
    elif mode == "corpus":
        seconds = ingest(SOURCES)
        print(f"ingest whole sample corpus ({len(SOURCES)} files): {seconds:.2f} s")
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpus")
