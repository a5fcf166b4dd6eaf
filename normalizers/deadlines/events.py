"""Spans named by an event or a season of work: "в период летней оздоровительной кампании", "во время
весенних каникул". The season gives the months (summer June-August, as the spec's holidays; spring
holidays March; autumn October-November; winter December-January); the event word says it is a span
of the school calendar, not a date. Read as holidays are (continuous, yearly, those months)."""

from __future__ import annotations

from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.period import PlanPeriod
from normalizers.deadlines.reading import Reading
from normalizers.deadlines.spans import month_end
from normalizers.deadlines.tokens import Token

_LEAD_WORDS = frozenset({"в", "во", "на", "период", "время", "течение", "ходе", "дни"})
_MAX_LEAD = 2
_MAX_BETWEEN = 2


def season_at(tokens: list[Token], i: int, lex: Lexicon) -> tuple[tuple[int, int], int] | None:
    """(first month, last month) of a season's event starting at token i, and the index after it."""
    n = len(tokens)
    j = i
    while j < n and j - i < _MAX_LEAD and tokens[j].text in _LEAD_WORDS:
        j += 1
    if j >= n or tokens[j].tag != "W":
        return None
    months = _season(tokens[j].text, lex)
    if months is None:
        return None
    j = _season_list_end(tokens, j, lex)
    for k in range(j + 1, min(j + 2 + _MAX_BETWEEN, n)):
        tok = tokens[k]
        if tok.tag != "W":
            return None
        if tok.text.startswith(lex.event_stems):
            if j == i and (i == 0 or tokens[i - 1].tag != "W") and _names_a_place(tokens, j + 1, n, lex):
                return None  # "летние оздоровительные лагеря": the cell names the camps, not their season
            while k + 1 < n and tokens[k + 1].tag == "W" and tokens[k + 1].text.startswith(lex.event_stems):
                k += 1  # "летней оздоровительной кампании"
            if k + 1 < n and tokens[k + 1].text in lex.event_tail_words:
                k += 1  # "в летний каникулярный период"
            return months, k + 1
    return None


def _season_list_end(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """The last season word of a list joined by commas or "и" ("осенних, зимних, весенних каникул"): the event
    word follows the list, not the first season."""
    while (j + 2 < len(tokens) and (tokens[j + 1].tag == "COMMA" or tokens[j + 1].text == "и")
           and tokens[j + 2].tag == "W" and _season(tokens[j + 2].text, lex) is not None):
        j += 2
    return j


def _names_a_place(tokens: list[Token], k: int, n: int, lex: Lexicon) -> bool:
    """An institution's word among the event words after the season ("оздоровительные лагеря")."""
    while k < n and tokens[k].tag == "W" and tokens[k].text.startswith(lex.event_stems):
        if tokens[k].text.startswith(lex.institution_event_stems):
            return True
        k += 1
    return False


def _season(word: str, lex: Lexicon) -> tuple[int, int] | None:
    for stem, months in lex.season_months.items():
        if word.startswith(stem):
            return months
    return None


def place_events(reading: Reading, period: PlanPeriod | None) -> None:
    """"в течение месячника": the plan's own span when its period is an event's (neither whole calendar years,
    a school year nor one month, O51); otherwise the event is a schedule the plan gives no dates for (O52)."""
    for phrase in reading.phrases:
        if phrase.category == "event":
            phrase.category = "continuous" if period is not None and _event_period(period) else "schedule"


def _event_period(period: PlanPeriod) -> bool:
    s, e = period.start, period.end
    return not ((s.month, s.day, e.month, e.day) in ((1, 1, 12, 31), (9, 1, 8, 31)) or
                (s.day == 1 and e == month_end(e.year, e.month) and s.year == e.year and s.month == e.month))


def holiday_months(holiday) -> list[int]:
    """The months of a holiday or season phrase, in calendar order from its first ("зимних": [12, 1]); the seasons
    coordinated after the first add theirs ("зимние и весенние": [12, 1, 3])."""
    out: list[int] = []
    for first, last in (holiday.months, *holiday.also):
        out += [m for k in range((last - first) % 12 + 1) if (m := (first - 1 + k) % 12 + 1) not in out]
    return out


def coordinated_seasons(tokens: list[Token], i: int, end: int, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """The seasons named after the first one, before the event word, each joined by "и" or a comma ("зимние и
    весенние каникулы", "осенних, зимних, весенних каникул"): the holidays of each season, one phrase."""
    out: list[tuple[int, int]] = []
    for k in range(i + 2, end):  # a second season follows the first and its "и": two words on at least
        months = _season(tokens[k].text, lex) if tokens[k].tag == "W" else None
        if months is not None and (tokens[k - 1].text == "и" or tokens[k - 1].tag == "COMMA") and months not in out:
            out.append(months)
    return tuple(out)


_DATING_TAGS = frozenset({"DATE", "NUM", "YEAR", "MON"})


def season_follows(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Whether the words from token j name a season or holidays ("на время летних каникул"), read as holidays are,
    or a date the cell gives ("на период проведения мероприятия с 22.30 ч. 18.01.2011"): not an event the plan
    does not date."""
    if any(tok.tag in _DATING_TAGS for tok in tokens[j:]):
        return True
    return season_at(tokens, i, lex) is not None or (j < len(tokens) and tokens[j].tag == "W"
                                                       and tokens[j].text.startswith(lex.holiday_stems))
