"""Deadline normaliser: free Russian deadline text -> kind, dates, frequency, months, occurrences.

Public interface (docs/spec/deadlines.md): `PlanPeriod`, `plan_period`, `Deadline`, `normalize`.
A hand-written tokenizer over a YAML lexicon feeds a small recursive-descent grammar
(grammar); compose places the result in the plan period. No cache on purpose: the
benchmark measures cold normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from normalizers.deadlines.compose import build, empty_fields
from normalizers.deadlines.grammar import parse
from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.month_days import with_plan_month
from normalizers.deadlines.period import PlanPeriod, plan_period
from normalizers.deadlines.tokens import tokenize
from normalizers.outcomes import Code

__all__ = ["Deadline", "PlanPeriod", "normalize", "plan_period"]

KINDS = ("date", "interval", "multi", "recurring", "continuous", "on_demand", "by_schedule", "unknown")
FREQS = (None, "weekly", "monthly", "quarterly", "half_yearly", "yearly")


@dataclass(frozen=True)
class Deadline:
    deadline_kind: str
    start_date: date | None = None
    end_date: date | None = None
    freq: str | None = None
    interval: int = 1
    times_per_period: int | None = None
    at_least: bool = False
    months: list[int] = field(default_factory=list)
    day_of_month: int | None = None
    occurrences: list[tuple[date, date]] = field(default_factory=list)
    note: str | None = None
    warnings: list[str] = field(default_factory=list)


def _deadline(fields: dict) -> Deadline:
    """The `Deadline` of a full dict of its fields (compose.empty_fields's keys). A frozen dataclass's __init__
    sets each field through object.__setattr__, which cost a tenth of a normalisation; filling the instance's
    dict at once gives an equal, equally frozen object."""
    deadline = object.__new__(Deadline)
    deadline.__dict__.update(fields)
    return deadline


def normalize(raw: str | None, period: PlanPeriod | None) -> Deadline:
    """Read one deadline cell against its plan period. Never raises."""
    text = (raw or "").strip()
    if not text:
        return _deadline(empty_fields("unknown", [Code.UNPARSED]))
    try:
        lex = load_lexicon()
        text = with_plan_month(text, period)
        reading = parse(tokenize(text, lex), lex)
        return _deadline(build(reading, period, text, lex))
    except Exception:  # a cell must never stop a run
        return _deadline(empty_fields("unknown", [Code.UNPARSED]))
