"""The level of a plan read from its title: the ingest and the scorer ask the same question of a document.

A title that names one educational institution ("План работы МБОУ «СОШ № 5» на 2024-2025 учебный год",
"План мероприятий школы по …", "Годовой план работы ДОУ", "… МДОУ детский сад № 3 …") is the plan of that
institution: its cells are read at the level "institution" (roles over it singular, O60); so is a document
whose issuer is one ("МБОУ «СОШ № 5»" heading its own order). A legal form
without a name ("питание в МОУ"), a plural ("школ района") or a noun with a qualifier of its own ("школы
молодого педагога", "учреждений культуры") names no one institution: the title says nothing (None), and the
level is read as before (municipal with a municipality, regional without one).
"""

from __future__ import annotations

from normalizers.executors.glossary import glossary_for
from normalizers.executors.levels import INSTITUTION
from normalizers.executors.morphology import parses
from normalizers.executors.spelt_institution_titles import names_a_spelt_institution
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import cues

# the words of a plan's title after which a genitive names whose plan it is ("План работы школы")
_OWNER_AFTER = frozenset({"план", "работа", "мероприятие", "деятельность", "карта", "программа", "график"})
# a generic institution word that can stand for the plan's owner in the genitive singular
_GENERIC = frozenset({"учреждение"})
# what may follow the owner's name besides a preposition of the shared vocabulary: a number sign
_NUMBER_SIGN = "№"
_OPENING = "«\"“„("


def level_of_title(title: str | None, issuer: str | None = None) -> str | None:
    """"institution" when the title names one educational institution, or the issuer of the document is one
    ("МБДОУ Детский сад № 45": a kindergarten's order), else None (the default level)."""
    if issuer and str(issuer).strip() and _names_one_institution(str(issuer), in_title=False):
        return INSTITUTION
    if not title or not str(title).strip():
        return None
    return INSTITUTION if _names_one_institution(str(title), in_title=True) else None


def _names_one_institution(text: str, in_title: bool) -> bool:
    if names_a_spelt_institution(text):  # "… муниципального бюджетного общеобразовательного учреждения «…»"
        return True
    words = items(text)
    for k, word in enumerate(words):
        if _educational_form(word) and _named_after(text, words, k):
            return True
        if in_title and k and words[k - 1].bare in _OWNER_AFTER and _owner_in_genitive(text, words, k):
            return True
    return False


def _educational_form(word: Item) -> bool:
    """"МБОУ", "МАДОУ", "ГБОУ", "МБУДО": the legal form of an educational institution."""
    vocab = cues()
    form = word.bare
    return word.is_abbreviation and form in (vocab.municipal_forms | vocab.state_forms) \
        and ("оу" in form or form.endswith("удо"))


def _after_owner(word: Item) -> bool:
    """A word that may follow the owner's name: a preposition ("школы на 2024 год") or "№"."""
    prepositions = cues().prepositions
    return word.text == _NUMBER_SIGN or word.bare in prepositions or word.lower in prepositions


def _named_after(text: str, words: list[Item], k: int) -> bool:
    """The legal form is followed by a name: a quote, "№", a school's type ("СОШ", "детский сад", "Гимназия")."""
    if k + 1 >= len(words):
        return False
    following = words[k + 1]
    between = text[words[k].end:following.start]
    if any(mark in between for mark in "«\"“„"):
        return True
    return following.text == "№" or following.bare in cues().school_types or following.bare == "детский" \
        or (following.capitalised and not following.is_abbreviation and not _after_owner(following))


def _owner_in_genitive(text: str, words: list[Item], k: int) -> bool:
    """"работы школы", "мероприятий детского сада", "работы ДОУ": one institution in the genitive singular."""
    word = words[k]
    end = k + 1
    if word.is_abbreviation:
        entry = glossary_for("", ()).lookup(word.text)
        if entry is None or entry.kind not in cues().group_kinds:
            return False
    elif word.bare == "детский" and end < len(words) and words[end].bare == "сад" \
            and words[end].lower == "сада":
        end += 1
    elif not ((word.bare in cues().school_types or word.bare in _GENERIC) and _genitive_singular(word.lower)):
        return False
    return _nothing_of_its_own(text, words, end)


def _genitive_singular(word: str) -> bool:
    """"школы", "гимназии" (also a plural nominative, never after "работы"); not "школ"."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" for p in parses(word))


def _nothing_of_its_own(text: str, words: list[Item], end: int) -> bool:
    """The owner's name ends there: the title ends, or goes on with a preposition, a number, a quote."""
    if end >= len(words):
        return True
    following = words[end]
    between = text[words[end - 1].end:following.start]
    return _after_owner(following) or following.is_number \
        or any(mark in between for mark in _OPENING) or any(mark in between for mark in ",;:.–—")
