"""Scanned documents in the quality section: read by OCR, so shown apart with how sure the reading was.

Every measure read from a scan carries the warning `ocr_low_confidence` and, in `ocr_confidence`, the
lowest confidence (0-100) of the cells it came from; a document's lowest says how far to trust it.
A text PDF with a few scanned pages is "pdf-ocr" too, and only its scanned measures carry the warning.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from pipeline.messages import say
from pipeline.report.lists import MeasureLists
from pipeline.report.page import columns, document_href, document_name

FORMAT = "pdf-ocr"
CODE = "ocr_low_confidence"
# One row per document read by OCR: its measures, those read from scanned pages, the lowest confidence.
SQL = f"""
    SELECT d.document_id, d.source_file, count(m.measure_id) AS n_measures,
           count(*) FILTER (WHERE m.read) AS n_read, min(m.confidence) AS min_confidence
    FROM documents d
    LEFT JOIN (
        SELECT document_id, measure_id, list_contains(coalesce(warnings, []), '{CODE}') AS read,
               ocr_confidence AS confidence
        FROM measures_once) m USING (document_id)
    WHERE d.format = '{FORMAT}'
    GROUP BY ALL ORDER BY d.source_file
"""

def section(ocr: pd.DataFrame, documents: pd.DataFrame, lists: MeasureLists) -> str:
    """The scanned documents as their own group: a heading, a line of totals and one row each."""
    head = f"<h3>{escape(say('report.quality.ocr.head'))}</h3>"
    if ocr is None or ocr.empty:
        return head + f'<p id="ocr-none">{escape(say("report.quality.ocr.none"))}</p>'
    docs = {d["document_id"]: d for _, d in documents.iterrows()}
    m = lists.measures
    rows = []
    for _, doc in ocr.iterrows():
        name = document_name(docs[doc["document_id"]]) if doc["document_id"] in docs else doc["source_file"]
        in_doc = m["document_id"] == doc["document_id"]
        read = in_doc & m["warnings"].map(lambda ws: ws is not None and CODE in list(ws))
        lowest = "" if pd.isna(doc["min_confidence"]) else str(round(doc["min_confidence"]))
        measures = lists.link(doc["n_measures"], lists.once(in_doc), say("report.measures_of", name=name))
        scanned = lists.link(doc["n_read"], lists.once(read), say("report.quality.ocr.read_of", name=name))
        rows.append(f'<tr><td><a href="{document_href(doc["document_id"])}">{escape(str(doc["source_file"]))}</a>'
                    f"</td><td class='num'>{measures}</td><td class='num'>{scanned}</td>"
                    f"<td class='num'>{lowest}</td></tr>")
    about = say("report.quality.ocr.about", n=len(ocr), measures=int(ocr["n_measures"].sum()))
    return (f"{head}<p>{escape(about)}</p><table id=\"ocr-table\"><thead><tr>{columns('report.quality.ocr.columns')}"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")
