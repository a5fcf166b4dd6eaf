"""Collective bodies read as one executor: a body's council or board ("Совет РОО", "Коллегия УО") and a
methodical association named by its members ("ШМО учителей технологии"; in the plural where the members
are the teachers of every subject, one association each: "ГМО педагогов-предметников"). A mixin of SegmentResolver,
apart from roles.py so that each stays one job."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, opens_a_name, position_of
from normalizers.executors.morphology import can_be, is_adjective, pluralise
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.positions import group_in_case, member_bodies
from normalizers.executors.text import tidy
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def all_subjects_members() -> frozenset[str]:
    """Lemmas naming the teachers of every subject (vocabulary all_subjects_members)."""
    return frozenset(map(str, more_cues().get("all_subjects_members") or ()))


class MemberGroups:
    def council_of_a_body(self, i: int) -> tuple[Piece, int] | None:
        """"Совет РОО", "Коллегия УО": the collective body of a body a glossary knows, one executor."""
        words = self.words
        if bare(words[i]) not in self.vocab.council_heads or i + 1 >= len(words):
            return None
        found = self.match(i + 1)
        if found is None or found[0].kind not in self.vocab.body_and_group_kinds:
            return None
        entry, end = found
        name = f"{words[i].lower} {group_in_case(entry.name, 'gent')}"
        return self._piece(name, None, "other", i, end, RULE), end

    def methodical_group(self, i: int) -> tuple[Piece, int] | None:
        """"ШМО учителей технологии", "МО наставников": a methodical association named by
        its members is one methodical body (not the schools' associations and a role)."""
        parts = self._member_group_parts(i)
        if parts is None:
            return None
        full, members, k = parts
        return self._piece(f"{full} {members}", None, "methodical_service", i, k, RULE), k

    def _member_group_parts(self, i: int) -> tuple[str, str, int] | None:
        """(the association's name, its members as written, end) of "ШМО учителей технологии"."""
        words = self.words
        word = words[i]
        full = member_bodies().get(bare(word)) if word.is_abbreviation else None
        if full is None or i + 1 >= len(words):
            return None
        j = i + 1
        while j < len(words) and j < i + 3 and position_of(words[j]) is None and is_adjective(words[j].lower):
            j += 1
        if j >= len(words) or position_of(words[j]) is None or not can_be(words[j].lower, "NOUN", "gent") \
                or words[j].is_abbreviation or self._between(i, i + 1).strip():
            return None
        k = j + 1
        while k < len(words) and self.match(k) is None and not words[k].capitalised and not (
                words[k].lower == "и" and k + 1 < len(words) and opens_a_name(words, k + 1)):
            k += 1
        if any(word.key in all_subjects_members() for word in words[j:k]):
            full = pluralise(full)  # "ГМО педагогов-предметников": one association per subject
        return full, tidy(self.text[words[i].end - self.offset:words[k - 1].end - self.offset]), k


