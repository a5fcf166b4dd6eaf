"""Deadline cells -> kind, dates, recurrence (docs/spec/deadlines.md). Others call only what is exported here."""

from normalizers.deadlines.cells import is_deadline_cell
from normalizers.deadlines.normalizer import FREQS, KINDS, Deadline, PlanPeriod, normalize, plan_period

__all__ = ["FREQS", "KINDS", "Deadline", "PlanPeriod", "is_deadline_cell", "normalize", "plan_period"]
