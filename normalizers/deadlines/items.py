"""Calendar items of a deadline cell: dates, months, days of a month, numbered quarters/halves/terms,
years, and ranges of them ("с сентября по май", "до 1 сентября 2021 г.")."""

from __future__ import annotations

from functools import cached_property

from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.reading import Reading, Segment, Unit
from normalizers.deadlines.tokens import Token

_NUMBERED_UNITS = ("quarter", "half", "term")
# Days of the three decades of a month; 31 is clamped to the month's last day when dated.
_DECADE_DAYS = ((1, 10), (11, 20), (21, 31))
_DECADE_NUMBERS = frozenset({"NUM", "ORD", "ROMAN"})


_LONGEST_WRAP = 6  # months a range over the new year spans at most (a season: winter, a holiday)

class TokenCursor:
    """The tokens of one cell, what has been read of them, and small look-ups."""

    def __init__(self, tokens: list[Token], lex: Lexicon):
        self.t = tokens
        self.n = len(tokens)
        self.lex = lex
        self.r = Reading(tokens, used=[False] * len(tokens))
        self.reported: list[tuple[list[Segment], int, int]] = []  # "за 2023 год" (wordrules.py)

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """The tokens' texts, for matching phrases: made on first use (most cells hold no phrase word)."""
        return tuple([tok.text for tok in self.t])

    # -- helpers -------------------------------------------------------------------------------------
    def tag(self, i: int) -> str | None:
        return self.t[i].tag if i < self.n else None

    def text(self, i: int) -> str | None:
        return self.t[i].text if i < self.n else None

    def mark(self, i: int, j: int) -> None:
        used = self.r.used
        for k in range(i, j):
            used[k] = True

    def after_before_words(self, j: int) -> int | None:
        """"до 1 сентября", "к 1 сентября", "не позднее 1 сентября": where the due item starts, else None."""
        if self.text(j) in self.lex.before_words:
            return j + 1
        if self.tag(j) == "NOT" and self.text(j + 1) == "позднее":
            return j + 2
        return None

    def skip_year_marks(self, i: int) -> int:
        """Skip "г.", "гг.", "год", a dot, and "учебный"-less year words after a year number."""
        while i < self.n and (self.t[i].tag == "YW" or self.t[i].tag == "DOT"):
            i += 1
        return i


class CalendarItems(TokenCursor):
    """The rules that read one calendar item or a range of two (the grammar's lowest level)."""

    def range_at(self, i: int) -> tuple[list[Segment], int] | None:
        opened = False
        before = False
        if i >= self.n:
            return None
        j = i
        first = self.t[i]
        if first.text in ("с", "со") and self.tag(j + 1) in ("MON", "NUM", "YEAR", "DATE", "ORD", "ROMAN"):
            opened = True
            j += 1
        elif first.tag in ("W", "NOT") and (due := self.after_before_words(j)) is not None:
            before = True
            j = due
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
        lost_dash = self.tag(k) == "MON" and self.tag(i) == "MON" and len(segs) == 1 and segs[0].start.year is None
        lost_dash = lost_dash or (self.tag(k) == "NUM" and self.tag(k + 1) == "MON" and self.wraps_the_year(segs, k))
        lost_dash = lost_dash or (self.tag(k) == "DATE" and self.dated_end_after(segs, k))
        if self.tag(k) == "DASH" or self.text(k) in ("по", "до") or lost_dash:
            k += 0 if lost_dash else 1  # "Июнь август 2007 года": the dash was lost (O36)
            if self.tag(k - 1) == "DASH" and self.text(k) in ("по", "до"):
                k += 1  # "С 4.09. – по 20.09.": a dash and "по" mark the one end together
            nxt = self.item_at(k)
            if nxt is not None and len(segs) == 1 and len(nxt[0]) == 1:
                a, b = segs[0], nxt[0][0]
                seg = Segment(a.start, b.end, school_span=b.school_span)
                fill_range_years(seg)
                return [seg], nxt[1]
        if opened and len(segs) == 1 and segs[0].start is segs[0].end:
            segs[0].open_end = True
        return segs, j

    def wraps_the_year(self, segs: list[Segment], k: int) -> bool:
        """"12 декабря 13 января": a yearless day, then one earlier in the calendar with nothing between them, is
        a range over the new year whose dash was lost (O36), if it spans half a year at most ("10 мая 3 апреля"
        is no season); the days in order are two dates (F7)."""
        a = segs[0].start if len(segs) == 1 and segs[0].start is segs[0].end else None
        if a is None or a.kind != "day" or a.year is not None:
            return False
        nxt = self.item_at(k)
        b = nxt[0][0].start if nxt is not None and len(nxt[0]) == 1 else None
        return b is not None and b.kind == "day" and b.year is None and (b.n, b.day) < (a.n, a.day) \
            and b.n + 12 - a.n <= _LONGEST_WRAP

    def dated_end_after(self, segs: list[Segment], k: int) -> bool:
        """"15.06. 15.08.2011": a day without its year, then a later full date with nothing between them, is a
        range whose dash was lost and whose year is written once at the end (O36, O48); two full dates stay
        two dates (F7)."""
        a = segs[0].start if len(segs) == 1 and segs[0].start is segs[0].end else None
        if a is None or a.kind != "day" or a.year is not None:
            return False
        d, m, y = self.t[k].value
        return y is not None and 1 <= m <= 12 and (a.n, a.day) < (m, d)

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
        if tag in _DECADE_NUMBERS and self.tag(i + 1) == "DECADE":
            return self.decade_item(i)
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
        listed = self.days_of_one_month(i)
        if listed:
            return listed
        k = i + 1
        if self.tag(k) in ("DASH", "NUM") or self.text(k) == "по":
            k += 0 if self.tag(k) == "NUM" else 1  # "17 19 апреля": the dash was lost (O36)
            if self.tag(k) == "NUM" and self.tag(k + 1) == "MON" and 1 <= self.t[k].value <= 31:
                segs, j = self.month_item(k + 1, self.t[k].value)
                end = segs[0].end
                return [Segment(Unit("day", end.n, end.year, d1), end)], j
        k = i + 1 + (self.tag(i + 1) == "DOT")
        if self.tag(k) == "DASH" and self.tag(k + 1) == "DATE":  # "01.- 08.05.15г.", "24-28.11.2014"
            d2, m, y = self.t[k + 1].value
            if 1 <= m <= 12 and 1 <= d2 <= 31:
                end = Unit("day", m, y, d2)
                return [Segment(Unit("day", m, y, d1), end)], self.skip_year_marks(k + 2)
        return None

    def days_of_one_month(self, i: int) -> tuple[list[Segment], int] | None:
        """"10, 17 и 24 сентября 2024 г.": days listed before one month share its month and year (O38)."""
        days = [self.t[i].value]
        j = i + 1
        while self.tag(j) == "COMMA" or self.text(j) == "и":
            if self.tag(j + 1) == "DATE":  # "3, 10, 17.10.2016": the last day is written as a date
                return self.days_before_a_date(days, j + 1)
            if self.tag(j + 1) != "NUM" or not 1 <= self.t[j + 1].value <= 31:
                return None
            days.append(self.t[j + 1].value)
            j += 2
            if self.tag(j) == "MON":
                segs, end = self.month_item(j, days[-1])
                last = segs[0].start
                return [segs[0] if d == last.day else _one_day(last, d) for d in days], end
        return None

    def days_before_a_date(self, days: list[int], k: int) -> tuple[list[Segment], int] | None:
        """Days listed before a full date share its month and year (O38): one day each."""
        last, m, y = self.t[k].value
        if not 1 <= m <= 12 or not 1 <= last <= 31:
            return None
        like = Unit("day", m, y, last)
        return [_one_day(like, d) for d in (*days, last)], self.skip_year_marks(k + 1)

    def decade_item(self, i: int) -> tuple[list[Segment], int] | None:
        """"первая декада сентября", "II декада апреля 2024": days 1-10, 11-20 or 21 to the month's end."""
        n = self.t[i].value
        if not (isinstance(n, int) and 1 <= n <= 3) or self.tag(i + 2) != "MON":
            return None
        segs, j = self.month_item(i + 2, None)
        month = segs[0].start
        first, last = _DECADE_DAYS[n - 1]
        return [Segment(Unit("day", month.n, month.year, first), Unit("day", month.n, month.year, last))], j

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
        if kind in ("half", "term"):
            inside = self.of_school_year(kind, nums, dashed, j + 1)
            if inside is not None:
                return inside
        year, j = self.optional_year(j + 1)
        if dashed and len(nums) == 2:
            return [Segment(Unit(kind, nums[0], year), Unit(kind, nums[1], year))], j
        out = []
        for n in nums:
            u = Unit(kind, n, year)
            out.append(Segment(u, u))
        return out, j

    def of_school_year(self, kind: str, nums: list[int], dashed: bool, j: int) -> tuple[list[Segment], int] | None:
        """"II полугодие 2024-2025 уч. года", "3 четверть 2024/2025 учебного года": halves and terms of a
        named school year; its first half and terms I-II fall in its first year, the rest in its second."""
        if self.tag(j) != "YEAR":
            return None
        segs, end = self.year_item(j)
        if not segs[0].school_span:
            return None
        first = segs[0].start.year
        second_part = 2 if kind == "half" else 3
        units = [Unit(kind, n, first + (n >= second_part), school=kind == "half") for n in nums]
        if dashed and len(units) == 2:
            return [Segment(units[0], units[1])], end
        return [Segment(u, u) for u in units], end

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
        elif self.tag(j) in ("DASH", "SLASH") and self.tag(j + 1) == "NUM" and y1 % 100 < self.t[j + 1].value < 100 \
                and self.tag(j + 2) in ("SCHOOL", "YW"):
            y2 = y1 // 100 * 100 + self.t[j + 1].value  # "2024/25 уч. год", "2024-26 гг."
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


def _one_day(like: Unit, day: int) -> Segment:
    u = Unit("day", like.n, like.year, day)
    return Segment(u, u)


def same_year_months(seg: Segment) -> bool:
    """Months or days dated within one written year ("май 2022", "сентябрь-октябрь 2022 г.")."""
    a, b = seg.start, seg.end
    return a.kind in ("month", "day") and b.kind in ("month", "day") and a.year is not None and a.year == b.year \
        and first_month(a) <= first_month(b)


def in_year(seg: Segment, year: int) -> Segment:
    """The same months or days in another year: "май 2022, 2023" names May 2023 too."""
    a, b = seg.start, seg.end
    return Segment(Unit(a.kind, a.n, year, a.day), Unit(b.kind, b.n, year, b.day))


def bare_year(seg: Segment) -> bool:
    return seg.start is seg.end and seg.start.kind == "year" and not seg.school_span


def first_month(u: Unit) -> int:
    if u.kind in ("month", "day"):
        return u.n
    if u.kind == "quarter":
        return 3 * u.n - 2
    if u.kind == "half":
        return (9 if u.n == 1 else 1) if u.school else (1 if u.n == 1 else 7)
    return 1


def fill_range_years(seg: Segment) -> None:
    """A year written on one end of a range applies to the other ("Сентябрь – октябрь 2021 г.")."""
    a, b = seg.start, seg.end
    if a.kind == "year" or b.kind == "year":
        return
    if a.year is None and b.year is not None:
        a.year = b.year - (1 if first_month(a) > first_month(b) else 0)
    elif b.year is None and a.year is not None:
        b.year = a.year + (1 if first_month(b) < first_month(a) else 0)
