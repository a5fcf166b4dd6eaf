"""Scanned PDF -> Document by OCR (pypdfium2, OpenCV, Tesseract). Others call `parse_pdf` or `parse`."""

from parsers.ocr.engine import EngineMissing
from parsers.ocr.reader import parse, parse_pdf

__all__ = ["EngineMissing", "parse", "parse_pdf"]
