"""Shorthands the hand labels of the later other-regions sets (fresh, third … ninth) write their sources,
spans and executors with: one definition, so a label means the same in every set."""
from __future__ import annotations

import calendar
from datetime import date

from build import D, M

NONE_BASIS = "not used: no deadline cells taken"
# The basis of a period taken from the years the cells write (fourth set on).
CAL_SEEN = ("title not in the stored page or without a year: calendar span of the years written in the cells "
            "(spec: nothing in the title)")
FED = "Российская Федерация (федеральный план)"  # the region of a federal plan (sixth set on)
ROLE = "role"


def source(url, region, municipality, plan, period=None, school_year=None, basis=NONE_BASIS):
    return dict(url=url, region=region, municipality=municipality, plan=plan, period=period,
                school_year=school_year, period_basis=basis)


def written_source(region, municipality, kind, plan, period, school, basis):
    """A source of a set whose cells a helper wrote in the manner of a region's plans (twentieth set on)."""
    url = f"written: {region}, {municipality or 'региональный план'}, {kind}"
    return source(url, region, municipality, plan, period, school, basis)


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


# -- months, kinds and executors as the fourth, fifth and sixth sets' labels write them --------------------------
def month_span(y, m):
    """The first and last day of month m of year y."""
    return [f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"]


def months_interval(y, m, y2=None, m2=None, warnings=()):
    """An interval deadline over month m of y, or from it to month m2 of y2."""
    if y2 is None:
        return dict(kind="interval", occ=[M(y, m)], months=[m], warnings=list(warnings))
    months, yy, mm = [], y, m
    while (yy, mm) <= (y2, m2):
        months.append(mm)
        yy, mm = (yy + 1, 1) if mm == 12 else (yy, mm + 1)
    return dict(kind="interval", occ=[M(y, m, y2, m2)], months=months, warnings=list(warnings))



def event(phrase):
    """An event-bound phrase whose dates the plan does not give: by_schedule over the period, note = the phrase (O52)."""
    return dict(kind="by_schedule", note=phrase)

A, MS, SC, SCH, PRE, R, X, O = ("authority", "methodical_service", "schools", "school", "preschools",  # noqa: E741
                                "role", "external", "other")


def role(mention, name, agreed=0):
    return (mention, name, None, R, agreed)


def other(mention, name=None):
    return (mention, name or mention, None, O, 0)


UNK = ["unknown_executor"]
EXTRA = ["extra_text"]
BOTH = ["extra_text", "unknown_executor"]
