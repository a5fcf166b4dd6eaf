"""The work on one document that needs no dataset: read, structure, normalise, into rows.

It runs in a child process (pipeline.isolation) and returns plain data; the parent alone writes.
"""

from __future__ import annotations

import codecs
import gc
import inspect
import sys
from dataclasses import dataclass, field
from datetime import datetime

from pipeline.discovery import SourceFile
from pipeline.normalize import normalize_document
from pipeline.read import read_document

_OWN_PACKAGES = ("normalizers.", "parsers.", "pipeline.")


@dataclass
class DocumentResult:
    fields: dict  # the document's own columns: format, pages, issuer, order number and date, title
    tables: dict[str, list[dict]]  # measures, executors, occurrences
    plans: list[dict]
    glossary: dict[str, str]  # the document's own
    unknown_executors: list[str]
    warnings: list[str] = field(default_factory=list)  # about the whole document
    damage: list[str] = field(default_factory=list)  # what the file lost, for a person
    notes: list[dict] = field(default_factory=list)  # plan columns not known or guessed: code, plan, header, role
    definitions: dict[str, str] = field(default_factory=dict)  # what its texts define: its siblings may learn it
    learnt: tuple[tuple[str, str], ...] = ()  # what its siblings define that it writes (the manifest keeps it)
    mentions: tuple[str, ...] = ()  # the abbreviations its executor cells write
    learnt_used: dict[str, str] = field(default_factory=dict)  # those it was read with (documents.learnt_glossary)


def read_file(source: SourceFile) -> DocumentResult:
    """Everything the dataset needs from one file; raises ReadFailure with a message for a person."""
    parsed, structured = read_document(source.path)
    records = normalize_document(structured, source.document_id, source.display, source.municipality,
                                 dict(source.learnt))
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
        notes=[{"code": str(n.code), "plan": n.plan, "header": n.header, "role": n.role} for n in structured.notes],
        definitions=records.definitions,
        learnt=tuple(sorted(records.learnt.items())),
        mentions=tuple(sorted(records.mentions)),
        learnt_used=records.learnt_used,
    )


def warm_up() -> None:
    """Load, once, everything reading a file loads lazily. Each file is read in a child forked from
    the process that calls this, and a child's own loading dies with it: whatever the child must load
    itself, it loads again for every file (measured before this: 0.7 to 1 s of processor time per
    document, out of about 2 — pandas imported by pyarrow, the topic vocabulary lemmatised, YAML parsed)."""
    from normalizers import deadlines, executors, topics
    from normalizers.executors.glossary import municipal_index
    from pipeline import dataset
    from pipeline.registry import known_slugs

    executors.normalize("Управление образования администрации города", "")
    deadlines.normalize("до 1 сентября 2021 года", None)
    topics.classify("Дорожная карта по повышению качества образования")
    for slug in known_slugs():
        municipal_index(slug)  # the glossary of each municipality the registry names
    dataset.encode_document_parts({})  # pyarrow imports pandas when it first builds a table from rows
    datetime.strptime("01.09.2021", "%d.%m.%Y")  # the first strptime imports its module
    for codec in ("cp437", "utf-16-be"):  # zip member names, PDF strings
        codecs.lookup(codec)
    for loader in _loaders():
        loader()
    gc.collect()
    gc.freeze()  # what is loaded stays: a child's full collections skip it rather than walk (and copy) it all


def _loaders() -> list:
    """Every vocabulary loader of this project imported so far: a cached function without parameters."""
    found = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(_OWN_PACKAGES):
            continue
        for value in vars(module).values():
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", None) == name:
                try:
                    parameters = inspect.signature(value).parameters
                except (TypeError, ValueError):
                    continue
                if not parameters:
                    found[id(value)] = value
    return list(found.values())
