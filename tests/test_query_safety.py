"""`roadmaps query` reads the dataset and nothing else, writes nothing, runs one statement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import RAW

from pipeline.cli import main
from pipeline.ingest import ingest_paths
from pipeline.query import QueryError, run_frame

pytestmark = pytest.mark.slow  # ingests a dataset to query


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("q'uoted")  # a quote in the path must not break the SQL
    raw = base / "raw"
    (raw / "bashmakovsky").mkdir(parents=True)
    shutil.copy(RAW / "bashmakovsky" / "bashmakovsky_msoko_roadmap.docx", raw / "bashmakovsky" / "m.docx")
    out = base / "out"
    ingest_paths([raw], out, show_progress=False)
    return out


def test_the_views_answer(data):
    assert run_frame("select count(*) as n from measures", data)["n"].iloc[0] == 93
    assert run_frame("select count(*) as n from measures_once", data)["n"].iloc[0] == 93


@pytest.mark.parametrize("sql", [
    "select * from read_csv('/etc/passwd')",
    "select * from read_text('/etc/hostname')",
    "select * from glob('/etc/*')",
])
def test_no_file_outside_the_dataset_is_read(data, sql):
    with pytest.raises(QueryError):
        run_frame(sql, data)


def test_nothing_is_written_not_even_inside_the_dataset(data, tmp_path):
    before = sorted(p.name for p in data.resolve().rglob("*"))
    inside = (data.resolve() / "measures" / "municipality=bashmakovsky" / "part-fake.parquet").as_posix()
    for sql in [f"COPY (select 1 as x) TO '{inside}'", f"COPY (select 1) TO '{tmp_path / 'x.csv'}'",
                f"ATTACH '{tmp_path / 'x.db'}'", "INSTALL httpfs", "LOAD httpfs",
                "EXPORT DATABASE '/tmp/exported'", "SET enable_external_access = true",
                "CREATE TABLE t AS SELECT 1"]:
        with pytest.raises(QueryError):
            run_frame(sql, data)
    assert sorted(p.name for p in data.resolve().rglob("*")) == before
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.db").exists()


def test_one_statement_only(data):
    with pytest.raises(QueryError, match="только один"):
        run_frame("select 1; select 2", data)


def test_pivot_from_the_readme_runs(data):
    frame = run_frame("PIVOT measures_by_topic ON topic_code USING sum(n_measures) GROUP BY municipality_name", data)
    assert len(frame) == 1


@pytest.mark.parametrize("sql, code", [("", 1), ("   ", 1), ("select nonsense from nowhere", 1),
                                       ("COPY (select 1) TO '/tmp/x.csv'", 1)])
def test_bad_queries_are_one_line(data, capsys, sql, code):
    assert main(["query", sql, "--data", str(data)]) == code
    err = capsys.readouterr().err.strip()
    assert err.startswith("roadmaps:") and "\n" not in err and "Traceback" not in err


def test_a_missing_dataset_is_one_line(tmp_path, capsys):
    assert main(["query", "select 1", "--data", str(tmp_path / "none")]) == 2
    assert main(["report", "--data", str(tmp_path / "none"), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("roadmaps:") for line in err)
