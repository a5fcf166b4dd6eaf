"""Validate the other-regions gold records (fields, allowed values, internal consistency).

Run: python3 tests/gold/other_regions/check.py [FOLDER]   (exit 1 on any problem; FOLDER: another set
labelled the same way, e.g. tests/gold/other_regions_fresh)
Checks only the records themselves; it never imports the project's normalisers.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
D_FIELDS = ["seed", "period", "school_year", "raw", "deadline_kind", "start_date", "end_date", "freq",
            "interval", "times_per_period", "at_least", "months", "day_of_month", "occurrences", "note",
            "warnings", "source", "region", "municipality", "plan", "period_basis"]
E_FIELDS = ["seed", "municipality", "raw", "executors", "warnings", "source", "region", "plan"]
X_FIELDS = ["mention", "name", "abbreviation", "kind", "by_agreement"]
KINDS = {"date", "interval", "multi", "recurring", "continuous", "on_demand", "by_schedule", "unknown"}
FREQS = {None, "weekly", "monthly", "quarterly", "half_yearly", "yearly"}
D_WARN = {"year_assumed", "unparsed", "not_a_deadline", "outside_period"}
E_KINDS = {"authority", "methodical_service", "schools", "school", "preschools", "role", "external", "other"}
E_WARN = {"not_executors", "extra_text", "unknown_executor"}


def load(name, folder=HERE):
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_deadline(r, errs):
    where = f"{r.get('seed')} {r.get('raw')!r}"
    if list(r) != D_FIELDS:
        errs.append(f"{where}: fields {list(r)}")
        return
    if r["deadline_kind"] not in KINDS or r["freq"] not in FREQS:
        errs.append(f"{where}: kind/freq")
    if not set(r["warnings"]) <= D_WARN:
        errs.append(f"{where}: warnings {r['warnings']}")
    if not all(isinstance(m, int) and 1 <= m <= 12 for m in r["months"]):
        errs.append(f"{where}: months")
    p0, p1 = map(date.fromisoformat, r["period"])
    if r["school_year"] and not (p0.month == 9 and p0.day == 1):
        errs.append(f"{where}: school_year period")
    occ = [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in r["occurrences"]]
    if any(a > b for a, b in occ) or any(occ[i][1] >= occ[i + 1][0] for i in range(len(occ) - 1)):
        errs.append(f"{where}: occurrences not chronological/disjoint")
    if r["deadline_kind"] == "unknown":
        if r["start_date"] or r["occurrences"] or not r["warnings"]:
            errs.append(f"{where}: unknown must be empty with a warning")
        return
    s, e = date.fromisoformat(r["start_date"]), date.fromisoformat(r["end_date"])
    if s > e or not occ:
        errs.append(f"{where}: start/end/occurrences")
    outside = any(a < p0 or b > p1 for a, b in occ)
    if outside != ("outside_period" in r["warnings"]):
        errs.append(f"{where}: outside_period warning vs occurrences")
    if r["deadline_kind"] == "date" and (s != e or len(occ) != 1):
        errs.append(f"{where}: date kind")
    if r["deadline_kind"] in ("interval",) and len(occ) != 1:
        errs.append(f"{where}: interval needs one span")
    if r["deadline_kind"] == "multi" and len(occ) < 2:
        errs.append(f"{where}: multi needs spans")
    if r["deadline_kind"] == "recurring" and r["freq"] is None:
        errs.append(f"{where}: recurring needs freq")
    if r["deadline_kind"] == "by_schedule" and not r["note"]:
        errs.append(f"{where}: by_schedule carries the schedule in note")


def check_executor(r, errs):
    where = f"{r.get('seed')} {r.get('raw')!r}"
    if list(r) != E_FIELDS:
        errs.append(f"{where}: fields {list(r)}")
        return
    if not set(r["warnings"]) <= E_WARN:
        errs.append(f"{where}: warnings")
    if not r["executors"] and "not_executors" not in r["warnings"]:
        errs.append(f"{where}: a cell with words must give executors or not_executors")
    for x in r["executors"]:
        if list(x) != X_FIELDS or x["kind"] not in E_KINDS or not isinstance(x["by_agreement"], bool):
            errs.append(f"{where}: executor {x}")
        elif x["mention"] not in r["raw"]:
            errs.append(f"{where}: mention {x['mention']!r} not in raw")


def problems(folder=HERE):
    """(deadline records, executor records, problems) of the set in `folder`: fields, values, duplicates."""
    errs = []
    ds, es = load("deadlines.jsonl", folder), load("executors.jsonl", folder)
    for r in ds:
        check_deadline(r, errs)
    for r in es:
        check_executor(r, errs)
    for k, n in Counter((r["seed"], r["raw"], tuple(r["period"])) for r in ds).items():
        if n > 1:
            errs.append(f"duplicate deadline label {k}")
    for k, n in Counter((r["seed"], r["raw"]) for r in es).items():
        if n > 1:
            errs.append(f"duplicate executor label {k}")
    return ds, es, errs


def doc_key(url: str) -> str:
    """One page under http/https, "www." and a trailing slash, and one document under several anchors
    (garant/cntd/-gov.ru/doc), is one source."""
    u = re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/")
    m = re.match(r"^(base\.garant\.ru/\d+|docs\.cntd\.ru/document/\d+|[^/]+/doc/\d+)", u)
    return m.group(1) if m else u


def kept_apart(ds, es, folder, other_sets, most):
    """Problems of a set built to stand apart: more than `most` cells of a kind from one source, or a source
    that one of `other_sets` (folders beside `folder`) already uses."""
    per = Counter((r["seed"], "d") for r in ds) + Counter((r["seed"], "e") for r in es)
    errs = [f"{seed}: {n} {kind} cells (more than {most} from one source)" for (seed, kind), n in per.items()
            if n > most]
    used = {doc_key(r["source"]) for name in other_sets for f in ("deadlines.jsonl", "executors.jsonl")
            for r in load(f, folder.parent / name)}
    return errs + [f"{src}: address of another set" for src in sorted({r["source"] for r in ds + es})
                   if doc_key(src) in used and src != "written"]  # written cells (part B) have no address


def excluded(ds, es, folder) -> list[str]:
    """Sources whose address (or document id) the set's excluded_urls.txt lists."""
    lines = (folder / "excluded_urls.txt").read_text(encoding="utf-8").splitlines()
    keys = {doc_key(u) for u in lines if u.strip()}
    return [f"{src}: address excluded when the set was built" for src in sorted({r["source"] for r in ds + es})
            if doc_key(src) in keys]


def report(ds, es, errs) -> int:
    """Print the counts and the problems; 1 if there are any."""
    print(f"deadlines {len(ds)} cells from {len({r['source'] for r in ds})} sources; "
          f"executors {len(es)} cells from {len({r['source'] for r in es})} sources; "
          f"sources in all {len({r['source'] for r in ds + es})}")
    print("deadline kinds:", dict(Counter(r["deadline_kind"] for r in ds)))
    print("executor kinds:", dict(Counter(x["kind"] for r in es for x in r["executors"])))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


def main(folder=HERE):
    sys.exit(report(*problems(folder)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
