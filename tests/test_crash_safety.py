"""One writer, and a dataset that moves from one consistent state to the next whatever kills the writer."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import RAW, ROOT

from pipeline.cli import main
from pipeline.ingest import ingest_paths
from pipeline.store import Store, WriterLock, open_store

SMALL = [RAW / "sarov" / "sarov_2021_roadmap_2_3.docx", RAW / "bashmakovsky" / "bashmakovsky_msoko_roadmap.docx"]


def make_raw(root: Path, layout: dict[str, Path]) -> None:
    shutil.rmtree(root, ignore_errors=True)
    for rel, source in layout.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, root / rel)


def content(out: Path) -> dict[str, list]:
    """Every table's rows, sorted, without the time of ingest: what a clean run must reproduce."""
    snapshot = out.resolve()
    tables = {}
    for path in sorted(snapshot.rglob("*.parquet")):
        rows = [{k: v for k, v in r.items() if k != "ingested_at"} for r in pq.read_table(path).to_pylist()]
        tables[path.relative_to(snapshot).as_posix()] = sorted(map(repr, rows))
    return tables


def test_a_second_writer_is_refused_at_once(tmp_path, capsys):
    raw = tmp_path / "raw"
    make_raw(raw, {"sarov/a.docx": SMALL[0]})
    out = tmp_path / "out"
    with WriterLock(open_store(out)):
        started = time.monotonic()
        assert main(["ingest", str(raw), "--out", str(out), "--quiet"]) == 2
        assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert "обновляет другой запуск" in err and str(os.getpid()) in err


@pytest.mark.slow  # starts and kills a Python process
def test_a_lock_held_by_a_killed_process_is_not_stuck(tmp_path):
    out = tmp_path / "out"
    open_store(out)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from pipeline.store import WriterLock, open_store\n"
        f"lock = WriterLock(open_store(Path({str(out)!r}))).__enter__(); print('held', flush=True); time.sleep(60)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    raw = tmp_path / "raw"
    make_raw(raw, {"sarov/a.docx": SMALL[0]})
    report = ingest_paths([raw], out, show_progress=False)
    assert [o.status for o in report.outcomes] == ["ok"]


class Reader(threading.Thread):
    """Reads the dataset as an analyst's script would, and records any row of a document the
    documents table does not list (the invariant a reader relies on)."""

    def __init__(self, out: Path):
        super().__init__(daemon=True)
        self.out, self.stop, self.reads, self.violations = out, threading.Event(), 0, []

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                snapshot = self.out.resolve(strict=True)
                listed = set(pq.read_table(snapshot / "documents.parquet", columns=["document_id"])
                             .column("document_id").to_pylist())
                for part in snapshot.glob("*/municipality=*/*.parquet"):
                    ids = set(pq.read_table(part, columns=["document_id"]).column("document_id").to_pylist())
                    if ids - listed:
                        self.violations.append(part.as_posix())
                self.reads += 1
            except (FileNotFoundError, OSError):
                pass  # no dataset yet, or an old snapshot collected while being read: read again
            time.sleep(0.01)


@pytest.mark.slow
def test_kill_9_at_random_moments_never_leaves_a_mix(tmp_path):
    rng = random.Random(8)
    raw, out = tmp_path / "raw", tmp_path / "out"
    layouts = [
        {"sarov/roadmap.docx": SMALL[0], "bashmakovsky/msoko.docx": SMALL[1]},
        {"sarov/roadmap.docx": SMALL[1], "bashmakovsky/msoko.docx": SMALL[1], "sarov/new.docx": SMALL[0]},
        {"bashmakovsky/renamed.docx": SMALL[1], "sarov/new.docx": SMALL[0]},
    ]
    expected = {}
    for i, layout in enumerate(layouts):
        make_raw(raw, layout)
        clean = tmp_path / f"clean{i}"
        ingest_paths([raw], clean, show_progress=False)
        expected[i] = content(clean)
    command = [sys.executable, "-m", "pipeline", "ingest", str(raw), "--out", str(out), "--quiet", "--workers", "1"]
    reader = Reader(out)
    reader.start()
    killed = 0
    for round_ in range(9):
        which = round_ % len(layouts)
        make_raw(raw, layouts[which])
        writer = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        if writer.poll() is None:
            writer.kill()  # SIGKILL: no handler, no cleanup
            killed += 1
        writer.wait()
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert content(out) == expected[which], f"round {round_}: the re-run differs from a clean run"
        snapshots = [p.name for p in (tmp_path / ".out.store" / "snapshots").iterdir()]
        assert len(snapshots) <= 2, snapshots  # the current one and the one just replaced: no debris
        assert Store(out).current() is not None
    reader.stop.set()
    reader.join()
    assert killed >= 5, "too few runs were killed mid-way to test anything"
    assert reader.reads > 9
    assert reader.violations == []
