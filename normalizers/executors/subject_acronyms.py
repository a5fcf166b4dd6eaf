"""School subjects written as acronyms after a teaching post, spelt out in the role's name as the nomenclature of
posts writes it ("учитель ФК" -> "учитель физической культуры", "инструктор по ФК" -> "инструктор по
физической культуре"); which acronyms, and in which words, is shared vocabulary (executor_cues.yaml,
subject_spellings). Acronyms a post keeps as written ("учитель ОБЖ", "учителя ИЗО") are not listed there."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, lemma
from normalizers.executors.vocabulary import more_cues

_WORD_RE = re.compile(r"[А-Яа-яЁё-]+")


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], frozenset[str], re.Pattern | None]:
    spellings = {str(k).lower(): str(v) for k, v in (more_cues().get("subject_spellings") or {}).items()}
    teachers = frozenset(str(w) for w in more_cues().get("subject_posts") or ())
    if not spellings:
        return spellings, teachers, None
    pattern = re.compile(r"(?<![А-Яа-яЁё])(" + "|".join(sorted(map(re.escape, spellings), key=len, reverse=True))
                         + r")(?![А-Яа-яЁё])", re.IGNORECASE)
    return spellings, teachers, pattern


def spell_subject_acronyms(name: str) -> str:
    """The name with a subject acronym right after a teaching post (or after its "по") spelt out."""
    spellings, teachers, pattern = _spellings()
    if pattern is None or pattern.search(name) is None:
        return name

    def spell(match: re.Match) -> str:
        before = _WORD_RE.findall(name[:match.start()])
        if not match.group(1).isupper() or not before:
            return match.group()
        after_po = before[-1].lower() == "по"
        post = before[-2] if after_po and len(before) > 1 else before[-1]
        if lemma(post.split("-")[0]) not in teachers:
            return match.group()
        genitive = spellings[match.group(1).lower()]
        return inflect_phrase(genitive, "datv") if after_po else genitive

    return pattern.sub(spell, name)
