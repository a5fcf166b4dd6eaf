"""A role over a group and the letters of a group or body after it (issue 11, cells of staff and sector plans).

- "Руководители ОУ и ДОУ", "Руководители управляющих компаний и ТСЖ": a role over a group of many, then "и" and
  the letters of another group, names the same post in both (the heads of the schools and the heads of the
  kindergartens). The staff of one body and a group ("Специалисты УО и ОО") stay a role and a group, and a comma
  keeps the list's reading (O62: "руководители ОУ, УДО" is a role and a group).
- "Учителя истории ОО", "Инструкторы по ФК ДОО": a role with no organisation of its own followed straight by the
  letters of a group of schools or kindergartens is one role of that group, as "Учителя ОО" is; so is one followed by
  the letters a document defines as one school ("… «Гимназия № 2» (далее – ОУ)": "Классные руководители ОУ").
Persons ("Иванова А.А. ОО") are not roles over anything and are left alone.
"""

from __future__ import annotations

import re

from normalizers.executors.classification import bare, position_of
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.role_number import association_heads
from normalizers.executors.school_bodies import of_one_school
from normalizers.executors.segmentation import SegmentResolver
from normalizers.executors.staff_of_bodies import one_defined_body
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import more_cues

# kinds of bodies that act as bodies beside a role ("Директора школ и РМО": the directors, and the associations)
_BODIES_OF_THEIR_OWN = frozenset({"authority", "methodical_service"})
_INITIAL_RE = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ]\.")  # "А.И.": a person's initials


def roles_over_groups(pieces: list[Piece], cell: str, glossary) -> list[Piece]:
    """The pieces with a group's letters after a role read as that role's organisation (see the module)."""
    if len(pieces) < 2 or " " not in cell:
        return pieces

    def resolve(text: str) -> list[Piece]:  # the text read as a segment of its own
        return SegmentResolver(glossary, text, items(text)).pieces()

    out: list[Piece] = [pieces[0]]
    for right in pieces[1:]:
        left = out[-1]
        found = _read_pair(cell, left, right, resolve)
        if found is None:
            out.append(right)
        elif found.start == left.start:
            out[-1] = found  # joined into the role
        else:
            out.append(found)
    return out


def _read_pair(cell: str, left: Piece, right: Piece, resolve) -> Piece | None:
    if right.kind == "school" and (found := of_one_school(cell, left, right)) is not None:
        return found  # "Администрация ОУ", "Руководитель ШМО ОУ" of one school a document defines
    if left.kind != "role" or right.kind == "role" or _INITIAL_RE.search(cell[left.start:left.end]):
        return None
    right_words = items(cell[right.start:right.end], right.start)
    if not right_words or not right_words[0].is_abbreviation:
        return None
    between = cell[left.end:right.start]
    if between.strip().lower() == "и":
        return _same_post(cell, left, right, resolve)
    if not between.strip() and right.kind in _group_kinds():
        return _of_the_group(cell, left, right, right_words)
    if not between.strip() and right.kind == "school" and len(right_words) == 1:
        return _of_the_group(cell, left, right, right_words, "sing")  # letters a document defines as one school
    if not between.strip() and one_defined_body(left, right, right_words):
        return _of_the_group(cell, left, right, right_words, "sing")  # "Педагоги … образования ДДТ": its staff
    return None


def _group_kinds() -> frozenset[str]:
    return frozenset(map(str, more_cues().get("group_kinds") or ()))


def _genitive(word: Item) -> bool:
    return word.lower.isalpha() and any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "gent" for p in parses(word.lower))


def _group_of_many(word: str, cases: tuple[str, ...]) -> bool:
    """A plural noun in one of `cases` ("учреждений"; "заведующие учреждениями" govern the instrumental)."""
    return word.isalpha() and word.islower() and any(
        p.tag.POS == "NOUN" and p.tag.case in cases and p.tag.number == "plur" for p in parses(word))


def _names_many(name: str) -> bool:
    """Whether a body's name is a plural ("дошкольные образовательные учреждения", "товарищества …")."""
    for word in name.split():
        found = parses(word.lower())
        if found and found[0].tag.POS in ("ADJF", "PRTF"):
            continue
        return _group_of_many(word.lower(), ("nomn",))
    return False


def _heads_associations(words: list[Item], right: Piece) -> bool:
    """"Руководители ШМО и ГМО": a post that heads associations (association_heads) over methodical associations
    after "и" heads them too; every association has its head, while "Инспекторы школ и ГМО" are no staff of theirs."""
    return bool(words) and right.kind == "methodical_service" and bare(words[0]) in association_heads()


def _same_post(cell: str, left: Piece, right: Piece, resolve) -> Piece | None:
    """The right body's letters read with the post of the role on the left ("Руководители ОУ" + "ДОУ")."""
    words = items(cell[left.start:left.end], left.start)
    if not _group_of_many(left.name.rsplit(" ", 1)[-1], ("gent", "ablt")) or not _names_many(right.name) \
            or (right.kind in _BODIES_OF_THEIR_OWN and not _heads_associations(words, right)):
        return None  # "Специалисты УО и ОО": the staff of one body, and the schools; "… и РМО": the associations
    for k in range(1, len(words)):
        if words[k - 1].lower == "по":
            return None  # "Инструкторы по ФК и ДОО": an area of work, not an organisation
        if words[k].is_abbreviation or (_genitive(words[k]) and position_of(words[k]) is None):
            break
    else:
        return None  # a bare post ("Руководители и ОО"): share_organisation's case, or nothing to share
    post = cell[left.start:words[k].start].rstrip()
    found = resolve(f"{post} {cell[right.start:right.end]}")
    if len(found) != 1 or found[0].kind != "role":
        return None
    return Piece(found[0].name, found[0].abbreviation, "role", right.start, right.end, RULE)


def _of_the_group(cell: str, left: Piece, right: Piece, right_words: list[Item], number: str = "plur") -> Piece | None:
    """The role on the left of the group on the right, the group in the genitive plural (one school the letters
    name: singular), its tail as written."""
    words = items(cell[left.start:left.end], left.start)
    if len(words) < 1 or (words[-1].is_abbreviation and (len(words) < 2 or words[-2].lower != "по")):
        return None  # "Специалисты УО ОО": the role has its organisation, the group is listed after it
    found = parses(words[-1].lower)
    if found and found[0].tag.POS in ("ADJF", "PRTF"):
        return None  # "руководители подведомственными ДОУ": the role reader left the adjective out on purpose
    tail = cell[right_words[0].end:right.end].strip()
    name = tidy(f"{left.name} {inflect_phrase(right.name, 'gent', number)} {tail}")
    return Piece(name, None, "role", left.start, right.end, RULE)
