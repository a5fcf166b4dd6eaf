"""Definitions a document gives itself: "подведомственных … организаций (далее – ОбОО)".

The defined name is the noun phrase just before "(далее …)". Where it starts is read from the
abbreviation's capitals (МОЦ = Муниципальный Опорный Центр …), then widened over the adjectives
before it ("подведомственных муниципальных образовательных организаций (далее – ОбОО)"). The name
is returned in the nominative.
"""

from __future__ import annotations

import re

from normalizers.executors.bracketed_definitions import bracketed_definitions
from normalizers.executors.comma_fields import across_commas
from normalizers.executors.definition_bounds import clause_spells, masked_places, part_initials, unmasked
from normalizers.executors.initials_definitions import initials_definitions
from normalizers.executors.ministry_short_forms import ministry_short_forms
from normalizers.executors.morphology import can_be, is_adjective, parses
from normalizers.executors.named_institutions import defined_nominative
from normalizers.executors.participle_definitions import clause_definition, preposed_participle
from normalizers.executors.positions import mend_spaced_breaks
from normalizers.executors.quoted_definitions import listed_names_start, spelt_quoted_start, whole_name_start
from normalizers.executors.title_scopes import after_preposition, territory_cut
from normalizers.executors.word_short_forms import written_opening

# "(далее – УО)", "(далее по тексту - ОО)", "(далее также – Департамент)", "(далее именуемый – Отдел)"
_DEFINITION_RE = re.compile(
    r"\(\s*далее\s*(?:по\s+тексту\s*|также\s*|именуем[а-яё]*\s*)?[-–—:]*\s*[«\"“]?"
    r"(?P<short>[^()«»\"“”\n]{1,40}?)[»\"”]?\s*\)",
    re.IGNORECASE,
)
# Without parentheses only an abbreviation is taken: "Управление образования, далее – УО, обеспечивает"
# (not "2021 г., далее - ежегодно").
_BARE_DEFINITION_RE = re.compile(r",\s*далее\s*[-–—]\s*(?P<short>[А-ЯЁ][А-ЯЁа-яё]{0,5}[А-ЯЁ][а-яё]?)\s*[,;.)]")
_WORD_RE = re.compile(r"[«»\"“”]|[А-Яа-яЁёA-Za-z0-9№]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*|[^\sА-Яа-яЁёA-Za-z0-9]")
_STOP_PUNCTUATION = set(",.;:()!?[]{}")
_INNER_WORDS = {"по", "и"}
_MAX_WORDS = 12
_LOOKBACK = 400


def mine_glossary(text: str) -> dict[str, str]:
    """Abbreviation -> full name (nominative) for every "(далее – X)" definition in `text`, and for the
    abbreviations whose initials one name of `text` spells out (initials_definitions)."""
    found: dict[str, str] = {}
    if not text:
        return found
    text = mend_spaced_breaks(text)  # "Департамент по делам каза- чества (далее - Департамент)": one word (O66)
    text = masked_places(text)  # "… Республики Энской (Энии) (далее – …)": the parenthesis is the name's
    matches = [*_DEFINITION_RE.finditer(text), *_BARE_DEFINITION_RE.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        short = _short_form(match.group("short"))
        if not short:
            continue
        name = _defined_name(text[max(0, match.start() - _LOOKBACK):match.start()], short)
        if name:
            found.setdefault(short, name)
    found |= {short: name for short, name in bracketed_definitions(text).items() if short not in found}  # "… (ЦМО)"
    found.update(initials_definitions(text, found))  # "ИРОСО" used, "Институт развития … области" written out
    found.update(ministry_short_forms(text, found))  # "Минобрнауки НР" used, "Министерство … Республики" written out
    return {short: unmasked(name) for short, name in found.items()}


def _short_form(raw: str) -> str:
    short = re.split(r",|;|\s+или\s+", raw)[0].strip(" .-–—«»\"“”")
    short = " ".join(short.split())
    return short if any(ch.isalpha() for ch in short) else ""


def _chain(before: str) -> list[tuple[str, int]]:
    """Words (with positions) of the noun phrase that ends where the definition begins."""
    tokens = [(m.group(), m.start()) for m in _WORD_RE.finditer(before)]
    chain: list[tuple[str, int]] = []
    counted = 0  # words only: quote marks and "№" are no words of the name ("… «A» и «B»" keeps its legal form)
    quoted = False  # inside a quoted name read backwards: its prepositions are its own ("… с углублённым …")
    for token, start in reversed(tokens):
        if token in _STOP_PUNCTUATION or counted >= _MAX_WORDS:
            break
        if token in "«»\"“”":
            chain.append((token, start))
            quoted = token in "»\"”" if token != '"' else not quoted
            continue
        low = token.lower()
        if low not in _INNER_WORDS and not token[:1].isdigit() and not token[:1] == "№":
            variants = parses(low)
            if variants and variants[0].tag.POS == "PREP" and not quoted and token[:1].isupper() \
                    and not (token.isupper() and len(token) > 1):
                break  # "В МБОУ «…» и МБОУ «…» (далее – ОО)": a preposition opening the sentence, never the name's
            if variants and variants[0].tag.POS not in {"NOUN", "ADJF", "PRTF"} and not token.isupper():
                if not (can_be(low, "NOUN") or can_be(low, "ADJF")):
                    break
        chain.append((token, start))
        counted += token != "№"  # a sign, no word
    chain.reverse()
    while chain and (chain[0][0].lower() in _INNER_WORDS or chain[0][0] in "»”"):
        chain.pop(0)
    return chain


def _chain_words(before: str) -> list[tuple[str, int]]:
    return [(token, start) for token, start in _chain(before) if token not in "«»\"“”"]


def _initial(token: str) -> str:
    return token[:1].lower()


def _defined_name(before: str, short: str) -> str:
    chain = _chain(before)
    words = [(token, start) for token, start in chain if token not in "«»\"“”"]
    if not words:
        return ""
    capitals = [ch.lower() for ch in short if ch.isupper()] or [short[:1].lower()]
    words = across_commas(before, words, capitals, _chain_words, _spells)  # "образования, науки и спорта"
    clause = clause_definition(before)  # "организаций, реализующих … (далее – X)": the clause qualifies the group
    if clause and not clause_spells([(token, 0) for token in before[before.rfind(",") + 1:].split()],
                                    lambda some: _spells(some, capitals)):
        return clause
    words = after_preposition(words, capitals, lambda some: _spells(some, capitals))
    start_index = _aligned_start(words, capitals)
    if start_index is None:
        start_index = listed_names_start(words, before) or 0
    start_index = _past_line_breaks(words, start_index, before, capitals)
    while start_index > 0 and is_adjective(words[start_index - 1][0].lower()):
        start_index -= 1
    start_index = whole_name_start(words, start_index, before, short)  # "(далее – Центр)": "МКУ «Центр …»"
    start_index = spelt_quoted_start(words, start_index, before, lambda some: _spells(some, capitals))
    begin = words[start_index][1]
    if begin > 0 and before[begin - 1] in "«\"“":
        begin -= 1
    cut = territory_cut(words[start_index:], capitals, lambda some: _spells(some, capitals))
    end = words[start_index + cut][1] if cut else len(before)
    opening = written_opening(before, short, begin)  # "Отдел торговли, питания и … (далее – отдел торговли)"
    if opening is not None:
        begin, end = opening, len(before)
    phrase = " ".join(before[begin:end].split()).strip(" ,;:-–—")
    return (preposed_participle(phrase) or defined_nominative(phrase)) if phrase else ""


def _aligned_start(words: list[tuple[str, int]], capitals: list[str]) -> int | None:
    """Earliest word from which the initials spell the abbreviation's capitals in order (or begin it)."""
    best = None
    for i, (token, _) in enumerate(words):
        if _initial(token) != capitals[0]:
            continue
        if _is_subsequence(capitals, _initials(words[i:])):
            return i
        if best is None:
            best = i
    return best


def _past_line_breaks(words: list[tuple[str, int]], start: int, before: str, capitals: list[str]) -> int:
    """A capitalised word opening a line, from which the initials still spell the whole abbreviation, starts the
    name when the earliest start is no name's opening (not capitalised): the line before is another paragraph or
    cell ("март" over "Министерство … (далее – Минобрнауки НР)", whose "м" the earliest start would take). A
    capitalised start stays: a name wraps ("Муниципальное казённое учреждение / Методический центр (далее – МЦ)")."""
    if not words or words[start][0][:1].isupper():
        return start
    for i in range(start + 1, len(words)):
        token, position = words[i]
        if token[:1].isupper() and _initial(token) == capitals[0] and "\n" in before[words[i - 1][1]:position] \
                and _is_subsequence(capitals, part_initials(words[i:])):
            return i
    return start


def _spells(words: list[tuple[str, int]], capitals: list[str]) -> bool:
    """The words' initials, from the first that opens the abbreviation, spell all its capitals in order."""
    start = _aligned_start(words, capitals)
    return start is not None and _is_subsequence(capitals, _initials(words[start:]))


def _initials(words: list[tuple[str, int]]) -> str:
    return "".join(t.lower() if t.isupper() and len(t) > 1 else _initial(t) for t, _ in words)


def _is_subsequence(needle: list[str], haystack: str) -> bool:
    position = 0
    for ch in needle:
        position = haystack.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True
