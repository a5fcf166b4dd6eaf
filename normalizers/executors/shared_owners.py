"""An administration named by its place after the last of listed bodies ("Финансовый департамент, управы районов
Администрации города Энска", "Отдел культуры и Комитет по спорту администрации города Энска") owns every unit listed
before it that names no owner of its own: one genitive shared by the list (O30, for a comma as for "и"). Only units
of an administration (executor_cues.yaml, owned_unit_heads) take it: an administration, a generic "органы …" or a
body that names its own place or owner keeps its name."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from normalizers.executors.classification import head_index
from normalizers.executors.pieces import EXTRA, Piece
from normalizers.executors.text import items
from normalizers.executors.vocabulary import more_cues

_LIST_GAPS = frozenset({",", "и", ", и"})


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    table = more_cues()
    return frozenset(table.get("owner_heads") or ()), frozenset(table.get("owned_unit_heads") or ())


def share_named_owner(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a named owner after a unit given to the owner-less units listed right before it."""
    out = list(pieces)
    for i in range(1, len(out)):
        owner = _named_owner(out[i])
        j = i - 1
        while owner and j >= 0 and cell[out[j].end:out[j + 1].start].strip() in _LIST_GAPS and _ownerless(out[j]):
            out[j] = replace(out[j], name=f"{out[j].name} {owner}")
            j -= 1
    return out


def _named_owner(piece: Piece) -> str | None:
    """"Администрации города Энска" of a unit of an administration named with its place, or None."""
    words = items(piece.name) if piece.kind == "authority" and piece.status != EXTRA else []
    owners, units = _vocabulary()
    at = next((k for k, w in enumerate(words) if k and w.lower in owners), None)
    if at is None or not _is_unit(words, units):
        return None
    after = words[at + 1:]
    if not any(w.capitalised and not w.is_abbreviation for w in after):
        return None  # "администрации района": a generic owner says nothing the plan does not (owner_names.py)
    return piece.name[words[at].start:]


def _ownerless(piece: Piece) -> bool:
    """A unit of an administration in words, with no owner, place or initials of its own."""
    if piece.kind != "authority" or piece.status == EXTRA:
        return False
    words = items(piece.name)
    owners, units = _vocabulary()
    return _is_unit(words, units) and not any(
        w.lower in owners or w.is_abbreviation or w.is_number or (k and w.capitalised) for k, w in enumerate(words))


def _is_unit(words, units: frozenset[str]) -> bool:
    head = head_index(words)
    return head is not None and words[head].bare in units
