"""Validate the fourth other-regions set: the checks of ../other_regions/check.py, plus its own.

Besides fields, allowed values and consistency (../other_regions/check.py), it checks what the set was
built to keep: at most 6 cells of a kind from one source, and no source address (nor document id under
another anchor) shared with ../other_regions/, ../other_regions_fresh/ or ../other_regions_third/.
It never imports the project's normalisers.
Run: python3 tests/gold/other_regions_fourth/check_fourth.py   (exit 1 on any problem)
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "other_regions"))

import check  # noqa: E402  (the other-regions checker)

OTHER_SETS = ("other_regions", "other_regions_fresh", "other_regions_third")


def norm(url: str) -> str:
    """Address without scheme, "www." and trailing slashes: http/https copies of one page are one page."""
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/")


def doc_key(url: str) -> str:
    """One document under several anchors (garant/cntd/-gov.ru/doc) is one source."""
    u = norm(url)
    m = re.match(r"^(base\.garant\.ru/\d+|docs\.cntd\.ru/document/\d+|[^/]+/doc/\d+)", u)
    return m.group(1) if m else u


def main() -> int:
    errs: list[str] = []
    ds, es = check.load("deadlines.jsonl", HERE), check.load("executors.jsonl", HERE)
    for r in ds:
        check.check_deadline(r, errs)
    for r in es:
        check.check_executor(r, errs)
    for k, n in Counter((r["seed"], r["raw"], tuple(r["period"])) for r in ds).items():
        if n > 1:
            errs.append(f"duplicate deadline label {k}")
    for k, n in Counter((r["seed"], r["raw"]) for r in es).items():
        if n > 1:
            errs.append(f"duplicate executor label {k}")
    per = Counter((r["seed"], "d") for r in ds) + Counter((r["seed"], "e") for r in es)
    errs += [f"{seed}: {n} {kind} cells (more than 6 from one source)" for (seed, kind), n in per.items() if n > 6]
    used = {doc_key(r["source"]) for name in OTHER_SETS for f in ("deadlines.jsonl", "executors.jsonl")
            for r in check.load(f, HERE.parent / name)}
    errs += [f"{src}: address of another set" for src in sorted({r["source"] for r in ds + es})
             if doc_key(src) in used]
    print(f"deadlines {len(ds)} cells, executors {len(es)} cells, sources {len({r['seed'] for r in ds + es})}")
    print("executor kinds:", dict(Counter(x["kind"] for r in es for x in r["executors"])))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
