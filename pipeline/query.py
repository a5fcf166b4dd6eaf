"""`roadmaps query`: DuckDB over the dataset, with one view per table and the analysts' views."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline import schema

BASE_TABLES = ("measures", "executors", "occurrences")


def _empty_view(name: str) -> str:
    table_schema = schema.PARTITIONED[name]
    cols = ", ".join(f"CAST(NULL AS {_duck_type(f.type)}) AS {f.name}" for f in table_schema)
    return f"CREATE VIEW {name} AS SELECT {cols} WHERE false"


def _duck_type(t) -> str:
    import pyarrow as pa

    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    return {"string": "VARCHAR", "int32": "INTEGER", "int8": "TINYINT", "bool": "BOOLEAN",
            "date32[day]": "DATE", "float": "FLOAT"}.get(str(t), "VARCHAR")


def connect(data: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with views `measures`, `plans`, `documents`, `executors`, `occurrences`."""
    if not (data / "documents.parquet").exists():
        raise FileNotFoundError(f"{data}: no dataset here (run `roadmaps ingest` first)")
    con = duckdb.connect()
    for name in BASE_TABLES:
        files = list((data / name).glob("municipality=*/*.parquet"))
        if files:
            glob = (data / name).as_posix() + "/*/*.parquet"
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', hive_partitioning=true)")
        else:
            con.execute(_empty_view(name))
    for name in ("plans", "documents"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{(data / name).as_posix()}.parquet')")
    try:
        from pipeline.views import ANALYST_VIEWS
    except ImportError:
        ANALYST_VIEWS = {}
    for name, sql in ANALYST_VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")
    return con


def run_query(sql: str, data: Path, max_rows: int = 100) -> str:
    con = connect(data)
    frame = con.execute(sql).fetchdf()
    import pandas as pd

    with pd.option_context("display.max_rows", max_rows, "display.max_columns", 50, "display.width", 200,
                           "display.max_colwidth", 60):
        return frame.to_string(index=False, max_rows=max_rows)
