"""The calendar per plan period: dated measures by month, continuous, recurring and "по графику" ones apart.

The overview and the municipality pages both draw it from here, so a month's number is the same list of
measures on every page. A measure is "dated" when its deadline is a date or a span under half a year
(`pipeline/views.py` TIMING); the others would smear every month of the period and are counted apart.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from pipeline.messages import say
from pipeline.report import charts
from pipeline.report.page import months as month_names
from pipeline.report.page import period_ru

TIMINGS = ["dated", "continuous", "recurring", "on_occasion", "unknown"]  # views.TIMING, in the order shown


def timing(kind: str) -> str:
    return say(f"report.timing.{kind}")


def periods(plans: pd.DataFrame) -> list[tuple[object, object, pd.DataFrame]]:
    """(start, end, plans) for every plan period, earliest first; plans without a period last."""
    return [(start, end, group) for (start, end), group
            in plans.groupby(["period_start", "period_end"], dropna=False, sort=True)]


def months(dated: pd.DataFrame, spans: pd.DataFrame) -> list[tuple[pd.Timestamp, pd.DataFrame]]:
    """(month, measures whose deadline touches it) for dated measures, from their occurrence spans."""
    own = spans[spans["measure_id"].isin(set(dated["measure_id"]))]
    touched: dict[pd.Timestamp, set[str]] = {}
    for measure_id, start, end in own[["measure_id", "start_date", "end_date"]].itertuples(index=False):
        for month in pd.period_range(pd.Timestamp(start), pd.Timestamp(end), freq="M"):
            touched.setdefault(month.to_timestamp(), set()).add(measure_id)
    return [(month, dated[dated["measure_id"].isin(ids)]) for month, ids in sorted(touched.items())]


def month_name(month: pd.Timestamp) -> str:
    return f"{month_names()[month.month - 1]} {month.year}"


def years(start, end, touched: list[pd.Timestamp]) -> list[int]:
    """The years a period's grid shows: those of the period and of any month a deadline touches."""
    found = {m.year for m in touched}
    if start is not None and not pd.isna(start):
        found |= set(range(pd.Timestamp(start).year, pd.Timestamp(end).year + 1))
    return sorted(found)


def overview(data, lists, names: dict[str, str]) -> str:
    """The overview's calendar: per plan period a grid municipality·year × month of dated measures (each
    number a link to its measures) and a table of the measures that have no single month."""
    parts = []
    for i, (start, end, group) in enumerate(periods(data.plans), start=1):
        period = period_ru(start, end)
        chosen = lists.once(lists.measures["plan_key"].isin(set(group["plan_key"])))
        slugs = [s for s in names if s in set(group["municipality"])]
        who = ", ".join(names[s] for s in slugs)
        parts.append(f'<h3 class="period">{escape(say("report.calendar.period", period=period))} · {escape(who)}</h3>')
        grid = _grid(chosen[chosen["timing"] == "dated"], data.occurrences, slugs, names, start, end, lists, period)
        if grid is not None:
            values, rows, urls = grid
            svg = charts.heatmap(values, rows, [m[:3] for m in month_names()], f"calendar-{i}", urls=urls,
                                 counts=lists.counts(), xlabel=say("report.calendar.axis"), cmap="Greens")
            parts.append(f'<figure class="chart" id="chart-calendar-{i}">{svg}<figcaption>'
                         f'{escape(say("report.calendar.caption", period=period))}</figcaption></figure>')
        parts.append(_kinds_table(chosen, slugs, names, lists, period))
    return "".join(parts)


def _grid(dated, spans, slugs, names, start, end, lists, period):
    """(values, row labels, urls) of the month grid, rows "municipality year"; None without a dated measure."""
    by_slug = {s: months(dated[dated["municipality"] == s], spans) for s in slugs}
    touched = [m for found in by_slug.values() for m, _ in found]
    if not touched:
        return None
    row_keys = [(s, y) for s in slugs for y in years(start, end, touched)]
    values = pd.DataFrame(0, index=range(len(row_keys)), columns=range(12))
    urls = [[None] * 12 for _ in row_keys]
    for s, found in by_slug.items():
        for month, rows in found:
            r = row_keys.index((s, month.year))
            values.iat[r, month.month - 1] = len(rows)
            urls[r][month.month - 1] = lists.href(rows, say("report.calendar.due", name=names[s], period=period,
                                                            month=month_name(month)))
    return values, [f"{names[s]} {y}" for s, y in row_keys], urls


def _kinds_table(chosen, slugs, names, lists, period) -> str:
    head = "".join(f"<th>{escape(timing(kind))}</th>" for kind in TIMINGS)
    body = []
    for s in slugs:
        mine = chosen[chosen["municipality"] == s]
        cells = "".join(
            f"<td class='num'>{lists.link(len(rows), rows, f'{names[s]}, {period}: {timing(kind)}')}</td>"
            for kind, rows in ((k, mine[mine["timing"] == k]) for k in TIMINGS))
        body.append(f"<tr><th>{escape(names[s])}</th>{cells}</tr>")
    return (f"<table class='timing'><thead><tr><th>{escape(say('report.municipality'))}</th>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")
