"""From a parsed `Reading` and the plan period to the deadline fields: kind, dates, occurrences, note.

Placement follows docs/spec/deadlines.md and tests/gold/deadlines/RULINGS.md: written years are kept
as written (warning `outside_period` when they leave the period), years left to context are placed
in the period and clipped to it, repetitions are laid on the period's calendar.
"""

from __future__ import annotations

from datetime import date

from normalizers.deadlines.events import holiday_months, place_events
from normalizers.deadlines.exception_clauses import in_exception_clause
from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.notes import note_of
from normalizers.deadlines.period import PlanPeriod
from normalizers.deadlines.placing import Placer, has_year, outside, segment_months, unit_months
from normalizers.deadlines.reading import Reading, Segment
from normalizers.deadlines.spans import (
    Span,
    clip,
    group_blocks,
    join_touching,
    merge_overlapping,
    month_end,
    narrowed_to_day,
    narrowed_to_days,
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


# -- yearly patterns ---------------------------------------------------------------------------------------
def pattern_instances(month_ranges: list[tuple[int, int]], period: PlanPeriod, interval: int) -> list[Span]:
    """Every calendar instance of a yearly month pattern that meets the period, clipped (R20)."""
    by_year: dict[int, list[Span]] = {}
    bounds = period.span
    for y in range(period.start.year - 1, period.end.year + 1):
        for m1, m2 in month_ranges:
            ye = y if m2 >= m1 else y + 1
            c = clip((date(y, m1, 1), month_end(ye, m2)), bounds)
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
    holiday, schedule, continuous, on_demand = _phrases(reading, period)
    if not (segments or freqs or holiday or schedule or continuous or on_demand or reading.day_of_month):
        timeish = any(t.tag in _TIME_TAGS for t in tokens)
        return empty_fields("unknown", [Code.UNPARSED if timeish or not tokens else Code.NOT_A_DEADLINE])
    if reading.placeholder_year and not (freqs or reading.day_of_month):
        return empty_fields("unknown", [Code.UNPARSED])  # "25 августа X - 1 года": the year is not given (O28)

    f = empty_fields("unknown", [])
    f["day_of_month"] = reading.day_of_month
    f["months"] = months = _named_months(segments)
    note_phrases: list = []
    school = bool(period and period.school_year)
    pspan = [(period.start, period.end)] if period else []

    if freqs or (reading.day_of_month and not segments):
        kind = "recurring"
        _recurring(f, reading, segments, period, holiday, school)
        if holiday and not months:
            f["months"] = holiday_months(holiday)
        note_phrases += [p for p in (schedule, continuous, on_demand) if p]
    elif _by_schedule(schedule, continuous, segments, tokens, lex):
        kind = "by_schedule"
        spans, warnings = _placed(segments, period, f)
        occ = join_touching(spans) if spans else pspan
        _set_span(f, occ)
        f["occurrences"] = occ
        note_phrases += [p for p in (schedule, on_demand, holiday) if p]
    elif holiday and not segments:
        kind = _holidays(f, period, holiday)
        note_phrases += [p for p in (continuous, on_demand) if p]
    elif segments and period and continuous and _month_then_year_round(segments, continuous, tokens):
        kind = "continuous"  # "октябрь, в течение года": the work starts that month and runs all year (F8)
        _over_the_plan(f, pspan)
        note_phrases += [p for p in (on_demand, holiday) if p]
    elif segments:
        kind = _dated(f, segments, period, continuous)
        if kind == "continuous":
            continuous = None  # "2006 - 2007 гг. постоянно": the word is encoded by the kind (O11)
        note_phrases += [p for p in (continuous, on_demand, holiday, schedule) if p]
    elif continuous and (continuous.daily or not on_demand):  # "в течение года по запросу": the trigger is specific
        kind = "continuous"
        _over_the_plan(f, pspan)
        note_phrases += [p for p in (schedule, on_demand) if p]
    else:
        kind = "on_demand"
        _over_the_plan(f, pspan)
        if on_demand and not on_demand.has_tail:
            on_demand = None
    f["deadline_kind"] = kind
    f["note"] = note_of(reading, raw, kind, note_phrases, schedule, on_demand, lex)
    f["warnings"] = _final_warnings(f["warnings"], reading)
    return f


def _by_schedule(schedule, continuous, segments: list[Segment], tokens, lex: Lexicon) -> bool:
    """An undated event makes the cell by_schedule (O52), unless it stands in an exception clause after dates, the
    work is done every day through it ("ежедневно в период проведения": continuous, the event in note, O63), or the
    cell dates it by months or days (an event, no document setting the dates: "май-июнь (в период половодья)")."""
    if not schedule or (segments and (in_exception_clause(schedule, tokens)
                                      or _event_dated_by(segments, tokens[schedule.first:schedule.last + 1], lex))):
        return False
    return not (continuous and continuous.daily and not segments)


def _event_dated_by(segments: list[Segment], phrase: list, lex: Lexicon) -> bool:
    """Whether closed spans of months or days the cell writes date the event of the phrase ("С 15.04 по окончании
    празднования" leaves its end to the event, F18; "до 1 марта …" is a due day, no span), a phrase that names no
    document setting the dates (lexicon's schedule_documents: "по графику", "согласно плану"; R33 keeps those
    by_schedule)."""
    return all(seg.start.kind in _DATED_UNITS and seg.end.kind in _DATED_UNITS
               and not (seg.open_start or seg.open_end or seg.before) for seg in segments) \
        and not any(tok.text.startswith(lex.schedule_documents) for tok in phrase)


def _over_the_plan(f: dict, pspan: list) -> None:
    """One occurrence, the plan's whole period (continuous, on demand): no dates of its own."""
    f["occurrences"] = pspan
    _set_span(f, pspan)


def _phrases(reading: Reading, period: PlanPeriod | None) -> tuple:
    """The cell's first holiday, schedule, continuous and on-demand phrases; no look-up when it read none."""
    if not reading.phrases:
        return None, None, None, None
    place_events(reading, period)
    return (reading.phrase("holiday"), reading.phrase("schedule"), reading.phrase("continuous"),
            reading.phrase("on_demand"))


_YEAR_WORDS = frozenset({"год", "года", "г"})
_DATED_UNITS = frozenset({"month", "day"})  # units that date an event the cell names beside them


def _month_then_year_round(segments: list[Segment], continuous, tokens) -> bool:
    """One month without a day or a year, and a phrase spanning the (school) year: "сентябрь, в течение года"."""
    if len(segments) != 1:
        return False
    seg = segments[0]
    if not (seg.start.kind == seg.end.kind == "month" and seg.start.n == seg.end.n and seg.start.year is None
            and seg.end.year is None and not (seg.open_end or seg.open_start or seg.before or seg.during)):
        return False
    return any(tok.text in _YEAR_WORDS for tok in tokens[continuous.first:continuous.last + 1])


def _named_months(segments: list[Segment]) -> list[int]:
    if len(segments) == 1:
        return segment_months(segments[0])  # one segment names each month once
    months: list[int] = []
    for seg in segments:
        months.extend(segment_months(seg))
    return list(dict.fromkeys(months))  # a month named twice is named once (O53)


def _final_warnings(warnings: list[str], reading: Reading) -> list[str]:
    """Each warning once; a placeholder year's repetition assumes no year (O28)."""
    if not warnings:
        return warnings
    if reading.placeholder_year:
        warnings = [w for w in warnings if w != Code.YEAR_ASSUMED]
    return list(dict.fromkeys(warnings))


def _holidays(f: dict, period: PlanPeriod | None, holiday) -> str:
    """"В каникулярный период": every summer of the period; "во время весенних каникул": every March."""
    f["freq"] = "yearly"
    f["months"] = holiday_months(holiday)
    if period:
        f["occurrences"] = pattern_instances([holiday.months, *holiday.also], period, 1)
        _set_span(f, [period.span])
    return "continuous"


def _dated(f: dict, segments: list[Segment], period: PlanPeriod | None, continuous=None) -> str:
    """Fill the spans of a cell that names calendar items only; return its kind. Whole years "в течение"
    or followed by a period-wide word ("2006 - 2007 гг. постоянно", O11) are continuous over them."""
    spans, warnings = _placed(segments, period, f)
    if not spans and Code.UNPARSED in warnings:
        f["months"] = []
        return "unknown"  # every range ran backwards: nothing to date
    occ = join_touching(spans)
    f["occurrences"] = occ
    _set_span(f, occ)
    during = continuous or (segments[0].during and all(s.during for s in segments))
    if during and all(s.start.kind == "year" and s.end.kind == "year" for s in segments):
        f["months"] = []
        return "continuous"
    if len(occ) == 1 and occ[0][0] == occ[0][1] and segments[0].start.kind == "day":
        return "date"
    return "multi" if len(occ) > 1 else "interval"


def _dedupe(segments: list[Segment]) -> list[Segment]:
    """"сентябрь-май еженедельно с сентября по май": a repeated item counts once."""
    if len(segments) < 2:
        return list(segments)
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
    if len(occ) == 1:
        f["start_date"], f["end_date"] = occ[0]
    elif occ:
        f["start_date"] = min(s for s, _ in occ)
        f["end_date"] = max(e for _, e in occ)


def _placed(segments: list[Segment], period: PlanPeriod | None, f: dict) -> tuple[list[Span], list[str]]:
    placer = Placer(segments, period)
    placed = placer.place_all()
    if placer.year_assumed:
        f["warnings"].append(Code.YEAR_ASSUMED)
    if placer.reversed:
        f["warnings"].append(Code.UNPARSED)
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
    else:  # "до 15 числа": a day of every month, or of every reporting period named
        f["freq"] = reading.report_freq or "monthly"
        terms = False
        continuation = False
    freq, interval = f["freq"], f["interval"]
    bare, written = [], []
    for s in segments:
        (written if has_year(s) or s.open_end or s.open_start else bare).append(s)
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
            occ = _with_written(occ, written, period, f)
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
    ranges = [holiday.months, *holiday.also] if holiday and not bare else _pattern_ranges(bare, school)
    if freq in ("monthly", "weekly"):
        windows = pattern_instances(ranges, period, 1)
        return [u for w in windows for u in group_blocks(unit_grid(freq, w, school, terms), interval)]
    occ = pattern_instances(ranges, period, interval if freq == "yearly" else 1)
    day = bare[0].single_day() if freq == "yearly" and len(bare) == 1 else None
    if day is None:
        days = bare[0].day_range() if freq == "yearly" and len(bare) == 1 else None
        return occ if days is None else narrowed_to_days(occ, days, period.span)  # "ежегодно 5-9 мая"
    f["day_of_month"] = f["day_of_month"] or day
    return narrowed_to_day(occ, day, period.span)

def _with_written(occ: list[Span], written: list[Segment], period: PlanPeriod, f: dict) -> list[Span]:
    """A range of years written beside a yearly pattern bounds it ("2021-2024 гг., ежегодно в мае", as O46
    bounds "2008 - 2010 ежемесячно"); other written items are occurrences of their own."""
    spans = _placed(written, period, f)[0]
    if all(s.start.kind == "year" and s.end.kind == "year" and s.start.year < s.end.year for s in written):
        windows = join_touching(spans)
        return [c for o in occ for w in windows if (c := clip(o, w))]
    return merge_overlapping(occ + spans)

