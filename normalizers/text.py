"""Text cleanup shared by every layer after the parsers: markup-free, one space between words."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Collapse whitespace runs (line breaks included) to one space and trim; None gives ""."""
    if not text:
        return ""
    return _WS.sub(" ", text).strip()
