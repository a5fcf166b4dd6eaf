"""`roadmaps export`: XLSX and CSV that Excel opens as is, and a DuckDB file for BI tools."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline import export
from pipeline.cli import main
from pipeline.messages import set_language
from pipeline.query import connect

pytestmark = pytest.mark.slow  # every test here exports a whole ingested dataset


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture(scope="module")
def counts(corpus_dataset) -> dict[str, int]:
    con = connect(corpus_dataset)
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in export.exported_names()}


def test_xlsx_has_a_sheet_per_view_and_table_with_russian_headers(corpus_dataset, counts, tmp_path):
    path = tmp_path / "roadmaps.xlsx"
    assert main(["export", "xlsx", "--data", str(corpus_dataset), "--output", str(path)]) == 0
    book = load_workbook(path)
    assert book.sheetnames == ["contents", *export.exported_names()]
    sheet = book["measures_once"]
    head = [c.value for c in sheet[1]]
    assert {"Код мероприятия", "Мероприятие", "Исполнители", "Срок (как в документе)", "Файл"} <= set(head)
    assert not [h for h in head if h.isascii()], "every header is Russian"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(head)).column_letter}{counts['measures_once'] + 1}"
    for name, n in counts.items():
        assert book[name].max_row == n + 1, name
    column = head.index("Исполнители") + 1
    executors = [sheet.cell(row, column).value for row in range(2, sheet.max_row + 1)]
    assert [v for v in executors if v and "; " in v]
    assert not [v for v in executors if v and v.startswith("[")]
    assert [c.value for c in book["executors"][1]][:5] == [
        "Код мероприятия", "Код документа", "Порядок исполнителя", "Исполнитель (как в документе)", "Исполнитель"]


def test_csv_round_trips_through_pandas(corpus_dataset, counts, tmp_path):
    folder = tmp_path / "csv"
    assert main(["export", "csv", "--data", str(corpus_dataset), "--output", str(folder)]) == 0
    path = folder / "measures_once.csv"
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    assert len(frame) == counts["measures_once"]
    assert frame.columns[0] == "Код мероприятия"
    source = connect(corpus_dataset).execute("SELECT name FROM measures_once").fetchdf()
    assert frame["Мероприятие"].tolist() == source["name"].tolist()  # text survives, newlines and all
    by_topic = pd.read_csv(folder / "measures_by_topic.csv", sep=";", encoding="utf-8-sig")
    assert by_topic["Мероприятий"].sum() == counts["measures_once"]


def test_one_query_to_csv_with_column_names(corpus_dataset, tmp_path):
    path = tmp_path / "q.csv"
    sql = "SELECT municipality, count(*) AS n FROM measures_once GROUP BY 1 ORDER BY 1"
    assert main(["export", "csv", "--sql", sql, "--codes", "--data", str(corpus_dataset), "--output", str(path)]) == 0
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    assert list(frame.columns) == ["municipality", "n"] and len(frame) == 4


def test_duckdb_file_holds_every_view_over_the_parquet_files(corpus_dataset, counts, tmp_path):
    path = tmp_path / "roadmaps.duckdb"
    assert main(["export", "duckdb", "--data", str(corpus_dataset), "--output", str(path)]) == 0
    con = duckdb.connect(str(path), read_only=True)
    for name, n in counts.items():
        assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == n, name
    comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'measures_once' "
                          "AND column_name = 'name'").fetchone()[0]
    assert comment.startswith("Мероприятие")


def test_with_lang_en_the_headers_are_english(corpus_dataset, counts, tmp_path):
    path, folder = tmp_path / "roadmaps.xlsx", tmp_path / "csv"
    try:
        assert main(["--lang", "en", "export", "xlsx", "--data", str(corpus_dataset), "--output", str(path)]) == 0
        assert main(["--lang", "en", "export", "csv", "--data", str(corpus_dataset), "--output", str(folder)]) == 0
    finally:
        set_language("ru")
    book = load_workbook(path)
    assert [c.value for c in book["contents"][1]] == ["Sheet", "What it holds", "Rows"]
    head = [c.value for c in book["measures_once"][1]]
    assert {"Measure id", "Measure", "Source file"} <= set(head)
    assert not [h for h in head if any("а" <= ch <= "я" for ch in h.lower())], "no Russian header"
    frame = pd.read_csv(folder / "executors.csv", sep=";", encoding="utf-8-sig")
    assert list(frame.columns[:2]) == ["Measure id", "Document id"] and len(frame) == counts["executors"]
