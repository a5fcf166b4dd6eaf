"""Numbered units after an abbreviation nobody explained ("ЖЭУ №№ 1, 2", "ПЭЖУ NN 1, 2, 3"): one executor per
number, like the schools of sample ruling R17 (fresh set F18); and the Latin "N", "NN" that old documents and
typewritten tables use for "№", "№№" before a number. The sign is swapped letter for letter, so offsets (and
mentions cut by them) stay where they were."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import inflect_phrase
from normalizers.executors.numbered_preschools import numbered_institution_heads
from normalizers.executors.text import items

_NUMBERED_RE = re.compile(r"^(?P<head>.*?)(?P<sign>№{1,2})\s*(?P<number>\d+\s*[А-Яа-я]?)\s*$", re.DOTALL)
BARE_NUMBER_RE = re.compile(r"^(?:№{1,2}\s*)?(?P<number>\d+\s*[А-Яа-я]?)$")
_LATIN_SIGN_RE = re.compile(r"(?<![A-Za-zА-Яа-яЁё])N{1,2}(?=\s?\d)")


def latin_number_signs(text: str) -> str:
    """"школа N 5" -> "школа № 5", "ЖЭУ NN 1, 2" -> "ЖЭУ №№ 1, 2"."""
    if "N" not in text:
        return text
    return _LATIN_SIGN_RE.sub(lambda m: "№" * len(m.group()), text)


def numbered_unit_head(head: str) -> str | None:
    """The abbreviation that closes the words before "№" ("ООО «Жилсервис» ПЭЖУ" -> "ПЭЖУ"): the unit the
    numbers after it are of; None when the words end otherwise."""
    words = items(head)
    if not words:
        return None
    last = words[-1]
    if not last.is_abbreviation or len(last.text) < 2 or not last.text.isupper():
        return None
    return last.text


def _singular_school_head(head: str) -> str | None:
    """The words before "№" with the school type in the singular, or None if they name no school."""
    words = items(head)
    school_types = numbered_institution_heads()
    if not any(word.key.lstrip("#") in school_types for word in words):
        return None
    out = head
    for k, word in enumerate(words):
        if word.key in school_types and not word.is_abbreviation:
            # after a post the school stays in the case the post governs ("директора школ № 5, 7" -> "директора
            # школы № 5", "заведующие садами № 1, 2" -> "… садом № 1"); alone it is named in the nominative
            posts = [position_of(before) for before in words[:k] if position_of(before) is not None]
            singular = inflect_phrase(word.text, posts[-1].governs if posts else "nomn", "sing")
            out = out[: word.start] + singular + out[word.end:]
            break
    return " ".join(out.split())


def expand_numbered_schools(segments: list) -> list:
    """"МБОУ СОШ № 1, № 2, 5": one segment per school, each read as its own numbered school (R17); the numbers
    after an unexplained abbreviation are units of it (F18)."""
    out: list = []
    school: str | None = None
    for segment in segments:
        numbered = _NUMBERED_RE.match(segment.text)
        bare = BARE_NUMBER_RE.match(segment.text.strip())
        if numbered and numbered.group("head").strip():
            head = _singular_school_head(numbered.group("head"))
            if head is not None:
                school = head
                resolve_as = f"{head} № {numbered.group('number').replace(' ', '')}"
                out.append(replace(segment, person=False, resolve_as=resolve_as))
                continue
            unit = numbered_unit_head(numbered.group("head"))
            if unit is not None:  # "ЖЭУ №№ 1, 2": the numbers after it are units of that abbreviation (F18)
                school = unit
                if numbered.group("sign") == "№№" and numbered.group("head").strip() == unit:
                    # the first unit read as one too: "УИК № 101", not the group the abbreviation names alone
                    segment = replace(segment, resolve_as=f"{unit} № {numbered.group('number').replace(' ', '')}")
                out.append(segment)
                continue
        elif bare and school is not None:
            resolve_as = f"{school} № {bare.group('number').replace(' ', '')}"
            out.append(replace(segment, person=False, resolve_as=resolve_as))
            continue
        if bare:
            continue
        school = None
        out.append(segment)
    return out
