"""Two words that met at a cell's edge by chance, told by the dictionary: the join of the line's last word
and the next line's first is no word, while each piece is one (parsers.pdf.forcedbreaks asks this before it
glues a cut it cannot see in the print)."""

from __future__ import annotations

from parsers.pdf.linejoin import _WORD_END, _WORD_START, WordTest


def words_apart(token: str, first: str, is_word: WordTest | None, then: str = "",
                 is_link: WordTest | None = None, is_function: WordTest | None = None) -> bool:
    """Two words whose join is none: a paragraph ended at the edge by chance ("мероприятия|онлайн-опрос",
    "ноябрь-апрель|октябрь" in a stacked cell, whose paragraph ends carry no space glyph), the second
    maybe cut once more (`then`, the next line's first token: "функционирования|профилак|тика"), or
    a word and a preposition standing alone ("рекомендации|по плану"), or a particle or conjunction
    standing alone whose join with the word is none ("графику|не реже", "Подготовка|и запуск": a word
    the dictionary knows takes no one-letter ending that spells none)."""
    head, tail = _WORD_END.search(token), _WORD_START.search(first)
    if is_word is None or head is None or tail is None:
        return False
    a, b = head.group(1), tail.group(1)
    if is_link is not None and len(a) >= 4 and is_word(a) and tail.end() == len(first) and (
            is_link(b) or (is_function is not None and is_function(b) and not is_word(a + b))):
        return True
    if len(b) < 4 or len(a) < 3:
        return False  # an ending ("Проектор|ия"): the dictionary knows short pieces it should not; a
        # head of three letters is a word of its own as often ("сентябрь-май|сентябрь-декабрь")
    rest = _WORD_START.match(then)
    whole = b + rest.group(1) if rest is not None and then[:1].islower() and tail.end() == len(first) else b
    return is_word(a) and (is_word(b) or is_word(whole)) and not is_word(a + b) and not is_word(a + whole)
