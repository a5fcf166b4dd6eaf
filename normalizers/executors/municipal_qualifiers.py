"""The municipal qualifier of a body's name (sample R4): "Отдел образования администрации Энского района" is
named "Отдел образования", "Управление культуры мэрии г. Энска" "Управление культуры", "Антитеррористическая
комиссия Энского муниципального района" "Антитеррористическая комиссия". The qualifier is the genitive owner
(администрации, мэрии, исполкома + territory) or a genitive municipal territory with its own name closing the
name. The mention keeps the words as written; the abbreviation is not touched.

Kept whole: roles (R12: a post over a qualified body is named as written), groups (a plural head, or a plural
territory: several municipalities' bodies), a region's body (its region's name is part of it, and a city that is a
region), a body the territory names as its own (the administration, a prefecture), words inside a quoted legal
name, and everything in a regional or federal plan, where the municipality tells one municipality's body from
another's. Two executors of a cell left with one name keep their qualifiers: the territory tells them apart.
The words are vocabulary (executor_cues.yaml, municipal_qualifiers).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from normalizers.executors.morphology import lemma, parses
from normalizers.executors.short_territories import letters, short_territory_pattern
from normalizers.executors.vocabulary import more_cues

_KEPT_KINDS = frozenset({"role", "school", "schools", "preschool", "preschools"})
_OWN_LEVELS = frozenset({"municipal", "institution"})
_CITY_NOUNS = frozenset({"г", "город", "города"})
_LETTERS = 5  # an owner shorter than this is letters ("АМС"), written in capitals
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z][\w.-]*")
_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:ого|его)"
_NAME = r"(?:[«\"][^»\"]+[»\"]|[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)*)"
_CITY = r"(?:(?:город|г\.)\s*)?"
# words one of which opens every alternative of the bare territory below (as the pattern reads them; a
# municipality's letters are added from the yaml, short_territories.py)
_BARE_WORDS = ("г.", "город", "муниципального")
# a genitive municipal territory closing a name, its region after it if any; a municipality's letters before its
# quoted name ("… МО «Энский район»") as "муниципального образования «…»"
_BARE = re.compile(
    r"(?<=\s)(?:" + _ADJ + r"\s+(?:муниципального|городского)\s+(?:района|округа)"
    + r"|(?:города|г\.)\s*" + _NAME + r"|(?:" + short_territory_pattern() + r")\s*[«\"][^»\"]+[»\"]"
    + r"|(?:г\.\s?о\.|городского\s+округа|муниципального\s+(?:района|округа|образования))\s*(?:[–—-]\s*)?"
    + _CITY + _NAME + r")(?:\s+" + _ADJ.replace("(?:ого|его)", "(?:ой|ого)") + r"\s+(?:области|края|республики))?\s*$")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = more_cues()["municipal_qualifiers"]
    owners = sorted(data["owners"], key=len, reverse=True)
    pattern = r"(?<![\w-])(?:местной\s+)?(?:" + "|".join(o.replace(" ", r"\s+") for o in owners) + r")(?![\w-])"
    # what the pre-filter looks for: an owner's first word after its first letter (lower case or capitalised,
    # no lower() of the names: that costs more than the tests) or a bare territory's word
    upper = {owner.upper() for owner in owners if len(owner) < _LETTERS}  # "АМС": written in capitals
    needed = sorted({owner.split()[0].lower()[1:] for owner in owners} | set(_BARE_WORDS)
                    | {word for word in upper if not any(other in word for other in upper - {word})}
                    | {f"{short[-2:]} «" for short in letters()})  # "МО «…»": before a quoted name only
    # one alternation made from the yaml, searched in C: a word added to the yaml cannot escape it
    holds_one = re.compile("|".join(re.escape(word) for word in needed)).search
    return {"owner": re.compile(pattern, re.IGNORECASE), "holds_one": holds_one,
            **{key: frozenset(data[key]) for key in ("municipal_nouns", "plural_nouns", "regional_nouns",
                                                    "own_territory_heads", "prepositions", "body_heads")},
            "cities": tuple(data["federal_city_stems"])}


def without_municipal_qualifiers(executors: list, level: str) -> list:
    """The executors with each municipal body named without its municipal qualifier (R4)."""
    if level not in _OWN_LEVELS or not executors:
        return executors
    # a pre-filter in C, once a cell, on the words the yaml's owners and the bare territories need: most cells
    # hold none
    if not _vocab()["holds_one"]("\n".join([executor.name for executor in executors])):
        return executors
    # a body, its owner or territory and the territory's name: three words at least
    bare = [_bare_name(e.name) if e.kind not in _KEPT_KINDS and e.name.count(" ") > 1 else None for e in executors]
    if not any(bare):
        return executors
    names = [new or e.name for new, e in zip(bare, executors, strict=True)]
    return [replace(e, name=new) if new and names.count(new) == 1 else e
            for new, e in zip(bare, executors, strict=True)]


def _bare_name(name: str) -> str | None:
    """The name without its municipal qualifier, None where it has none (or keeps it)."""
    vocab = _vocab()
    cut = next((m.start() for m in vocab["owner"].finditer(name)
                if m.start() > 0 and not _quoted(name[:m.start()]) and _municipal(name[m.end():], vocab)), None)
    if cut is None:
        found = _BARE.search(name)
        if found is None or _quoted(name[:found.start()]) or not _municipal(name[found.start():], vocab) \
                or not _names_a_body(name[:found.start()], vocab):
            return None  # "МБУ «Центр …» г. Энска": an institution's town says where it is, not whose it is
        cut = found.start()
    head = name[:cut].rstrip(" ,–—-")
    return head if _singular_body(head, vocab) else None


def _quoted(before: str) -> bool:
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1


def _municipal(territory: str, vocab: dict) -> bool:
    """Whether the words after the owner name one municipality (not a region, not several)."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(territory)]
    if not words or words[0] in vocab["plural_nouns"]:
        return False
    city = next((k for k, word in enumerate(words) if word.startswith(vocab["cities"])), None)
    if city is not None:  # a city that is a region: only a district of it before its name ("… района Москвы")
        return any(word in vocab["municipal_nouns"] and word not in _CITY_NOUNS for word in words[:city])
    for word in words:
        if word in vocab["regional_nouns"]:
            return False
        if word in vocab["municipal_nouns"]:
            return True
    return True  # "администрации Энска": an administration of no region is a municipality's


def _names_a_body(head: str, vocab: dict) -> bool:
    """Words before a bare territory that name a body of government or a commission (outside any quote, or the
    first word of the quoted name after a legal form's letters alone: "МКУ «Управление образования»")."""
    outside, *quoted = re.split(r"[«\"]", head, maxsplit=1)
    words = _WORD.findall(outside)
    if quoted and words and all(word.isupper() for word in words):
        words = _WORD.findall(quoted[0])[:1]
    return any(lemma(word) in vocab["body_heads"] for word in words)


def _singular_body(head: str, vocab: dict) -> bool:
    """A body of its own: words before the qualifier, not a group, no preposition governing the owner, and no
    head that the territory names as its own ("Администрация Энского района", "префектура … округа")."""
    words = _WORD.findall(head)
    if not words or words[-1].lower() in vocab["prepositions"]:
        return False
    lemmas = " " + " ".join(lemma(w) for w in words) + " "
    if any(f" {own} " in lemmas for own in vocab["own_territory_heads"]):
        return False
    return not _plural_only(words[0].lower())


def _plural_only(word: str) -> bool:
    """"управы", "территориальные": every nominative reading plural (a word the dictionary cannot read is not)."""
    nominative = [p.tag for p in parses(word) if p.tag.case == "nomn"]
    return bool(nominative) and all(tag.number == "plur" for tag in nominative)
