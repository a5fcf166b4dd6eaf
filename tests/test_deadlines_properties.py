"""Properties of the deadline normaliser on arbitrary text and on generated deadline phrases.

The grammar itself (tokenize -> parse -> build) is also driven without normalize's safety net, so
an exception inside it fails here instead of hiding behind the `unparsed` fallback.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizers.deadlines import FREQS, KINDS, Deadline, PlanPeriod, normalize
from normalizers.deadlines.compose import build
from normalizers.deadlines.grammar import parse
from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.tokens import tokenize

pytestmark = pytest.mark.slow  # hypothesis: thousands of generated cells

LEX = load_lexicon()
SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def periods(draw) -> PlanPeriod | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    first = draw(st.integers(2015, 2028))
    if draw(st.booleans()):
        return PlanPeriod(date(first, 9, 1), date(first + draw(st.integers(1, 2)), 8, 31), True)
    return PlanPeriod(date(first, 1, 1), date(first + draw(st.integers(0, 4)), 12, 31), False)


MONTH_FORMS = [forms for _, forms in sorted(
    (v, [w for w, (t, val) in LEX.words.items() if t == "MON" and val == v]) for v in range(1, 13))]
DASHES = ["-", " - ", "–", " – ", "—", "- ", " -"]
YEAR_MARKS = ["", " г.", " г", "г.", " год", " года", " гг."]


def _case(text: str, how: int) -> str:
    return (text, text.capitalize(), text.upper())[how]


@st.composite
def month(draw) -> str:
    forms = MONTH_FORMS[draw(st.integers(0, 11))]
    return _case(draw(st.sampled_from(forms)), draw(st.integers(0, 2)))


@st.composite
def year(draw) -> str:
    return f"{draw(st.integers(2015, 2030))}{draw(st.sampled_from(YEAR_MARKS))}"


@st.composite
def calendar_item(draw) -> str:
    choice = draw(st.integers(0, 6))
    if choice == 0:
        return draw(month())
    if choice == 1:
        return f"{draw(month())} {draw(year())}"
    if choice == 2:
        return f"{draw(month())}{draw(st.sampled_from(DASHES))}{draw(month())}"
    if choice == 3:
        return f"{draw(month())}{draw(st.sampled_from(DASHES))}{draw(month())} {draw(year())}"
    if choice == 4:
        return draw(year())
    if choice == 5:
        n = draw(st.sampled_from(["I", "II", "III", "IV", "1", "2", "3", "4"]))
        return f"{n} квартал {draw(year())}"
    return f"{draw(st.integers(1, 28))} {draw(month())} {draw(year())}"


@st.composite
def frequency(draw) -> str:
    return draw(st.sampled_from([
        "ежегодно", "Ежеквартально", "ежемесячно", "еженедельно", "2 раза в год", "не реже 1 раза в четверть",
        "раз в квартал", "один раз в два года", "по полугодиям", "не менее 3 раз в год", "каждый месяц",
        "далее ежегодно", "далее - ежегодно"]))


@st.composite
def deadline_phrase(draw) -> str:
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return draw(calendar_item())
    if shape == 1:
        items = draw(st.lists(calendar_item(), min_size=2, max_size=4))
        return draw(st.sampled_from([", ", " и ", "; "])).join(items)
    if shape == 2:
        return f"{draw(frequency())}, {draw(calendar_item())}"
    if shape == 3:
        return f"{draw(calendar_item())}, {draw(frequency())}"
    if shape == 4:
        return draw(st.sampled_from([
            "В течение всего периода", "весь период", "постоянно", "В течение учебного года",
            "Каникулярный период", "По мере необходимости", "по запросу ОО", "По отдельному плану",
            "в соответствии с графиком проведения НИКО"]))
    return f"{draw(frequency())} ({draw(st.sampled_from(['по графику', 'постоянно', 'до 15 числа месяца']))})"


def check_invariants(d: Deadline, period: PlanPeriod | None) -> None:
    assert d.deadline_kind in KINDS
    assert d.freq in FREQS
    assert d.interval >= 1
    assert all(isinstance(m, int) and 1 <= m <= 12 for m in d.months)
    if d.start_date and d.end_date:
        assert d.start_date <= d.end_date
    assert all(s <= e for s, e in d.occurrences)
    assert all(a[1] < b[0] for a, b in zip(d.occurrences, d.occurrences[1:], strict=False))
    if period is not None and "outside_period" not in d.warnings:
        assert all(period.start <= s and e <= period.end for s, e in d.occurrences)
    if d.deadline_kind == "unknown":
        assert d.warnings and not d.occurrences and d.start_date is None


@SETTINGS
@given(st.one_of(st.none(), st.text(max_size=80)), periods())
def test_arbitrary_text_never_raises_and_keeps_invariants(raw, period):
    check_invariants(normalize(raw, period), period)


@SETTINGS
@given(st.lists(st.sampled_from(list("0123456789 -–.,()/гдIVXаяМмо") + [
    "май", "раз", "в", "год", "квартал", "далее", " 2021", " 31", "с", "по", "до", "числа", "ежегодно",
    "не реже", "учебный", "полугодие", "каникулы", "согласно", "по запросу", "в течение"]), max_size=30), periods())
def test_grammar_itself_does_not_raise_on_deadline_like_noise(parts, period):
    raw = "".join(parts)
    check_invariants(Deadline(**build(parse(tokenize(raw, LEX), LEX), period, raw, LEX)), period)


@SETTINGS
@given(deadline_phrase(), periods())
def test_generated_deadline_phrases_are_read(raw, period):
    fields = build(parse(tokenize(raw, LEX), LEX), period, raw, LEX)
    d = Deadline(**fields)
    check_invariants(d, period)
    assert d.deadline_kind != "unknown", raw
    assert "unparsed" not in d.warnings
