"""The interface's words in Russian (default) and English: one data file, one lookup function.

Messages live in messages.yaml as `key: {ru: ..., en: ...}` with `{name}` placeholders, so a translator
edits data, not code. The CLI picks the language once (`--lang`, else ROADMAPS_LANG, else Russian).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("ru", "en")
_current: list[str] = []


@cache
def catalogue() -> dict[str, dict[str, str]]:
    text = resources.files("pipeline").joinpath("messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def set_language(lang: str | None) -> str:
    """Choose the language for every later message; None falls back to ROADMAPS_LANG, then Russian."""
    chosen = lang or os.environ.get("ROADMAPS_LANG") or "ru"
    if chosen not in LANGUAGES:
        chosen = "ru"
    _current[:] = [chosen]
    return chosen


def language() -> str:
    return _current[0] if _current else set_language(None)


def argparse_text(msgid: str) -> str:
    """argparse's own words in the chosen language (argparse looks them up through its `_`)."""
    if language() == "ru":
        return catalogue()["argparse_ru"].get(msgid, msgid)
    return msgid


def say(key: str, /, lang: str | None = None, **values) -> str:
    """The message `key` in the chosen language, placeholders filled; an unknown key is shown as is."""
    entry = catalogue().get(key)
    if entry is None:
        return key
    text = entry.get(lang or language()) or entry["ru"]
    return text.format(**values) if values else text


def plural(n: int, forms: str, lang: str | None = None) -> str:
    """`n` with the right form of a word: forms are "мероприятие|мероприятия|мероприятий" in Russian,
    "measure|measures" in English (a catalogue value)."""
    words = forms.split("|")
    if (lang or language()) == "en" or len(words) < 3:
        return f"{n} {words[0] if n == 1 else words[-1]}"
    tail, tens = n % 10, n % 100
    if tail == 1 and tens != 11:
        return f"{n} {words[0]}"
    if 2 <= tail <= 4 and not 12 <= tens <= 14:
        return f"{n} {words[1]}"
    return f"{n} {words[2]}"
