"""Turn a structured document into the rows of the dataset's tables, with normalised columns."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from normalizers import deadlines, executors, topics
from normalizers.language import clean
from pipeline import schema
from pipeline.registry import Municipality
from pipeline.structure.model import Plan, RawMeasure, StructuredDocument


@dataclass
class DocumentRecords:
    measures: list[dict] = field(default_factory=list)
    executors: list[dict] = field(default_factory=list)
    occurrences: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    glossary: dict[str, str] = field(default_factory=dict)
    unknown_executors: list[str] = field(default_factory=list)


def stable_id(*parts: str | None) -> str:
    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()
    return digest[:24]


def item_path(number: str | None) -> str | None:
    """"1.1." -> "1.1", "5" -> "5"; None stays None."""
    if not number:
        return None
    path = re.sub(r"\s+", "", number).strip(".)")
    return path or None


def build_records(doc: StructuredDocument, document_id: str, source_file: str, muni: Municipality) -> DocumentRecords:
    out = DocumentRecords()
    out.glossary = executors.mine_glossary(doc.text)
    order_date = doc.meta.order_date
    seen_ids: dict[str, int] = {}
    for plan in doc.plans:
        plan_key = f"{document_id}:{plan.seq}"
        period = plan_period(plan, doc.meta.title, order_date)
        plan_topic = topics.classify(plan.title, plan.number, _plan_context(plan))
        section_topics: dict[str, topics.Topic] = {}
        for seq, m in enumerate(plan.measures, start=1):
            topic = plan_topic
            if m.section and topics.is_direction_section(m.section):
                if m.section not in section_topics:
                    names = "\n".join(x.name for x in plan.measures if x.section == m.section)
                    section_topics[m.section] = topics.classify(m.section, None, names)
                topic = section_topics[m.section]
            row = _measure_row(m, seq, plan, plan_key, period, topic, document_id, source_file, muni, out)
            if topic is not plan_topic:
                row["warnings"] += [w for w in topic.warnings if w not in row["warnings"]]
            base_id = stable_id(muni.slug, plan_key, m.number, clean(m.name).lower())
            n = seen_ids.get(base_id, 0)
            seen_ids[base_id] = n + 1
            row["measure_id"] = base_id if n == 0 else stable_id(base_id, str(n))
            _attach_children(row, out)
            out.measures.append(row)
        out.plans.append({
            "plan_key": plan_key, "plan_seq": plan.seq, "document_id": document_id, "municipality": muni.slug,
            "plan_number": plan.number, "title": plan.title,
            "period_start": period.start if period else None, "period_end": period.end if period else None,
            "school_year": period.school_year if period else None,
            "topic_code": plan_topic.code, "topic_name": plan_topic.name,
            "topic_confidence": plan_topic.confidence, "n_measures": len(plan.measures),
            "passport": list(plan.passport.items()) or None,
            "warnings": sorted(set(plan.warnings + plan_topic.warnings)),
            "schema_version": schema.SCHEMA_VERSION,
        })
    return out


def plan_period(plan: Plan, document_title: str | None, order_date) -> deadlines.PlanPeriod | None:
    """The plan's own heading first, then the headings above it that name a plan, then the order's
    title; only then the years of its deadlines or the order's date (deadlines.md)."""
    for text in [plan.title, *reversed(plan.context), document_title or ""]:
        period = deadlines.plan_period(text, None, [])
        if period is not None:
            return period
    return deadlines.plan_period(plan.title, order_date, [m.get("deadline") or "" for m in plan.measures])


def _plan_context(plan: Plan) -> str:
    return "\n".join(plan.sections[:20] + [m.name for m in plan.measures[:40]])


def _measure_row(m: RawMeasure, seq, plan, plan_key, period, topic, document_id, source_file, muni, out) -> dict:
    warnings = list(m.warnings)
    deadline_raw = m.get("deadline")
    d = deadlines.normalize(deadline_raw, period)
    warnings += d.warnings
    executors_raw = m.get("executors") or m.get("exec_result")
    ex = executors.normalize(executors_raw, muni.slug, out.glossary)
    warnings += ex.warnings
    out.unknown_executors += ex.unknown_names
    return {
        "document_id": document_id, "municipality": muni.slug, "municipality_name": muni.name,
        "region": muni.region, "plan_key": plan_key, "plan_seq": plan.seq, "plan_number": plan.number,
        "plan_title": plan.title, "topic_code": topic.code, "topic_name": topic.name,
        "section": m.section, "item_number": m.number, "item_path": item_path(m.number), "seq": seq,
        "name": clean(m.name), "form": clean(m.get("form")) or None,
        "deadline_raw": deadline_raw, "deadline_kind": d.deadline_kind,
        "start_date": d.start_date, "end_date": d.end_date, "freq": d.freq, "interval": d.interval,
        "times_per_period": d.times_per_period, "at_least": d.at_least, "months": list(d.months),
        "day_of_month": d.day_of_month, "deadline_note": d.note,
        "executors_raw": executors_raw, "executors": ex.short_names,
        "expected_result": clean(m.get("result")) or None, "completion_mark": clean(m.get("mark")) or None,
        "duplicate_of": None, "source_file": source_file,
        "page_start": m.page_start, "page_end": m.page_end,
        "warnings": list(dict.fromkeys(warnings)),
        "schema_version": schema.SCHEMA_VERSION, "parser_version": schema.PARSER_VERSION,
        "_occurrences": d.occurrences, "_executors": ex.executors,
    }


def _attach_children(row: dict, out: DocumentRecords) -> None:
    """Split the per-measure lists into the executors and occurrences tables."""
    common = {"measure_id": row["measure_id"], "document_id": row["document_id"],
              "municipality": row["municipality"], "schema_version": schema.SCHEMA_VERSION}
    for start, end in row.pop("_occurrences"):
        out.occurrences.append({**common, "start_date": start, "end_date": end})
    for position, e in enumerate(row.pop("_executors"), start=1):
        out.executors.append({**common, "position": position, "mention": e.mention, "name": e.name,
                              "abbreviation": e.abbreviation, "kind": e.kind, "by_agreement": e.by_agreement})
