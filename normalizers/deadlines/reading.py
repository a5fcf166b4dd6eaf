"""What the deadline grammar reads from a cell: calendar segments, frequencies, phrases."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.deadlines.tokens import Token


@dataclass(eq=False, slots=True)
class Unit:
    """One calendar item: a month, a day, a year, or the n-th quarter/half/term. year None = not written."""

    kind: str  # month | day | year | quarter | half | term
    n: int = 0  # month number, or the ordinal of quarter/half/term
    year: int | None = None
    day: int | None = None
    school: bool = False  # a half of a named school year ("II полугодие 2024-2025 уч. года"): Jan-May


@dataclass(eq=False, slots=True)
class Segment:
    start: Unit
    end: Unit
    school_span: bool = False  # "2023-2024 учебный год": Sep of start .. Aug of end
    open_end: bool = False  # "с января 2022": runs to the plan end
    open_start: bool = False  # "до декабря 2021": runs from the plan start
    during: bool = False  # "в течение 2021-2022 гг."
    before: bool = False  # "до 1 сентября 2021 г."

    def single_day(self) -> int | None:
        """The day of a segment that names one day of one month ("до 25 января"), else None."""
        start, end = self.start, self.end
        if start.kind == end.kind == "day" and (start.n, start.day) == (end.n, end.day):
            return start.day
        return None

    def day_range(self) -> tuple[int, int] | None:
        """(first day, last day) of a segment from a day of a month to a later day ("5-9 мая"), else None."""
        start, end = self.start, self.end
        if start.kind == end.kind == "day" and (start.n, start.day) < (end.n, end.day):
            return start.day, end.day
        return None


@dataclass(slots=True)
class Freq:
    freq: str
    interval: int = 1
    times: int | None = None
    at_least: bool = False
    terms: bool = False  # counted in school terms ("четверть")
    continuation: bool = False  # "далее ежегодно"
    keeps_words: bool = False  # "каждый понедельник": the words stay for the note (the day is no field)
    first: int = 0  # token range
    last: int = 0


@dataclass(slots=True)
class Phrase:
    category: str  # continuous | holiday | on_demand | schedule
    first: int
    last: int  # inclusive token index
    has_tail: bool = False  # on_demand with a requester named
    months: tuple[int, int] = (6, 8)  # holiday: first and last month (summer unless a season says otherwise)
    also: tuple[tuple[int, int], ...] = ()  # holiday: the seasons coordinated after the first ("зимние и весенние")
    daily: bool = False  # continuous: "ежедневно", work every day, also through an event's days (O63)


@dataclass(slots=True)
class Reading:
    tokens: list[Token]
    segments: list[Segment] = field(default_factory=list)
    freqs: list[Freq] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)
    day_of_month: int | None = None
    placeholder_year: bool = False  # "X - 1 года": a year the plan does not give (O28)
    report_freq: str | None = None  # "… следующего за отчетным кварталом": the day recurs quarterly
    header: bool = False
    used: list[bool] = field(default_factory=list)

    def phrase(self, category: str) -> Phrase | None:
        for p in self.phrases:
            if p.category == category:
                return p
        return None
