"""Shared fixtures: the corpus files, their parsed structure, and a dataset ingested from data/raw."""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_FILES = sorted([*RAW.glob("*/*.pdf"), *RAW.glob("*/*.docx"),
                       *(FIXTURES / "corpus").glob("*/*.pdf"), *(FIXTURES / "corpus").glob("*/*.docx")])


def corpus_file(stem: str, fmt: str) -> Path:
    for path in CORPUS_FILES:
        if path.stem == stem and path.suffix == f".{fmt}":
            return path
    raise FileNotFoundError(f"{stem}.{fmt}")


_PARSED: dict[Path, object] = {}
_STRUCTURED: dict[Path, object] = {}
_SHARED: list[Path] = []  # the run's common folder, where xdist workers leave what they computed for each other
BUSY = object()  # what shared() returns, when told not to wait, for a value the other worker is computing now


def parsed(path: Path):
    """Parse a corpus file once per test run: the parser tests and the structure tests read the same
    files (the structure step leaves the parsed document as it is), and under xdist the worker that
    parses a file first leaves it pickled for the other."""
    if path not in _PARSED:
        _PARSED[path] = shared(f"parsed/{path.parent.name}--{path.name}", lambda: _parse(path))
    return _PARSED[path]


def _parse(path: Path):
    from parsers import docx, pdf

    return (pdf if path.suffix == ".pdf" else docx).parse(path)


def shared(key: str, compute, wait: bool = True):
    """`compute()` once per test run: the first worker to ask leaves the value pickled in the run's
    common folder under `key`, the other reads it. With `wait` false, a value the other worker is
    computing now is not waited for: BUSY comes back, and the caller can do something else first."""
    if not _SHARED:
        return compute()
    stored = _SHARED[0] / "shared" / f"{key}.pickle"
    stored.parent.mkdir(parents=True, exist_ok=True)
    with stored.with_suffix(".lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return BUSY
        if stored.exists():
            return pickle.loads(stored.read_bytes())
        value = compute()
        stored.with_suffix(".part").write_bytes(pickle.dumps(value))
        stored.with_suffix(".part").replace(stored)
        return value


def shared_each(keys: list[str], compute) -> list:
    """shared() for many values, `compute(key)` each: those the other worker is computing now are
    taken last, so that a test needing them all does not wait behind it, value after value."""
    # the first pass backwards: the tests that make the values one by one go forwards
    found = {key: shared(key, lambda key=key: compute(key), wait=False) for key in reversed(keys)}
    return [shared(key, lambda key=key: compute(key)) if found[key] is BUSY else found[key] for key in keys]


@pytest.fixture(scope="session", autouse=True)
def _shared_folder(tmp_path_factory):
    """Points shared() at the run's common folder (under xdist the workers' own are inside it)."""
    _SHARED[:] = [_run_folder(tmp_path_factory)]
    yield
    _SHARED.clear()


def structured(path: Path):
    """Parse and structure a corpus file once per test process."""
    if path not in _STRUCTURED:
        from pipeline.structure import build_structure

        _STRUCTURED[path] = build_structure(parsed(path))
    return _STRUCTURED[path]


@pytest.fixture(scope="session")
def corpus_dataset(tmp_path_factory) -> Path:
    """The dataset `make ingest` writes: data/raw ingested into a temporary folder, once per run. Under
    xdist the workers share one ingest (the tests only read it): the first builds it under a lock in the
    run's common temporary folder, the other waits and reads the same files."""
    from pipeline.ingest import ingest_paths

    shared = _run_folder(tmp_path_factory) / "corpus_dataset"
    shared.mkdir(exist_ok=True)
    out, done = shared / "dataset", shared / "done"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(out, ignore_errors=True)
            raw = shared / "raw"
            shutil.rmtree(raw, ignore_errors=True)
            shutil.copytree(RAW, raw)
            report = ingest_paths([raw], out, show_progress=False)
            assert not report.failed, [o for o in report.outcomes if o.status == "failed"]
            (shared / "report.pickle").write_bytes(pickle.dumps(report))
            done.touch()
    return out


@pytest.fixture(scope="session")
def corpus_ingest_report(corpus_dataset):
    """The report of the ingest that wrote corpus_dataset (what its summary is made from)."""
    return pickle.loads((corpus_dataset.parent / "report.pickle").read_bytes())


def _run_folder(tmp_path_factory) -> Path:
    """The temporary folder of this test run: the workers' own folders are inside it under xdist."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


WORST_SHOWN = 5


def pytest_terminal_summary(terminalreporter):
    """Per-layout accuracy of the generated layouts (tests/test_layouts.py), worst five first."""
    found = {(value[0], value[1]): value for reports in terminalreporter.stats.values() for report in reports
             for name, value in getattr(report, "user_properties", ()) if name == "layout_score"}
    rows = list(found.values())  # a test's properties ride on each of its reports: one row per layout
    if not rows:
        return
    write = terminalreporter.write_line
    terminalreporter.section("generated layouts: measures exact")
    for fmt in ("docx", "pdf"):
        mine = sorted((r for r in rows if r[0] == fmt), key=lambda r: (r[2], r[1]))
        for held_out in (False, True):
            group = [r for r in mine if r[2] == held_out]
            if group:
                equal, total = sum(r[3] for r in group), sum(r[4] for r in group)
                write(f"{fmt} {'held out' if held_out else 'tuned'}: {equal}/{total} = {equal / total:.2%} "
                      f"over {len(group)} layouts")
        for r in mine:
            write(f"  {r[1]} {'(held out) ' if r[2] else ''}{r[3]}/{r[4]} = {r[3] / r[4]:.1%}  [{r[5]}]")
    write("worst five:")
    for r in sorted(rows, key=lambda r: r[3] / r[4])[:WORST_SHOWN]:
        write(f"  {r[0]} {r[1]}: {r[3]}/{r[4]} = {r[3] / r[4]:.1%}  [{r[5]}]")


def pytest_collection_modifyitems(items):
    """The files holding slow tests run first, each file kept whole (its module fixtures are made once).
    xdist hands each worker a contiguous half of this order and a worker that runs dry takes the tail of
    the other's queue: with the long tests at the front, the run ends on short ones, and no worker is
    left alone with a long test while the other waits. A test marked `gathers` (a floor over readings
    that tests of its own file make and keep, conftest.shared) goes to the very end and its file to the
    very front: run early, it would make every reading itself, one long test again."""
    gathering = {item.path for item in items if item.get_closest_marker("gathers")}
    has_slow = {item.path for item in items if item.get_closest_marker("slow")}
    first_seen = {}
    for item in items:
        first_seen.setdefault(item.path, len(first_seen))
    items.sort(key=lambda item: (item.get_closest_marker("gathers") is not None, item.path not in gathering,
                                 item.path not in has_slow, first_seen[item.path]))
