"""One count everywhere: the ingest summary, the report and `measures_once` agree on the sample data."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.messages import set_language
from pipeline.query import connect
from pipeline.report import build_report
from pipeline.summary import format_summary

pytestmark = pytest.mark.slow  # end-to-end: whole documents, processes or clusters


def test_summary_report_and_measures_once_give_the_same_count(corpus_dataset, corpus_ingest_report, tmp_path):
    """Саров publishes roadmap 2.3 twice (data/raw holds both): rows and measures differ, and every place
    says the same. The run's shared ingest of data/raw and its report, not an ingest of its own."""
    set_language("ru")
    data = corpus_dataset
    summary = format_summary(corpus_ingest_report, data=data)
    con = connect(data)
    once = con.execute("SELECT count(*) FROM measures_once").fetchone()[0]
    rows = con.execute("SELECT count(*) FROM measures").fetchone()[0]
    assert 0 < once < rows  # the sample has a repeated roadmap: the two numbers differ
    total_line = next(line for line in summary.splitlines() if "мероприятий" in line and "строк" in line)
    assert re.search(rf"мероприятий {once}\b", total_line), total_line
    assert f"строк {rows}" in total_line
    html = build_report(data, tmp_path / "report").read_text(encoding="utf-8")
    assert re.search(r'id="n-measures">(\d+)<', html).group(1) == str(once)


def test_readme_python_examples_count_each_measure_once(corpus_dataset):
    """The README's pandas example reads the dataset the way the views count it."""
    con = connect(corpus_dataset)
    once = con.execute("SELECT count(*) FROM measures_once").fetchone()[0]
    frame = pd.read_parquet(corpus_dataset / "measures")
    assert len(frame[frame["duplicate_of"].isna()]) == once
