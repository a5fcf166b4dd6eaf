"""Parquet files of one snapshot: one file per source document inside hive partitions, plus the
documents and plans tables. A snapshot is invisible to readers until pipeline.store publishes it,
so files are written in place; a file carried over from the previous snapshot is a hard link, and is
never written through (it is unlinked first: the previous snapshot may still be read).
"""

from __future__ import annotations

import os
import shutil
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


def write_table(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def part_path(snapshot: Path, table_name: str, municipality: str, document_id: str) -> Path:
    return snapshot / table_name / f"{PARTITION_COLUMN}={municipality}" / f"part-{document_id}.parquet"


def write_part(snapshot: Path, name: str, municipality: str, document_id: str, rows: list[dict]) -> None:
    """One document's rows of one partitioned table; the partition column stays in the folder name."""
    stored = [{k: v for k, v in r.items() if k != PARTITION_COLUMN} for r in rows]
    table = to_table(stored, file_schema(schema.PARTITIONED[name]))
    write_table(table, part_path(snapshot, name, municipality, document_id))


def write_document_parts(snapshot: Path, municipality: str, document_id: str, tables: dict[str, list[dict]]) -> None:
    """Write the measures, executors and occurrences of one document (empty tables too)."""
    for name in schema.PARTITIONED:
        write_part(snapshot, name, municipality, document_id, tables.get(name, []))


def carry_parts(previous: Path, snapshot: Path, municipality: str, document_id: str) -> None:
    """Bring one document's files from the previous snapshot unchanged (a hard link, else a copy)."""
    for name in schema.PARTITIONED:
        source = part_path(previous, name, municipality, document_id)
        if not source.exists():
            continue
        target = part_path(snapshot, name, municipality, document_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def read_part(snapshot: Path, table_name: str, municipality: str, document_id: str) -> list[dict]:
    path = part_path(snapshot, table_name, municipality, document_id)
    if not path.exists():
        return []
    return pq.read_table(path).to_pylist()


def write_single(snapshot: Path, name: str, rows: list[dict], table_schema: pa.Schema) -> None:
    write_table(to_table(rows, table_schema), snapshot / f"{name}.parquet")


def read_single(snapshot: Path | None, name: str) -> list[dict]:
    if snapshot is None:
        return []
    path = snapshot / f"{name}.parquet"
    if not path.exists():
        return []
    return pq.read_table(path).to_pylist()
