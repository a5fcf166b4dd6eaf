"""DOCX bytes -> Document, over the package's raw XML. Others call only `parse`."""

from parsers.docx.reader import parse

__all__ = ["parse"]
