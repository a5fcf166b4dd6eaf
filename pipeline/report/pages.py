"""A page per municipality (its documents, mechanisms, calendar per plan period, doubts) and a page per
document (the order's title, number, date and its plans with their periods); every number a link."""

from __future__ import annotations

from html import escape

import pandas as pd

from normalizers.outcomes import label
from normalizers.topic_names import TOPIC_NAMES
from pipeline.report import calendar
from pipeline.report.data import ReportData
from pipeline.report.lists import MeasureLists
from pipeline.report.page import date_ru, document_href, document_name, municipality_href, page, period_ru


def municipality_and_document_pages(data: ReportData, lists: MeasureLists) -> dict[str, str]:
    """File name -> HTML of every municipality page and every document page."""
    out = {}
    names = dict(zip(data.municipalities["municipality"], data.municipalities["municipality_name"], strict=True))
    for slug, name in names.items():
        out[municipality_href(slug)] = _municipality(data, lists, slug, name)
    for _, doc in data.documents[data.documents["status"] == "ok"].iterrows():
        out[document_href(doc["document_id"])] = _document(data, lists, doc)
    return out


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
    body = [f'<p class="lead">Мероприятий: {lists.link(len(total), total, f"{name}: все мероприятия")}.</p>',
            f"<h2>Документы</h2><ul>{doc_items}</ul>", _topics(lists, mine, name), _calendar(data, lists, slug, name),
            _attention(lists, mine, name)]
    return page(f"{name}: дорожные карты", "".join(body))


def _topics(lists: MeasureLists, mine, name: str) -> str:
    rows = []
    m = lists.measures
    for code, topic in TOPIC_NAMES.items():
        chosen = lists.once(mine & (m["topic_code"] == code))
        if chosen.empty:
            continue
        doubt = int(chosen["warnings"].map(lambda w: _has(w, "topic_uncertain")).sum())
        note = f" (неуверенно: {doubt})" if doubt else ""
        rows.append(f"<tr><td>{escape(code)}</td><td>{escape(topic)}{note}</td><td class='num'>"
                    f"{lists.link(len(chosen), chosen, f'{name}: {code} «{topic}»')}</td></tr>")
    return ("<h2>Механизмы</h2><table><thead><tr><th>Код</th><th>Механизм</th><th>Мероприятий</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _calendar(data: ReportData, lists: MeasureLists, slug: str, name: str) -> str:
    """Per plan period: dated measures by month, the continuous and recurring ones counted apart."""
    plans = data.plans[data.plans["municipality"] == slug]
    parts = ["<h2>Календарь по периодам планов</h2><p>Мероприятия с конкретным сроком (дата или несколько "
             "месяцев) показаны по месяцам; постоянные, регулярные и мероприятия «по графику» не размывают "
             "месяцы и посчитаны отдельно.</p>"]
    spans = data.occurrences
    for start, end, group in calendar.periods(plans):
        keys = set(group["plan_key"])
        period = period_ru(start, end)
        numbers = ", ".join(str(n) for n in group["plan_number"].fillna("").tolist() if n)
        chosen = lists.once(lists.measures["plan_key"].isin(keys))
        parts.append(f'<h3 class="period">Период {escape(period)}'
                     f'{" · планы " + escape(numbers) if numbers else ""}</h3>')
        dated = chosen[chosen["timing"] == "dated"]
        cells = "".join(
            f"<tr><td>{calendar.month_name(month)}</td><td class='num'>"
            f"{lists.link(len(rows), rows, f'{name}, {period}: к сроку в {calendar.month_name(month)}')}"
            "</td></tr>" for month, rows in calendar.months(dated, spans))
        parts.append("<table class='calendar'><thead><tr><th>Месяц</th><th>Мероприятий к сроку</th></tr></thead>"
                     f"<tbody>{cells}</tbody></table>" if cells else "<p>Мероприятий с конкретным сроком нет.</p>")
        other = "".join(
            f"<li>{escape(text)}: {lists.link(len(rows), rows, f'{name}, {period}: {text}')}</li>"
            for kind, text in calendar.TIMINGS.items() if not (rows := chosen[chosen["timing"] == kind]).empty)
        parts.append(f"<ul>{other}</ul>")
    return "".join(parts)


def _attention(lists: MeasureLists, mine, name: str) -> str:
    chosen = lists.once(mine)
    counts: dict[str, int] = {}
    for warnings in chosen["warnings"]:
        for w in warnings if warnings is not None else []:
            counts[w] = counts.get(w, 0) + 1
    items = "".join(
        f"<li>{escape(label(w))}: "
        f"{lists.link(n, chosen[chosen['warnings'].map(lambda ws, w=w: _has(ws, w))], f'{name}: {label(w)}')}</li>"
        for w, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return ("<h2>Требуют внимания</h2><p>Мероприятия, в которых конвейер в чём-то не уверен; в списке — "
            f"приказ и место в файле, где проверить.</p><ul>{items or '<li>нет</li>'}</ul>")


def _document(data: ReportData, lists: MeasureLists, doc) -> str:
    name = document_name(doc)
    m = lists.measures
    in_doc = m["document_id"] == doc["document_id"]
    facts = [("Название", doc["title"]), ("Номер приказа", doc["order_number"]),
             ("Дата приказа", date_ru(doc["order_date"])), ("Кто издал", doc["issuer"]),
             ("Файл", doc["source_file"]), ("Формат", doc["format"]),
             ("Страниц", None if pd.isna(doc["pages"]) else int(doc["pages"]))]
    dl = "".join(f"<dt>{k}</dt><dd>{escape(str(v))}</dd>" for k, v in facts if v is not None and v == v and v != "")
    once, repeats = lists.once(in_doc), m[in_doc & m["repeat"]]
    lead = (f"<dl class='facts'>{dl}</dl><p class='lead'>Мероприятий: "
            f"{lists.link(len(once), once, f'{name}: мероприятия')}; повторяют более ранний документ: "
            f"{lists.link(len(repeats), repeats, f'{name}: повторы') if len(repeats) else '0'}.</p>")
    rows = []
    for _, p in data.plans[data.plans["document_id"] == doc["document_id"]].iterrows():
        chosen = m[m["plan_key"] == p["plan_key"]]
        plan_name = f"{name}, план {p['plan_number'] or p['plan_seq']}"
        rows.append(
            f"<tr><td>{escape(str(p['plan_number'] or ''))}</td><td>{escape(p['title'] or '')}</td>"
            f"<td>{escape(period_ru(p['period_start'], p['period_end']))}</td>"
            f"<td>{escape(str(p['topic_code'] or ''))} {escape(str(p['topic_name'] or ''))}</td>"
            f"<td class='num'>{lists.link(len(chosen), chosen, plan_name)}</td>"
            f"<td>{escape('; '.join(label(w) for w in (p['warnings'] if p['warnings'] is not None else [])))}</td>"
            "</tr>")
    plans = ("<h2>Планы</h2><table id='plans-table'><thead><tr><th>№</th><th>План</th><th>Период</th>"
             "<th>Механизм</th><th>Мероприятий</th><th>Предупреждения</th></tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>")
    muni = f'<p><a href="{municipality_href(doc["municipality"])}">{escape(str(doc["municipality_name"]))}</a></p>'
    return page(name, muni + lead + plans)
