"""The data dictionary describes every column of every table and view, and every warning code."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalizers import outcomes
from pipeline import dictionary
from pipeline.query import connect

DOC = Path(__file__).parents[1] / "docs" / "data_dictionary.md"


def test_every_column_of_every_table_and_view_is_described_in_both_languages():
    undescribed = []
    for table, columns in dictionary.dataset_columns().items():
        assert dictionary.tables()[table]["ru_doc"] and dictionary.tables()[table]["en_doc"], table
        for column in columns:
            found = dictionary.entry(table, column) or {}
            if not all(found.get(k) for k in ("ru", "en", "ru_doc", "en_doc")):
                undescribed.append(f"{table}.{column}")
    assert undescribed == []


def test_the_document_is_generated_from_the_data_files():
    assert DOC.read_text(encoding="utf-8").strip() == dictionary.markdown(dictionary.dataset_columns()).strip(), \
        "run: python -m pipeline.dictionary > docs/data_dictionary.md"


@pytest.mark.slow
def test_every_warning_the_sample_raises_has_a_russian_label(corpus_dataset):
    con = connect(corpus_dataset)
    raised = {w for (w,) in con.execute("""
        SELECT DISTINCT unnest(warnings) FROM measures UNION SELECT DISTINCT unnest(warnings) FROM plans
        UNION SELECT DISTINCT unnest(warnings) FROM documents""").fetchall()}
    assert raised
    assert raised <= {e.code for e in outcomes.warnings()}
    for e in outcomes.warnings():
        assert e.label and e.label_en and e.explanation and e.explanation_en and e.field and e.level, e.code
