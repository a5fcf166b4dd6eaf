"""Placing calendar items in time: the months a unit spans, the months a segment names, and the dates of each
segment (as written, anchored on a written neighbour, or from the plan period), per docs/spec/deadlines.md
and tests/gold/deadlines/RULINGS.md (R10-R14)."""

from __future__ import annotations

from datetime import date

from normalizers.deadlines.period import PlanPeriod
from normalizers.deadlines.reading import Segment, Unit
from normalizers.deadlines.spans import TERMS, Span, clip, month_end, month_index, safe_date


# -- units to months ------------------------------------------------------------------------------------
def unit_months(u: Unit, school_context: bool) -> tuple[int, int]:
    """First and last month of a unit; a bare half-year in a school-year plan is a school half."""
    if u.kind in ("month", "day"):
        return u.n, u.n
    if u.kind == "quarter":
        return 3 * u.n - 2, 3 * u.n
    if u.kind == "half":
        if u.school or (school_context and u.year is None):
            return (9, 12) if u.n == 1 else (1, 5)
        return (1, 6) if u.n == 1 else (7, 12)
    if u.kind == "term":
        return TERMS[u.n - 1]
    return 1, 12


def segment_months(seg: Segment) -> list[int]:
    """Months a segment names (R17): only month/day units, ranges expanded in their direction."""
    if seg.school_span:
        return []
    if seg.start.kind not in ("month", "day") or seg.end.kind not in ("month", "day"):
        # "с 1 января 2011 - 2012 годы": the end of the range that is a month or a day names it (O6)
        return [u.n for u in (seg.start, seg.end) if u.kind in ("month", "day")][:1]
    a, b = seg.start.n, seg.end.n
    if seg.start is seg.end or (a == b and seg.start.year == seg.end.year):
        return [a]
    out = [a]
    m = a
    while m != b and len(out) < 12:
        m = m % 12 + 1
        out.append(m)
    return out


def has_year(seg: Segment) -> bool:
    return seg.start.year is not None and seg.end.year is not None


def _dated_span(seg: Segment, ys: int, ye: int, school: bool) -> Span:
    """Span of a segment whose start lies in year ys and end in year ye."""
    if seg.school_span:
        return date(ys, 9, 1), date(ye, 8, 31)
    start, end = seg.start, seg.end
    m1 = unit_months(start, school)[0]
    m2 = unit_months(end, school)[1]
    s = safe_date(ys, m1, start.day) if start.kind == "day" else date(ys, m1, 1)
    e = safe_date(ye, m2, end.day) if end.kind == "day" else month_end(ye, m2)
    return s, e


def _end_year_after(seg: Segment, ys: int, school: bool) -> int:
    m1 = unit_months(seg.start, school)[0]
    m2 = unit_months(seg.end, school)[1]
    return ys if m2 >= m1 else ys + 1


# -- placing segments -------------------------------------------------------------------------------------
class Placer:
    """Gives each segment dates: as written, anchored on a written neighbour, or from the period."""

    def __init__(self, segments: list[Segment], period: PlanPeriod | None):
        self.segments = segments
        self.period = period
        self.school = bool(period and period.school_year)
        self.year_assumed = False
        self.reversed = False  # a range written end-before-start ("с 20 по 4 мая"): no span can be read

    def place_all(self) -> list[tuple[Span, bool]]:
        """(span, written) per segment that can be placed, in the order written."""
        written_idx = [i for i, s in enumerate(self.segments) if has_year(s)]
        out = []
        for i, seg in enumerate(self.segments):
            placed = self.place(i, seg, written_idx)
            if placed is not None:
                out.append(placed)
        return out

    def place(self, i: int, seg: Segment, written_idx: list[int]) -> tuple[Span, bool] | None:
        p = self.period
        if has_year(seg):
            span = _dated_span(seg, seg.start.year, seg.end.year, self.school)
            written = True
        elif written_idx:
            span = self.anchored(i, seg, written_idx)
            written = True
        elif p is None:
            return None
        else:
            span = self.from_context(seg)
            written = False
        if p is not None:
            if seg.open_end:
                span = (span[0], max(span[0], p.end))
            if seg.open_start:
                span = (min(p.start, span[1]), span[1])
        if span[0] > span[1]:
            self.reversed = True
            return None
        if not written:
            c = clip(span, p.span)
            # a date the context places wholly outside the period has nothing to clip to: kept as placed, and
            # flagged as written ones are ("30 апреля" in a May plan)
            return (c, False) if c else (span, True)
        return span, True

    def anchored(self, i: int, seg: Segment, written_idx: list[int]) -> Span:
        """A yearless item next to written ones: latest before the next, else earliest after the previous."""
        m1 = unit_months(seg.start, self.school)[0]
        m2 = unit_months(seg.end, self.school)[1]
        later = [k for k in written_idx if k > i]
        if later:
            nxt = self.segments[later[0]]
            limit = month_index(nxt.start.year, unit_months(nxt.start, self.school)[0])
            end_idx = limit - ((limit % 12 + 1 - m2) % 12)
            ye = end_idx // 12
            ys = ye - (1 if m1 > m2 else 0)
            return _dated_span(seg, ys, ye, self.school)
        prev = self.segments[[k for k in written_idx if k < i][-1]]
        limit = month_index(prev.end.year, unit_months(prev.end, self.school)[1])
        start_idx = limit + ((m1 - (limit % 12 + 1)) % 12)
        ys = start_idx // 12
        return _dated_span(seg, ys, _end_year_after(seg, ys, self.school), self.school)

    def from_context(self, seg: Segment) -> Span:
        p = self.period
        m1 = unit_months(seg.start, self.school)[0]
        m2 = unit_months(seg.end, self.school)[1]
        if self.school:
            base = p.start.year if p.start.month >= 9 else p.start.year - 1
            if p.end.year - base > 1:
                self.year_assumed = True
            ye = base if m2 >= 9 else base + 1
            ys = ye if m1 <= m2 else ye - 1
            return _dated_span(seg, ys, ye, True)
        if p.end.year > p.start.year:
            self.year_assumed = True
        ys = p.start.year
        return _dated_span(seg, ys, _end_year_after(seg, ys, False), False)


def outside(spans: list[Span], period: PlanPeriod | None) -> bool:
    if period is None:
        return False
    start, end = period.start, period.end
    for s, e in spans:
        if s < start or e > end:
            return True
    return False
