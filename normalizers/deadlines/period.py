"""The plan period: the context every deadline of a plan is read against (docs/spec/deadlines.md).

The title decides ("на 2021-2022 годы" calendar, "на 2023-2024 учебный год" school year); without
one, the years written in the plan's deadlines; without those, the order's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlanPeriod:
    start: date
    end: date
    school_year: bool

    @property
    def span(self) -> tuple[date, date]:
        return self.start, self.end


_DASH = r"[-‐‑‒–—―−/]"
_RANGE_RE = re.compile(rf"(?<![\d.])((?:19|20)\d\d)\s*(?:г\.?|гг\.?)?\s*{_DASH}\s*((?:19|20)?\d\d)(?![\d.])")
_SINGLE_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])\s*(?:г\b|г\.|гг|год|уч)", re.IGNORECASE)
_SCHOOL_RE = re.compile(r"уч(?:\.|ебн|\s)", re.IGNORECASE)
_ANY_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _is_school(tail: str) -> bool:
    return bool(_SCHOOL_RE.match(tail.lstrip(" .гГ")))


def _from_title(title: str) -> PlanPeriod | None:
    m = _RANGE_RE.search(title)
    if m:
        first = int(m.group(1))
        last_txt = m.group(2)
        last = int(last_txt) if len(last_txt) == 4 else first // 100 * 100 + int(last_txt)
        if first <= last <= first + 15:
            if _is_school(title[m.end():m.end() + 12]):
                return PlanPeriod(date(first, 9, 1), date(max(last, first + 1), 8, 31), True)
            return PlanPeriod(date(first, 1, 1), date(last, 12, 31), False)
    m = _SINGLE_RE.search(title)
    if m:
        y = int(m.group(1))
        if _is_school(title[m.end(1):m.end(1) + 12]):
            return PlanPeriod(date(y, 9, 1), date(y + 1, 8, 31), True)
        return PlanPeriod(date(y, 1, 1), date(y, 12, 31), False)
    return None


def plan_period(title: str, order_date: date | None, deadline_texts: list[str]) -> PlanPeriod | None:
    """Period of a plan from its title, else its deadlines' years, else its order's date."""
    found = _from_title(title or "")
    if found:
        return found
    years = [int(y) for text in deadline_texts if text for y in _ANY_YEAR_RE.findall(text)]
    if years:
        return PlanPeriod(date(min(years), 1, 1), date(max(years), 12, 31), False)
    if order_date is not None:
        y = order_date.year
        if order_date.month >= 6:
            return PlanPeriod(date(y, 9, 1), date(y + 1, 8, 31), True)
        return PlanPeriod(date(y, 1, 1), date(y, 12, 31), False)
    return None
