"""Executive bodies written as their initials: "МОиН" (Министерство образования и науки), "ДОиН",
"МОНиМП НО" (Министерство образования, науки и молодёжной политики НО), "МО НСО". The first letter
names the kind of body, the others its fields (glossaries/executor_cues.yaml, abbreviated_bodies);
a lower-case "и" may join them. Two letters alone ("МО", "ДО") have too many readings (муниципальное
образование, дополнительное образование): they are spelt out only before the region they belong to.
The region's own initials stay as written."""

from __future__ import annotations

import re

from normalizers.executors.morphology import inflect_phrase, is_known, parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_PARTS_RE = re.compile(r"[А-ЯЁ]|и")
_REGION_RE = re.compile(r"[А-ЯЁ]{2,3}")


def abbreviated_body(words: list[Item]) -> str | None:
    """The full name of a body written as initials (and the region's initials after it), or None."""
    if not 1 <= len(words) <= 2 or not words[0].is_abbreviation:
        return None
    fields = _fields(words[0].text)
    if fields is None:
        return None
    head, named = fields
    region = words[1].text if len(words) == 2 else None
    if region is not None and not (words[1].is_abbreviation and _REGION_RE.fullmatch(region)):
        return None
    if len(named) < 2 and region is None:
        return None
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " и " + named[-1]
    return " ".join(part for part in (head, listed, region) if part)


def _fields(text: str) -> tuple[str, list[str]] | None:
    """(head, fields) of initials such as "МОНиМП", or None when a letter names nothing."""
    if "".join(_PARTS_RE.findall(text)) != text:
        return None
    vocab = cues().abbreviated_bodies
    head = vocab["heads"].get(text[0].lower())
    if head is None:
        return None
    letters = text[1:].replace("и", "").lower()
    fields: list[str] = []
    k = 0
    while k < len(letters):
        pair = vocab["fields"].get(letters[k:k + 2]) if k + 1 < len(letters) else None
        single = vocab["fields"].get(letters[k])
        field = pair or single
        if field is None or field in fields:
            return None
        fields.append(field)
        k += 2 if pair else 1
    return (head, fields) if fields else None


_MINISTRY_RE = re.compile(r"Мин([а-яё]{4,})")


def contracted_ministry(words: list[Item]) -> str | None:
    """"Минобразования", "Минспорт РД": a ministry written as "Мин" glued to its field (the field put in the
    genitive, the region's initials kept), when the dictionary knows the field and not the whole word."""
    if not 1 <= len(words) <= 2:
        return None
    match = _MINISTRY_RE.fullmatch(words[0].text)
    if match is None or any(p.tag.POS != "NOUN" or "Orgn" not in p.tag for p in parses(words[0].lower)
                            if p.score > 0.3 and p.is_known):
        return None  # a word of its own ("Миндаль"), not a contraction the dictionary lists as one
    field = match.group(1)
    if not is_known(field) or not any(p.tag.POS == "NOUN" for p in parses(field)):
        return None
    region = words[1].text if len(words) == 2 else None
    if region is not None and not (words[1].is_abbreviation and _REGION_RE.fullmatch(region)):
        return None
    genitive = field if any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(field)) \
        else inflect_phrase(field, "gent")
    return " ".join(part for part in ("Министерство", genitive, region) if part)

