"""Every measure says where it comes from, and the place it names holds its text.

Measures are picked at random (seeded) and looked up in the source file with other tools than the
pipeline's: pdfplumber's page text for a PDF, the raw WordprocessingML rows for a DOCX.
"""

from __future__ import annotations

import random
import re
import zipfile
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from conftest import RAW
from lxml import etree

from pipeline.normalize.provenance import REPEATED_NUMBER, mark_repeated_numbers
from pipeline.query import connect

pytestmark = pytest.mark.slow  # end-to-end: whole documents, processes or clusters

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLE = 60


def letters(text: str) -> str:
    """Only letters and digits, lower case: the same words read by two tools compare equal."""
    return re.sub(r"[\W_]+", "", text.lower())


@cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    with pdfplumber.open(path) as pdf:
        return tuple(letters(page.extract_text() or "") for page in pdf.pages)


@cache
def docx_rows(path: Path) -> dict[tuple[int, int], str]:
    """(table, row) -> the row's text, tables counted in document order, nested tables inside their cell."""
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(W + "body")
    tables = [t for t in body.iter(W + "tbl") if not any(a.tag == W + "tbl" for a in t.iterancestors())]
    out = {}
    for t, tbl in enumerate(tables, start=1):
        rows = [r for r in tbl.iter(W + "tr") if next(r.iterancestors(W + "tbl")) is tbl]
        for i, tr in enumerate(rows, start=1):
            out[(t, i)] = letters("".join(x.text or "" for x in tr.iter(W + "t")))
    return out


def words(name: str) -> list[str]:
    """The name's words of four letters or more, compounds split at their hyphen (a line may break there)."""
    return [w for w in re.findall(r"[^\W_]+", name.lower()) if len(w) >= 4]


def found_at_location(m: dict) -> bool:
    path = RAW / m["source_file"]
    name = letters(m["name"])
    if path.suffix == ".pdf":
        # a page's text runs across the table's columns, so a name's lines are apart: its words are there
        pages = pdf_pages(path)[m["page_start"] - 1: m["page_end"]]
        return words(m["name"])[0] in pages[0] and all(any(w in p for p in pages) for w in words(m["name"]))
    rows = docx_rows(path)
    keys = sorted(k for k in rows if (m["table_start"], m["row_start"]) <= k <= (m["table_end"], m["row_end"]))
    text = "".join(rows[k] for k in keys)
    return bool(keys) and name[:20] in rows[keys[0]] and all(w in text for w in words(m["name"]))


def measures(dataset: Path) -> list[dict]:
    frame = connect(dataset).execute("SELECT * FROM measures ORDER BY measure_id").fetchdf()
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def test_every_measure_has_a_location_and_its_order(corpus_dataset):
    con = connect(corpus_dataset)
    missing = con.execute("""
        SELECT m.source_file, count(*) FROM measures m JOIN documents d USING (document_id)
        WHERE CASE WHEN d.format = 'pdf' THEN m.page_start IS NULL OR m.page_end < m.page_start
                   ELSE m.table_start IS NULL OR m.row_start IS NULL OR m.table_end IS NULL
                        OR (m.table_end, m.row_end) < (m.table_start, m.row_start) END
           OR m.order_number IS DISTINCT FROM d.order_number OR m.order_date IS DISTINCT FROM d.order_date
        GROUP BY 1""").fetchall()
    assert missing == []
    assert con.execute("SELECT count(*) FROM measures WHERE order_number IS NOT NULL").fetchone()[0] > 0


def test_random_measures_are_found_at_their_location(corpus_dataset):
    rows = measures(corpus_dataset)
    picked = random.Random(13).sample(rows, SAMPLE)
    assert {Path(m["source_file"]).suffix for m in picked} == {".pdf", ".docx"}
    lost = [(m["source_file"], m["page_start"], m["table_start"], m["row_start"], m["name"][:60])
            for m in picked if not found_at_location(m)]
    assert lost == []


def test_a_wrong_location_is_noticed():
    """The check above can fail: the same measure one row or one page off is not found."""
    path = next(RAW.glob("bashmakovsky/*.docx"))
    rows = docx_rows(path)
    (t, r), text = next((k, v) for k, v in rows.items() if len(v) > 80 and k[1] > 2)
    m = {"source_file": f"bashmakovsky/{path.name}", "name": text, "table_start": t, "row_start": r,
         "table_end": t, "row_end": r}
    assert found_at_location(m)
    assert not found_at_location({**m, "row_start": r - 1, "row_end": r - 1})


def test_item_numbers_repeated_in_a_section_get_a_warning():
    rows = [{"section": "A", "item_path": "1", "warnings": []}, {"section": "A", "item_path": "2", "warnings": []},
            {"section": "A", "item_path": "1", "warnings": []}, {"section": "B", "item_path": "1", "warnings": []},
            {"section": "A", "item_path": None, "warnings": []}, {"section": "A", "item_path": None, "warnings": []}]
    mark_repeated_numbers(rows)
    assert [REPEATED_NUMBER in r["warnings"] for r in rows] == [True, False, True, False, False, False]


def test_attention_view_says_where_to_look(corpus_dataset):
    con = connect(corpus_dataset)
    n_warnings = con.execute("SELECT coalesce(sum(len(warnings)), 0) FROM measures_once").fetchone()[0]
    rows = con.execute("SELECT warning, field, label, location FROM measures_attention").fetchall()
    assert len(rows) == n_warnings > 0
    assert all(location for *_, location in rows)
    assert all(field and label for _, field, label, _ in rows), "every warning code is in normalizers/outcomes.yaml"
    assert {loc.split()[0] for *_, loc in rows} == {"стр.", "таблица"}
