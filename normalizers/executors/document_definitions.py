"""The definitions an order gives ("(далее – …)", initials spelled out) that name bodies, groups or people,
with their kind, as the executor normaliser's glossary takes them: a definition that names anything else
(a programme, a document) names no executor."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import classify
from normalizers.executors.glossary import municipal_index
from normalizers.executors.legal_form_definitions import defines_a_legal_form
from normalizers.executors.text import has_letters, items, keys
from normalizers.executors.vocabulary import cues


def document_definitions(municipality: str, doc_glossary: dict[str, str] | None) -> tuple:
    if not doc_glossary:
        return ()
    try:
        frozen = tuple(sorted((str(k), str(v)) for k, v in doc_glossary.items()))
    except (AttributeError, TypeError):
        return ()
    return bodies_among(str(municipality or ""), frozen)


@lru_cache(maxsize=256)
def bodies_among(municipality: str, definitions: tuple[tuple[str, str], ...]) -> tuple:
    """(abbreviation, name, kind) for the definitions that name bodies, groups or people."""
    known = municipal_index(municipality)
    body_heads = cues().body_heads | cues().authority_heads | set(cues().positions)
    out = []
    for abbreviation, name in definitions:
        if not has_letters(abbreviation) or not has_letters(name) or defines_a_legal_form(abbreviation, name):
            continue
        entry = known.get(keys(name))
        if entry is not None:
            out.append((abbreviation, entry.name, entry.kind))
            continue
        words = items(name)
        if not any(w.key in body_heads for w in words):
            continue
        kind = classify(words)
        if kind is not None:
            out.append((abbreviation, name, kind[0]))
    return tuple(out)

