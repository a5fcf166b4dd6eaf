"""Which span of time a plan covers: the context every deadline of the plan is read against."""

from __future__ import annotations

from datetime import date

from normalizers import deadlines
from pipeline.structure.model import Plan


def period_of(plan: Plan, document_title: str | None, order_date: date | None) -> deadlines.PlanPeriod | None:
    """The plan's own heading first, then the headings above it that name a plan, then the order's
    title; only then the years of its deadlines or the order's date (deadlines.md)."""
    for text in [plan.title, *reversed(plan.context), document_title or ""]:
        period = deadlines.plan_period(text, None, [])
        if period is not None:
            return period
    return deadlines.plan_period(plan.title, order_date, [m.get("deadline") or "" for m in plan.measures])
