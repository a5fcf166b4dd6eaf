"""The body that issues an order calls itself by its initials in the order's tables: the order of the
"Департамент образования Администрации г. …" names "ДО" as executor, writes "на сайте ДО", "приказ ДО", and never
says "(далее – ДО)". Two letters alone have too many readings to guess (ДО is also дополнительное образование), but
the initials of the document's own issuer are the reading its writer had in mind: the document defines them,
unless the sector already reads those letters as another body ("Отдел образования" is no ОО).
"""

from __future__ import annotations

from normalizers.executors.glossary import COMMON, municipal_index
from normalizers.executors.morphology import is_known, parses
from normalizers.executors.text import keys
from normalizers.executors.vocabulary import cues

_PROPER = frozenset({"Surn", "Name", "Patr", "Geox"})  # "Ивановского": a surname's or a place's reading
MIN_WORD = 3  # "по", "и" give no letter: "Комитет по образованию" is КО


def issuer_definition(issuer: str | None) -> tuple[str, str] | None:
    """(initials, name) of an executive body that issues the document, its municipal qualifier dropped
    ("Департамент образования Администрации г. Саров" -> ("ДО", "Департамент образования")), or None when the
    issuer is not one body of government named by a head and its field."""
    if not issuer:
        return None
    words = issuer.split()
    vocab = cues()
    cut = next((i for i, word in enumerate(words) if i > 0 and word.lower().strip(".,") in vocab.qualifier_starts),
               len(words))
    words = words[:cut]
    if len(words) < 2 or words[0].lower() not in vocab.authority_heads:
        return None
    if any(not word.isalpha() for word in words):
        return None  # numbers, quotes, initials: not a head and its field
    if not all(_common_word(word) for word in words[1:]) or not _opens_a_field(words[1].lower()):
        return None  # "Администрация Энского района": a territory, not a field of work
    lettered = [word for word in words if len(word) >= MIN_WORD]
    initials = "".join(word[0] for word in lettered).upper()
    name = " ".join(words).lower()
    name = name[:1].upper() + name[1:]
    known = municipal_index(COMMON).get(keys(initials))
    if known is not None and keys(known.name) != keys(name):
        return None  # "Отдел образования" is no ОО: the sector reads ОО as its образовательные организации
    return initials, name


def _common_word(word: str) -> bool:
    """A word of a body's field ("образования", "по", "культуры"): written in lower case, or, in an issuer written
    all in capitals, a word the dictionary knows (not a place's name it can only guess)."""
    if not word.isupper():
        return word.islower()
    return is_known(word.lower())


def _opens_a_field(word: str) -> bool:
    """The field follows the head as a noun in the genitive ("образования") or after "по" ("по образованию"); a
    place's adjective or a surname ("Ивановского") is no field."""
    return word == "по" or any(p.tag.POS == "NOUN" and p.tag.case == "gent" and not _PROPER & p.tag.grammemes
                               for p in parses(word))
