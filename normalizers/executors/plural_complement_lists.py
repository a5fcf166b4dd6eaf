"""A plural head shared by coordinated complements names one body or one group of people per complement (issue
11; other regions' rulings O58, O61, F22): "администрации районов и городов" are the districts' administrations and
the towns' administrations, "руководители предприятий, организаций и учреждений" three groups of heads, "главы
местных администраций городского и сельских поселений" the head of the town's administration and the heads of the
villages' ones. An adjective listed before a complement's noun shares that noun ("городских, сельских
поселений"). plural_head_lists reads an authority over singular fields ("Отделы культуры и спорта"); this reads
the rest: people by position, and complements in the plural, each an adjective or two and a noun. A singular
head is one body ("Комитет по культуре и туризму") and is left alone, as are teachers, whose subjects are one
post's ("учителя русского языка и литературы"), and a list the document names as one ("… городских округов
(далее – органы местного самоуправления)", O23). Adjectives listed before one plural head ("районные и
городские отделы культуры") each take the head and the words after it."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, position_of
from normalizers.executors.hyphen_modifiers import modifier_end
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.participle_clauses import holds_a_participle_clause
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.subject_lists import teaching_head_end
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import cues, more_cues

_KINDS = frozenset({"authority", "external", "role", "other"})  # kinds before the plan's level is applied


@lru_cache(maxsize=4096)
def _reading(lower: str) -> tuple[bool, bool, str | None, bool]:
    """(a plural nominative noun, a plural nominative adjective, the number of a genitive adjective, a genitive
    noun) as the dictionary may read the word."""
    found = parses(lower)
    noun = bool(found) and found[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" for p in found)
    adjective = any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" and p.tag.number == "plur" for p in found)
    genitive_adjective = next((p.tag.number for p in found if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent"),
                              None)
    genitive_noun = bool(found) and found[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in found)  # "городских": an adjective first
    return noun, adjective, genitive_adjective, genitive_noun


def _head_end(words: list[Item]) -> int | None:
    """Index after the plural head ("администрации", "местные администрации", "руководители"), or None."""
    k = 0
    while k < len(words) - 1 and not words[k].is_abbreviation and _reading(words[k].lower)[1] \
            and not _reading(words[k].lower)[0]:
        k += 1  # "местные администрации"
    word = words[k]
    if word.is_abbreviation or not _reading(word.lower)[0]:
        return None
    if bare(word) in cues().authority_heads:
        return k + 1
    if position_of(word) is not None and word.key not in (more_cues().get("teaching_positions") or ()):
        return k + 1
    return None


def _ends_the_list(word: Item) -> bool:
    """A word after the last complement that qualifies them all: a capital ("КБР", "Республики Мордовия"), the
    municipality ("администрации города") or a region's kind ("области")."""
    vocab = cues()
    return word.capitalised or word.is_abbreviation or word.lower in vocab.qualifier_starts \
        or bare(word) in vocab.higher_level_markers


def _parts(text: str, words: list[Item], at: int) -> tuple[list[list[Item]], int] | None:
    """The complements listed from words[at] (split at "," and "и") and the index where the shared tail begins."""
    parts: list[list[Item]] = [[]]
    k = at
    while k < len(words):
        word = words[k]
        between = text[words[k - 1].end:word.start]
        if parts[-1] and not between.strip() and _ends_the_list(word) and word.lower != "и" \
                and not _noun_of_the_last(parts, word):
            break
        if len(parts) > 1 and parts[-1] and not between.strip() and _genitive_tail(parts[-1][-1], word):
            break  # "предприятий, организаций всех форм собственности": a genitive after the last noun is shared (O30)
        if between == "-" and parts[-1] and not word.capitalised:
            parts[-1].append(word)  # "жилищно-коммунальных": the second part of a compound adjective
            k += 1
            continue
        if between.strip() not in ("", ","):
            return None  # a quote, a bracket, a dash: not a plain list
        if "," in between and len(parts) > 1 and parts[-1] and _shared_participle(word.lower):
            break  # "частей и соединений, размещенных на …": a participle after the list qualifies every complement
        if word.lower == "и":
            if not parts[-1]:
                return None
            parts.append([])
        elif "," in between and k > at:
            if not parts[-1]:
                return None
            parts.append([word])
        elif word.is_abbreviation or word.is_number or word.capitalised or not word.lower.isalpha():
            return None
        else:
            parts[-1].append(word)
        k += 1
    return (parts, k) if len(parts) > 1 and parts[-1] else None


def _noun_of_the_last(parts: list[list[Item]], word: Item) -> bool:
    """"… районов и городского округа": a qualifier's noun right after the last complement's genitive adjective is
    that complement's own noun (an adjective ends no complement), not the words all complements share."""
    return len(parts) > 1 and not word.capitalised and _reading(word.lower)[3] \
        and _reading(parts[-1][-1].lower)[2] is not None and not _reading(parts[-1][-1].lower)[3]


@lru_cache(maxsize=1024)
def _shared_participle(lower: str) -> bool:
    """A participle in the genitive plural ("размещенных", "расположенных"): it agrees with all the complements."""
    return any(p.tag.POS == "PRTF" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(lower))


def _genitive_tail(last: Item, word: Item) -> bool:
    """A genitive word right after a complement's genitive noun opens the words all complements share."""
    if not word.lower.isalpha() or not _reading(last.lower)[3]:
        return False
    reading = _reading(word.lower)
    return reading[2] is not None or reading[3]


def _complement(part: list[Item], last: bool) -> bool:
    """Adjectives and a noun in the genitive ("муниципальных районов"); before the last, adjectives alone may
    share its noun ("городского и сельских поселений")."""
    *modifiers, end = part
    k = 0
    while k < len(modifiers):  # "жилищно(-)коммунальных": a compound adjective is one (hyphen_modifiers.py)
        k = modifier_end(modifiers, k, len(modifiers), _genitive_adjective)
        if k is None:
            return False
    return _reading(end.lower)[3] or (not last and _reading(end.lower)[2] is not None)


def _genitive_adjective(lower: str) -> bool:
    return _reading(lower)[2] is not None


def _adjectives_listed(text: str, words: list[Item]) -> list[tuple[str, int, int]] | None:
    """"районные и городские отделы культуры": adjectives listed before one plural head, each with the head and
    the words after it, in its own number ("районный отдел культуры" for a singular adjective)."""
    k, numbers = 0, []
    while k < len(words) and not words[k].is_abbreviation and words[k].lower.isalpha():
        found = parses(words[k].lower)
        number = next((p.tag.number for p in found if p.tag.POS == "ADJF" and p.tag.case == "nomn"), None)
        if not found or found[0].tag.POS != "ADJF" or number is None:
            break
        numbers.append(number)
        k += 1
        if k < len(words) and words[k].lower == "и" and text[words[k - 1].end:words[k].start].strip() == "":
            k += 1
        elif k < len(words) and text[words[k - 1].end:words[k].start].strip() == "," and len(numbers) == 1:
            continue
        else:
            break
    if len(numbers) < 2 or k >= len(words) or _head_end(words[k - 1:]) != 2:
        return None  # "… отделы": the noun right after the last adjective is the plural head
    rest = text[words[k].start:words[-1].end]
    out = []
    for n, number in enumerate(numbers[:-1]):
        word = words[k - len(numbers) + n] if n else words[0]
        out.append((f"{word.text} {inflect_phrase(rest, 'nomn', number)}", word.start, word.end))
    last = words[k - 1]
    out.append((text[last.start:words[-1].end], last.start, words[-1].end))
    return out


@lru_cache(maxsize=8192)
def _listed(text: str) -> tuple[tuple[str, int, int], ...] | None:
    """(name, start, end) per complement of a plural head over a list, or None; kept per text, as names repeat
    over a corpus (as plural_head_lists keeps its openings)."""
    found = _read_list(text)
    return tuple(found) if found is not None else None


def _read_list(text: str) -> list[tuple[str, int, int]] | None:
    words = items(text)
    if len(words) > 3 and words[1].lower == "и":
        return _adjectives_listed(text, words)
    head_end = (_head_end(words) or teaching_head_end(text, words)) if len(words) > 2 else None
    if head_end is None:
        return _administrations_listed(text, words) if len(words) > 2 and "," in text else None
    for at in range(head_end, len(words) - 1):  # the list may follow the head's own words ("местных администраций")
        if at > head_end and not _reading(words[at - 1].lower)[3]:
            continue
        found = _parts(text, words, at)
        if found is None or not all(_complement(part, n == len(found[0]) - 1) for n, part in enumerate(found[0])):
            continue
        if at > head_end and "," in text and any(_reading(part[-1].lower)[3] for part in found[0][:-1]):
            continue  # inside the head's own words only adjectives sharing one noun: other commas list at its level
        return _names(text, words, at, *found)
    return None


def _names(text: str, words: list[Item], at: int, parts: list[list[Item]], tail_at: int) \
        -> list[tuple[str, int, int]] | None:
    if all(_reading(part[-1].lower)[3] and len(part) == 1 for part in parts) and not _plural(parts[-1][-1]) \
            and teaching_head_end(text, words) is None:  # teachers' subjects are fields, each a post's
        return None  # "Отделы культуры и спорта": fields of one body each, read by plural_head_lists
    head = text[:words[at - 1].end] if at > 0 else ""
    tail = text[words[tail_at].start:words[-1].end] if tail_at < len(words) else ""
    if "," in tail or " и " in tail:
        return None  # "… хозяйств района, учреждений …": the list goes on after a qualifier, not a shared tail
    if tail and "," in text[words[tail_at - 1].end:words[tail_at].start]:
        tail = f", {tail}"  # the participle's clause keeps its comma
    out = []
    for n, part in enumerate(parts):
        noun = next(p[-1] for p in parts[n:] if _reading(p[-1].lower)[3])  # "городских, сельских поселений"
        shared = "" if noun is part[-1] else inflect_phrase(noun.lower, "gent", _reading(part[-1].lower)[2])
        words_of_part = _own_number(text, part) if noun is part[-1] and n and noun is not parts[0][-1] \
            else text[part[0].start:part[-1].end]
        name = tidy(f"{head} {words_of_part} {shared} {tail}").replace(" , ", ", ")
        start = 0 if n == 0 else part[0].start
        end = part[-1].end if n < len(parts) - 1 else words[-1].end
        out.append((name, start, end))
    return out


def _own_number(text: str, part: list[Item]) -> str:
    """The last complement, whose plural noun the adjectives before it share: its own adjectives' number ("сельских
    и городского поселений": "городского поселения", as "городского и сельских поселений" reads it)."""
    noun = part[-1]
    if len(part) > 1 and _reading(part[-2].lower)[2] == "sing" and _plural(noun):
        return f"{text[part[0].start:part[-2].end]} {inflect_phrase(noun.lower, 'gent', 'sing')}"
    return text[part[0].start:noun.end]


def _plural(word: Item) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(word.lower))


def distribute_complements(pieces: list[Piece], cell: str) -> list[Piece]:
    """Each authority or role piece of a plural head over listed complements, as one piece per complement."""
    if " и " not in cell and "," not in cell:
        return pieces  # most cells list nothing
    out: list[Piece] = []
    for piece in pieces:
        text = cell[piece.start:piece.end]
        listed = _listed(text) if piece.kind in _KINDS and (" и " in text or "," in text) \
            and not cell[piece.end:].lstrip(" »\"").lower().startswith("(далее") \
            and not holds_a_participle_clause(text) else None  # the list named as one; "…, реализующих …": a clause
        if listed is None:
            out.append(piece)
            continue
        for name, start, end in listed:
            if piece.kind == "role":
                name = name[:1].lower() + name[1:]
            out.append(Piece(name, None, piece.kind, piece.start + start, piece.start + end, RULE))
    return out


def _administrations_listed(text: str, words: list[Item]) -> list[tuple[str, int, int]] | None:
    """"Администрация района, сел", "администрация города, сельских поселений": one territory's administration,
    then after a comma the settlements of the others in the genitive plural (O76's shared head over a list; the
    plural says they are other administrations, not one joint one): the first as written, then "администрации
    <settlements>" for each item. The settlements are vocabulary (executor_cues.yaml, settlement_nouns)."""
    head, territory = words[0], words[1]
    if bare(head) not in cues().authority_heads or not _singular_nominative(head.lower) \
            or not _settlement(territory.lower, "sing") or text[territory.end:words[2].start].strip() != ",":
        return None
    out = [(text[:territory.end], 0, territory.end)]
    plural_head = inflect_phrase(head.lower, "nomn", "plur")
    part: list[Item] = []
    for k, word in enumerate(words[2:], 2):
        between = text[words[k - 1].end:word.start].strip()
        if k > 2 and between == "," or word.lower == "и":
            if not _settlement_item(part):
                return None
            out.append((f"{plural_head} {text[part[0].start:part[-1].end]}", part[0].start, part[-1].end))
            part = []
            if word.lower == "и":
                continue
        elif between not in ("", ","):
            return None
        part.append(word)
    if not _settlement_item(part):
        return None
    out.append((f"{plural_head} {text[part[0].start:part[-1].end]}", part[0].start, part[-1].end))
    return out


def _settlement_item(part: list[Item]) -> bool:
    """Genitive adjectives and a settlement noun in the genitive plural ("сел", "сельских поселений")."""
    return bool(part) and _settlement(part[-1].lower, "plur") and all(
        not w.is_abbreviation and _reading(w.lower)[2] == "plur" for w in part[:-1])


@lru_cache(maxsize=4096)
def _settlement(lower: str, number: str) -> bool:
    """A settlement's noun in the genitive of that number, whatever the dictionary reads first ("сел" is also a
    verb's past: in a list of complements it is the villages')."""
    nouns = more_cues().get("settlement_nouns") or ()
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == number and p.normal_form in nouns
               for p in parses(lower))


@lru_cache(maxsize=1024)
def _singular_nominative(lower: str) -> bool:
    found = parses(lower)
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn" and found[0].tag.number == "sing"

