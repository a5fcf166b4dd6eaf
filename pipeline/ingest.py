"""`roadmaps ingest`: read the orders under the raw folder and bring the Parquet dataset up to date.

Only new or changed files are read; a removed file's rows go; a file that fails is reported and
recorded, the others go on, and nothing ingested before is lost.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline import dataset, manifest, schema
from pipeline.duplicates import mark_duplicates
from pipeline.progress import progress
from pipeline.read import ReadFailure, read_document
from pipeline.records import build_records
from pipeline.registry import Municipality, municipality_of

SKIPPED_NAMES = (".", "~$")  # hidden files and Office lock files are not documents


@dataclass
class FileOutcome:
    source_file: str
    status: str  # ok, failed, skipped, unchanged, removed
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

    @property
    def failed(self) -> bool:
        return any(o.status == "failed" for o in self.outcomes)


def discover(paths: list[Path]) -> tuple[list[Path], Path]:
    """The files to ingest and the raw root that source paths are relative to."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += [f for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith(SKIPPED_NAMES)
                      and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        elif p.exists():
            files.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    if len(paths) == 1 and paths[0].is_dir():
        root = paths[0]
    elif any(p.is_dir() for p in paths):
        root = Path(*_common_parts([p if p.is_dir() else p.parent for p in paths]))
    else:
        # Single files: their municipality folder is the parent, so the root is one level higher.
        root = Path(*_common_parts([p.parent.parent for p in paths]))
    return files, root


def _common_parts(paths: list[Path]) -> tuple[str, ...]:
    parts = [p.resolve().parts for p in paths]
    common = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return tuple(common) or ("/",)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def ingest_paths(paths: list[Path], out: Path, *, show_progress: bool = True) -> IngestReport:
    files, root = discover(paths)
    out.mkdir(parents=True, exist_ok=True)
    entries = manifest.load(out)
    doc_rows = {r["source_file"]: r for r in dataset.read_single(out, "documents")}
    plan_rows = {}
    for r in dataset.read_single(out, "plans"):
        plan_rows.setdefault(r["document_id"], []).append(r)
    report = IngestReport()
    touched: set[str] = set()

    for path in progress(files, show_progress):
        rel = path.resolve().relative_to(root.resolve()).as_posix() if path.resolve().is_relative_to(
            root.resolve()) else path.name
        muni = municipality_of(path, root)
        if not muni.known:
            report.messages.append(f"{rel}: unknown municipality folder '{muni.slug}', named by its slug")
        document_id = sha256_of(path)
        previous = entries.get(rel)
        if previous and previous["document_id"] == document_id and previous["parser_version"] == \
                schema.PARSER_VERSION and rel in doc_rows and "failed_sha256" not in previous:
            row = doc_rows[rel]
            report.outcomes.append(FileOutcome(rel, row["status"] if row["status"] != "ok" else "unchanged",
                                               row["n_plans"] or 0, row["n_measures"] or 0,
                                               row["n_warnings"] or 0, row["error"]))
            continue
        outcome, new_doc_row, new_plans = _ingest_one(path, rel, document_id, muni, out, report)
        report.outcomes.append(outcome)
        if outcome.status == "ok":
            if previous and previous["document_id"] != document_id:
                dataset.remove_document_parts(out, previous["municipality"], previous["document_id"])
                plan_rows.pop(previous["document_id"], None)
            entries[rel] = _manifest_entry(document_id, muni.slug)
            plan_rows[document_id] = new_plans
            touched.add(muni.slug)
        elif previous and previous["document_id"] != document_id and doc_rows.get(rel, {}).get("status") == "ok":
            # A changed file that no longer reads: keep the version ingested before, say so.
            kept = dict(doc_rows[rel])
            kept.update(status="failed", error=f"{outcome.error}; the version ingested before is kept")
            new_doc_row = kept
            entries[rel] = {**previous, "failed_sha256": document_id}
        else:
            entries[rel] = _manifest_entry(document_id, muni.slug)
        doc_rows[rel] = new_doc_row
        if outcome.status != "ok":
            print(f"{rel}: {outcome.status}: {outcome.error}", file=sys.stderr)

    present = {p.resolve() for p in files}
    for rel in sorted(set(entries)):
        if (root / rel).resolve() not in present and not (root / rel).exists():
            gone = entries.pop(rel)
            dataset.remove_document_parts(out, gone["municipality"], gone["document_id"])
            plan_rows.pop(gone["document_id"], None)
            doc_rows.pop(rel, None)
            touched.add(gone["municipality"])
            report.outcomes.append(FileOutcome(rel, "removed"))

    for slug in sorted(touched):
        _refresh_duplicates(out, slug, entries, doc_rows)
    _write_tables(out, doc_rows, plan_rows)
    manifest.save(out, entries)
    return report


def _manifest_entry(document_id: str, municipality: str) -> dict:
    return {"document_id": document_id, "municipality": municipality, "parser_version": schema.PARSER_VERSION}


def _ingest_one(path: Path, rel: str, document_id: str, muni: Municipality, out: Path, report: IngestReport):
    base = {"document_id": document_id, "source_file": rel, "format": None, "pages": None,
            "municipality": muni.slug, "municipality_name": muni.name, "region": muni.region,
            "issuer": None, "order_number": None, "order_date": None, "title": None,
            "status": "ok", "error": None, "n_plans": 0, "n_measures": 0, "n_warnings": 0, "glossary": None,
            "warnings": [] if muni.known else ["unknown_municipality"],
            "ingested_at": datetime.now(UTC).replace(microsecond=0),
            "parser_version": schema.PARSER_VERSION, "schema_version": schema.SCHEMA_VERSION}
    try:
        parsed, structured = read_document(path)
    except ReadFailure as e:
        base.update(status=e.status, error=str(e), format=e.format)
        return FileOutcome(rel, e.status, error=str(e)), base, []
    records = build_records(structured, document_id, rel, muni)
    dataset.write_document_parts(out, muni.slug, document_id, {
        "measures": records.measures, "executors": records.executors, "occurrences": records.occurrences})
    n_warn = sum(len(m["warnings"]) for m in records.measures) + len(structured.warnings)
    for m in records.measures:
        report.warning_counts.update(m["warnings"])
    report.warning_counts.update(structured.warnings)
    report.unknown_executors.update(records.unknown_executors)
    meta = structured.meta
    base.update(format=parsed.format, pages=parsed.pages, issuer=meta.issuer, order_number=meta.order_number,
                order_date=meta.order_date, title=meta.title, n_plans=len(records.plans),
                n_measures=len(records.measures), n_warnings=n_warn,
                glossary=list(records.glossary.items()) or None,
                warnings=sorted(set(base["warnings"] + structured.warnings)))
    return FileOutcome(rel, "ok", len(records.plans), len(records.measures), n_warn), base, records.plans


def _refresh_duplicates(out: Path, slug: str, entries: dict, doc_rows: dict) -> None:
    """Recompute duplicate_of across one municipality and rewrite only the parts that changed."""
    docs = {e["document_id"]: doc_rows.get(rel, {}) for rel, e in entries.items() if e["municipality"] == slug}
    by_doc = {d: dataset.read_part(out, "measures", slug, d) for d in docs}
    by_doc = {d: rows for d, rows in by_doc.items() if rows}
    before = {d: [r["duplicate_of"] for r in rows] for d, rows in by_doc.items()}
    mark_duplicates(by_doc, docs)
    for d, rows in by_doc.items():
        if [r["duplicate_of"] for r in rows] != before[d]:
            dataset.write_part(out, "measures", slug, d, rows)


def _write_tables(out: Path, doc_rows: dict, plan_rows: dict) -> None:
    docs = sorted(doc_rows.values(), key=lambda r: r["source_file"])
    live = {r["document_id"] for r in docs if r["status"] == "ok"}
    plans = sorted((p for d, ps in plan_rows.items() if d in live for p in ps),
                   key=lambda r: (r["municipality"], r["document_id"], r["plan_seq"]))
    dataset.write_single(out, "documents", docs, schema.DOCUMENTS)
    dataset.write_single(out, "plans", plans, schema.PLANS)
