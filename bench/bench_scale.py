"""Scale benchmark of the parallel ingest: a generated corpus of distinct orders, ingested cold with one
worker, two workers and a two-worker Dask LocalCluster.

    .venv/bin/python bench/bench_scale.py [--docs 500] [--small 50] [--quick]
    .venv/bin/python bench/bench_scale.py --pdfs 20     # two workers against one on 20 distinct PDFs

Each run is a fresh process writing a fresh dataset. Printed per run: documents per second, the reduce
step (manifest, duplicates, tables, publish) as a share of the run, the peak memory of a worker
(sampled every 0.1 s: RSS of the worker process, RSS of the per-file child it forks, and PSS of the
two together — PSS counts the pages they share once), and the CPU seconds per document of all
processes (load-independent: equal CPU per document for 1 and 2 workers means the work parallelises
without overhead, whatever other programs take from the cores). Then the speed-ups and the
per-document time at `--small` against `--docs` documents (linear growth: within 15 %).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DOCX = ["data/raw/sarov/sarov_2021_roadmap_2_3.docx", "data/raw/smirnykhovsky/smirnykhovsky_2020_2025_program.docx",
        "tests/fixtures/corpus/timashevsky/timashevsky_2023_order046.docx",
        "data/raw/bashmakovsky/bashmakovsky_msoko_roadmap.docx", "tests/fixtures/corpus/sarov/sarov_2021_order158.docx"]
PDF = "tests/fixtures/corpus/bashmakovsky/bashmakovsky_msoko_roadmap.pdf"
MUNICIPALITIES = ["sarov", "smirnykhovsky", "timashevsky", "bashmakovsky", "arzamas", "kstovo", "bor", "dzerzhinsk"]
BARS = {"speedup": 1.8, "growth": 0.15, "memory_mb": 400, "reduce_share": 0.05}
EPOCH = "1767225600"


def make_corpus(folder: Path, n: int) -> list[Path]:
    """`n` distinct orders: the corpus DOCX with one paragraph added (its number), one PDF in 25 with
    bytes appended after its end; spread over municipalities so each holds copies (duplicates)."""
    from docx import Document

    templates = {p: Document(ROOT / p) for p in DOCX}
    files = []
    for i in range(n):
        muni = folder / MUNICIPALITIES[i % len(MUNICIPALITIES)]
        muni.mkdir(parents=True, exist_ok=True)
        if i % 25 == 12:
            target = muni / f"order_{i:04d}.pdf"
            target.write_bytes((ROOT / PDF).read_bytes() + f"\n%variant {i}\n".encode())
        else:
            source = DOCX[i % len(DOCX)]
            doc = templates[source]
            paragraph = doc.add_paragraph(f"Экземпляр {i}")
            target = muni / f"order_{i:04d}.docx"
            doc.save(target)
            paragraph._element.getparent().remove(paragraph._element)
        files.append(target)
    return files


def subset(corpus: Path, files: list[Path], folder: Path) -> Path:
    for f in files:
        target = folder / f.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(f, target)
    return folder


class Sampler(threading.Thread):
    """Peak memory of the workers (children of this process) and of the per-file children they fork."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = {"worker_rss": 0.0, "file_rss": 0.0, "worker_pss": 0.0}
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.stop.wait(0.1):
            for worker in me.children():
                try:
                    files = worker.children(recursive=True)
                    rss = [p.memory_info().rss / 2**20 for p in [worker, *files]]
                    pss = sum(p.memory_full_info().pss for p in [worker, *files]) / 2**20
                except psutil.Error:
                    continue
                top = max(rss[1:], default=0.0) if files else 0.0
                for key, value in (("worker_rss", rss[0]), ("file_rss", top), ("worker_pss", pss)):
                    self.peak[key] = max(self.peak[key], value)


def child(mode: str, raw: Path, out: Path) -> None:
    """One cold run, in this fresh process: one, two local workers, or a two-worker LocalCluster."""
    import resource

    from pipeline.ingest import ingest_paths

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    cluster = None
    if mode == "dask":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    sampler = Sampler()
    sampler.start()
    start = time.perf_counter()
    report = ingest_paths([raw], out, show_progress=False, workers={"1": 1, "2": 2}.get(mode),
                          scheduler=cluster.scheduler_address if cluster else None)
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if cluster:
        cluster.close()  # its workers are reaped: their CPU time counts below (their start-up too)
    statuses = [o.status for o in report.outcomes]
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print(json.dumps({"mode": mode, "docs": len(statuses), "ok": statuses.count("ok"), "seconds": seconds,
                      "reduce": report.seconds["reduce"], "reduce_cpu": report.seconds["reduce_cpu"], "cpu": cpu,
                      **sampler.peak,
                      "writer_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "load": os.getloadavg()[0]}))


def measure(mode: str, raw: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(raw), str(out)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{mode}: {done.stderr.strip().splitlines()[-1]}")
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{mode:>4} x{r['docs']:4d} docs ({r['ok']} ok): {r['seconds']:7.1f} s  {r['docs'] / r['seconds']:5.2f} "
          f"docs/s  {r['seconds'] / r['docs']:5.2f} s/doc  CPU {r['cpu'] / r['docs']:5.2f} s/doc  "
          f"reduce {r['reduce']:5.2f} s ({100 * r['reduce'] / r['seconds']:.1f} %, CPU {r['reduce_cpu']:.2f} s)  "
          f"peak: worker RSS "
          f"{r['worker_rss']:.0f} MB, per-file child RSS {r['file_rss']:.0f} MB, worker+child PSS "
          f"{r['worker_pss']:.0f} MB, writer RSS {r['writer_rss']:.0f} MB  (load {r['load']:.1f})", flush=True)
    return r


def same_dataset(a: Path, b: Path) -> bool:
    files = [{p.relative_to(d.resolve()).as_posix(): p.read_bytes() for p in d.resolve().rglob("*") if p.is_file()}
             for d in (a, b)]
    return files[0] == files[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--small", type=int, default=50)
    ap.add_argument("--quick", action="store_true", help="a smoke run: 20 and 10 documents")
    ap.add_argument("--pdfs", type=int, default=0,
                    help="instead: N distinct PDFs (generated layouts and corpus), 1 against 2 workers")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child[0], Path(args.child[1]), Path(args.child[2]))
    big, small = (20, 10) if args.quick else (args.docs, args.small)
    print(f"load before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if args.pdfs:
        return pdf_speedup(args.pdfs)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = make_corpus(tmp / "corpus", big)
        raw_big = subset(tmp / "corpus", files, tmp / "big")
        raw_small = subset(tmp / "corpus", files[:small], tmp / "small")
        runs = {(mode, big): measure(mode, raw_big, tmp / f"out-{mode}-{big}") for mode in ("1", "2", "dask")}
        runs[("2", small)] = measure("2", raw_small, tmp / f"out-2-{small}")
        identical = all(same_dataset(tmp / f"out-1-{big}", tmp / f"out-{m}-{big}") for m in ("2", "dask"))
    report(runs, big, small, identical)
    print(f"load after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def pdf_speedup(n: int) -> None:
    """Two workers against one on `n` distinct PDFs: the check made from outside on 20 PDFs (bar 1.7x)."""
    sources = [*sorted((ROOT / "tests/layouts/files").glob("*.pdf")),
               *sorted((ROOT / "tests/fixtures/corpus").rglob("*.pdf"))]
    if len(sources) < n:
        raise SystemExit(f"only {len(sources)} PDFs to draw from")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        for i, source in enumerate(sources[:n]):
            target = raw / MUNICIPALITIES[i % len(MUNICIPALITIES)] / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(source, target)
        runs = {mode: measure(mode, raw, Path(tmp) / f"out-{mode}") for mode in ("1", "2")}
        identical = same_dataset(Path(tmp) / "out-1", Path(tmp) / "out-2")
    speedup = (runs["2"]["docs"] / runs["2"]["seconds"]) / (runs["1"]["docs"] / runs["1"]["seconds"])
    print(f"speed-up 2 vs 1 worker on {n} PDFs: {speedup:.2f}x (bar >= 1.7x); datasets identical: {identical}")
    print(f"load after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def report(runs: dict, big: int, small: int, identical: bool) -> None:
    rate = {k: r["docs"] / r["seconds"] for k, r in runs.items()}
    for mode in ("2", "dask"):
        s = rate[(mode, big)] / rate[("1", big)]
        print(f"speed-up {mode} vs 1 worker at {big} docs: {s:.2f}x (bar >= {BARS['speedup']}x)")
        cpu = runs[("1", big)]["cpu"] / runs[(mode, big)]["cpu"]
        print(f"  CPU per document, 1 worker / {mode}: {cpu:.2f} (1.00 = no parallel overhead)")
    per = [runs[("2", n)]["seconds"] / runs[("2", n)]["docs"] for n in (small, big)]
    print(f"per-document time, 2 workers, {small} -> {big} docs: {per[0]:.2f} -> {per[1]:.2f} s "
          f"({100 * (per[1] / per[0] - 1):+.1f} %, bar within {100 * BARS['growth']:.0f} %)")
    for key, label in (("worker_rss", "worker RSS"), ("file_rss", "per-file child RSS"),
                       ("worker_pss", "worker + child PSS")):
        print(f"peak memory per worker, {label}: {max(r[key] for r in runs.values()):.0f} MB "
              f"(bar <= {BARS['memory_mb']} MB)")
    share = max(runs[(m, big)]["reduce"] / runs[(m, big)]["seconds"] for m in ("1", "2", "dask"))
    print(f"reduce step at {big} docs: at most {100 * share:.1f} % of the run "
          f"(bar <= {100 * BARS['reduce_share']:.0f} %)")
    print(f"datasets of 1, 2 workers and the LocalCluster byte-identical: {identical}")


if __name__ == "__main__":
    main()
