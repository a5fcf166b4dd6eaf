"""The one pymorphy3 analyser of the process, built on the first question (loading takes ~1 s).

Every stage asks it: the PDF parser whether a piece is a known word, the executor normaliser for
lemmas and inflections, the topic classifier for normal forms.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path


@cache
def analyser():
    import pymorphy3

    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE not in os.environ:
        try:
            import pymorphy3_dicts_ru
        except ImportError:
            pass
        else:  # the Russian dictionary named, not looked up among the entry points of every installed package
            return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    return pymorphy3.MorphAnalyzer()


@cache
def lexicon_forms() -> frozenset[str]:
    """Every form of the words in lexicon.yaml (the field's words the dictionary lacks), as the
    analyser inflects them by analogy."""
    import yaml

    forms: set[str] = set()
    for raw in yaml.safe_load(Path(__file__).with_name("lexicon.yaml").read_text(encoding="utf-8")):
        lemma = str(raw).strip().lower()
        parse = next((p for p in analyser().parse(lemma) if p.normal_form == lemma), None)
        forms.update(f.word for f in parse.lexeme) if parse is not None else forms.add(lemma)  # indeclinable
    return frozenset(form.replace("ё", "е") for form in forms)


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@cache
def _name_heads() -> frozenset[str]:
    import yaml

    raw = yaml.safe_load(Path(__file__).with_name("name_heads.yaml").read_text(encoding="utf-8"))
    return frozenset(str(lemma).replace("ё", "е") for lemma in raw)


@lru_cache(maxsize=4096)
def introduces_a_name(piece: str) -> bool:
    """True for a noun after which a capitalised word is the name it introduces ("сети" Интернет, "конкурс"
    Учитель года: name_heads.yaml), or for a proper noun itself ("Россия")."""
    parses = analyser().parse(piece.lower())
    if parses and parses[0].tag.POS == "NOUN" and _PROPER & set(parses[0].tag.grammemes):
        return True
    return any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _name_heads() for p in parses)


@lru_cache(maxsize=65536)
def is_known_word(piece: str) -> bool:
    """True when the dictionary, or the field's lexicon, knows `piece` as a whole word (any case, ё
    spelt е or ё)."""
    word = piece.lower()
    if not word.isalpha():
        return False
    return bool(analyser().word_is_known(word)) or word.replace("ё", "е") in lexicon_forms()


@lru_cache(maxsize=65536)
def is_word_form(piece: str) -> bool:
    """True when `piece` is a known word or a known word behind a prefix the dictionary lacks
    ("юнармейского", "Минпросвещения"): what a PDF reader may accept as the join of a cut word."""
    word = piece.lower()
    if not word.isalpha():
        return False
    if is_known_word(word):
        return True
    best = analyser().parse(word)[0]
    return type(best.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


_NAMES_ONLY = _PROPER | {"Abbr"}
_NOUN_GROUP_OPENERS = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=65536)
def is_running_word(piece: str) -> bool:
    """True when `piece` is a known word as running text may hold it: a lowercase piece the dictionary
    knows only as a name or an abbreviation ("ия", "ами", "ции") is no word there, but the tail of a
    word a column cut ("Проектор|ия")."""
    if not is_known_word(piece):
        return False
    if not piece.islower():
        return True
    return any(not (_NAMES_ONLY & set(p.tag.grammemes)) for p in analyser().parse(piece))


_FUNCTION_PARTS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})


@lru_cache(maxsize=4096)
def is_function_word(piece: str) -> bool:
    """True for a preposition, conjunction, particle or pronoun ("и", "на", "не", "их"): a short
    piece that stands on its own at a line start rather than ending the word before it."""
    word = piece.lower()
    return word.isalpha() and analyser().parse(word)[0].tag.POS in _FUNCTION_PARTS


@lru_cache(maxsize=4096)
def is_link_word(piece: str) -> bool:
    """True for a preposition of two letters or more ("на", "для"): a word that stands before another,
    never a word's ending as a one-letter "и", a pronoun "мы" or a particle "ли" may be."""
    word = piece.lower()
    return len(word) >= 2 and word.isalpha() and analyser().parse(word)[0].tag.POS == "PREP"


@lru_cache(maxsize=4096)
def are_alike(first: str, second: str) -> bool:
    """True when two words read best as the same part of speech in the same case and number
    ("победителям" and "призерам"), or as a noun and an adjective or participle opening a noun group
    in its case and number ("предметникам" and "руководящим" работникам): the words an "и" between
    them joins ("X и Y")."""
    a, b = first.lower(), second.lower()
    if not (a.isalpha() and b.isalpha()):
        return False
    ta, tb = analyser().parse(a)[0].tag, analyser().parse(b)[0].tag
    if ta.POS is None or ta.case is None:
        return False
    if (ta.POS, ta.case, ta.number) == (tb.POS, tb.case, tb.number):
        return True
    # an adjective's forms are alike across genders ("руководящим": masc ablt, plur datv): any of them;
    # not in the genitive, where the group may as well be the complement of the word before
    # ("профилактики образовательных организаций")
    return ta.POS == "NOUN" and ta.case != "gent" and any(
        p.tag.POS in _NOUN_GROUP_OPENERS and (p.tag.case, p.tag.number) == (ta.case, ta.number)
        for p in analyser().parse(b))


@lru_cache(maxsize=4096)
def is_noun_nominative(piece: str) -> bool:
    """True when `piece` reads best as a noun and may be its singular nominative ("Участие",
    "Организация"): how the name of a measure opens, unlike the words a cut sentence goes on with
    ("Концепции", "Всероссийских")."""
    word = piece.lower()
    if not word.isalpha():
        return False
    parses = analyser().parse(word)
    return parses[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case == "nomn" for p in parses)
