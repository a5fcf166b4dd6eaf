"""A municipality named by the letters of its kind after an administration or its head ("администрация МО",
"глава МР", "Администрация МО ГО «N»"): the letters are spelt out in the name (municipality_kinds.yaml), so the
name reads the same whichever way a plan writes it. Only after those heads: "МО" alone is also a methodical
association ("руководители МО"), "ГО" civil defence ("ответственный за ГО и ЧС"). The mention stays as written."""

from __future__ import annotations

import re
from pathlib import Path

from normalizers.executors.pieces import Piece
from normalizers.executors.vocabulary import read_yaml

_PATH = Path(__file__).with_name("glossaries") / "municipality_kinds.yaml"


def _compile() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern, dict[str, str]]:
    """(the heads without their first letter, which may be a capital, and cut to their common stems; the first
    letters of every kind; a head then the letters; letters -> words)."""
    table = read_yaml(_PATH)
    kinds = {" ".join(str(letters).split()): str(words) for letters, words in table["kinds"].items()}
    heads = "|".join(sorted(map(re.escape, table["heads"]), key=len, reverse=True))
    letters = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(kinds, key=len, reverse=True))
    stems = tuple(sorted({head[1:4] for head in table["heads"]}))
    firsts = tuple(sorted({k.split()[0] for k in kinds}))
    return stems, firsts, re.compile(rf"(?i:\b({heads}))\s+({letters})(?![А-Яа-яЁё\w])"), kinds


_STEMS, _FIRSTS, _AFTER_HEAD, _KINDS = _compile()


def spell_municipality_kind(name: str) -> str:
    """`name` with the letters of a municipality's kind after an administration or its head spelt out."""
    return _AFTER_HEAD.sub(lambda m: f"{m.group(1)} {_KINDS[' '.join(m.group(2).split())]}", name)


def spell_municipality_kinds(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces of `cell`, each name with the kind of its municipality spelt out; the same list when none
    has one. Most cells name no administration: two substring tests pass them by (a regex over every cell cost
    a fortieth of a normalisation)."""
    for stem in _STEMS:
        if stem in cell:
            break
    else:
        return pieces
    if not any(_spelt_here(p.name) for p in pieces):
        return pieces
    return [Piece(spell_municipality_kind(p.name), p.abbreviation, p.kind, p.start, p.end, p.status)
            for p in pieces]


def _spelt_here(name: str) -> bool:
    """Whether the name holds a kind's letters after a head: the letters first (a substring test), the regex
    only then."""
    return any(letters in name for letters in _FIRSTS) and _AFTER_HEAD.search(name) is not None
