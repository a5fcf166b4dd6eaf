"""Expand the hand labels of hand_labels.py into deadlines.jsonl / executors.jsonl.

Nothing here reads a cell's text: every kind, span, month and executor is written by hand in
hand_labels.py. This file only turns the hand-written spans and repetition rules into the record
format of tests/gold/deadlines/dev.jsonl (occurrence lists, defaults) and adds the source fields.
The project's normalisers are never imported.

Run: python3 tests/gold/other_regions/build.py [FOLDER]   (FOLDER: another set labelled the same way, whose
hand_labels.py imports its helpers from here, e.g. tests/gold/other_regions_fresh)
"""
from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent


# ---- date helpers for the hand specs -------------------------------------------------------
def iso(d: date) -> str:
    return d.isoformat()


def D(y, m, d):
    """One day."""
    return (date(y, m, d), date(y, m, d))


def M(y, m, y2=None, m2=None):
    """Month m of y, or months y-m .. y2-m2 as one span."""
    if y2 is None:
        y2, m2 = y, m
    return (date(y, m, 1), date(y2, m2, calendar.monthrange(y2, m2)[1]))


def Y(y, y2=None):
    return (date(y, 1, 1), date(y2 or y, 12, 31))


def Q(y, q, q2=None):
    q2 = q2 or q
    return (date(y, 3 * q - 2, 1), date(y, 3 * q2, calendar.monthrange(y, 3 * q2)[1]))


def H(y, h):
    return M(y, 1, y, 6) if h == 1 else M(y, 7, y, 12)


def S(a, b):
    """Span from the start of a to the end of b."""
    return (a[0], b[1])


def clip(spans, period):
    p0, p1 = period
    out = []
    for s, e in spans:
        s2, e2 = max(s, p0), min(e, p1)
        if s2 <= e2:
            out.append((s2, e2))
    return out


def months_in(period):
    p0, p1 = period
    y, m = p0.year, p0.month
    out = []
    while (y, m) <= (p1.year, p1.month):
        out.append(M(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return clip(out, period)


def quarters_in(period):
    p0, p1 = period
    out = [Q(y, q) for y in range(p0.year, p1.year + 1) for q in (1, 2, 3, 4)]
    return clip(out, period)


def halves_in(period, school=False):
    p0, p1 = period
    out = []
    for y in range(p0.year - 1, p1.year + 1):
        if school:
            out += [M(y, 9, y, 12), M(y + 1, 1, y + 1, 5)]
        else:
            out += [H(y, 1), H(y, 2)]
    return sorted(set(clip(out, period)))


def years_in(period, school=False):
    p0, p1 = period
    if school:
        out = [(date(y, 9, 1), date(y + 1, 8, 31)) for y in range(p0.year - 1, p1.year + 1)]
    else:
        out = [Y(y) for y in range(p0.year, p1.year + 1)]
    return clip(out, period)


def weeks_in(period):
    p0, p1 = period
    start = p0 - timedelta(days=p0.weekday())
    out = []
    while start <= p1:
        out.append((start, start + timedelta(days=6)))
        start += timedelta(days=7)
    return clip(out, period)


def yearly(period, m1, m2=None, day=None):
    """Every calendar instance of month range m1..m2 (wrapping over New Year) meeting the period."""
    m2 = m2 or m1
    p0, p1 = period
    out = []
    for y in range(p0.year - 1, p1.year + 1):
        y2 = y + 1 if m2 < m1 else y
        if day:
            out.append((date(y, m1, day), date(y, m1, day)))
        else:
            out.append(M(y, m1, y2, m2))
    return sorted(set(clip(out, period)))


# ---- record builders ------------------------------------------------------------------------
def deadline_record(src: dict, raw: str, kind: str, occ=None, months=(), freq=None, interval=1,
                    times=None, at_least=False, dom=None, note=None, warnings=(), start=None,
                    end=None) -> dict:
    period = (date.fromisoformat(src["period"][0]), date.fromisoformat(src["period"][1]))
    occ = sorted(occ or [])
    if kind == "unknown":
        s = e = None
        occ = []
    elif kind in ("continuous", "on_demand", "by_schedule"):
        if not occ:
            occ = [period]
        s = start or (occ[0][0] if freq is None else period[0])
        e = end or (occ[-1][1] if freq is None else period[1])
    elif kind == "recurring":
        s = start or occ[0][0]
        e = end or period[1]
    else:
        s = start or occ[0][0]
        e = end or occ[-1][1]
    return {
        "seed": src["id"], "period": src["period"], "school_year": src["school_year"], "raw": raw,
        "deadline_kind": kind,
        "start_date": iso(s) if s else None, "end_date": iso(e) if e else None,
        "freq": freq, "interval": interval, "times_per_period": times, "at_least": at_least,
        "months": list(months), "day_of_month": dom,
        "occurrences": [[iso(a), iso(b)] for a, b in occ],
        "note": note, "warnings": list(warnings),
        "source": src["url"], "region": src["region"], "municipality": src["municipality"],
        "plan": src["plan"], "period_basis": src["period_basis"],
    }


def executor_record(src: dict, raw: str, executors, warnings=()) -> dict:
    return {
        "seed": src["id"], "municipality": src["municipality"], "raw": raw,
        "executors": [
            {"mention": m, "name": n, "abbreviation": a, "kind": k, "by_agreement": bool(b)}
            for m, n, a, k, b in executors
        ],
        "warnings": list(warnings),
        "source": src["url"], "region": src["region"], "plan": src["plan"],
    }


def main(folder: Path = HERE) -> None:
    """Build the set in `folder` (this one, or another set labelled the same way: ../other_regions_fresh)."""
    import hand_labels as H_

    sources = {sid: dict(id=sid, **s) for sid, s in H_.SOURCES.items()}
    drecs, erecs = [], []
    for sid, raw, spec in H_.deadlines(sources):
        drecs.append(deadline_record(sources[sid], raw, **spec))
    for sid, raw, execs, *w in H_.EXECUTORS:
        erecs.append(executor_record(sources[sid], raw, execs, w[0] if w else ()))
    (folder / "deadlines.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in drecs), encoding="utf-8")
    (folder / "executors.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in erecs), encoding="utf-8")
    print(f"deadlines {len(drecs)}, executors {len(erecs)}")


if __name__ == "__main__":
    import sys
    target = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    sys.path[:0] = [str(target), str(HERE)]  # that set's hand_labels.py; this build module for its helpers
    main(target)
