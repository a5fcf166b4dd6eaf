"""Reading on a Dask cluster: `roadmaps ingest --scheduler tcp://HOST:8786`.

The workers run the same per-document task as local processes (pipeline.job.read_task) and send
back the Parquet bytes of each document's part files; this process, the one writer, stores them in
the snapshot it builds and does the reduce step (manifest, duplicates, plans and documents tables,
publish) once. So the workers need no write access to the dataset — only the input files at the
same path (a shared folder) and the same version of this package.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from pipeline import schema
from pipeline.discovery import SourceFile
from pipeline.isolation import Limits
from pipeline.job import ReadOutcome, read_task
from pipeline.messages import say
from pipeline.parallel import ExecutorError, largest_first

CONNECT_TIMEOUT = "10s"
WAIT_FOR_WORKERS_S = 60


def _worker_setup(reading_at_once: dict[str, int] | None = None, dask_worker=None) -> str:
    """Prepare one worker process; answer with the parser version it runs. Its OCR threads take its
    share of the host's cores — the cores divided by the files read on that host at once (the
    threads of every worker process there), as the local pool does — then it loads the dictionaries."""
    from parsers.ocr.reader import share_cores
    from pipeline.worker import warm_up

    if dask_worker is not None:
        share_cores((reading_at_once or {}).get(dask_worker.address) or dask_worker.state.nthreads)
    warm_up()
    return schema.PARSER_VERSION


def reading_at_once(workers: dict[str, dict]) -> dict[str, int]:
    """Per worker address: how many files its host reads at once (the threads of all its workers there),
    from the scheduler's description of the workers."""
    per_host: dict[str, int] = {}
    for info in workers.values():
        per_host[info["host"]] = per_host.get(info["host"], 0) + int(info.get("nthreads") or 1)
    return {address: per_host[info["host"]] for address, info in workers.items()}


def _warm_up_plugin():
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Prepares every worker, those that join later too (they share by their own threads: the
        cores a host has in common are known only for the workers there at the start)."""

        def setup(self, worker) -> None:
            _worker_setup(dask_worker=worker)

    return WarmUp()


class DaskExecutor:
    """The documents go to an existing cluster; the outcomes come back in the order of the files."""

    name = "dask"

    def __init__(self, address: str, limits: Limits):
        self.address, self.limits = address, limits
        self.client = None

    def __enter__(self) -> DaskExecutor:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorError(say("cluster.no_distributed")) from None
        try:
            self.client = Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ExecutorError(say("cluster.unreachable", address=self.address, error=_short(e))) from None
        try:
            self._check_workers()
        except BaseException:
            self.client.close()
            raise
        return self

    def _check_workers(self) -> None:
        try:
            self.client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_S)
        except TimeoutError:
            raise ExecutorError(say("cluster.no_workers", address=self.address, seconds=WAIT_FOR_WORKERS_S)) from None
        try:
            at_once = reading_at_once(self.client.scheduler_info(n_workers=-1)["workers"])
            versions = set(self.client.run(_worker_setup, at_once).values())
        except Exception as e:  # noqa: BLE001 - whatever the workers lack, the user gets one line
            raise ExecutorError(say("cluster.workers_cannot_read", error=_short(e))) from None
        if versions != {schema.PARSER_VERSION}:
            raise ExecutorError(say("cluster.other_version", theirs=", ".join(sorted(versions)),
                                    ours=schema.PARSER_VERSION))
        self.client.register_plugin(_warm_up_plugin(), name="roadmaps-warm-up")

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def map(self, sources: list[SourceFile]) -> Iterator[ReadOutcome]:
        run = uuid.uuid4().hex[:12]  # keys of this run only: other clients may share the cluster
        futures = [None] * len(sources)
        order = largest_first(sources)
        for rank, i in enumerate(order):  # the biggest file has the highest priority
            futures[i] = self.client.submit(read_task, sources[i], self.limits, key=f"roadmaps-read-{run}-{i}",
                                            priority=len(order) - rank, pure=False)
        _prepare_writer()
        for i, source in enumerate(sources):
            future, futures[i] = futures[i], None
            try:
                outcome = future.result()
            except Exception as e:  # noqa: BLE001 - a worker died under this file again and again
                outcome = ReadOutcome(source.document_id, status="failed",
                                      error=f"воркер Dask не вернул результат ({_short(e)})")
            future.release()
            yield outcome


def _prepare_writer() -> None:
    """Import what the reduce step's first table imports (pyarrow pulls in pandas, about 0.5 s) while
    the workers read, not after them: in this process nothing else has warmed it up."""
    from pipeline import dataset

    dataset.encode_document_parts({})


def _short(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:200]
