"""`roadmaps query` output: readable tables, CSV/JSON/Markdown, files; bad arguments in one line."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline import present
from pipeline.cli import main
from pipeline.messages import set_language

SAMPLE = """
    SELECT * FROM (VALUES
        (1, 'Короткое', NULL, [ 'ОО', 'МКУ ИМЦ' ], DATE '2021-09-01', 22::BIGINT, 0.25),
        (2, 'Очень длинное название мероприятия, ' || repeat('слово ', 40) || E'\nс переводом строки',
         'итог', [], NULL, NULL, NULL)
    ) t(n, name, result, executors, start_date, cnt, share)
"""


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")
    yield
    set_language("ru")


def sample() -> present.Result:
    return present.fetch(duckdb.connect(), SAMPLE)


def test_table_cuts_long_text_and_shows_empty_as_empty():
    out = present.table(sample(), width=100)
    lines = out.splitlines()
    assert all(len(line) <= 100 for line in lines)
    assert "…" in lines[3] and "\\n" not in out and "\n с переводом" not in out
    for bad in ("None", "NaN", "NaT", "nan", "22.0", "[]"):
        assert bad not in out, bad
    assert "ОО; МКУ ИМЦ" in lines[2] and " 22 " in lines[2] + " " and "0.25" in lines[2]
    assert lines[-1] == "2 строки"


def test_table_says_first_n_of_m():
    result = present.fetch(duckdb.connect(), "SELECT range AS i FROM range(754)")
    out = present.table(result, max_rows=100)
    assert out.splitlines()[-1] == "первые 100 из 754 строк"
    assert len(out.splitlines()) == 2 + 100 + 1
    set_language("en")
    assert present.table(result, max_rows=5).splitlines()[-1] == "first 5 of 754 rows"


def test_csv_json_markdown_keep_every_row_and_value():
    result = sample()
    csv_text = present.to_csv(result)
    assert csv_text.splitlines()[0] == "n;name;result;executors;start_date;cnt;share"
    assert "ОО; МКУ ИМЦ" in csv_text and "22" in csv_text and "22.0" not in csv_text
    records = json.loads(present.to_json(result))
    assert records[0] == {"n": 1, "name": "Короткое", "result": None, "executors": ["ОО", "МКУ ИМЦ"],
                          "start_date": "2021-09-01", "cnt": 22, "share": 0.25}
    assert records[1]["name"].endswith("с переводом строки")
    md = present.to_markdown(result).splitlines()
    assert md[0].startswith("| n | name |") and md[1].startswith("|---:|---|") and len(md) == 4


@pytest.mark.slow
def test_query_writes_csv_that_excel_and_pandas_read(corpus_dataset, tmp_path, capsys):
    out = tmp_path / "q.csv"
    sql = "SELECT measure_id, name, executors, page_start FROM measures_once"
    assert main(["query", sql, "--data", str(corpus_dataset), "--format", "csv", "--output", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, sep=";", encoding="utf-8-sig")
    n = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{corpus_dataset}/measures/*/*.parquet') WHERE duplicate_of IS NULL"
    ).fetchone()[0]
    assert len(frame) == n and list(frame.columns) == ["measure_id", "name", "executors", "page_start"]
    assert f"строк {n}" in capsys.readouterr().out


@pytest.mark.slow
def test_query_json_to_stdout(corpus_dataset, capsys):
    sql = "SELECT municipality, count(*) AS n FROM measures_once GROUP BY 1 ORDER BY 1"
    assert main(["query", sql, "--data", str(corpus_dataset), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["municipality"] for r in records] == ["bashmakovsky", "sarov", "smirnykhovsky", "timashevsky"]
    assert all(isinstance(r["n"], int) for r in records)


@pytest.mark.parametrize("argv", [
    ["query"],
    ["query", "SELECT 1", "--format", "xlsx"],
    ["query", "SELECT 1", "--max-rows", "-3"],
    ["query", "SELECT 1", "--data", "/nonexistent/dataset"],
    ["report", "--data", "/nonexistent/dataset"],
    ["frobnicate"],
])
def test_a_bad_argument_is_one_line_without_traceback(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and "Traceback" not in err and err.startswith("roadmaps")


def test_help_is_russian_by_default_and_english_with_lang_en(capsys):
    for argv, words in ((["query", "--help"], ("использование:", "показать эту справку", "вид результата")),
                        (["--lang", "en", "query", "--help"], ("usage:", "show this help", "output format"))):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert all(w in out for w in words), out


def test_the_output_suffix_chooses_the_format_unless_one_is_asked():
    from pipeline.query import format_for

    assert format_for(Path("a/q.csv"), None) == "csv" and format_for(Path("q.JSON"), None) == "json"
    assert format_for(Path("q.md"), None) == "markdown" and format_for(Path("q.txt"), None) == "table"
    assert format_for(Path("q.csv"), "markdown") == "markdown" and format_for(None, None) == "table"


@pytest.mark.slow
def test_query_output_to_a_csv_file_is_csv_and_a_table_file_says_how_many_rows_it_holds(corpus_dataset, tmp_path,
                                                                                        capsys):
    sql = "SELECT measure_id, name FROM measures_once"
    assert main(["query", sql, "--data", str(corpus_dataset), "--output", str(tmp_path / "q.csv")]) == 0
    frame = pd.read_csv(tmp_path / "q.csv", sep=";", encoding="utf-8-sig")
    assert list(frame.columns) == ["measure_id", "name"] and len(frame) > 100
    assert f"строк {len(frame)}" in capsys.readouterr().out
    assert main(["query", sql, "--data", str(corpus_dataset), "--output", str(tmp_path / "q.txt"),
                 "--max-rows", "7"]) == 0
    assert "строк 7" in capsys.readouterr().out
    assert f"первые 7 из {len(frame)} строк" in (tmp_path / "q.txt").read_text(encoding="utf-8")
