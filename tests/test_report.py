"""The comparison report and the analysts' views, on the dataset ingested from the corpus.

The page is opened in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) with the
network cut off: it must draw every chart from what is inside the file.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.query import connect
from pipeline.report import build_report
from pipeline.views import ANALYST_VIEWS

pytestmark = pytest.mark.slow  # ingests the corpus and drives Chromium

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MUNICIPALITIES = {"sarov", "smirnykhovsky", "bashmakovsky", "timashevsky"}


@pytest.fixture(scope="module")
def report_path(corpus_dataset, tmp_path_factory) -> Path:
    return build_report(corpus_dataset, tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def browser_page(report_path):
    """The report opened in Chromium; every console message, page error and network request recorded."""
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} missing: run `make test` (it installs it) or "
                    "scripts/install-system-deps.sh chromium", pytrace=False)
    events = {"console": [], "errors": [], "requests": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = _open(browser.new_context(viewport={"width": 1200, "height": 900}), report_path.as_uri(), events)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        yield page, events
        browser.close()


def test_page_loads_without_console_errors_or_network(browser_page):
    page, events = browser_page
    assert [m for m in events["console"] if m[0] in ("error", "warning")] == []
    assert events["errors"] == []
    assert events["requests"] == []
    assert page.title() == "Дорожные карты муниципалитетов: сравнение"
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000


def test_every_chart_is_drawn(browser_page):
    page, _ = browser_page
    charts = page.locator("figure.chart")
    assert charts.count() >= 3
    for i in range(charts.count()):
        chart = charts.nth(i)
        svg = chart.locator("svg")
        assert svg.count() == 1, chart.get_attribute("id")
        box = svg.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100, chart.get_attribute("id")
        assert svg.locator("path").count() > 20, chart.get_attribute("id")  # axes, bars, glyphs


def test_each_section_shows_a_chart_or_says_what_is_missing(browser_page):
    page, _ = browser_page
    assert page.locator("#chart-coverage").count() == 1
    calendars = page.locator("figure[id^='chart-calendar-']").count()
    assert (calendars >= 1) + page.locator("#timeline-missing").count() == 1
    assert page.locator("h3.period").count() >= calendars  # one calendar per plan period with dated measures
    assert page.locator("#chart-load").count() + page.locator("#load-missing").count() == 1
    assert page.locator("#chart-load").count() == page.locator("#chart-top-executors").count()
    assert page.locator("#quality-table").count() == 1


def test_coverage_matrix_has_the_four_municipalities(browser_page):
    page, _ = browser_page
    rows = page.locator("#coverage-table tbody tr")
    slugs = {rows.nth(i).get_attribute("data-municipality") for i in range(rows.count())}
    assert slugs == MUNICIPALITIES
    for i in range(rows.count()):
        assert rows.nth(i).locator("td.num").count() >= 1  # every municipality plans something


def test_coverage_counts_each_measure_once(browser_page, corpus_dataset):
    page, _ = browser_page
    shown = sum(int(t) for t in page.locator("#coverage-table td.num a.n").all_inner_texts())
    con = connect(corpus_dataset)
    once = con.execute("SELECT count(*) FROM measures WHERE duplicate_of IS NULL").fetchone()[0]
    assert shown == once > 0


def test_quality_table_lists_every_document(browser_page, corpus_dataset):
    page, _ = browser_page
    con = connect(corpus_dataset)
    files = {r[0] for r in con.execute("SELECT source_file FROM documents").fetchall()}
    listed = set(page.locator("#quality-table tbody tr td:first-child").all_inner_texts())
    assert listed == files


def test_analyst_views_run_and_agree_with_the_measures(corpus_dataset):
    con = connect(corpus_dataset)
    for name in ANALYST_VIEWS:
        con.execute(f"SELECT * FROM {name}").fetchall()
    once = con.execute("SELECT count(*) FROM measures WHERE duplicate_of IS NULL").fetchone()[0]
    assert con.execute("SELECT sum(n_measures) FROM measures_by_topic").fetchone()[0] == once
    per_doc = con.execute("SELECT sum(n_measures) FROM document_quality").fetchone()[0]
    assert per_doc == once
    shares = con.execute("SELECT min(share), max(share) FROM executor_load").fetchone()
    assert shares[0] is not None and 0 < shares[0] <= shares[1] <= 1  # the corpus has executors
    busiest, n_months = con.execute("SELECT max(n_measures), count(DISTINCT month) FROM measures_by_month").fetchone()
    assert n_months >= 12 and 0 < busiest <= once  # the corpus has deadlines over more than a year


def _without_rows(dataset: Path, table: str) -> None:
    for part in (dataset / table).glob("*/*.parquet"):
        pq.write_table(pq.read_table(part).slice(0, 0), part)


def test_report_says_what_is_missing_without_deadlines_and_executors(corpus_dataset, tmp_path):
    dataset = tmp_path / "dataset"
    shutil.copytree(corpus_dataset, dataset)
    _without_rows(dataset, "occurrences")
    _without_rows(dataset, "executors")
    assert duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{dataset}/occurrences/**/*.parquet', hive_partitioning=true)"
    ).fetchone()[0] == 0
    html = build_report(dataset, tmp_path / "report").read_text(encoding="utf-8")
    assert 'id="timeline-missing"' in html and 'id="chart-calendar-' not in html
    assert 'id="load-missing"' in html and 'id="chart-load"' not in html
    assert 'id="chart-coverage"' in html
    assert html.count('data-municipality="') == len(MUNICIPALITIES)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing to fetch


def _open(context, url: str, events: dict):
    page = context.new_page()
    page.on("console", lambda msg: events["console"].append((msg.type, msg.text)))
    page.on("pageerror", lambda exc: events["errors"].append(str(exc)))

    def block_network(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            events["requests"].append(route.request.url)
            route.abort()

    page.route("**/*", block_network)
    page.goto(url, wait_until="load")
    return page


def test_a_click_in_the_coverage_matrix_reaches_a_list_of_that_many_measures(browser_page, report_path):
    events = {"console": [], "errors": [], "requests": []}
    context = browser_page[0].context.browser.new_context(viewport={"width": 1200, "height": 900})
    with context:  # a page of its own in the browser the other tests use (one Playwright per module)
        page = _open(context, report_path.as_uri(), events)
        links = page.locator("#coverage-table a.n")
        n_links = links.count()
        assert n_links == page.locator("#coverage-table td.num").count()
        for i in sorted({0, n_links // 2, n_links - 1}):  # the first, a middle and the last number
            link = page.locator("#coverage-table a.n").nth(i)
            clicked = int(link.inner_text())
            link.click()
            page.wait_for_load_state("load")
            assert page.url.split("/")[-1].startswith("list-")
            assert page.locator("tr.measure").count() == clicked == int(page.locator("#list-count").inner_text())
            page.go_back()
            page.wait_for_load_state("load")
        municipality = page.locator("#coverage-table tbody th a").first
        municipality.click()
        page.wait_for_load_state("load")
        assert page.locator("h3.period").count() >= 1  # the calendar, per plan period
        page.locator("a[href^='document-']").first.click()
        page.wait_for_load_state("load")
        assert page.locator("#plans-table tbody tr").count() >= 1
    assert [m for m in events["console"] if m[0] in ("error", "warning")] == []
    assert events["errors"] == [] and events["requests"] == []


def test_every_number_that_links_lists_exactly_that_many_measures(report_path):
    """All pages, every linked number: the list it opens is as long as the number says."""
    folder = report_path.parent
    pages = sorted(folder.glob("*.html"))
    assert {p.name.split("-")[0] for p in pages} >= {"index.html", "municipality", "document", "list"}
    lengths = {p.name: p.read_text(encoding="utf-8").count('<tr class="measure"') for p in folder.glob("list-*.html")}
    checked = drawn = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for href, count, text in re.findall(r'<a class="n" href="([^"]+)" data-count="(\d+)"[^>]*>(\d+)</a>', html):
            assert int(count) == int(text) == lengths[href], (path.name, href)
            checked += 1
        # a number drawn in a chart: matplotlib writes its text as a comment inside the link
        in_charts = re.findall(r'<a xlink:href="([^"]+)" class="n" data-count="(\d+)">\s*<!-- ([^>]*) -->', html)
        for href, count, text in in_charts:
            assert int(count) == lengths[href], (path.name, href)
            assert text.strip().endswith("%") or int(text) == int(count), (path.name, href, text)
        assert html.count("<a xlink:href=") == len(in_charts), path.name  # no chart link escapes the check
        drawn += len(in_charts)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), path.name
        assert "<script" not in html, path.name
    assert checked > 100 and drawn > 100


def test_a_click_on_a_number_drawn_in_a_chart_reaches_a_list_of_that_many_measures(browser_page, report_path):
    events = {"console": [], "errors": [], "requests": []}
    context = browser_page[0].context.browser.new_context(viewport={"width": 1200, "height": 900})
    with context:
        page = _open(context, report_path.as_uri(), events)
        for chart in ("#chart-coverage", "#chart-calendar-1", "#chart-top-executors"):
            links = page.locator(f"{chart} svg a.n")
            assert links.count() >= 3, chart
            for i in sorted({0, links.count() // 2, links.count() - 1}):
                link = page.locator(f"{chart} svg a.n").nth(i)
                drawn = int(re.search(r"<!--\s*(\d+)\s*-->", link.inner_html())[1])  # the number as drawn
                link.click()
                page.wait_for_load_state("load")
                assert page.url.split("/")[-1].startswith("list-"), chart
                assert page.locator("tr.measure").count() == drawn == int(page.locator("#list-count").inner_text())
                page.go_back()
                page.wait_for_load_state("load")
    assert [m for m in events["console"] if m[0] in ("error", "warning")] == []
    assert events["errors"] == [] and events["requests"] == []


def test_document_pages_name_the_order_and_its_plan_periods(report_path, corpus_dataset):
    con = connect(corpus_dataset)
    number, date, document_id = con.execute(
        "SELECT order_number, order_date, document_id FROM documents WHERE order_number = '158'").fetchone()
    html = (report_path.parent / f"document-{document_id[:16]}.html").read_text(encoding="utf-8")
    assert f"Приказ № 158 от {date:%d.%m.%Y}" in html
    periods = con.execute("SELECT DISTINCT period_start FROM plans WHERE document_id = ?", [document_id]).fetchall()
    assert all(f"{start:%d.%m.%Y} –" in html for (start,) in periods)
    index = report_path.read_text(encoding="utf-8")
    assert f'href="document-{document_id[:16]}.html"' in index


def test_with_lang_en_the_report_speaks_english(corpus_dataset, tmp_path):
    from pipeline.messages import set_language

    set_language("en")
    try:
        index = build_report(corpus_dataset, tmp_path / "report")
    finally:
        set_language("ru")
    html = index.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "<h1>Municipal roadmaps compared</h1>" in html
    heads = re.findall(r"<th>([^<]*)</th>", html.split('id="quality-table"')[1].split("</thead>")[0])
    assert heads[:3] == ["Document", "Status", "Measures"] and all(h.isascii() for h in heads)
    assert "Calendar by plan period" in html and "Who carries the load" in html
    some_list = next((tmp_path / "report").glob("list-*.html")).read_text(encoding="utf-8")
    assert "Measures in the list:" in some_list and "<th>Where to look</th>" in some_list
    muni = (tmp_path / "report" / "municipality-sarov.html").read_text(encoding="utf-8")
    assert "Need attention" in muni and "Period " in muni
