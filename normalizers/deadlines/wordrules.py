"""Rules a few words open: "за 2023 год" (the period reported on), "последняя пятница месяца" (a day of the
week within the month), "X - 1 года" (a letter for the year), "за 10 дней до начала" (a time counted from an
undated event); and the clean-ups they need once the cell is read. A mixin of the grammar's parser
(grammar.py), which gives `list_at`, `clause_end` and `trim_punctuation`."""

from __future__ import annotations

from normalizers.deadlines.items import CalendarItems
from normalizers.deadlines.reading import Freq, Phrase


class WordRules(CalendarItems):
    def list_at(self, i: int) -> int | None:  # the grammar's list of calendar items
        raise NotImplementedError

    def clause_end(self, j: int) -> int:  # the grammar's end of a phrase's clause
        raise NotImplementedError

    def trim_punctuation(self, j: int, end: int) -> int:  # the grammar's
        raise NotImplementedError

    def word_rules_at(self, i: int) -> int | None:
        """The rules a few words open: "за 2023 год", "последняя пятница месяца", "первая неделя месяца",
        "X - 1 года"."""
        text = self.t[i].text
        if text in self.lex.reporting_words:
            return self.reported_period_at(i)
        nxt = self.t[i + 1] if i + 1 < self.n else None
        if nxt is not None and (nxt.tag in ("WEEKDAY", "DECADE") or (nxt.tag == "UNIT" and nxt.value == "week")):
            return self.day_within_month_at(i)
        if text in self.lex.placeholder_year_letters:
            self.placeholder_year_at(i)
        return None

    def counts_time(self, k: int) -> bool:
        """"10 дней", "2 недели", "3 рабочих дня": a count of a span of time (not a calendar item)."""
        tok = self.t[k] if k < self.n else None
        return tok is not None and (tok.tag == "DURATION" or (tok.tag == "UNIT" and tok.value in ("week", "month")))

    def relative_time_at(self, i: int) -> int | None:
        """"за 10 дней до начала", "не позднее 5 рабочих дней со дня получения": a time counted from an event the
        plan does not date is a schedule phrase (O52), from its lead words to the end of its clause."""
        start = i
        while start > 0 and not self.r.used[start - 1] and self.t[start - 1].text in self.lex.relative_lead_words:
            start -= 1
        end = self.trim_punctuation(i, self.clause_end(i + 2))
        self.r.phrases.append(Phrase("schedule", start, end - 1))
        self.mark(start, end)
        return end

    def after_reading(self) -> None:
        """The clean-ups once the whole cell is read."""
        if len(self.r.freqs) > 1:
            self.weekdays_only_alone()
        if self.reported:
            self.reported_periods_aside()

    def reported_period_at(self, i: int) -> int | None:
        """"за 2023 год": the period reported on; kept apart until the whole cell is read."""
        before = len(self.r.segments)
        end = self.list_at(i + 1)
        if not end:
            return None
        self.reported.append((self.r.segments[before:], i, end))
        del self.r.segments[before:]
        return end

    def reported_periods_aside(self) -> None:
        """A reported period is the cell's span only when nothing else dates the work ("за 2023 год");
        beside a date or a repetition it is left to the note ("до 1 февраля (за 2023 год)")."""
        dated = self.r.segments or self.r.freqs or self.r.day_of_month
        for segments, i, end in self.reported:
            if dated:
                for k in range(i, end):
                    self.r.used[k] = False
            else:
                self.r.segments.extend(segments)
                self.r.used[i] = True

    def weekdays_only_alone(self) -> None:
        """"ежемесячно, по пятницам": a day of the week beside a frequency word says which day, not how often."""
        freqs = self.r.freqs
        if any(f.keeps_words for f in freqs) and not all(f.keeps_words for f in freqs):
            self.r.freqs = [f for f in freqs if not f.keeps_words]

    def placeholder_year_at(self, i: int) -> None:
        """"X - 1 года", "Х год": a letter for a year, with an offset or not, before a year word. Its words are
        left to the note; the cell's dates cannot be placed by it (O28)."""
        j = i + 1
        if self.tag(j) == "DASH" and self.tag(j + 1) == "NUM":
            j += 2
        elif self.tag(j) == "NUM" and self.t[j].start > self.t[i].end:  # "X 1 года": the sign was lost
            j += 1
        if self.tag(j) == "YW":
            self.r.placeholder_year = True

    def day_within_month_at(self, i: int) -> int | None:
        """"последняя пятница месяца", "третий четверг месяца", "первая неделя месяца": a monthly repetition; the
        words stay for the note."""
        k = i + 2
        if self.tag(k) == "EVERY":
            k += 1
        if self.tag(k) != "UNIT" or self.t[k].value != "month":
            return None
        self.r.freqs.append(Freq("monthly", keeps_words=True, first=i, last=k))
        return k + 1
