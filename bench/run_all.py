"""`make bench`: every benchmark of the project, each in a fresh process, with the figures to compare.

Accuracy comes first, and within it the figure on municipalities the normalisers have never seen."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PDF_TARGET = 1.5  # the whole ingest of the PDFs within 1.5x of bare extract_tables()
MEMORY_TARGET_MB = 500


def run(script: str, *args: str) -> str:
    path = BENCH / script
    if not path.exists():
        return f"({script} missing)\n"
    done = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, check=False)
    out = done.stdout + (f"error: {done.stderr.strip().splitlines()[-1]}\n" if done.returncode else "")
    print(out, end="", flush=True)
    return out


def per_page(text: str) -> float | None:
    m = re.search(r"= ([\d.]+) s/page", text)
    return float(m.group(1)) if m else None


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    print("== accuracy: unseen municipalities first (leave-one-municipality-out, other regions), then in-sample")
    run("bench_accuracy.py")
    print("== scale: generated corpus, 1 and 2 workers and a two-worker Dask LocalCluster")
    run("bench_scale.py", *(["--quick"] if quick else []))
    if quick:
        return 0
    print("== scale: 20 distinct PDFs, 2 workers against 1")
    run("bench_scale.py", "--pdfs", "20")
    print("== PDF: bare pdfplumber extract_tables() vs the whole ingest")
    bare = per_page(run("bench_ingest.py", "bare"))
    ours = per_page(run("bench_ingest.py", "pdf"))
    if bare and ours:
        verdict = "within" if ours <= PDF_TARGET * bare else "OVER"
        print(f"ratio ingest / bare: {ours / bare:.2f} ({verdict} the {PDF_TARGET}x target)")
    print("== DOCX")
    run("bench_ingest.py", "docx")
    print("== whole sample corpus (peak memory)")
    corpus = run("bench_ingest.py", "corpus")
    m = re.search(r"peak memory: (\d+) MB", corpus)
    if m:
        print(f"peak memory {m.group(1)} MB ({'under' if int(m.group(1)) < MEMORY_TARGET_MB else 'OVER'} "
              f"the {MEMORY_TARGET_MB} MB target)")
    print("== PDF parser alone")
    run("bench_pdf.py")
    print("== scans (OCR, seconds per page) and legacy formats (LibreOffice, seconds per file)")
    run("bench_formats.py")
    print("== deadline normaliser")
    run("bench_deadlines.py")
    print("== executor normaliser")
    run("bench_executors.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
