"""Russian morphology for executor names: lemmas, nominative and oblique forms of whole phrases.

pymorphy3 parses one word in ~150 µs, so every parse is memoised per word (the vocabulary of
executor cells is tiny). Phrases are inflected by their head noun with the adjectives before it
agreeing (a word-by-word lemmatiser would give "Департамент образование").
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.vocabulary import cues
from normalizers.language import analyser, fold_case

_ADJECTIVE_POS = {"ADJF", "PRTF"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_WORD_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")


_parse_cache: dict[str, list] = {}


def parses(word: str) -> list:
    """All pymorphy3 parses of a lower-case word (memoised)."""
    found = _parse_cache.get(word)
    if found is None:
        found = analyser().parse(word) if _WORD_RE.match(word) else []
        _parse_cache[word] = found
    return found


_lemma_cache: dict[str, str] = {}


def lemma(word: str) -> str:
    """Normal form of a word, lower case, ё folded to е."""
    low = word.lower()
    found = _lemma_cache.get(low)
    if found is None:
        variants = parses(low)
        found = fold_case(variants[0].normal_form if variants else low)
        _lemma_cache[low] = found
    return found


_pos_cache: dict[str, tuple[str | None, float]] = {}


def part_of_speech(word: str) -> tuple[str | None, float]:
    """(POS, score) of the most likely parse of a lower-case word (memoised)."""
    found = _pos_cache.get(word)
    if found is None:
        variants = parses(word)
        pos = variants[0].tag.POS if variants else None
        # kept as a plain str: pymorphy3's typed grammeme hashes and compares in Python (a check that the other
        # side is a grammeme), and every caller compares it with grammemes, in sets or alone
        found = (str(pos) if pos is not None else None, variants[0].score if variants else 0.0)
        _pos_cache[word] = found
    return found


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """Whether the dictionary knows the word (not only guesses its form)."""
    return _WORD_RE.match(word) is not None and analyser().word_is_known(word)


def is_adjective(word: str) -> bool:
    return part_of_speech(word.lower())[0] in _ADJECTIVE_POS


@lru_cache(maxsize=65536)
def can_modify(word: str) -> bool:
    """An adjective, or a word read first as a noun that can be a nominative adjective ("Главное управление …");
    a pronoun ("все") is no modifier of a name."""
    return is_adjective(word) or any(p.tag.POS == "ADJF" and p.tag.case == "nomn" and "Apro" not in p.tag
                                     for p in parses(word))




_can_be_cache: dict[tuple[str, str, str | None], bool] = {}


def can_be(word: str, pos: str, case: str | None = None) -> bool:
    """Whether any parse of the word has this part of speech (and case)."""
    key = (word.lower(), pos, case)
    found = _can_be_cache.get(key)
    if found is None:
        found = any(p.tag.POS == pos and (case is None or p.tag.case == case) for p in parses(key[0]))
        _can_be_cache[key] = found
    return found




def can_be_nominative(word: str) -> bool:
    """A noun, adjective or participle that can be nominative, or a word the dictionary cannot read."""
    return can_be(word, "NOUN", "nomn") or can_be(word, "ADJF", "nomn") or can_be(word, "PRTF", "nomn") \
        or not parses(word)


def _restore_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _inflect_word(word: str, parse, grammemes: set[str]) -> str:
    parts = word.split("-")
    if len(parts) == 2 and all(parts):  # "учителям-предметникам": both nouns of a compound agree
        pair = [next((p for p in parses(part.lower()) if p.tag.POS == "NOUN" and p.tag.case == parse.tag.case
                      and p.tag.number == parse.tag.number), None) for part in parts]
        if all(pair):
            return "-".join(_inflect_word(part, one, grammemes) for part, one in zip(parts, pair, strict=True))
    try:
        changed = parse.inflect(grammemes)
    except (ValueError, KeyError):
        changed = None
    if changed is None:
        return word
    text = changed.word
    if "-" in word and "-" not in text:
        return word
    text = "-".join(cues().written_forms.get(part, part) for part in text.split("-"))
    return _restore_case(word, text)


def _head_index(words: list[str]) -> int | None:
    """First noun of a phrase; None when it opens with something morphology should not touch."""
    for i, word in enumerate(words):
        if not _WORD_RE.match(word):
            return None
        low = word.lower()
        if word.isupper() and len(word) > 1:
            return None
        if can_be(low, "NOUN") and not (i + 1 < len(words) and (is_adjective(low) and _agrees_next(words, i)
                                                                or _adjective_agreeing_with_next(words, i))):
            return i
        if not can_be(low, "ADJF") and not can_be(low, "PRTF"):
            return None
    return None


def _agrees_next(words: list[str], i: int) -> bool:
    """An ambiguous adjective/noun word followed by a noun is taken as an adjective."""
    return i + 1 < len(words) and _WORD_RE.match(words[i + 1]) is not None and can_be(words[i + 1].lower(), "NOUN")


def _adjective_agreeing_with_next(words: list[str], i: int) -> bool:
    """"старший методист", "главный инспектор": a word the dictionary reads first as a noun (a substantivised
    adjective) but whose adjective reading agrees with the noun after it in case, number and gender."""
    if _WORD_RE.match(words[i + 1]) is None:
        return False
    nouns = [p.tag for p in parses(words[i + 1].lower()) if p.tag.POS == "NOUN"]
    for parse in parses(words[i].lower()):
        tag = parse.tag
        if tag.POS != "ADJF":
            continue
        if any(tag.case == noun.case and tag.number == noun.number
               and (tag.number != "sing" or tag.gender == noun.gender) for noun in nouns):
            return True
    return False


def _noun_phrase_parse(words: list[str], head: int):
    """The parse of the head noun that the adjectives before it agree with."""
    head_parses = [p for p in parses(words[head].lower()) if p.tag.POS == "NOUN"]
    for candidate in head_parses:
        tag = candidate.tag
        if all(_adjective_parse(words[j], tag) is not None for j in range(head)):
            return candidate
    return head_parses[0] if head_parses else None


def _adjective_parse(word: str, noun_tag):
    for parse in parses(word.lower()):
        tag = parse.tag
        if tag.POS not in _ADJECTIVE_POS or tag.case != noun_tag.case or tag.number != noun_tag.number:
            continue
        if tag.number == "sing" and tag.gender and noun_tag.gender and tag.gender != noun_tag.gender:
            continue
        return parse
    return None


@lru_cache(maxsize=65536)
def inflect_phrase(phrase: str, case: str, number: str | None = None) -> str:
    """The phrase with its head noun (and the adjectives before it) put into `case`.

    Words after the head (genitive dependants, quoted names) are left as they are. A phrase that
    opens with an abbreviation or a quote is returned unchanged.
    """
    if case not in _CASES:
        return phrase
    words = phrase.split(" ")
    glossed = _glossed_adjectives(words)
    if glossed:  # "крестьянское (фермерское) хозяйство": the word in parentheses agrees like the others
        inner = inflect_phrase(" ".join(w[1:-1] if i in glossed else w for i, w in enumerate(words)), case, number)
        return " ".join(f"({w})" if i in glossed else w for i, w in enumerate(inner.split(" ")))
    head = _head_index(words)
    if head is None:
        return _inflect_substantive(words, case, number) if words and is_adjective(words[0]) else phrase
    head_parse = _noun_phrase_parse(words, head)
    if head_parse is None:
        return phrase
    target_number = number or head_parse.tag.number or "sing"
    if head_parse.tag.case == case and head_parse.tag.number == target_number:
        return phrase
    if number is not None and _has_form(words[head], case, number) and all(
        _has_form(words[j], case, number) for j in range(head) if is_adjective(words[j].lower())
    ):
        return phrase
    return " ".join(inflect_group(words, head, head_parse, case, target_number))


def _glossed_adjectives(words: list[str]) -> set[int]:
    """Positions of one-word parentheses between an adjective and the noun it qualifies, which gloss the
    adjective before them ("крестьянское (фермерское) хозяйство")."""
    return {i for i in range(1, len(words) - 1) if words[i][:1] == "(" and words[i][-1:] == ")"
            and _WORD_RE.match(words[i][1:-1]) and is_adjective(words[i - 1].lower())
            and is_adjective(words[i][1:-1].lower())}


def inflect_group(words: list[str], head: int, head_parse, case: str, number: str) -> list[str]:
    """The words with the head noun (read as `head_parse`) and the adjectives before it that agree with that
    reading put into `case` and `number` (in the singular, the noun's gender); the other words as written.
    For callers that know the head where `_head_index` would guess it ("участковыми избирательными комиссиями")."""
    grammemes = {case, number}
    out = list(words)
    out[head] = _inflect_word(words[head], head_parse, grammemes)
    for j in range(head):
        adjective = _adjective_parse(words[j], head_parse.tag)
        if adjective is None:
            continue
        adjective_grammemes = set(grammemes)
        if number == "sing" and head_parse.tag.gender:
            adjective_grammemes.add(head_parse.tag.gender)
        out[j] = _inflect_word(words[j], adjective, adjective_grammemes)
    return out


def _has_form(word: str, case: str, number: str) -> bool:
    """The word as written can already be read in this case and number ("учителя" nomn plur)."""
    return any(p.tag.case == case and p.tag.number == number for p in parses(word.lower()))


def _inflect_substantive(words: list[str], case: str, number: str | None) -> str:
    """An adjective used as a noun ("ответственный по направлению") changes alone."""
    parse = next((p for p in parses(words[0].lower()) if p.tag.POS in _ADJECTIVE_POS), None)
    if parse is None:
        return " ".join(words)
    grammemes = {case, number or parse.tag.number or "sing"}
    if "sing" in grammemes and parse.tag.gender:
        grammemes.add(parse.tag.gender)
    return " ".join([_inflect_word(words[0], parse, grammemes), *words[1:]])


def to_nominative(phrase: str) -> str:
    """A cell lists its executors in the nominative: a head that reads as a nominative plural and not as a
    nominative singular ("министерства, ведомства", "администрации районов") stays plural as written, unless the
    adjectives before it can only be singular ("муниципального бюджетного учреждения": a genitive singular)."""
    words = phrase.split(" ")
    head = _head_index(words)
    if head is not None and _nominative_plural_only(words[head].lower()):
        return inflect_phrase(phrase, "nomn", "sing") if _singular_adjectives(words[:head]) else phrase
    return inflect_phrase(phrase, "nomn")


def _singular_adjectives(words: list[str]) -> bool:
    """Adjectives, at least one, none of which can be plural."""
    tags = [[p.tag for p in parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF")] for w in words]
    return bool(tags) and all(found and all(t.number == "sing" for t in found) for found in tags)


@lru_cache(maxsize=16384)
def genitive_only(word: str) -> bool:
    """The noun reads as a genitive and not as a nominative of that number ("кабинета", "управления": a nominative
    plural is another number than its genitive singular; "ЦППМСП", "комиссия" are no such word)."""
    tags = [p.tag for p in parses(word) if p.tag.POS == "NOUN"]
    numbers = {t.number for t in tags if t.case == "gent"}
    return bool(numbers) and not any(t.case == "nomn" and t.number in numbers for t in tags)


@lru_cache(maxsize=16384)
def oblique_head(phrase: str) -> bool:
    """The phrase's head noun cannot be read as a nominative ("заместителю директора", "классному
    руководителю"): the cell names its executor in another case."""
    words = phrase.split(" ")
    head = _head_index(words)
    if head is None:
        return False
    nouns = [p for p in parses(words[head].lower()) if p.tag.POS == "NOUN"]
    if not nouns or any(p.tag.case == "nomn" for p in nouns):
        return False
    # "заведующий хозяйством": a word before the noun that does not agree with it is the head itself
    return any(all(_adjective_parse(words[j], p.tag) is not None for j in range(head)) for p in nouns)


def _nominative_plural_only(word: str) -> bool:
    nouns = [p.tag for p in parses(word) if p.tag.POS == "NOUN"]
    return any(t.case == "nomn" and t.number == "plur" for t in nouns) and not any(
        t.case == "nomn" and t.number == "sing" for t in nouns)


def pluralise(phrase: str) -> str:
    """Nominative plural of a position phrase ("специалист УО" -> "специалисты УО")."""
    return inflect_phrase(phrase, "nomn", "plur")
