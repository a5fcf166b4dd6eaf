"""The numbers of the report, read once from the dataset through the analysts' views (pipeline/views.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from normalizers.topic_names import TOPIC_NAMES
from pipeline.messages import language
from pipeline.query import connect, frame_of
from pipeline.report import ocr
from pipeline.views import TIMING, location_sql


@dataclass
class ReportData:
    municipalities: pd.DataFrame      # municipality, municipality_name (every municipality with a document)
    coverage: pd.DataFrame            # municipality x topic code -> measures (zero-filled)
    by_month: pd.DataFrame            # municipality, month, n_measures
    executor_load: pd.DataFrame       # municipality, kind, share
    top_executors: pd.DataFrame       # municipality, executor, kind, n_measures, rank
    quality: pd.DataFrame             # one row per document
    warnings: pd.DataFrame            # source_file, warning, n_measures
    n_measures: int
    n_duplicates: int
    n_documents: int
    n_failed: int
    deadlines_normalised: bool
    executors_normalised: bool
    measures: pd.DataFrame = None     # every measure row, repeats too (`repeat`), with location and timing
    occurrences: pd.DataFrame = None  # measure_id, start_date, end_date
    executors: pd.DataFrame = None    # measure_id, kind, executor (as top_executors names it)
    plans: pd.DataFrame = None
    documents: pd.DataFrame = None
    ocr: pd.DataFrame = None          # documents read by OCR (pipeline/report/ocr.py)


def load(data_dir: Path) -> ReportData:
    con = connect(Path(data_dir))

    def frame(sql: str) -> pd.DataFrame:
        return frame_of(con.execute(sql))

    municipalities = frame("""
        SELECT municipality, coalesce(max(municipality_name), municipality) AS municipality_name
        FROM (SELECT municipality, municipality_name FROM documents
              UNION ALL SELECT DISTINCT municipality, municipality_name FROM measures)
        WHERE municipality IS NOT NULL
        GROUP BY municipality ORDER BY municipality_name""")
    by_topic = frame("SELECT municipality, coalesce(topic_code, 'other') AS topic_code, n_measures "
                     "FROM measures_by_topic")
    coverage = (by_topic.groupby(["municipality", "topic_code"])["n_measures"].sum().unstack(fill_value=0)
                .reindex(index=municipalities["municipality"], columns=list(TOPIC_NAMES), fill_value=0)
                .fillna(0).astype(int))
    counts = frame("""
        SELECT count(*) FILTER (WHERE duplicate_of IS NULL) AS once,
               count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS dup,
               count(*) FILTER (WHERE duplicate_of IS NULL AND deadline_kind IS NOT NULL) AS with_kind
        FROM measures""").iloc[0]
    docs = frame("SELECT count(*) AS n, count(*) FILTER (WHERE status = 'failed') AS failed "
                 "FROM documents").iloc[0]
    by_month = frame("SELECT * FROM measures_by_month")
    load_frame = frame("SELECT municipality, kind, n_measures, share FROM executor_load")
    if not load_frame.empty:  # the measures nobody is named for belong in the picture of the load
        load_frame = pd.concat([load_frame, frame("""
            SELECT municipality, 'none' AS kind, count(*) FILTER (WHERE coalesce(len(executors), 0) = 0)
                   AS n_measures, count(*) FILTER (WHERE coalesce(len(executors), 0) = 0) / count(*) AS share
            FROM measures_once GROUP BY municipality""")], ignore_index=True)
    return ReportData(
        municipalities=municipalities,
        coverage=coverage,
        by_month=by_month,
        executor_load=load_frame,
        top_executors=frame("SELECT * FROM top_executors WHERE rank <= 5"),
        quality=frame("SELECT * FROM document_quality"),
        warnings=frame("SELECT source_file, warning, n_measures FROM warnings_by_kind"),
        n_measures=int(counts["once"]),
        n_duplicates=int(counts["dup"]),
        n_documents=int(docs["n"]),
        n_failed=int(docs["failed"]),
        deadlines_normalised=int(counts["with_kind"]) > 0,
        executors_normalised=not load_frame.empty,
        measures=frame(f"""
            SELECT m.measure_id, m.document_id, m.municipality, m.plan_key, m.plan_number, m.plan_seq, m.seq,
                   m.item_number, m.name, m.deadline_raw, m.executors, m.source_file, m.other_columns,
                   coalesce(m.topic_code, 'other') AS topic_code, m.warnings, m.deadline_kind,
                   m.duplicate_of IS NOT NULL AS repeat,
                   {location_sql(language())} AS location, {TIMING} AS timing, d.order_number, d.order_date
            FROM measures m LEFT JOIN documents d USING (document_id)
            ORDER BY m.municipality, m.source_file, m.plan_seq, m.seq"""),
        occurrences=frame("SELECT measure_id, start_date, end_date FROM occurrences "
                          "WHERE start_date IS NOT NULL AND end_date IS NOT NULL"),
        executors=frame("SELECT DISTINCT measure_id, kind, coalesce(name, mention) AS executor FROM executors"),
        plans=frame("SELECT * FROM plans ORDER BY municipality, document_id, plan_seq"),
        ocr=frame(ocr.SQL),
        documents=frame("SELECT * FROM documents ORDER BY municipality, source_file"),
    )
