"""Parquet writing: one file per source document inside hive partitions, atomic replacement.

Every file is written to a temporary name in its final folder and renamed into place, so a reader
(or a crash) never sees half a file, and a re-run with the same input writes the same bytes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema

PARTITION_COLUMN = "municipality"


def file_schema(table_schema: pa.Schema) -> pa.Schema:
    """The columns stored in a partition file: the partition column lives in the folder name."""
    return pa.schema([f for f in table_schema if f.name != PARTITION_COLUMN])


def to_table(rows: list[dict], table_schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=table_schema)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` through a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def part_path(out: Path, table_name: str, municipality: str, document_id: str) -> Path:
    return out / table_name / f"{PARTITION_COLUMN}={municipality}" / f"part-{document_id}.parquet"


def write_part(out: Path, name: str, municipality: str, document_id: str, rows: list[dict]) -> None:
    """One document's rows of one partitioned table; the partition column stays in the folder name."""
    stored = [{k: v for k, v in r.items() if k != PARTITION_COLUMN} for r in rows]
    table = to_table(stored, file_schema(schema.PARTITIONED[name]))
    write_atomic(table, part_path(out, name, municipality, document_id))


def write_document_parts(out: Path, municipality: str, document_id: str, tables: dict[str, list[dict]]) -> None:
    """Write the measures, executors and occurrences of one document (empty tables too)."""
    for name in schema.PARTITIONED:
        write_part(out, name, municipality, document_id, tables.get(name, []))


def remove_document_parts(out: Path, municipality: str, document_id: str) -> None:
    for name in schema.PARTITIONED:
        path = part_path(out, name, municipality, document_id)
        path.unlink(missing_ok=True)
        _remove_if_empty(path.parent)


def read_part(out: Path, table_name: str, municipality: str, document_id: str) -> list[dict]:
    path = part_path(out, table_name, municipality, document_id)
    if not path.exists():
        return []
    return pq.read_table(path).to_pylist()


def write_single(out: Path, name: str, rows: list[dict], table_schema: pa.Schema) -> None:
    write_atomic(to_table(rows, table_schema), out / f"{name}.parquet")


def read_single(out: Path, name: str) -> list[dict]:
    path = out / f"{name}.parquet"
    if not path.exists():
        return []
    return pq.read_table(path).to_pylist()


def _remove_if_empty(folder: Path) -> None:
    if folder.is_dir() and not any(folder.iterdir()):
        shutil.rmtree(folder, ignore_errors=True)
