"""Calendar arithmetic for deadlines: month spans, unit grids (years, school years, halves, quarters,
school terms, months, weeks), clipping and joining of spans.

Plain `datetime.date` arithmetic: it is exact and fast enough for 20,000 cells a second.
"""

from __future__ import annotations

from datetime import date, timedelta

Span = tuple[date, date]

_ONE_DAY = timedelta(days=1)
_TO_SUNDAY = tuple(timedelta(days=6 - weekday) for weekday in range(7))  # date.weekday() -> days to its Sunday
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# School terms ("четверть") at month granularity, in school-year order.
TERMS = ((9, 10), (11, 12), (1, 3), (4, 5))


def month_end(year: int, month: int) -> date:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return date(year, 2, 29)
    return date(year, month, _DAYS[month - 1])


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def from_index(idx: int) -> tuple[int, int]:
    return divmod(idx, 12)[0], idx % 12 + 1


def months_span(idx_start: int, idx_end: int) -> Span:
    """Span from the first day of month index idx_start to the last day of idx_end."""
    y1, m1 = from_index(idx_start)
    y2, m2 = from_index(idx_end)
    return date(y1, m1, 1), month_end(y2, m2)


def safe_date(year: int, month: int, day: int) -> date:
    """A date with the day clamped into the month (31 June -> 30 June)."""
    month = min(max(month, 1), 12)
    end = month_end(year, month).day
    return date(year, month, min(max(day, 1), end))


def clip(span: Span, bounds: Span) -> Span | None:
    s = max(span[0], bounds[0])
    e = min(span[1], bounds[1])
    return (s, e) if s <= e else None


def join_touching(spans: list[Span]) -> list[Span]:
    """Chronological, disjoint spans; spans that overlap or touch (next day) become one."""
    if len(spans) < 2:
        return list(spans)
    ordered = sorted(spans)
    out = [ordered[0]]
    for s, e in ordered[1:]:
        ps, pe = out[-1]
        if s <= pe + _ONE_DAY:
            out[-1] = (ps, max(pe, e))
        else:
            out.append((s, e))
    return out


def merge_overlapping(spans: list[Span]) -> list[Span]:
    """Chronological spans where overlapping ones become one; spans that only touch stay apart."""
    out: list[Span] = []
    for s, e in sorted(set(spans)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def shift_months(span: Span, months: int) -> Span:
    """Move a span by whole months, keeping month-end alignment."""
    s, e = span
    si = month_index(s.year, s.month) + months
    ei = month_index(e.year, e.month) + months
    sy, sm = from_index(si)
    ey, em = from_index(ei)
    end_day = month_end(ey, em).day if e.day == month_end(e.year, e.month).day else e.day
    return safe_date(sy, sm, s.day), safe_date(ey, em, end_day)


def unit_grid(freq: str, window: Span, school_year: bool, terms: bool) -> list[Span]:
    """The calendar units of one frequency that meet the window, clipped to it."""
    s, e = window
    if freq == "weekly":
        out = []
        cur = s
        while cur <= e:
            week_end = cur + _TO_SUNDAY[cur.weekday()]
            out.append((cur, min(week_end, e)))
            cur = week_end + _ONE_DAY
        return out
    raw: list[Span] = []
    if freq == "monthly":
        for idx in range(month_index(s.year, s.month), month_index(e.year, e.month) + 1):
            y, m = divmod(idx, 12)
            raw.append((date(y, m + 1, 1), month_end(y, m + 1)))
    elif freq == "quarterly":
        for y in range(s.year, e.year + 1):
            if terms:
                for m1, m2 in TERMS:
                    raw.append((date(y, m1, 1), month_end(y, m2)))
            else:
                for q in range(4):
                    raw.append((date(y, 3 * q + 1, 1), month_end(y, 3 * q + 3)))
    elif freq == "half_yearly":
        for y in range(s.year - 1, e.year + 1):
            if school_year:
                raw.append((date(y, 9, 1), date(y, 12, 31)))
                raw.append((date(y + 1, 1, 1), date(y + 1, 5, 31)))
            else:
                raw.append((date(y, 1, 1), date(y, 6, 30)))
                raw.append((date(y, 7, 1), date(y, 12, 31)))
    else:  # yearly
        for y in range(s.year - 1, e.year + 1):
            if school_year:
                raw.append((date(y, 9, 1), date(y + 1, 8, 31)))
            else:
                raw.append((date(y, 1, 1), date(y, 12, 31)))
    out = []
    for a, b in sorted(raw):  # each clipped to the window (clip, inlined: a grid has up to hundreds of units)
        a = max(a, s)
        b = min(b, e)
        if a <= b:
            out.append((a, b))
    return out


def group_blocks(spans: list[Span], size: int) -> list[Span]:
    """Every `size` consecutive units as one span ("один раз в два года" -> two-year blocks)."""
    if size <= 1:
        return spans
    return [(spans[i][0], spans[min(i + size, len(spans)) - 1][1]) for i in range(0, len(spans), size)]


def narrowed_to_day(spans: list[Span], day: int, bounds: Span) -> list[Span]:
    """Each month span cut to one day of it ("ежегодно до 25 января": 25 January of every year)."""
    days = (safe_date(start.year, start.month, day) for start, _ in spans)
    return [(d, d) for d in days if bounds[0] <= d <= bounds[1]]


def narrowed_to_days(spans: list[Span], days: tuple[int, int], bounds: Span) -> list[Span]:
    """Each span of months cut to the days named at its ends ("ежегодно 5-9 мая": 5-9 May of every year)."""
    cut = ((safe_date(s.year, s.month, days[0]), safe_date(e.year, e.month, days[1])) for s, e in spans)
    return [c for span in cut if (c := clip(span, bounds))]


_STEP_MONTHS = {"yearly": 12, "half_yearly": 6, "quarterly": 3, "monthly": 1}


def shift_by_freq(span: Span, freq: str, steps: int) -> Span:
    """The span `steps` repetitions of `freq` later."""
    if freq == "weekly":
        return span[0] + timedelta(days=7 * steps), span[1] + timedelta(days=7 * steps)
    return shift_months(span, _STEP_MONTHS[freq] * steps)
