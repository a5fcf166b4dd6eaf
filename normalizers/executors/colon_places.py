""""Главы администраций сёл: Лесное, Полевое, посёлка Северный": a plural post over settlements, a colon, then the
settlements by their own names. As a plural head before a colon distributes over the list after it (O58), the
cell names one role per settlement: the post, its complement in the singular ("главы администрации села Лесное"),
the name; an item that names its own kind of settlement ("посёлка Северный") takes it in place of the post's.
The settlement nouns are vocabulary (executor_cues.yaml, settlement_nouns); anything else after the colon (a
person, a body, a lower-case word) leaves the cell as it was read."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import more_cues

_MOST_NAME_WORDS = 3  # "Б. Речка", "Вольный Аул"


@lru_cache(maxsize=1)
def _settlements() -> frozenset[str]:
    return frozenset(str(word).replace("ё", "е") for word in more_cues().get("settlement_nouns") or ())


def posts_over_listed_places(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with one plural post over settlements before a colon read as that post of each listed one."""
    colon = cell.find(":")
    if colon < 0 or not pieces or pieces[0].kind != "role" or pieces[0].end > colon \
            or any(p.start < colon for p in pieces[1:]):
        return pieces
    post = items(cell[pieces[0].start:colon])
    if len(post) < 2 or not _settlement(post[-1]) or not _plural_genitive(post[-1].lower):
        return pieces
    complement = " ".join(inflect_phrase(word.lower, "gent", "sing") for word in post[1:])
    out: list[Piece] = []
    start = colon + 1
    for end in [*(k for k in range(colon + 1, len(cell)) if cell[k] == ","), len(cell)]:
        text = cell[start:end].strip()
        if text:
            name = _item_name(items(text), text, pieces[0].name.split(" ")[0], complement)
            if name is None:
                return pieces
            out.append(Piece(name, None, "role", start if out else pieces[0].start, end, RULE))  # the post: the first's
        start = end + 1
    return out if out else pieces


def _item_name(words: list[Item], text: str, head: str, complement: str) -> str | None:
    """The role of one listed settlement, or None when the item is not a settlement's name."""
    if words and not words[0].capitalised and len(words) > 1 and _settlement(words[0]):
        own, words = words[0], words[1:]  # "микрорайона Вольный Аул": its own kind of settlement
        complement = " ".join([*complement.split(" ")[:-1], own.text])
        text = text[text.find(words[0].text):]
    if not words or len(words) > _MOST_NAME_WORDS or not words[-1].capitalised or words[-1].is_abbreviation:
        return None
    return f"{head} {complement} {text}"


def _settlement(word: Item) -> bool:
    """A settlement's noun in the genitive, whatever the dictionary reads first ("сел": also a verb)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form.replace("ё", "е") in _settlements()
               for p in parses(word.lower))


def _plural_genitive(lower: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(lower))
