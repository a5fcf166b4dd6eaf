"""Words of a segment no split applies to, read as one executor: a person, a body spelt by its initials, a body
of a kind its words name (or a part of a known body), else extra text. A mixin of SegmentResolver (split from
segmentation.py), whose words, vocabulary and matching it reads."""

from __future__ import annotations

from normalizers.executors.abbreviated_bodies import abbreviated_body, contracted_ministry
from normalizers.executors.classification import bare, classify, is_person
from normalizers.executors.glued_ministries import glued_ministry, regional_as_written
from normalizers.executors.listed_nouns import reads_as_a_listed_body
from normalizers.executors.numbered_preschools import one_institution_kind
from normalizers.executors.pieces import EXTRA, RULE, UNKNOWN, Piece
from normalizers.executors.text import items, tidy, two_capitals
from normalizers.executors.unknown_names import unknown_name


class UnsplitNames:
    def _name_unsplit(self, i: int, j: int) -> list[Piece]:
        """words[i:j] as one executor: a person, a body spelt by its initials or its kind, or extra text."""
        words = self.words
        span = words[i:j]
        text = self._span_text(i, j)
        if is_person(text):
            return [self._piece(tidy(text), None, "role", i, j, RULE)]
        if words[i].lower in self.vocab.prepositions and not two_capitals(words[i].text):
            return [self._piece(tidy(text), None, "other", i, j, EXTRA)]  # "ДО", "ПО" in capitals: a body's initials
        spelt = abbreviated_body(span) or glued_ministry(span) or contracted_ministry(span)  # vocabulary first
        if spelt is not None:  # "ДОиН", "МО НСО": a body written as its initials; "Минспорт РД"
            kind = classify(items(spelt))
            return [self._piece(regional_as_written(span, spelt), None, kind[0] if kind else "authority", i, j, RULE)]
        kind = self._part_kind(i, j) or classify(span)
        if kind is None or not kind[1]:
            kind = self._quoted_kind(i, j) or kind
        elif kind[0] in self.vocab.group_kinds or self._office_in_quotes(i, j):
            # "МКУ «Центр обеспечения деятельности образовательных учреждений»": one body, named by its quotes
            kind = self._quoted_kind(i, j) or kind
        if (kind is None or not kind[1] or kind[0] in self.vocab.group_kinds) and one_institution_kind(span):
            kind = (one_institution_kind(span), True)  # "МАДОУ «Ромашка»", "МБОУ «Радуга»": whatever its quoted name
        if kind is None and j - i == 1 and two_capitals(words[i].text):
            kind = ("other", False)  # "ДО, ОО": initials nobody defined name a body all the same, kept with a warning
        if kind is None and reads_as_a_listed_body(span, i == 0 and j == len(words)):
            kind = ("other", False)  # "…, лесокомбинат": a noun alone in its segment names a body nobody knows
        if kind is None:
            return [self._piece(tidy(text), None, "other", i, j, EXTRA)]
        kind_name, recognised = kind
        # a name no glossary knows keeps the qualifier written after it ("… Администрации Обливского района"):
        # nothing tells the plan's own municipality from another one
        name = unknown_name(self.words[i], self._span_text(i, j), kind_name)
        return [self._piece(name, None, kind_name, i, j, RULE if recognised else UNKNOWN)]

    def _part_kind(self, i: int, j: int) -> tuple[str, bool] | None:
        """"Энский филиал ЦНППМ": a part of a body a glossary knows, ending the name, is of that body's kind."""
        for k in range(i, j - 1):
            if bare(self.words[k]) in self.vocab.part_heads:
                found = self.glossary.longest_match(self.keys, k + 1)
                return (found[0].kind, True) if found is not None and found[1] == j else None
        return None
