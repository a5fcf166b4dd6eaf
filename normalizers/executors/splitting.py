"""Cut an executor cell into segments: one or more executors each, separated by punctuation.

Separators are commas, semicolons, "совместно (с)", "в т.ч."; a line break is only a space here
(PDF cells wrap names over lines; names on lines of their own are split later as run-together
names, segmentation). A comma before a
genitive qualifier ("…, администрации МО ГО «…»") does not separate (comma_merges.py). "(по согласованию)" is
removed and remembered for the executor it follows; a person in parentheses is dropped; other
parentheses hold executors of their own ("НГТУ (САРФТИ НИЯУ МИФИ)"). Numbered schools
("МБОУ Школы №№ 10, 17") become one segment per school, resolved as "МБОУ Школа № N".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from normalizers.executors.acting_posts import with_acting_posts
from normalizers.executors.classification import PERSON_RE, bare, position_of
from normalizers.executors.comma_merges import merge_qualifiers
from normalizers.executors.headed_list import headed_items
from normalizers.executors.hyphen_breaks import mend_glued_breaks
from normalizers.executors.numbered_unit_lists import BARE_NUMBER_RE, expand_numbered_schools, latin_number_signs
from normalizers.executors.parenthesised_names import blank_unglued, names_what_precedes, renames_the_people_before
from normalizers.executors.persons import (
    ends_with_a_bare_holder,
    holder_after_post,
    holder_before_post,
    holds_a_post,
    named_after,
    names_a_person,
    person_spans,
)
from normalizers.executors.positions import mend_spaced_breaks
from normalizers.executors.role_notes import explains_a_role
from normalizers.executors.straight_quotes import straight_quotes_open
from normalizers.executors.territory_abbreviations import spell_districts
from normalizers.executors.text import _LETTERS, Item, as_ignorecase_reads, field, has_letters, items
from normalizers.executors.typing_slips import mend_stray_signs
from normalizers.executors.vocabulary import cues

# "(по согласованию)", also cut short: "(по согл.)", "(по согласов.)", "(по соглас.)"
_AGREEMENT_RE = re.compile(r"\(?\s*(?:по|со)\s+(?:согласовани[юия]|согл(?:ас(?:ов)?)?\.)\s*\)?", re.IGNORECASE)


def without_agreement(text: str) -> str:
    """The text with "(по согласованию)" and its short forms blanked: "(по согласов.)" is no deadline."""
    if "согл" not in as_ignorecase_reads(text):
        return text  # every form holds "согл"
    return _AGREEMENT_RE.sub(lambda match: " " * len(match.group()), text)


_DEFINITION_RE = re.compile(r"^\s*далее\b", re.IGNORECASE)
_PARENS_RE = re.compile(r"\(([^()]*)\)")
_PUNCTUATION_SEPARATOR_RE = re.compile(r"[,;]+")
_SEPARATOR_RE = re.compile(
    r"(?:^|(?=[,;\s]))"  # where every separator can open: the search skips the other characters at once
    r"(?:[,;]+"
    r"|(?<=\d)\s+и\s+(?=(?:№\s*)?\d)"
    r"|(?:^|\s)(?:совместно\s+со?|совместно|в\s+т\.\s*ч\.?|в\s+том\s+числе|при\s+участии|с\s+участием|а\s+также"
    r"|с\s+привлечением|во\s+взаимодействии\s+со?|либо|или)"
    r"(?=\s|$))",
    re.IGNORECASE,
)
# The lookahead lists the first letters of the connectors in either case (and ᲃ, ᲄ, ᲅ: old forms of с and т
# that IGNORECASE matches too), so that the search skips every other character at once.
_CONNECTOR_HINT_RE = re.compile(
    r"(?=[СсᲃТтᲄᲅУуПпВвЛлИи ])(?:совместно|т\.|том|участи|также| и |привлеч|взаимодейств|либо|или)", re.IGNORECASE)
# The same alternatives as substrings: a fast search each, where the pattern was tried at every character.
# "Отдел культуры или отдел спорта": alternatives are two executors, as with "либо"
_CONNECTOR_HINTS = ("совместно", "т.", "том", "участи", "также", " и ", "привлеч", "взаимодейств", "либо", "или")


def _holds_a_connector_hint(text: str) -> bool:
    """Whether _CONNECTOR_HINT_RE finds something in the text."""
    return any(map(as_ignorecase_reads(text).__contains__, _CONNECTOR_HINTS))  # the loop in C, not in Python


_EDGE_CHARS = " .,;:-–—\u00a0\n\r\t"
_INITIAL_HINT_RE = re.compile(r"[А-ЯЁABCEHKMOPTX]\.")  # Latin look-alikes typed for initials too
_INITIAL_RE = re.compile(r"(?:^|[\s.])[А-ЯЁABCEHKMOPTX]$")
# After a comma that follows a number: more numbers, then the word for the grades they are ("9, 11 классов").
# "9-х, 11-х классов": a case ending may follow each number.
_GRADES_AFTER_RE = re.compile(r"\s*\d+(?:-?х)?(?:\s*(?:,|и|-|–)\s*\d+(?:-?х)?)*\s*(?:кл\b|кл\.|класс)", re.IGNORECASE)
_GRADE_BEFORE_RE = re.compile(r"\d(?:-?х)?$")
_NAMED_AFTER = frozenset({"им", "имени"})
_INITIALS_FIRST_RE = re.compile(r"[А-ЯЁ]\.")
_START = field("start")


@dataclass(slots=True)
class Segment:
    """A stretch of the cell [start, end); `resolve_as` replaces its text for numbered schools."""

    start: int
    end: int
    text: str
    words: list[Item]
    person: bool = False
    resolve_as: str | None = None
    held: bool = False  # a post written after its holder, who was dropped ("Иванова А.А., методист")


@dataclass(slots=True)
class Split:
    segments: list[Segment]
    agreement_at: list[int]
    words: list[Item]


_WRAPPED_HYPHEN_RE = re.compile(r"(?<=[а-яё])[-‐\u00ad]\s*\n\s*(?=[а-яё])")


def unwrap(cell: str) -> str:
    """Join a word broken over two lines ("образова-\nния", "руко- водители") and drop soft hyphens."""
    joined = _WRAPPED_HYPHEN_RE.sub("", cell) if "\n" in cell else cell  # the pattern needs a line break
    mended = mend_spaced_breaks(joined.replace("\u00ad", "") if "\u00ad" in joined else joined)
    mended = latin_number_signs(mend_glued_breaks(mended) if "-" in mended else mended)
    return with_acting_posts(mend_stray_signs(spell_districts(mended)))  # "и.о. начальника": not the conjunction


@dataclass(slots=True)
class CellWords:
    """The cell with "(по согласованию)", persons and definitions in parentheses blanked (offsets kept), where
    "(по согласованию)" stood, and its words: all the first test of a cell needs, before it is split."""

    text: str
    agreement_at: list[int]
    words: list[Item]


def cell_words(cell: str) -> CellWords:
    agreement_at: list[int] = []
    text = blank_unglued(_blank_parentheses, cell, agreement_at) if "(" in cell or "огласован" in cell else cell
    return CellWords(text, agreement_at, items(text))


def split_cell(cell: str, read: CellWords | None = None) -> Split:
    """Segments of a cell and the positions where "(по согласованию)" stood; `read` is cell_words(cell) when
    the caller has it already."""
    read = read if read is not None else cell_words(cell)
    text, agreement_at, words = read.text, read.agreement_at, read.words
    if ":" in text:
        listed = headed_items(text)
        if listed is not None:
            starts = list(map(_START, words))
            return Split([Segment(a, b, text[a:b], _slice(words, starts, a, b), resolve_as=name)
                          for a, b, name in listed], agreement_at, words)
    starts = list(map(_START, words))
    spans = merge_qualifiers(_spans(text), words, starts, text)
    segments: list[Segment] = []
    for start, end in spans:  # a loop, not a comprehension: no frame of its own made for a span or two
        segments += _persons_apart(text, start, end, words, starts)
    if len(segments) > 1 and any(map(Segment.person.__get__, segments)):  # most cells name no person: none dropped
        kept: list[Segment] = []
        for k, segment in enumerate(segments):
            if segment.person and k + 1 < len(segments) \
                    and holder_before_post(cell, segment.end, segments[k + 1].start, segments[k + 1].words):
                segments[k + 1].held = True
            elif segment.person and kept and holder_after_post(cell, kept[-1], segment, segments[k + 1:k + 2]):
                kept[-1].held = True  # "ответственный за ГИА, Соколова И.В.": the post's holder, dropped
            else:
                kept.append(segment)
        segments = kept
    if "№" in text or (len(segments) > 1 and any(segment.text[:1].isdigit() for segment in segments)):
        segments = expand_numbered_schools(segments)
    return Split(segments, agreement_at, words)


# After a person in parentheses, a capital letter or a quote opens the next executor's name.
_NAME_OPENS_RE = re.compile(r"\s*[А-ЯЁA-Z«\"]")


def _blank_parentheses(cell: str, agreement_at: list[int]) -> str:
    """Blank "(по согласованию)" (noting where it was), persons and definitions in parentheses; other
    parentheses become separators. Offsets are kept, so mentions can be cut from the cell."""
    work = list(cell)
    # every form of "(по согласованию)" holds "согл" (without_agreement): most cells with a parenthesis do not
    for match in _AGREEMENT_RE.finditer(cell) if "согл" in as_ignorecase_reads(cell) else ():
        agreement_at.append(match.start())
        work[match.start():match.end()] = " " * (match.end() - match.start())
    blanked = "".join(work)
    for match in _PARENS_RE.finditer(blanked):
        inner = match.group(1)
        if PERSON_RE.search(inner) or not has_letters(inner) or _DEFINITION_RE.match(inner) \
                or names_what_precedes(inner, blanked[:match.start()]) \
                or explains_a_role(inner, blanked[:match.start()]) \
                or renames_the_people_before(inner, blanked[:match.start()]):
            # a contact person ("(начальник Бут В.Ф.)") or a definition ("(далее – МОН)") names no executor
            work[match.start():match.end()] = " " * (match.end() - match.start())
            if PERSON_RE.search(inner) and _NAME_OPENS_RE.match(blanked, match.end()):
                work[match.end() - 1] = ";"  # "Пресс-служба (О.В. Валькова) МУ «ГМЦ»": the holder closes a name
        elif not _inside_quotes(blanked, match.start()):  # "«Вечерняя (сменная) школа»": part of the name
            work[match.start()] = ";"
            work[match.end() - 1] = ";"
    text = "".join(work)
    if "(" not in text and ")" not in text:
        return text
    return "".join(";" if ch in "()" and not _inside_quotes(text, k) else ch for k, ch in enumerate(text))



def _slice(words: list[Item], starts: list[int], start: int, end: int) -> list[Item]:
    return words[bisect_left(starts, start):bisect_left(starts, end)]


def _spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    if _holds_a_connector_hint(text):
        separators = [match.span() for match in _SEPARATOR_RE.finditer(text)]
    else:  # most cells name one executor: no comma, no semicolon, nothing to search for
        separators = _punctuation_runs(text) if "," in text or ";" in text else ()
    quoted = "«" in text or '"' in text or "“" in text
    for start, end in separators:
        if quoted and _inside_quotes(text, start) and not _legal_form_opens(text, end):
            continue  # "ГБУ «Центр психолого-педагогической, медицинской и социальной помощи»"
        # a match of _GRADE_BEFORE_RE ends the text before the separator (or its last line break): it starts
        # among the last four characters, so the search starts there, not at the cell's first character; and it
        # ends with a decimal digit (what \d reads) or "х": after most names it is not tried
        last = text[start - 1:start]  # "" at the text's start
        if last == "\n":  # `$` matches before a line break that ends the searched text
            last = text[start - 2:start - 1]
        if (last == "х" or last.isdecimal()) and _GRADE_BEFORE_RE.search(text, max(0, start - 4), start) \
                and _GRADES_AFTER_RE.match(text, end):
            continue  # "Кл. руководители 9, 11 классов": a list of grades, not of executors
        spans.append((position, start))
        position = end
    spans.append((position, len(text)))
    out = []
    for start, end in spans:
        piece = text[start:end]
        stripped = piece.strip(_EDGE_CHARS)
        if not stripped:
            continue
        start += piece.index(stripped)
        end = start + len(stripped)
        if end < len(text) and text[end] == "." and _INITIAL_RE.search(text[start:end]):
            end += 1
        if stripped[:1] in _LETTERS or has_letters(stripped) or BARE_NUMBER_RE.match(text[start:end].strip()):
            out.append((start, end))  # most pieces open with a letter: has_letters is not called for them
    return out


def _punctuation_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of commas and semicolons, as _PUNCTUATION_SEPARATOR_RE finds them: str.find jumps
    to each, where the pattern was tried at every character."""
    if ";" in text:
        text = text.replace(";", ",")  # one mark to look for; the length, hence every position, is kept
    runs = []
    start = text.find(",")
    while start >= 0:
        end = start + 1
        while text[end:end + 1] == ",":
            end += 1
        runs.append((start, end))
        start = text.find(",", end)
    return runs


# A legal form and the quote of its name after a separator: "ООО «Агрофирма «Рассвет», АО «Заря»"
_LEGAL_FORM_THEN_QUOTE_RE = re.compile(r"\s*([А-ЯЁ]{2,6})\s*[«\"“]")


def _legal_form_opens(text: str, at: int) -> bool:
    """A legal form with its quoted name opens at `at`: a nested quote closed once before it ended the name."""
    match = _LEGAL_FORM_THEN_QUOTE_RE.match(text, at)
    return match is not None and match[1].lower() in cues().public_forms


def _inside_quotes(text: str, at: int) -> bool:
    """Whether position `at` stands inside quotes opened before it and closed after it."""
    before = text[:at]
    if before.count("«") > before.count("»"):
        return "»" in text[at:]
    return straight_quotes_open(text[:at + 1]) and any(q in text[at:] for q in '"”')  # 'ФГУП "ПО "Севмаш", …'


def _persons_apart(text: str, start: int, end: int, words: list[Item], starts: list[int]) -> list[Segment]:
    """Persons named by surname and initials are executors of their own ("Петрова А.И. Сидоров В.В.",
    "Петрова А.И. Руководители ОУ", "Отдел образования Петров А.И."), except the holder of a post named
    next to them ("директор МЦ Королева О.А.", "Черкасов М.Н. ст. вожатый"), who is dropped."""
    segment = text[start:end]
    if not names_a_person(segment):
        inside = words[bisect_left(starts, start):bisect_left(starts, end)]  # _slice, inline: most segments
        if ends_with_a_bare_holder(inside):  # "Учитель физкультуры Смирнов": the post, its holder dropped
            return [_trimmed(text, start, inside[-2].end, inside[:-1])]
        return [Segment(start, end, segment, inside)]
    out: list[Segment] = []
    position = start
    held_next = False
    for a, b in _person_spans(segment, start):
        before = _slice(words, starts, position, a)
        if before and named_after(text, before, a):
            continue  # "МБУ Музей З. Биишевой": the body is named after the person
        if before:
            out.append(_trimmed(text, position, a, before))
            out[-1].held = held_next
            held_next = False
        after = _slice(words, starts, b, end)
        if before and _contact_of_an_organisation(before, text[before[-1].end:a]):
            position = b
            continue  # "МБОУ СОШ № 3 – Иванова А.П.": the organisation's contact, as in parentheses
        if not before and holds_a_post(after[:3], first=True):
            held_next = True  # "Черкасов М.Н. ст. вожатый": the post after its holder, who is dropped
        elif not _holds_a_post(before):  # "директор МЦ Королева О.А.": the post before its holder, who is dropped
            out.append(Segment(a, b, text[a:b], _slice(words, starts, a, b), person=True))
        position = b
    rest = _slice(words, starts, position, end)
    if rest:
        out.append(_trimmed(text, position, end, rest))
        out[-1].held = held_next
    return [segment for segment in out if has_letters(segment.text)]


def _contact_of_an_organisation(before: list[Item], gap: str) -> bool:
    """A person after a dash that follows an organisation (a legal form, an abbreviation or a body noun,
    no post) is its contact person, not an executor (spec: "МУ «ГМЦ» (Е.Н. Питеева)")."""
    if not any(ch in gap for ch in "-–—") or any(position_of(word) is not None for word in before):
        return False
    vocab = cues()
    return any(word.is_abbreviation or bare(word) in vocab.name_heads or bare(word) in vocab.school_types
               for word in before)


def _person_spans(segment: str, offset: int) -> list[tuple[int, int]]:
    return person_spans(segment, offset)


def _holds_a_post(words: list[Item]) -> bool:
    return holds_a_post(words)


def _trimmed(text: str, start: int, end: int, words: list[Item]) -> Segment:
    piece = text[start:end]
    stripped = piece.strip(_EDGE_CHARS)
    start += piece.index(stripped) if stripped else 0
    return Segment(start, start + len(stripped), stripped, words)
