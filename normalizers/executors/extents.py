"""Where a name found in a cell ends: the qualifiers, selections, grades, higher levels and appositions
written after it belong to it ("школы с низкими результатами", "… Нижегородской области",
"МОЦ - МБУ ДО ДДТ")."""

from __future__ import annotations

from normalizers.executors.classification import bare, position_of
from normalizers.executors.comma_heads import describes_the_name_before
from normalizers.executors.dotted_territories import territory_end
from normalizers.executors.morphology import can_be, is_adjective, parses
from normalizers.executors.name_tails import opens_a_place
from normalizers.executors.positions import grade_number
from normalizers.executors.text import DASHES

# Kinds of territory (lemmas) a second qualifier after "и" names ("… администрации города и районов города").
_TERRITORIES = frozenset({"район", "город", "поселение", "округ"})
_REPUBLIC_NAME_WORDS = 2


class NameExtents:
    """Mixed into the segment resolver, whose words, vocabulary and matching (`match`, `_between`,
    `_is_legal_form`, `_starts_another_body`, `methodical_group`) these rules read."""

    def _of_its_institution(self, end: int, kind: str) -> int:
        """"Управляющий совет школы", "ППк ОО": a body of a school's own (kind other) followed by its school or
        schools in the genitive is one body; the school is not an executor of its own. So is a body followed by
        the authority it belongs to, in the genitive ("методический кабинет отдела образования")."""
        words = self.words
        if kind == "role" or end >= len(words) or self._between(end - 1, end).strip():
            return end
        word = words[end]
        if not (word.capitalised or word.is_abbreviation) and word.lower not in self.vocab.qualifier_starts \
                and bare(word) in self.vocab.authority_heads \
                and can_be(word.lower, "NOUN", "gent") and not _nominative_singular(word.lower):
            k = end + 1  # the authority's own genitive words: "… отдела общего образования"
            while k < len(words) and not (words[k].capitalised or words[k].is_abbreviation) and words[k].lower != "и" \
                    and not self._between(k - 1, k).strip() and _genitive(words[k].lower):
                k += 1
            return k
        if kind != "other":
            return end
        if word.is_abbreviation:
            found = self.match(end)
            return found[1] if found is not None and found[0].kind in ("schools", "preschools") else end
        if word.capitalised or bare(word) not in self.vocab.group_heads \
                or not any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses(word.lower)):
            return end
        return end + 1

    def _members_end(self, end: int) -> int:
        """"… объединение учителей начальных классов": a position in the genitive right after a methodical body
        names its members (as "ШМО учителей …" does); they run to the next name or capital."""
        words = self.words
        if end >= len(words) or self._between(end - 1, end).strip() or words[end].is_abbreviation \
                or position_of(words[end]) is None or not can_be(words[end].lower, "NOUN", "gent") \
                or can_be(words[end].lower, "NOUN", "nomn"):
            return end
        k = end + 1
        while k < len(words) and not words[k].capitalised and words[k].lower != "и" \
                and ((gap := self._between(k - 1, k).strip()) == "-"  # "… учителей-предметников": one compound
                     or (not gap and self.match(k) is None)):
            k += 1
        return k

    def qualifier_after(self, end: int) -> tuple[str, int]:
        """The qualifier written right after a name ending at `end` ("администрации N-ского района"), as written,
        and where it ends; ("", end) when none follows (role_qualifiers.py reads a role's through this)."""
        qualified = self._absorb_qualifier(end)
        return (" ".join(self._span_text(end, qualified).split()), qualified) if qualified > end else ("", end)

    def _absorb_qualifier(self, end: int) -> int:
        words = self.words
        if end >= len(words):
            return end
        dotted = territory_end(words, end, self._between) or end  # "… г.о. Заречный", "… с. Ивановка"
        if (words[end].lower not in self.vocab.qualifier_starts and not opens_a_place(words, end)) \
                or self.methodical_group(end) is not None:  # "ШМО, МО учителей …": a body, not "МО" the place
            return dotted
        j = end + 1
        while j < len(words):
            word = words[j]
            if word.lower in self.vocab.qualifier_words:
                j += 1
            elif word.capitalised and not word.is_abbreviation and self.match(j) is None and position_of(word) is None \
                    and not (bare(word) in self.vocab.name_heads and can_be(word.lower, "NOUN", "nomn")):
                j += 1  # a place's name; "… района Управление культуры …": a body noun opens the next name
            elif word.is_number:
                j += 1
            elif word.lower == "и" and j + 1 < len(words) and not words[j + 1].is_abbreviation \
                    and words[j + 1].key in _TERRITORIES:
                j += 2  # "УО администрации города и районов": both territories qualify the one body
            elif word.lower == "и" and j + 2 < len(words) and words[j - 1].lower in self.vocab.qualifier_words \
                    and words[j + 2].key in _TERRITORIES and is_adjective(words[j + 1].lower):
                j += 3  # "… городского и сельских поселений": the territory's noun shared (plural_complement_lists)
            else:
                break
        return max(j, dotted)

    def _selection_end(self, end: int, kind: str) -> int:
        """End of "с <instrumental words>" after a group ("школы с низкими результатами"), of the members
        after a methodical association ("районное методическое объединение учителей математики"), else `end`."""
        words = self.words
        if kind == "methodical_service":
            return self._members_end(end)
        if kind not in self.vocab.group_kinds:
            return end
        if end < len(words) and "," in self._between(end - 1, end) and describes_the_name_before(words[end:]):
            return len(words)  # "ОО, подведомственные отделу образования": a clause about the group
        if end + 1 >= len(words) or words[end].lower not in ("с", "со"):
            return end
        j, last_noun = end + 1, end
        while j < len(words) and not (words[j].is_abbreviation or words[j].capitalised or words[j].is_number
                                      or words[j].lower in self.vocab.connectors or len(words[j].lower) < 3):
            word = words[j].lower
            if can_be(word, "NOUN", "ablt") or (last_noun > end and can_be(word, "NOUN", "gent")):
                last_noun = j  # "с группами компенсирующей направленности"
            elif not is_adjective(word):
                break
            j += 1
        return last_noun + 1 if last_noun > end else end

    def _grades_end(self, end: int) -> int:
        """End of the grades a role is narrowed to ("1-11 классов", "5 кл."), else `end`."""
        words, j = self.words, end
        while j < len(words) and grade_number(words, j, end):
            j += 1
        if j == end or j >= len(words) or words[j].key not in ("класс", "кл"):
            return end
        return j + 1

    def _higher_level_end(self, end: int) -> int | None:
        """End of a higher-level qualifier ("… Нижегородской области") right after a name."""
        markers = self.vocab.outer_level_markers
        for j in range(end, min(end + 3, len(self.words))):
            if j > 0 and "," in self._between(j - 1, j):
                return None  # "…, осуществляющие государственное управление": a clause, not the name's level
            if bare(self.words[j]) in self.vocab.higher_level_markers:
                while j + 1 < len(self.words) and bare(self.words[j + 1]) in markers:
                    j += 1  # "… Российской Федерации"
                return self._republic_name_end(j) if bare(self.words[j]) == "республика" else j + 1
            if self.match(j) is not None:
                return None
        return None

    def _republic_name_end(self, j: int) -> int:
        """After "Республики" (words[j]) the republic's own name, capitalised ("… Республики Мордовия", "…
        Республики Северная Осетия"), is part of the qualifier: up to two words that open no name of their own."""
        k, words = j + 1, self.words
        while k < len(words) and k <= j + _REPUBLIC_NAME_WORDS and words[k].capitalised \
                and not words[k].is_abbreviation and self.match(k) is None \
                and bare(words[k]) not in self.vocab.name_heads and not self._between(k - 1, k).strip():
            k += 1
        return k

    def _absorb_apposition(self, end: int) -> int:
        """"МОЦ - МБУ ДО ДДТ": the name after a dash says who acts in that capacity."""
        if end >= len(self.words) or not any(ch in DASHES for ch in self._between(end - 1, end)):
            return end
        found = self.match(end)
        if found is None and self._is_legal_form(end):  # "МОЦ - МБУ ДО ДДТ": an organisation of no glossary
            j = end + 1
            while j < len(self.words) and self.match(j) is None and not self._starts_another_body(j):
                j += 1
            return j
        return self._absorb_qualifier(found[1]) if found else end


def _nominative_singular(lower: str) -> bool:
    return any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(lower))


def _genitive(lower: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses(lower))
