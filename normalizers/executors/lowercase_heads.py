"""Bodies of government run together in one cell with neither comma nor line break: "Управление труда и
социального развития области управление культуры и архивного дела области" lists two departments whose line
break the source lost. A head of government written in lower case in the nominative, right after a name that
ends in a genitive noun, opens the next body; a head in an oblique case ("отдел управления делами") and a head
after a preposition or a number belong to the words before it. A head read by level ("служба": executor_cues.yaml,
level_heads) opens one the same way ("Госветслужба района служба ЖКХ"), and so do lower-case adjectives in the
nominative before a body's head, after a genitive noun or initials ("отдел ЖКХ сельские библиотеки")."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_OBLIQUE = ("gent", "datv", "ablt", "loct")
_MOST_ADJECTIVES = 3  # "городские детские библиотеки"


def opens_a_lowercase_body(words: list[Item], k: int, heads: frozenset[str] | set[str]) -> bool:
    """Whether words[k], a lower-case head of government in the nominative only, follows a genitive noun; or
    opens nominative adjectives before the head of a body after a genitive noun or initials."""
    word, before = words[k], words[k - 1]
    if word.capitalised or word.is_abbreviation or before.is_number:
        return False
    if can_be(word.lower, "ADJF", "nomn") and _nominative_only(word.lower, "ADJF"):
        if before.lower in cues().connectors:
            return False  # "производственные и ведомственные …": the adjective after "и" goes with the one before
        return ends_a_name(before) and _adjectives_before_a_head(words, k)  # "Иловская территориальная …": one name
    if before.is_abbreviation or bare(word) not in heads and bare(word) not in cues().level_heads:
        return False
    return _nominative_only(word.lower, "NOUN") and can_be(before.lower, "NOUN", "gent")


def ends_a_name(word: Item) -> bool:
    """Initials, or a noun that can be a genitive and no adjective ("района", not "Иловская"): a name may end
    there and the next body open after it."""
    return word.is_abbreviation or can_be(word.lower, "NOUN", "gent") and not can_be(word.lower, "ADJF")


def _nominative_only(lower: str, part: str) -> bool:
    return can_be(lower, part, "nomn") and not any(can_be(lower, part, case) for case in _OBLIQUE)


def _adjectives_before_a_head(words: list[Item], k: int) -> bool:
    """Adjectives in the nominative only from words[k] up to a body's head noun. Adjectives joined by "и" are not
    taken: the words they share read as no body here, so no split would hold (coordinated_adjectives.py reads them
    after a comma)."""
    vocab = cues()
    j = k
    while j < len(words) and j - k <= _MOST_ADJECTIVES and (
            not words[j].is_abbreviation and _nominative_only(words[j].lower, "ADJF")):
        j += 1
    if j == k or j >= len(words) or words[j].capitalised or words[j].is_abbreviation:
        return False
    head = bare(words[j])
    return (head in vocab.authority_heads or head in vocab.level_heads or head in vocab.external_heads) \
        and can_be(words[j].lower, "NOUN", "nomn")  # "библиотеки": the adjectives tell the plural from the genitive
