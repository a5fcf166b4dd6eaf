"""The deadline grammar: turn tagged tokens into a `Reading` (calendar segments, frequency, phrases).

A hand-written recursive-descent parser over the lexicon's tags. At each token it tries, in order:
a known phrase (continuous, holiday, on-demand, schedule), a frequency ("2 раза в год",
"ежегодно", "далее ежегодно"), a day of month ("до 15 числа"), then a list of calendar items
("Октябрь, ноябрь 2021 г. и Февраль, март 2022 г.", "III и IV квартал 2023 г.", "с сентября по
май"). Tokens no rule takes stay unused; they become the note.
"""

from __future__ import annotations

from normalizers.deadlines.events import coordinated_seasons, season_at, season_follows
from normalizers.deadlines.items import bare_year, first_month, in_year, same_year_months
from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.reading import Freq, Phrase, Reading, Segment, Unit
from normalizers.deadlines.tokens import Token
from normalizers.deadlines.wordrules import WordRules

__all__ = ["Freq", "Phrase", "Reading", "Segment", "Unit", "parse"]

_FREQ_OF_UNIT = {"year": "yearly", "half": "half_yearly", "quarter": "quarterly", "term": "quarterly",
                 "month": "monthly", "week": "weekly"}
_SKIP_TAGS = frozenset({"DASH", "COMMA", "DOT", "LP", "RP", "SLASH", "YW"})
# Tags a frequency, a day of month or a calendar item may start with (plus the words "по", "до", "с").
_FREQ_START = frozenset({"FREQ", "EVERY", "CONT", "NOT", "NUM", "CNT", "RAZ", "TIMESADV"})
_DAY_START = frozenset({"NOT", "NUM"})
_ITEM_START = frozenset({"MON", "NUM", "YEAR", "DATE", "ORD", "ROMAN", "CNT", "NOT"})
_ITEM_WORDS = frozenset({"с", "со", "до"})
_CLAUSE_STOPS = frozenset({"по", "в", "во", "с", "со", "согласно", "при", "на", "до", "для", "и", "после"})


class _Parser(WordRules):
    """The top-level rules: phrases, frequencies, days of month and lists of calendar items."""

    # -- top level ------------------------------------------------------------------------------------
    def parse(self) -> Reading:
        if self.is_header():
            self.r.header = True
            return self.r
        i = 0
        lex = self.lex
        phrases, openers, before_words = lex.phrases, lex.event_openers, lex.before_words
        word_rules = lex.rule_words
        while i < self.n:
            tok = self.t[i]
            tag = tok.tag
            if tag in _SKIP_TAGS:
                i += 1
                continue
            j = None
            text = tok.text
            word = tag == "W"
            if word and text in ("в", "во"):
                j = self.holiday_word_at(i) if season_at(self.t, i, self.lex) else None
            if not j and (text in phrases or text == "по" or text in openers):
                j = self.phrase_at(i)
            if not j and word and text == "до" and i + 2 < self.n and self.t[i + 1].text in lex.event_start_words \
                    and self.t[i + 2].tag in ("W", "SCHOOL"):
                j = self.after_event(i, 1)  # "До наступления купального сезона", "до дня выборов": no date
            if not j and word and text in ("с", "со") and i + 2 < self.n \
                    and self.t[i + 1].text in lex.event_since_words and self.t[i + 2].tag in ("W", "SCHOOL"):
                j = self.after_event(i)  # "с момента установления пожароопасного сезона": from an event, no date
            if not j and (tag in _FREQ_START or (word and text == "по")):
                j = self.freq_at(i)
            if not j and (tag in _DAY_START or (word and text in before_words)):
                j = self.day_of_month_at(i)
            if not j and (tag == "ORD" or (word and text in word_rules)):
                j = self.word_rules_at(i)
            if not j and tag in ("NUM", "CNT") and self.counts_time(i + 1):
                j = self.relative_time_at(i)
            if not j and (tag in _ITEM_START or (word and (text in _ITEM_WORDS or text in before_words))):
                j = self.list_at(i)
            if not j and word:
                j = self.holiday_word_at(i)
            i = j if j else i + 1
        self.after_reading()
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
        lex = self.lex
        entries = lex.phrase_pairs.get((tok.text, texts[i + 1])) if i + 1 < self.n else None
        for words, cat in entries or lex.phrase_singles.get(tok.text, ()):
            k = len(words)
            if texts[i:i + k] == words:
                return self.take_phrase(i, i + k, cat, words)
        if tok.text == "по":
            return self.schedule_after_po(i)
        if tok.text in self.lex.event_openers:  # "накануне Дня города": a named day, lead over its "дня" as "до" does
            return self.after_event(i, int(i + 2 < self.n and self.text(i + 1) in self.lex.event_start_words))
        return None

    def after_event(self, i: int, lead: int = 0) -> int | None:
        """"после получения результатов", "накануне учебного года", "на период половодья" (`lead` more words before
        the event): an event the plan gives no date for is a schedule phrase (O52); "после 15 сентября" is not."""
        if self.tag(k := i + lead + 1) not in ("W", "SCHOOL") or self.text(k) in _CLAUSE_STOPS:
            return None
        end = self.clause_end(k)
        self.r.phrases.append(Phrase("schedule", i, end - 1))
        self.mark(i, end)
        return end

    def take_phrase(self, i: int, j: int, cat: str, words: tuple[str, ...]) -> int | None:
        if cat == "during":
            return self.during(i, j)
        if cat == "event_lead":  # "на период половодья": an event the plan does not date (O52), not a season
            return None if season_follows(self.t, i, j, self.lex) else self.after_event(i, j - 1 - i)
        if cat == "daily":  # "ежедневно": continuous, its words left to the note (O63)
            self.r.phrases.append(Phrase("continuous", i, j - 1, daily=True))
            return j
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
            end = self.trim_punctuation(j, self.clause_end(j))
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
        """End of a schedule/on-demand clause: its closing bracket, the cell end, a comma or a bracket before a date
        ("по итогам олимпиады (март – апрель)": the bracket dates the clause), or a repetition of a calendar unit ("по
        окончании | каждого месяца": the repetition wins, R29)."""
        depth = 0
        for k in range(j, self.n):
            tag = self.t[k].tag
            if tag == "RP" and depth == 0:
                return k
            if depth == 0 and ((tag in ("COMMA", "LP") and self.timing_follows(k + 1))
                               or (tag == "EVERY" and self.tag(k + 1) == "UNIT")):
                return k
            depth += (tag == "LP") - (tag == "RP")
        return self.n

    def timing_follows(self, k: int) -> bool:
        """After a comma (and a "но", "а"): a date or a frequency starts, which ends the clause before it
        ("по мере необходимости, но не реже 1 раза в год")."""
        while self.text(k) in self.lex.clause_conjunctions:
            k += 1
        tag = self.tag(k)
        if tag in ("MON", "YEAR", "DATE", "FREQ", "CONT", "EVERY", "TIMESADV", "RAZ"):
            return True
        return (tag == "NOT" and self.tag(k + 1) == "ATLEAST") or (tag in ("NUM", "CNT") and self.tag(k + 1) == "RAZ")

    def trim_punctuation(self, j: int, end: int) -> int:
        """"По мере необходимости,": punctuation closing a clause is no part of it."""
        while end > j and self.tag(end - 1) in ("COMMA", "DOT", "DASH"):
            end -= 1
        return end

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
            return self.during_event(i, j)
        for seg in self.r.segments[before:]:
            seg.during = True
        self.mark(i, j)
        return end

    def during_event(self, i: int, j: int) -> int | None:
        """"в течение месячника", "в период акции": an event the plan may be made for (compose decides);
        "в течение 10 дней (после проведения)", "в период подготовки к ГИА": a time counted from or spent on an
        activity the plan does not date (O52)."""
        if j >= self.n:
            return None
        tok = self.t[j]
        if tok.tag in ("NUM", "CNT") and self.tag(j + 1) in ("UNIT", "DURATION"):
            category = "schedule"
        elif tok.tag in ("W", "DECADE") and tok.text.startswith(self.lex.event_nouns):
            category = "event"
        elif tok.tag == "W" and tok.text not in self.lex.glue_words:
            category = "schedule"  # "в период подготовки к ГИА", "в течение работы лагеря" (O52)
        else:
            return None
        end = self.trim_punctuation(j, self.clause_end(j + 1))
        self.r.phrases.append(Phrase(category, i, end - 1))
        self.mark(i, end)
        return end

    def holiday_word_at(self, i: int) -> int | None:
        season = season_at(self.t, i, self.lex)
        if season is not None:
            (months, end), also = season, coordinated_seasons(self.t, i, season[1], self.lex)  # "зимние и весенние"
            self.r.phrases.append(Phrase("holiday", i, end - 1, months=months, also=also))
            self.mark(i, end)
            return end
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
        if not freq.keeps_words:
            self.mark(start, end)
        return end

    def plain_freq(self, i: int) -> tuple[Freq, int] | None:
        tag = self.tag(i)
        if tag == "FREQ":
            return Freq(self.t[i].value), i + 1
        if tag in ("EVERY", "W") and self.tag(i + 1) == "WEEKDAY" and (tag == "EVERY" or self.text(i) == "по"):
            return Freq("weekly", keeps_words=True), i + 2  # "каждый понедельник", "по пятницам"
        if tag == "EVERY":
            return self.per_unit(i + 1, Freq("yearly"))
        if self.text(i) == "по" and self.tag(i + 1) == "UNIT":
            unit = self.t[i + 1].value
            return Freq(_FREQ_OF_UNIT[unit], terms=unit == "term"), i + 2
        at_least = False
        if tag == "NOT" and self.tag(i + 1) == "ATLEAST":
            at_least = True
            i += 2 + (self.text(i + 2) == "чем")  # "не менее (чем) 2 раз"
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
        if self.tag(i) == "SCHOOL":  # "2 раза в (течение) учебный год"
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
        j = self.after_before_words(i)
        if j is None:
            j = i
        if self.tag(j) == "NUM" and self.tag(j + 1) == "DAYW" and 1 <= self.t[j].value <= 31:
            self.r.day_of_month = self.t[j].value
            self.r.report_freq = self.report_freq_after(j + 2)
            end = j + 2
            if self.tag(end) == "EVERY":
                end += 1
            if self.tag(end) == "UNIT" and self.t[end].value == "month":
                end += 1
            self.mark(i, end)
            return end
        return None

    def report_freq_after(self, j: int) -> str | None:
        """"до 20 числа месяца, следующего за отчетным кварталом", "до 15 числа последнего месяца квартала": a unit
        longer than a month named in the day's clause gives the frequency a day of month recurs with when no
        frequency word does."""
        for k in range(j, min(j + 6, self.n)):
            tok = self.t[k]
            if tok.tag in ("RP", "COMMA") and k > j + 1:
                break
            if tok.tag == "UNIT" and tok.value not in ("month", "week"):
                return _FREQ_OF_UNIT[tok.value]
        return None

    # -- calendar items -----------------------------------------------------------------------------------
    def list_at(self, i: int) -> int | None:
        """Items joined by commas and "и"; a bare year after a yearless month is that month's year, also in
        brackets ("Сентябрь (2024 г.)")."""
        first = self.range_at(i)
        if first is None:
            return None
        segs, j = self.year_then_unit(*first)
        found = list(segs)
        while True:
            k = j
            saw_comma = bracket = False
            while self.tag(k) in ("COMMA", "LP") or self.text(k) in ("и",):
                saw_comma = saw_comma or self.tag(k) in ("COMMA", "LP")
                bracket = bracket or self.tag(k) == "LP"
                k += 1
            if k == j:
                break
            nxt = self.range_at(k)
            if nxt is None:
                break
            segs, k2 = self.year_then_unit(*nxt)
            last = found[-1]
            year_of_last = (saw_comma and len(segs) == 1 and bare_year(segs[0]) and last.end.year is None
                            and last.end.kind != "year")
            if bracket and not year_of_last:
                break  # "2023 г. (1 этап)": a bracket joins only the year of the item before it
            if bracket and self.tag(k2) == "RP":
                k2 += 1
            if year_of_last:
                last.end.year = segs[0].start.year
                if last.start.year is None and last.start is not last.end:
                    last.start.year = last.end.year - (1 if first_month(last.start) > first_month(last.end)
                                                       else 0)
            elif saw_comma and len(segs) == 1 and bare_year(segs[0]) and same_year_months(found[-1]):
                found.append(in_year(found[-1], segs[0].start.year))  # "май 2022, 2023, 2024"
            else:
                found.extend(segs)
            j = k2
        self.r.segments.extend(found)
        self.mark(i, j)
        return j

    def year_then_unit(self, segs: list[Segment], j: int) -> tuple[list[Segment], int]:
        """"2006 г. 4 квартал", "2020 год, сентябрь" (O12), "2024 г. (IV квартал)": a year written before a unit
        is its year."""
        k = j + (self.tag(j) in ("COMMA", "LP"))
        if len(segs) != 1 or not bare_year(segs[0]) or self.tag(k) not in ("NUM", "ORD", "ROMAN", "MON"):
            return segs, j
        got = self.item_at(k)
        if got is None or any(s.start.year is not None or s.end.year is not None for s in got[0]):
            return segs, j
        for s in got[0]:
            s.start.year = s.end.year = segs[0].start.year
        units, end = got
        if self.tag(j) == "LP" and self.tag(end) == "RP":
            end += 1
        return units, end


def parse(tokens: list[Token], lex: Lexicon) -> Reading:
    return _Parser(tokens, lex).parse()
