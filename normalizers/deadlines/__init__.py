"""Deadline cells -> kind, dates, recurrence (docs/spec/deadlines.md). Others call only what is exported here."""

from normalizers.deadlines.normalizer import FREQS, KINDS, Deadline, PlanPeriod, normalize, plan_period

__all__ = ["FREQS", "KINDS", "Deadline", "PlanPeriod", "normalize", "plan_period"]
