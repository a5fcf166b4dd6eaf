"""Which comma does not separate executors: the piece after it continues the name before it ("…, администрации
МО", "Департамент образования, культуры", "лица, ответственные за …"), or closes a list the piece before opened.
Apart from the cutting of the cell (splitting.py), which reads punctuation and parentheses alone."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from normalizers.executors.classification import continues_a_complement, continues_a_name
from normalizers.executors.comma_heads import describes_the_name_before, opens_an_executor
from normalizers.executors.genitive_lists import continues_a_role_list
from normalizers.executors.morphology import can_be, is_adjective, parses
from normalizers.executors.open_lists import closes_an_open_list
from normalizers.executors.shared_nouns import awaits_a_shared_noun
from normalizers.executors.territory_lists import continues_a_territory_list
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_MERGE_STARTS = frozenset({"администрации", "г", "гор", "города", "муниципального", "городского"})


def merge_qualifiers(spans: list[tuple[int, int]], all_words: list[Item], starts: list[int],
                      text: str) -> list[tuple[int, int]]:
    if len(spans) < 2:
        return spans
    out: list[tuple[int, int]] = []
    previous: list[Item] = []
    for start, end in spans:
        words = all_words[bisect_left(starts, start):bisect_left(starts, end)]
        comma = out and text.find(",", out[-1][1], start) >= 0  # no slice made to look for the comma
        plural = comma and bool(words) and words[0].lower in _MERGE_STARTS and _plural_phrase(words)
        # "… городских, сельских поселений": one body; listed places ("Администрации Верхнего, Нижнего районов")
        # are bodies of their own (shared_heads.py)
        if comma and previous and not previous[-1].capitalised and awaits_a_shared_noun(previous[-1], words):
            out[-1] = (out[-1][0], end)
            previous = previous + words
        elif comma and words and not plural and not opens_an_executor(words) and (  # "…, администрации городов"
            words[0].lower in _MERGE_STARTS or _genitive_only(words[0]) or describes_the_name_before(words)
            or (bool(previous) and (continues_a_name(previous[-1], words) or continues_a_complement(previous, words)
                                    or continues_a_territory_list(previous, words)))  # "по г. N, N-скому району"
        ) or (comma and (continues_a_role_list(previous, words)  # "руководители учреждений культуры, школ"
                         or _persons_described(previous, words)
                         or (bool(words) and words[0].is_abbreviation and bool(previous)
                             and closes_an_open_list(previous, words)))):
            out[-1] = (out[-1][0], end)
            previous = previous + words
        else:
            out.append((start, end))
            previous = words
    return out


def _persons_described(previous: list[Item], words: list[Item]) -> bool:
    """"лица, ответственные за питание": "лица" alone names no one; the clause after the comma says who."""
    return len(previous) == 1 and previous[0].bare in more_cues()["described_persons"] and bool(words) \
        and is_adjective(words[0].lower)


def _plural_phrase(words: list[Item]) -> bool:
    """"администрации муниципальных районов" names many administrations: nominative plural, not a qualifier."""
    if len(words) < 2 or words[1].is_abbreviation:
        return False
    variants = [p for p in parses(words[1].lower) if not ({"Surn", "Name", "Patr"} & p.tag.grammemes)]
    return bool(variants) and all(p.tag.number == "plur" for p in variants if p.tag.POS in ("ADJF", "PRTF", "NOUN"))


def _genitive_only(word) -> bool:
    """A lower-case noun that cannot be nominative continues the name before the comma ("…, спорта")."""
    return not (word.is_abbreviation or word.capitalised or word.is_number) and _genitive_noun_only(word.lower)


@lru_cache(maxsize=8192)
def _genitive_noun_only(lower: str) -> bool:
    return can_be(lower, "NOUN", "gent") and not can_be(lower, "NOUN", "nomn") and not is_adjective(lower)
