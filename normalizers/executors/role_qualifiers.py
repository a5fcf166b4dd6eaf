"""A role over a qualified body keeps the qualifier as written (R12 over R4): the owner or territory after the body
("… администрации N-ского района", "… г. N-ска", "… N-ского муниципального округа") is dropped from the name of the
body alone (municipal_qualifiers.py), never from the role's, whether the body is one a glossary knows or one only
written out. A post's name says whose staff it is, as written."""

from __future__ import annotations


def with_qualifier(resolver, name: str, end: int) -> tuple[str, int]:
    """`name` (a role composed from its post and its body's canonical name, words up to `end`) with the qualifier
    written after the body, and where the role then ends. `resolver` is the segment resolver reading the words."""
    qualifier, qualified = resolver.qualifier_after(end)
    return (f"{name} {qualifier}", qualified) if qualifier else (name, end)
