"""The Arrow schemas of the dataset: the contract analysts and dashboards read (docs/spec/dataset.md).

A change to a column is a new SCHEMA_VERSION, recorded in every table.
"""

import pyarrow as pa

# 1.4: documents.learnt_glossary (docs/municipal_definitions.md);
# 1.3: measures.other_columns; 1.2: measures.ocr_confidence; 1.1: document_id is the path under the raw root
SCHEMA_VERSION = "1.4"
PARSER_VERSION = "0.3.0"

MEASURES = pa.schema([
    ("measure_id", pa.string()),
    ("document_id", pa.string()),
    ("municipality", pa.string()),
    ("municipality_name", pa.string()),
    ("region", pa.string()),
    ("plan_key", pa.string()),
    ("plan_seq", pa.int32()),
    ("plan_number", pa.string()),
    ("plan_title", pa.string()),
    ("topic_code", pa.string()),
    ("topic_name", pa.string()),
    ("section", pa.string()),
    ("item_number", pa.string()),
    ("item_path", pa.string()),
    ("seq", pa.int32()),
    ("name", pa.string()),
    ("form", pa.string()),
    ("deadline_raw", pa.string()),
    ("deadline_kind", pa.string()),
    ("start_date", pa.date32()),
    ("end_date", pa.date32()),
    ("freq", pa.string()),
    ("interval", pa.int32()),
    ("times_per_period", pa.int32()),
    ("at_least", pa.bool_()),
    ("months", pa.list_(pa.int8())),
    ("day_of_month", pa.int8()),
    ("deadline_note", pa.string()),
    ("executors_raw", pa.string()),
    ("executors", pa.list_(pa.string())),
    ("expected_result", pa.string()),
    ("completion_mark", pa.string()),
    ("duplicate_of", pa.string()),
    ("source_file", pa.string()),
    ("page_start", pa.int32()),
    ("page_end", pa.int32()),
    # provenance: DOCX table and row where the measure starts and ends, and the order approving it
    ("table_start", pa.int32()),
    ("row_start", pa.int32()),
    ("table_end", pa.int32()),
    ("row_end", pa.int32()),
    ("order_number", pa.string()),
    ("order_date", pa.date32()),
    ("warnings", pa.list_(pa.string())),
    ("warning_details", pa.list_(pa.struct([("code", pa.string()), ("field", pa.string()),
                                            ("location", pa.string())]))),
    ("ocr_confidence", pa.float32()),  # read by OCR: the lowest confidence (0-100) of its cells; else null
    # the text of the plan's columns read as no role, in column order: nothing the reader did not know is lost
    ("other_columns", pa.list_(pa.struct([("header", pa.string()), ("text", pa.string())]))),
    ("schema_version", pa.string()),
    ("parser_version", pa.string()),
])

EXECUTORS = pa.schema([
    ("measure_id", pa.string()),
    ("document_id", pa.string()),
    ("municipality", pa.string()),
    ("position", pa.int32()),
    ("mention", pa.string()),
    ("name", pa.string()),
    ("abbreviation", pa.string()),
    ("kind", pa.string()),
    ("by_agreement", pa.bool_()),
    ("schema_version", pa.string()),
])

OCCURRENCES = pa.schema([
    ("measure_id", pa.string()),
    ("document_id", pa.string()),
    ("municipality", pa.string()),
    ("start_date", pa.date32()),
    ("end_date", pa.date32()),
    ("schema_version", pa.string()),
])

PLANS = pa.schema([
    ("plan_key", pa.string()),
    ("plan_seq", pa.int32()),
    ("document_id", pa.string()),
    ("municipality", pa.string()),
    ("plan_number", pa.string()),
    ("title", pa.string()),
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("school_year", pa.bool_()),
    ("topic_code", pa.string()),
    ("topic_name", pa.string()),
    ("topic_confidence", pa.float32()),
    ("n_measures", pa.int32()),
    ("passport", pa.map_(pa.string(), pa.string())),
    ("warnings", pa.list_(pa.string())),
    ("schema_version", pa.string()),
])

DOCUMENTS = pa.schema([
    ("document_id", pa.string()),
    ("source_file", pa.string()),
    ("sha256", pa.string()),
    ("format", pa.string()),
    ("pages", pa.int32()),
    ("municipality", pa.string()),
    ("municipality_name", pa.string()),
    ("region", pa.string()),
    ("issuer", pa.string()),
    ("order_number", pa.string()),
    ("order_date", pa.date32()),
    ("title", pa.string()),
    ("status", pa.string()),
    ("error", pa.string()),
    ("n_plans", pa.int32()),
    ("n_measures", pa.int32()),
    ("n_warnings", pa.int32()),
    ("glossary", pa.map_(pa.string(), pa.string())),
    ("learnt_glossary", pa.map_(pa.string(), pa.string())),
    ("warnings", pa.list_(pa.string())),
    ("ingested_at", pa.timestamp("s", tz="UTC")),
    ("parser_version", pa.string()),
    ("schema_version", pa.string()),
])

# Tables written one file per source document inside hive partitions.
PARTITIONED = {"measures": MEASURES, "executors": EXECUTORS, "occurrences": OCCURRENCES}
