"""A header word as a scan's OCR reads it, letters swapped for their look-alikes ("Наимеиованне",
"Пернод"): a distance that counts such a swap as a fraction of a letter. A fax's thin strokes break
or join, so two or three swaps in one word are common, where a ratio of matching letters forgives
one; any other edit still costs a whole letter, and a word the dictionary knows is read as itself."""

from __future__ import annotations

from functools import cache

from normalizers.language import is_known_word
from pipeline.structure.vocabulary import vocabulary

SWAP_COST = 0.25  # a letter read as one of its look-alikes
EDIT_COST = 1.0  # any other letter wrong, missing or added
MAX_COST_SHARE = 0.12  # of the phrase's letters (spaces aside): the edits a phrase forgives
MIN_LETTERS = 6  # shorter phrases ("срок") are too near other words to forgive more than an exact reading


@cache
def _swaps() -> frozenset[tuple[str, str]]:
    pairs = set()
    for group in vocabulary()["ocr_lookalikes"]:
        pairs.update((a, b) for a in group for b in group if a != b)
    return frozenset(pairs)


def distance(word: str, target: str) -> float:
    """Edit distance of two words, a look-alike swap costing SWAP_COST."""
    swaps = _swaps()
    row = [k * EDIT_COST for k in range(len(target) + 1)]
    for i, a in enumerate(word, 1):
        prev, row = row, [i * EDIT_COST] + [0.0] * len(target)
        for j, b in enumerate(target, 1):
            change = 0.0 if a == b else SWAP_COST if (a, b) in swaps else EDIT_COST
            row[j] = min(prev[j - 1] + change, prev[j] + EDIT_COST, row[j - 1] + EDIT_COST)
    return row[-1]


def phrase_cost(words: list[str], phrase: str) -> float | None:
    """How far the cell's first words are from the phrase, word for word; None when they are not
    near enough, or a differing word is one the dictionary knows (a word of its own, not a misreading)."""
    wanted = phrase.split()
    letters = sum(len(w) for w in wanted)
    if letters < MIN_LETTERS or len(words) < len(wanted):
        return None
    cost = 0.0
    for word, target in zip(words, wanted, strict=False):
        if word != target:
            if is_known_word(word):
                return None
            cost += distance(word, target)
    return cost if cost <= MAX_COST_SHARE * letters else None

