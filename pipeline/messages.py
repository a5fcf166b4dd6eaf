"""The interface's words in Russian (default) and English: one data file, one lookup function.

Messages live in messages.yaml as `key: {ru: ..., en: ...}` with `{name}` placeholders, so a translator
edits data, not code. The CLI picks the language once (`--lang`, else ROADMAPS_LANG, else Russian).
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("ru", "en")
# Messages that go into the dataset too (data_text), said to people through translate: read.* of the
# pipeline's reading steps, parse.* of the parsers (this module is in the base layer, so parsers use it).
DATA_KEYS = ("read.", "parse.")
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


def data_text(key: str, /, **values) -> str:
    """A message that is also written into the dataset (documents.error): always Russian, the dataset's
    language, so the same file gives the same bytes whatever --lang; `translate` shows it to a person."""
    return say(key, lang="ru", **values)


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    """The Russian text of each message written into the dataset (keys `read.*`, `parse.*`) as a pattern
    whose groups are its placeholders; the most fixed words first, so a loose pattern never takes the
    text of a stricter one."""
    found = []
    for key, entry in catalogue().items():
        if not key.startswith(DATA_KEYS):
            continue
        parts = re.split(r"\{(\w+)\}", entry["ru"])
        body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        fixed = sum(len(p) for p in parts[::2])
        found.append((fixed, re.compile(f"^{body}$", re.DOTALL), key))
    return [(pattern, key) for _, pattern, key in sorted(found, key=lambda f: -f[0])]


def translate(text: str | None, lang: str | None = None) -> str | None:
    """A Russian message from the dataset in the interface language: the whole text, or each part
    between "; ", that a catalogue message wrote is said again in `lang`, and so are its parameters that
    are catalogue messages themselves ("без расширения"); other text stays as written."""
    if not text or (lang or language()) == "ru":
        return text
    for pattern, key in _patterns():
        if m := pattern.match(text):
            return say(key, lang=lang, **{name: translate(value, lang) for name, value in m.groupdict().items()})
    if "; " in text:
        return "; ".join(translate(part, lang) for part in text.split("; "))
    return text
