"""Mentions as the cell writes them, hyphenation breaks included (O66: "hyphenation breaks stay in the mention and
are mended in the name"). The cell is read with its broken words joined ("само- управления" -> "самоуправления",
splitting.unwrap), so the mentions cut from it lose the break; each is found again in the cell as written, where
only a hyphen (and the space or line break after it) may stand between two of its letters."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.executors.acting_posts import acting_as_written
from normalizers.language import clean

_BREAK = r"(?:[-‐\u00ad][ \t\n\r]*)?"


def mentions_as_written(executors: list, raw: str) -> list:
    """The executors, each with its mention as `raw` writes it."""
    mentions = with_breaks_written([e.mention for e in executors], raw)
    return [e if e.mention == m else replace(e, mention=m) for e, m in zip(executors, mentions, strict=True)]


def with_breaks_written(mentions: list[str], raw: str) -> list[str]:
    """Each mention, or the stretch of `raw` that reads as it once its hyphenation breaks are joined."""
    return [_as_written(mention, raw) for mention in mentions]


def _as_written(mention: str, raw: str) -> str:
    if not mention or mention in raw:
        return mention
    if "о." in mention:  # "ио. начальника": an acting post, written "и.о." (acting_posts.py)
        return acting_as_written(mention, raw)
    pattern = "".join(re.escape(ch) + _BREAK if ch.isalpha() else re.escape(ch) for ch in mention[:-1])
    found = re.search(pattern + re.escape(mention[-1]), raw)
    if found is None:
        return mention
    text = found.group()
    return clean(text) if "\n" in text or "\t" in text or "  " in text else text
