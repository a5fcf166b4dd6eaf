"""Find the executors inside one segment: known names by longest match, roles, and the rest.

Names run together with only a space ("Управление образования Методический кабинет Руководители ОО") are split
where one known name ends and the next begins. A known name keeps the municipal qualifier that follows it ("…
администрации МО ГО «Смирныховский»") and an apposition after a dash ("МОЦ - МБУ ДО ДДТ") in its mention. A
position followed by an organisation becomes one role named by the position and the organisation's canonical
name in the case the position governs. The rest is classified by its words (classification) or is extra text.
"""

from __future__ import annotations

from normalizers.executors import gap_bounds
from normalizers.executors.abbreviated_bodies import abbreviated_body
from normalizers.executors.adjective_abbreviations import named_after_adjectives
from normalizers.executors.classification import bare, classify, continues_a_name, opens_a_name, position_of
from normalizers.executors.clipped_words import clipped_word
from normalizers.executors.complement_conjuncts import continues_a_complement
from normalizers.executors.coordination import shared_tail
from normalizers.executors.extents import NameExtents
from normalizers.executors.formed_definitions import formed_after_letters, with_its_form
from normalizers.executors.glossary import Entry, Glossary
from normalizers.executors.glued_ministries import ministry_runs_on
from normalizers.executors.hyphen_modifiers import only_modifiers
from normalizers.executors.known_names import KnownNames
from normalizers.executors.lowercase_heads import opens_a_lowercase_body
from normalizers.executors.member_groups import MemberGroups
from normalizers.executors.morphology import can_be, can_be_nominative, is_adjective, to_nominative
from normalizers.executors.name_tails import closes_a_list
from normalizers.executors.outside_people import kind_of_people
from normalizers.executors.people_complements import complements_people
from normalizers.executors.pieces import EXTRA, HELD, KNOWN, RULE, UNKNOWN, Piece
from normalizers.executors.place_adjectives import place_adjective
from normalizers.executors.qualified_abbreviations import adjectives_then_abbreviation
from normalizers.executors.quoted_names import QuotedNames
from normalizers.executors.roles import RoleRules
from normalizers.executors.shared_nouns import awaits_a_shared_noun
from normalizers.executors.short_territories import names_the_municipality
from normalizers.executors.spelt_forms import after_a_spelt_legal_form
from normalizers.executors.territory_pairs import coordinates_territories
from normalizers.executors.text import Item, field, items, tidy
from normalizers.executors.unsplit_names import UnsplitNames
from normalizers.executors.vocabulary import cues
from normalizers.executors.written_out_bodies import institution_after

__all__ = ["EXTRA", "HELD", "KNOWN", "RULE", "UNKNOWN", "Piece", "SegmentResolver"]

_KEY = field("key")
_UNREAD = object()  # no match(i) read yet (None is an answer)


class SegmentResolver(RoleRules, MemberGroups, NameExtents, KnownNames, QuotedNames, UnsplitNames):
    """Resolves the items of one segment against one glossary."""

    def __init__(self, glossary: Glossary, text: str, words: list[Item], offset: int = 0):
        self.glossary = glossary
        self.text = text
        # most segments hold no quote: then no word stands inside one, and _inside_quotes answers at once
        self._quoted = "«" in text or '"' in text or "“" in text
        self.offset = offset
        self.words = words
        self._gaps: dict[tuple[int, int], list[Piece]] = {}  # spans already read, for long cells
        self.keys = list(map(_KEY, words))
        self.vocab = cues()
        self._matches: dict[int, tuple[Entry, int] | None] = {}  # match(i) per word: the rules ask again

    # -- matching helpers ---------------------------------------------------------------------
    def match(self, i: int) -> tuple[Entry, int] | None:
        """_match_at(i), read once per word: the pass, the gaps and the roles ask about the same words again."""
        found = self._matches.get(i, _UNREAD)
        if found is _UNREAD:
            found = self._matches[i] = self._match_at(i)
        return found

    def _match_at(self, i: int) -> tuple[Entry, int] | None:
        joined = self._joined_initials(i)
        if joined is not None:
            return joined
        clipped = clipped_word(self.words, i, self._between)
        if clipped is not None:  # "Биб-ка": a clipped noun, read spelt out
            return clipped
        found = self.glossary.longest_match(self.keys, i)
        if found is None or (i > 0 and self._inside_quotes(i)):
            return None  # words inside quotes are the proper name of the body that opens them
        if i > 0 and bare(self.words[i - 1]) in self.vocab.part_heads and found[0].kind == "external":
            return None  # "ТО Роспотребнадзор": the territorial office of the body, one executor
        if i > 0 and (self._is_legal_form(i - 1) or (i > 1 and self._is_legal_form(i - 2)
                                                     and self._owner_letters(i - 1, found[0]))):
            return None  # "ГАУ ДПО ИРО", "ГКУ НСО ЦЗН": what follows a legal form (its region's letters) is its name
        if bare(self.words[i]) in self.vocab.part_heads and gap_bounds.part_of_a_body_after(self.words, found[1]):
            return None  # "ПСЧ-45 ФГКУ «…»": the station of the detachment after it, one executor
        if found[1] == i + 1 and self._is_legal_form(i) and i + 1 < len(self.words) and self._is_legal_form(i + 1):
            return None  # "МДОУ ДПО МЦ": МДОУ is the legal form of the name that follows, not the kindergartens
        if found[1] == i + 1 and self._is_legal_form(i) and self._names_one_institution(i + 1):
            return None  # "МДОУ № 5", "МДОУ «Детский сад № 3»": one institution of that legal form, not the group
        return found

    def _names_one_institution(self, k: int) -> bool:
        """A number or a quoted name right after a legal form names the institution itself."""
        if k >= len(self.words):
            return False
        gap = self._between(k - 1, k)
        return self.words[k].text == "№" or "№" in gap or self.words[k].is_number or any(q in gap for q in "«\"“")

    def _joined_initials(self, i: int) -> tuple[Entry, int] | None:
        """"УО и МП" written apart is the known "УОиМП" (Управление образования и молодёжной политики): initials,
        "и", initials read as one known name, before the left ones are read alone."""
        words = self.words
        if i + 2 >= len(words) or words[i + 1].lower != "и" or not words[i].is_abbreviation \
                or not words[i + 2].is_abbreviation or not words[i].text[:1].isupper():
            return None
        joined = f"{words[i].text}и{words[i + 2].text}"
        entry = self.glossary.lookup(joined)
        if entry is None:
            spelt = abbreviated_body(items(joined))  # "Управление образования и молодежной политики"
            kind = classify(items(spelt)) if spelt is not None else None
            entry = Entry(spelt, None, kind[0]) if kind is not None else None
        return (entry, i + 3) if entry is not None and entry.kind in self.vocab.body_kinds else None

    def _is_legal_form(self, i: int) -> bool:
        word = self.words[i]
        return word.is_abbreviation and bare(word) in self.vocab.legal_forms

    def _owner_letters(self, k: int, name: Entry) -> bool:
        """Unknown letters between a legal form and a known body's name: its region or town ("ГКУ ЭО ЦЗН")."""
        return self.words[k].is_abbreviation and not self._between(k - 1, k).strip() \
            and name.kind not in self.vocab.group_kinds and self.glossary.longest_match(self.keys, k) is None

    def _between(self, left: int, right: int) -> str:
        """Text between item `left` and item `right`."""
        return self.text[self.words[left].end - self.offset:self.words[right].start - self.offset]

    # -- the pass over the segment ------------------------------------------------------------
    def pieces(self) -> list[Piece]:
        out: list[Piece] = []
        i, n = 0, len(self.words)
        while i < n:
            grouped = self.methodical_group(i)
            if grouped is not None:
                out.append(grouped[0])
                i = grouped[1]
                continue
            joined = self._role_over_institution(out[-1], i) if out else None
            if joined is not None:  # "социальный педагог муниципального … учреждения «…»": one role
                out[-1], i = joined
                continue
            found = self.match(i)
            if found is not None and out and self.governed_by_the_role(out[-1], i):
                out[-1], i = self.role_with_governed_name(out[-1], i, found[1])
                continue
            if found is not None:
                known, i = self._known_name_pieces(i, *found)
                out.extend(known)
                continue
            council = self.council_of_a_body(i)
            if council is not None:
                out.append(council[0])
                i = council[1]
                continue
            if self.starts_role(i):
                piece, end = self._role(i)
                out.append(piece)
                i = end
                continue
            placed = adjectives_then_abbreviation(self.words, i, self.match)
            if placed is not None:  # "Абанская ЦРБ", "пилотные ОО": the adjectives, then the body spelt out
                name, kind, end = placed
                out.append(self._piece(name, None, kind, i, end, KNOWN))
                i = end
                continue
            j = self._gap_end(i, i + 1)
            if j < n and self._only_modifiers(i, j) and self.match(j) is not None:
                j = self._gap_end(i, self.match(j)[1])  # "Районный методический кабинет": one name
            out.extend(self._gap(i, j))
            i = j
        return out

    def _role_over_institution(self, before: Piece, i: int) -> tuple[Piece, int] | None:
        """A role right before an institution written out in full (written_out_bodies.institution_after): the
        role with the institution as written, and where reading goes on; else None."""
        if before.kind != "role" or before.status == EXTRA or before.end != self.words[i - 1].end \
                or self._between(i - 1, i).strip():
            return None
        end = institution_after(self, i)
        if end is None:
            return None
        return Piece(f"{before.name} {tidy(self._span_text(i, end))}", None, "role", before.start,
                     self.words[end - 1].end, before.status), end

    def _gap_end(self, i: int, j: int) -> int:
        """Where the words no glossary knows, from i, end: at a known name or a role. A known name in
        an oblique case ("Территориальный отдел Роспотребнадзора") depends on the words before it."""
        n = len(self.words)
        while j < n and (self.match(j) is None or self._oblique(j) or self._genitive_of_previous(j)
                         or self._after_a_preposition(j) or self._field_partner(i, j) or self._glued(j)
                         or complements_people(self.words, i, j, self.match(j)[0].kind)) and not (
                self.starts_role(j) and self._gap_may_end(i, j)) and self.methodical_group(j) is None:
            j += 1
        return j

    def _oblique(self, j: int) -> bool:
        word = self.words[j]
        return not word.is_abbreviation and not word.is_number and not can_be(word.lower, "NOUN", "nomn") \
            and not can_be(word.lower, "ADJF", "nomn")

    def _after_a_preposition(self, j: int) -> bool:
        """"… через средства массовой информации": a known name governed by a lower-case preposition (no
        connector) is the object of the words before it, not an executor of its own."""
        previous = self.words[j - 1]
        return previous.lower in self.vocab.prepositions and previous.lower not in self.vocab.connectors \
            and not previous.capitalised and not previous.is_abbreviation

    def _field_partner(self, i: int, j: int) -> bool:
        """After "и", a known name that goes on with the name before: initials that go on with a field's object
        ("… по связям с общественностью и СМИ"), words whose noun an adjective before "и" awaits ("органы
        местного самоуправления городского и сельских поселений")."""
        words = self.words
        if j - 1 <= i or words[j - 1].lower != "и":
            return False
        if words[j].is_abbreviation:
            return continues_a_complement(words, i, j - 1, self.vocab.prepositions)
        return awaits_a_shared_noun(words[j - 2], words[j - 1:])

    def _only_modifiers(self, i: int, j: int) -> bool:
        return only_modifiers(self.words, i, j)  # "Главное управление …", "Жилищно-коммунальные …"

    def _dependent_follows(self, end: int) -> bool:
        """"органы исполнительной власти субъектов РФ": lower-case genitive words after a known name
        that open no name of their own belong to it."""
        words = self.words
        if end >= len(words) or self._between(end - 1, end).strip():
            return False
        word = words[end]
        return (not word.capitalised and not word.is_abbreviation and not word.is_number
                and word.lower not in self.vocab.qualifier_starts and word.lower not in self.vocab.prepositions
                and word.lower not in self.vocab.connectors
                and (can_be(word.lower, "NOUN", "gent") or can_be(word.lower, "ADJF", "gent"))
                and (not opens_a_name(words, end)  # "…самоуправления городских, сельских поселений": adjectives
                     or awaits_a_shared_noun(word, words[end + 1:])))  # sharing a genitive noun depend on the name

    def _coordinated(self, end: int) -> bool:
        """"Управление образования и науки", "…, науки и молодёжной политики": one name, not two executors."""
        words = self.words
        if end >= len(words):
            return False
        if words[end].lower == "и":
            return end + 1 < len(words) and self.match(end + 1) is None and not opens_a_name(words, end + 1) \
                and not closes_a_list(words, end)
        return "," in self._between(end - 1, end) and continues_a_name(words[end - 1], words[end:]) \
            and not (self.match(end) is not None and can_be_nominative(words[end].lower))  # "…, метод. кабинет"

    def _gap_may_end(self, start: int, j: int) -> bool:
        """A position word ends a gap unless it is governed by the words before it or ends a hyphenated word."""
        previous = self.words[j - 1]
        return previous.lower not in self.vocab.prepositions and not self._glued(j) and not self._inside_quotes(j)

    def _piece(self, name, abbreviation, kind, i, end, status) -> Piece:
        kind = kind_of_people(name, kind)  # "родители": people outside the system (F14)
        return Piece(name, abbreviation, kind, self.words[i].start, self.words[end - 1].end, status)

    def _span_text(self, i: int, end: int, with_dot: bool = False) -> str:
        """Text of words[i:end]; `with_dot` keeps the dot of an abbreviation that ends it ("Зав.")."""
        stop = self.words[end - 1].end - self.offset
        if with_dot and self.text[stop:stop + 1] == ".":
            stop += 1
        return self.text[self.words[i].start - self.offset:stop]

    # -- what no glossary knows ---------------------------------------------------------------
    def _gap(self, i: int, j: int) -> list[Piece]:
        if (i, j) not in self._gaps:
            self._gaps[(i, j)] = self._read_gap(i, j)
        return self._gaps[(i, j)]

    def _read_gap(self, i: int, j: int) -> list[Piece]:
        """What no glossary knows in words[i:j]: split at "и" and line starts where both sides read."""
        words = self.words
        connectors = self.vocab.connectors
        while i < j and words[i].lower in connectors:
            i += 1
        while j > i and words[j - 1].lower in connectors and not words[j - 1].text.isupper():
            j -= 1  # "… им. Героя России Петрова А.А.": a capital "А" is an initial, not the conjunction
        if i >= j:
            return []
        cut = gap_bounds.extra_phrase_at(words, i, j)
        if cut is not None:  # "… по разнарядке МОНиМП НО": the executor before it, the rest extra text
            return self._gap(i, cut) + [self._piece(tidy(self._span_text(cut, j)), None, "other", cut, j, EXTRA)]
        for k in range(i + 1, j - 1):
            if words[k].lower == "и" and not self._is_initial(k) and not self._coordinated_adjectives(k) \
                    and not self._inside_quotes(k) and not gap_bounds.paired_abbreviations(words, k, j, self.match) \
                    and (self.match(k + 1) is not None or opens_a_name(words, k + 1)) \
                    and not continues_a_complement(words, i, k, self.vocab.prepositions) \
                    and not coordinates_territories(words, k, j):  # "… г. Энска и Энского района": its places
                left, right = self._gap(i, k), self._gap(k + 1, j)
                if left and right and all(p.status != EXTRA for p in left + right):
                    return self._with_shared_tail(left, i, k, j) + right
        lines = self._line_starts(i, j)
        if lines:
            parts = [self._gap(a, b) for a, b in zip([i, *lines], [*lines, j], strict=True)]
            if all(part and all(p.status != EXTRA for p in part) for part in parts):
                return [piece for part in parts for piece in part]
        spelt = self._legal_form_and_known_name(i, j)
        if spelt is not None:
            return [spelt]
        named = named_after_adjectives(words, self.keys, self.glossary, i, j, self.match, self._span_text)
        if named is not None:  # "Кимовская ЦРБ": the known body, named as written; "сельские ДК" spelt out
            return [self._piece(named[0], None, named[1], i, j, KNOWN)]
        starts = [k for k in range(i + 1, j) if self._starts_another_body(k)]
        if starts:
            parts = [self._gap(a, b) for a, b in zip([i, *starts], [*starts, j], strict=True)]
            if all(part and all(p.status != EXTRA for p in part) for part in parts):
                return [piece for part in parts for piece in part]
        return self._name_unsplit(i, j)

    def _with_shared_tail(self, left: list[Piece], i: int, k: int, j: int) -> list[Piece]:
        """"Отделы и управления администрации района": the bare left head takes the right one's tail."""
        tail = shared_tail(self.words, i, k, j)
        if tail is None or len(left) != 1:
            return left
        name = to_nominative(tidy(f"{self.words[i].text} {self._span_text(tail, j)}"))
        return [Piece(name, None, left[0].kind, left[0].start, left[0].end, left[0].status)]

    def _legal_form_and_known_name(self, i: int, j: int) -> Piece | None:
        """"МКУ ЦРО" -> "МКУ «Центр развития образования»": legal forms, then a name a glossary knows."""
        k = i
        while k < j and self._is_legal_form(k):
            k += 1
        if k == i or k >= j:
            return None
        form = self._span_text(i, k)
        found = self.glossary.longest_match(self.keys, k) or formed_after_letters(self, form, k, j)  # "… ЭО «ЭИРО»"
        if found is None or found[1] != j or found[0].kind not in self.vocab.body_kinds:
            return None
        entry = found[0]
        name = with_its_form(entry.name, form)  # a definition written with its form: as it stands
        return self._piece(name, None, entry.kind, i, j, KNOWN)

    def _starts_another_body(self, k: int) -> bool:
        """Bodies run together with only a space: "МКУ ИМЦ ГАУ ДПО ИРО" (a legal form opens the next),
        "ГБУ ПО «ЦППМиСППО» БПК БР" (a name after a closing quote), "Отдел образования Муниципальный
        штаб …" (a capitalised body noun that is no qualifier)."""
        words, vocab = self.words, self.vocab
        word, before = words[k], words[k - 1]
        if self._inside_quotes(k) or before.lower in vocab.prepositions or position_of(before) is not None \
                or self._glued(k) or gap_bounds.after_a_part_of_it(words, k) or gap_bounds.closes_a_ministry(words, k):
            return False
        gap = self._between(k - 1, k)
        if word.is_abbreviation:
            if "»" in gap or ('"' in gap and not self._inside_quotes(k - 1)) or self._closed_before(k, gap):
                return not names_the_municipality(words, k, self._between)  # "… МО «Энский район»": its place (R4)
            return (bare(word) in vocab.public_forms and not self._is_legal_form(k - 1)) \
                or gap_bounds.body_after_a_complete_name(self.words, k) \
                or gap_bounds.after_a_body_of_its_own(self.words, k)
        if not word.capitalised:  # "… области управление культуры области": a lost line break
            return opens_a_lowercase_body(words, k, vocab.authority_heads)
        if word.lower in vocab.qualifier_starts or before.is_number:
            return False
        if ministry_runs_on(words, k):
            return True  # "Минздрав N-ской области Минспорта N-ской области": two ministries
        if self._is_legal_form(k - 1) or (bare(before) in vocab.authority_heads and can_be(word.lower, "NOUN", "gent")):
            return False  # "Управление Росгвардии": a bare head takes the genitive after it as its complement
        if after_a_spelt_legal_form(words, k):
            return False  # "Муниципальное казенное учреждение Центр …": the form's own name
        for j in range(k, min(k + 4, len(words))):  # up to three adjectives: "Лесная модельная сельская библиотека"
            if bare(words[j]) in vocab.name_heads and can_be(words[j].lower, "NOUN", "nomn"):
                return True
            if j == k and place_adjective(words[j]):
                continue  # "Алябьевская сельская библиотека": a place the dictionary reads as a surname
            if words[j].is_abbreviation or not is_adjective(words[j].lower) \
                    or not can_be(words[j].lower, "ADJF", "nomn"):
                return False  # "Управление Федеральной службы …": a genitive depends on the name before it
        return False

    def _line_starts(self, i: int, j: int) -> list[int]:
        """Items in [i, j) that begin a new line of the cell. A line that ends with a legal form ("МБОУ ДПО\nМЦ",
        "МБОУ\n«Школа – интернат № 9»") or inside quotes goes on with the same name on the next line."""
        return [k for k in range(i + 1, j) if "\n" in self._between(k - 1, k)
                and not self._is_legal_form(k - 1) and not self._inside_quotes(k)]

