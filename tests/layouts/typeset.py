"""Gold measures + a Layout -> a DOCX document typeset with python-docx.

Each plan gets its bold title above its table; section rows are one cell across the table; measure
rows carry the gold texts verbatim, so the expected reading of every layout is the gold itself.
"""

from __future__ import annotations

import random
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from layouts import wordxml
from layouts.spec import Layout

OTHER_ROLES = ("form", "deadline", "executors", "result")
GROUP_WORDS = ("Организация исполнения", "Исполнение")
_COUNTER = re.compile(r"^(.*?)(\d+)(\.?)$")
MARGIN = Cm(2)
_GOLD_FIELD = {"exec_result": "executors"}


def column_order(layout: Layout, rng: random.Random) -> list[str]:
    """The office's order of the columns after number and name, the same for all its plans."""
    others = list(OTHER_ROLES)
    if layout.shuffle_columns:
        rng.shuffle(others)
    return others


def columns_of(order: list[str], measures: list[dict]) -> list[str]:
    """A plan's columns: those its measures fill. A plan without results had one column for
    executors and result together (the gold keeps its text as executors), headed as such."""
    others = [r for r in order if any(m.get(r) for m in measures)]
    if "result" not in others and "executors" in others:
        others[others.index("executors")] = "exec_result"
    return ["number", "name", *others]


def typeset(layout: Layout, plans: list[list[dict]]):
    """The whole layout as a python-docx Document: one title and table (or tables) per plan."""
    rng = random.Random(layout.seed * 7919)
    doc = Document()
    section = doc.sections[0]
    if layout.landscape:
        wordxml.landscape(section)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    wordxml.document_font(doc, layout.font, layout.size, layout.spacing)
    numbering = wordxml.Numbering(doc)
    order = column_order(layout, rng)
    width = section.page_width - 2 * MARGIN
    for k, measures in enumerate(plans, start=1):
        note = doc.add_paragraph(f"Приложение {k}")
        note.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph()
        _title(doc, measures[0]["plan_title"], rng)
        _plan_tables(doc, layout, measures, columns_of(order, measures), width, numbering, rng)
        doc.add_paragraph()
    return doc


def _title(doc, title: str, rng: random.Random) -> None:
    words = title.split(" ")
    parts = [title]
    if len(words) > 8 and rng.random() < 0.5:
        cut = rng.randrange(3, len(words) - 3)
        parts = [" ".join(words[:cut]), " ".join(words[cut:])]
    for part in parts:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(part).bold = True


def _chunks(rows: list[tuple[str, dict]], layout: Layout, rng: random.Random) -> list[list[tuple[str, dict]]]:
    """Rows of one plan cut into physical tables: at section rows or every few measures."""
    if not layout.split_tables:
        return [rows]
    chunks: list[list[tuple[str, dict]]] = [[]]
    for kind, item in rows:
        if chunks[-1] and (kind == "section" or (len(chunks[-1]) >= 6 and rng.random() < 0.15)):
            chunks.append([])
        chunks[-1].append((kind, item))
    return chunks


def _plan_rows(measures: list[dict]) -> list[tuple[str, dict]]:
    rows: list[tuple[str, dict]] = []
    section = None
    for m in measures:
        if m.get("section") and m["section"] != section:
            rows.append(("section", {"text": m["section"]}))
        section = m.get("section")
        rows.append(("measure", m))
    return rows


def _plan_tables(doc, layout, measures, columns, width, numbering, rng) -> None:
    widths = _widths(columns, width)
    numbers = _auto_numbers(measures, numbering) if layout.auto_numbering else {}
    for n, chunk in enumerate(_chunks(_plan_rows(measures), layout, rng)):
        if n:
            doc.add_paragraph()
        table = doc.add_table(rows=0, cols=len(columns))
        table.autofit = False
        if n == 0:
            _header(table, layout, columns, widths, rng)
        _body(table, chunk, columns, widths, numbers, layout, rng)
        _rules(table, layout)


def _widths(columns: list[str], width: int) -> list[int]:
    number = int(Cm(1.4))
    share = {"name": 3.0, "form": 1.2, "deadline": 1.2, "executors": 1.5, "result": 1.8, "exec_result": 2.0}
    total = sum(share[c] for c in columns if c != "number")
    return [number if c == "number" else int((width - number) * share[c] / total) for c in columns]


def _fill(cell, text: str, width: int, bold: bool = False, center: bool = False):
    cell.width = width
    para = cell.paragraphs[0]
    if text:
        para.add_run(text).bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def _header(table, layout: Layout, columns, widths, rng) -> None:
    words = [layout.header_words[c] for c in columns]
    header_rows = []
    if layout.two_row_header and len(columns) >= 4:
        g = rng.randrange(2, len(columns) - 1)  # the group cell covers columns g and g + 1
        top, bottom = table.add_row(), table.add_row()
        for i, (cell, under) in enumerate(zip(top.cells, bottom.cells, strict=True)):
            if i in (g, g + 1):
                _fill(under, words[i], widths[i], bold=True, center=True)
                cell.width = widths[i]
                continue
            _fill(cell, words[i], widths[i], bold=True, center=True)
            under.width = widths[i]
            wordxml.vmerge(cell, restart=True)
            wordxml.vmerge(under, restart=False)
        merged = top.cells[g].merge(top.cells[g + 1])
        merged.paragraphs[0].add_run(rng.choice(GROUP_WORDS)).bold = True
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        header_rows = [top, bottom]
    else:
        row = table.add_row()
        for cell, text, w in zip(row.cells, words, widths, strict=True):
            _fill(cell, text, w, bold=True, center=True)
        header_rows = [row]
    if layout.column_numbers_row:
        row = table.add_row()
        for i, (cell, w) in enumerate(zip(row.cells, widths, strict=True)):
            _fill(cell, str(i + 1), w, center=True)
        header_rows.append(row)
    for row in header_rows:
        if layout.repeat_header:
            wordxml.repeat_as_header(row)
        if layout.rules == "header_only":
            for cell in row.cells:
                wordxml.cell_rules(cell, {"top", "bottom"} if row is header_rows[0] else {"bottom"})


def _auto_numbers(measures: list[dict], numbering) -> dict[int, int]:
    """Measure index -> numId: a run of counted numbers ("1.3.", "1.4.", ...) shares one Word list."""
    out: dict[int, int] = {}
    run_key = None
    for m in measures:
        i = m["_index"]
        match = _COUNTER.match(m.get("number") or "")
        if not match:
            run_key = None
            continue
        prefix, count, suffix = match.group(1), int(match.group(2)), match.group(3)
        if run_key is not None and run_key[:2] == (prefix, suffix) and run_key[2] == count - 1:
            out[i] = run_key[3]
        else:
            out[i] = numbering.new_list(prefix, suffix, count)
        run_key = (prefix, suffix, count, out[i])
    return out


def _body(table, chunk, columns, widths, numbers, layout, rng) -> None:
    merges = _merge_plan(chunk, columns, layout, rng)
    for r, (kind, item) in enumerate(chunk):
        row = table.add_row()
        cells = row.cells
        if kind == "section":
            for cell, w in zip(cells, widths, strict=True):
                cell.width = w
            merged = cells[0].merge(cells[-1])
            merged.paragraphs[0].add_run(item["text"]).bold = rng.random() < 0.6
            continue
        for c, role in enumerate(columns):
            state = merges.get((r, c))
            text = "" if state == "continue" else (item.get(_GOLD_FIELD.get(role, role)) or "")
            index = item["_index"]
            if role == "number" and index in numbers:
                para = _fill(cells[c], "", widths[c])
                wordxml.number_paragraph(para, numbers[index])
            else:
                _fill(cells[c], text, widths[c])
            if state:
                wordxml.vmerge(cells[c], restart=state == "restart")


def _merge_plan(chunk, columns, layout: Layout, rng) -> dict[tuple[int, int], str]:
    """Cells to merge vertically: runs of 2-4 measure rows with the same text in a chosen column."""
    if not layout.vmerge:
        return {}
    candidates = [c for c, role in enumerate(columns) if role in (*OTHER_ROLES, "exec_result")]
    chosen = rng.sample(candidates, k=min(len(candidates), rng.choice((1, 2))))
    out: dict[tuple[int, int], str] = {}
    for c in chosen:
        role = _GOLD_FIELD.get(columns[c], columns[c])
        r = 0
        while r < len(chunk):
            text = chunk[r][1].get(role) if chunk[r][0] == "measure" else None
            end = r + 1
            while (text and end < len(chunk) and end - r < 4 and chunk[end][0] == "measure"
                   and chunk[end][1].get(role) == text):
                end += 1
            if end - r >= 2:
                out[(r, c)] = "restart"
                out.update({(k, c): "continue" for k in range(r + 1, end)})
            r = end
    return out


def _rules(table, layout: Layout) -> None:
    sides = {
        "grid": set(wordxml.SIDES),
        "horizontal": {"top", "bottom", "insideH"},
        "header_only": set(),
        "none": set(),
    }[layout.rules]
    wordxml.table_rules(table, sides)
