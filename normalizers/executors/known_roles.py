"""Roles a glossary knows ("классные руководители", "педагог-психолог"): what is written after one (grades,
the organisations whose staff it is) belongs to it. A mixin of SegmentResolver, apart from the rules that build
a role from a position (roles.py): a known role is looked up first and only completed here."""

from __future__ import annotations

from normalizers.executors import genitive_bodies, role_qualifiers
from normalizers.executors.classification import bare
from normalizers.executors.morphology import pluralise
from normalizers.executors.pieces import KNOWN, Piece
from normalizers.executors.positions import (
    GRADE_WORDS,
    grade_number,
    group_in_case,
    oblique_plural,
    spell_grades,
    written_plural,
    written_plural_name,
)
from normalizers.executors.role_names import compound_positions
from normalizers.executors.text import keys, tidy
from normalizers.executors.written_out_bodies import institution_after


class KnownRoles:
    def known_role(self, entry, i: int, end: int) -> tuple[Piece, int]:
        """A role the glossary names ("классные руководители"): the grades written after it belong to it
        ("Кл. руководители 5-9 кл." -> "классные руководители 5-9 классов"), and a post written out in full
        in the singular stays singular ("педагог-психолог", "классный руководитель 9 класса", O43)."""
        if self._member_group_parts(end - 1) is not None and self.starts_role(i):
            return self._role(i)  # "Руководитель РМО учителей математики": the association of those teachers
        name = entry.name
        written = self._span_text(i, end, with_dot=True)
        if keys(written) == keys(entry.name) and not written_plural(self.words[end - 1]) \
                and not oblique_plural(self.words[end - 1].lower) and written_plural_name(entry.name):
            name = compound_positions(self._position_name(written, False))  # "педагог - психолог"
        grades = self._grades_end(end)
        if grades > end:
            tail = self.text[self.words[end - 1].end - self.offset:self.words[grades - 1].end - self.offset]
            name = spell_grades(name + " " + " ".join(tail.split()).lstrip(". "))
            end = grades
        else:
            staff_of = self._staff_of(end)
            if staff_of is not None:
                organisation, end = staff_of
                name, end = role_qualifiers.with_qualifier(self, f"{pluralise(name)} {organisation}", end)
            elif (owner := self._owner_in_genitive(end)) is not None:
                organisation, end = owner
                name, end = role_qualifiers.with_qualifier(self, f"{name} {organisation}", end)
            elif institution_after(self, end) is None:  # "социальный педагог … учреждения «…»": the post's own
                name, end = role_qualifiers.with_qualifier(self, name, end)  # "… администрации района": as written
        return self._piece(tidy(name), entry.abbreviation, entry.kind, i, end, KNOWN), end

    def _staff_of(self, end: int) -> tuple[str, int] | None:
        """"педагог-психолог ДОУ": a known role written right before a group of organisations is their staff
        (R12: "педагоги-психологи дошкольных образовательных учреждений")."""
        if end >= len(self.words) or self._between(end - 1, end).strip():
            return None
        found = self.match(end)
        if found is None or found[0].kind not in self.vocab.group_kinds:
            return None
        return group_in_case(found[0].name, "gent"), found[1]

    def _owner_in_genitive(self, end: int) -> tuple[str, int] | None:
        """A known post right before a known body written in the genitive is that body's staff, one role (the case
        shows the post governs it; a run-on cell names its next executor in the nominative)."""
        found = self.match(end) if end < len(self.words) and not self._between(end - 1, end).strip() else None
        if found is None or found[0].kind == "role" \
                or not genitive_bodies.written_in_genitive(self.words[end:found[1]]):
            return None
        return group_in_case(found[0].name, "gent"), found[1]

    def _grades_end(self, end: int) -> int:
        """End of "5-9 кл.", "1–11 классов", "9 класса" right after a role, or `end` if none follows."""
        words, k = self.words, end
        while k < len(words) and grade_number(words, k, end):
            k += 1
        if k == end or k >= len(words) or bare(words[k]) not in GRADE_WORDS:
            return end
        return k + 1
