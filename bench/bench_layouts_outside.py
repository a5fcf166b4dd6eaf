"""Benchmark: layouts typeset from seeds the project never committed, read back and scored.

    .venv/bin/python bench/bench_layouts_outside.py base|stacked FIRST LAST [--out DIR] [--diff]

The committed layouts (tests/fixtures/layouts) are the ones the readers were shaped on; issue 10's bar is
checked on layouts nobody tuned to. This draws them from other seeds with the same generator
(tests/layouts), exports the PDFs with LibreOffice (it must be installed: `make system-deps`), and scores
each format against the layouts' expected measures: exact by position (pairs in order, plan by plan), in
order (longest common subsequence), and for stacked layouts the stacks read whole. A folder given with
--out is reused, so a set made once can be scored again on other code.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from gold_compare import FIELDS, compare, measures_of, norm  # noqa: E402
from layouts.build import _fix_core_properties, export_pdf  # noqa: E402
from layouts.expected import GOLD_DIR, expected_measures, gold_plans  # noqa: E402
from layouts.spec import Layout, draw  # noqa: E402
from layouts.stacked import draw_stacked, expected_stacked, plan_stacks, typeset_stacked  # noqa: E402
from layouts.typeset import typeset  # noqa: E402

from parsers import docx, pdf  # noqa: E402
from pipeline.structure import build_structure  # noqa: E402

CATALOG = "catalog.json"


def make(kind: str, seeds: range, out: Path) -> list[Layout]:
    """Typeset and export the layouts unless `out` already holds them."""
    if (out / CATALOG).exists():
        return [Layout(**x) for x in json.loads((out / CATALOG).read_text())]
    out.mkdir(parents=True, exist_ok=True)
    layouts, written = [], []
    for seed in seeds:
        layout = draw(seed, GOLD_DIR) if kind == "base" else draw_stacked(seed)
        document = (typeset if kind == "base" else typeset_stacked)(layout, gold_plans(layout))
        _fix_core_properties(document)
        written.append(out / f"{layout.name}.docx")
        document.save(written[-1])
        layouts.append(layout)
    export_pdf(written, out)
    (out / CATALOG).write_text(json.dumps([asdict(x) for x in layouts], ensure_ascii=False, indent=1))
    return layouts


def stacks_read(layout: Layout, got: list[dict], expected: list[dict]) -> tuple[int, int]:
    """Stacks (not broken on purpose) whose every measure is among those read."""
    keys = {tuple(norm(m.get(k), "pdf") for k in FIELDS) for m in got}
    by_index = {m["_index"]: m for m in expected}
    whole = total = 0
    for stack in plan_stacks(layout, gold_plans(layout)):
        if not stack.broken:
            total += 1
            whole += all(tuple(norm(by_index[i].get(k), "pdf") for k in FIELDS) in keys for i in stack.indexes)
    return whole, total


def score(layouts: list[Layout], out: Path, fmt: str, diff: bool) -> str:
    """Totals of one format; layouts that lose a measure are printed on the way."""
    total = equal = in_order = whole = stacks = 0
    for layout in layouts:
        stacked = layout.name.startswith("S")
        expected = expected_stacked(layout) if stacked else expected_measures(layout)
        parser = pdf if fmt == "pdf" else docx
        got = measures_of(build_structure(parser.parse(out / f"{layout.name}.{fmt}")))
        result = compare(got, expected, fmt)
        total, equal, in_order = total + result.total, equal + result.equal, in_order + result.in_order
        line = f"  {layout.name} {fmt}: {result.equal}/{result.total}, in order {result.in_order}"
        if stacked:
            w, t = stacks_read(layout, got, expected)
            whole, stacks = whole + w, stacks + t
            line += f", stacks {w}/{t}"
        if result.equal < result.total or diff:
            print(line)
            for difference in result.differences[:12] if diff else []:
                print("     ", difference[:260])
    line = (f"{fmt}: {equal}/{total} = {100 * equal / max(total, 1):.2f} % by position, "
            f"{100 * in_order / max(total, 1):.2f} % in order")
    return line + (f", stacks {whole}/{stacks}" if stacks else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=("base", "stacked"))
    parser.add_argument("first", type=int)
    parser.add_argument("last", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        layouts = make(args.kind, range(args.first, args.last + 1), out)
        lines = [score(layouts, out, fmt, args.diff) for fmt in ("pdf", "docx")]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
