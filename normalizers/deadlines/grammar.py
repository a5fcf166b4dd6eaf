"""The deadline grammar: turn tagged tokens into a `Reading` (calendar segments, frequency, phrases).

A hand-written recursive-descent parser over the lexicon's tags. At each token it tries, in order:
a known phrase (continuous, holiday, on-demand, schedule), a frequency ("2 раза в год",
"ежегодно", "далее ежегодно"), a day of month ("до 15 числа"), then a list of calendar items
("Октябрь, ноябрь 2021 г. и Февраль, март 2022 г.", "III и IV квартал 2023 г.", "с сентября по
май"). Tokens no rule takes stay unused; they become the note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.tokens import Token

_NUMBERED_UNITS = ("quarter", "half", "term")
_FREQ_OF_UNIT = {"year": "yearly", "half": "half_yearly", "quarter": "quarterly", "term": "quarterly",
                 "month": "monthly", "week": "weekly"}
_SKIP_TAGS = frozenset({"DASH", "COMMA", "DOT", "LP", "RP", "SLASH", "YW"})
# Tags a frequency, a day of month or a calendar item may start with (plus the words "по", "до", "с").
_FREQ_START = frozenset({"FREQ", "EVERY", "CONT", "NOT", "NUM", "CNT", "RAZ", "TIMESADV"})
_DAY_START = frozenset({"NOT", "NUM"})
_ITEM_START = frozenset({"MON", "NUM", "YEAR", "DATE", "ORD", "ROMAN", "CNT", "NOT"})
_ITEM_WORDS = frozenset({"с", "со", "до"})
_CLAUSE_STOPS = frozenset({"по", "в", "во", "с", "со", "согласно", "при", "на", "до", "для", "и", "после"})


@dataclass(eq=False)
class Unit:
    """One calendar item: a month, a day, a year, or the n-th quarter/half/term. year None = not written."""

    kind: str  # month | day | year | quarter | half | term
    n: int = 0  # month number, or the ordinal of quarter/half/term
    year: int | None = None
    day: int | None = None


@dataclass(eq=False)
class Segment:
    start: Unit
    end: Unit
    school_span: bool = False  # "2023-2024 учебный год": Sep of start .. Aug of end
    open_end: bool = False  # "с января 2022": runs to the plan end
    open_start: bool = False  # "до декабря 2021": runs from the plan start
    during: bool = False  # "в течение 2021-2022 гг."
    before: bool = False  # "до 1 сентября 2021 г."


@dataclass
class Freq:
    freq: str
    interval: int = 1
    times: int | None = None
    at_least: bool = False
    terms: bool = False  # counted in school terms ("четверть")
    continuation: bool = False  # "далее ежегодно"
    first: int = 0  # token range
    last: int = 0


@dataclass
class Phrase:
    category: str  # continuous | holiday | on_demand | schedule
    first: int
    last: int  # inclusive token index
    has_tail: bool = False  # on_demand with a requester named


@dataclass
class Reading:
    tokens: list[Token]
    segments: list[Segment] = field(default_factory=list)
    freqs: list[Freq] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)
    day_of_month: int | None = None
    header: bool = False
    used: list[bool] = field(default_factory=list)

    def phrase(self, category: str) -> Phrase | None:
        for p in self.phrases:
            if p.category == category:
                return p
        return None


class _Parser:
    def __init__(self, tokens: list[Token], lex: Lexicon):
        self.t = tokens
        self.n = len(tokens)
        self.lex = lex
        self.r = Reading(tokens, used=[False] * len(tokens))
        self.texts = [tok.text for tok in tokens]

    # -- helpers -------------------------------------------------------------------------------------
    def tag(self, i: int) -> str | None:
        return self.t[i].tag if i < self.n else None

    def text(self, i: int) -> str | None:
        return self.t[i].text if i < self.n else None

    def mark(self, i: int, j: int) -> None:
        for k in range(i, j):
            self.r.used[k] = True

    def skip_year_marks(self, i: int) -> int:
        """Skip "г.", "гг.", "год", a dot, and "учебный"-less year words after a year number."""
        while i < self.n and (self.t[i].tag == "YW" or self.t[i].tag == "DOT"):
            i += 1
        return i

    # -- top level ------------------------------------------------------------------------------------
    def parse(self) -> Reading:
        if self.is_header():
            self.r.header = True
            return self.r
        i = 0
        phrases = self.lex.phrases
        while i < self.n:
            tok = self.t[i]
            tag = tok.tag
            if tag in _SKIP_TAGS:
                i += 1
                continue
            j = None
            text = tok.text
            word = tag == "W"
            if text in phrases or text == "по":
                j = self.phrase_at(i)
            if not j and (tag in _FREQ_START or (word and text == "по")):
                j = self.freq_at(i)
            if not j and (tag in _DAY_START or (word and text == "до")):
                j = self.day_of_month_at(i)
            if not j and (tag in _ITEM_START or (word and text in _ITEM_WORDS)):
                j = self.list_at(i)
            if not j and word:
                j = self.holiday_word_at(i)
            i = j if j else i + 1
        return self.r

    def is_header(self) -> bool:
        if not self.t or self.t[0].text not in self.lex.header_first:
            return False
        words = [tok.text for tok in self.t if tok.tag not in ("DASH", "COMMA", "DOT", "LP", "RP", "SLASH")]
        return bool(words) and words[0] in self.lex.header_first and all(
            w in self.lex.header_words for w in words)

    # -- phrases ----------------------------------------------------------------------------------------
    def phrase_at(self, i: int) -> int | None:
        tok = self.t[i]
        if tok.tag in ("YEAR", "NUM", "DATE", "DASH", "COMMA", "DOT", "LP", "RP", "SLASH"):
            return None
        texts = self.texts
        for words, cat in self.lex.phrases.get(tok.text, ()):
            k = len(words)
            if tuple(texts[i:i + k]) == words:
                return self.take_phrase(i, i + k, cat, words)
        if tok.text == "по":
            return self.schedule_after_po(i)
        return None

    def take_phrase(self, i: int, j: int, cat: str, words: tuple[str, ...]) -> int | None:
        if cat == "during":
            return self.during(i, j)
        if cat == "continuous":
            if words[-1] in self.lex.period_nouns:
                j = self.swallow_complement(j)
            self.r.phrases.append(Phrase("continuous", i, j - 1))
            self.mark(i, j)
            return j
        if cat == "holiday":
            self.r.phrases.append(Phrase("holiday", i, j - 1))
            self.mark(i, j)
            return j
        if cat == "on_demand":
            end = self.clause_end(j)
            self.r.phrases.append(Phrase("on_demand", i, end - 1, has_tail=end > j))
            self.mark(i, end)
            return end
        end = self.clause_end(j)
        self.r.phrases.append(Phrase("schedule", i, end - 1))
        self.mark(i, end)
        return end

    def swallow_complement(self, j: int) -> int:
        """"весь период | реализации дорожной карты": the words naming the period belong to it."""
        while j < self.n and self.t[j].tag in ("W", "SCHOOL", "UNIT") and self.t[j].text not in _CLAUSE_STOPS:
            j += 1
        return j

    def clause_end(self, j: int) -> int:
        """End of a schedule/on-demand clause: its closing bracket, the cell end, or a comma before a date."""
        depth = 0
        for k in range(j, self.n):
            tag = self.t[k].tag
            if tag == "LP":
                depth += 1
            elif tag == "RP":
                if depth == 0:
                    return k
                depth -= 1
            elif tag == "COMMA" and depth == 0 and k + 1 < self.n and self.t[k + 1].tag in (
                    "MON", "YEAR", "DATE", "FREQ", "CONT"):
                return k
        return self.n

    def schedule_after_po(self, i: int) -> int | None:
        for k in range(i + 1, min(i + 4, self.n)):
            tok = self.t[k]
            if tok.tag != "W":
                return None
            if tok.text.startswith(self.lex.schedule_after_po):
                end = self.clause_end(k + 1)
                self.r.phrases.append(Phrase("schedule", i, end - 1))
                self.mark(i, end)
                return end
        return None

    def during(self, i: int, j: int) -> int | None:
        """"в течение 2021-2022 гг.": the years named are the span of a continuous deadline."""
        before = len(self.r.segments)
        end = self.list_at(j)
        if not end:
            return None
        for seg in self.r.segments[before:]:
            seg.during = True
        self.mark(i, j)
        return end

    def holiday_word_at(self, i: int) -> int | None:
        tok = self.t[i]
        if tok.tag == "W" and tok.text.startswith(self.lex.holiday_stems):
            self.r.phrases.append(Phrase("holiday", i, i))
            self.mark(i, i + 1)
            return i + 1
        return None

    # -- frequency ---------------------------------------------------------------------------------------
    def freq_at(self, i: int) -> int | None:
        start = i
        continuation = False
        if self.tag(i) == "CONT":
            continuation = True
            i += 1
            while self.tag(i) in ("DASH", "COMMA"):
                i += 1
        f = self.plain_freq(i)
        if f is None:
            return None
        freq, end = f
        freq.continuation = continuation
        freq.first, freq.last = start, end - 1
        self.r.freqs.append(freq)
        self.mark(start, end)
        return end

    def plain_freq(self, i: int) -> tuple[Freq, int] | None:
        tag = self.tag(i)
        if tag == "FREQ":
            return Freq(self.t[i].value), i + 1
        if tag == "EVERY":
            return self.per_unit(i + 1, Freq("yearly"))
        if self.text(i) == "по" and self.tag(i + 1) == "UNIT":
            unit = self.t[i + 1].value
            return Freq(_FREQ_OF_UNIT[unit], terms=unit == "term"), i + 2
        at_least = False
        if tag == "NOT" and self.tag(i + 1) == "ATLEAST":
            at_least = True
            i += 2
            tag = self.tag(i)
        times = None
        if tag in ("NUM", "CNT") and self.tag(i + 1) == "RAZ":
            times = self.t[i].value
            i += 2
        elif tag == "RAZ":
            times = 1
            i += 1
        elif tag == "TIMESADV":
            times = self.t[i].value
            i += 1
        else:
            return None
        if self.text(i) in ("в", "во", "на"):
            i += 1
        if self.text(i) in ("течение", "течении", "протяжении"):
            i += 1
            if self.tag(i) == "SCHOOL":
                i += 1
        return self.per_unit(i, Freq("yearly", times=times, at_least=at_least))

    def per_unit(self, i: int, freq: Freq) -> tuple[Freq, int] | None:
        """"[N] год/квартал/четверть": sets the unit and the interval of a frequency."""
        interval = 1
        if self.tag(i) in ("NUM", "CNT") and self.tag(i + 1) in ("UNIT", "YW"):
            interval = max(1, self.t[i].value)
            i += 1
        tag = self.tag(i)
        if tag == "UNIT":
            unit = self.t[i].value
        elif tag == "YW":
            unit = "year"
        else:
            return None
        freq.freq = _FREQ_OF_UNIT[unit]
        freq.terms = unit == "term"
        freq.interval = interval
        return freq, i + 1

    # -- day of month --------------------------------------------------------------------------------------
    def day_of_month_at(self, i: int) -> int | None:
        j = i
        if self.text(j) == "до" or (self.tag(j) == "NOT" and self.text(j + 1) == "позднее"):
            j += 1 if self.text(j) == "до" else 2
        if self.tag(j) == "NUM" and self.tag(j + 1) == "DAYW" and 1 <= self.t[j].value <= 31:
            self.r.day_of_month = self.t[j].value
            end = j + 2
            if self.tag(end) == "EVERY":
                end += 1
            if self.tag(end) == "UNIT" and self.t[end].value == "month":
                end += 1
            self.mark(i, end)
            return end
        return None

    # -- calendar items -----------------------------------------------------------------------------------
    def list_at(self, i: int) -> int | None:
        """Items joined by commas and "и"; a bare year after a yearless month is that month's year."""
        first = self.range_at(i)
        if first is None:
            return None
        segs, j = first
        found = list(segs)
        while True:
            k = j
            saw_comma = False
            while self.tag(k) in ("COMMA",) or self.text(k) in ("и",):
                saw_comma = saw_comma or self.tag(k) == "COMMA"
                k += 1
            if k == j:
                break
            nxt = self.range_at(k)
            if nxt is None:
                break
            segs, k2 = nxt
            last = found[-1]
            if (saw_comma and len(segs) == 1 and _bare_year(segs[0]) and last.end.year is None
                    and last.end.kind != "year"):
                last.end.year = segs[0].start.year
                if last.start.year is None and last.start is not last.end:
                    last.start.year = last.end.year - (1 if _first_month(last.start) > _first_month(last.end)
                                                       else 0)
            else:
                found.extend(segs)
            j = k2
        self.r.segments.extend(found)
        self.mark(i, j)
        return j

    def range_at(self, i: int) -> tuple[list[Segment], int] | None:
        opened = False
        before = False
        j = i
        if self.text(j) in ("с", "со") and self.tag(j + 1) in ("MON", "NUM", "YEAR", "DATE", "ORD", "ROMAN"):
            opened = True
            j += 1
        elif self.text(j) == "до" or (self.tag(j) == "NOT" and self.text(j + 1) == "позднее"):
            before = True
            j += 1 if self.text(j) == "до" else 2
            if self.text(j) in self.lex.until_end_words:
                j += 1
        got = self.item_at(j)
        if got is None:
            return None
        segs, j = got
        if before:
            for s in segs:
                if s.start.kind == "day":
                    s.before = True
                else:
                    s.open_start = True
            return segs, j
        k = j
        if self.tag(k) == "DASH" or self.text(k) in ("по", "до"):
            k += 1
            nxt = self.item_at(k)
            if nxt is not None and len(segs) == 1 and len(nxt[0]) == 1:
                a, b = segs[0], nxt[0][0]
                seg = Segment(a.start, b.end, school_span=b.school_span)
                _fill_range_years(seg)
                return [seg], nxt[1]
        if opened and len(segs) == 1 and segs[0].start is segs[0].end:
            segs[0].open_end = True
        return segs, j

    def item_at(self, i: int) -> tuple[list[Segment], int] | None:
        tag = self.tag(i)
        if tag == "DATE":
            d, m, y = self.t[i].value
            if 1 <= m <= 12 and 1 <= d <= 31:
                u = Unit("day", m, y, d)
                return [Segment(u, u)], self.skip_year_marks(i + 1)
            return None
        if tag == "MON":
            return self.month_item(i, None)
        if tag == "NUM":
            days = self.day_list(i)
            if days:
                return days
        if tag in ("NUM", "ORD", "ROMAN", "CNT"):
            return self.numbered_item(i)
        if tag == "YEAR":
            return self.year_item(i)
        return None

    def optional_year(self, j: int) -> tuple[int | None, int]:
        """A year after a month or a numbered unit ("март. 2022 г."), and where reading goes on."""
        while self.tag(j) == "DOT":
            j += 1
        if self.tag(j) != "YEAR":
            return None, j
        return self.t[j].value, self.skip_year_marks(j + 1)

    def month_item(self, i: int, day: int | None) -> tuple[list[Segment], int]:
        m = self.t[i].value
        year, j = self.optional_year(i + 1)
        u = Unit("day" if day else "month", m, year, day)
        return [Segment(u, u)], j

    def day_list(self, i: int) -> tuple[list[Segment], int] | None:
        """"27 мая 2021 г.", "1-15 сентября", "с 1 по 15 сентября"."""
        d1 = self.t[i].value
        if not 1 <= d1 <= 31:
            return None
        if self.tag(i + 1) == "MON":
            return self.month_item(i + 1, d1)
        if (self.tag(i + 1) == "DASH" or self.text(i + 1) == "по") and self.tag(i + 2) == "NUM" \
                and self.tag(i + 3) == "MON" and 1 <= self.t[i + 2].value <= 31:
            segs, j = self.month_item(i + 3, self.t[i + 2].value)
            end = segs[0].end
            start = Unit("day", end.n, end.year, d1)
            return [Segment(start, end)], j
        return None

    def numbered_item(self, i: int) -> tuple[list[Segment], int] | None:
        """"III и IV квартал 2023 г.", "1-2 квартал", "первое полугодие 2021"."""
        nums = [self.t[i].value]
        dashed = False
        j = i + 1
        while self.tag(j) in ("COMMA", "DASH") or self.text(j) == "и":
            if self.tag(j + 1) not in ("NUM", "ORD", "ROMAN", "CNT"):
                break
            dashed = dashed or self.tag(j) == "DASH"
            nums.append(self.t[j + 1].value)
            j += 2
        if self.tag(j) != "UNIT" or self.t[j].value not in _NUMBERED_UNITS:
            return None
        kind = self.t[j].value
        limit = {"quarter": 4, "half": 2, "term": 4}[kind]
        if not all(isinstance(n, int) and 1 <= n <= limit for n in nums):
            return None
        year, j = self.optional_year(j + 1)
        if dashed and len(nums) == 2:
            return [Segment(Unit(kind, nums[0], year), Unit(kind, nums[1], year))], j
        out = []
        for n in nums:
            u = Unit(kind, n, year)
            out.append(Segment(u, u))
        return out, j

    def year_item(self, i: int) -> tuple[list[Segment], int]:
        y1 = self.t[i].value
        j = i + 1
        y2 = None
        if self.tag(j) in ("DASH", "SLASH") and self.tag(j + 1) == "YEAR":
            y2 = self.t[j + 1].value
            j += 2
        elif self.tag(j) == "YEAR" and y1 < self.t[j].value <= y1 + 15:
            y2 = self.t[j].value  # "2020 2022": the dash was lost
            j += 1
        elif self.tag(j) in ("DASH", "SLASH") and self.tag(j + 1) == "NUM" and self.t[j + 1].value < 100 \
                and self.tag(j + 2) == "SCHOOL":
            y2 = y1 // 100 * 100 + self.t[j + 1].value
            j += 2
        school = self.tag(j) == "SCHOOL"
        while self.tag(j) in ("YW", "DOT", "SCHOOL"):
            j += 1
        if school and y2 is None:
            y2 = y1 + 1
        if y2 is not None and y2 < y1:
            y2 = None
        start = Unit("year", 0, y1)
        end = Unit("year", 0, y2 if y2 is not None else y1)
        return [Segment(start, end if y2 is not None else start, school_span=school)], j


def _bare_year(seg: Segment) -> bool:
    return seg.start is seg.end and seg.start.kind == "year" and not seg.school_span


def _first_month(u: Unit) -> int:
    if u.kind in ("month", "day"):
        return u.n
    if u.kind == "quarter":
        return 3 * u.n - 2
    if u.kind == "half":
        return 1 if u.n == 1 else 7
    return 1


def _fill_range_years(seg: Segment) -> None:
    """A year written on one end of a range applies to the other ("Сентябрь – октябрь 2021 г.")."""
    a, b = seg.start, seg.end
    if a.kind == "year" or b.kind == "year":
        return
    if a.year is None and b.year is not None:
        a.year = b.year - (1 if _first_month(a) > _first_month(b) else 0)
    elif b.year is None and a.year is not None:
        b.year = a.year + (1 if _first_month(b) < _first_month(a) else 0)


def parse(tokens: list[Token], lex: Lexicon) -> Reading:
    return _Parser(tokens, lex).parse()
