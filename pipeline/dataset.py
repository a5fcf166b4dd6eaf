"""Parquet files of one snapshot: one file per source document inside hive partitions, plus the
documents and plans tables. A snapshot is invisible to readers until pipeline.store publishes it,
so files are written in place; a file carried over from the previous snapshot is a hard link, and is
never written through (it is unlinked first: the previous snapshot may still be read).
"""

from __future__ import annotations

import io
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


def encode_table(table: pa.Table) -> bytes:
    """The Parquet bytes of a table: one encoder for every writer, so the same rows give the same file."""
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", write_statistics=True)
    return sink.getvalue()


def write_bytes(data: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # never write through a hard link into the previous snapshot
    path.write_bytes(data)


def write_table(table: pa.Table, path: Path) -> None:
    write_bytes(encode_table(table), path)


def part_path(snapshot: Path, table_name: str, municipality: str, document_id: str) -> Path:
    return snapshot / table_name / f"{PARTITION_COLUMN}={municipality}" / f"part-{document_id}.parquet"


def encode_part(name: str, rows: list[dict]) -> bytes:
    """One document's rows of one partitioned table as Parquet bytes; the partition column stays in the
    folder name. Worker processes encode, the one writer only stores the bytes."""
    stored = [{k: v for k, v in r.items() if k != PARTITION_COLUMN} for r in rows]
    return encode_table(to_table(stored, file_schema(schema.PARTITIONED[name])))


def write_part(snapshot: Path, name: str, municipality: str, document_id: str, rows: list[dict]) -> None:
    write_bytes(encode_part(name, rows), part_path(snapshot, name, municipality, document_id))


def encode_document_parts(tables: dict[str, list[dict]]) -> dict[str, bytes]:
    """The measures, executors and occurrences files of one document (empty tables too)."""
    return {name: encode_part(name, tables.get(name, [])) for name in schema.PARTITIONED}


def store_document_parts(snapshot: Path, municipality: str, document_id: str, parts: dict[str, bytes]) -> None:
    for name, data in parts.items():
        write_bytes(data, part_path(snapshot, name, municipality, document_id))


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
    return read_rows(path)


def read_part_columns(snapshot: Path, table_name: str, municipality: str, document_id: str,
                      columns: tuple[str, ...]) -> list[dict]:
    """Some columns of one document's part: the reduce step needs a few, not the whole rows."""
    path = part_path(snapshot, table_name, municipality, document_id)
    if not path.exists():
        return []
    return pq.ParquetFile(path).read(columns=list(columns)).to_pylist()


def rewrite_part_column(snapshot: Path, table_name: str, municipality: str, document_id: str, column: str,
                        values: list) -> None:
    """One column of a part file replaced, the others kept as Arrow read them: no round trip of every
    row through Python. The bytes are those write_part would give for the same rows (the cast gives
    back the names of list items, which Parquet stores as "element")."""
    path = part_path(snapshot, table_name, municipality, document_id)
    table = pq.ParquetFile(path).read().cast(file_schema(schema.PARTITIONED[table_name]))
    index = table.schema.get_field_index(column)
    field = table.schema.field(index)
    write_table(table.set_column(index, field, pa.array(values, type=field.type)), path)


def read_rows(path: Path) -> list[dict]:
    """The rows of one Parquet file. ParquetFile, not read_table: read_table loads pyarrow.dataset,
    seconds of import that the writer does not need."""
    return pq.ParquetFile(path).read().to_pylist()


def write_single(snapshot: Path, name: str, rows: list[dict], table_schema: pa.Schema) -> None:
    write_table(to_table(rows, table_schema), snapshot / f"{name}.parquet")


def read_single(snapshot: Path | None, name: str) -> list[dict]:
    if snapshot is None:
        return []
    path = snapshot / f"{name}.parquet"
    if not path.exists():
        return []
    return read_rows(path)
