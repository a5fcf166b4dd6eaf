"""Roles: people by position ("руководители ОО", "Зав. ДОУ", "методист МКУ «…»"). A position followed by
an organisation is one role named by the position and the organisation's canonical name in the case the
position governs (spec, R12); abbreviated positions are spelt out. A mixin of SegmentResolver; roles a glossary
knows are completed in known_roles.py."""

from __future__ import annotations

from normalizers.executors import genitive_bodies, genitive_lists, legal_form_tails, role_number, work_areas
from normalizers.executors.chief_posts import chief_post, modifies_a_post
from normalizers.executors.classification import bare, classify, opens_a_name, position_of
from normalizers.executors.known_roles import KnownRoles
from normalizers.executors.morphology import (
    can_be,
    can_be_nominative,
    inflect_phrase,
    is_adjective,
    is_known,
    oblique_head,
    pluralise,
)
from normalizers.executors.numbered_units import unit_number
from normalizers.executors.office_tails import office_tail_end
from normalizers.executors.pieces import EXTRA, KNOWN, RULE, Piece
from normalizers.executors.position_words import misspelt_position
from normalizers.executors.positions import (
    class_teachers_abbreviated,
    deputy_acronym,
    governed_positions,
    grade_number,
    group_in_case,
    inflect_group,
    oblique_plural,
    spell_contractions,
    written_plural,
)
from normalizers.executors.ranked_posts import number_of_post
from normalizers.executors.role_names import expand_role_abbreviations, finished_role_name
from normalizers.executors.role_number import oblique_compound, same_post_in_its_number
from normalizers.executors.role_qualifiers import with_qualifier
from normalizers.executors.run_on_roles import runs_on_as_a_role
from normalizers.executors.school_bodies import one_school
from normalizers.executors.shared_nouns import awaits_a_shared_noun
from normalizers.executors.subject_acronyms import is_post_acronym
from normalizers.executors.territorial_offices import territory_end
from normalizers.executors.text import DASHES, Item, tidy
from normalizers.executors.ungoverned_names import cannot_be_governed, ends_the_posts, post_after_posts
from normalizers.executors.vocabulary import more_cues
from normalizers.executors.written_number import singular_in_case
from normalizers.executors.written_out_bodies import body_named, in_its_name, through_its_name

_MOST_MODIFIERS = 3  # modifiers a post may open with ("главный государственный санитарный врач")


class RoleRules(KnownRoles):
    def governed_by_the_role(self, before: Piece, i: int) -> bool:
        """A known name in a case that cannot be nominative, right after a role's words with nothing between ("лица,
        уполномоченные представительным органом …"): the role's words govern it; it is no executor of its own."""
        return before.kind == "role" and before.status != EXTRA and i > 0 and before.end == self.words[i - 1].end \
            and not self._between(i - 1, i).strip() and self._oblique(i) and not self.words[i - 1].is_abbreviation \
            and is_adjective(self.words[i - 1].lower)

    def role_with_governed_name(self, role: Piece, i: int, end: int) -> tuple[Piece, int]:
        """The role with the name it governs (words i..end, and its own name in quotes) added; where reading goes on."""
        return Piece(f"{role.name} {tidy(self._span_text(i, end := through_its_name(self, end)))}", None, "role",
                     role.start, self.words[end - 1].end, role.status), end

    def starts_role(self, i: int) -> bool:
        words = self.words
        if deputy_acronym(words[i]) is not None:
            return True
        at = i
        position = position_of(words[i])
        # up to three modifiers: "Соц. педагог", "старший научный сотрудник", "главный государственный санитарный врач"
        while position is None and at - i < _MOST_MODIFIERS and at + 1 < len(words) \
                and (self._qualifies_a_position(words[at]) or self._glued_to_a_post(at)):
            at += 1
            position = position_of(words[at])
        if position is None:
            return False
        if i > 0 and not words[at].is_abbreviation and not can_be_nominative(words[at].lower):
            return False  # "руководитель ШМО учителей начальных классов": a dependent, not a new role
        if position.requires_group:
            found = self.match(i + 1) if i + 1 < len(words) else None
            return (found is not None and found[0].kind in self.vocab.group_kinds) or self._of_a_school(i + 1)
        return True

    def _glued_to_a_post(self, k: int) -> bool:
        """"Пресс-секретарь", "Вице-президент": a word no list holds, joined by a hyphen to the post after it."""
        return self._glued(k + 1) and bare(self.words[k]) not in self.vocab.name_heads

    def _glued(self, k: int) -> bool:
        """Item k is joined to the one before by a hyphen alone: two parts of one word ("Северо-Западное",
        "Волонтёры-наставники"), never two names (a dash between names has spaces or a line break); members after
        it ("библиотеки-члены РБА") are an apposition (appositions.py)."""
        return k > 0 and self._between(k - 1, k) == "-" and self.words[k].key not in self.vocab.apposition_heads

    def _is_initial(self, k: int) -> bool:
        """"Н.И. Петрова": a capital letter with a dot is an initial, not the conjunction "и"."""
        return self.words[k].text.isupper() and self.text[self.words[k].end - self.offset:][:1] == "."

    def _genitive_of_previous(self, j: int) -> bool:
        """"Муниципальные органы управления образованием": a known name in lower case that can be genitive,
        right after a noun, depends on it."""
        word, previous = self.words[j], self.words[j - 1]
        if word.capitalised or word.is_abbreviation or previous.is_abbreviation or previous.is_number:
            return False
        if previous.lower in self.vocab.connectors or previous.lower in self.vocab.prepositions:
            return False
        return can_be(word.lower, "NOUN", "gent") and can_be(previous.lower, "NOUN") \
            and not self._between(j - 1, j).strip()

    def _deputy_by_acronym(self, i: int) -> tuple[Piece, int]:
        """"ЗДУВР", "ЗД по АХЧ": a deputy director; what follows "ЗД" up to the next name is the area."""
        words, end = self.words, i + 1
        name = deputy_acronym(words[i])
        if words[i].key.endswith(more_cues()["deputy_acronym"]["prefix"]):
            while end < len(words) and self.match(end) is None and not self.starts_role(end) and not (
                    words[end].capitalised and not words[end].is_abbreviation):
                end += 1
            name = name + self._tail_text(i + 1, end)
        return self._piece(tidy(name), None, "role", i, end, RULE), end

    def _of_a_school(self, k: int) -> bool:
        """"Администрация школы", "администрация МБОУ «СОШ № 2»", "… ОУ" a document defines as one school: the
        management team of one school (O60)."""
        if k >= len(self.words):
            return False
        word, vocab = self.words[k], self.vocab
        return bare(word) in vocab.municipal_forms or one_school(self.match(k)) if word.is_abbreviation else \
            bare(word) in vocab.school_types and can_be(word.lower, "NOUN", "gent")

    def _qualifies_a_position(self, word: Item) -> bool:
        """An adjective or a short modifier before a position ("социальный педагог", "Соц. педагог")."""
        modifiers = self.vocab.role_modifiers
        return is_adjective(word.lower) or word.lower in modifiers or bare(word) in modifiers

    def _association_heads(self, i: int, j: int, k: int, head: Item, governs: str, position_text: str) \
            -> Piece | None:
        """"Руководители МО": the heads of methodical associations whose letters (words[j:k]) no glossary knows."""
        association = role_number.bare_association(head, self.words[j:k])
        if association is None:
            return None
        organisation = inflect_group(association, governs, "plur" if written_plural(head) else "sing")
        name = f"{self._position_name(position_text, written_plural(head))} {organisation}"
        return self._piece(tidy(name), None, "role", i, k, RULE)

    def _role(self, i: int) -> tuple[Piece, int]:
        if deputy_acronym(self.words[i]) is not None:
            return self._deputy_by_acronym(i)
        return self._post_role(i)

    def _post_role(self, i: int) -> tuple[Piece, int]:
        words, n = self.words, len(self.words)
        head, j, governs = self._positions(i)
        (staff, each), many = number_of_post(head, words[i:j]), role_number.clipped_of_many(head, words[i:j])
        k = self._tail_end(j)
        position_text, tail_text = oblique_compound(self._position_text(i, j, head), self._tail_text(j, k), head)
        spelt_body = self._legal_form_and_known_name(j, k) if k > j else None
        if spelt_body is not None:  # "специалисты МКУ ЦРО" -> "… МКУ «Центр развития образования»" (R12)
            tail_text = " " + spelt_body.name
        members = self._member_group_parts(k) if k < n and k == j else None
        if members is not None:  # "Руководитель ШМО учителей начальных классов"
            full, written_members, end = members
            name = f"{self._position_name(position_text, False)}{tail_text} {inflect_group(full, governs, None)}"
            return self._piece(tidy(f"{name} {written_members}"), None, "role", i, end, RULE), end
        if members is None and (heads := self._association_heads(i, j, k, head, governs, position_text)):
            return heads, k  # "Руководители МО"
        found = self.match(k) if k < n else None
        modifiers_case = None  # the case of lower-case adjectives of the body, read only when nothing else composes
        compose = found is not None and (
            k == j or words[k - 1].lower in self.vocab.prepositions or position_of(words[k - 1]) is not None
            or words[k - 1].key in self.vocab.determiners
            or (modifiers_case := genitive_bodies.case_of_the_modifiers(words, j, k, governs)) is not None
        ) and not (k == j and (self._reads_as_new_name(k) or cannot_be_governed(words[k], governs)))
        if compose:
            entry, end = found
            case = self.vocab.prepositions.get(words[k - 1].lower, governs) if k > j else governs
            if k > j and position_of(words[k - 1]) is not None:
                case = position_of(words[k - 1]).governs
            elif modifiers_case is not None:
                case = modifiers_case  # "заведующие подведомственных ДОУ": the body agrees with its adjectives
            heads_a_group = role_number.heads_a_group(entry.kind in self.vocab.group_kinds, words[k])
            one_of_a_group = not many and role_number.one_of_a_group(head, staff, heads_a_group, words[j:k],
                                                                     modifiers_case, each)
            singular = one_of_a_group or singular_in_case(words[k:end], case)  # "глава муниципального образования"
            organisation = group_in_case(entry.name, case, "sing" if singular else None)
            plural = many or staff or oblique_plural(head.lower) or (
                heads_a_group and (each or bare(head) in role_number.HEAD_POSTS) and not one_of_a_group)
            name = self._position_name(position_text, plural) + tail_text + " " + organisation
            numbered = unit_number(words, end, self._between) if entry.kind in self.vocab.body_kinds else None
            if numbered is not None:  # "начальник ПЧ-19": which unit the post is of
                end, number = numbered
                name += f" № {number}"
            end, dependent = self._dependent_words(end)
            name += dependent
            name, end = with_qualifier(self, name, end)  # R12: a role keeps its body's qualifier as written
            name, end = self._office_tail(name, end, entry.kind)  # "начальник ОНД … по N-скому району"
        else:
            tail_text, end = self._listed_organisations(j, k, tail_text)
            # staff of a named organisation are a category ("методисты МКУ «…»"); a post alone stays as written
            plural = many or oblique_plural(head.lower) or (staff and (body_named(words, head, j, k) or any(
                self._names_a_body(w) and not is_post_acronym(head.lower, w.text) for w in words[j:k])))  # "ДО": field
            spelt_body = self._legal_form_and_known_name(j, k) if k > j else None  # "специалисты МКУ ЦРО"
            tail_text = legal_form_tails.tail(spelt_body, words[j:k], governs, head, tail_text)  # "руководители МОУ"
            name = self._position_name(position_text, plural) + tail_text
        name = finished_role_name(name)
        known = self.glossary.lookup(name)
        if known is not None and not same_post_in_its_number(known, name):
            return self._piece(known.name, known.abbreviation, known.kind, i, end, KNOWN), end
        return self._piece(name, None, "role", i, end, RULE), end

    def _positions(self, i: int) -> tuple[Item, int, str]:
        """(the head post, where the run of posts from words[i] ends, the case the last governs): a modifier
        may stand first ("Соц. педагог")."""
        words, n = self.words, len(self.words)
        j = i
        while position_of(words[j]) is None or modifies_a_post(words, j, self._char_after):
            j += 1  # the modifiers starts_role() let stand before the post ("Соц. педагог", "гл. врач")
        head = words[j]
        governs = position_of(head).governs
        j += 1
        while j < n and position_of(words[j]) is not None and self.match(j) is None \
                and not self._reads_as_new_name(j) \
                and not ends_the_posts(words, j, governs, self._between(j - 1, j), self._char_after(j)):
            governs = position_of(words[j]).governs  # "заместитель директора", not "Кл. руководители Организатор"
            j += 1
        return head, j, governs

    def _listed_organisations(self, j: int, k: int, tail_text: str) -> tuple[str, int]:
        """"руководители хозяйств, предприятий": the role's organisations listed in the genitive, in any order."""
        listed = genitive_lists.list_in_tail(self.words, j, k, self._between) if k > j else None
        return (self._tail_text(j, listed), listed) if listed and listed >= k else (tail_text, k)

    def _char_after(self, k: int) -> str:
        at = self.words[k].end - self.offset if k < len(self.words) else len(self.text)
        return self.text[at:at + 1]

    def _position_text(self, i: int, j: int, head: Item) -> str:
        """The position as written, a typo of its head mended ("методиты" -> "методисты"; the mention keeps it)."""
        text = self._span_text(i, j, with_dot=True)
        post = chief_post(self.words, i, self._char_after) if head is self.words[i] else None
        if post is not None:  # "гл. администрации": глава
            return post + text[len(self._span_text(i, i + 1, with_dot=True)):]
        spelt = None if head.is_abbreviation or is_known(head.lower) or head.lower in self.vocab.positions \
            else misspelt_position(head.lower)  # "тьютор" is a position, not "тьюторы" with a letter lost
        return text.replace(head.text, spelt[1], 1) if spelt is not None else text

    def _tail_end(self, j: int) -> int:
        """Where the words after a position stop belonging to its role."""
        words, n, k = self.words, len(self.words), j
        if k < n and self._member_group_parts(k) is not None:
            return k  # "Руководитель МО классных руководителей": the association follows the position
        while k < n and (self.match(k) is None or (k > j and self._genitive_of_previous(k)) or in_its_name(self, k)):
            word = words[k]
            served = territory_end(words, k, self._between) if word.lower == "по" and k >= j else None
            if served is not None:  # "начальник отдела … по Судогодскому району": the territory it serves
                k = served
                continue
            if word.capitalised and not word.is_abbreviation and not self._inside_quotes(k) \
                    and not genitive_bodies.continues_in_genitive(words, k) \
                    and not (genitive_bodies.territory_own_name(words, k) and not self._between(k - 1, k).strip()) \
                    and not genitive_bodies.after_a_contracted_territory(words, k, self._between):
                break  # a new name; "специалисты Министерства" keeps the staff's body, "… поселения Лесной" its place
            if deputy_acronym(word) is not None:
                break  # "… 11 классов ЗДУВР": a deputy of the school, a role of its own
            if (k > j and runs_on_as_a_role(words, j, k, self._between(k - 1, k))) or post_after_posts(words, j, k):
                break  # "директора гимназий инструкторы по плаванию": the next post, no comma between
            if word.is_number and "\n" in self._between(k - 1, k):
                break  # "1. Зам. директора по ВР\n2. Классные руководители": the number of a list item
            if word.lower == "и" and k + 1 < n and not self._coordinated_adjectives(k) \
                    and not (words[k + 1].is_number and grade_number(words, k - 1, j)) \
                    and (self.starts_role(k + 1)
                         or (opens_a_name(words, k + 1) and not self._subject_after_and(k + 1))):
                break  # "родители учащихся и представители общественности", "… и кл. руководители": two roles
            k += 1
        return k

    def _office_tail(self, name: str, end: int, kind: str) -> tuple[str, int]:
        if kind not in self.vocab.body_kinds:
            return name, end
        tail_end = office_tail_end(self.words, end, self._between, self._coordinated)
        return (f"{name} {self._span_text(end, tail_end)}", tail_end) if tail_end > end else (name, end)

    def _coordinated_adjectives(self, k: int) -> bool:
        """"Воспитатели старших и подготовительных групп": adjectives on both sides of "и" share the noun after."""
        words = self.words
        if k < 1 or k + 2 >= len(words):
            return False
        before, after = words[k - 1], words[k + 1]
        return (not before.is_abbreviation and not after.is_abbreviation and not after.capitalised
                and is_adjective(before.lower) and is_adjective(after.lower) and can_be(words[k + 2].lower, "NOUN")) \
            or awaits_a_shared_noun(before, words[k + 1:])  # "по Костромской и Ивановской областям"

    def _dependent_words(self, end: int) -> tuple[int, str]:
        """"руководители образовательных учреждений дополнительного образования": lower-case genitive words
        after the organisation of a role belong to it, and so does a comma list of genitive plurals."""
        if not (self._dependent_follows(end) or in_its_name(self, end)):
            listed = genitive_lists.list_end(self.words, end, self._between)  # "…предприятий, организаций"
            return (listed, self._span_text(end - 1, listed)[len(self.words[end - 1].text):]) if listed \
                else work_areas.area_after(self.words, end)  # "… ОО по УВР": the role's area of work, if one follows
        stop = self._tail_end(end)
        return stop, " " + self._between(end - 1, end).strip() + " ".join(self._span_text(end, stop).split())

    def _subject_after_and(self, k: int) -> bool:
        """"Ответственный за ГО и ЧС", "Учителя физкультуры и ОБЖ": an abbreviation that names no body continues
        the role's own words after "и"."""
        return self.words[k].is_abbreviation and self.match(k) is None and not self._names_a_body(self.words[k])

    def _names_a_body(self, word: Item) -> bool:
        """An abbreviation that names an organisation ("ИМЦ", "МКУ", "АРИПК"), not a subject ("ОБЖ", "ИЗО"):
        staff of an organisation are a category, named in the plural (R12)."""
        if not word.is_abbreviation:
            return False
        if bare(word) in self.vocab.legal_forms or self.glossary.lookup(word.text) is not None:
            return True
        kind = classify([word])
        return kind is not None and kind[1]

    def _tail_text(self, j: int, k: int) -> str:
        """Words after the position as written, with what separates them from it ("-предметники")."""
        if k <= j:
            return ""
        start = self.words[j - 1].end - self.offset
        tail = self.text[start:self.words[k - 1].end - self.offset]
        if tail[:1] == ".":  # "Зав.МК": the abbreviation's dot belongs to the position
            tail = tail[1:] if tail[1:2].isspace() or tail[1:2] in DASHES else " " + tail[1:]
        return tail

    def _reads_as_new_name(self, k: int) -> bool:
        """A capitalised nominative name right after a position starts a new executor."""
        word = self.words[k]
        return word.capitalised and not word.is_abbreviation and (genitive_bodies.nominative_noun(self.words, k) or (
            (position_of(word) is not None or self.match(k) is not None)
            and (can_be(word.lower, "ADJF", "nomn") or can_be(word.lower, "PRTF", "nomn"))))
        # "Лаборант Ответственный за …", "Методисты Классный руководитель 9 класса": a new role

    def _position_name(self, text: str, plural: bool) -> str:
        text = spell_contractions(class_teachers_abbreviated(text) or text)
        text = expand_role_abbreviations(" ".join(text.split()), self.vocab.role_abbreviations)
        text = text[:1].lower() + text[1:] if not (text[:2].isupper()) else text
        text = governed_positions(text)
        if plural:
            return pluralise(text)
        return inflect_phrase(text, "nomn", "sing") if oblique_head(text) else text  # "заместителю директора"
