"""Legacy word-processor files (.doc, .rtf, .odt, .docm, .dotx) -> Document through LibreOffice.

Others call only `parse(path, fmt)`; `ConverterMissing` says LibreOffice is not installed.
"""

from parsers.legacy.convert import ConverterMissing
from parsers.legacy.reader import FORMATS, parse

__all__ = ["FORMATS", "ConverterMissing", "parse"]
