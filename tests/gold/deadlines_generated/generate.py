"""A generated, labelled set of deadline expressions (issue 11): forms x values x typographic noise.

The grammar below writes deadlines the way Russian education plans write them (exact dates in their
notations, dates without a year, day and month ranges, month lists, quarters and halves, school and
calendar years, repetitions, period-wide words, on-demand and schedule phrases, seasons of the school
calendar, a first date followed by a repetition) and computes each label from the values it put in,
by docs/spec/deadlines.md and the rulings of tests/gold/deadlines/ and tests/gold/other_regions/. The
normaliser is never called here. The plan period travels with each record as the other sets pass it.

Deterministic: `python tests/gold/deadlines_generated/generate.py` rewrites generated.jsonl byte for byte.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 20261201
PER_FAMILY = 40
OUT = Path(__file__).with_name("generated.jsonl")

# Plan periods: a one-year calendar plan, a five-year calendar plan, a school-year plan.
PERIODS = {
    "cal1": (date(2024, 1, 1), date(2024, 12, 31), False),
    "cal5": (date(2021, 1, 1), date(2025, 12, 31), False),
    "school": (date(2024, 9, 1), date(2025, 8, 31), True),
    # a plan made for one event, its title giving its own span of days (O51)
    "event": (date(2025, 1, 20), date(2025, 2, 23), False),
}
EVERYDAY = ("cal1", "cal5", "school")

NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
       "декабрь"]
GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
       "декабря"]
PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре",
        "декабре"]
ROMAN = ["I", "II", "III", "IV"]
ORD_NOM_N = ["первый", "второй", "третий", "четвертый"]  # квартал
ORD_NOM_NEUT = ["первое", "второе"]  # полугодие
ORD_PREP_NEUT = ["первом", "втором"]  # в ... полугодии
ORD_GEN_NEUT = ["первого", "второго"]  # в течение ... полугодия
DASHES = ["-", "–", "—", " - ", " – ", " — ", "- ", " -"]
TERMS = ((9, 10), (11, 12), (1, 3), (4, 5))


# -- calendar arithmetic of the labels --------------------------------------------------------------------------
def month_end(y: int, m: int) -> date:
    return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)


def mspan(y1: int, m1: int, y2: int, m2: int) -> tuple[date, date]:
    return date(y1, m1, 1), month_end(y2, m2)


def clip(span, period):
    s, e = max(span[0], period[0]), min(span[1], period[1])
    return (s, e) if s <= e else None


def join(spans):
    """Chronological; spans that overlap or touch become one (R15, R18)."""
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def placed_year(month: int, period) -> tuple[int, bool]:
    """The year of a yearless month (spec): school plan Sep-Dec first year, Jan-Aug second; a calendar plan
    its first year, `year_assumed` when it has several."""
    start, end, school = period
    if school:
        return (start.year if month >= 9 else start.year + 1), False
    return start.year, end.year > start.year


def outside(spans, period) -> bool:
    return any(s < period[0] or e > period[1] for s, e in spans)


def shift(span, months: int):
    (s, e) = span

    def move(d: date, last: bool) -> date:
        idx = d.year * 12 + d.month - 1 + months
        y, m = divmod(idx, 12)
        m += 1
        if last:
            return month_end(y, m)
        return date(y, m, min(d.day, month_end(y, m).day))

    return move(s, False), move(e, e == month_end(e.year, e.month))


def grid(freq: str, period, window=None, terms=False):
    """The calendar units of a frequency meeting the window (default the plan period), clipped (R21-R24)."""
    start, end, school = period
    w = window or (start, end)
    raw = []
    if freq == "weekly":
        cur = w[0]
        while cur <= w[1]:
            we = cur + timedelta(days=6 - cur.weekday())
            raw.append((cur, min(we, w[1])))
            cur = we + timedelta(days=1)
        return raw
    for y in range(w[0].year - 1, w[1].year + 1):
        if freq == "monthly":
            raw += [mspan(y, m, y, m) for m in range(1, 13)]
        elif freq == "quarterly":
            raw += [mspan(y, a, y, b) for a, b in (TERMS if terms else ((1, 3), (4, 6), (7, 9), (10, 12)))]
        elif freq == "half_yearly":
            raw += [mspan(y, 9, y, 12), mspan(y + 1, 1, y + 1, 5)] if school else [mspan(y, 1, y, 6),
                                                                                  mspan(y, 7, y, 12)]
        else:
            raw += [(date(y, 9, 1), date(y + 1, 8, 31))] if school else [mspan(y, 1, y, 12)]
    return sorted(c for c in (clip(s, w) for s in raw) if c)


def blocks(spans, size):
    if size <= 1:
        return spans
    return [(spans[i][0], spans[min(i + size, len(spans)) - 1][1]) for i in range(0, len(spans), size)]


def yearly_pattern(ranges, period):
    """Every calendar instance of yearly month ranges that meets the period, clipped (R20)."""
    out = []
    for y in range(period[0].year - 1, period[1].year + 1):
        for m1, m2 in ranges:
            c = clip(mspan(y, m1, y if m2 >= m1 else y + 1, m2), period)
            if c:
                out.append(c)
    return join(out)


def month_run(m1: int, m2: int) -> list[int]:
    out = [m1]
    while out[-1] != m2:
        out.append(out[-1] % 12 + 1)
    return out


# -- labels -------------------------------------------------------------------------------------------------
def label(kind, occ, period, *, months=(), freq=None, interval=1, times=None, at_least=False, day=None,
          note=None, warnings=(), start=None, end=None):
    occ = list(occ)
    if start is None and occ:
        start = min(s for s, _ in occ)
    if end is None and occ:
        end = max(e for _, e in occ)
    return {"deadline_kind": kind, "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None, "freq": freq, "interval": interval,
            "times_per_period": times, "at_least": at_least, "months": list(months), "day_of_month": day,
            "occurrences": [[s.isoformat(), e.isoformat()] for s, e in occ], "note": note,
            "warnings": list(warnings)}


def one_off(kind, spans, period, months, written: bool, assumed=False, note=None):
    """A one-off span or spans: written years kept (outside_period when they leave), others clipped."""
    if not written:
        spans = [c for c in (clip(s, period) for s in spans) if c]
    occ = join(spans)
    warnings = (["year_assumed"] if assumed else []) + (["outside_period"] if written and outside(occ, period)
                                                         else [])
    if kind is None:
        kind = "multi" if len(occ) > 1 else "interval"
    return label(kind, occ, period, months=months, warnings=warnings, note=note)


def recurring(period, occ, *, freq, interval=1, times=None, at_least=False, months=(), day=None, note=None):
    start = occ[0][0] if occ else period[0]
    return label("recurring", occ, period, months=months, freq=freq, interval=interval, times=times,
                 at_least=at_least, day=day, note=note, start=start, end=max(period[1], start))


def whole_period(kind, period, note=None):
    return label(kind, [(period[0], period[1])], period, note=note)


# -- value pickers --------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def period(self, *keys):
        key = self.pick(keys or EVERYDAY)
        return key, PERIODS[key]

    def day_in(self, period, margin=0):
        s, e = period[0], period[1]
        return s + timedelta(days=self.r.randrange((e - s).days + 1 - margin))

    def year_in(self, period):
        return self.r.randint(period[0].year, period[1].year)


def d2(n: int) -> str:
    return f"{n:02d}"


def yy(y: int, style: str) -> str:
    return {"g.": f"{y} г.", "g": f"{y} г", "glued": f"{y}г.", "goda": f"{y} года", "plain": str(y)}[style]


# -- the families -------------------------------------------------------------------------------------------
def exact_date(g: Gen):
    key, p = g.period()
    d = g.day_in(p)
    if g.r.random() < 0.15:  # a written year outside the plan: kept as written (R10)
        d = d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else d
    form = g.pick([
        f"{d2(d.day)}.{d2(d.month)}.{d.year}", f"{d.day}.{d.month}.{str(d.year)[2:]}",
        f"{d2(d.day)}.{d2(d.month)}.{d.year} г.", f"{d2(d.day)}.{d2(d.month)}.{d.year}г.",
        f"{d.day} {GEN[d.month - 1]} {d.year} г.", f"{d2(d.day)} {GEN[d.month - 1]} {d.year} года",
        f"{d.day} {GEN[d.month - 1]} {d.year}", f"{d.day} {GEN[d.month - 1]} {d.year}г",
        f"{d2(d.day)}.{d2(d.month)}.{str(d.year)[2:]} г.",
    ])
    prefix = g.pick(["", "", "до ", "не позднее ", "к ", "в срок до ", "Срок – до "])
    return key, prefix + form, one_off("date", [(d, d)], p, [d.month], True)


def yearless_date(g: Gen):
    key, p = g.period()
    m = g.r.randint(1, 12)
    day = g.r.randint(1, 28)
    y, assumed = placed_year(m, p)
    d = date(y, m, day)
    form = g.pick([f"до {d2(day)}.{d2(m)}.", f"{d2(day)}.{d2(m)}", f"до {day} {GEN[m - 1]}", f"{day} {GEN[m - 1]}",
                   f"к {day} {GEN[m - 1]}", f"не позднее {day} {GEN[m - 1]}", f"{d2(day)}.{d2(m)}."])
    return key, form, one_off("date", [(d, d)], p, [m], False, assumed)


def day_range(g: Gen):
    key, p = g.period()
    written = g.r.random() < 0.6
    if written:
        y = g.year_in(p)
        m1 = g.r.randint(1, 12)
        m2 = g.pick([m1, m1, min(12, m1 + 1), min(12, m1 + 2)])
        assumed = False
    else:
        halves = [list(range(9, 13)), list(range(1, 9))] if p[2] else [list(range(1, 13))]
        half = g.pick(halves)
        m1 = g.pick(half)
        m2 = g.pick([m for m in half if m >= m1][:3])
        y, assumed = placed_year(m1, p)
    d1 = g.r.randint(1, 20)
    d2_ = g.r.randint(d1 + 1, 28) if m1 == m2 else g.r.randint(1, 28)
    s, e = date(y, m1, d1), date(y, m2, d2_)
    dash = g.pick(DASHES)
    if m1 == m2:
        forms = [f"с {d1} по {d2_} {GEN[m1 - 1]}", f"{d1}{dash}{d2_} {GEN[m1 - 1]}",
                 f"{d2(d1)}.{d2(m1)}{dash}{d2(d2_)}.{d2(m2)}", f"с {d2(d1)}.{d2(m1)} по {d2(d2_)}.{d2(m2)}"]
    else:
        forms = [f"с {d1} {GEN[m1 - 1]} по {d2_} {GEN[m2 - 1]}", f"{d1} {GEN[m1 - 1]}{dash}{d2_} {GEN[m2 - 1]}",
                 f"{d2(d1)}.{d2(m1)}{dash}{d2(d2_)}.{d2(m2)}", f"с {d2(d1)}.{d2(m1)} по {d2(d2_)}.{d2(m2)}"]
    form = g.pick(forms)
    if written:
        if form[-1].isdigit() and "." in form[-3:]:  # "10.02 – 25.03" -> "10.02 – 25.03.2025" (O48)
            form = g.pick([f"{form}.{y}", f"{form}.{y} г.", f"{form}.{y}г."])
        else:
            form = g.pick([f"{form} {yy(y, st)}" for st in ("g.", "goda", "plain", "glued")])
        if g.r.random() < 0.3:  # both ends dated in full
            form = g.pick([f"{d2(d1)}.{d2(m1)}.{y}{dash}{d2(d2_)}.{d2(m2)}.{y}",
                           f"с {d2(d1)}.{d2(m1)}.{y} по {d2(d2_)}.{d2(m2)}.{y}",
                           f"{d1}.{d2(m1)}-{d2_}.{d2(m2)}.{y}"])
    months = month_run(m1, m2)
    return key, form, one_off("interval", [(s, e)], p, months, written, assumed)


def month_range(g: Gen):
    key, p = g.period()
    written = g.r.random() < 0.6
    dash = g.pick(DASHES)
    if written:
        y = g.year_in(p)
        m1 = g.r.randint(1, 11)
        m2 = g.r.randint(m1 + 1, 12)
        cross = g.r.random() < 0.25 and y < p[1].year
        if cross:  # "сентябрь 2024 – май 2025 г."
            m1, m2 = g.r.randint(9, 12), g.r.randint(1, 5)
            form = g.pick([f"{NOM[m1 - 1]} {y}{dash}{NOM[m2 - 1]} {y + 1} г.",
                           f"{NOM[m1 - 1]} {y} г.{dash}{NOM[m2 - 1]} {y + 1} г.",
                           f"с {GEN[m1 - 1]} {y} г. по {NOM[m2 - 1]} {y + 1} г."])
            span = mspan(y, m1, y + 1, m2)
        else:
            form = g.pick([f"{NOM[m1 - 1].capitalize()}{dash}{NOM[m2 - 1]} {yy(y, 'g.')}",
                           f"{NOM[m1 - 1]}{dash}{NOM[m2 - 1]} {yy(y, 'goda')}",
                           f"{NOM[m1 - 1]}{dash}{NOM[m2 - 1]} {yy(y, 'plain')}",
                           f"с {GEN[m1 - 1]} по {NOM[m2 - 1]} {yy(y, 'g.')}",
                           f"{NOM[m1 - 1].capitalize()}{dash}{NOM[m2 - 1].capitalize()} {yy(y, 'glued')}"])
            span = mspan(y, m1, y, m2)
        return key, form, one_off("interval", [span], p, month_run(m1, m2), True)
    if p[2]:  # school plan: a bare range in the school year, placed by R13
        m1, m2 = g.pick([(9, 10), (9, 12), (10, 11), (11, 12), (1, 3), (2, 4), (3, 5), (4, 5), (9, 5), (10, 3),
                         (12, 2), (11, 4)])
        ye = p[0].year if m2 >= 9 else p[0].year + 1
        ys = ye if m1 <= m2 else ye - 1
        assumed = False
    else:
        m1 = g.r.randint(1, 11)
        m2 = g.r.randint(m1 + 1, 12)
        ys = ye = p[0].year
        assumed = p[1].year > p[0].year
    form = g.pick([f"{NOM[m1 - 1].capitalize()}{dash}{NOM[m2 - 1]}", f"с {GEN[m1 - 1]} по {NOM[m2 - 1]}",
                   f"{NOM[m1 - 1]}{dash}{NOM[m2 - 1]}"])
    return key, form, one_off("interval", [mspan(ys, m1, ye, m2)], p, month_run(m1, m2), False, assumed)


def month_list(g: Gen):
    key, p = g.period()
    if g.r.random() < 0.35:  # each month with its year
        y = g.year_in(p)
        months = sorted(g.r.sample(range(1, 13), g.r.randint(2, 3)))
        years = [y] * len(months)
        if y < p[1].year and g.r.random() < 0.5:
            months = [g.r.randint(9, 12), g.r.randint(1, 6)]
            years = [y, y + 1]
        parts = [f"{NOM[m - 1]} {yy(yr, g.pick(['g.', 'plain', 'goda']))}" for m, yr in zip(months, years, strict=True)]
        form = g.pick([", ".join(parts), "; ".join(parts), " и ".join(parts)])
        spans = [mspan(yr, m, yr, m) for m, yr in zip(months, years, strict=True)]
        return key, form, one_off(None, spans, p, months, True)
    if g.r.random() < 0.25:  # "в течение сентября", "в сентябре 2024 г."
        m = g.r.randint(1, 12)
        if g.r.random() < 0.5:
            y, assumed = placed_year(m, p)
            form = g.pick([f"в течение {GEN[m - 1]}", f"в {PREP[m - 1]}", NOM[m - 1].capitalize()])
            return key, form, one_off("interval", [mspan(y, m, y, m)], p, [m], False, assumed)
        y = g.year_in(p)
        form = g.pick([f"в течение {GEN[m - 1]} {y} г.", f"в {PREP[m - 1]} {y} года", f"{NOM[m - 1]} {y} г."])
        return key, form, one_off("interval", [mspan(y, m, y, m)], p, [m], True)
    pool = [9, 10, 11, 12, 1, 2, 3, 4, 5] if p[2] else list(range(1, 13))
    idx = sorted(g.r.sample(range(len(pool)), g.r.randint(2, 4)))
    months = [pool[i] for i in idx]
    spans, assumed = [], False
    for m in months:
        y, a = placed_year(m, p)
        assumed = assumed or a
        spans.append(mspan(y, m, y, m))
    names = [NOM[m - 1] for m in months]
    names[0] = names[0].capitalize() if g.r.random() < 0.5 else names[0]
    form = g.pick([", ".join(names), ",".join(names), "; ".join(names),
                   ", ".join(names[:-1]) + " и " + names[-1]])
    return key, form, one_off(None, spans, p, months, False, assumed)


def quarters(g: Gen):
    key, p = g.period()
    unit = g.pick(["quarter", "quarter", "half"])
    limit = 4 if unit == "quarter" else 2
    n1 = g.r.randint(1, limit)
    n2 = n1 if g.r.random() < 0.6 or n1 == limit else g.r.randint(n1 + 1, limit)
    # a bare quarter in a school-year plan only where the school year holds it whole
    written = g.r.random() < 0.7 or (p[2] and unit == "quarter" and (n1 != n2 or n1 == 3))

    def months_of(n):
        if unit == "quarter":
            return 3 * n - 2, 3 * n
        if p[2] and not written:
            return (9, 12) if n == 1 else (1, 5)
        return (1, 6) if n == 1 else (7, 12)

    a, b = months_of(n1)[0], months_of(n2)[1]
    dash = g.pick(DASHES)
    if unit == "quarter":
        if n1 == n2:
            head = g.pick([f"{ROMAN[n1 - 1]} квартал", f"{ROMAN[n1 - 1]} кв.", f"{n1} квартал", f"{n1} кв.",
                           f"{ORD_NOM_N[n1 - 1]} квартал", f"{n1}-й квартал"])
        else:
            head = g.pick([f"{ROMAN[n1 - 1]}{dash}{ROMAN[n2 - 1]} квартал", f"{n1}{dash}{n2} квартал",
                           f"{ROMAN[n1 - 1]}{dash}{ROMAN[n2 - 1]} кв."] + (
                [f"{ROMAN[n1 - 1]} и {ROMAN[n2 - 1]} квартал"] if n2 == n1 + 1 else []))
    else:
        if n1 == n2:
            head = g.pick([f"{ROMAN[n1 - 1]} полугодие", f"{n1} полугодие", f"{n1} полуг.",
                           f"{ORD_NOM_NEUT[n1 - 1]} полугодие", f"в {ORD_PREP_NEUT[n1 - 1]} полугодии",
                           f"в течение {ORD_GEN_NEUT[n1 - 1]} полугодия"])
        else:
            head = g.pick(["1-2 полугодие", "I–II полугодие"])
    if written:
        y = g.year_in(p)
        form = g.pick([f"{head} {yy(y, 'g.')}", f"{head} {yy(y, 'goda')}", f"{head} {y}", f"{head} {yy(y, 'glued')}"])
        if head[0].isdigit() and n1 == n2 and g.r.random() < 0.3:  # "2024 г. 4 квартал" (O12)
            form = f"{yy(y, 'g.')} {head}"
        return key, form, one_off("interval", [mspan(y, a, y, b)], p, [], True)
    ye, assumed = placed_year(b, p)
    ys = ye if a <= b else ye - 1
    return key, head, one_off("interval", [mspan(ys, a, ye, b)], p, [], False, assumed)


def years(g: Gen):
    key, p = g.period()
    y = g.year_in(p)
    y2 = min(y + g.r.randint(1, 3), 2026)
    dash = g.pick(DASHES)
    choice = g.r.randrange(4)
    if choice == 0:
        form = g.pick([yy(y, "g."), f"{y} год", yy(y, "glued"), f"в {y} году", f"{y}"])
        return key, form, one_off("interval", [mspan(y, 1, y, 12)], p, [], True)
    if choice == 1:
        form = g.pick([f"{y}{dash}{y2} гг.", f"{y}{dash}{y2} годы", f"{y}{dash}{y2}", f"{y}{dash}{y2}гг.",
                       f"{y} г.{dash}{y2} г."])
        return key, form, one_off("interval", [mspan(y, 1, y2, 12)], p, [], True)
    if choice == 2:
        if g.r.random() < 0.5:
            form = g.pick([f"в течение {y} года", f"в течение {y} г.", f"на протяжении {y} года",
                           f"в теч. {y} г."])
            span = mspan(y, 1, y, 12)
        else:
            form = g.pick([f"в течение {y}{dash}{y2} гг.", f"в течение {y}{dash}{y2} годов"])
            span = mspan(y, 1, y2, 12)
        return key, form, one_off("continuous", [span], p, [], True)
    ys = p[0].year if p[2] else g.r.randint(p[0].year, p[1].year - 1 if p[1].year > p[0].year else p[0].year)
    sep = g.pick(["-", "/", "–"])
    form = g.pick([f"{ys}{sep}{ys + 1} уч. год", f"{ys}{sep}{ys + 1} учебный год", f"{ys}{sep}{ys + 1} уч.г.",
                   f"в {ys}{sep}{ys + 1} учебном году", f"{ys}{sep}{ys + 1} уч. г."])
    return key, form, one_off("interval", [(date(ys, 9, 1), date(ys + 1, 8, 31))], p, [], True)


_FREQ_FORMS = {
    # (raw, freq, interval, times, at_least, terms)
    "monthly": [("ежемесячно", 1, None, False), ("Ежемесячно", 1, None, False), ("ежемес.", 1, None, False),
                ("каждый месяц", 1, None, False), ("1 раз в месяц", 1, 1, False), ("раз в месяц", 1, 1, False),
                ("не реже 1 раза в месяц", 1, 1, True), ("не реже одного раза в месяц", 1, 1, True),
                ("2 раза в месяц", 1, 2, False)],
    "quarterly": [("ежеквартально", 1, None, False), ("Ежеквартально", 1, None, False), ("ежекв.", 1, None, False),
                  ("раз в квартал", 1, 1, False), ("1 раз в квартал", 1, 1, False),
                  ("не реже 1 раза в квартал", 1, 1, True), ("каждый квартал", 1, None, False),
                  ("один раз в квартал", 1, 1, False)],
    "half_yearly": [("раз в полугодие", 1, 1, False), ("1 раз в полугодие", 1, 1, False),
                    ("не реже 1 раза в полугодие", 1, 1, True), ("по полугодиям", 1, None, False),
                    ("каждое полугодие", 1, None, False)],
    "yearly": [("ежегодно", 1, None, False), ("Ежегодно", 1, None, False), ("ежег.", 1, None, False),
               ("1 раз в год", 1, 1, False), ("раз в год", 1, 1, False), ("2 раза в год", 1, 2, False),
               ("два раза в год", 1, 2, False), ("дважды в год", 1, 2, False), ("не реже 2 раз в год", 1, 2, True),
               ("не менее 2 раз в год", 1, 2, True), ("каждый год", 1, None, False),
               ("не менее чем 2 раза в год", 1, 2, True), ("не реже чем 1 раз в год", 1, 1, True),
               ("один раз в два года", 2, 1, False), ("1 раз в 2 года", 2, 1, False),
               ("3 раза в год", 1, 3, False)],
    "weekly": [("еженедельно", 1, None, False), ("Еженедельно", 1, None, False), ("каждую неделю", 1, None, False),
               ("1 раз в неделю", 1, 1, False), ("раз в неделю", 1, 1, False)],
    "terms": [("раз в четверть", 1, 1, False), ("1 раз в четверть", 1, 1, False), ("по четвертям", 1, None, False),
              ("не реже 1 раза в четверть", 1, 1, True), ("каждую четверть", 1, None, False)],
}


def plain_repetition(g: Gen):
    kind = g.pick(["monthly", "quarterly", "half_yearly", "yearly", "yearly", "weekly", "terms"])
    key, p = g.period("cal1", "school") if kind in ("weekly", "terms") else g.period()
    raw, interval, times, at_least = g.pick(_FREQ_FORMS[kind])
    freq = "quarterly" if kind == "terms" else kind
    occ = blocks(grid(freq, p, terms=kind == "terms"), interval)
    return key, raw, recurring(p, occ, freq=freq, interval=interval, times=times, at_least=at_least)


def repetition_with_months(g: Gen):
    key, p = g.period()
    dash = g.pick(DASHES)
    if g.r.random() < 0.5:
        m = g.r.randint(1, 12)
        raw = g.pick([f"ежегодно, {NOM[m - 1]}", f"Ежегодно ({NOM[m - 1]})", f"{NOM[m - 1].capitalize()} ежегодно",
                      f"ежегодно в {PREP[m - 1]}", f"{NOM[m - 1]}, ежегодно", f"ежегодно {dash} {NOM[m - 1]}"])
        ranges, months = [(m, m)], [m]
    else:
        m1 = g.r.randint(1, 11)
        m2 = g.r.randint(m1 + 1, min(12, m1 + 3))
        raw = g.pick([f"ежегодно, {NOM[m1 - 1]}{dash}{NOM[m2 - 1]}", f"{NOM[m1 - 1].capitalize()}{dash}{NOM[m2 - 1]} "
                      f"ежегодно", f"Ежегодно ({NOM[m1 - 1]}{dash}{NOM[m2 - 1]})"])
        ranges, months = [(m1, m2)], month_run(m1, m2)
    return key, raw, recurring(p, yearly_pattern(ranges, p), freq="yearly", months=months)


def monthly_window(g: Gen):
    """"ежемесячно с сентября по май", "еженедельно с октября по апрель" in a school-year plan."""
    key, p = g.period("school")
    m1, m2 = g.pick([(9, 5), (10, 4), (9, 12), (1, 5), (10, 5)])
    freq = g.pick(["monthly", "weekly"])
    word = "ежемесячно" if freq == "monthly" else "еженедельно"
    raw = g.pick([f"{word} с {GEN[m1 - 1]} по {NOM[m2 - 1]}", f"{word.capitalize()} ({NOM[m1 - 1]}{g.pick(DASHES)}"
                  f"{NOM[m2 - 1]})", f"{NOM[m1 - 1].capitalize()}{g.pick(DASHES)}{NOM[m2 - 1]}, {word}"])
    occ = [u for w in yearly_pattern([(m1, m2)], p) for u in grid(freq, p, w)]
    return key, raw, recurring(p, occ, freq=freq, months=month_run(m1, m2))


def day_rules(g: Gen):
    key, p = g.period()
    day = g.r.randint(1, 28)
    choice = g.r.randrange(5)
    if choice == 0:
        raw = g.pick([f"ежемесячно до {day} числа", f"Ежемесячно, до {day} числа", f"до {day} числа каждого месяца",
                      f"ежемесячно, не позднее {day} числа"])
        return key, raw, recurring(p, grid("monthly", p), freq="monthly", day=day)
    if choice == 1:
        raw = g.pick([f"ежемесячно, до {day} числа месяца, следующего за отчетным",
                      f"Ежемесячно до {day} числа месяца, следующего за отчётным периодом"])
        return key, raw, recurring(p, grid("monthly", p), freq="monthly", day=day,
                                   note=f"до {day} числа месяца, следующего за отчетным")
    if choice == 2:
        raw = g.pick([f"ежеквартально, до {day} числа месяца, следующего за отчетным",
                      f"Ежеквартально (до {day} числа месяца, следующего за отчётным кварталом)",
                      f"ежеквартально до {day} числа месяца, следующего за отчетным периодом"])
        return key, raw, recurring(p, grid("quarterly", p), freq="quarterly", day=day,
                                   note=f"до {day} числа месяца, следующего за отчетным")
    if choice == 3:
        raw = g.pick([f"ежеквартально до {day} числа", f"ежеквартально, до {day} числа"])
        return key, raw, recurring(p, grid("quarterly", p), freq="quarterly", day=day)
    m = g.r.randint(1, 12)
    raw = g.pick([f"ежегодно до {day} {GEN[m - 1]}", f"ежегодно, до {day} {GEN[m - 1]}",
                  f"{day} {GEN[m - 1]} ежегодно", f"Ежегодно к {day} {GEN[m - 1]}"])
    days = []
    for y in range(p[0].year, p[1].year + 1):
        d = date(y, m, day)
        if p[0] <= d <= p[1]:
            days.append((d, d))
    return key, raw, recurring(p, days, freq="yearly", months=[m], day=day)


def continuation(g: Gen):
    """"сентябрь 2024, далее ежегодно", "до 01.10.2024, далее – ежеквартально" (R25)."""
    key, p = g.period("cal5", "cal1", "school")
    dash = g.pick(["", " -", " –", " —", ":"])
    then = g.pick([", далее", " и далее", ", далее", ", затем", "; далее"])
    choice = g.r.randrange(3)
    if p[2] and choice == 1:  # a whole calendar year is no first occurrence of a school-year plan
        choice = 0
    y = p[0].year if p[2] else g.r.randint(p[0].year, p[1].year)
    if choice == 0:
        m = g.r.randint(9, 12) if p[2] else g.r.randint(1, 12)
        first = [mspan(y, m, y, m)]
        head = g.pick([f"{NOM[m - 1].capitalize()} {yy(y, 'g.')}", f"{NOM[m - 1]} {y}",
                       f"{NOM[m - 1]} {yy(y, 'goda')}"])
        months = [m]
        freq, word, step = "yearly", "ежегодно", 12
    elif choice == 1:
        head = g.pick([yy(y, "g."), f"{y} год", str(y)])
        first = [mspan(y, 1, y, 12)]
        months = []
        freq, word, step = "yearly", "ежегодно", 12
    else:
        m = g.r.randint(9, 12) if p[2] else g.r.randint(1, 12)
        day = g.r.randint(1, 27)  # never a month end: the day moves with the month
        d = date(y, m, day)
        head = g.pick([f"до {d2(day)}.{d2(m)}.{y}", f"{d2(day)}.{d2(m)}.{y}", f"до {day} {GEN[m - 1]} {y} г."])
        first = [(d, d)]
        months = [m]
        freq, word, step = g.pick([("quarterly", "ежеквартально", 3), ("yearly", "ежегодно", 12),
                                   ("monthly", "ежемесячно", 1)])
    raw = f"{head}{then}{dash} {word}"
    occ = list(first)
    for k in range(1, 200):
        moved = [shift(s, step * k) for s in first]
        if all(s > p[1] for s, _ in moved):
            break
        occ += [c for c in (clip(s, p) for s in moved) if c]
    occ = [c for c in occ if c]
    warnings = ["outside_period"] if outside(first, p) else []
    lab = recurring(p, sorted(set(occ)), freq=freq, months=months)
    lab["warnings"] = warnings
    return key, raw, lab


_CONTINUOUS = ["постоянно", "Постоянно", "в течение года", "В течение года", "в течение учебного года",
               "в течение всего учебного года", "в теч. уч. г.", "в течение уч. года", "в течение всего периода",
               "весь период", "систематически", "в течение всего периода реализации дорожной карты",
               "на протяжении всего периода", "регулярно", "в постоянном режиме", "круглогодично",
               "в течение всего срока реализации программы", "на протяжении учебного года", "в течение всего года",
               "весь учебный год", "в течение календарного года", "Систематически", "постоянно, в течение года"]
_ON_DEMAND = [("по мере необходимости", None), ("По мере необходимости", None), ("по необходимости", None),
              ("при необходимости", None), ("в случае необходимости", None), ("по мере необх.", None),
              ("по запросу", None), ("по запросу ОО", "по запросу ОО"),
              ("по запросам образовательных организаций", "по запросам образовательных организаций"),
              ("по заявкам школ", "по заявкам школ"), ("по мере поступления", None)]
_SCHEDULE = ["по графику", "по отдельному графику", "в соответствии с графиком", "согласно плану работы",
             "по отдельному плану", "по плану работы управления образования", "в соответствии с планом-графиком",
             "по итогам ГИА", "по итогам мониторинга", "по окончании четверти", "по окончании полугодия",
             "после получения результатов", "после получения результатов ГИА", "по результатам мониторинга",
             "в сроки, установленные Минпросвещения России", "в установленные сроки", "в период проведения ГИА",
             "во время проведения экзаменов", "после проведения мониторинга", "на заседании методического совета",
             "согласно расписанию ГИА", "по итогам учебного года", "по окончании учебного года",
             "по завершении мероприятий", "в соответствии с расписанием", "в сроки проведения ВПР",
             "после окончания четверти", "по итогам четверти", "по итогам полугодия", "в дни проведения ЕГЭ"]
_SEASONS = [("в период летней оздоровительной кампании", (6, 8)), ("во время весенних каникул", (3, 3)),
            ("в период осенних каникул", (10, 11)), ("во время зимних каникул", (12, 1)),
            ("в каникулярный период", (6, 8)), ("в период летних каникул", (6, 8)), ("летний период", (6, 8)),
            ("В период летней оздоровительной кампании", (6, 8)), ("в летний период", (6, 8)),
            ("в период весенних каникул", (3, 3)), ("во время летних каникул", (6, 8)),
            ("в период зимних каникул", (12, 1)), ("во время осенних каникул", (10, 11)),
            ("каникулы", (6, 8)), ("в период летнего отдыха", (6, 8))]


def period_wide(g: Gen):
    key, p = g.period()
    choice = g.r.randrange(4)
    if choice == 0:
        return key, g.pick(_CONTINUOUS), whole_period("continuous", p)
    if choice == 1:
        raw, note = g.pick(_ON_DEMAND)
        return key, raw, whole_period("on_demand", p, note)
    if choice == 2:
        raw = g.pick(_SCHEDULE)
        return key, raw, whole_period("by_schedule", p, raw)
    raw, (m1, m2) = g.pick(_SEASONS)
    lab = label("continuous", yearly_pattern([(m1, m2)], p), p, months=month_run(m1, m2), freq="yearly",
                start=p[0], end=p[1])
    return key, raw, lab


def mixed(g: Gen):
    """A span or a repetition with a schedule or continuous phrase beside it (R29, R33)."""
    key, p = g.period()
    sched = g.pick(["по графику", "в соответствии с графиком", "по плану работы ИРО", "согласно плану"])
    choice = g.r.randrange(3)
    if choice == 0:
        raw = g.pick([f"ежегодно, {sched}", f"Ежегодно ({sched})", f"ежегодно {sched}"])
        return key, raw, recurring(p, grid("yearly", p), freq="yearly", note=sched)
    if choice == 1:
        raw = g.pick([f"в течение учебного года {sched}", f"в течение года, {sched}", f"постоянно ({sched})"])
        return key, raw, whole_period("by_schedule", p, sched)
    raw = g.pick(["ежегодно, ежеквартально", "ежеквартально, ежегодно"])
    return key, raw, recurring(p, grid("quarterly", p), freq="quarterly", note=raw)


ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
DECADES = ["первая", "вторая", "третья"]
DECADES_PREP = ["первой", "второй", "третьей"]
EDGE = [("в начале", "начале"), ("в конце", "конце"), ("в середине", "середине"), ("начало", "начало"),
        ("конец", "конец")]


def more_dates(g: Gen):
    """Quotes around the day, abbreviated months, ordinal suffixes, lists of dates, open starts."""
    key, p = g.period()
    d = g.day_in(p)
    choice = g.r.randrange(5)
    if choice == 0:
        form = g.pick([f"«{d2(d.day)}» {GEN[d.month - 1]} {d.year} г.", f"\"{d.day}\" {GEN[d.month - 1]} {d.year} года",
                       f"до «{d2(d.day)}» {GEN[d.month - 1]} {d.year} г.", f"{d.day}-го {GEN[d.month - 1]} {d.year} г.",
                       f"до {d.day}-го {GEN[d.month - 1]} {d.year} года", f"{d.day} {ABBR[d.month - 1]} {d.year} г."])
        return key, form, one_off("date", [(d, d)], p, [d.month], True)
    if choice == 1:  # several dates: one occurrence each (O38, O53)
        k = g.r.randint(2, 3)
        days = sorted({g.day_in(p) for _ in range(k)})
        if any((b - a).days <= 1 for a, b in zip(days, days[1:], strict=False)) or len(days) < 2:
            days = days[:1]
        if len(days) == 1:
            form = f"{d2(days[0].day)}.{d2(days[0].month)}.{days[0].year}"
        else:
            form = g.pick([", ".join(f"{d2(x.day)}.{d2(x.month)}.{x.year}" for x in days),
                           "; ".join(f"{x.day} {GEN[x.month - 1]} {x.year} г." for x in days),
                           " и ".join(f"{d2(x.day)}.{d2(x.month)}.{x.year} г." for x in days)])
        months = list(dict.fromkeys(x.month for x in days))
        return key, form, one_off("date" if len(days) == 1 else "multi", [(x, x) for x in days], p, months, True)
    if choice == 2:  # several days of one month
        m = g.r.randint(1, 12)
        y = g.year_in(p)
        ds = sorted(g.r.sample(range(1, 29, 3), g.r.randint(2, 4)))
        form = g.pick([", ".join(map(str, ds[:-1])) + f" и {ds[-1]} {GEN[m - 1]} {y} г.",
                       ", ".join(map(str, ds)) + f" {GEN[m - 1]} {y} года"])
        return key, form, one_off("multi", [(date(y, m, x), date(y, m, x)) for x in ds], p, [m], True)
    if choice == 3:  # "с 01.09.2024": from that day to the plan end (O34)
        form = g.pick([f"с {d2(d.day)}.{d2(d.month)}.{d.year}", f"с {d.day} {GEN[d.month - 1]} {d.year} г.",
                       f"начиная с {d2(d.day)}.{d2(d.month)}.{d.year} г.", f"с {d2(d.day)}.{d2(d.month)}.{d.year} г."])
        if d == p[1]:
            d = d - timedelta(days=1)
            form = f"с {d2(d.day)}.{d2(d.month)}.{d.year}"
        return key, form, one_off("interval", [(d, p[1])], p, [d.month], True)
    y = g.year_in(p)
    m = g.r.randint(1, 12)
    if date(y, m, 1) >= p[1] or date(y, m, 1) < p[0]:
        y = p[0].year if m >= p[0].month else p[0].year + 1
    form = g.pick([f"с {GEN[m - 1]} {y} г.", f"начиная с {GEN[m - 1]} {y} года", f"с {GEN[m - 1]} {y}"])
    return key, form, one_off("interval", [(date(y, m, 1), p[1])], p, [m], True)


def month_extras(g: Gen):
    """Abbreviated months, lists of ranges, edges of a month, decades, quarter ranges over two years."""
    key, p = g.period()
    choice = g.r.randrange(6)
    dash = g.pick(DASHES)
    if choice == 0:
        y = g.year_in(p)
        m1 = g.r.randint(1, 10)
        m2 = g.r.randint(m1 + 1, min(12, m1 + 3))
        form = g.pick([f"{ABBR[m1 - 1]}{dash}{ABBR[m2 - 1]} {y} г.", f"{ABBR[m1 - 1]}{dash}{NOM[m2 - 1]} {y}",
                       f"{ABBR[m1 - 1]} {y} г."])
        if form.startswith(f"{ABBR[m1 - 1]} {y}"):
            m2 = m1
        return key, form, one_off("interval", [mspan(y, m1, y, m2)], p, month_run(m1, m2), True)
    if choice == 1:  # "октябрь-ноябрь, март-апрель" in a school-year plan
        key, p = g.period("school")
        (a1, a2), (b1, b2) = g.pick([((10, 11), (3, 4)), ((9, 10), (4, 5)), ((11, 12), (2, 3)), ((9, 9), (1, 2))])
        first = NOM[a1 - 1] if a1 == a2 else f"{NOM[a1 - 1]}{dash}{NOM[a2 - 1]}"
        form = f"{first}, {NOM[b1 - 1]}{dash}{NOM[b2 - 1]}"
        spans = [mspan(2024, a1, 2024, a2), mspan(2025, b1, 2025, b2)]
        return key, form, one_off("multi", spans, p, month_run(a1, a2) + month_run(b1, b2), False)
    if choice == 2:  # the edge of a month: the month, the edge word kept in note
        m = g.r.randint(1, 12)
        lead, _ = g.pick(EDGE)
        if g.r.random() < 0.5:
            y = g.year_in(p)
            form = f"{lead} {GEN[m - 1]} {y} г."
            return key, form, one_off("interval", [mspan(y, m, y, m)], p, [m], True, note=lead)
        y, assumed = placed_year(m, p)
        return key, f"{lead} {GEN[m - 1]}", one_off("interval", [mspan(y, m, y, m)], p, [m], False, assumed, lead)
    if choice == 3:  # "первая декада сентября": days 1-10, 11-20, 21-end
        m = g.r.randint(1, 12)
        k = g.r.randrange(3)
        y = g.year_in(p)
        first, last = (1, 10) if k == 0 else (11, 20) if k == 1 else (21, month_end(y, m).day)
        form = g.pick([f"{DECADES[k]} декада {GEN[m - 1]} {y} г.", f"в {DECADES_PREP[k]} декаде {GEN[m - 1]} {y} года",
                       f"{k + 1} декада {GEN[m - 1]} {y} г.", f"{ROMAN[k]} декада {GEN[m - 1]} {y}"])
        return key, form, one_off("interval", [(date(y, m, first), date(y, m, last))], p, [m], True)
    if choice == 4:  # a quarter range over two years
        key, p = g.period("cal5", "school")
        y = 2024 if p[2] else g.r.randint(2021, 2024)
        q1, q2 = g.pick([(4, 1), (3, 2), (4, 2), (3, 1)])
        form = g.pick([f"{ROMAN[q1 - 1]} квартал {y} г.{dash}{ROMAN[q2 - 1]} квартал {y + 1} г.",
                       f"{ROMAN[q1 - 1]} кв. {y} г. {dash} {ROMAN[q2 - 1]} кв. {y + 1} г.",
                       f"{q1} квартал {y} года{dash}{q2} квартал {y + 1} года"])
        return key, form, one_off("interval", [mspan(y, 3 * q1 - 2, y + 1, 3 * q2)], p, [], True)
    # a half of a named school year: the school halves of R23 (Sep-Dec, Jan-May)
    ys = p[0].year if p[2] else g.r.randint(p[0].year, max(p[0].year, p[1].year - 1))
    n = g.r.randint(1, 2)
    sep = g.pick(["-", "/", "–"])
    form = g.pick([f"{ROMAN[n - 1]} полугодие {ys}{sep}{ys + 1} учебного года",
                   f"{n} полугодие {ys}{sep}{ys + 1} уч. года", f"в {ORD_PREP_NEUT[n - 1]} полугодии {ys}{sep}{ys + 1} "
                   f"учебного года"])
    span = mspan(ys, 9, ys, 12) if n == 1 else mspan(ys + 1, 1, ys + 1, 5)
    return key, form, one_off("interval", [span], p, [], True)


def repetition_extras(g: Gen):
    key, p = g.period()
    choice = g.r.randrange(8)
    dash = g.pick(DASHES)
    if choice == 0:  # "2 раза в год (май, ноябрь)" (R27)
        m1, m2 = g.pick([(5, 11), (4, 10), (3, 9), (12, 5), (10, 4), (1, 6)])
        raw = g.pick([f"2 раза в год ({NOM[m1 - 1]}, {NOM[m2 - 1]})", f"два раза в год: {NOM[m1 - 1]} и {NOM[m2 - 1]}",
                      f"дважды в год ({NOM[m1 - 1]}, {NOM[m2 - 1]})"])
        return key, raw, recurring(p, yearly_pattern([(m1, m1), (m2, m2)], p), freq="yearly", times=2,
                                   months=[m1, m2])
    if choice == 1:  # "ежегодно, начиная с 2024 года"
        key, p = g.period("cal5")
        y = g.r.randint(2022, 2025)
        raw = g.pick([f"ежегодно, начиная с {y} года", f"ежегодно с {y} г.", f"с {y} г. ежегодно"])
        occ = [(date(x, 1, 1), date(x, 12, 31)) for x in range(y, 2026)]
        return key, raw, recurring(p, occ, freq="yearly")
    if choice == 2:  # a repetition inside named years
        key, p = g.period("cal5")
        y1 = g.r.randint(2021, 2024)
        y2 = g.r.randint(y1, 2025)
        years = f"{y1} г." if y1 == y2 else f"{y1}{dash}{y2} гг."
        freq, word = g.pick([("quarterly", "ежеквартально"), ("yearly", "ежегодно"),
                             ("half_yearly", "раз в полугодие")])
        raw = g.pick([f"{word} в течение {years[:-3] + ' года' if y1 == y2 else years}", f"{years} ({word})",
                      f"{years}, {word}"])
        occ = grid(freq, p, (date(y1, 1, 1), date(y2, 12, 31)))
        return key, raw, recurring(p, occ, freq=freq, times=1 if word.startswith("раз") else None)
    if choice == 3:  # a repetition with a period-wide word: the word goes to note (R29)
        freq, word = g.pick([("monthly", "ежемесячно"), ("quarterly", "ежеквартально"), ("yearly", "ежегодно"),
                             ("weekly", "еженедельно")])
        if freq == "weekly":
            key, p = g.period("cal1", "school")
        extra = g.pick(["в течение учебного года", "в течение года", "постоянно", "в течение всего периода"])
        raw = g.pick([f"{word} {extra}", f"{word}, {extra}", f"{extra}, {word}", f"{extra} ({word})"])
        return key, raw, recurring(p, grid(freq, p), freq=freq, note=extra)
    if choice == 4:  # a day of month named without a frequency word (O9)
        day = g.r.randint(1, 28)
        raw = g.pick([f"не позднее {day} числа месяца, следующего за отчетным",
                      f"до {day}-го числа месяца, следующего за отчетным", f"до {day}-го числа каждого месяца",
                      f"до {day} числа ежемесячно"])
        note = None if "каждого" in raw or raw.endswith("ежемесячно") else "месяца, следующего за отчетным"
        return key, raw, recurring(p, grid("monthly", p), freq="monthly", day=day, note=note)
    if choice == 5:  # every N units
        raw, freq, n, times = g.pick([("1 раз в 3 года", "yearly", 3, 1), ("раз в два месяца", "monthly", 2, 1),
                                      ("каждые два года", "yearly", 2, None), ("1 раз в 2 месяца", "monthly", 2, 1),
                                      ("один раз в три года", "yearly", 3, 1)])
        return key, raw, recurring(p, blocks(grid(freq, p), n), freq=freq, interval=n, times=times)
    if choice == 6:  # a yearly quarter or half
        n = g.r.randint(1, 4)
        raw = g.pick([f"ежегодно, {ROMAN[n - 1]} квартал", f"ежегодно в {ROMAN[n - 1]} квартале",
                      f"{ROMAN[n - 1]} квартал ежегодно", f"{n} квартал (ежегодно)"])
        return key, raw, recurring(p, yearly_pattern([(3 * n - 2, 3 * n)], p), freq="yearly")
    # a first span, then the repetition (R25)
    key, p = g.period("cal5", "school")
    y = 2024 if p[2] else g.r.randint(2021, 2024)
    m1, m2 = (g.r.randint(9, 11), 12) if p[2] else g.pick([(3, 4), (9, 10), (10, 12), (1, 2)])
    raw = g.pick([f"{NOM[m1 - 1].capitalize()}{dash}{NOM[m2 - 1]} {y} г., далее{dash}ежегодно",
                  f"{NOM[m1 - 1]}{dash}{NOM[m2 - 1]} {y} года и далее ежегодно"])
    first = mspan(y, m1, y, m2)
    occ = [c for c in (clip(shift(first, 12 * k), p) for k in range(0, 6)) if c]
    return key, raw, recurring(p, occ, freq="yearly", months=month_run(m1, m2))


def phrase_extras(g: Gen):
    key, p = g.period()
    choice = g.r.randrange(4)
    if choice == 0:
        raw = g.pick(["в период подготовки к ГИА", "в период подготовки к ЕГЭ", "в ходе подготовки к экзаменам",
                      "по окончании каждой четверти", "по завершении учебного года", "после окончания учебного года",
                      "после подведения итогов", "после публикации результатов", "в течение недели после проведения",
                      "на следующий день после проведения", "перед началом учебного года",
                      "накануне учебного года", "в дни проведения олимпиады", "по плану работы школы"])
        if raw.endswith("каждой четверти"):  # R29: the repetition wins (R22's terms), the event words go to note
            return key, raw, recurring(p, grid("quarterly", p, terms=True), freq="quarterly", note="по окончании")
        return key, raw, whole_period("by_schedule", p, raw)
    if choice == 1:
        raw = g.pick(["по мере поступления запросов", "по запросу образовательных учреждений",
                      "по заявкам ОО", "по мере поступления заявок", "по требованию"])
        return key, raw, whole_period("on_demand", p, None if raw == "по требованию" else raw)
    if choice == 2:
        raw = g.pick(["постоянно (в течение года)", "в течение учебного года, постоянно", "постоянно, весь период",
                      "в течение всего периода реализации плана", "на протяжении всего учебного года",
                      "весь период реализации программы", "в течение всего срока действия программы",
                      "в течение всего календарного года", "Постоянно.", "в течение года;"])
        return key, raw, whole_period("continuous", p)
    raw, (m1, m2) = g.pick([("в дни осенних каникул", (10, 11)), ("в дни весенних каникул", (3, 3)),
                            ("в летний каникулярный период", (6, 8)), ("летние каникулы", (6, 8)),
                            ("в период зимних школьных каникул", (12, 1)), ("в дни летних каникул", (6, 8))])
    return key, raw, label("continuous", yearly_pattern([(m1, m2)], p), p, months=month_run(m1, m2),
                           freq="yearly", start=p[0], end=p[1])


WEEKDAYS = [("каждый понедельник", "по понедельникам"), ("каждый вторник", "по вторникам"),
            ("каждую среду", "по средам"), ("каждый четверг", "по четвергам"), ("каждую пятницу", "по пятницам"),
            ("каждую субботу", "по субботам")]


def written_variants(g: Gen):
    """Spaced dates, a day's reporting unit, days of the week, one month over listed years, placeholder years."""
    key, p = g.period()
    choice = g.r.randrange(5)
    if choice == 0:  # "01. 09. 2024", "01.09. 2024"
        d = g.day_in(p)
        form = g.pick([f"{d2(d.day)}. {d2(d.month)}. {d.year}", f"{d2(d.day)}.{d2(d.month)}. {d.year} г.",
                       f"до {d.day}. {d2(d.month)}. {d.year}г."])
        return key, form, one_off("date", [(d, d)], p, [d.month], True)
    if choice == 1:  # the reporting unit after the day sets the frequency
        day = g.r.randint(1, 28)
        unit, freq = g.pick([("кварталом", "quarterly"), ("полугодием", "half_yearly"), ("месяцем", "monthly"),
                             ("периодом", "monthly")])
        lead = g.pick(["до", "не позднее"])
        raw = f"{lead} {day} числа месяца, следующего за отчетным {unit}"
        return key, raw, recurring(p, grid(freq, p), freq=freq, day=day, note=raw)
    if choice == 2:  # days of the week: weekly, the day kept in note
        key, p = g.period("cal1", "school")
        every, po = g.pick(WEEKDAYS)
        raw = g.pick([every, po, f"еженедельно, {po}", f"еженедельно ({every})"])
        note = raw.replace("еженедельно, ", "").replace("еженедельно (", "").rstrip(")")
        if g.r.random() < 0.3:  # beside another frequency the day says which day only
            raw = f"ежемесячно, {po}"
            return key, raw, recurring(p, grid("monthly", p), freq="monthly", note=po)
        return key, raw, recurring(p, grid("weekly", p), freq="weekly", note=note)
    if choice == 3:  # one month or range over listed years
        key, p = g.period("cal5")
        m1 = g.r.randint(1, 12)
        m2 = g.pick([m1, min(12, m1 + 1)])
        ys = sorted(g.r.sample(range(2021, 2026), g.r.randint(2, 3)))
        head = NOM[m1 - 1] if m1 == m2 else f"{NOM[m1 - 1]}{g.pick(DASHES)}{NOM[m2 - 1]}"
        tail = g.pick([", ".join(f"{y} г." for y in ys[1:]), ", ".join(str(y) for y in ys[1:])])
        raw = f"{head} {ys[0]} г., {tail}"
        spans = [mspan(y, m1, y, m2) for y in ys]
        return key, raw, one_off(None, spans, p, month_run(m1, m2), True)
    # a letter for the year (O28): alone unplaceable; with a repetition the repetition stays
    key, p = g.period("cal5")
    m = g.r.randint(1, 12)
    day = g.r.randint(1, 28)
    year = g.pick(["X - 1 года", "Х-1 года", "X года", "Х год", "X+1 года"])
    if g.r.random() < 0.5:
        return key, f"{day} {GEN[m - 1]} {year}", label("unknown", [], p, warnings=["unparsed"])
    raw = f"{day} {GEN[m - 1]} {year}, далее ежегодно"
    occ = [(date(y, m, day), date(y, m, day)) for y in range(2021, 2026)]
    return key, raw, recurring(p, occ, freq="yearly", months=[m], note=year)


ORD_WEEKDAY = ["первый понедельник", "вторая среда", "третий четверг", "последняя пятница", "последний вторник",
               "четвертая суббота"]


def deferred_and_monthly_days(g: Gen):
    """Dates left to agreement or announcement (by_schedule), invitations (on_demand), a day of the week
    within the month (monthly, the words kept in note)."""
    key, p = g.period()
    choice = g.r.randrange(3)
    if choice == 0:
        raw = g.pick(["сроки уточняются",
                      "дата уточняется", "сроки будут определены дополнительно", "в день проведения",
                      "в день проведения ЕГЭ", "в день выборов", "срок уточняется"])
        return key, raw, whole_period("by_schedule", p, raw)
    if choice == 1:
        raw, note = g.pick([("по приглашению", None), ("по вызову", None), ("по приглашению организаторов",
                                                                               "по приглашению организаторов")])
        return key, raw, whole_period("on_demand", p, note)
    words = g.pick(ORD_WEEKDAY) + " месяца"
    raw = g.pick([words, f"ежемесячно, {words}", f"{words}, по предварительной записи", f"ежемесячно ({words})"])
    note = raw.replace("ежемесячно, ", "").replace("ежемесячно (", "").rstrip(")")
    return key, raw, recurring(p, grid("monthly", p), freq="monthly", note=note)


def reported_periods(g: Gen):
    """"до 1 февраля (за 2024 год)": the period reported on goes to note when the cell dates the work."""
    key, p = g.period("cal1", "cal5")
    m = g.r.randint(1, 12)
    day = g.r.randint(1, 28)
    y, assumed = placed_year(m, p)
    reported = g.pick(["за 2023 год", "за предыдущий год", "за I квартал", "за отчетный период", "за прошлый год"])
    if g.r.random() < 0.6:
        raw = g.pick([f"до {day} {GEN[m - 1]} ({reported})", f"до {d2(day)}.{d2(m)}. {reported}"])
        d = date(y, m, day)
        return key, raw, one_off("date", [(d, d)], p, [m], False, assumed, note=reported)
    freq, word = g.pick([("quarterly", "ежеквартально"), ("monthly", "ежемесячно"), ("yearly", "ежегодно")])
    raw = f"{word} ({reported})"
    return key, raw, recurring(p, grid(freq, p), freq=freq, note=reported)


def event_plans(g: Gen):
    """"в течение месячника": the plan's own span in a plan made for the event, else a schedule (O51, O52)."""
    event = g.pick(["месячника", "декады", "акции", "марафона", "фестиваля", "смены"])
    raw = g.pick([f"в течение {event}", f"В период {event}", f"в течение {event},"])
    if g.r.random() < 0.5:
        key, p = g.period("event")
        return key, raw, whole_period("continuous", p)
    key, p = g.period()
    return key, raw, whole_period("by_schedule", p, raw)


def year_beside_unit(g: Gen):
    """"2024 г. (IV квартал)", "Сентябрь (2024 г.)", "2023 г., III-IV кв.": a year and a unit side by side,
    in brackets or after a comma, are one item."""
    key, p = g.period()
    y = g.year_in(p)
    if g.r.random() < 0.5:
        m = g.r.randint(1, 12)
        raw = g.pick([f"{NOM[m - 1].capitalize()} ({y} г.)", f"{yy(y, 'g.')} ({NOM[m - 1]})", f"{y} год, {NOM[m - 1]}",
                      f"{NOM[m - 1]} ({y})"])
        return key, raw, one_off("interval", [mspan(y, m, y, m)], p, [m], True)
    unit = g.pick(["quarter", "half"])
    n = g.r.randint(1, 4 if unit == "quarter" else 2)
    a, b = (3 * n - 2, 3 * n) if unit == "quarter" else ((1, 6) if n == 1 else (7, 12))
    name = f"{ROMAN[n - 1]} {'квартал' if unit == 'quarter' else 'полугодие'}"
    raw = g.pick([f"{yy(y, 'g.')} ({name})", f"{yy(y, 'g.')}, {name}", f"в течение {y} г. ({name})"])
    return key, raw, one_off("interval", [mspan(y, a, y, b)], p, [], True)


def demand_with_floor(g: Gen):
    """"по мере необходимости, но не реже 1 раза в год": the repetition wins, the demand goes to note (R29)."""
    key, p = g.period()
    demand = g.pick(["по мере необходимости", "по запросу", "при необходимости", "по запросу ОО"])
    unit, freq = g.pick([("год", "yearly"), ("квартал", "quarterly"), ("полугодие", "half_yearly"),
                         ("месяц", "monthly")])
    if g.r.random() < 0.6:
        raw = g.pick([f"{demand}, но не реже 1 раза в {unit}", f"{demand}, но не реже одного раза в {unit}"])
        return key, raw, recurring(p, grid(freq, p), freq=freq, times=1, at_least=True, note=demand)
    word = {"yearly": "ежегодно", "quarterly": "ежеквартально", "half_yearly": "раз в полугодие",
            "monthly": "ежемесячно"}[freq]
    raw = g.pick([f"{demand}, {word}", f"{word}, а также {demand}", f"{demand}, а также {word}"])
    return key, raw, recurring(p, grid(freq, p), freq=freq, times=1 if word.startswith("раз") else None,
                               note=demand)


def _with_a_long_word(g: Gen, families, shortest: int, skip=()):
    """A cell of one of `families` (tried up to 20 times) and one of its words of `shortest` letters or more to
    spoil (None if no try wrote one): the noise families spoil a word of a well-formed cell."""
    family = g.pick(families)
    for _ in range(20):
        key, raw, lab = family(g)
        words = [w for w in raw.split() if len(w) >= shortest and w.isalpha() and w.lower() not in skip]
        if words:
            return key, raw, lab, g.pick(words)
    return key, raw, lab, None


def misspelt(g: Gen):
    """One letter dropped, doubled or two swapped in a month or frequency word of six letters or more."""
    key, raw, lab, w = _with_a_long_word(
        g, [month_range, month_list, plain_repetition, repetition_with_months, period_wide], 6, ("каникул",))
    if w is None:
        return key, raw, lab
    k = g.r.randrange(1, len(w) - 1)
    edit = g.r.randrange(3)
    typo = (w[:k] + w[k + 1:] if edit == 0 else w[:k] + w[k] + w[k:] if edit == 1
            else w[:k] + w[k + 1] + w[k] + w[k + 2:])
    return key, raw.replace(w, typo, 1), lab


def short_and_rare_words(g: Gen):
    """"2024-26 гг.", "2 раза в учебный год", "бессрочно", "по мере выявления"."""
    key, p = g.period()
    choice = g.r.randrange(4)
    if choice == 0:
        y = g.year_in(p)
        y2 = y + g.r.randint(1, 3)
        raw = g.pick([f"{y}-{y2 % 100} гг.", f"{y}–{y2 % 100} годы", f"{y}/{y2 % 100} гг."])
        return key, raw, one_off("interval", [mspan(y, 1, y2, 12)], p, [], True)
    if choice == 1:
        n, word = g.pick([(1, "1 раз"), (2, "2 раза"), (2, "два раза"), (3, "3 раза"), (1, "один раз")])
        raw = g.pick([f"{word} в учебный год", f"{word} в течение учебного года"])
        return key, raw, recurring(p, grid("yearly", p), freq="yearly", times=n)
    if choice == 2:
        return key, g.pick(["бессрочно", "Бессрочно", "на постоянной основе"]), whole_period("continuous", p)
    raw = g.pick(["по мере выявления", "по мере возникновения", "по мере обращения", "в случае выявления"])
    return key, raw, whole_period("on_demand", p)


def bounded_patterns(g: Gen):
    """"2021-2024 гг., ежегодно в мае": a range of years bounds a yearly month pattern (O46); "до 15 числа
    последнего месяца квартала": the unit named in a day's clause sets its frequency."""
    key, p = g.period("cal5")
    if g.r.random() < 0.5:
        y1 = g.r.randint(2021, 2023)
        y2 = g.r.randint(y1 + 1, 2025)
        m = g.r.randint(1, 12)
        # ("ежегодно в мае 2022-2023 гг." is left out: a month before a year range reads as a span, O6)
        raw = g.pick([f"{y1}-{y2} гг., ежегодно в {PREP[m - 1]}", f"{y1}–{y2} гг. (ежегодно, {NOM[m - 1]})",
                      f"в {y1}-{y2} гг. ежегодно в {PREP[m - 1]}"])
        occ = [mspan(y, m, y, m) for y in range(y1, y2 + 1)]
        return key, raw, recurring(p, occ, freq="yearly", months=[m])
    day = g.r.randint(1, 28)
    unit, freq = g.pick([("квартала", "quarterly"), ("полугодия", "half_yearly")])
    raw = g.pick([f"до {day} числа последнего месяца {unit}", f"не позднее {day} числа первого месяца {unit}"])
    return key, raw, recurring(p, grid(freq, p), freq=freq, day=day, note=raw)


def labelled_cells(g: Gen):
    """"Срок исполнения: до 01.09.2024", "Сроки: октябрь": the column's label repeated in the cell is no note."""
    key, p = g.period()
    d = g.day_in(p)
    lead = g.pick(["Срок исполнения:", "Сроки:", "Дата проведения:", "Срок:", "Сроки проведения –"])
    if g.r.random() < 0.5:
        raw = f"{lead} до {d2(d.day)}.{d2(d.month)}.{d.year}"
        return key, raw, one_off("date", [(d, d)], p, [d.month], True)
    y = g.year_in(p)
    m = g.r.randint(1, 12)
    raw = f"{lead} {NOM[m - 1]} {y} г."
    return key, raw, one_off("interval", [mspan(y, m, y, m)], p, [m], True)


def relative_times(g: Gen):
    """"в течение 10 дней после проведения": a time counted from an undated event (by_schedule, O52);
    "первая неделя месяца", "последняя декада месяца": monthly, the words kept in note."""
    key, p = g.period()
    if g.r.random() < 0.5:
        n = g.pick(["10", "3", "5-ти", "2-х", "двух", "трех"])
        unit = g.pick(["дней", "рабочих дней", "недель", "месяцев", "календарных дней"])
        tail = g.pick(["", " после проведения", " со дня получения результатов", " после окончания олимпиады"])
        raw = f"в течение {n} {unit}{tail}"
        return key, raw, whole_period("by_schedule", p, raw)
    words = g.pick(["первая неделя месяца", "последняя неделя месяца", "вторая декада месяца",
                    "последняя декада месяца"])
    raw = g.pick([words, f"ежемесячно, {words}", f"{words} (ежемесячно)"])
    return key, raw, recurring(p, grid("monthly", p), freq="monthly", note=words)


def hyphenated(g: Gen):
    """A word broken at a line end by the source ("сен- тябрь", "ежеквар-\nтально"): raw keeps the break (O66)."""
    key, raw, lab, w = _with_a_long_word(
        g, [month_range, month_list, plain_repetition, period_wide, repetition_with_months], 7)
    if w is None:
        return key, raw, lab
    k = g.r.randrange(3, len(w) - 2)
    return key, raw.replace(w, w[:k] + "-" + g.pick([" ", "\n"]) + w[k:], 1), lab


def counted_from_events(g: Gen):
    """"за 10 дней до начала", "через 2 недели после проведения" (by_schedule, O52); "до 25 мая 2024 г.
    включительно" (the due day is inclusive already: no note)."""
    key, p = g.period()
    if g.r.random() < 0.3:
        d = g.day_in(p)
        raw = g.pick([f"до {d.day} {GEN[d.month - 1]} {d.year} г. включительно",
                      f"по {d2(d.day)}.{d2(d.month)}.{d.year} включительно"])
        return key, raw, one_off("date", [(d, d)], p, [d.month], True)
    lead = g.pick(["за", "не позднее чем за", "через", "не позднее", "спустя"])
    n = g.pick(["10", "3", "2", "5", "два", "14"])
    unit = g.pick(["дней", "рабочих дней", "недели", "месяца", "календарных дней"])
    tail = g.pick([" до начала", " после проведения", " до начала учебного года", " со дня получения", ""])
    raw = f"{lead} {n} {unit}{tail}"
    return key, raw, whole_period("by_schedule", p, raw)


def daily(g: Gen):
    """"ежедневно": continuous over the period, the word kept in note (O63: the spec has no daily freq)."""
    key, p = g.period()
    raw = g.pick(["ежедневно", "Ежедневно", "каждый день", "ежедневно, в течение учебного года",
                  "постоянно, ежедневно", "ежедневно (кроме выходных)"])
    return key, raw, whole_period("continuous", p, raw)


FAMILIES = [exact_date, yearless_date, day_range, month_range, month_list, quarters, years, plain_repetition,
            repetition_with_months, monthly_window, day_rules, continuation, period_wide, period_wide, mixed,
            more_dates, month_extras, repetition_extras, repetition_extras, phrase_extras, written_variants,
            deferred_and_monthly_days, reported_periods, event_plans, year_beside_unit,
            demand_with_floor, misspelt, short_and_rare_words, bounded_patterns,
            labelled_cells, relative_times, hyphenated, counted_from_events, daily]


# -- typographic noise -------------------------------------------------------------------------------------
def noisy(text: str, r: random.Random) -> str:
    """Spelling that must read the same (spec): capitals, doubled or lost spaces, a line break, "г." glued."""
    roll = r.random()
    if roll < 0.45:
        return text
    if roll < 0.52:
        return text.upper()
    if roll < 0.55:
        return text[0].upper() + text[1:]
    if roll < 0.65:
        return text.replace(" ", "  ", 1)
    if roll < 0.75 and " " in text:
        k = r.choice([i for i, c in enumerate(text) if c == " "])
        return text[:k] + "\n" + text[k + 1:]
    if roll < 0.85:
        return text.replace(" г.", "г.").replace(", ", ",")
    if roll < 0.90:
        return " " + text + " "
    if roll < 0.93:
        return text + r.choice([".", ";", ","])
    return text.replace(" ", "\u00a0", 1)


def generate() -> list[dict]:
    r = random.Random(SEED)
    g = Gen(r)
    rows, seen = [], set()
    for family in FAMILIES:
        made = 0
        tries = 0
        while made < PER_FAMILY and tries < PER_FAMILY * 20:
            tries += 1
            key, raw, lab = family(g)
            raw = noisy(raw, r)
            if (key, raw) in seen:
                continue
            seen.add((key, raw))
            start, end, school = PERIODS[key]
            rows.append({"family": family.__name__, "period": [start.isoformat(), end.isoformat()],
                         "school_year": school, "raw": raw, **lab})
            made += 1
    return rows


def main() -> None:
    rows = generate()
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} labels -> {OUT}")


if __name__ == "__main__":
    main()
