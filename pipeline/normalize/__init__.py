"""The normalise stage: every decision about meaning, between the structure step and the writer.

Plan periods, deadlines, executors, topics, measure ids and the glossary mined from the document
are decided here, once, and handed to the dataset writer as finished rows.
"""

from pipeline.normalize.document import DocumentRecords, normalize_document

__all__ = ["DocumentRecords", "normalize_document"]
