"""Day numbers without a month in the plan of one month ("1 (суббота)", "3-5", "14, пятница"): monthly plans of
culture centres and schools give each event's day alone, the month being the plan's. The month is written in
after the day so the grammar reads a whole date; the weekday stays where it was and goes to the note (F4)."""

from __future__ import annotations

import re

from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.period import PlanPeriod
from normalizers.language.months import month_of_genitive

# A day or a range of days at the start, then nothing, a bracket or a comma (the weekday or a time follows).
_DAYS_RE = re.compile(r"\s*(\d{1,2})(?:\s*[-‐‑–—]\s*(\d{1,2}))?(?![\d.:])\s*(?=$|[(,]|([А-Яа-яЁё]+))")


def with_plan_month(text: str, period: PlanPeriod | None) -> str:
    """`text` with the plan's month after its leading day numbers, when the plan spans one calendar month and
    the text is such days alone or with a weekday; else `text` unchanged."""
    if period is None or (period.start.year, period.start.month) != (period.end.year, period.end.month):
        return text
    m = _DAYS_RE.match(text)
    if m is None:
        return text
    word = m.group(3)
    if word is not None and load_lexicon().words.get(word.lower().replace("ё", "е"), ("",))[0] != "WEEKDAY":
        return text  # "5 раз", "3 дня": a count, not a day
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if not period.start.day <= first <= last <= period.end.day:
        return text
    month = next(name for name, n in month_of_genitive().items() if n == period.start.month)
    cut = m.end(2) if m.group(2) else m.end(1)
    return f"{text[:cut]} {month}{text[cut:]}"
