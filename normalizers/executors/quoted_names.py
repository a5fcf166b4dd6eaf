"""Names in quotes: whether a word stands inside quotes the segment opened, where a quoted name closes, and what
kind of body the quoted name says the words before it are. A mixin of SegmentResolver."""

from __future__ import annotations

from normalizers.executors import gap_bounds
from normalizers.executors.classification import classify
from normalizers.executors.vocabulary import cues, more_cues


class QuotedNames:
    def _quoted_kind(self, i: int, j: int) -> tuple[str, bool] | None:
        """"муниципальное учреждение «Управление образования …»": the quoted name says what the body is."""
        quoted = [k for k in range(i, j) if self._inside_quotes(k)]
        if not quoted or quoted[0] == i or _typed_institution(self.words[i:quoted[0]]):
            return None
        found = self.glossary.longest_match(self.keys, quoted[0])  # "«Энская ЦБС»": a place, then a known body
        kind = found[0].kind if found is not None else gap_bounds.kind_after_place_adjectives(
            self.words, self.keys, self.glossary, quoted[0], quoted[-1] + 1)
        read = (kind, True) if kind is not None else classify(self.words[quoted[0]:quoted[-1] + 1])
        return None if read is not None and read[0] == "role" else read  # "конкурса «Учитель года»": a title

    def _office_in_quotes(self, i: int, j: int) -> bool:
        """"Муниципальное казенное учреждение «Управление благоустройства города»": an institution spelt out whose
        quoted name is an office of government acts for the municipality, as "МКУ «Управление …»" does (O61)."""
        quoted = [k for k in range(i, j) if self._inside_quotes(k)]
        if not quoted or quoted[0] == i or not any(word.key == "учреждение" for word in self.words[i:quoted[0]]):
            return False
        return self._quoted_kind(i, j) == ("authority", True)

    def _closed_before(self, k: int, gap: str) -> bool:
        """"ГБУЗ "ЦРБ" ОМВД": a straight quote right after the quoted word, then a space, closes the name."""
        return gap.strip() in ('"', "”") and gap[-1:].isspace() and self._inside_quotes(k - 1)

    def _inside_quotes(self, k: int) -> bool:
        """Whether word k stands inside quotes opened earlier in the segment."""
        if not self._quoted:
            return False
        before = self.text[:self.words[k].start - self.offset]
        return before.count("«") > before.count("»") or (before.count('"') + before.count("“")) % 2 == 1


def _typed_institution(before: list) -> bool:
    """"Детский сад «Ромашка»", "Школа «Гармония»": the words before the quotes name the institution's type
    (executor_cues.yaml: school_types, kindergarten_types), so the quoted words are only its own name."""
    types = cues().school_types | frozenset(more_cues().get("kindergarten_types") or ())
    return not any(word.is_abbreviation for word in before) and any(word.bare in types for word in before)
