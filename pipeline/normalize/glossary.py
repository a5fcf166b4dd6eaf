"""Executor names a document defines itself ("… (далее – УО)"), mined from its running text."""

from __future__ import annotations

from normalizers import executors
from pipeline.structure.model import StructuredDocument


def document_glossary(doc: StructuredDocument) -> dict[str, str]:
    """Abbreviation -> full name, from the paragraphs and the measure names."""
    names = [m.name for plan in doc.plans for m in plan.measures]
    return executors.mine_glossary("\n".join([*doc.paragraphs, *names]))
