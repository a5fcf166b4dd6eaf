"""The reduce step changes one column of a part file in Arrow: the file must be the very bytes that
writing the changed rows from Python gives, or the dataset would depend on which path wrote it."""

from __future__ import annotations

import pytest
from conftest import RAW

from pipeline import dataset
from pipeline.discovery import discover
from pipeline.duplicates import COLUMNS
from pipeline.worker import read_file


@pytest.fixture(scope="module")
def measures(tmp_path_factory) -> list[dict]:
    raw = tmp_path_factory.mktemp("raw")
    (raw / "sarov").mkdir()
    (raw / "sarov" / "roadmap.docx").write_bytes((RAW / "sarov" / "sarov_2021_roadmap_2_3.docx").read_bytes())
    rows = read_file(discover([raw], raw)[0]).tables["measures"]
    assert len(rows) > 20 and any(r["months"] for r in rows) and any(r["executors"] for r in rows)  # lists too
    return rows


def test_a_rewritten_column_gives_the_bytes_of_the_rows_written_whole(measures, tmp_path):
    dataset.write_part(tmp_path, "measures", "sarov", "doc", measures)
    marked = [{**r, "duplicate_of": f"original-{i}" if i % 3 else None} for i, r in enumerate(measures)]
    dataset.rewrite_part_column(tmp_path, "measures", "sarov", "doc", "duplicate_of",
                                [r["duplicate_of"] for r in marked])
    assert dataset.part_path(tmp_path, "measures", "sarov", "doc").read_bytes() == \
        dataset.encode_part("measures", marked)


def test_the_reduce_step_reads_only_the_columns_it_compares(measures, tmp_path):
    dataset.write_part(tmp_path, "measures", "sarov", "doc", measures)
    rows = dataset.read_part_columns(tmp_path, "measures", "sarov", "doc", COLUMNS)
    assert rows == [{c: r[c] for c in COLUMNS} for r in measures]
    assert dataset.read_part_columns(tmp_path, "measures", "sarov", "absent", COLUMNS) == []
