"""Every executor cell the project has, read by the executor normaliser, dumped in full: a change that
should not change behaviour (a speed-up) must leave the dump byte-identical.

Cells and how each is read, as tests/accuracy.py scores them:
- tests/gold/executors/dev.jsonl: with the municipality's glossary; leave-one-municipality-out (an unseen
  municipality, the document's own definitions); an unseen municipality without the document;
- tests/gold/executors_generated, tests/gold/other_regions, other_regions_fresh, _third, _fourth, _fifth,
  _sixth, _seventh, _eighth: their municipality (or an unseen one) and their plan's level;
- the executor cells of data/raw's orders, with the municipality and the document's definitions, as the
  ingest reads them (extracted once and kept in a cache file beside the dump, since parsing takes a while).

The dump holds, per cell, every executor's fields, the warnings, the unknown names and names_executors().
Only equality is of interest: the cells are not printed.

Usage: .venv/bin/python tests/executors_snapshot.py [OUT]   (default /tmp/executors_snapshot.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import accuracy  # noqa: E402

RAW_CELLS = Path("/tmp/executors_snapshot_raw_cells.json")


def raw_document_cells() -> list[dict]:
    """(raw, municipality, glossary) of every measure of data/raw's orders, cached in RAW_CELLS."""
    if RAW_CELLS.is_file():
        return json.loads(RAW_CELLS.read_text(encoding="utf-8"))
    from pipeline.normalize.glossary import document_glossary
    from pipeline.registry import municipality_of

    cells = []
    for path, doc in accuracy.raw_documents():
        glossary = document_glossary(doc)
        slug = municipality_of(path, accuracy.RAW).slug
        for plan in doc.plans:
            for m in plan.measures:
                raw = m.get("executors") or m.get("exec_result")
                cells.append({"file": str(path.relative_to(accuracy.RAW)), "raw": raw, "municipality": slug,
                              "glossary": glossary})
    RAW_CELLS.write_text(json.dumps(cells, ensure_ascii=False), encoding="utf-8")
    return cells


def readings() -> list[tuple[str, str | None, str | None, dict | None, str | None]]:
    """(set, raw, municipality, document glossary, level) for every reading of every cell."""
    out = []
    dev = accuracy.read_jsonl(accuracy.GOLD / "executors" / "dev.jsonl")
    for row in dev:
        out.append(("dev in-sample", row["raw"], row["municipality"], None, None))
    for row in dev:
        out.append(("dev leave-one-out", row["raw"], accuracy.UNSEEN, accuracy._seed_definitions(row), None))
    for row in dev:
        out.append(("dev unknown", row["raw"], accuracy.UNSEEN, None, None))
    for row in accuracy.read_jsonl(accuracy.GENERATED_EXECUTORS):
        out.append(("generated", row["raw"], accuracy.UNSEEN, None, row.get("level")))
    for name, path in (("other regions", accuracy.OTHER_REGIONS / "executors.jsonl"),
                       ("fresh", accuracy.LABELLED_SETS["fresh"] / "executors.jsonl"),
                       ("third", accuracy.LABELLED_SETS["third"] / "executors.jsonl"),
                       ("fourth", accuracy.LABELLED_SETS["fourth"] / "executors.jsonl"),
                       ("fifth", accuracy.LABELLED_SETS["fifth"] / "executors.jsonl"),
                       ("sixth", accuracy.LABELLED_SETS["sixth"] / "executors.jsonl"),
                       ("seventh", accuracy.LABELLED_SETS["seventh"] / "executors.jsonl"),
                       ("eighth", accuracy.LABELLED_SETS["eighth"] / "executors.jsonl")):
        for row in accuracy.read_jsonl(path):
            if "executors" in row:
                out.append((name, row["raw"], row.get("municipality"), None, accuracy.plan_level(row)))
    for cell in raw_document_cells():
        out.append(("data/raw " + cell["file"], cell["raw"], cell["municipality"], cell["glossary"], None))
    return out


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/executors_snapshot.jsonl")
    cells = readings()  # the document definitions are mined before the normaliser is first called
    from normalizers.executors import names_executors, normalize, normalize_strict

    lines = []
    for name, raw, municipality, glossary, level in cells:
        try:
            strict = normalize_strict(raw, municipality, glossary, level)
            error = None
        except Exception as exc:  # noqa: BLE001 - the error itself is part of the behaviour
            strict, error = None, f"{type(exc).__name__}: {exc}"
        result = normalize(raw, municipality, glossary, level)
        if strict is not None and strict != result:
            error = "normalize and normalize_strict differ"
        lines.append(json.dumps({
            "set": name, "raw": raw, "municipality": municipality, "level": level,
            "executors": [[e.mention, e.name, e.abbreviation, e.kind, e.by_agreement] for e in result.executors],
            "warnings": list(result.warnings), "unknown": list(result.unknown_names),
            "names_executors": names_executors(raw), "error": error,
        }, ensure_ascii=False))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} readings -> {target}")


if __name__ == "__main__":
    main()
