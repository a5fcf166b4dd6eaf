"""A structured document -> the rows of the dataset's tables, every meaning decided."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers import executors
from pipeline.normalize import provenance
from pipeline.normalize.glossary import document_glossary, text_definitions
from pipeline.normalize.ids import MeasureIds, item_path
from pipeline.normalize.municipal_definitions import mentioned, relevant, usable, with_learnt
from pipeline.normalize.periods import period_of
from pipeline.normalize.rows import PlanContext, child_rows, plan_row, read_measure
from pipeline.normalize.topics import PlanTopics
from pipeline.registry import Municipality
from pipeline.structure.model import StructuredDocument


@dataclass
class DocumentRecords:
    measures: list[dict] = field(default_factory=list)
    executors: list[dict] = field(default_factory=list)
    occurrences: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    glossary: dict[str, str] = field(default_factory=dict)  # the document's own
    definitions: dict[str, str] = field(default_factory=dict)  # what its texts write: its siblings may learn it
    learnt: dict[str, str] = field(default_factory=dict)  # what its siblings define of the abbreviations it writes
    learnt_used: dict[str, str] = field(default_factory=dict)  # those it was read with (not its own, not curated)
    mentions: frozenset[str] = frozenset()  # the abbreviations its executor cells write
    unknown_executors: list[str] = field(default_factory=list)


def normalize_document(doc: StructuredDocument, document_id: str, source_file: str,
                       muni: Municipality, learnt: dict[str, str] | None = None) -> DocumentRecords:
    """`learnt`: what the municipality's other documents define (municipal_definitions.py); its own win."""
    definitions = text_definitions(doc)
    out = DocumentRecords(glossary=document_glossary(doc, definitions), definitions=definitions)
    out.mentions = mentioned(m.get("executors") or m.get("exec_result") for plan in doc.plans for m in plan.measures)
    out.learnt = relevant(learnt or {}, out.mentions)
    out.learnt_used = usable(out.glossary, out.learnt, muni.slug)
    glossary = with_learnt(out.glossary, out.learnt, muni.slug)
    ids = MeasureIds()
    for plan in doc.plans:
        plan_topics = PlanTopics(plan)
        period = period_of(plan, doc.meta.title, doc.meta.order_date)
        level = executors.level_of_title(plan.title or doc.meta.title, doc.meta.issuer)  # a school's own plan (O60)
        ctx = PlanContext(plan, f"{document_id}:{plan.seq}", plan_topics.plan_topic, period,
                          document_id, source_file, muni, glossary, level)
        for seq, m in enumerate(plan.measures, start=1):
            reading = read_measure(m, seq, plan_topics.of(m), ctx)
            row = reading.row
            row["measure_id"] = ids.next(muni.slug, ctx.plan_key, m.number, row["name"])
            row["item_path"] = item_path(m.number)
            row.update(provenance.fields(m, doc.meta))
            occurrences, people = child_rows(row, reading)
            out.measures.append(row)
            out.occurrences += occurrences
            out.executors += people
            out.unknown_executors += reading.unknown_executors
        provenance.mark_repeated_numbers(out.measures[len(out.measures) - len(plan.measures):])
        out.plans.append(plan_row(ctx))
    return out
