"""Where a measure comes from, on the measure itself: its order and the place in the source file.

PDF measures already carry their pages; DOCX measures get the table and row numbers where they start
and end. With the order's number and date beside them, an analyst can open the file and find the row.
"""

from __future__ import annotations

from collections import Counter

from pipeline.structure.model import OrderMeta, RawMeasure

REPEATED_NUMBER = "item_number_repeated"


def fields(m: RawMeasure, meta: OrderMeta) -> dict:
    """The provenance columns of one measure row (pages are set by records from the same measure)."""
    start, end = m.start or (None, None), m.end or m.start or (None, None)
    return {"table_start": start[0], "row_start": start[1], "table_end": end[0], "row_end": end[1],
            "order_number": meta.order_number, "order_date": meta.order_date}


def mark_repeated_numbers(rows: list[dict]) -> None:
    """Warn on every measure of a plan whose item number another measure of the same plan and section
    also has: a numbering slip in the document or two plans read as one, either way worth a look.
    (Numbering that starts again in each section is the document's way, not a doubt.)"""
    counts = Counter((r["section"], r["item_path"]) for r in rows if r["item_path"])
    for r in rows:
        if counts.get((r["section"], r["item_path"]), 0) > 1 and REPEATED_NUMBER not in r["warnings"]:
            r["warnings"].append(REPEATED_NUMBER)
            if "warning_details" in r:
                r["warning_details"].append({"code": REPEATED_NUMBER, "field": "item_number",
                                             "location": f"plan {r['plan_seq']}, measure {r['seq']}"})
