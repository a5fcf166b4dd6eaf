"""What kind of thing a stretch of an executor cell names, when no glossary knows it.

Kinds are read by role, not by sector (spec): the head noun of a name (управление, отдел, комитет -> authority), its
legal form (ГБУ, ФГБОУ -> external), a school type with a number (-> school), a level marker (области, федеральный ->
external), a position (-> role). The same words tell a cell of deadlines or results from a cell of executors."""

from __future__ import annotations

import re
from operator import itemgetter

from normalizers.executors.abbreviation_shapes import kind_by_letters, sure_kind_by_letters
from normalizers.executors.complement_levels import attached_to_a_ministry, own_level_words, placed_in_a_municipality
from normalizers.executors.enterprise_forms import opens_with_an_enterprise_form
from normalizers.executors.executive_committees import executive_committee_kind
from normalizers.executors.hyphen_modifiers import genitive_adjective_end
from normalizers.executors.institution_councils import institution_council
from normalizers.executors.institution_units import is_institution_unit, unit_of_authority_kind
from normalizers.executors.legal_form_shapes import is_state_form
from normalizers.executors.listed_nouns import compound_head
from normalizers.executors.morphology import can_be, can_modify, is_adjective, parses, part_of_speech
from normalizers.executors.outside_fields import names_an_outside_field, outside_field_institution
from normalizers.executors.outside_groups import is_outside_group
from normalizers.executors.person_nouns import opens_with_a_person_noun
from normalizers.executors.place_adjectives import place_adjective
from normalizers.executors.position_words import position_of
from normalizers.executors.single_schools import named_after_its_type, names_one_school
from normalizers.executors.statements import states_something_done
from normalizers.executors.text import BARE, Item
from normalizers.executors.units import is_unit_of_an_authority, of_a_municipal_administration
from normalizers.executors.vocabulary import cues

# Initials after a surname may be typed with the Latin capitals that look like Cyrillic ones ("Калита B.C."),
# or glued to it when a line break was lost ("ИвановаА.А.": both initials then, so no abbreviation reads so).
PERSON_RE = re.compile(
    r"(?:\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:овна|евна|ична|ович|евич|ич)\b"
    r"|\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?\s+(?:[А-ЯЁABCEHKMOPTX]\.\s*(?:[А-ЯЁABCEHKMOPTX]\.?)?"
    r"|[А-ЯЁ]\s[А-ЯЁ](?![А-Яа-яЁё.]))"  # "Иванова Е Ю": initials without dots
    r"|\b[А-ЯЁ][а-яё]{2,}[А-ЯЁ]\.\s?[А-ЯЁ]\.?"
    r"|\b[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?![А-Яа-яЁё])"
)


# bare(item): the item's key without the abbreviation mark, a lemma or a lower-case abbreviation; kept in the
# item when it is made, and read by a C getter: it is asked of every word again and again.
bare = itemgetter(BARE)


def is_person(text: str) -> bool:
    """"Смирнова Л.В.", "Л.В. Смирнова": a person named by surname and initials."""
    match = PERSON_RE.fullmatch(text.strip(" ,.;()"))
    return match is not None


def opens_a_name(items: list[Item], k: int) -> bool:
    """Whether items[k] can open the name of an executor of its own: an abbreviation, a capitalised
    word, a number, a position, or (after up to two adjectives) the head noun of a body or group.
    "Отдел образования и отдел культуры" opens a second name; "… образования и науки" does not."""
    item = items[k]
    if item.is_abbreviation or item.capitalised or item.is_number or item.key == "№":
        return True
    vocab = cues()
    for j in range(k, min(k + 3, len(items))):
        word = items[j]
        if position_of(word) is not None or bare(word) in vocab.name_heads:
            return True
        if word.lower in vocab.role_modifiers:
            continue  # "ст. вожатый", "соц. педагог": a modifier of the position that follows
        if word.is_abbreviation or not is_adjective(word.lower):
            return False
    return False


def opens_with_a_body(items: list[Item]) -> bool:
    """"Управление государственной инспекции …", "Городская межведомственная комиссия … в 2012 г.": the
    cell opens with the head noun of a body (after up to two adjectives), so it names executors even when
    the deadline reader also finds a year or a schedule in it."""
    vocab = cues()
    for word in items[:3]:
        if word.is_abbreviation or word.is_number:
            return False
        if word.key in vocab.name_heads and word.key not in vocab.place_heads:
            return not _names_an_action(word)  # "Организация участия …" is the action, not the bodies
        if not is_adjective(word.lower):
            return False
    return False


def opens_with_a_legal_form(items: list[Item]) -> bool:
    """"МАУ «ДК «Октябрь»»", "МБОУ СОШ № 5": the legal form of a municipal or state organisation opens the
    cell, so it names one whatever month or number its name holds."""
    return bool(items) and items[0].is_abbreviation and (
        bare(items[0]) in cues().public_forms or is_state_form(items[0]))


def continues_a_name(last: Item, words: list[Item]) -> bool:
    """After a comma a lower-case genitive after a genitive ("Департамент образования, культуры"), or a participle
    ("органы …, осуществляющие …"), continues the name that ends with `last`; an opening of a new name does not."""
    first = words[0]
    if first.is_abbreviation or first.capitalised or first.is_number:
        return False
    if part_of_speech(first.lower)[0] == "PRTF":
        return True
    if last.is_abbreviation:
        return False
    if not can_be(last.lower, "NOUN", "gent"):
        # "Центр психолого-педагогической, медицинской и социальной помощи": adjectives awaiting their noun
        return can_be(last.lower, "ADJF", "gent") and can_be(first.lower, "ADJF", "gent") \
            and _genitive_noun_after_adjectives(words)
    if opens_a_name(words, 0):
        return False
    if (end := genitive_adjective_end(words)) and len(words) > end and not can_be(first.lower, "NOUN"):
        return _genitive_noun_after_adjectives(words[end - 1:])  # "…, молодёжной политики", "…, жилищно-коммунальных"
    return can_be(first.lower, "NOUN", "gent")


def _genitive_noun_after_adjectives(words: list[Item]) -> bool:
    """Genitive adjectives, perhaps joined by "и", then a genitive noun."""
    for word in words[1:5]:
        if word.is_abbreviation or word.is_number or word.capitalised:
            return False
        if can_be(word.lower, "NOUN", "gent") and not (word.lower == "и"):
            return True
        if word.lower != "и" and not can_be(word.lower, "ADJF", "gent"):
            return False
    return False


def continues_a_complement(previous: list[Item], words: list[Item]) -> bool:
    """After a comma: "Управление по культуре, спорту и молодёжной политике". A lower-case dative after a
    name whose last words are "по" and a dative continues that list of fields."""
    first, last = words[0], previous[-1]
    if first.is_abbreviation or first.capitalised or first.is_number or last.is_abbreviation:
        return False
    if not any(item.lower == "по" for item in previous[1:-1]) or opens_a_name(words, 0):
        return False
    if not can_be(last.lower, "NOUN", "datv"):
        return False
    if is_adjective(first.lower) and len(words) > 1:
        return can_be(first.lower, "ADJF", "datv") and can_be(words[1].lower, "NOUN", "datv")
    return can_be(first.lower, "NOUN", "datv")


def head_index(items: list[Item]) -> int | None:
    """First word of a name that is not its legal form (МБОУ, ГБУ ДПО)."""
    forms = cues().legal_forms
    for i, item in enumerate(items):
        if item.is_number or item.key == "№":
            continue
        if item.is_abbreviation and bare(item) in forms:
            continue
        if not item.is_abbreviation and i + 1 < len(items) and (can_modify(item.lower) or place_adjective(item) or (
                can_be(item.lower, "ADVB") and is_adjective(items[i + 1].lower))):  # "Социально ориентированные …"
            continue
        return i
    return None


def is_school(items: list[Item]) -> bool:
    """One named school: a school type in the singular with a number or a municipal legal form, or ending a name
    of adjectives alone ("Мензинская СОШ", "Школа": single_schools.py)."""
    vocab = cues()
    if names_one_school(items):
        return True
    for i, item in enumerate(items):
        if bare(item) not in vocab.school_types:
            continue
        if any(later.is_number or later.key == "№" or later.lower in ("им", "имени") for later in items[i + 1:]):
            return True  # "Школа № 5", "Школа им. А.С. Пушкина"
        if not item.is_abbreviation and can_be(item.lower, "NOUN") and _is_plural(item.lower):
            return False
        if named_after_its_type(items, i):
            return True  # "Школа «Гармония»": the type, then the school's own name
        if any(bare(other) in vocab.public_forms for other in items[:i]):
            return True
    return False


def _is_plural(word: str) -> bool:
    variants = parses(word)
    return bool(variants) and variants[0].tag.number == "plur" and variants[0].tag.case == "nomn"


def classify(items: list[Item]) -> tuple[str, bool] | None:
    """(kind, recognised) of a name no glossary knows, or None if it names no body or person. `recognised` is
    False for kind `other` that no rule explains (warning unknown_executor)."""
    if not items:
        return None
    vocab = cues()
    words = {bare(item) for item in items}
    head = head_index(items)
    head_word = bare(items[head]) if head is not None else ""
    for index in (0, head):
        position = position_of(items[index]) if index is not None else None
        if position is not None and not position.requires_group:
            return "role", True
    if words & vocab.community_markers and head_word in vocab.community_body_heads or institution_council(items, head):
        return "other", True  # "Родительский комитет", "Управляющий совет", "Совет школы": the school community
    kind = "external" if opens_with_an_enterprise_form(items) else executive_committee_kind(words, items)
    if kind is not None:  # "МУП «Управление …»": an enterprise, whatever its name; "исполком": a municipality's or not
        return kind, True
    if head_word not in vocab.authority_heads:
        for required, kind in vocab.early_kind_rules:
            if required <= words:
                return kind, True
    sure = sure_kind_by_letters(items, vocab)
    if sure is not None:
        return sure, True
    if is_school(items):
        return "school", True
    if head_word in vocab.authority_heads and of_a_municipal_administration(words):
        return "authority", True  # "Отдел образования администрации МР «N-ский район» Республики N"
    if (words & vocab.higher_level_markers and own_level_words(items, words, vocab.higher_level_markers)
            & vocab.higher_level_markers) or words & vocab.state_forms or vocab.is_federal(words) \
            or is_state_form(items[0]) or attached_to_a_ministry(items) or placed_in_a_municipality(items):
        return "external", True
    if head_word in vocab.authority_heads:
        if is_institution_unit(items, head):
            return "other", True  # "Отдел обслуживания", "Отдел по работе с детьми": a library's own unit
        return unit_of_authority_kind(words), True  # "Методический отдел комитета …": methodical (O41)
    for required, kind in vocab.kind_rules:
        if required <= words and not _another_body_of_the_group(head_word, kind):
            return kind, True
    if head_word in vocab.additional_education_heads or words & vocab.additional_education_heads:
        return "other", True
    if head_word in vocab.external_heads or compound_head(head_word, vocab.external_heads) is not None:
        return "external", True  # "лесокомбинат", "хлебозавод": a compound of "комбинат", "завод"
    if words & vocab.culture_forms or words & vocab.enterprise_forms or outside_field_institution(items, words):
        return "external", True  # "МБУК «МЦБС»", "МУП ЖКХ", "МБУ «… природный парк»": outside by its form (O40)
    if (shape := kind_by_letters(items)) is not None:
        return shape, False  # "УСЗН", "УФСИН", "ГМК"; "ОГПН г. Энска", "7 ОФПС": a guess by the letters, warned
    if is_unit_of_an_authority(items):
        return "authority", True  # "ЦБ комитета образования": a unit of the authority named after it
    if is_outside_group(items, head, words) or (words & vocab.municipal_forms and names_an_outside_field(items, words)):
        return "external", True  # "пилотные организации" (outside_groups.py); "МКУ «Благоустройство»" (O40)
    if head_word in vocab.body_heads and not _names_an_action(items[head]) \
            and can_be(items[head].lower, "NOUN", "nomn"):
        if names_an_outside_field(items, words):
            return "external", True  # "городской центр садоводства": an institution outside education (O40)
        return "other", False  # "централизованная бухгалтерия": a body no rule knows, kept with a warning
    return _by_the_first_word(items)


def _by_the_first_word(items: list[Item]) -> tuple[str, bool] | None:
    """What no rule of a body's words read: a noun for a person opening the name ("вахтёр", "уборщицы": people
    named by their work, person_nouns.py) or a proper name no glossary knows."""
    if opens_with_a_person_noun(items):
        return "role", True
    if _looks_like_a_proper_name(items):
        return "other", False
    return None


def _another_body_of_the_group(head_word: str, kind: str) -> bool:
    """"Совет ректоров образовательных организаций", "Центр обеспечения деятельности образовательных
    учреждений": the schools are named in the genitive; the head noun names another body."""
    vocab = cues()
    return kind in vocab.group_kinds and head_word in vocab.body_heads and head_word not in vocab.group_heads


def _looks_like_a_proper_name(items: list[Item]) -> bool:
    """Abbreviations, capitalised or quoted words: a body the glossaries do not know yet."""
    first = items[0]
    if not (first.is_abbreviation or first.capitalised):
        return False
    if cues().prepositions.get(first.lower) or first.lower in cues().connectors:
        return False
    return len(items) <= 6 and not opens_with_result(items)


def opens_with_result(items: list[Item]) -> bool:
    """The first noun names a document, an action or a result ("Приказ …", "Размещение …"),
    or the text states something done ("Проведено совещание …")."""
    if states_something_done(items):
        return True
    if names_a_body_by_phrase(items):
        return False  # "Централизованные библиотечные системы", "Общественная организация …"
    for item in items:
        if item.is_number or item.key == "№":
            continue
        if item.is_abbreviation or position_of(item) is not None:
            return False
        word = item.lower
        pos = part_of_speech(word)[0]
        if pos is None:
            return False
        if pos in _SKIPPED_POS or (pos in ("ADJF", "PRTF") and not can_be(word, "NOUN")):
            continue
        if pos == "NOUN" or can_be(word, "NOUN"):
            return _names_an_action(item) and not _organisation_with_adjectives(items, item)
        return False
    return False


def names_a_body_by_phrase(items: list[Item]) -> bool:
    """Words that together name a body (cues body_phrases) though their head also opens a result."""
    phrases = cues().body_phrases
    if not phrases:
        return False
    words = set(map(bare, items[:6]))
    return any(map(words.issuperset, phrases))  # phrase <= words, each phrase a frozenset


def _organisation_with_adjectives(items: list[Item], item: Item) -> bool:
    """"Местная религиозная организация …": after adjectives and before no verbal noun ("Своевременная
    организация участия" is the action), the singular names a body."""
    if item.key != "организация" or item is items[0]:
        return False
    k = next(k for k, other in enumerate(items) if other is item)
    return k + 1 >= len(items) or items[k + 1].is_abbreviation or not _names_an_action(items[k + 1])




_SKIPPED_POS = {"CONJ", "ADVB", "PRCL", "NUMR", "COMP"}


def _names_an_action(item: Item) -> bool:
    vocab = cues()
    lemma = item.key
    if lemma in vocab.result_heads:
        return True
    if lemma == "организация" and item.lower == "организация":
        return True  # "Организация участия …": the singular is the action, the plural the bodies
    return lemma.endswith(vocab.action_endings) and lemma not in vocab.body_nouns_like_actions


def opens_like_a_deadline(items: list[Item]) -> bool:
    """"В течение года по плану ГБОУ ИРО КК", "по запросу ОО", "ежегодно …"."""
    return bool(items) and not items[0].is_abbreviation and items[0].lower in cues().deadline_openers


def names_a_place(items: list[Item]) -> bool:
    """"Городской парк", "Парк п. Сокол": a place in an "Исполнитель, место проведения" column."""
    head = head_index(items)
    return head is not None and bare(items[head]) in cues().place_heads


def is_header(items: list[Item]) -> bool:
    """A header row repeated in the body: "Ответственные исполнители, результат"."""
    vocab = cues()
    header_words, connectors = vocab.header_words, vocab.connectors
    found = False
    for item in items:  # stops at the first other word: a long text of results is not read to its end
        if item.is_number:
            continue
        if item.key not in header_words and item.lower not in connectors:
            return False
        found = True
    return found
