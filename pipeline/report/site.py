"""The HTML report for the ministry: an overview page linking to municipality, document and measure-list pages
(static HTML, inline SVG and CSS, no scripts, no network). Every number, in a table or drawn in a chart,
is a link to the list of the measures it counts."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

import pandas as pd

from normalizers.topic_names import TOPIC_NAMES
from pipeline.messages import language
from pipeline.messages import say as word
from pipeline.report import calendar, charts, ocr, pages
from pipeline.report.data import ReportData, load
from pipeline.report.labels import known, say
from pipeline.report.lists import MeasureLists
from pipeline.report.page import CSS, columns, document_href, document_name, municipality_href

TOP_WARNING_KINDS = 8
OTHER = "_other"  # the column of the warnings chart that gathers the rarer kinds



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
    failed = word("report.lead.failed", n=data.n_failed) if data.n_failed else ""
    every = lists.link(data.n_measures, lists.once(), word("report.lead.every"))
    repeats = lists.link(data.n_duplicates, lists.measures[lists.measures["repeat"]], word("report.lead.repeats"))
    names = _names(data)
    munis = ", ".join(f'<a href="{municipality_href(m)}">{escape(n)}</a>' for m, n in names.items())
    return '<p class="lead">' + word(
        "report.lead", n_munis=len(data.municipalities), munis=munis, n_docs=data.n_documents, failed=failed,
        n_measures=f'<span id="n-measures">{data.n_measures}</span>', every=every, repeats=repeats) + "</p>"


def _coverage(data: ReportData, lists: MeasureLists) -> str:
    names = _names(data)
    codes = [c for c in data.coverage.columns if c != "other" or data.coverage[c].any()]
    matrix = data.coverage[codes]
    rows = [names[m] for m in matrix.index]
    urls = [[lists.href(*_coverage_rows(lists, names, slug, code)) if v else None for code, v in row.items()]
            for slug, row in matrix.iterrows()]
    svg = charts.heatmap(matrix, rows, codes, "coverage", xlabel=word("report.coverage.axis"), urls=urls,
                         counts=lists.counts())
    head = "".join(f'<th title="{escape(TOPIC_NAMES[c])}">{escape(c)}</th>' for c in codes)
    body = []
    for slug, row in matrix.iterrows():
        cells = "".join(_coverage_cell(lists, names, slug, code, v) for code, v in row.items())
        body.append(f'<tr data-municipality="{escape(slug)}"><th><a href="{municipality_href(slug)}">'
                    f'{escape(names[slug])}</a></th>{cells}</tr>')
    legend = "".join(f"<dt>{escape(c)}</dt><dd>{escape(TOPIC_NAMES[c])}</dd>" for c in codes)
    return (
        f"<h2>{word('report.coverage.head')}</h2><p>{word('report.coverage.about')}</p>"
        + _figure("coverage", svg, word("report.coverage.caption"))
        + f'<table id="coverage-table"><thead><tr><th>{word("report.municipality")}</th>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table><dl class="legend">{legend}</dl>'
    )


def _coverage_rows(lists: MeasureLists, names: dict, slug: str, code: str) -> tuple[pd.DataFrame, str]:
    m = lists.measures
    rows = lists.once((m["municipality"] == slug) & (m["topic_code"] == code))
    return rows, word("report.coverage.list", name=names[slug], code=code, topic=TOPIC_NAMES.get(code, code))


def _coverage_cell(lists: MeasureLists, names: dict, slug: str, code: str, n) -> str:
    if not n:
        return '<td class="gap"></td>'
    rows, title = _coverage_rows(lists, names, slug, code)
    doubt = int(rows["warnings"].map(lambda w: w is not None and "topic_uncertain" in list(w)).sum())
    mark = (f'<sup class="doubt" title="{escape(word("report.coverage.doubt", n=doubt))}">?</sup>' if doubt else "")
    return f'<td class="num">{lists.link(n, rows, title)}{mark}</td>'


def _timeline(data: ReportData, lists: MeasureLists) -> str:
    head = f"<h2>{word('report.calendar.head')}</h2>"
    if data.by_month.empty:
        return head + _missing("timeline-missing", word("report.calendar.missing"))
    names = _names(data)
    absent = sorted(set(names) - set(data.by_month["municipality"]))
    note = (f"<p>{escape(word('report.calendar.none_read', names=', '.join(names[m] for m in absent)))}</p>"
            if absent else "")
    return head + f"<p>{word('report.calendar.about')}</p>" + calendar.overview(data, lists, names) + note


def _load(data: ReportData, lists: MeasureLists) -> str:
    head = f"<h2>{word('report.load.head')}</h2>"
    if not data.executors_normalised:
        return head + _missing("load-missing", word("report.load.missing"))
    names = _names(data)
    kinds = [k for k in known("executor_kinds") if k in set(data.executor_load["kind"])]
    kinds += sorted(set(data.executor_load["kind"]) - set(kinds))
    shares = (data.executor_load
              .pivot_table(index="municipality", columns="kind", values="share", aggfunc="sum")
              .reindex(index=list(names), columns=kinds).fillna(0))
    kind_labels = [say("executor_kinds", k) for k in kinds]
    urls = [[lists.href(_with_executors(data, lists, slug, kind=k), f"{names[slug]}: {say('executor_kinds', k)}")
             for k in kinds] for slug in shares.index]
    heat = charts.heatmap(shares, [names[m] for m in shares.index], kind_labels,
                          "load", fmt=lambda v: f"{v * 100:.0f}%", cmap="Oranges", urls=urls, counts=lists.counts())
    top = data.top_executors.sort_values(["municipality", "rank", "executor"])
    labels = [_short(e) for e in top["executor"]]
    groups = [names.get(m, m) for m in top["municipality"]]
    urls = [lists.href(_with_executors(data, lists, slug, executor=e), f"{names.get(slug, slug)}: {e}")
            for slug, e in zip(top["municipality"], top["executor"], strict=True)]
    bars = charts.horizontal_bars(labels, list(top["n_measures"]), groups, "top-executors",
                                  word("report.load.top_axis"), urls=urls, counts=lists.counts())
    return (head + f"<p>{word('report.load.about')}</p>" + _figure("load", heat, word("report.load.caption"))
            + f"<p>{word('report.load.top_about')}</p>"
            + _figure("top-executors", bars, word("report.load.top_caption")))


def _with_executors(data: ReportData, lists: MeasureLists, slug: str, kind: str | None = None,
                    executor: str | None = None) -> pd.DataFrame:
    """A municipality's measures (once) in which an executor of `kind`, or `executor` itself, takes part;
    kind "none": the measures nobody is named for."""
    m = lists.measures
    mine = m["municipality"] == slug
    if kind == "none":
        return lists.once(mine & m["executors"].map(lambda e: e is None or len(e) == 0))
    e = data.executors
    ids = set(e.loc[e["kind"] == kind if executor is None else e["executor"] == executor, "measure_id"])
    return lists.once(mine & m["measure_id"].isin(ids))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quality(data: ReportData, lists: MeasureLists) -> str:
    head = f"<h2>{word('report.quality.head')}</h2><p>{word('report.quality.about')}</p>"
    quality = data.quality
    parts = [head]
    read = quality[quality["n_measures"] > 0]
    doc_labels = [_short(f, 50) for f in read["source_file"]]
    if not read.empty:
        unknown = pd.DataFrame({
            "deadline": read["share_unknown_deadline"].to_numpy(),
            "executor": read["share_unknown_executor"].to_numpy(),
        })
        urls = pd.DataFrame({column: [lists.href(_unknown(lists, d, column),
                                                 f"{f}: {word(f'report.quality.unknown_{column}')}")
                                      for d, f in zip(read["document_id"], read["source_file"], strict=True)]
                             for column in unknown.columns})
        unknown.columns = urls.columns = [word(f"report.quality.unknown_{c}") for c in unknown.columns]
        parts.append(_figure("unknown", charts.grouped_shares(unknown, doc_labels, "unknown",
                                                              word("report.quality.share_axis"), urls, lists.counts()),
                             word("report.quality.unknown_caption")))
    by_kind = data.warnings.pivot_table(index="source_file", columns="warning", values="n_measures",
                                        aggfunc="sum")
    if not by_kind.empty:
        order = by_kind.sum().sort_values(ascending=False).index
        kept, rest = list(order[:TOP_WARNING_KINDS]), list(order[TOP_WARNING_KINDS:])
        shown = by_kind[kept].fillna(0)
        if rest:
            shown[OTHER] = by_kind[rest].fillna(0).sum(axis=1)
        shown = shown.reindex(read["source_file"]).fillna(0)
        urls = pd.DataFrame({c: [None if c == OTHER else  # several kinds: no one list has that many
                                 lists.href(_warned(lists, d, c), f"{f}: {say('warnings', c)}")
                                 for d, f in zip(read["document_id"], read["source_file"], strict=True)]
                             for c in shown.columns})
        shown.columns = urls.columns = [word("report.quality.other") if c == OTHER else say("warnings", c)
                                        for c in shown.columns]
        chart = charts.stacked_counts(shown, doc_labels, "warnings", word("report.quality.warnings_axis"), urls,
                                      lists.counts())
        parts.append(_figure("warnings", chart, word("report.quality.warnings_caption")))
    if not data.deadlines_normalised:
        parts.append(_missing("deadlines-missing", word("report.quality.deadlines_missing")))
    parts.append(_quality_table(data, lists))
    parts.append(ocr.section(data.ocr, data.documents, lists))
    return "".join(parts)


def _unknown(lists: MeasureLists, document_id: str, column: str) -> pd.DataFrame:
    """A document's measures whose deadline, or executor, was not recognised (as document_quality counts)."""
    m = lists.measures
    if column == "deadline":
        miss = m["deadline_kind"].isna() | (m["deadline_kind"] == "unknown")
    else:
        miss = m["executors"].map(lambda e: e is None or len(e) == 0) | m["warnings"].map(
            lambda ws: ws is not None and "unknown_executor" in list(ws))
    return lists.once((m["document_id"] == document_id) & miss)


def _warned(lists: MeasureLists, document_id: str, code: str) -> pd.DataFrame:
    m = lists.measures
    warned = m["warnings"].map(lambda ws: ws is not None and code in list(ws))
    return lists.once((m["document_id"] == document_id) & warned)


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
        measures = lists.link(doc["n_measures"], lists.once(in_doc), word("report.measures_of", name=name))
        repeats = lists.link(doc["n_duplicates"], m[in_doc & m["repeat"]], word("report.repeats_of", name=name))
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
    return (f'<table id="quality-table"><thead><tr>{columns("report.quality.columns")}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def render(data: ReportData, lists: MeasureLists) -> str:
    generated = datetime.now().strftime("%d.%m.%Y %H:%M")
    body = "".join([_summary(data, lists), _coverage(data, lists), _timeline(data, lists), _load(data, lists),
                    _quality(data, lists)])
    return (
        f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{word('report.title')}</title><style>{CSS}</style></head><body>"
        f"<h1>{word('report.title')}</h1>"
        f'<p class="lead">{word("report.generated", when=generated)}</p>{body}</body></html>'
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
