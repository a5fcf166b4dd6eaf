"""Layouts whose rows stack several measures: one row per run of numbered measures, as school and
small-office plans print them (pipeline/structure/stacked.py reads them back).

A stacked row has an empty number cell; its name cell holds one paragraph per measure, each opening
with the measure's number ("1.2. Проведение …"); every other cell holds one paragraph per measure in
the same order, a blank paragraph where the measure has nothing, or one paragraph for all when they
share it. Some rows are typeset so that a cell does not line up (one measure's entry typed as two
paragraphs): those must come back as one measure with a warning. Layouts draw their other features
(fonts, rules, column order, landscape, split tables, header rows) as the base catalogue does, from
seeds of their own, and live in their own catalogue so the 40 base layouts stay as they are.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass, replace

from layouts import typeset as base
from layouts.expected import GOLD_DIR, gold_plans
from layouts.spec import HERE, Layout, draw

CATALOG = HERE / "stacked_catalog.json"
TOTAL = 10
SEED_OFFSET = 1000  # base features drawn from seeds the base catalogue never uses
_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)([.)]?)$")
ROLES = ("form", "deadline", "executors", "result")


@dataclass(frozen=True)
class Stack:
    """Measures typeset in one row. `shared`: roles printed once for all (the same text in each);
    `broken`: the role whose cell does not line up, its entry of measure `broken_at` typed as two
    paragraphs (None: every cell lines up)."""

    indexes: tuple[int, ...]
    shared: frozenset[str]
    broken: str | None
    broken_at: int = 0


def draw_stacked(seed: int) -> Layout:
    """A base layout of another seed, named S.., without Word numbering or vertical merges (a stacked
    row has no number of its own and nothing merged over it)."""
    layout = draw(seed + SEED_OFFSET, GOLD_DIR)
    return replace(layout, name=f"S{seed:02d}_{layout.order[:3]}", seed=seed + SEED_OFFSET, held_out=False,
                   auto_numbering=False, vmerge=False)


def marker(number: str | None) -> str | None:
    """How a measure's number opens its paragraph: as printed when punctuated, else with a dot."""
    if not number or not _NUMBER.match(number.strip()):
        return None
    number = number.strip()
    return number if number.endswith((".", ")")) or "." in number else number + "."


def _follows(a: str, b: str) -> bool:
    pa, pb = a.rstrip(".)").split("."), b.rstrip(".)").split(".")
    return pa[:-1] == pb[:-1] and int(pb[-1]) == int(pa[-1]) + 1


def plan_stacks(layout: Layout, plans: list[list[dict]]) -> list[Stack]:
    """Runs of 2-4 consecutively numbered measures of one section, some of them stacked, some broken."""
    rng = random.Random(layout.seed * 104729)
    stacks: list[Stack] = []
    for measures in plans:
        run: list[dict] = []
        for m in [*measures, None]:
            if m is not None and run and m.get("section") == run[-1].get("section") and marker(m["number"]) \
                    and _follows(marker(run[-1]["number"]), marker(m["number"])):
                run.append(m)
                continue
            stacks.extend(_cut(run, rng))
            run = [m] if m is not None and marker(m["number"]) else []
    return stacks


def _cut(run: list[dict], rng: random.Random) -> list[Stack]:
    out = []
    i = 0
    while len(run) - i >= 2:
        size = min(rng.choice((2, 3, 4)), len(run) - i)
        chunk = run[i:i + size]
        i += size
        if rng.random() < 0.3 or not any(m.get(r) for m in chunk for r in ROLES):
            continue  # left as ordinary rows
        values = {r: [_value(m, r) for m in chunk] for r in ROLES}
        shared = frozenset(r for r, v in values.items() if len(set(v)) == 1 and v[0] and rng.random() < 0.6)
        broken, at = None, 0
        if rng.random() < 0.2:
            splittable = [r for r in ROLES if r not in shared and all(len(v.split()) >= 2 for v in values[r])]
            if splittable:
                broken, at = rng.choice(splittable), rng.randrange(len(chunk))
        out.append(Stack(tuple(m["_index"] for m in chunk), shared, broken, at))
    return out


def _value(m: dict, role: str) -> str:
    return " ".join((m.get(role) or "").split())


def cell_paragraphs(stack: list[dict], role: str, spec: Stack) -> list[str]:
    """The paragraphs of one cell of a stacked row (`role` as the gold names it)."""
    if role == "name":
        return [f"{marker(m['number'])} {m['name']}" for m in stack]
    values = [_value(m, role) for m in stack]
    if role == spec.broken:
        k = spec.broken_at
        words = values[k].split()
        return [*values[:k], words[0], " ".join(words[1:]), *values[k + 1:]]
    return values[:1] if role in spec.shared else values


def typeset_stacked(layout: Layout, plans: list[list[dict]]):
    """The layout as the base typesetter prints it (base.typeset, step by step), each stack in one row."""
    rng = random.Random(layout.seed * 7919)
    doc = base.Document()
    section = doc.sections[0]
    if layout.landscape:
        base.wordxml.landscape(section)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, base.MARGIN)
    base.wordxml.document_font(doc, layout.font, layout.size, layout.spacing)
    order = base.column_order(layout, rng)
    width = section.page_width - 2 * base.MARGIN
    stacks = {s.indexes[0]: s for s in plan_stacks(layout, plans)}
    by_index = {m["_index"]: m for plan in plans for m in plan}
    for k, measures in enumerate(plans, start=1):
        doc.add_paragraph(f"Приложение {k}").alignment = base.WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph()
        base._title(doc, measures[0]["plan_title"], rng)
        columns = base.columns_of(order, measures)
        widths = base._widths(columns, width)
        for n, chunk in enumerate(base._chunks(base._plan_rows(measures), layout, rng)):
            if n:
                doc.add_paragraph()
            table = doc.add_table(rows=0, cols=len(columns))
            table.autofit = False
            if n == 0:
                base._header(table, layout, columns, widths, rng)
            _body(table, chunk, columns, widths, stacks, by_index, layout, rng)
            base._rules(table, layout)
        doc.add_paragraph()
    return doc


def _body(table, chunk, columns, widths, stacks, by_index, layout, rng) -> None:
    inside = {i for s in stacks.values() for i in s.indexes[1:]}
    for kind, item in chunk:
        if kind == "measure" and item["_index"] in inside:
            continue
        stack = stacks.get(item["_index"]) if kind == "measure" else None
        if stack is None:
            base._body(table, [(kind, item)], columns, widths, {}, layout, rng)
        else:
            _stacked_row(table, [by_index[i] for i in stack.indexes], stack, columns, widths)


def _stacked_row(table, stack: list[dict], spec: Stack, columns, widths) -> None:
    row = table.add_row()
    for cell, role, width in zip(row.cells, columns, widths, strict=True):
        cell.width = width
        if role == "number":
            continue
        paragraphs = cell_paragraphs(stack, base._GOLD_FIELD.get(role, role), spec)
        cell.paragraphs[0].add_run(paragraphs[0])
        for text in paragraphs[1:]:
            cell.add_paragraph(text)


def expected_stacked(layout: Layout) -> list[dict]:
    """The gold measures, numbered as their stacked row prints them; a broken stack is one measure
    under its first number, holding every name and every entry of its cells."""
    plans = gold_plans(layout)
    measures = {m["_index"]: m for plan in plans for m in plan}
    stacks = {i: s for s in plan_stacks(layout, plans) for i in s.indexes}
    out = []
    for index, m in measures.items():
        stack = stacks.get(index)
        if stack is None:
            out.append(m)
        elif not stack.broken:
            out.append({**m, "number": marker(m["number"])})
        elif index == stack.indexes[0]:
            out.append(_block([measures[i] for i in stack.indexes], stack))
    return out


def _block(stack: list[dict], spec: Stack) -> dict:
    first = stack[0]
    names = [first["name"], *(f"{marker(m['number'])} {m['name']}" for m in stack[1:])]
    block = {**first, "number": marker(first["number"]), "name": "\n".join(names)}
    for role in ROLES:
        text = "\n".join(p for p in cell_paragraphs(stack, role, spec) if p)
        block[role] = text or None
    return block


def load_stacked_catalog() -> list[Layout]:
    return [Layout(**item) for item in json.loads(CATALOG.read_text(encoding="utf-8"))]


def write_stacked_catalog(layouts: list[Layout]) -> None:
    CATALOG.write_text(json.dumps([asdict(lay) for lay in layouts], ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
