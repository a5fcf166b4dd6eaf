"""A post with words of its own ("педагоги дополнительного образования", "методисты по физической культуре") followed
straight by the letters of one institution ("… ДДТ", "… ИМЦ"): the staff of that institution, one role, as "Методисты
ИМЦ" is; not the post and the institution beside it as two executors. Letters of a group (roles_over_groups reads
those) or of a body named in the plural are not one institution."""

from __future__ import annotations

from normalizers.executors.morphology import parses

_ONE_BODY_KINDS = frozenset({"other", "methodical_service", "external", "school"})


def one_defined_body(left, right, right_words: list) -> bool:
    """Whether `right` (after the role `left` with nothing between) is one institution's letters alone."""
    if left.kind != "role" or right.kind not in _ONE_BODY_KINDS or len(right_words) != 1 \
            or not right_words[0].is_abbreviation:
        return False
    for word in right.name.replace("«", " ").replace("»", " ").split():
        found = parses(word.lower())
        if not found or word.isupper():
            continue  # a legal form's letters
        if found[0].tag.POS in ("ADJF", "PRTF"):
            continue  # "Информационно-методический центр": the noun decides
        return found[0].tag.POS == "NOUN" and found[0].tag.number == "sing"
    return False
