"""The HTML report for the ministry: an overview page linking to municipality, document and measure-list pages
(static HTML, inline SVG and CSS, no scripts, no network)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

import pandas as pd

from normalizers.topic_names import TOPIC_NAMES
from pipeline.report import charts, ocr, pages
from pipeline.report.data import ReportData, load
from pipeline.report.labels import known, say
from pipeline.report.lists import MeasureLists
from pipeline.report.page import CSS, document_href, document_name, municipality_href

TOP_WARNING_KINDS = 8



def _figure(chart_id: str, svg: str, caption: str) -> str:
    caption = f"<figcaption>{escape(caption)}</figcaption>"
    return f'<figure class="chart" id="chart-{chart_id}">{svg}{caption}</figure>'


def _missing(block_id: str, text: str) -> str:
    return f'<p class="missing" id="{block_id}">{escape(text)}</p>'


def _percent(share) -> str:
    return "—" if share is None or pd.isna(share) else f"{share * 100:.0f} %"


def _names(data: ReportData) -> dict[str, str]:
    frame = data.municipalities
    return dict(zip(frame["municipality"], frame["municipality_name"], strict=True))


def _summary(data: ReportData, lists: MeasureLists) -> str:
    failed = f", из них не прочитано: {data.n_failed}" if data.n_failed else ""
    every = lists.link(data.n_measures, lists.once(), "Все мероприятия (каждое один раз)")
    repeats = lists.link(data.n_duplicates, lists.measures[lists.measures["repeat"]],
                         "Строки, повторяющие мероприятия более раннего документа")
    names = _names(data)
    munis = ", ".join(f'<a href="{municipality_href(m)}">{escape(n)}</a>' for m, n in names.items())
    return (
        f'<p class="lead">Муниципалитетов: {len(data.municipalities)} ({munis}). '
        f"Документов: {data.n_documents}{failed}. "
        f'Мероприятий: <span id="n-measures">{data.n_measures}</span> ({every}). '
        "Мероприятия, повторяющие мероприятия более раннего документа того же муниципалитета, "
        f"учтены один раз (повторов исключено: {repeats}). Каждое число в таблицах — ссылка на список "
        "мероприятий за ним.</p>"
    )


def _coverage(data: ReportData, lists: MeasureLists) -> str:
    names = _names(data)
    codes = [c for c in data.coverage.columns if c != "other" or data.coverage[c].any()]
    matrix = data.coverage[codes]
    rows = [names[m] for m in matrix.index]
    svg = charts.heatmap(matrix, rows, codes, "coverage", xlabel="Механизм (код)")
    head = "".join(f'<th title="{escape(TOPIC_NAMES[c])}">{escape(c)}</th>' for c in codes)
    body = []
    for slug, row in matrix.iterrows():
        cells = "".join(_coverage_cell(lists, names, slug, code, v) for code, v in row.items())
        body.append(f'<tr data-municipality="{escape(slug)}"><th><a href="{municipality_href(slug)}">'
                    f'{escape(names[slug])}</a></th>{cells}</tr>')
    legend = "".join(f"<dt>{escape(c)}</dt><dd>{escape(TOPIC_NAMES[c])}</dd>" for c in codes)
    return (
        "<h2>Покрытие механизмов управления качеством</h2>"
        "<p>Сколько мероприятий каждый муниципалитет планирует по каждому механизму. "
        "Пустая клетка — механизм в планах муниципалитета не представлен. Знак <sup class=\"doubt\">?</sup> — "
        "часть мероприятий отнесена к механизму неуверенно (их число во всплывающей подсказке).</p>"
        + _figure("coverage", svg, "Число мероприятий: муниципалитет × механизм")
        + f'<table id="coverage-table"><thead><tr><th>Муниципалитет</th>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table><dl class="legend">{legend}</dl>'
    )


def _coverage_cell(lists: MeasureLists, names: dict, slug: str, code: str, n) -> str:
    if not n:
        return '<td class="gap"></td>'
    m = lists.measures
    rows = lists.once((m["municipality"] == slug) & (m["topic_code"] == code))
    title = f"{names[slug]}: мероприятия по механизму {code} «{TOPIC_NAMES.get(code, code)}»"
    doubt = int(rows["warnings"].map(lambda w: w is not None and "topic_uncertain" in list(w)).sum())
    mark = (f'<sup class="doubt" title="механизм определён неуверенно: {doubt}">?</sup>' if doubt else "")
    return f'<td class="num">{lists.link(n, rows, title)}{mark}</td>'


def _timeline(data: ReportData) -> str:
    head = "<h2>Распределение работы по месяцам</h2>"
    if data.by_month.empty:
        return head + _missing(
            "timeline-missing",
            "Сроки мероприятий ещё не нормализованы (таблица occurrences пуста), поэтому график по месяцам "
            "построить нельзя. Он появится после следующего запуска ingest с разбором сроков.")
    names = _names(data)
    absent = sorted(set(names) - set(data.by_month["municipality"]))
    note = ("<p>Нет ни одного распознанного срока: " + escape(", ".join(names[m] for m in absent)) + ".</p>"
            if absent else "")
    svg = charts.timeline(data.by_month, names, "timeline")
    return (head + "<p>Сколько мероприятий находится в работе в каждом месяце: мероприятие учитывается "
            "во всех месяцах, которых касается его срок (постоянные и ежегодные — в каждом месяце "
            "периода).</p>"
            + _figure("timeline", svg, "Мероприятий в работе по месяцам") + note)


def _load(data: ReportData) -> str:
    head = "<h2>Кто несёт нагрузку</h2>"
    if not data.executors_normalised:
        return head + _missing(
            "load-missing",
            "Исполнители ещё не нормализованы (таблица executors пуста), поэтому распределение нагрузки "
            "показать нельзя. Исходный текст граф исполнителей сохранён в столбце executors_raw.")
    names = _names(data)
    kinds = [k for k in known("executor_kinds") if k in set(data.executor_load["kind"])]
    kinds += sorted(set(data.executor_load["kind"]) - set(kinds))
    shares = (data.executor_load
              .pivot_table(index="municipality", columns="kind", values="share", aggfunc="sum")
              .reindex(index=list(names), columns=kinds).fillna(0))
    kind_labels = [say("executor_kinds", k) for k in kinds]
    heat = charts.heatmap(shares, [names[m] for m in shares.index], kind_labels,
                          "load", fmt=lambda v: f"{v * 100:.0f}%", cmap="Oranges")
    top = data.top_executors.sort_values(["municipality", "rank", "executor"])
    labels = [_short(e) for e in top["executor"]]
    groups = [names.get(m, m) for m in top["municipality"]]
    bars = charts.horizontal_bars(labels, list(top["n_measures"]), groups,
                                  "top-executors", "Число мероприятий с участием исполнителя")
    return (head + "<p>Доля мероприятий муниципалитета, в которых участвуют исполнители каждого вида "
            "(у мероприятия бывает несколько исполнителей, поэтому сумма по строке может превышать "
            "100 %).</p>"
            + _figure("load", heat, "Доля мероприятий по видам исполнителей")
            + "<p>Пять исполнителей с наибольшим числом мероприятий в каждом муниципалитете.</p>"
            + _figure("top-executors", bars, "Главные исполнители"))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quality(data: ReportData, lists: MeasureLists) -> str:
    head = ("<h2>Качество разбора документов</h2><p>Сколько мероприятий извлечено из каждого документа, "
            "в чём конвейер не уверен и какая доля сроков и исполнителей осталась нераспознанной. "
            "Повторы мероприятий более ранних документов в счёт не идут и показаны отдельно.</p>")
    quality = data.quality
    parts = [head]
    read = quality[quality["n_measures"] > 0]
    doc_labels = [_short(f, 50) for f in read["source_file"]]
    if not read.empty:
        unknown = pd.DataFrame({
            "Срок не распознан": read["share_unknown_deadline"].to_numpy(),
            "Исполнитель не распознан": read["share_unknown_executor"].to_numpy(),
        })
        parts.append(_figure("unknown", charts.grouped_shares(unknown, doc_labels, "unknown"),
                             "Доля мероприятий с нераспознанным сроком или исполнителем"))
    by_kind = data.warnings.pivot_table(index="source_file", columns="warning", values="n_measures",
                                        aggfunc="sum")
    if not by_kind.empty:
        order = by_kind.sum().sort_values(ascending=False).index
        kept, rest = list(order[:TOP_WARNING_KINDS]), list(order[TOP_WARNING_KINDS:])
        shown = by_kind[kept].fillna(0)
        if rest:
            shown["прочие"] = by_kind[rest].fillna(0).sum(axis=1)
        shown = shown.reindex(read["source_file"]).fillna(0)
        shown.columns = [say("warnings", c) for c in shown.columns]
        parts.append(_figure("warnings", charts.stacked_counts(shown, doc_labels, "warnings",
                                                               "Число предупреждений"),
                             "Предупреждения по видам в каждом документе"))
    if not data.deadlines_normalised:
        parts.append(_missing("deadlines-missing", "Сроки ещё не нормализованы: доля нераспознанных сроков "
                                                   "равна 100 % до появления разбора сроков."))
    parts.append(_quality_table(data, lists))
    parts.append(ocr.section(data.ocr, data.documents, lists))
    return "".join(parts)


def _quality_table(data: ReportData, lists: MeasureLists) -> str:
    warnings = data.warnings.sort_values("n_measures", ascending=False).groupby("source_file")
    docs = {d["document_id"]: d for _, d in data.documents.iterrows()}
    m = lists.measures
    rows = []
    for _, doc in data.quality.iterrows():
        top = (warnings.get_group(doc["source_file"]).head(4) if doc["source_file"] in warnings.groups
               else pd.DataFrame(columns=["warning", "n_measures"]))
        in_doc = m["document_id"] == doc["document_id"]
        name = document_name(docs[doc["document_id"]]) if doc["document_id"] in docs else doc["source_file"]
        listed = "; ".join(
            f"{escape(say('warnings', w))}: "
            + lists.link(n, lists.once(in_doc & m["warnings"].map(lambda ws, w=w: ws is not None and w in list(ws))),
                         f"{name}: {say('warnings', w)}")
            for w, n in zip(top["warning"], top["n_measures"], strict=True))
        measures = lists.link(doc["n_measures"], lists.once(in_doc), f"{name}: мероприятия")
        repeats = lists.link(doc["n_duplicates"], m[in_doc & m["repeat"]], f"{name}: повторы более раннего документа")
        status = f"{say('document_status', doc['status'])} ({doc['format']})"
        if doc["status"] != "ok" and isinstance(doc["error"], str):
            status += f": {doc['error']}"
        file_cell = (f'<a href="{document_href(doc["document_id"])}">{escape(str(doc["source_file"]))}</a>'
                     if doc["status"] == "ok" else escape(str(doc["source_file"])))
        rows.append(
            f"<tr><td>{file_cell}</td>"
            f"<td>{escape(status)}</td><td class='num'>{measures}</td>"
            f"<td class='num'>{repeats}</td>"
            f"<td class='num'>{int(doc['n_warnings'])}</td><td class='top'>{listed}</td>"
            f"<td class='num'>{_percent(doc['share_unknown_deadline'])}</td>"
            f"<td class='num'>{_percent(doc['share_unknown_executor'])}</td></tr>")
    return ('<table id="quality-table"><thead><tr><th>Документ</th><th>Статус</th>'
            "<th>Мероприятий</th><th>Повторов</th><th>Предупреждений</th><th>Чаще всего</th><th>Срок не распознан</th>"
            f"<th>Исполнитель не распознан</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def render(data: ReportData, lists: MeasureLists) -> str:
    generated = datetime.now().strftime("%d.%m.%Y %H:%M")
    body = "".join([_summary(data, lists), _coverage(data, lists), _timeline(data), _load(data),
                    _quality(data, lists)])
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Дорожные карты муниципалитетов: сравнение</title><style>{CSS}</style></head><body>"
        "<h1>Дорожные карты муниципалитетов: сравнение</h1>"
        f'<p class="lead">Отчёт сформирован {generated} по набору данных roadmaps.</p>{body}</body></html>'
    )


def build_report(data_dir: Path, out_dir: Path) -> Path:
    """Read the dataset under `data_dir` and write `out_dir/index.html`; return its path."""
    data = load(Path(data_dir))
    lists = MeasureLists(data.measures, data.documents)
    html = render(data, lists)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in pages.municipality_and_document_pages(data, lists).items():
        (out_dir / name).write_text(text, encoding="utf-8")
    lists.write(out_dir)
    path = out_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
