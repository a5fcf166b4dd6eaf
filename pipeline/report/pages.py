"""A page per municipality (its documents, mechanisms, calendar per plan period, doubts) and a page per
document (the order's title, number, date and its plans with their periods); every number a link."""

from __future__ import annotations

from html import escape

import pandas as pd

from normalizers.outcomes import label
from normalizers.topic_names import TOPIC_NAMES
from pipeline.messages import language, say
from pipeline.report import calendar
from pipeline.report.data import ReportData
from pipeline.report.lists import MeasureLists
from pipeline.report.page import columns, date_ru, document_href, document_name, municipality_href, page, period_ru


def municipality_and_document_pages(data: ReportData, lists: MeasureLists) -> dict[str, str]:
    """File name -> HTML of every municipality page and every document page."""
    out = {}
    names = dict(zip(data.municipalities["municipality"], data.municipalities["municipality_name"], strict=True))
    for slug, name in names.items():
        out[municipality_href(slug)] = _municipality(data, lists, slug, name)
    for _, doc in data.documents[data.documents["status"] == "ok"].iterrows():
        out[document_href(doc["document_id"])] = _document(data, lists, doc)
    return out


def _listed(values) -> list:
    return [] if values is None else list(values)


def _has(warnings, code: str) -> bool:
    return warnings is not None and code in list(warnings)


def _municipality(data: ReportData, lists: MeasureLists, slug: str, name: str) -> str:
    m = lists.measures
    mine = m["municipality"] == slug
    docs = data.documents[data.documents["municipality"] == slug]
    doc_items = "".join(
        f'<li><a href="{document_href(d["document_id"])}">{escape(document_name(d))}</a> '
        f'<small>({escape(d["source_file"])})</small></li>' if d["status"] == "ok"
        else f'<li>{escape(d["source_file"])}: {escape(str(d["error"]))}</li>' for _, d in docs.iterrows())
    total = lists.once(mine)
    every = lists.link(len(total), total, say("report.muni.all", name=name))
    body = [f'<p class="lead">{say("report.muni.measures", n=every)}</p>',
            f"<h2>{say('report.muni.documents')}</h2><ul>{doc_items}</ul>", _topics(lists, mine, name),
            _calendar(data, lists, slug, name), _attention(lists, mine, name)]
    return page(say("report.muni.title", name=name), "".join(body))


def _topics(lists: MeasureLists, mine, name: str) -> str:
    rows = []
    m = lists.measures
    for code, topic in TOPIC_NAMES.items():
        chosen = lists.once(mine & (m["topic_code"] == code))
        if chosen.empty:
            continue
        doubt = int(chosen["warnings"].map(lambda w: _has(w, "topic_uncertain")).sum())
        note = say("report.muni.doubt", n=doubt) if doubt else ""
        rows.append(f"<tr><td>{escape(code)}</td><td>{escape(topic)}{note}</td><td class='num'>"
                    f"{lists.link(len(chosen), chosen, f'{name}: {code} «{topic}»')}</td></tr>")
    return (f"<h2>{say('report.muni.topics')}</h2><table><thead><tr>{columns('report.muni.topic_columns')}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _calendar(data: ReportData, lists: MeasureLists, slug: str, name: str) -> str:
    """Per plan period: dated measures by month, the continuous and recurring ones counted apart."""
    plans = data.plans[data.plans["municipality"] == slug]
    parts = [f"<h2>{say('report.calendar.head')}</h2><p>{say('report.calendar.about_municipality')}</p>"]
    spans = data.occurrences
    for start, end, group in calendar.periods(plans):
        keys = set(group["plan_key"])
        period = period_ru(start, end)
        numbers = ", ".join(str(n) for n in group["plan_number"].fillna("").tolist() if n)
        chosen = lists.once(lists.measures["plan_key"].isin(keys))
        plans_of = say("report.calendar.plans", numbers=numbers) if numbers else ""
        parts.append(f'<h3 class="period">{escape(say("report.calendar.period", period=period) + plans_of)}</h3>')
        dated = chosen[chosen["timing"] == "dated"]
        due = {month: say("report.calendar.due", name=name, period=period, month=calendar.month_name(month))
               for month, _ in calendar.months(dated, spans)}
        cells = "".join(
            f"<tr><td>{calendar.month_name(month)}</td><td class='num'>{lists.link(len(rows), rows, due[month])}"
            "</td></tr>" for month, rows in calendar.months(dated, spans))
        head = f"<th>{say('report.calendar.month')}</th><th>{say('report.calendar.n_due')}</th>"
        parts.append(f"<table class='calendar'><thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>"
                     if cells else f"<p>{say('report.calendar.no_dated')}</p>")
        apart = {calendar.timing(kind): chosen[chosen["timing"] == kind] for kind in calendar.TIMINGS[1:]}
        other = "".join(
            f"<li>{escape(text)}: {lists.link(len(rows), rows, f'{name}, {period}: {text}')}</li>"
            for text, rows in apart.items() if not rows.empty)
        parts.append(f"<ul>{other}</ul>")
    return "".join(parts)


def _attention(lists: MeasureLists, mine, name: str) -> str:
    chosen = lists.once(mine)
    counts: dict[str, int] = {}
    for warnings in chosen["warnings"]:
        for w in warnings if warnings is not None else []:
            counts[w] = counts.get(w, 0) + 1
    lang = language()
    items = "".join(
        f"<li>{escape(label(w, lang))}: "
        f"{lists.link(n, chosen[chosen['warnings'].map(lambda ws, w=w: _has(ws, w))], f'{name}: {label(w, lang)}')}"
        "</li>"
        for w, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return (f"<h2>{say('report.muni.attention')}</h2><p>{say('report.muni.attention_about')}</p>"
            f"<ul>{items or '<li>' + say('report.muni.none') + '</li>'}</ul>")


def _document(data: ReportData, lists: MeasureLists, doc) -> str:
    name = document_name(doc)
    m = lists.measures
    in_doc = m["document_id"] == doc["document_id"]
    facts = list(zip(say("report.doc.facts").split("|"),
                     [doc["title"], doc["order_number"], date_ru(doc["order_date"]), doc["issuer"], doc["source_file"],
                      doc["format"], None if pd.isna(doc["pages"]) else int(doc["pages"])], strict=True))
    dl = "".join(f"<dt>{k}</dt><dd>{escape(str(v))}</dd>" for k, v in facts if v is not None and v == v and v != "")
    once, repeats = lists.once(in_doc), m[in_doc & m["repeat"]]
    repeated = lists.link(len(repeats), repeats, say("report.doc.repeats", name=name)) if len(repeats) else "0"
    counted = say("report.doc.lead", measures=lists.link(len(once), once, say("report.measures_of", name=name)),
                  repeats=repeated)
    lead = f"<dl class='facts'>{dl}</dl><p class='lead'>{counted}</p>"
    rows = []
    for _, p in data.plans[data.plans["document_id"] == doc["document_id"]].iterrows():
        chosen = m[m["plan_key"] == p["plan_key"]]
        plan_name = say("report.doc.plan", name=name, number=p["plan_number"] or p["plan_seq"])
        rows.append(
            f"<tr><td>{escape(str(p['plan_number'] or ''))}</td><td>{escape(p['title'] or '')}</td>"
            f"<td>{escape(period_ru(p['period_start'], p['period_end']))}</td>"
            f"<td>{escape(str(p['topic_code'] or ''))} {escape(str(p['topic_name'] or ''))}</td>"
            f"<td class='num'>{lists.link(len(chosen), chosen, plan_name)}</td>"
            f"<td>{escape('; '.join(label(w, language()) for w in _listed(p['warnings'])))}</td>"
            "</tr>")
    plans = (f"<h2>{say('report.doc.plans')}</h2><table id='plans-table'><thead>"
             f"<tr>{columns('report.doc.plan_columns')}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    muni = f'<p><a href="{municipality_href(doc["municipality"])}">{escape(str(doc["municipality_name"]))}</a></p>'
    return page(name, muni + lead + plans)
