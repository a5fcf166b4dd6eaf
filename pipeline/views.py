"""Ready-made DuckDB views for analysts, over the base views (measures, plans, documents, executors, …).

`roadmaps query` creates them in this order (later views read earlier ones), and the HTML report reads
the same views, so a number in the report is one `roadmaps query` away. Every count takes a measure once:
rows that repeat a measure of an earlier document (`duplicate_of` set) are left out.
"""

from normalizers import outcomes
from pipeline.messages import say


def _quoted(text) -> str:
    return "NULL" if text is None else "'" + str(text).replace("'", "''") + "'"


def _warning_codes() -> str:
    """The registry's warning codes (normalizers/outcomes.yaml) as a view, so SQL can say what a warning is about."""
    keys = ("code", "level", "field", "label", "label_en", "explanation", "explanation_en")
    rows = ",\n".join("(" + ", ".join(_quoted(getattr(e, k)) for k in keys) + ")" for e in outcomes.warnings())
    return (f"SELECT * FROM (VALUES {rows}) AS t(code, level, field, label, label_en, explanation, "
            "explanation_en)")


def location_sql(lang: str = "ru") -> str:
    """Where to look in the source file, as a person says it: pages of a PDF, table and rows of a DOCX
    ("стр. 3–4", "таблица 2, строка 5"; "p. 3–4", "table 2, row 5" in English)."""
    page, table, row = (say(f"location.{word}", lang=lang).replace("'", "''") for word in ("page", "table", "row"))
    return f"""
    CASE WHEN page_start IS NOT NULL THEN '{page} ' || page_start
              || CASE WHEN page_end > page_start THEN '–' || page_end ELSE '' END
         WHEN table_start IS NOT NULL THEN '{table} ' || table_start || ', {row} ' || row_start
              || CASE WHEN table_end > table_start THEN ' – {table} ' || table_end || ', {row} ' || row_end
                      WHEN row_end > row_start THEN '–' || row_end ELSE '' END
    END
"""


# The views are data: their location is said in Russian, like the warning labels beside it (label_en
# holds the English label); the report says it in the interface language (location_sql).
LOCATION = location_sql("ru")

# When a measure happens, for the calendar: at a date or within a few months ("dated"), throughout a
# long span ("continuous", e.g. "в течение года"), again and again ("recurring"), when occasion demands
# ("on_occasion": по графику, по мере необходимости), or not known.
TIMING = """
    CASE WHEN deadline_kind IN ('date', 'multi', 'interval') AND end_date - start_date < 183 THEN 'dated'
         WHEN deadline_kind IN ('continuous', 'interval', 'multi') THEN 'continuous'
         WHEN deadline_kind = 'recurring' THEN 'recurring'
         WHEN deadline_kind IN ('by_schedule', 'on_demand') THEN 'on_occasion'
         ELSE 'unknown' END
"""

ANALYST_VIEWS: dict[str, str] = {
    # Measures counted once: the base of every other view.
    "measures_once": """
        SELECT * FROM measures WHERE duplicate_of IS NULL
    """,
    # Warning codes with the field each is about and a Russian label and explanation.
    "warning_codes": _warning_codes(),
    # What needs a look: one row per (measure, warning), with the order and where in the file to look.
    "measures_attention": f"""
        SELECT m.municipality, m.municipality_name, m.source_file, m.order_number, m.order_date,
               m.plan_number, m.plan_title, m.section, m.item_number, m.name,
               m.warning, c.field, c.label, c.explanation, {LOCATION} AS location,
               m.page_start, m.page_end, m.table_start, m.row_start, m.table_end, m.row_end,
               m.measure_id, m.document_id
        FROM (SELECT *, unnest(warnings) AS warning FROM measures_once) m
        LEFT JOIN warning_codes c ON c.code = m.warning
        ORDER BY m.source_file, m.plan_seq, m.seq, m.warning
    """,
    # Coverage: how many measures each municipality plans per mechanism (topics.md).
    "measures_by_topic": """
        SELECT municipality, any_value(municipality_name) AS municipality_name,
               topic_code, any_value(topic_name) AS topic_name,
               count(*) AS n_measures, count(DISTINCT plan_key) AS n_plans
        FROM measures_once
        GROUP BY municipality, topic_code
        ORDER BY municipality, topic_code
    """,
    # Timeline: measures with a deadline span touching each month (from the occurrences table).
    "measures_by_month": """
        WITH months AS (
            SELECT o.municipality, o.measure_id,
                   unnest(generate_series(CAST(date_trunc('month', o.start_date) AS TIMESTAMP),
                                          CAST(o.end_date AS TIMESTAMP), INTERVAL 1 MONTH)) AS month
            FROM occurrences o
            WHERE o.start_date IS NOT NULL AND o.end_date IS NOT NULL AND o.end_date >= o.start_date
              AND o.measure_id IN (SELECT measure_id FROM measures_once)
        )
        SELECT municipality, CAST(month AS DATE) AS month, count(DISTINCT measure_id) AS n_measures
        FROM months
        GROUP BY municipality, month
        ORDER BY municipality, month
    """,
    # Load: share of a municipality's measures in which executors of each kind take part.
    "executor_load": """
        WITH totals AS (SELECT municipality, count(*) AS n_total FROM measures_once GROUP BY municipality)
        SELECT e.municipality, e.kind, count(DISTINCT e.measure_id) AS n_measures, t.n_total,
               round(count(DISTINCT e.measure_id) / t.n_total, 4) AS share
        FROM executors e
        JOIN totals t USING (municipality)
        WHERE e.measure_id IN (SELECT measure_id FROM measures_once)
        GROUP BY e.municipality, e.kind, t.n_total
        ORDER BY e.municipality, n_measures DESC
    """,
    # Who carries the work: executors by the number of measures they take part in.
    "top_executors": """
        SELECT municipality, coalesce(name, mention) AS executor, any_value(kind) AS kind,
               count(DISTINCT measure_id) AS n_measures,
               rank() OVER (PARTITION BY municipality ORDER BY count(DISTINCT measure_id) DESC) AS rank
        FROM executors
        WHERE measure_id IN (SELECT measure_id FROM measures_once)
        GROUP BY municipality, coalesce(name, mention)
        ORDER BY municipality, rank, executor
    """,
    # Warnings by kind per document: what the pipeline was unsure about, where.
    "warnings_by_kind": """
        SELECT document_id, municipality, source_file, warning, count(*) AS n_measures
        FROM (SELECT document_id, municipality, source_file, unnest(warnings) AS warning FROM measures_once)
        GROUP BY ALL
        ORDER BY source_file, n_measures DESC, warning
    """,
    # Quality per document: measures (and repeats of earlier documents, left out), warnings, and the share
    # of deadlines/executors left unknown.
    "document_quality": """
        WITH per_doc AS (
            SELECT document_id,
                   count(*) AS n_measures,
                   sum(coalesce(len(warnings), 0)) AS n_warnings,
                   avg(CASE WHEN deadline_kind IS NULL OR deadline_kind = 'unknown' THEN 1 ELSE 0 END)
                       AS share_unknown_deadline,
                   avg(CASE WHEN coalesce(len(executors), 0) = 0
                             OR list_contains(coalesce(warnings, []), 'unknown_executor')
                            THEN 1 ELSE 0 END) AS share_unknown_executor
            FROM measures_once
            GROUP BY document_id
        )
        SELECT d.document_id, d.municipality, d.source_file, d.format, d.status, d.error,
               coalesce(p.n_measures, 0) AS n_measures,
               (SELECT count(*) FROM measures m WHERE m.document_id = d.document_id
                  AND m.duplicate_of IS NOT NULL) AS n_duplicates,
               coalesce(p.n_warnings, 0) AS n_warnings,
               round(p.share_unknown_deadline, 4) AS share_unknown_deadline,
               round(p.share_unknown_executor, 4) AS share_unknown_executor
        FROM documents d
        LEFT JOIN per_doc p USING (document_id)
        ORDER BY d.municipality, d.source_file
    """,
}
