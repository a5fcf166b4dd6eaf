"""Persons in executor cells: "Петрова А.И.", "А.И. Петрова", "А.И.Петрова" (spec: one `role`, name as written).

Three small rules the splitting and the cell checks ask for:
- `person_spans`: where persons stand in a stretch of text. A capitalised position or body word before
  initials is not a surname ("Тьютор Э.Я. Ярцева", "Педагоги-психологи В.Т. Щеглова": the person is
  "Э.Я. Ярцева", initials first);
- `opens_with_a_person`: a cell that opens with initials ("К.Н. Мухортова", "В.В. Цветкова") names a person,
  although "К" and "В" are also prepositions that open deadlines ("к 1 сентября", "в течение года");
- `holder_before_post`: a person, a comma, then a singular post ("Пономарёва Е.А., заведующий МБДОУ №18") is
  one role named by the post (other regions' ruling O29); a plural group after the comma is an executor of
  its own (O56).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.chief_posts import modifies_a_post
from normalizers.executors.classification import PERSON_RE, bare, position_of
from normalizers.executors.morphology import can_be, parses
from normalizers.executors.positions import class_teachers_abbreviated, deputy_acronym, names_a_team
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import cues, more_cues

_LEADING_RE = re.compile(r"^[\s\-–—•*·]*")
_INITIAL_RE = re.compile(r"[А-ЯЁABCEHKMOPTX]\.")  # Latin look-alikes typed for initials too
# "Иванова Е Ю": a surname and two initials typed without their dots (PERSON_RE reads them too)
_DOTLESS_INITIALS_RE = re.compile(r"[а-яё]\s[А-ЯЁ]\s[А-ЯЁ](?![А-Яа-яЁё.])")


def _dotless_initials(text: str) -> bool:
    """Initials without dots, looked for only where the text ends in a lone capital ("… Петрова О А"): the search
    is spared on the many cells that do not."""
    return text[-2:-1] == " " and text[-1:].isupper() and _DOTLESS_INITIALS_RE.search(text) is not None


@lru_cache(maxsize=8192)
def _not_a_surname(word: str) -> bool:
    """A position, a modifier of one, or the head noun of a body, written with a capital letter."""
    vocab = cues()
    for part in word.split("-"):
        found = items(part) if part else None
        if not found:
            continue
        item = found[0]
        if position_of(item) is not None or bare(item) in vocab.name_heads or item.lower in vocab.role_modifiers:
            return True
    return False


_FULL_NAME_RE = re.compile(
    r"(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|ич)(?![А-Яа-яЁё])")


def _may_hold_a_full_name(text: str) -> bool:
    """Whether the text has an ending of a patronymic at all: a quick test before _FULL_NAME_RE."""
    return "ич" in text or "вна" in text or "чна" in text


def full_name_spans(segment: str, offset: int = 0) -> list[tuple[int, int]]:
    """"Огаркова Мария Петровна": surname, first name and patronymic (the patronymic's ending says so)."""
    if not _may_hold_a_full_name(segment):
        return []
    return [(offset + m.start(), offset + m.end()) for m in _FULL_NAME_RE.finditer(segment)
            if not _not_a_surname(m.group().split()[0])]


def names_a_person(segment: str) -> bool:
    """Whether a stretch of text names a person: initials (with dots or without), or a full name with a
    patronymic."""
    return ("." in segment and _INITIAL_RE.search(segment) is not None) or (  # _may_hold_a_full_name, inline
        ("ич" in segment or "вна" in segment or "чна" in segment) and _FULL_NAME_RE.search(segment) is not None) \
        or _dotless_initials(segment)


def person_spans(segment: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of persons in `segment`, shifted by `offset`. "Музей А.С. Пушкина" is a museum and "А.С. Пушкина"
    the person it is named after (a body's head noun is no surname either)."""
    full = full_name_spans(segment, offset)
    out = []
    heads = cues().name_heads
    match = PERSON_RE.search(segment)
    while match is not None:
        words = items(match.group())
        first = words[0]
        if bare(first) in heads or first.lower in heads or (not _INITIAL_RE.match(match.group()) and (
                _not_a_surname(first.text) or _surname_after_initials(segment, match.start(), match.end()))):
            # "Тьютор Э.Я. Ярцева": look for the person from the initials on
            match = PERSON_RE.search(segment, match.start() + len(first.text))
            continue
        span = (offset + match.start(), offset + match.end())
        if not any(a < span[1] and span[0] < b for a, b in full):  # "Лапин Сергей Сергеевич Н.Я. Огаркова"
            out.append(span)
        match = PERSON_RE.search(segment, match.end())
    return sorted(out + full)


_NEXT_WORD_RE = re.compile(r"\s*([А-ЯЁ][а-яё]+)(?![А-Яа-яЁё.])(\s*[А-ЯЁ](?![а-яё]))?")


def _surname_after_initials(segment: str, start: int, end: int) -> bool:
    """"… администрации города Энска П.Р. Сидоров": a capitalised word after "Word И.О." that no initials follow is
    the surname of initials written first, and the word before them ends the body's name (a place in the genitive),
    when a word (or a territory noun cut short: "г. Энска") stands before it with no separator: the person is
    "П.Р. Сидоров"."""
    if not segment[start:end].rstrip().endswith("."):
        return False  # "Абрамова Е Ю Светлакова О А": initials without dots, persons in a row
    after = _NEXT_WORD_RE.match(segment, end)
    if after is None or after.group(2) or _not_a_surname(after.group(1)):
        return False
    before = segment[:start].rstrip()
    return bool(before) and (before[-1].isalpha() or _contracted_territory_re().search(before) is not None)


@lru_cache(maxsize=1)
def _contracted_territory_re() -> re.Pattern:
    """A territory noun cut short with its dot at the end of the text ("… администрации г.", "… г.о."): the word
    after it is the place ("г. Энска П.Р. Сидоров"), as a spelt-out "города" (`contracted_territories`)."""
    runs = [r"\.\s?".join(map(re.escape, str(letters).split("."))) for letters in
            more_cues().get("contracted_territories") or ()]
    return re.compile(r"(?<![А-Яа-яЁё.])(?:" + "|".join(runs) + r")\.$")


def opens_with_a_person(cell: str) -> bool:
    """The cell opens with a person named by initials and surname, either order."""
    if "." not in cell and not ("ич" in cell or "вна" in cell or "чна" in cell) \
            and not _dotless_initials(cell.rstrip()):  # _may_hold_a_full_name
        return False  # PERSON_RE needs the dot of an initial or the ending of a patronymic
    text = _LEADING_RE.sub("", cell, count=1)  # the pattern is anchored: one match at most
    match = PERSON_RE.match(text)
    return match is not None and not _not_a_surname(match.group().split()[0].rstrip("."))


_HOLDER_IN_PARENTHESES_RE = re.compile(r"\(\s*(?:[а-яё]+\s+)?(" + PERSON_RE.pattern + r")\s*\)")


def holder_in_parentheses(cell: str) -> bool:
    """"К по МП (В.В. Зубенко)", "МУ «ГМЦ» (начальник Е.Н. Питеева)": a person in parentheses is the holder
    of what stands before it (O44), so the cell names an executor even if its first word reads like a
    preposition of a deadline ("к", "в")."""
    return "(" in cell and _HOLDER_IN_PARENTHESES_RE.search(cell) is not None


def without_holder(cell: str) -> str:
    """The cell without the persons in parentheses after the names they hold."""
    return _HOLDER_IN_PARENTHESES_RE.sub(" ", cell)



def _NOTHING_AFTER(_k: int) -> str:  # noqa: N802 - a constant function
    return ""

def singular_post(words: list[Item]) -> bool:
    """The words open with a post held by one person ("заведующий МБДОУ", "Зам. по УВР", "Соц. педагог")."""
    vocab = cues()
    if len(words) >= 2 and class_teachers_abbreviated(f"{words[0].text}.{words[1].text}"):
        return False  # "Кл. рук.": the class teachers, a group (O60)
    if words and deputy_acronym(words[0]) is not None:
        return True  # "ЗДВР", "ЗД по УР"
    for index, word in enumerate(words[:2]):
        position = position_of(word)
        if position is not None and index == 0 and modifies_a_post(words, 0, _NOTHING_AFTER):
            continue  # "гл. библиотекарь": the modifier of the post after it ("гл." may also be "глава")
        if position is not None:
            if position.requires_group or names_a_team(word):
                return False
            return not any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(word.lower))
        if index == 0 and not (word.lower in vocab.role_modifiers or bare(word) in vocab.role_modifiers):
            if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word.lower)):
                return False
    return False


def holds_a_post(words: list[Item], first: bool = False) -> bool:
    """The role written next to a person is a post held by one ("директор МЦ Королева О.А.", "классные
    руководители 1-4 кл Зав. библиотекой Рогожина Б.Ю."). The role nearest the person decides: the last one
    before it, or (`first`) the first one after it; a position governed by another ("Зам. директора") or
    standing in an oblique case ("ШМО учителей") heads no role; a group ("Классные руководители") is no post."""
    if first:
        return singular_post(words)  # the post must open the words after the person
    heads = [word for k, word in enumerate(words)
             if (_post_word(word) or position_of(word) is not None) and not _governed(words, k)
             and _can_be_nominative(word)]
    if not heads or not _post_word(heads[-1]):
        return False  # "… и администрация школы С.П. Лапина": the nearest role is a team
    return not any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(heads[-1].lower))


def names_a_post(word: Item) -> bool:
    """The word names a position ("Методист", "Библиотекарь", "ЗДВР")."""
    return position_of(word) is not None or deputy_acronym(word) is not None


def _governed(words: list[Item], k: int) -> bool:
    """"Зам. директора": a lower-case position right after another is governed by it; "Кл. руководители Зам.
    директора" opens a new role with its capital. A lower-case team word that can be genitive right after a
    noun qualifies it ("Начальник отдела ГО и ЧС администрации района"): no team of its own."""
    if k == 0 or words[k].capitalised:
        return False
    if position_of(words[k - 1]) is not None:
        return True
    return names_a_team(words[k]) and words[k - 1].lower not in cues().connectors \
        and can_be(words[k].lower, "NOUN", "gent")


def _post_word(word: Item) -> bool:
    """A position held by people ("директор", "ЗДВР"); an administration is a body, not a post."""
    if deputy_acronym(word) is not None:
        return True
    position = position_of(word)
    return position is not None and not position.requires_group and not names_a_team(word)


def _can_be_nominative(word: Item) -> bool:
    """A post cut short ("Рук.", which the dictionary reads as "рука") stands in any case it is read in."""
    variants = parses(word.lower)
    return word.is_abbreviation or not variants or any(p.tag.case == "nomn" for p in variants) \
        or word.lower in cues().role_abbreviations


def named_after(text: str, before: list[Item], person_start: int) -> bool:
    """"МБУ Музей З. Биишевой", "школа им. А.С. Пушкина": the body is named after the person. Not so after an
    abbreviation ("ГИБДД Т.И. Калинов"), a closing quote ("МБУ ДО «ДДТ» Мирончина Ж.М.") or a line break,
    nor after a post the person holds ("Директор лицея Ким О.Б.")."""
    last = before[-1]
    if last.lower in ("им", "имени") or _after_a_namesake_title(text, before, person_start):
        return True
    if not _INITIAL_RE.match(text, person_start):
        return False  # a namesake is written initials first ("Музей З. Биишевой"), never "Лапина В."
    if any(position_of(word) is not None for word in before) or bare(last) in cues().authority_heads:
        return False  # "Педагоги школы Н.И. Лапина", "Администрация поселения Лапина З.Я.": no namesakes
    if last.is_abbreviation or any(ch in text[last.end:person_start] for ch in "»\"”\n"):
        return False
    return bare(last) in cues().name_heads


_TITLE_WORDS = 4  # "им. Героя Советского Союза Гришина И.Т.": the namesake's title between "им." and the name


def _after_a_namesake_title(text: str, before: list[Item], person_start: int) -> bool:
    """"… им. Героя России Петрова А.А.", "«Центр «Радуга» им. Героя Советского Союза Гришина И.Т.»": a title of
    capitalised or genitive words after "им." leads to the namesake, with no comma or bracket on the way."""
    for k in range(len(before) - 1, max(len(before) - 1 - _TITLE_WORDS, -1), -1):
        if before[k].lower in ("им", "имени"):
            return not any(ch in text[before[k].end:person_start] for ch in ",;()«»\"")
    return False


def holder_before_post(text: str, person_end: int, next_start: int, next_words: list[Item]) -> bool:
    """Only a comma or an opening parenthesis stands between a person and a singular post ("Пономарёва Е.А.,
    заведующий …", "Огаркова И.И. (зам. директора по ВР)"): the person holds the post (O29). A full stop typed
    twice after the initials ("Иванов С.В.., …") is a slip, not a sentence's end."""
    between = text[person_end:next_start].strip()
    return between.lstrip(".").lstrip() in (",", "(") and singular_post(next_words)


def holder_after_post(text: str, post, person, following: list) -> bool:
    """A singular post, a comma and a person ("ответственный за питание, Лебедева О.Н."), segments of the cell
    (`following`: the one after the person, if any): the post's holder, as O29 reads the person before the post;
    after a group (O56), or first of several persons ("Библиотекарь, Лебедева О.Н., Орлова И.И."), the person is
    an executor of its own."""
    return not post.person and not (following and following[0].person) \
        and text[post.end:person.start].strip() == "," and singular_post(post.words)


def ends_with_a_bare_holder(words: list[Item]) -> bool:
    """"Учитель физкультуры Смирнов": a surname without initials after a post held by one is its holder (O29),
    not a body of its own. Only a word the dictionary reads as a surname in the nominative, after a post."""
    if len(words) < 2:
        return False
    last = words[-1]
    if not last.capitalised or last.is_abbreviation or _not_a_surname(last.text):
        return False
    if not any("Surn" in p.tag and p.tag.case == "nomn" for p in parses(last.lower)):
        return False
    return holds_a_post(words[:-1])



@lru_cache(maxsize=1)
def _person_forms() -> frozenset[str]:
    return frozenset(more_cues().get("person_forms") or ())


def join_entrepreneurs(pieces: list, cell: str) -> list:
    """"ИП Кузнецов А.В.": the legal form of a person in business (executor_cues person_forms) before a person
    names one enterprise, an outside body (spec: external), named as written; alone it keeps its glossary name."""
    forms = _person_forms()
    out: list = []
    for piece in pieces:
        before = out[-1] if out else None
        if before is not None and piece.kind == "role" and PERSON_RE.fullmatch(cell[piece.start:piece.end]) \
                and cell[before.start:before.end].lower() in forms and not cell[before.end:piece.start].strip():
            out[-1] = type(piece)(cell[before.start:piece.end], None, before.kind, before.start, piece.end,
                                  before.status)
        else:
            out.append(piece)
    return out
