"""A ministry written short in one place and in full in another of the same document: "Минобрнауки НР" and
"Министерство образования и науки Н-ской Республики", "Минобрнауки края" and "… Н-ского края". The
document spells the body out, so that wins (executors R5), as initials_definitions reads "ИРОСО" from its written-out
name: the glued head is spelt (glued_ministries.py) and the region after it matched to the full name's region, by
its initials ("НР") or by its kind ("края"). Only one full name may match; none, or two, define nothing."""

from __future__ import annotations

import re

from normalizers.executors.glued_ministries import spelt_if_glued

_SHORT_RE = re.compile(r"(?<![А-Яа-яЁё])Мин[а-яё]+"
                       r"(?:\s+(?:[А-ЯЁ]{2,4}(?:\([А-ЯЁ]\))?(?![А-Яа-яЁё(])|области|края|республики|округа))?")
_KINDS = frozenset({"области", "края", "республики", "округа"})
_REGION_WORD_RE = re.compile(r"[ \u00a0]+([А-ЯЁ][а-яё-]+|\([А-ЯЁ][а-яё]+\)|области|края|республики|округа|автономного)")


def ministry_short_forms(text: str, defined: dict[str, str]) -> dict[str, str]:
    """Short ministry name -> its full name written elsewhere in `text`, for the short names not in `defined`."""
    if "Мин" not in text or "Министерство" not in text:
        return {}
    found: dict[str, str] = {}
    for short in {" ".join(m.group().split()) for m in _SHORT_RE.finditer(text)} - set(defined):
        spelt = spelt_if_glued(short)
        if spelt == short or not spelt.startswith("Министерство"):
            continue
        tail = short.split(" ", 1)[1] if " " in short else ""
        head = spelt[:len(spelt) - len(tail)].strip() if tail else spelt
        names = {full for full, region in _full_names(text, head) if _same_region(tail, region)}
        if len(names) == 1:
            found[short] = names.pop()
    return found


def _full_names(text: str, head: str) -> list[tuple[str, list[str]]]:
    """(full name, its region's words) for every "<head> <region>" written in `text`."""
    out = []
    for match in re.finditer(re.escape(head) + r"(?![А-Яа-яЁё])", text):
        region, at = [], match.end()
        while len(region) < 4 and (word := _REGION_WORD_RE.match(text, at)) is not None:
            region.append(word.group(1))
            at = word.end()
        if region:
            out.append((f"{head} {' '.join(region)}", region))
    return out


def _same_region(tail: str, region: list[str]) -> bool:
    """The short name's region ("НР", "края", none) is the full name's ("Н-ской Республики")."""
    if not tail:
        return True
    if tail in _KINDS:
        return region[-1].lower() == tail
    return "".join(word.strip("()")[0] for word in region).upper() == "".join(filter(str.isalpha, tail)).upper()
