"""Glossaries of executor names: the sector's, a municipality's, and a document's own definitions.

They are data (YAML beside this module); this module only loads them and builds one lookup table
from match keys (text.keys) to canonical entries, in the order of the spec: document
definitions outrank the municipality, which outranks the common glossary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.executors.text import keys
from normalizers.executors.vocabulary import read_yaml

GLOSSARY_DIR = Path(__file__).with_name("glossaries")
COMMON = "common"


@dataclass(frozen=True, slots=True)
class Entry:
    """A canonical executor: its full name, its one short spelling (or None) and its kind."""

    name: str
    abbreviation: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Glossary:
    """Match keys of every known spelling -> entry, for longest-match segmentation."""

    index: dict[tuple[str, ...], Entry]
    first_keys: frozenset[str]
    max_length: int
    # first key -> the lengths (in words) of the known names it opens, longest first
    lengths: dict[str, tuple[int, ...]]

    def longest_match(self, item_keys: list[str], start: int) -> tuple[Entry, int] | None:
        """The longest known name starting at `start`, and where it ends (exclusive)."""
        lengths = self.lengths.get(item_keys[start])
        if lengths is None:
            return None
        available = len(item_keys) - start
        for length in lengths:
            if length <= available:
                entry = self.index.get(tuple(item_keys[start:start + length]))
                if entry is not None:
                    return entry, start + length
        return None

    def lookup(self, text: str) -> Entry | None:
        return self.index.get(keys(text))


def _read(slug: str) -> list[dict]:
    path = GLOSSARY_DIR / f"{slug}.yaml"
    if not path.is_file():
        return []
    data = read_yaml(path) or {}
    return list(data.get("executors") or [])


def _spellings(record: dict) -> list[str]:
    spellings = [record["name"]]
    if record.get("abbreviation"):
        spellings.append(record["abbreviation"])
    spellings.extend(record.get("variants") or [])
    return spellings


def _build(index: dict[tuple[str, ...], Entry]) -> Glossary:
    index = {key: entry for key, entry in index.items() if key}
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key[0], set()).add(len(key))
    return Glossary(
        index=index,
        first_keys=frozenset(lengths),
        max_length=max((len(key) for key in index), default=1),
        lengths={first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()},
    )


def municipal_index(municipality: str) -> dict[tuple[str, ...], Entry]:
    """Common entries overridden by the municipality's (same spelling or same name)."""
    slug = municipality if (GLOSSARY_DIR / f"{municipality}.yaml").is_file() else None
    return _layered_index(slug if slug != COMMON else None)


@lru_cache(maxsize=64)
def _layered_index(slug: str | None) -> dict[tuple[str, ...], Entry]:
    """One index per glossary file, not per municipality: those without a file share the common one."""
    index: dict[tuple[str, ...], Entry] = {}
    for layer in [COMMON, slug] if slug else [COMMON]:
        for record in _read(layer):
            entry = Entry(record["name"], record.get("abbreviation"), record["kind"])
            for spelling in _spellings(record):
                index[keys(spelling)] = entry
    return index


@lru_cache(maxsize=256)
def glossary_for(municipality: str, document_definitions: tuple[tuple[str, str, str], ...] = ()) -> Glossary:
    """The lookup table for one document: municipality and common, plus its own definitions.

    `document_definitions` are (abbreviation, name, kind) triples, already filtered to bodies.
    """
    index = dict(municipal_index(municipality or ""))
    defined = {keys(abbreviation) for abbreviation, _, _ in document_definitions}
    for abbreviation, name, kind in document_definitions:
        known = index.get(keys(name))
        if known is not None:
            entry = Entry(known.name, known.abbreviation or abbreviation, known.kind)
        else:
            entry = Entry(name, abbreviation, kind)
        index[keys(abbreviation)] = entry
        index.setdefault(keys(name), entry)
        sibling = _institution_spelling(abbreviation)
        if sibling and keys(sibling) not in defined:
            index[keys(sibling)] = entry
    return _build(index)


def _institution_spelling(abbreviation: str) -> str | None:
    """The same bodies under their older name: "…организации" (…ОО) were "…учреждения" (…ОУ) before
    the 2012 law, and documents mix both ("ОбОО" defined, "ОБОУ" used); so does the other way round."""
    if len(abbreviation) < 3 or abbreviation[-2:].upper() not in ("ОО", "ОУ"):
        return None
    last = abbreviation[-1]
    swapped = {"О": "У", "У": "О", "о": "у", "у": "о"}[last]
    return abbreviation[:-1] + swapped
