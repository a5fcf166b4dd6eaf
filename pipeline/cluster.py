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
from pipeline.parallel import ExecutorError

CONNECT_TIMEOUT = "10s"
WAIT_FOR_WORKERS_S = 60


def _worker_setup() -> str:
    """Load the dictionaries once per worker process; answer with the parser version it runs."""
    from pipeline.worker import warm_up

    warm_up()
    return schema.PARSER_VERSION


def _warm_up_plugin():
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Warms every worker, those that join later too."""

        def setup(self, worker) -> None:
            _worker_setup()

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
            versions = set(self.client.run(_worker_setup).values())
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
        keys = [f"roadmaps-read-{run}-{i}" for i in range(len(sources))]
        futures = self.client.map(read_task, sources, key=keys, limits=self.limits, pure=False) if sources else []
        for i, source in enumerate(sources):
            future, futures[i] = futures[i], None
            try:
                outcome = future.result()
            except Exception as e:  # noqa: BLE001 - a worker died under this file again and again
                outcome = ReadOutcome(source.document_id, status="failed",
                                      error=f"воркер Dask не вернул результат ({_short(e)})")
            future.release()
            yield outcome


def _short(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:200]
