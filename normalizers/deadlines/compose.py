"""From a parsed `Reading` and the plan period to the deadline fields: kind, dates, occurrences, note.

Placement follows docs/spec/deadlines.md and tests/gold/deadlines/RULINGS.md: written years are kept
as written (warning `outside_period` when they leave the period), years left to context are placed
in the period and clipped to it, repetitions are laid on the period's calendar.
"""

from __future__ import annotations

from datetime import date

from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.notes import note_of
from normalizers.deadlines.period import PlanPeriod
from normalizers.deadlines.reading import Reading, Segment, Unit
from normalizers.deadlines.spans import (
    TERMS,
    Span,
    clip,
    group_blocks,
    join_touching,
    merge_overlapping,
    month_index,
    months_span,
    narrowed_to_day,
    safe_date,
    shift_by_freq,
    unit_grid,
)
from normalizers.outcomes import Code

# Most frequent first: with two frequencies in one cell the more frequent wins (R28).
_FREQ_ORDER = ("weekly", "monthly", "quarterly", "half_yearly", "yearly")
# A cell with none of these and nothing read is no deadline at all (not_a_deadline), else unparsed.
_TIME_TAGS = frozenset({"NUM", "YEAR", "DATE", "MON", "UNIT", "YW", "DAYW", "FREQ", "RAZ", "EVERY", "CONT",
                        "SCHOOL", "TIMESADV"})


def empty_fields(kind: str, warnings: list[str]) -> dict:
    return {"deadline_kind": kind, "start_date": None, "end_date": None, "freq": None, "interval": 1,
            "times_per_period": None, "at_least": False, "months": [], "day_of_month": None,
            "occurrences": [], "note": None, "warnings": warnings}


# -- units to months ------------------------------------------------------------------------------------
def unit_months(u: Unit, school_context: bool) -> tuple[int, int]:
    """First and last month of a unit; a bare half-year in a school-year plan is a school half."""
    if u.kind in ("month", "day"):
        return u.n, u.n
    if u.kind == "quarter":
        return 3 * u.n - 2, 3 * u.n
    if u.kind == "half":
        if school_context and u.year is None:
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


def _has_year(seg: Segment) -> bool:
    return seg.start.year is not None and seg.end.year is not None


def _dated_span(seg: Segment, ys: int, ye: int, school: bool) -> Span:
    """Span of a segment whose start lies in year ys and end in year ye."""
    if seg.school_span:
        return date(ys, 9, 1), date(ye, 8, 31)
    m1 = unit_months(seg.start, school)[0]
    m2 = unit_months(seg.end, school)[1]
    s, e = months_span(month_index(ys, m1), month_index(ye, m2))
    if seg.start.kind == "day":
        s = safe_date(ys, m1, seg.start.day)
    if seg.end.kind == "day":
        e = safe_date(ye, m2, seg.end.day)
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

    def place_all(self) -> list[tuple[Span, bool]]:
        """(span, written) per segment that can be placed, in the order written."""
        written_idx = [i for i, s in enumerate(self.segments) if _has_year(s)]
        out = []
        for i, seg in enumerate(self.segments):
            placed = self.place(i, seg, written_idx)
            if placed is not None:
                out.append(placed)
        return out

    def place(self, i: int, seg: Segment, written_idx: list[int]) -> tuple[Span, bool] | None:
        p = self.period
        if _has_year(seg):
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
        if not written:
            c = clip(span, p.span)
            return (c, False) if c else None
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
    return period is not None and any(s < period.start or e > period.end for s, e in spans)


# -- yearly patterns ---------------------------------------------------------------------------------------
def pattern_instances(month_ranges: list[tuple[int, int]], period: PlanPeriod, interval: int) -> list[Span]:
    """Every calendar instance of a yearly month pattern that meets the period, clipped (R20)."""
    by_year: dict[int, list[Span]] = {}
    for y in range(period.start.year - 1, period.end.year + 1):
        for m1, m2 in month_ranges:
            ye = y if m2 >= m1 else y + 1
            c = clip(months_span(month_index(y, m1), month_index(ye, m2)), period.span)
            if c:
                by_year.setdefault(y, []).append(c)
    years = sorted(by_year)
    if interval > 1 and years:
        years = [y for y in years if (y - years[0]) % interval == 0]
    return join_touching([s for y in years for s in by_year[y]])


def _pattern_ranges(segments: list[Segment], school: bool) -> list[tuple[int, int]]:
    return [(unit_months(s.start, school)[0], unit_months(s.end, school)[1]) for s in segments]


# -- the fields ------------------------------------------------------------------------------------------
def build(reading: Reading, period: PlanPeriod | None, raw: str, lex: Lexicon) -> dict:
    tokens = reading.tokens
    if reading.header:
        return empty_fields("unknown", [Code.NOT_A_DEADLINE])
    segments = _dedupe(reading.segments)
    freqs = reading.freqs
    holiday = reading.phrase("holiday")
    schedule = reading.phrase("schedule")
    continuous = reading.phrase("continuous")
    on_demand = reading.phrase("on_demand")
    if not (segments or freqs or holiday or schedule or continuous or on_demand or reading.day_of_month):
        timeish = any(t.tag in _TIME_TAGS for t in tokens)
        return empty_fields("unknown", [Code.UNPARSED if timeish or not tokens else Code.NOT_A_DEADLINE])

    f = empty_fields("unknown", [])
    f["day_of_month"] = reading.day_of_month
    months: list[int] = []
    for seg in segments:
        months.extend(segment_months(seg))
    f["months"] = list(dict.fromkeys(months))  # a month named twice is named once (O53)
    note_phrases: list = []
    school = bool(period and period.school_year)
    pspan = [period.span] if period else []

    if freqs or (reading.day_of_month and not segments):
        kind = "recurring"
        _recurring(f, reading, segments, period, holiday, school)
        if holiday and not months:
            f["months"] = _holiday_months(holiday)
        note_phrases += [p for p in (schedule, continuous, on_demand) if p]
    elif schedule:
        kind = "by_schedule"
        spans, warnings = _placed(segments, period, f)
        occ = join_touching(spans) if spans else pspan
        _set_span(f, occ)
        f["occurrences"] = occ
        note_phrases += [p for p in (schedule, on_demand, holiday) if p]
    elif holiday and not segments:
        kind = _holidays(f, period, holiday)
        note_phrases += [p for p in (continuous, on_demand) if p]
    elif segments:
        kind = _dated(f, segments, period, continuous)
        if kind == "continuous":
            continuous = None  # "2006 - 2007 гг. постоянно": the word is encoded by the kind (O11)
        note_phrases += [p for p in (continuous, on_demand, holiday) if p]
    elif reading.phrase("continuous"):
        kind = "continuous"
        f["occurrences"] = pspan
        _set_span(f, pspan)
        note_phrases += [p for p in (on_demand,) if p]
    else:
        kind = "on_demand"
        f["occurrences"] = pspan
        _set_span(f, pspan)
        if on_demand and not on_demand.has_tail:
            on_demand = None
    f["deadline_kind"] = kind
    f["note"] = note_of(reading, raw, kind, note_phrases, schedule, on_demand, lex)
    f["warnings"] = list(dict.fromkeys(f["warnings"]))
    return f


def _holidays(f: dict, period: PlanPeriod | None, holiday) -> str:
    """"В каникулярный период": every summer of the period; "во время весенних каникул": every March."""
    f["freq"] = "yearly"
    f["months"] = _holiday_months(holiday)
    if period:
        f["occurrences"] = pattern_instances([holiday.months], period, 1)
        _set_span(f, [period.span])
    return "continuous"


def _dated(f: dict, segments: list[Segment], period: PlanPeriod | None, continuous=None) -> str:
    """Fill the spans of a cell that names calendar items only; return its kind. Whole years "в течение"
    or followed by a period-wide word ("2006 - 2007 гг. постоянно", O11) are continuous over them."""
    spans, _ = _placed(segments, period, f)
    occ = join_touching(spans)
    f["occurrences"] = occ
    _set_span(f, occ)
    whole_years = all(s.start.kind == "year" and s.end.kind == "year" for s in segments)
    if whole_years and (all(s.during for s in segments) or continuous):
        f["months"] = []
        return "continuous"
    if len(occ) == 1 and occ[0][0] == occ[0][1] and segments[0].start.kind == "day":
        return "date"
    return "multi" if len(occ) > 1 else "interval"


def _holiday_months(holiday) -> list[int]:
    first, last = holiday.months
    return [(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)]


def _dedupe(segments: list[Segment]) -> list[Segment]:
    """"сентябрь-май еженедельно с сентября по май": a repeated item counts once."""
    seen = set()
    out = []
    for s in segments:
        key = (s.start.kind, s.start.n, s.start.year, s.start.day, s.end.kind, s.end.n, s.end.year, s.end.day,
               s.school_span, s.open_end, s.open_start)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _set_span(f: dict, occ: list[Span]) -> None:
    if occ:
        f["start_date"] = min(s for s, _ in occ)
        f["end_date"] = max(e for _, e in occ)


def _placed(segments: list[Segment], period: PlanPeriod | None, f: dict) -> tuple[list[Span], list[str]]:
    placer = Placer(segments, period)
    placed = placer.place_all()
    if placer.year_assumed:
        f["warnings"].append(Code.YEAR_ASSUMED)
    if outside([s for s, w in placed if w], period):
        f["warnings"].append(Code.OUTSIDE_PERIOD)
    return [s for s, _ in placed], f["warnings"]


def _recurring(f: dict, reading: Reading, segments: list[Segment], period: PlanPeriod | None, holiday,
               school: bool) -> None:
    freqs = reading.freqs
    if freqs:
        main = min(freqs, key=lambda x: _FREQ_ORDER.index(x.freq))
        counted = next((x for x in freqs if x.times is not None), main)
        f["freq"] = main.freq
        f["interval"] = main.interval
        f["times_per_period"] = counted.times
        f["at_least"] = any(x.at_least for x in freqs)
        terms = main.terms
        continuation = any(x.continuation for x in freqs)
    else:  # "до 15 числа": a day of every month
        f["freq"] = "monthly"
        terms = False
        continuation = False
    freq, interval = f["freq"], f["interval"]
    bare, written = [], []
    for s in segments:
        (written if _has_year(s) or s.open_end or s.open_start else bare).append(s)
    occ: list[Span] = []
    if freq == "yearly" and written and not bare and any(s.start.kind != "year" for s in written):
        continuation = True  # "Декабрь 2021 г. - январь 2022 г. (ежегодно)": the first of a yearly series
    if continuation and segments:
        spans, _ = _placed(segments, period, f)
        first = join_touching(spans)
        occ = list(first)
        if period and first:
            for k in range(1, 200):
                moved = [shift_by_freq(s, freq, interval * k) for s in first]
                if all(s > period.end for s, _ in moved):
                    break
                occ += [c for c in (clip(s, period.span) for s in moved) if c]
        occ = merge_overlapping(occ)
    elif period is None:
        if written:
            occ = join_touching(_placed(written, period, f)[0])
    elif bare or holiday:
        occ = _pattern_occurrences(f, bare, holiday, period, school, terms)
        if written:
            occ = merge_overlapping(occ + _placed(written, period, f)[0])
    else:
        windows = join_touching(_placed(written, period, f)[0]) if written else [period.span]
        occ = [u for w in windows for u in group_blocks(unit_grid(freq, w, school, terms), interval)]
    f["occurrences"] = occ
    if period is not None:
        f["start_date"] = occ[0][0] if occ else period.start
        f["end_date"] = max(period.end, f["start_date"])
    elif occ:
        f["start_date"], f["end_date"] = occ[0][0], max(e for _, e in occ)


def _pattern_occurrences(f: dict, bare: list[Segment], holiday, period: PlanPeriod, school: bool,
                         terms: bool) -> list[Span]:
    """Every instance in the period of the months named without a year. One day named with its month
    ("ежегодно до 25 января") narrows each yearly instance to that day, the rule's day_of_month."""
    freq, interval = f["freq"], f["interval"]
    ranges = [holiday.months] if holiday and not bare else _pattern_ranges(bare, school)
    if freq in ("monthly", "weekly"):
        windows = pattern_instances(ranges, period, 1)
        return [u for w in windows for u in group_blocks(unit_grid(freq, w, school, terms), interval)]
    occ = pattern_instances(ranges, period, interval if freq == "yearly" else 1)
    day = bare[0].single_day() if freq == "yearly" and len(bare) == 1 else None
    if day is None:
        return occ
    f["day_of_month"] = f["day_of_month"] or day
    return narrowed_to_day(occ, day, period.span)

