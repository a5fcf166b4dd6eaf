"""An executive committee ("исполком", "исполнительный комитет") is the executive body of a municipality where one is
named after it ("Исполком Заинского муниципального района", "Исполнительный комитет г. Энска": `authority`, as an
administration), and the executive organ of a society or a movement otherwise ("исполком Собора русских …": a
non-government body, `external`, spec). A town's or district's committee is also written as one word, its place's
prefix glued to "ком" and its field ("Москомархитектура", "Горкомэкологии"): the town's executive body, `authority`;
so is a committee followed by its territory's initials ("Исполком НМР").
Lemmas and prefixes in executor_cues.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import is_known, parses
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    table = more_cues().get("executive_committees") or {}
    names = tuple(frozenset(name) for name in table.get("names") or ())
    return names, frozenset(table.get("territories") or ())


@lru_cache(maxsize=1)
def _glued() -> re.Pattern[str]:
    """"<place prefix>ком<field of four letters or more>": "горкомхоз" (a utilities firm) is no committee."""
    prefixes = "|".join(sorted(more_cues().get("executive_committees", {}).get("glued_prefixes") or ()))
    return re.compile(rf"(?:{prefixes})(ком[а-яё]{{4,}})")


def _glued_committee(word: str) -> bool:
    """"москомархитектура", not "горкомбинат": the rest after the prefix is no word of its own (комбинат, комплекс)."""
    match = _glued().fullmatch(word)
    return match is not None and not is_known(match.group(1))


def executive_committee_kind(words: set[str], items: list = ()) -> str | None:
    """The kind of an executive committee named by these lemmas (its words `items`), or None when they name none."""
    names, territories = _cues()
    if any(_glued_committee(word) for word in words):
        return "authority"
    if not any(name <= words for name in names):
        return None
    if words.isdisjoint(territories) and not any(map(_initials().fullmatch, words)) and not _names_a_town(items):
        return "external"
    return "authority"


def _names_a_town(items: list) -> bool:
    """"Исполком Энска", "… исполкома Заинска": a capitalised word right after the committee's own word that the
    dictionary knows as a place's name, or not at all (a town's name), is the municipality the committee is of;
    "Собора" is a common noun, and a region further on ("… Собора русских Башкортостана") is the society's."""
    for at in range(len(items) - 1):
        if items[at].lower.startswith(_committee_nouns()):
            word = items[at + 1]
            return word.capitalised and not word.is_abbreviation and (
                not is_known(word.lower) or any("Geox" in p.tag for p in parses(word.lower)))
    return False


@lru_cache(maxsize=1)
def _committee_nouns() -> tuple[str, ...]:
    """The head noun of each committee name of the vocabulary (its last lemma: "исполнительный комитет" -> "комитет"),
    which its inflected forms open with."""
    order = more_cues()["executive_committees"]["names"]
    return tuple(dict.fromkeys(name[-1] for name in order))


@lru_cache(maxsize=1)
def _initials() -> re.Pattern[str]:
    """"Исполком ЕМР": a territory's initials, one to three letters of its name and its kind's letters
    (territory_initial_endings: "ГО", "МР", "МО"), as territory_initials.py reads them after a body."""
    endings = "|".join(str(e) for e in more_cues().get("territory_initial_endings") or ())
    return re.compile(rf"[а-яё]{{1,3}}(?:{endings})")
