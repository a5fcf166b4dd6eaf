"""A post over a body written out in words reads as it does over the body's letters (R12), so the cell's reading
does not depend on whether the body is spelt out:
- staff of a body are a category, in the plural ("методист УО" and "методист районного отдела образования" alike),
  also over the body's head noun alone when that noun is a post too and so ends the run of posts ("методист
  администрации", as "… администрации района");
- a post over an institution written out in full and named in quotes is one role ("заместитель директора
  муниципального бюджетного общеобразовательного учреждения «…» по учебной работе", as "… МБОУ «…»"): the quoted
  name closes the institution the post's words began, so a known name inside the quotes opens no executor; so is a
  post a glossary knows ("социальный педагог муниципального казённого … учреждения «…»"): the legal form's
  adjectives are no qualifier of the post, nor does the school they open stand apart from it."""

from __future__ import annotations

from normalizers.executors.morphology import can_be, is_adjective
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_MOST_BETWEEN = 3  # lower-case words between the noun and its quoted name ("дополнительного образования")


def opens_with_a_body(tail: list[Item]) -> bool:
    """Whether the words after a post open with a body written out in the genitive ("отдела образования",
    "районного комитета …"), not a field ("по охране труда") or a subject; an institution's own staff
    ("медицинская сестра школы", "научный сотрудник музея") are left in the number written."""
    heads = cues().authority_heads
    for k, word in enumerate(tail):
        if word.is_abbreviation or word.is_number:
            return False
        if word.key in heads:
            return can_be(word.lower, "NOUN", "gent")
        if not (is_adjective(word.lower) or _first_part(word, tail[k + 1:k + 2])):
            return False
    return False


def body_named(words: list[Item], head: Item, j: int, k: int) -> bool:
    """Whether the words after the posts (words[j:k]) open with a body, or a post after the head post in words[:j]
    is a body's head noun in the genitive, the body the staff post is of."""
    if opens_with_a_body(words[j:k]):
        return True
    at = next((m for m in range(j) if words[m] is head), None)
    return at is not None and j - at > 1 and opens_with_a_body(words[at + 1:j])


def _first_part(word: Item, following: list[Item]) -> bool:
    """"информационно" of "информационно-методического": the first part of a compound adjective."""
    return word.lower.endswith("о") and bool(following) and is_adjective(following[0].lower)


def in_its_name(reader, k: int) -> bool:
    """Whether words[k] stands inside quotes opened after an institution's noun written out and its own lower-case
    words ("учреждения «…", "учреждения дополнительного образования «…"): the quoted name of the institution a
    post's words began."""
    words = reader.words
    if k >= len(words):
        return False
    before = reader.text[:words[k].start - reader.offset]
    opening = before.rfind("«") if before.count("«") > before.count("»") else _open_straight_quote(before)
    if opening < 0:
        return False
    run = [word for word in words[:k] if word.end - reader.offset <= opening][-_MOST_BETWEEN - 1:]
    gap = before[run[-1].end - reader.offset:opening] if run else "-"
    for word in reversed(run):
        if word.is_abbreviation or word.capitalised or gap.strip():
            return False
        if word.key in cues().group_heads:
            return True
        gap = reader.text[word.start - reader.offset - 1:word.start - reader.offset]  # one space before it
    return False


def _open_straight_quote(before: str) -> int:
    """Where a straight quote left open stands, or -1."""
    quotes = [at for at, ch in enumerate(before) if ch in '"“']
    return quotes[-1] if len(quotes) % 2 == 1 else -1


def through_its_name(reader, end: int) -> int:
    """Where the words a post governs stop: past the quoted name that opens at words[end], if one does."""
    return reader._tail_end(end) if in_its_name(reader, end) else end


def institution_after(reader, k: int) -> int | None:
    """End of an institution written out in full that opens at words[k] with nothing before it ("муниципального
    бюджетного общеобразовательного учреждения «…»": lower-case adjectives, the institution's noun in the
    genitive, up to a few words of its own, its quoted name), else None."""
    words, m = reader.words, k
    while m < len(words) and not (words[m].is_abbreviation or words[m].capitalised) and is_adjective(words[m].lower) \
            and not reader._between(m - 1, m).strip():
        m += 1
    if m >= len(words) or words[m].key not in cues().group_heads or not can_be(words[m].lower, "NOUN", "gent") \
            or reader._between(m - 1, m).strip():
        return None
    quoted = next((q for q in range(m + 1, min(len(words), m + 2 + _MOST_BETWEEN)) if in_its_name(reader, q)), None)
    return None if quoted is None else through_its_name(reader, quoted)
