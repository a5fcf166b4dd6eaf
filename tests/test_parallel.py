"""Parallel ingest: the dataset is the same bytes whether one process, two workers or a Dask cluster
read the documents; a file that hangs or crashes its worker costs that file only; bad arguments are
one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, RAW
from test_ingest import make_raw

from pipeline import job
from pipeline.cli import main
from pipeline.ingest import ingest_paths, run_timestamp
from pipeline.isolation import Limits
from pipeline.parallel import ExecutorError, PoolExecutor, check_workers, open_executor

pytestmark = pytest.mark.slow  # end-to-end: processes, pools and clusters

EPOCH = "1767225600"  # 2026-01-01T00:00:00Z


def tree(out: Path) -> dict[str, bytes]:
    """Every file of the dataset, by path: Parquet parts, tables and the manifest."""
    root = out.resolve()
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    """Four small documents in three municipalities, a copy among them (duplicates are part of the reduce).
    Made once for the module: its tests only read it."""
    return make_raw(tmp_path_factory.mktemp("parallel"), {
        "sarov/roadmap_2_3.docx": RAW / "sarov" / "sarov_2021_roadmap_2_3.docx",
        "sarov/copy_of_roadmap.docx": RAW / "sarov" / "sarov_2021_roadmap_2_3.docx",
        "bashmakovsky/msoko.docx": RAW / "bashmakovsky" / "bashmakovsky_msoko_roadmap.docx",
        "timashevsky/order046.docx": FIXTURES / "corpus" / "timashevsky" / "timashevsky_2023_order046.docx",
        "timashevsky/broken.docx": b"PK\x03\x04 not really a docx",
    })


@pytest.fixture(scope="module")
def serial_tree(raw, tmp_path_factory):
    """`raw` ingested by one process, once for both comparisons with it."""
    out = tmp_path_factory.mktemp("serial") / "serial"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        report = ingest_paths([raw], out, show_progress=False, workers=1)
    assert [o.status for o in report.outcomes].count("ok") == 4
    return tree(out)


def test_two_workers_write_the_same_bytes_as_one(raw, serial_tree, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    report = ingest_paths([raw], tmp_path / "two", show_progress=False, workers=2)
    assert [o.source_file for o in report.outcomes] == sorted(o.source_file for o in report.outcomes)
    assert tree(tmp_path / "two") == serial_tree
    assert any(name.startswith("measures/municipality=timashevsky/") for name in serial_tree)


DASK_RUN = """
import sys
from pathlib import Path
from distributed import LocalCluster
from pipeline.ingest import ingest_paths
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
    report = ingest_paths([Path(sys.argv[1])], Path(sys.argv[2]), show_progress=False, scheduler=c.scheduler_address)
    assert len(c.workers) == 2
print(sum(o.status == "ok" for o in report.outcomes), report.seconds["reduce"] > 0)
"""


def test_a_local_dask_cluster_writes_the_same_bytes_as_one_process(raw, serial_tree, tmp_path):
    """In a process of its own: a scheduler's threads would stay in this one and enlarge every child
    forked from it later (the per-file memory limit counts address space)."""
    pytest.importorskip("distributed")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}  # the workers never see it: the writer sets ingested_at
    done = subprocess.run([sys.executable, "-c", DASK_RUN, str(raw), str(tmp_path / "dask")], env=env,
                          capture_output=True, text=True, check=False, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["4", "True"]
    assert tree(tmp_path / "dask") == serial_tree


def test_source_date_epoch_fixes_the_run_timestamp(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert run_timestamp().isoformat() == "2026-01-01T00:00:00+00:00"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert run_timestamp().year >= 2026


_READ = job.read_encoded


def _hang_or_crash(source):
    """A reader that loops on one file and kills its own process on another: what a bad C library does."""
    while source.rel.endswith("broken.docx"):
        pass
    if source.rel.endswith("copy_of_roadmap.docx"):
        os.kill(os.getpid(), signal.SIGSEGV)
    return _READ(source)


def test_a_hanging_or_crashing_file_costs_only_that_file_in_a_pool(tmp_path, monkeypatch):
    monkeypatch.setattr(job, "read_encoded", _hang_or_crash)  # the workers are forked: they inherit it
    roadmap = RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"
    raw = make_raw(tmp_path, {"sarov/broken.docx": roadmap, "sarov/copy_of_roadmap.docx": roadmap,
                              "sarov/roadmap_2_3.docx": roadmap})
    report = ingest_paths([raw], tmp_path / "out", show_progress=False, workers=2, limits=Limits(seconds=5))
    by_file = {o.source_file: o for o in report.outcomes}
    assert by_file["sarov/broken.docx"].status == "failed"
    assert "дольше 5 с" in by_file["sarov/broken.docx"].error
    assert by_file["sarov/copy_of_roadmap.docx"].status == "failed"
    assert "аварийно" in by_file["sarov/copy_of_roadmap.docx"].error
    assert by_file["sarov/roadmap_2_3.docx"].status == "ok" and by_file["sarov/roadmap_2_3.docx"].measures == 79


def test_the_pool_runs_files_in_other_processes_and_keeps_their_order(raw):
    from pipeline.discovery import discover

    sources = discover([raw], raw)
    with PoolExecutor(2, Limits(seconds=None, memory_mb=None)) as pool:
        outcomes = list(pool.map(sources))
    assert [o.document_id for o in outcomes] == [s.document_id for s in sources]
    assert [o.status for o in outcomes].count("ok") == 4


def test_executor_choice():
    limits = Limits()
    assert open_executor(None, None, limits, n_files=1).name == "serial"
    assert open_executor(1, None, limits, n_files=10).name == "serial"
    assert open_executor(2, None, limits, n_files=10).name == "pool"
    assert open_executor(4, None, limits, n_files=10).workers == 4
    assert open_executor(4, None, limits, n_files=3).workers == 3


@pytest.mark.parametrize("text", ["0", "-1", "two", "1.5", ""])
def test_a_bad_workers_count_is_refused(text):
    with pytest.raises(ExecutorError, match="--workers"):
        check_workers(text)
    assert check_workers("3") == 3


def test_cli_bad_workers_and_unreachable_scheduler_are_one_line(raw, tmp_path, capsys):
    assert main(["ingest", str(raw), "--out", str(tmp_path / "o"), "--workers", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--workers" in err[0]
    assert main(["ingest", str(raw), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "планировщик Dask tcp://127.0.0.1:9 недоступен" in err[0], err
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").rglob("*.parquet"))


def test_an_exact_copy_of_a_plan_is_paired_measure_by_measure():
    from pipeline.duplicates import mark_duplicates

    def rows(doc: str) -> list[dict]:
        return [{"document_id": doc, "plan_key": f"{doc}-1", "plan_title": "План", "item_path": None,
                 "section": None, "name": f"Мероприятие {i % 3}", "measure_id": f"{doc}-{i}"} for i in range(6)]

    by_doc = {"a": rows("a"), "b": rows("b")}
    mark_duplicates(by_doc, {"a": {"source_file": "a"}, "b": {"source_file": "b"}})
    assert [r["duplicate_of"] for r in by_doc["b"]] == [f"a-{i}" for i in range(6)]
    assert all(r["duplicate_of"] is None for r in by_doc["a"])


def test_pool_workers_do_not_hold_the_writers_lock(tmp_path):
    """Killed with SIGKILL, the writer's lock must go with it: its forked workers close their copy."""
    import fcntl

    from pipeline.store import WriterLock, open_store

    store = open_store(tmp_path / "out")
    with WriterLock(store), PoolExecutor(1, Limits(seconds=None, memory_mb=None)) as pool:
        pool._pool.submit(int).result()  # the worker is up, forked while the lock is held
        worker = next(iter(pool._pool._processes))
        held = [int(fd) for fd in os.listdir(f"/proc/{worker}/fd")
                if os.path.realpath(f"/proc/{worker}/fd/{fd}") == str(store.root / "lock")]
        assert held == []
    fd = os.open(store.root / "lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free once the writer let go
    os.close(fd)


def test_the_biggest_files_go_to_the_workers_first(raw):
    from pipeline.discovery import discover
    from pipeline.parallel import largest_first

    sources = discover([raw], raw)
    sizes = [s.path.stat().st_size for s in sources]
    order = largest_first(sources)
    assert sorted(order) == list(range(len(sources)))
    assert [sizes[i] for i in order] == sorted(sizes, reverse=True)
    assert order != list(range(len(sources)))  # the fixture's files are not in size order already
    assert sources[order[-1]].rel == "timashevsky/broken.docx"


def test_files_read_at_once_are_counted_per_host():
    from pipeline.cluster import reading_at_once

    workers = {"tcp://a:1": {"host": "a", "nthreads": 1}, "tcp://a:2": {"host": "a", "nthreads": 2},
               "tcp://b:1": {"host": "b", "nthreads": 4}}
    assert reading_at_once(workers) == {"tcp://a:1": 3, "tcp://a:2": 3, "tcp://b:1": 4}


DASK_SHARE = """
import os
from distributed import LocalCluster
from pipeline.cluster import DaskExecutor
from pipeline.isolation import Limits
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
    with DaskExecutor(c.scheduler_address, Limits()) as executor:
        shares = executor.client.run(lambda: os.environ.get("ROADMAPS_OCR_WORKERS"))
print(*sorted(shares.values()))
"""


def test_dask_workers_share_the_cores_for_ocr_as_the_local_pool_does():
    """Two worker processes on one host: each file's OCR threads get half the cores, as with --workers 2."""
    env = {k: v for k, v in os.environ.items() if k != "ROADMAPS_OCR_WORKERS"}
    done = subprocess.run([sys.executable, "-c", DASK_SHARE], env=env, capture_output=True, text=True,
                          check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    half = str(max(1, len(os.sched_getaffinity(0)) // 2))
    assert done.stdout.split() == [half, half]
