"""Where the documents are read: in this process, in local worker processes, or on a Dask cluster.

Every executor runs the same task (pipeline.job.read_task: one file, in a child under its time and
memory limit) and yields the outcomes in the order the files were given, whatever order they finish
in: the writer applies them in that order, so the dataset does not depend on who read what.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from parsers.ocr.reader import share_cores
from pipeline.discovery import SourceFile
from pipeline.isolation import Limits
from pipeline.isolation import _die_with_parent as die_with_parent
from pipeline.job import ReadOutcome, read_task
from pipeline.messages import say
from pipeline.store import forget_inherited_locks
from pipeline.worker import warm_up


class ExecutorError(Exception):
    """The executor asked for cannot run; the message says why, for a person."""


def default_workers() -> int:
    """The cores this process may use (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def check_workers(text: str | int) -> int:
    try:
        n = int(text)
    except (TypeError, ValueError):
        n = 0
    if n < 1 or str(text).strip() != str(n):
        raise ExecutorError(say("workers.bad_number", value=text))
    return n


class SerialExecutor:
    """One file at a time from this process (each still in its own limited child): no pool to start."""

    name = "serial"

    def __init__(self, limits: Limits):
        self.limits = limits

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def map(self, sources: list[SourceFile]) -> Iterator[ReadOutcome]:
        if sources:
            warm_up()  # once: every per-file child is forked from this process
        for source in sources:
            yield read_task(source, self.limits)


class PoolExecutor:
    """N local worker processes, each warmed once; each forks the per-file child from its warm state,
    so a file that hangs or crashes costs that file only, and the worker goes on."""

    name = "pool"

    def __init__(self, workers: int, limits: Limits):
        self.workers, self.limits = workers, limits
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> PoolExecutor:
        warm_up()  # here, before the workers are forked: they start warm, and it is done once, not per worker
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                         initializer=_start_worker, initargs=(self.workers,))
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, sources: list[SourceFile]) -> Iterator[ReadOutcome]:
        futures = [None] * len(sources)
        for i in largest_first(sources):
            futures[i] = self._pool.submit(read_task, sources[i], self.limits)
        for i, source in enumerate(sources):
            future, futures[i] = futures[i], None  # the outcome goes once it is applied
            try:
                outcome = future.result()
            except BrokenProcessPool:  # a worker itself died (killed from outside): read here instead
                outcome = read_task(source, self.limits)
            yield outcome


def largest_first(sources: list[SourceFile]) -> list[int]:
    """The order the files are handed to the workers, one at a time: the biggest first, so that a big
    file never starts last and runs alone at the end while the other workers wait. (The outcomes are
    still applied in the order of the files.) Equal sizes keep the order of the files."""
    def size(i: int) -> int:
        try:
            return sources[i].path.stat().st_size
        except OSError:  # gone since discovery: its reading reports it
            return 0

    return sorted(range(len(sources)), key=lambda i: -size(i))


def _start_worker(workers: int) -> None:
    """A pool worker is forked from the writer, warm already: it must not keep the writer's lock alive,
    nor outlive a writer killed with SIGKILL (the next run would find the dataset locked); its OCR
    threads take only its share of the cores."""
    forget_inherited_locks()
    die_with_parent()
    share_cores(workers)


def open_executor(workers: int | None, scheduler: str | None, limits: Limits, n_files: int):
    """The executor for this run: a Dask cluster when a scheduler is given, else local processes
    (no pool for a single file or a single worker)."""
    if scheduler:
        from pipeline.cluster import DaskExecutor

        return DaskExecutor(scheduler, limits)
    n = min(workers or default_workers(), n_files)
    return PoolExecutor(n, limits) if n > 1 else SerialExecutor(limits)
