"""Scanned documents in the quality section: read by OCR, so shown apart with how sure the reading was.

Every measure read from a scan carries the warning `ocr_low_confidence`, its location ending with the
lowest confidence (0-100) of the cells it came from; a document's lowest says how far to trust it.
A text PDF with a few scanned pages is "pdf-ocr" too, and only its scanned measures carry the warning.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from pipeline.report.lists import MeasureLists
from pipeline.report.page import document_href, document_name

FORMAT = "pdf-ocr"
CODE = "ocr_low_confidence"
# One row per document read by OCR: its measures, those read from scanned pages, the lowest confidence.
SQL = rf"""
    SELECT d.document_id, d.source_file, count(m.measure_id) AS n_measures,
           count(*) FILTER (WHERE m.read) AS n_read, min(m.confidence) AS min_confidence
    FROM documents d
    LEFT JOIN (
        SELECT document_id, measure_id, list_contains(coalesce(warnings, []), '{CODE}') AS read,
               TRY_CAST(regexp_extract(list_filter(warning_details, lambda w: w.code = '{CODE}')[1].location,
                                       'OCR\D*(\d+)', 1) AS INTEGER) AS confidence
        FROM measures_once) m USING (document_id)
    WHERE d.format = '{FORMAT}'
    GROUP BY ALL ORDER BY d.source_file
"""

def section(ocr: pd.DataFrame, documents: pd.DataFrame, lists: MeasureLists) -> str:
    """The scanned documents as their own group: a heading, a line of totals and one row each."""
    head = "<h3>Документы, прочитанные распознаванием (OCR)</h3>"
    if ocr is None or ocr.empty:
        return head + '<p id="ocr-none">Сканов без текстового слоя в наборе нет.</p>'
    docs = {d["document_id"]: d for _, d in documents.iterrows()}
    m = lists.measures
    rows = []
    for _, doc in ocr.iterrows():
        name = document_name(docs[doc["document_id"]]) if doc["document_id"] in docs else doc["source_file"]
        in_doc = m["document_id"] == doc["document_id"]
        read = in_doc & m["warnings"].map(lambda ws: ws is not None and CODE in list(ws))
        lowest = "" if pd.isna(doc["min_confidence"]) else str(int(doc["min_confidence"]))
        rows.append(
            f'<tr><td><a href="{document_href(doc["document_id"])}">{escape(str(doc["source_file"]))}</a></td>'
            f"<td class='num'>{lists.link(doc['n_measures'], lists.once(in_doc), f'{name}: мероприятия')}</td>"
            f"<td class='num'>{lists.link(doc['n_read'], lists.once(read), f'{name}: прочитано распознаванием')}"
            f"</td><td class='num'>{lowest}</td></tr>")
    total = int(ocr["n_measures"].sum())
    lead = (f"<p>Сканы без текстового слоя: {len(ocr)} док., {total} мероприятий. Текст распознан "
            "программой, поэтому каждое такое мероприятие помечено предупреждением «прочитано "
            "распознаванием (OCR) — сверить со сканом». Уверенность распознавания — от 0 до 100; "
            "в таблице наименьшая по ячейкам документа: чем она ниже, тем внимательнее сверять.</p>")
    return (head + lead + '<table id="ocr-table"><thead><tr><th>Документ</th><th>Мероприятий</th>'
            "<th>Из них со скана</th><th>Наименьшая уверенность</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")
