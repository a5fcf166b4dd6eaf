"""One measure and one plan as rows of the dataset, with deadlines and executors read."""

from __future__ import annotations

from dataclasses import dataclass

from normalizers import deadlines, executors, topics
from normalizers.language import clean
from pipeline import schema
from pipeline.normalize.warnings import codes, details
from pipeline.registry import Municipality
from pipeline.structure.model import Plan, RawMeasure


@dataclass
class PlanContext:
    """What every measure of one plan is read against."""

    plan: Plan
    plan_key: str
    plan_topic: topics.Topic
    period: deadlines.PlanPeriod | None
    document_id: str
    source_file: str
    muni: Municipality
    glossary: dict[str, str]
    level: str | None = None  # "institution" when the plan's title names one school (executors.level_of_title)


@dataclass
class MeasureReading:
    """A measure's row, and the rows of the executors and occurrences tables it owns."""

    row: dict
    executors: list[executors.Executor]
    occurrences: list[tuple]
    unknown_executors: list[str]


def read_measure(m: RawMeasure, seq: int, topic: topics.Topic, ctx: PlanContext) -> MeasureReading:
    deadline_raw = m.get("deadline")
    d = deadlines.normalize(deadline_raw, ctx.period)
    executors_raw = m.get("executors") or m.get("exec_result")
    ex = executors.normalize(executors_raw, ctx.muni.slug, ctx.glossary, ctx.level)
    # the doubt about the topic this measure takes (its section's or its plan's) goes with the measure too
    section_warnings = topic.warnings
    ocr = ["ocr_low_confidence"] if m.ocr_confidence is not None else []  # every measure read by OCR
    warnings = codes([*m.warnings, *ocr, *d.warnings, *ex.warnings, *section_warnings])
    location = f"plan {ctx.plan.seq}, measure {seq}" + (f", page {m.page_start}" if m.page_start else "")
    plan = ctx.plan
    row = {
        "document_id": ctx.document_id, "municipality": ctx.muni.slug, "municipality_name": ctx.muni.name,
        "region": ctx.muni.region, "plan_key": ctx.plan_key, "plan_seq": plan.seq, "plan_number": plan.number,
        "plan_title": plan.title, "topic_code": topic.code, "topic_name": topic.name,
        "section": m.section, "item_number": m.number, "seq": seq,
        "name": clean(m.name), "form": clean(m.get("form")) or None,
        "deadline_raw": deadline_raw, "deadline_kind": d.deadline_kind,
        "start_date": d.start_date, "end_date": d.end_date, "freq": d.freq, "interval": d.interval,
        "times_per_period": d.times_per_period, "at_least": d.at_least, "months": list(d.months),
        "day_of_month": d.day_of_month, "deadline_note": d.note,
        "executors_raw": executors_raw, "executors": ex.short_names,
        "expected_result": clean(m.get("result")) or None, "completion_mark": clean(m.get("mark")) or None,
        "duplicate_of": None, "source_file": ctx.source_file,
        "page_start": m.page_start, "page_end": m.page_end,
        "warnings": warnings, "warning_details": details(warnings, location), "ocr_confidence": m.ocr_confidence,
        "other_columns": [{"header": h, "text": clean(t)} for h, t in m.others.items() if clean(t)],
        "schema_version": schema.SCHEMA_VERSION, "parser_version": schema.PARSER_VERSION,
    }
    return MeasureReading(row, ex.executors, d.occurrences, ex.unknown_names)


def plan_row(ctx: PlanContext) -> dict:
    plan, period, topic = ctx.plan, ctx.period, ctx.plan_topic
    return {
        "plan_key": ctx.plan_key, "plan_seq": plan.seq, "document_id": ctx.document_id,
        "municipality": ctx.muni.slug, "plan_number": plan.number, "title": plan.title,
        "period_start": period.start if period else None, "period_end": period.end if period else None,
        "school_year": period.school_year if period else None,
        "topic_code": topic.code, "topic_name": topic.name,
        "topic_confidence": topic.confidence, "n_measures": len(plan.measures),
        "passport": list(plan.passport.items()) or None,
        "warnings": sorted(codes([*plan.warnings, *topic.warnings])),
        "schema_version": schema.SCHEMA_VERSION,
    }


def child_rows(row: dict, reading: MeasureReading) -> tuple[list[dict], list[dict]]:
    """The measure's rows of the occurrences and executors tables."""
    common = {"measure_id": row["measure_id"], "document_id": row["document_id"],
              "municipality": row["municipality"], "schema_version": schema.SCHEMA_VERSION}
    occurrences = [{**common, "start_date": start, "end_date": end} for start, end in reading.occurrences]
    people = [{**common, "position": position, "mention": e.mention, "name": e.name,
               "abbreviation": e.abbreviation, "kind": e.kind, "by_agreement": e.by_agreement}
              for position, e in enumerate(reading.executors, start=1)]
    return occurrences, people
