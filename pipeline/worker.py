"""The work on one document that needs no dataset: read, structure, normalise, into rows.

It runs in a child process (pipeline.isolation) and returns plain data; the parent alone writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.discovery import SourceFile
from pipeline.normalize import normalize_document
from pipeline.read import read_document


@dataclass
class DocumentResult:
    fields: dict  # the document's own columns: format, pages, issuer, order number and date, title
    tables: dict[str, list[dict]]  # measures, executors, occurrences
    plans: list[dict]
    glossary: dict[str, str]
    unknown_executors: list[str]
    warnings: list[str] = field(default_factory=list)  # about the whole document
    damage: list[str] = field(default_factory=list)  # what the file lost, for a person


def read_file(source: SourceFile) -> DocumentResult:
    """Everything the dataset needs from one file; raises ReadFailure with a message for a person."""
    parsed, structured = read_document(source.path)
    records = normalize_document(structured, source.document_id, source.display, source.municipality)
    meta = structured.meta
    return DocumentResult(
        fields={"format": parsed.format, "pages": parsed.pages, "issuer": meta.issuer,
                "order_number": meta.order_number, "order_date": meta.order_date, "title": meta.title},
        tables={"measures": records.measures, "executors": records.executors, "occurrences": records.occurrences},
        plans=records.plans,
        glossary=records.glossary,
        unknown_executors=records.unknown_executors,
        warnings=sorted(set(structured.warnings) | {d.code for d in parsed.damage}),
        damage=[d.message for d in parsed.damage],
    )


def warm_up() -> None:
    """Load the dictionaries once in the parent, so that every forked child starts with them."""
    from normalizers import deadlines, executors

    executors.normalize("Управление образования администрации города", "")
    deadlines.normalize("до 1 сентября 2021 года", None)
