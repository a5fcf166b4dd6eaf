"""Known names in a segment and how far each reaches: a higher level or a coordinated word after it, a unit's
number ("Пожарная часть № 12"), the body's own name in quotes ("ЦБС «Радуга»"), qualifiers, appositions and
selections ("ОбОО с высокими результатами"). A mixin of SegmentResolver, split from segmentation.py."""

from __future__ import annotations

from normalizers.executors.glossary import Entry
from normalizers.executors.institution_owners import owned_body_name
from normalizers.executors.name_tails import with_known_head
from normalizers.executors.numbered_units import unit_number
from normalizers.executors.owner_names import owner_named
from normalizers.executors.pieces import KNOWN, Piece
from normalizers.executors.region_initials import region_initials_end
from normalizers.executors.territorial_offices import territory_end
from normalizers.executors.written_number import in_written_number

_OPENING_QUOTES = frozenset("«\"“")
_ONE_OF_A_GROUP = {"schools": "school"}  # one kindergarten is read as preschools here; one_kindergartens.py, last


class KnownNames:
    """Mixed into the segment resolver, whose words, text, vocabulary, matching and gap rules these read."""

    def _known_name_pieces(self, i: int, entry: Entry, end: int) -> tuple[list[Piece], int]:
        """The pieces of the known name `entry` found at words[i:end], and where the next reading starts."""
        n = len(self.words)
        higher = self._higher_level_end(end) or region_initials_end(self.words, i, end, self.match)
        if higher is not None:
            if self._coordinated(higher) or self._dependent_follows(higher):
                higher = self._gap_end(i, higher + 1)
            return self._gap(i, higher), higher
        if self._coordinated(end) or self._dependent_follows(end):
            j = self._gap_end(i, end + 1)
            return with_known_head(self._gap(i, j), entry.name, entry.kind, self._span_text(end, j)), j
        if entry.kind == "role":
            piece, after = self.known_role(entry, i, end)
            return [piece], after
        numbered = unit_number(self.words, end, self._between) if end < n and (
            self.words[end].is_number or self.words[end].text == "№") \
            and entry.kind in self.vocab.body_and_group_kinds else None
        if numbered is not None and entry.kind in self.vocab.group_kinds:
            if end != i + 1 or not self.words[i].is_abbreviation:
                numbered = None  # "школы № 5": the words of a group, not its short name, are read elsewhere
            else:  # "ДОУ № 5", "ОУ № 12": the short name of a group with a number is one institution of it
                end = self._absorb_qualifier(numbered[0])
                kind = _ONE_OF_A_GROUP.get(entry.kind, entry.kind)
                return [self._piece(f"{self.words[i].text} № {numbered[1]}", None, kind, i, end, KNOWN)], end
        if numbered is not None:  # "Пожарная часть № 12", "ПЧ-45": which unit of the body
            number_end, number = numbered
            end = self._absorb_qualifier(number_end)
            return [self._piece(f"{entry.name} № {number}", None, entry.kind, i, end, KNOWN)], end
        opened = end < n and self.text[self.words[end].start - self.offset - 1] in _OPENING_QUOTES
        quoted_end = self._quoted_name_end(end) if opened and entry.kind in self.vocab.body_kinds else end
        if quoted_end > end:  # "ФОК «Олимп»", "ЦБС «Радуга»": the body's own name in quotes
            name = f"{entry.name} «{self._span_text(end, quoted_end)}»"
            return [self._piece(name, None, entry.kind, i, quoted_end, KNOWN)], quoted_end
        served = territory_end(self.words, end, self._between) if entry.kind in self.vocab.body_kinds else None
        if served is not None:  # "ОНД по Борисовскому району": which office of the body acts
            name = f"{entry.name} {self._span_text(end, served)}"
            return [self._piece(name, entry.abbreviation, entry.kind, i, served, KNOWN)], served
        own, named_end = self._of_its_institution(end, entry.kind), end
        qualified = self._absorb_qualifier(own)
        end = self._absorb_apposition(qualified)
        owner = owner_named(self.words, own, qualified, entry.kind, self._between) if qualified > own else None
        if owner is not None:  # "Управление образования администрации Советского района": whose body it is
            return [self._piece(f"{entry.name} {self._span_text(own, owner)}", entry.abbreviation, entry.kind, i,
                                end, KNOWN)], end
        narrowed = self._selection_end(end, entry.kind)
        if narrowed > end:  # "ОбОО с высокими результатами"
            name = f"{entry.name}{self._between(end - 1, end).rstrip()} {self._span_text(end, narrowed)}"
            return [self._piece(name, None, entry.kind, i, narrowed, KNOWN)], narrowed
        name = in_written_number(entry.name, self.words[i:end]) if entry.kind in self.vocab.body_kinds else entry.name
        if own > named_end and entry.kind == "other":  # "Попечительские советы ОУ": the council keeps its schools
            name = owned_body_name(entry.name, self.words, i, named_end, own, self.match, self._span_text)
        return [self._piece(name, entry.abbreviation, entry.kind, i, end, KNOWN)], end

    def _quoted_name_end(self, end: int) -> int:
        """After a known name ending before words[end], the end of a quoted name that opens right after it and is
        closed ("ЦБС «Радуга»"); `end` when none does."""
        gap = self._between(end - 1, end)
        if not any(quote in gap for quote in "«\"“") or "," in gap or ";" in gap or self._inside_quotes(end - 1):
            return end
        k = end
        while k < len(self.words) and self._inside_quotes(k):
            k += 1
        closing = self.text[self.words[k - 1].end - self.offset:]
        return k if k > end and closing[:1] in "»\"”" and closing else end
