"""Memoise a test of a cell's opening words by their texts: every field of an item but its place comes from
its text, so two openings spelt alike get the same answer whatever cell they stand in."""

from __future__ import annotations

from collections.abc import Callable

from normalizers.executors.text import Item, field

MEMO_LIMIT = 20_000  # openings kept before the memo starts afresh (a bench reads about 2,000 cells)
_TEXT = field("text")
_MEMOS: list[dict] = []  # every memo made here, for clear()


def clear() -> None:
    """Forget every opening: most cells are shorter than the opening read, so these are answers per cell."""
    for memo in _MEMOS:
        memo.clear()


def by_first_words(count: int) -> Callable[[Callable[[list[Item]], bool]], Callable[[list[Item]], bool]]:
    """`test(words[:count])`, computed once per distinct spelling of those words."""

    def wrap(test: Callable[[list[Item]], bool]) -> Callable[[list[Item]], bool]:
        memo: dict[tuple[str, ...], bool] = {}
        _MEMOS.append(memo)

        def remembered(words: list[Item]) -> bool:
            key = tuple(map(_TEXT, words[:count]))
            known = memo.get(key)
            if known is None:
                known = memo[key] = test(words[:count])
                if len(memo) > MEMO_LIMIT:
                    memo.clear()
            return known

        remembered.__doc__ = test.__doc__
        return remembered

    return wrap
