"""A segment that is one known name and nothing else ("Департамент образования", "ОО", "МБОУ ДПО МЦ"): most
segments are. The segment resolver would find that name at its first word and end there, every rule after
the name reading no word (they read the words after it); this answers the same without building the resolver.
tests/test_executors_speed.py checks it against the resolver on every segment of the gold cells."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.glossary import Glossary
from normalizers.executors.pieces import KNOWN, Piece
from normalizers.executors.positions import member_bodies
from normalizers.executors.text import field
from normalizers.executors.written_number import in_written_number

_KEY = field("key")


def whole_known_name(words: list, glossary: Glossary) -> Piece | None:
    """The piece SegmentResolver.pieces() makes of `words` when a glossary name spans them all, else None
    (then the resolver reads them). Not for a role (its own rules name it) nor where the resolver's first
    rules may read the opening otherwise: "УО и МП" (initials joined by "и"), "ШМО учителей …" (a group)."""
    if not words:
        return None
    count = len(words)
    first = words[0]
    lengths = glossary.lengths.get(first.key)
    if lengths is None or count not in lengths:
        return None  # the longest match from the first word tries the lengths down from the longest: this one
    if count > 1 and (words[1].lower == "и" or (first.is_abbreviation and bare(first) in member_bodies())):
        return None
    entry = glossary.index.get(tuple(map(_KEY, words)))
    if entry is None or entry.kind == "role":
        return None
    name = entry.name if first.is_abbreviation and count > 1 else in_written_number(entry.name, words)
    return Piece(name, entry.abbreviation, entry.kind, first.start, words[-1].end, KNOWN)
