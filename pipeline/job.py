"""The per-document task every executor runs: read one file under its limits, into plain, small data.

It runs wherever the work is sent — the ingest process itself, a local worker process or a Dask
worker on another machine — and never writes: the rows come back already encoded as the Parquet
bytes of the document's part files (compact to send, and encoded by the same code whatever the
executor, so the dataset is byte-identical whatever ran it). The one writer only stores them.
"""

from __future__ import annotations

import multiprocessing
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from normalizers.outcomes import Status
from pipeline import dataset
from pipeline.discovery import SourceFile
from pipeline.isolation import LimitExceeded, Limits, run_limited
from pipeline.messages import data_text
from pipeline.read import ReadFailure
from pipeline.worker import DocumentResult, read_file

INTERNAL_ERROR = data_text("read.internal_error")


@dataclass
class ReadOutcome:
    """What reading one file gave: a result (its tables emptied: the rows are in `parts`), or why not."""

    document_id: str
    result: DocumentResult | None = None
    parts: dict[str, bytes] = field(default_factory=dict)  # table name -> Parquet bytes of the part file
    measure_warnings: list[list[str]] = field(default_factory=list)  # per measure, for counts and the summary
    status: str = "ok"  # ok, failed, skipped
    error: str | None = None
    format: str | None = None
    definitions: dict[str, str] = field(default_factory=dict)  # of a file skipped for want of a plan table


def read_encoded(source: SourceFile) -> ReadOutcome:
    """Read a file and encode its rows; runs inside the limited child, so encoding is limited too."""
    result = read_file(source)
    outcome = ReadOutcome(source.document_id, replace(result, tables={}),
                          dataset.encode_document_parts(result.tables),
                          [list(m["warnings"]) for m in result.tables["measures"]])
    return outcome


def read_task(source: SourceFile, limits: Limits) -> ReadOutcome:
    """The task of every executor: never raises for a bad file, it reports it as data."""
    try:
        with _may_fork():
            return run_limited(read_encoded, (source,), limits, source.display)
    except (ReadFailure, LimitExceeded) as e:
        return ReadOutcome(source.document_id, status=getattr(e, "status", Status.FAILED), error=str(e),
                           format=getattr(e, "format", None), definitions=getattr(e, "definitions", None) or {})
    except Exception:  # a defect of ours, not the file's: still one line, and the run goes on
        return ReadOutcome(source.document_id, status=Status.FAILED, error=INTERNAL_ERROR)


@contextmanager
def _may_fork():
    """Let a daemonic worker (a Dask worker process is one) start the per-file child: multiprocessing
    refuses children to daemons so that none outlives its parent; ours is daemonic itself and the
    worker kills it at its time limit."""
    config = multiprocessing.current_process()._config
    daemon = config.get("daemon")
    config["daemon"] = False
    try:
        yield
    finally:
        if daemon is not None:
            config["daemon"] = daemon
        else:
            config.pop("daemon", None)
