"""`roadmaps query`: DuckDB over the dataset, read-only, with one view per table and the analysts' views.

The connection can read the files of one snapshot and nothing else (DuckDB's `allowed_directories`
with external access off, the configuration locked), and runs one statement that only reads (the
statement type comes from DuckDB's own parser, not from filtering the text).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from pipeline import schema
from pipeline.messages import say
from pipeline.views import ANALYST_VIEWS

BASE_TABLES = ("measures", "executors", "occurrences")
READING_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN,
                      duckdb.StatementType.MULTI}  # MULTI: PIVOT, which DuckDB runs as a prepared pair


class QueryError(Exception):
    """A query that is refused or fails; the message is for a person."""


def _duck_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    return {"string": "VARCHAR", "int32": "INTEGER", "int8": "TINYINT", "bool": "BOOLEAN",
            "date32[day]": "DATE", "float": "FLOAT"}.get(str(t), "VARCHAR")


def _literal(path: Path) -> str:
    return "'" + path.as_posix().replace("'", "''") + "'"


def _empty_view(name: str) -> str:
    cols = ", ".join(f"CAST(NULL AS {_duck_type(f.type)}) AS {f.name}" for f in schema.PARTITIONED[name])
    return f"CREATE VIEW {name} AS SELECT {cols} WHERE false"


def connect(data: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB that sees the dataset's tables and views and can touch no other file."""
    snapshot = Path(data).resolve()
    if not (snapshot / "documents.parquet").is_file():
        raise FileNotFoundError(say("query.no_dataset", data=data))
    con = duckdb.connect()
    con.execute("SET allowed_directories = ?", [[snapshot.as_posix() + "/"]])
    for setting in ("autoinstall_known_extensions", "autoload_known_extensions", "enable_external_access"):
        con.execute(f"SET {setting} = false")
    con.execute("SET lock_configuration = true")
    for name in BASE_TABLES:
        if any((snapshot / name).glob("*/*.parquet")):
            files = _literal(snapshot / name / "*" / "*.parquet")
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({files}, hive_partitioning=true)")
        else:
            con.execute(_empty_view(name))
    for name in ("plans", "documents"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_literal(snapshot / (name + '.parquet'))})")
    for name, sql in ANALYST_VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")
    return con


def checked_statement(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The one reading statement in `sql`, or QueryError saying why it is refused."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(say("query.syntax", error=_first_line(e))) from None
    if not statements:
        raise QueryError(say("query.empty"))
    if len(statements) > 1:
        raise QueryError(say("query.many", n=len(statements)))
    if statements[0].type not in READING_STATEMENTS:
        raise QueryError(say("query.read_only", kind=statements[0].type.name))
    return sql


def frame_of(relation) -> pd.DataFrame:
    """A DuckDB result as a pandas frame. DuckDB itself calls pandas' deprecated `drop(inplace=...)` when it
    converts a time-zone column (documents.ingested_at); that warning is about DuckDB's code, not the
    user's query, so it is not shown to them."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The inplace keyword", category=DeprecationWarning)
        return relation.fetchdf()


def run_frame(sql: str, data: Path):
    """The query's result as a pandas frame; QueryError for a refused or failing query."""
    con = connect(data)
    try:
        return frame_of(con.execute(checked_statement(con, sql)))
    except duckdb.Error as e:
        raise QueryError(say("query.failed", error=_first_line(e))) from None


def fetch_result(sql: str, data: Path):
    """The query's result as DuckDB's Python values (pipeline.present.Result); QueryError when refused."""
    from pipeline import present

    con = connect(data)
    try:
        return present.fetch(con, checked_statement(con, sql))
    except duckdb.Error as e:
        raise QueryError(say("query.failed", error=_first_line(e))) from None


def run_query(sql: str, data: Path, max_rows: int = 100, fmt: str = "table", width: int | None = None) -> str:
    """The result of `sql` over the dataset, rendered by pipeline.present (table, csv, json, markdown)."""
    from pipeline import present

    return present.render(fetch_result(sql, data), fmt, max_rows, width)


def write_query(sql: str, data: Path, output: Path, fmt: str = "table", max_rows: int = 100) -> int:
    """Write the rendered result to `output` (CSV with a BOM, so Excel reads it as UTF-8); return the rows
    written (a table holds the first `max_rows`, the other formats every row)."""
    from pipeline import present

    result = fetch_result(sql, data)
    shown = min(max_rows, result.total) if fmt == "table" else result.total
    body = present.render(result, fmt, shown, width=10_000)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(body + ("" if body.endswith("\n") else "\n"), encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                      newline="")
    return shown


SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown"}


def format_for(output: Path | None, asked: str | None) -> str:
    """The format asked for, else the one the output file's suffix names (x.csv is CSV), else a table."""
    if asked:
        return asked
    return SUFFIX_FORMATS.get(output.suffix.lower(), "table") if output is not None else "table"


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
