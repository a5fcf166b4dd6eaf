"""Roles: people by position ("руководители ОО", "Зав. ДОУ", "методист МКУ «…»"). A position followed by
an organisation is one role named by the position and the organisation's canonical name in the case the
position governs (spec, R12); abbreviated positions are spelt out. A mixin of SegmentResolver."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import (
    abbreviated_category,
    bare,
    misspelt_position,
    opens_a_name,
    position_of,
)
from normalizers.executors.morphology import (
    can_be,
    can_be_nominative,
    inflect_phrase,
    is_adjective,
    is_known,
    parses,
    pluralise,
)
from normalizers.executors.pieces import KNOWN, RULE, Piece
from normalizers.executors.text import DASHES, Item, tidy
from normalizers.executors.vocabulary import cues

_NEXT_WORD_RE = re.compile(r"[А-Яа-яЁё]+")
# "Зав.", "Пед.-организатор", and a short word that ends the text without its dot ("Кл. рук")
_ABBREVIATED_RE = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]{2,4})(?:\.\s*(-?)\s*|$)")
_SUBSTANTIVE_POS = frozenset({"NOUN", "ADJF", "PRTF"})  # "заведующий" is a participle used as a noun
_HEAD_POSTS = frozenset({"руководитель", "директор", "заведующий", "заведовать", "заместитель"})


def _genitive_body(word: Item) -> bool:
    """A capitalised body noun that can be genitive but not a nominative singular ("Министерства")."""
    if bare(word) not in cues().authority_heads:
        return False
    variants = [p for p in parses(word.lower) if p.tag.POS == "NOUN"]
    return any(p.tag.case == "gent" for p in variants) and not any(
        p.tag.case == "nomn" and p.tag.number == "sing" for p in variants)


def _plural_only(word: str) -> bool:
    return can_be(word, "NOUN", "nomn") and not any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(word))


def _written_singular(word: Item) -> bool:
    """"Директор ОО" (a school's own plan: its one director) as against "директора ОбОО" (all of them):
    a head post written in the nominative singular keeps the organisation in the singular (R12)."""
    return not word.is_abbreviation and _nominative_singular_only(word.lower)


@lru_cache(maxsize=4096)
def _nominative_singular_only(word: str) -> bool:
    nominative = any(p.tag.POS in _SUBSTANTIVE_POS and p.tag.case == "nomn" and p.tag.number == "sing"
                     for p in parses(word))
    return nominative and not can_be(word, "NOUN", "gent")


def expand_role_abbreviations(text: str, abbreviations: dict[str, str]) -> str:
    """"Соц. педагог" -> "социальный педагог", "Пед.-организатор" -> "педагог-организатор"."""
    if "." not in text:
        return text

    def expand(match: re.Match) -> str:
        full = abbreviations.get(match.group(1).lower())
        if full is None:
            return match.group()
        if "|" in full:  # an adjective agrees in number with the word it qualifies
            singular, plural = full.split("|")
            following = _NEXT_WORD_RE.match(text, match.end())
            full = plural if following and _plural_only(following.group().lower()) else singular
            if following and full == singular:
                full = _agreeing_in_gender(singular, following.group().lower())  # "Ст. вожатая" -> "старшая"
        return full + ("-" if match.group(2) else " ")

    return _ABBREVIATED_RE.sub(expand, text).strip()


@lru_cache(maxsize=1024)
def _agreeing_in_gender(adjective: str, noun: str) -> str:
    """The masculine adjective put in the gender of the nominative singular word it qualifies."""
    gender = next((p.tag.gender for p in parses(noun) if p.tag.case == "nomn" and p.tag.number == "sing"), None)
    if gender in (None, "masc"):
        return adjective
    variant = next((p for p in parses(adjective) if p.tag.POS == "ADJF"), None)
    changed = variant.inflect({"nomn", "sing", gender}) if variant is not None else None
    return changed.word if changed is not None else adjective


def spell_out_compound(text: str, compounds: dict[str, str]) -> str:
    """"Завхоз" -> "заведующий хозяйством": a post written as one compound word reads as the full post."""
    first, _, rest = text.partition(" ")
    full = compounds.get(first.lower())
    if full is None:
        return text
    return f"{full} {rest}" if rest else full


class RoleRules:
    def starts_role(self, i: int) -> bool:
        words = self.words
        at = i
        position = position_of(words[i])
        if position is None and i + 1 < len(words) and self._qualifies_a_position(words[i]):
            at = i + 1
            position = position_of(words[at])
        if position is None:
            return False
        if i > 0 and not words[at].is_abbreviation and not can_be_nominative(words[at].lower):
            return False  # "руководитель ШМО учителей начальных классов": a dependent, not a new role
        if position.requires_group:
            found = self.match(i + 1) if i + 1 < len(words) else None
            return found is not None and found[0].kind in self.vocab.group_kinds
        return True

    def council_of_a_body(self, i: int) -> tuple[Piece, int] | None:
        """"Совет РОО", "Коллегия УО": the collective body of a body a glossary knows, one executor."""
        words = self.words
        if bare(words[i]) not in self.vocab.council_heads or i + 1 >= len(words):
            return None
        found = self.match(i + 1)
        if found is None or found[0].kind not in self.vocab.body_kinds | self.vocab.group_kinds:
            return None
        entry, end = found
        name = f"{words[i].lower} {self._organisation_in_case(entry.name, 'gent')}"
        return self._piece(name, None, "other", i, end, RULE), end

    def _genitive_dependent_end(self, end: int) -> int:
        """End of lower-case genitive words right after a name that depend on it, else `end`."""
        words, k, last_noun = self.words, end, end
        while k < len(words) and not (words[k].is_abbreviation or words[k].capitalised or words[k].is_number
                                      or words[k].lower in self.vocab.connectors
                                      or words[k].lower in self.vocab.prepositions or self.match(k) is not None):
            word = words[k].lower
            if can_be(word, "NOUN", "gent") and (last_noun > end or not can_be_nominative(word)):
                last_noun = k + 1
            elif not (is_adjective(word) and (can_be(word, "ADJF", "gent") or can_be(word, "PRTF", "gent"))):
                break
            k += 1
        return last_noun

    def _qualifies_a_position(self, word: Item) -> bool:
        """An adjective or a short modifier before a position ("социальный педагог", "Соц. педагог")."""
        modifiers = self.vocab.role_modifiers
        return is_adjective(word.lower) or word.lower in modifiers or bare(word) in modifiers

    def _role(self, i: int) -> tuple[Piece, int]:
        words, n = self.words, len(self.words)
        j = i
        if position_of(words[j]) is None:
            j += 1
        head = words[j]
        head_position = position_of(head)
        j += 1
        governs = head_position.governs
        while j < n and position_of(words[j]) is not None and self.match(j) is None \
                and not self._reads_as_new_name(j):
            governs = position_of(words[j]).governs  # "заместитель директора", not "Кл. руководители Организатор"
            j += 1
        k = j
        while k < n and (self.match(k) is None or (k > j and self._genitive_of_previous(k))):
            word = words[k]
            if word.capitalised and not word.is_abbreviation and not self._inside_quotes(k) \
                    and not _genitive_body(word):
                break  # a new name; "специалисты Министерства" keeps the body the staff belong to
            if word.lower == "и" and k + 1 < n and opens_a_name(words, k + 1):
                break  # "родители учащихся и представители общественности": two roles
            k += 1
        position_text = self._span_text(i, j, with_dot=True)
        spelt = None if head.is_abbreviation or is_known(head.lower) else misspelt_position(head.lower)
        if spelt is not None:  # "методиты" -> "методисты": the typo stays in the mention only
            position_text = position_text.replace(head.text, spelt[1], 1)
        tail_text = self._tail_text(j, k)
        found = self.match(k) if k < n else None
        compose = found is not None and (
            k == j or words[k - 1].lower in self.vocab.prepositions or position_of(words[k - 1]) is not None
        )
        if found is not None and compose and k == j and self._reads_as_new_name(k):
            compose = False
        if compose:
            entry, end = found
            case = self.vocab.prepositions.get(words[k - 1].lower, governs) if k > j else governs
            if k > j and position_of(words[k - 1]) is not None:
                case = position_of(words[k - 1]).governs
            one_of_group = entry.kind in self.vocab.group_kinds and bare(head) in _HEAD_POSTS
            single_post = one_of_group and _written_singular(head)
            organisation = self._organisation_in_case(entry.name, case, "sing" if single_post else None)
            plural = head_position.staff or (one_of_group and not single_post)
            name = self._position_name(position_text, plural) + tail_text + " " + organisation
            end = self._absorb_qualifier(end)
            dependent = self._genitive_dependent_end(end)
            if dependent > end:  # "руководитель ШМО учителей начальных классов"
                name += " " + self._span_text(end, dependent)
                end = dependent
        else:
            end = k
            # staff of a named organisation are a category ("методисты МКУ «…»"); a post alone stays as written
            plural = (head_position.staff and any(w.is_abbreviation for w in words[j:k])) \
                or abbreviated_category(words, j - 1)
            spelt_body = self._legal_form_and_known_name(j, k) if k > j else None  # "специалисты МКУ ЦРО"
            name = self._position_name(position_text, plural) + (" " + spelt_body.name if spelt_body else tail_text)
        name = tidy(name)
        known = self.glossary.lookup(name)
        if known is not None:
            return self._piece(known.name, known.abbreviation, known.kind, i, end, KNOWN), end
        return self._piece(name, None, "role", i, end, RULE), end

    def _tail_text(self, j: int, k: int) -> str:
        """Words after the position as written, with what separates them from it ("-предметники")."""
        if k <= j:
            return ""
        start = self.words[j - 1].end - self.offset
        tail = self.text[start:self.words[k - 1].end - self.offset]
        if tail[:1] == ".":  # "Зав.МК": the abbreviation's dot belongs to the position
            tail = tail[1:] if tail[1:2].isspace() or tail[1:2] in DASHES else " " + tail[1:]
        return tail

    def _reads_as_new_name(self, k: int) -> bool:
        """A capitalised nominative name right after a position starts a new executor."""
        word = self.words[k]
        return word.capitalised and not word.is_abbreviation and can_be(word.lower, "NOUN", "nomn")

    def _position_name(self, text: str, plural: bool) -> str:
        text = expand_role_abbreviations(" ".join(text.split()), self.vocab.role_abbreviations)
        text = spell_out_compound(text, self.vocab.compound_posts)
        text = text[:1].lower() + text[1:] if not (text[:2].isupper()) else text
        return pluralise(text) if plural else text

    @staticmethod
    def _organisation_in_case(name: str, case: str, number: str | None = None) -> str:
        inflected = inflect_phrase(name, case, number)
        first = inflected.split(" ", 1)[0]
        if first[:2].isupper() or first[:1] in "«\"":
            return inflected
        return inflected[:1].lower() + inflected[1:]
