"""File names as people and the dataset see them: always valid UTF-8."""

from __future__ import annotations

import os


def display_name(rel: str) -> str:
    """A path as valid UTF-8: names from Windows archives often arrive in cp1251 or cp866 bytes."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        raw = os.fsencode(rel)
    for encoding in ("cp1251", "cp866"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")
