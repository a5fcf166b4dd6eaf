"""Acronyms a post's title takes right after the post word, spelt out in the role's name as the nomenclature of
posts writes it: school subjects after a teaching post ("учитель ФК" -> "учитель физической культуры",
"инструктор по ФК" -> "инструктор по физической культуре"), the field of a teacher ("педагоги ДО" -> "педагоги
дополнительного образования"), the committee a chair heads ("председатель ПК" -> "председатель профсоюзного
комитета"). Which acronym, after which post (a lemma), is shared vocabulary (executor_cues.yaml, post_acronyms);
read only after that post, since alone the letters mean other things ("ДО" is a department of education in one
municipality, "ПК" a region). Acronyms a post keeps as written ("учитель ОБЖ", "учителя ИЗО") are not listed."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, lemma
from normalizers.executors.vocabulary import more_cues

_WORD_RE = re.compile(r"[А-Яа-яЁё-]+")


@lru_cache(maxsize=1)
def _acronyms() -> tuple[dict[str, dict[str, str]], re.Pattern | None]:
    """({acronym: {post lemma: genitive spelling}}, a pattern finding any acronym as a whole word)."""
    by_acronym: dict[str, dict[str, str]] = {}
    for post, spellings in (more_cues().get("post_acronyms") or {}).items():
        for acronym, spelt in (spellings or {}).items():
            by_acronym.setdefault(str(acronym).lower(), {})[str(post)] = str(spelt)
    if not by_acronym:
        return by_acronym, None
    alternatives = "|".join(sorted(map(re.escape, by_acronym), key=len, reverse=True))
    return by_acronym, re.compile(rf"(?<![А-Яа-яЁё])({alternatives})(?![А-Яа-яЁё])", re.IGNORECASE)


def spell_subject_acronyms(name: str) -> str:
    """The name with an acronym right after its post (or after the post's "по") spelt out."""
    by_acronym, pattern = _acronyms()
    if pattern is None or pattern.search(name) is None:
        return name

    def spell(match: re.Match) -> str:
        before = _WORD_RE.findall(name[:match.start()])
        if not match.group(1).isupper() or not before:
            return match.group()
        after_po = before[-1].lower() == "по"
        post = before[-2] if after_po and len(before) > 1 else before[-1]
        spelt = by_acronym[match.group(1).lower()].get(lemma(post.split("-")[0]))
        if spelt is None:
            return match.group()
        return inflect_phrase(spelt, "datv") if after_po else spelt

    return pattern.sub(spell, name)


def is_post_acronym(post: str, word: str) -> bool:
    """`word` is an acronym the post `post` (a word as written) takes in its title ("педагог" "ДО")."""
    spellings = _acronyms()[0].get(word.lower())
    return spellings is not None and word.isupper() and lemma(post.split("-")[0]) in spellings
