"""PDF bytes -> Document, with pdfplumber. Others call only `parse`."""

from parsers.pdf.reader import parse

__all__ = ["parse"]
