"""Shorthands the hand labels of the later other-regions sets (fresh, third, fourth) write their sources,
spans and executors with: one definition, so a label means the same in every set."""
from __future__ import annotations

from datetime import date

from build import D

NONE_BASIS = "not used: no deadline cells taken"
ROLE = "role"


def source(url, region, municipality, plan, period=None, school_year=None, basis=NONE_BASIS):
    return dict(url=url, region=region, municipality=municipality, plan=plan, period=period,
                school_year=school_year, period_basis=basis)


def calendar_years(y1, y2=None):
    return [f"{y1}-01-01", f"{y2 or y1}-12-31"]


def school_year(y1):
    return [f"{y1}-09-01", f"{y1 + 1}-08-31"]


def plan_period(sources, sid):
    a, b = sources[sid]["period"]
    return (date.fromisoformat(a), date.fromisoformat(b))


def span(y1, m1, d1, y2, m2, d2):
    return (date(y1, m1, d1), date(y2, m2, d2))


def day(y, m, d, note=None, warnings=()):
    return dict(kind="date", occ=[D(y, m, d)], months=[m], note=note, warnings=list(warnings))


def persons(*names):
    return [(n, n, None, ROLE, 0) for n in names]
