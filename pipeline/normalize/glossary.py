"""Executor names a document defines itself ("… (далее – УО)"), mined from all of its text.

A definition may stand anywhere: in the order's text before the tables, in a plan's title or
passport, in a section heading, in a measure's name, or in any cell of the table (a result or an
executor cell: "Департамент образования (далее - ДО)"); a later cell may then use the short form.
"""

from __future__ import annotations

from normalizers import executors
from pipeline.structure.model import StructuredDocument


def document_glossary(doc: StructuredDocument, definitions: dict[str, str] | None = None) -> dict[str, str]:
    """Abbreviation -> full name, from every text the document holds (the running text first; `definitions`
    when text_definitions gave them already), and the initials of the body that issues it ("ДО" in the order
    of the Департамент образования), unless a text says otherwise."""
    found = dict(definitions) if definitions is not None else text_definitions(doc)
    issuer = executors.issuer_definition(doc.meta.issuer)
    if issuer is not None:
        found.setdefault(*issuer)
    return found


def text_definitions(doc: StructuredDocument) -> dict[str, str]:
    """What the document's texts define ("(далее – X)", initials spelt out): the part of its glossary another
    document of its municipality may learn (pipeline/normalize/municipal_definitions.py)."""
    return executors.mine_glossary("\n".join(_texts(doc)))


def _texts(doc: StructuredDocument) -> list[str]:
    texts = [*doc.paragraphs]
    if doc.meta.title:
        texts.append(doc.meta.title)
    for plan in doc.plans:
        texts.extend([plan.title, *plan.context, *plan.sections, *plan.passport.values()])
        for measure in plan.measures:
            texts.append(measure.name)
            texts.extend(text for text in measure.cells.values() if text)
    return [text for text in texts if text]
