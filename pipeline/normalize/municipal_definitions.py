"""Definitions learnt from a municipality's other documents ("(далее – ОбОО)" in the order, used bare in
the roadmap it approves): the document knowledge of the whole folder, never a maintainer's glossary.

An order and its roadmaps are often filed apart, and only one of them spells out the short names they
share. What a sibling document defines is offered to a document that does not define it itself; the
document's own definitions always win, and a short name the siblings define in two different ways is
offered to nobody (ambiguous: two documents of different years may mean different bodies). Only what the
texts write is shared ("(далее – X)", initials spelt out), not the initials guessed from an issuer: a
sibling's issuer says nothing about this document; and only abbreviations, the municipality's vocabulary
("(далее – Министерство)" names a body for that document alone). A document is offered only the
abbreviations its executor cells write, so that a sibling defining something it never uses does not make
the ingest read it again. Why, and what the figures say: docs/municipal_definitions.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from normalizers.executors.glossary import municipal_index
from normalizers.executors.text import keys


def learnt_definitions(own: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """Per document (the keys of `own`, each mapped to the definitions its own text writes): the definitions
    its sibling documents give that it lacks. Deterministic: the spelling offered is that of the document
    whose id sorts first."""
    pooled: dict[tuple[str, ...], tuple[str, str, tuple[str, ...]] | None] = {}
    for doc_id in sorted(own):
        for short, name in own[doc_id].items():
            key = keys(short)
            if not key or not all(item.startswith("#") for item in key):
                continue  # a word ("Министерство", "Управление") names a body for its own document only
            if key not in pooled:
                pooled[key] = (short, name, keys(name))
            elif pooled[key] is not None and pooled[key][2] != keys(name):
                pooled[key] = None  # two meanings in one folder: none is learnt
    learnt: dict[str, dict[str, str]] = {}
    for doc_id in own:
        mine = {keys(short) for short in own[doc_id]}
        learnt[doc_id] = {entry[0]: entry[1] for key, entry in pooled.items()
                          if entry is not None and key not in mine}
    return learnt


def mentioned(cells: Iterable[str | None]) -> frozenset[str]:
    """The abbreviations (match keys) the executor cells of a document write."""
    return frozenset(item for cell in cells if cell for item in keys(cell) if item.startswith("#"))


def relevant(learnt: Mapping[str, str], mentions: Iterable[str]) -> dict[str, str]:
    """The learnt definitions of abbreviations the document writes; "…ОО" also where it writes "…ОУ" and the
    other way round (the organisations/institutions rule of normalizers/executors/glossary.py)."""
    mentions = set(mentions)
    return {short: name for short, name in learnt.items()
            if all(item in mentions or _institution_variant(item) in mentions for item in keys(short))}


def _institution_variant(item: str) -> str | None:
    if len(item) < 4 or item[-2:] not in ("оо", "оу"):
        return None
    return item[:-1] + ("у" if item[-1] == "о" else "о")


def usable(own: Mapping[str, str], learnt: Mapping[str, str], municipality: str = "") -> dict[str, str]:
    """The learnt definitions a document is read with: not those it defines itself, nor those the municipality's
    glossary file (a maintainer's choice) names; they do outrank the common glossary."""
    curated, common = municipal_index(municipality), municipal_index("")
    mine = {keys(short) for short in own}
    return {short: name for short, name in learnt.items() if keys(short) not in mine
            and (keys(short) not in curated or curated[keys(short)] == common.get(keys(short)))}


def with_learnt(own: Mapping[str, str], learnt: Mapping[str, str], municipality: str = "") -> dict[str, str]:
    """The glossary a document is read with: its own definitions and the usable learnt ones."""
    return {**usable(own, learnt, municipality), **own}
