"""A staff post written singular after a rank that names the one senior holder of a body ("старший воспитатель",
"главный бухгалтер") is a post held by one person, numbered as a head's is (R12: one per body, singular), not a
category of staff put in the plural. A rank that is a grade of the civil or teaching service ("главный
специалист", "старший методист": many hold it) leaves the post a category; the vocabulary's one_holder_ranks
lists each rank with the posts it only grades."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, position_of
from normalizers.executors.positions import oblique_plural, written_plural
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _ranks() -> dict[str, frozenset[str]]:
    """Rank word (lemma or its clipped form) -> the posts it is only a grade of."""
    data = more_cues().get("one_holder_ranks") or {}
    return {str(rank): frozenset(map(str, grades or ())) for rank, grades in data.items()}


def held_by_one(head: Item, posts: list[Item]) -> bool:
    """Whether the post `head` (one of `posts`, the run of words naming the post) is written singular after a rank
    that makes it one holder's."""
    ranks = _ranks()
    if not ranks or written_plural(head) or oblique_plural(head.lower):
        return False
    for word in posts:
        if word is head:
            return False
        grades = ranks.get(bare(word))
        if grades is not None and not written_plural(word):
            return bare(head) not in grades
    return False


def number_of_post(head: Item, posts: list[Item]) -> tuple[bool, bool]:
    """(a category of staff, one holder per body as a head is) of the post `head` written in `posts`."""
    staff = position_of(head).staff
    if staff and held_by_one(head, posts):
        return False, True
    return staff, False
