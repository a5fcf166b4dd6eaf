"""A header cell whose words a reader got a little wrong still names its column: one matcher over the
role phrases, forgiving what OCR does to a word (a letter misread, look-alike letters swapped, a word
broken by a narrow cell and spaced anew) and what any reader does to a narrow header cell (words
joined at the wrong place)."""

from __future__ import annotations

from difflib import SequenceMatcher

from normalizers.language import is_known_word
from pipeline.structure.lookalike import phrase_cost
from pipeline.structure.vocabulary import vocabulary

# OCR misreads a letter now and then ("Инликативные"): a header cell read by OCR names a role when its
# first words are this similar to one of the role's phrases (phrases of at least _FUZZY_MIN letters).
_FUZZY_RATIO, _FUZZY_MIN = 0.85, 6
# A shorter one-word phrase ("сроки") is one misread letter away from many words; it is forgiven only in a
# first word of its length that is no word at all ("Срокн") and has the phrase's other letters in place.
_SHORT_MIN = 5


def misread_role(folded: str) -> str | None:
    """The role whose phrase an OCR'd cell's first words read as, misread: a short phrase one letter
    off into no word at all (the first such phrase), else the phrase nearest by the share of its letters
    in place, else the nearest with look-alike letters swapped (a fax's broken strokes: two or three
    swaps in one word, where a share of letters in place forgives one)."""
    words = folded.split()
    near: tuple[float, str] | None = None
    alike: tuple[float, int, str] | None = None
    for role, phrases in vocabulary()["header_roles"].items():
        for phrase in phrases:
            if words and len(phrase) < _FUZZY_MIN and _one_letter_off(words[0], phrase):
                return role
            if len(phrase) >= _FUZZY_MIN:
                ratio = max(SequenceMatcher(None, " ".join(words[:len(phrase.split())]), phrase).ratio(),
                            _spaceless_ratio(folded, phrase))
                if ratio >= _FUZZY_RATIO and (near is None or ratio > near[0]):
                    near = (ratio, role)
            cost = phrase_cost(words, phrase)
            if cost is not None and (alike is None or (cost, -len(phrase)) < alike[:2]):
                alike = (cost, -len(phrase), role)
    return near[1] if near else alike[2] if alike else None


def _one_letter_off(word: str, phrase: str) -> bool:
    """A short one-word phrase read with one letter wrong, into no word at all."""
    return (_SHORT_MIN <= len(phrase) == len(word) and " " not in phrase
            and sum(a != b for a, b in zip(word, phrase, strict=True)) == 1 and not is_known_word(word))


def _spaceless_ratio(folded: str, phrase: str) -> float:
    """How near the cell's letters, spaces aside, come to the phrase's, up to a word's end: OCR of a
    narrow header cell that broke a word misreads a letter and spaces the rest ("Ожидаемы|й" read
    "Ожидаемы и результат"); words compared one by one no longer line up."""
    solid = phrase.replace(" ", "")
    end = _position_after(folded, len(solid))
    if end < len(folded) and folded[end] != " ":
        return 0.0
    return SequenceMatcher(None, folded[:end].replace(" ", ""), solid).ratio()


def spaced_otherwise(folded: str) -> tuple[int, str] | None:
    """A header cell whose words a narrow column broke and a reader joined at the wrong place
    ("Содержа ниемероприятия"): a phrase of the role, spaces aside, ending where a word ends."""
    letters = folded.replace(" ", "")
    best: tuple[int, str] | None = None
    for role, phrases in vocabulary()["header_roles"].items():
        for phrase in phrases:
            solid = phrase.replace(" ", "")
            if len(solid) < _FUZZY_MIN or not letters.startswith(solid) or (best and len(solid) <= best[0]):
                continue
            end = _position_after(folded, len(solid))
            if end == len(folded) or folded[end] == " ":
                best = (len(solid), role)
    return best


def _position_after(text: str, letters: int) -> int:
    """Index in `text` just after its first `letters` characters other than spaces."""
    seen = 0
    for k, ch in enumerate(text):
        if ch != " ":
            seen += 1
            if seen == letters:
                return k + 1
    return len(text)
