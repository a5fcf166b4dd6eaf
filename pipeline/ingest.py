"""`roadmaps ingest`: read the orders under the raw root and bring the Parquet dataset up to date.

Only new or changed files are read; a file gone from the raw root loses its rows; a file that fails
is reported and recorded, the others go on, and nothing ingested before is lost. The whole update is
one new snapshot, published at once (pipeline.store), under a lock that admits one writer.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from normalizers.outcomes import Status
from pipeline import dataset, manifest, schema
from pipeline.discovery import SourceFile, discover, resolve_root, root_is_empty, sha256_of
from pipeline.duplicates import COLUMNS as DUPLICATE_COLUMNS
from pipeline.duplicates import mark_duplicates
from pipeline.isolation import Limits
from pipeline.job import ReadOutcome
from pipeline.messages import data_text, say
from pipeline.normalize.municipal_definitions import learnt_definitions, relevant
from pipeline.parallel import open_executor
from pipeline.progress import progress
from pipeline.store import WriterLock, open_store

KEPT_NOTE = data_text("read.previous_kept")  # also the mark of a kept document (documents.error)


@dataclass
class FileOutcome:
    source_file: str
    status: Status
    plans: int = 0
    measures: int = 0
    warnings: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    warning_counts: Counter = field(default_factory=Counter)
    unknown_executors: Counter = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    root: Path | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # read (the documents), reduce (tables, publish)

    @property
    def failed(self) -> bool:
        return any(o.status == Status.FAILED for o in self.outcomes)

    @property
    def removed(self) -> list[str]:
        return [o.source_file for o in self.outcomes if o.status == Status.REMOVED]


@dataclass
class _State:
    """The dataset as this run changes it: manifest entries, documents rows and plans rows by document."""

    record: manifest.Manifest
    docs: dict[str, dict]
    plans: dict[str, list[dict]]
    fresh: set[str] = field(default_factory=set)  # read in this run: their part files are written already
    touched: set[str] = field(default_factory=set)  # municipalities whose documents changed
    changed: bool = False  # anything to publish: a file read again, or one gone
    # per document read in this run, its final reading's warnings and unknown executor names (for the report)
    tallies: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    ingested_at: datetime = field(default_factory=lambda: run_timestamp())


def run_timestamp() -> datetime:
    """One `ingested_at` for the whole run; SOURCE_DATE_EPOCH (the reproducible-builds convention)
    fixes it, so that two runs over the same input give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def ingest_paths(paths: list[Path], out: Path, *, show_progress: bool = True, root: Path | None = None,
                 limits: Limits | None = None, workers: int | None = None, scheduler: str | None = None,
                 on_outcome: Callable[[FileOutcome], None] | None = None) -> IngestReport:
    """Ingest `paths` (files or folders under the raw root) into the dataset at `out`, reading the
    documents with `workers` local processes (default: one per core) or on the Dask `scheduler`."""
    store = open_store(out)
    with WriterLock(store):
        store.collect_garbage()
        previous = store.current()
        state = _load_state(previous)
        raw_root = resolve_root(paths, state.record.root, root)
        files = discover(paths, raw_root)
        report = IngestReport(root=raw_root)
        state.record.root = str(raw_root)
        snapshot = store.next_snapshot()
        try:
            started = time.perf_counter()
            shas = {s.document_id: sha256_of(s.path) for s in files}
            to_read = [s for s in files if not _is_unchanged(s, shas[s.document_id], state)]
            learnt = _learnt(state)
            with open_executor(workers, scheduler, limits or Limits(), len(to_read)) as executor:
                outcomes = executor.map([replace(s, learnt=learnt.get(s.document_id, ())) for s in to_read])
                for source in progress(files, show_progress):
                    outcome = _ingest_one(source, shas[source.document_id], state, report, outcomes, snapshot)
                    report.outcomes.append(outcome)
                    if on_outcome:
                        on_outcome(outcome)
                _remove_gone(state, {s.document_id for s in files}, raw_root, report)
                _read_again_with_learnt(files, shas, state, report, executor, snapshot)
            reduce_started, reduce_cpu = time.perf_counter(), time.process_time()
            for warnings, unknown in state.tallies.values():
                report.warning_counts.update(warnings)
                report.unknown_executors.update(unknown)
            if not state.changed:
                shutil.rmtree(snapshot, ignore_errors=True)
                return report
            _write_snapshot(previous, snapshot, state)
        except BaseException:
            shutil.rmtree(snapshot, ignore_errors=True)
            raise
        store.publish(snapshot)
        store.collect_garbage(keep_previous=previous)
        report.seconds = {"read": reduce_started - started, "reduce": time.perf_counter() - reduce_started,
                          "reduce_cpu": time.process_time() - reduce_cpu}  # all in this process: load-independent
    return report


def _load_state(snapshot: Path | None) -> _State:
    record = manifest.load(snapshot)
    if record.root is None:  # nothing yet, or a dataset of an older layout: everything is read again
        return _State(record, {}, {})
    docs = {r["document_id"]: r for r in dataset.read_single(snapshot, "documents") if r["document_id"] in
            record.documents}
    plans: dict[str, list[dict]] = {}
    for r in dataset.read_single(snapshot, "plans"):
        plans.setdefault(r["document_id"], []).append(r)
    return _State(record, docs, plans)


def _is_unchanged(source: SourceFile, sha: str, state: _State) -> bool:
    doc_id = source.document_id
    return _unchanged(state.record.documents.get(doc_id), sha, source.municipality.slug) and doc_id in state.docs


def _ingest_one(source: SourceFile, sha: str, state: _State, report: IngestReport, outcomes: Iterator[ReadOutcome],
                snapshot: Path) -> FileOutcome:
    """Apply one file to the new state, in the order of the files: `outcomes` holds the read ones in order."""
    doc_id, slug = source.document_id, source.municipality.slug
    if not source.municipality.known:
        report.messages.append(say("ingest.unknown_municipality", file=source.display, name=source.municipality.name,
                                   slug=slug))
    if source.renamed_for_display:
        report.messages.append(say("ingest.filename_encoding", file=source.display))
    if _is_unchanged(source, sha, state):
        row = state.docs[doc_id]
        status = Status.UNCHANGED if row["status"] == Status.OK else Status(row["status"])
        return FileOutcome(source.display, status, row["n_plans"] or 0, row["n_measures"] or 0,
                           row["n_warnings"] or 0, row["error"])
    state.changed = True
    read = next(outcomes)
    assert read.document_id == doc_id, "outcomes out of order"
    if read.result is None:
        return _record_failure(source, sha, state, read.error, read.status, read.format, read.definitions)
    return _store_read(source, sha, state, report, read, snapshot)


def _store_read(source: SourceFile, sha: str, state: _State, report: IngestReport, read: ReadOutcome,
                snapshot: Path) -> FileOutcome:
    """A document read: its parts, row and entry into the new state (a second reading replaces the first)."""
    doc_id, slug, result = source.document_id, source.municipality.slug, read.result
    dataset.store_document_parts(snapshot, slug, doc_id, read.parts)  # invisible until the snapshot is published
    row = _document_row(source, sha, Status.OK, "; ".join(result.damage) or None, state.ingested_at, read)
    state.docs[doc_id], state.plans[doc_id] = row, result.plans
    state.fresh.add(doc_id)
    state.record.documents[doc_id] = _entry(source, sha, result)
    state.touched.add(slug)
    if doc_id not in state.tallies:  # the notes are about the columns: a second reading has the same
        report.messages += [say(f"ingest.{n['code']}", file=source.display, plan=n["plan"], header=n["header"],
                                role=say(f"column_role.{n['role']}")) for n in result.notes]
    state.tallies[doc_id] = ([w for ws in read.measure_warnings for w in ws] + result.warnings,
                             result.unknown_executors)
    return FileOutcome(source.display, Status.OK, row["n_plans"], row["n_measures"], row["n_warnings"], row["error"])


def _learnt(state: _State) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per document of the dataset, what the other documents of its municipality define that it does not
    (docs/municipal_definitions.md), from the definitions each entry records."""
    by_slug: dict[str, dict[str, dict[str, str]]] = {}
    for doc_id, entry in state.record.documents.items():
        by_slug.setdefault(entry["municipality"], {})[doc_id] = dict(entry.get("definitions") or [])
    found = {}
    for own in by_slug.values():
        for doc_id, learnt in learnt_definitions(own).items():
            mentions = state.record.documents[doc_id].get("mentions")
            if mentions is not None:  # read before: only what its cells write (a new file is offered all)
                learnt = relevant(learnt, mentions)
            found[doc_id] = tuple(sorted(learnt.items()))
    return found


def _read_again_with_learnt(files: list[SourceFile], shas: dict[str, str], state: _State, report: IngestReport,
                            executor, snapshot: Path) -> None:
    """Read again, with what their siblings define, the documents of this run read with something else (a
    sibling new, changed or gone; or both new in this run). Definitions do not depend on what is learnt, so
    one more round settles every document; a re-run over the same files reads nothing."""
    learnt = _learnt(state)
    stale = [replace(s, learnt=learnt.get(s.document_id, ())) for s in files if _reads_other_learnt(s, state, learnt)]
    if not stale:
        return
    state.changed = True
    index = {o.source_file: i for i, o in enumerate(report.outcomes)}
    for source, read in zip(stale, executor.map(stale), strict=True):
        if read.result is None:  # the first reading stands; its entry still asks for the next run to try again
            continue
        outcome = _store_read(source, shas[source.document_id], state, report, read, snapshot)
        report.outcomes[index[source.display]] = outcome


def _reads_other_learnt(source: SourceFile, state: _State, learnt: dict[str, tuple]) -> bool:
    entry = state.record.documents.get(source.document_id)
    if entry is None or "failed_sha256" in entry or state.docs.get(source.document_id, {}).get("status") != Status.OK:
        return False
    return [tuple(pair) for pair in entry.get("learnt") or []] != list(learnt.get(source.document_id, ()))


def _unchanged(entry: dict | None, sha: str, slug: str) -> bool:
    """Read before, by this parser, with these bytes (or the same bad bytes as last time)."""
    if not entry or entry.get("parser_version") != schema.PARSER_VERSION or entry.get("municipality") != slug:
        return False
    if "definitions" not in entry:  # recorded before documents learnt from their siblings: read once more
        return False
    return entry.get("failed_sha256") == sha if "failed_sha256" in entry else entry.get("sha256") == sha


def _record_failure(source: SourceFile, sha: str, state: _State, message: str, status: str,
                    fmt: str | None, definitions: dict[str, str] | None = None) -> FileOutcome:
    doc_id = source.document_id
    before = state.docs.get(doc_id)
    if before and before["status"] == Status.OK:  # a changed file that no longer reads keeps its last good version
        state.docs[doc_id] = {**before, "status": Status.FAILED.value, "error": f"{message}; {KEPT_NOTE}"}
        state.record.documents[doc_id] = {**state.record.documents[doc_id], "failed_sha256": sha}
        return FileOutcome(source.display, Status.FAILED, before["n_plans"], before["n_measures"], before["n_warnings"],
                           state.docs[doc_id]["error"])
    state.docs[doc_id] = _document_row(source, sha, status, message, state.ingested_at, None, fmt)
    state.plans.pop(doc_id, None)
    state.record.documents[doc_id] = {**_entry(source, sha), "definitions": sorted((definitions or {}).items())}
    state.touched.add(source.municipality.slug)
    return FileOutcome(source.display, status, error=message)


def _entry(source: SourceFile, sha: str, result=None) -> dict:
    """The manifest's record of a file; with the definitions its texts write and those it was read with from
    its siblings (docs/municipal_definitions.md)."""
    return {"path": source.rel, "sha256": sha, "municipality": source.municipality.slug,
            "parser_version": schema.PARSER_VERSION,
            "definitions": sorted(result.definitions.items()) if result else [],
            "mentions": list(result.mentions) if result else [],
            "learnt": [list(pair) for pair in result.learnt] if result else []}


def _document_row(source: SourceFile, sha: str, status: str, error: str | None, ingested_at: datetime,
                  read: ReadOutcome | None, fmt: str | None = None) -> dict:
    muni = source.municipality
    result = read.result if read else None
    measure_warnings = read.measure_warnings if read else []
    warnings = (result.warnings if result else []) + ([] if muni.known else ["unknown_municipality"])
    fields = result.fields if result else {"format": fmt}
    return {
        "document_id": source.document_id, "source_file": source.display, "sha256": sha,
        "pages": None, "issuer": None, "order_number": None, "order_date": None, "title": None, **fields,
        "municipality": muni.slug, "municipality_name": muni.name, "region": muni.region,
        "status": status, "error": error,
        "n_plans": len(result.plans) if result else 0, "n_measures": len(measure_warnings),
        "n_warnings": sum(len(ws) for ws in measure_warnings) + len(warnings),
        "glossary": list(result.glossary.items()) or None if result else None,
        "learnt_glossary": list(result.learnt_used.items()) or None if result else None,
        "warnings": sorted(set(warnings)),
        "ingested_at": ingested_at,
        "parser_version": schema.PARSER_VERSION, "schema_version": schema.SCHEMA_VERSION,
    }


def _remove_gone(state: _State, seen: set[str], raw_root: Path, report: IngestReport) -> None:
    """Drop the documents whose file is gone from the raw root — unless the root itself is empty or
    missing (an unmounted share, a typo): then nothing is removed, and the report says so."""
    gone = [d for d, e in state.record.documents.items()
            if d not in seen and not (raw_root / e["path"]).exists()]
    if not gone:
        return
    if root_is_empty(raw_root):
        report.messages.append(say("ingest.empty_root", root=raw_root, n=len(gone)))
        return
    state.changed = True
    for doc_id in sorted(gone, key=lambda d: state.record.documents[d]["path"]):
        entry = state.record.documents.pop(doc_id)
        row = state.docs.pop(doc_id, None)
        state.plans.pop(doc_id, None)
        state.touched.add(entry["municipality"])
        report.outcomes.append(FileOutcome(row["source_file"] if row else entry["path"], Status.REMOVED))


def _write_snapshot(previous: Path | None, snapshot: Path, state: _State) -> None:
    for doc_id, entry in state.record.documents.items():
        slug = entry["municipality"]
        if doc_id not in state.fresh and previous is not None:
            dataset.carry_parts(previous, snapshot, slug, doc_id)
    for slug in sorted(state.touched):
        _refresh_duplicates(snapshot, slug, state)
    docs = sorted(state.docs.values(), key=lambda r: (r["source_file"], r["document_id"]))
    live = {r["document_id"] for r in docs if r["status"] == Status.OK or KEPT_NOTE in (r["error"] or "")}
    plans = sorted((p for d, ps in state.plans.items() if d in live for p in ps),
                   key=lambda r: (r["municipality"], r["document_id"], r["plan_seq"]))
    dataset.write_single(snapshot, "documents", docs, schema.DOCUMENTS)
    dataset.write_single(snapshot, "plans", plans, schema.PLANS)
    manifest.save(snapshot, state.record)


def _refresh_duplicates(snapshot: Path, slug: str, state: _State) -> None:
    """Recompute duplicate_of across one municipality and rewrite only the parts that changed."""
    docs = {d: state.docs.get(d, {}) for d, e in state.record.documents.items() if e["municipality"] == slug}
    by_doc = {d: dataset.read_part_columns(snapshot, "measures", slug, d, DUPLICATE_COLUMNS) for d in docs}
    by_doc = {d: rows for d, rows in by_doc.items() if rows}
    before = {d: [r["duplicate_of"] for r in rows] for d, rows in by_doc.items()}
    mark_duplicates(by_doc, docs)
    for d, rows in by_doc.items():
        after = [r["duplicate_of"] for r in rows]
        if after != before[d]:
            dataset.rewrite_part_column(snapshot, "measures", slug, d, "duplicate_of", after)
