"""Executor cells ("Ответственные исполнители") -> lists of canonical executors (spec/executors.md).

Public interface:
    mine_glossary(text) -> {abbreviation: full name}       definitions the document gives itself
    normalize(raw, municipality, doc_glossary) -> ExecutorsResult   never raises

The work is split by job: executorless_cells (whether a cell names anyone), splitting (cell -> segments),
segmentation (segment -> executors by longest match, roles, the rest), classification (kinds of unknown names,
cells of deadlines or results), glossary (YAML glossaries), morphology (pymorphy3), mining (the document's own
definitions).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter

from normalizers.deadlines import is_deadline_cell
from normalizers.executors import first_words, quoted_role_lists
from normalizers.executors.agreement_flags import agreement_flags
from normalizers.executors.appositions import join_appositions
from normalizers.executors.bare_teams import teams_among_roles
from normalizers.executors.bracketed_short_names import join_bracketed_short_names
from normalizers.executors.colon_holders import read_colon_lists
from normalizers.executors.coordinated_adjectives import share_the_noun, split_shared_nouns
from normalizers.executors.document_definitions import document_definitions
from normalizers.executors.executorless_cells import holds_no_executors
from normalizers.executors.extra_complements import join_extra_complements
from normalizers.executors.federal_city_bodies import city_bodies_above, may_name_a_region_city
from normalizers.executors.founder_ministries import join_founders
from normalizers.executors.glossary import Glossary, glossary_for
from normalizers.executors.held_posts import singular_held_posts
from normalizers.executors.labels import read_surnames, without_label
from normalizers.executors.legal_form_groups import read_legal_form_groups
from normalizers.executors.levels import plan_level, read_at_level
from normalizers.executors.list_markers import without_list_markers
from normalizers.executors.mining import mine_glossary
from normalizers.executors.municipality_kinds import spell_municipality_kinds
from normalizers.executors.numbered_singulars import singular_numbered_bodies
from normalizers.executors.one_kindergartens import one_kindergarten_kinds
from normalizers.executors.opaque_institutions import unknown_after_level
from normalizers.executors.owner_readings import read_owners
from normalizers.executors.participle_clauses import join_participle_clauses
from normalizers.executors.persons import join_entrepreneurs, without_holder
from normalizers.executors.plain_cells import plain_split
from normalizers.executors.plural_complement_lists import distribute_complements
from normalizers.executors.plural_head_lists import distribute_plural_heads, opens_with_a_plural_head
from normalizers.executors.repeated_persons import merge_repeated_persons
from normalizers.executors.role_lists import distribute_directions, share_organisation
from normalizers.executors.role_notes import clear_explanations
from normalizers.executors.roles_over_groups import roles_over_groups
from normalizers.executors.segmentation import EXTRA, HELD, UNKNOWN, Piece, SegmentResolver
from normalizers.executors.shared_heads import distribute_shared_heads
from normalizers.executors.sibling_readings import read_siblings
from normalizers.executors.splitting import cell_words, split_cell, unwrap
from normalizers.executors.text import items, tidy
from normalizers.executors.typing_slips import without_false_starts
from normalizers.executors.verbatim_mentions import mentions_as_written
from normalizers.executors.whole_names import whole_known_name
from normalizers.executors.with_partners import split_partners
from normalizers.language import clean
from normalizers.outcomes import Code

__all__ = ["Executor", "ExecutorsResult", "mine_glossary", "names_executors", "normalize", "short_names"]

NOT_EXECUTORS = Code.NOT_EXECUTORS
UNKNOWN_EXECUTOR = Code.UNKNOWN_EXECUTOR
EXTRA_TEXT = Code.EXTRA_TEXT
NORMALIZER_ERROR = Code.NORMALIZER_ERROR
_MENTION_EDGES = " .,;:-–—\u00a0"
_CLOSING_QUOTES = frozenset("»\"”")  # a set: "" (the cell's end) is in no set, where it is in every string
# read in C over all the pieces of a cell
_STATUS, _KIND, _NAME = attrgetter("status"), attrgetter("kind"), attrgetter("name")


@dataclass(frozen=True, slots=True)
class Executor:
    """One executor of a measure, as the spec defines it."""

    mention: str
    name: str
    abbreviation: str | None
    kind: str
    by_agreement: bool = False

    @property
    def short_name(self) -> str:
        """What `measures.executors` holds: the canonical short name, else the name."""
        return self.abbreviation or self.name


@dataclass(frozen=True, slots=True)
class ExecutorsResult:
    executors: list[Executor] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # names kept with kind `other` that no glossary or rule explains, for the run summary
    unknown_names: list[str] = field(default_factory=list)

    @property
    def short_names(self) -> list[str]:
        return short_names(self.executors)


def _slot_builder(cls):
    """A constructor of the frozen dataclass `cls` from all its fields in order. The dataclass's own __init__
    sets each field through object.__setattr__ (the price of frozen), which made building the results about a
    twentieth of a steady normalisation; this one sets the slots through their descriptors. The object is the
    same: equal, hashed and frozen alike (tests/test_executors.py). Written like dataclasses writes __init__, so
    a field added to the class is set here too."""
    names = [spec.name for spec in fields(cls)]
    scope = {"new": object.__new__, "cls": cls} | {f"set_{name}": getattr(cls, name).__set__ for name in names}
    lines = [f"def build({', '.join(names)}):", "    made = new(cls)", *(f"    set_{n}(made, {n})" for n in names),
             "    return made"]
    exec("\n".join(lines), scope)  # noqa: S102 - fixed text made from the field names above
    return scope["build"]


_executor = _slot_builder(Executor)
_executors_result = _slot_builder(ExecutorsResult)


def short_names(executors: list[Executor]) -> list[str]:
    return [executor.short_name for executor in executors]


# Cells repeat a lot within a corpus ("Отдел образования" on every row): the answer for a cell is a
# pure function of (cell, municipality, document glossary), so it is kept, up to a bound.
MEMO_LIMIT = 50_000
_memo: dict[tuple, tuple[tuple, tuple, tuple]] = {}  # (executors, warnings, unknown names)
# Segments repeat even more than cells ("Отдел образования" in "Отдел образования, ИМЦ" and in "Отдел
# образования, школы"): what a segment names is a pure function of the glossary, its text and where its
# words stand in it, so it is kept too, with positions relative to the segment's first word.
_segment_memo: dict[tuple, tuple[tuple[str, str | None, str, int, int, str], ...]] = {}
# A segment read as another text (the "17" of "МБОУ Школы №№ 10, 17" as "МБОУ Школа № 17") names what that text
# names in the glossary, wherever and however the segment is written: kept per (glossary, text read).
_resolved_memo: dict[tuple, tuple[tuple[str, str | None, str, str], ...]] = {}


def clear_memo() -> None:
    """Forget every answer kept per cell, segment, parenthesis or opening (word caches stay warm): a pass of the
    bench then costs what cells never seen before cost, not a look-up of the pass before."""
    _memo.clear()
    _segment_memo.clear()
    _resolved_memo.clear()
    is_deadline_cell.cache_clear()
    clear_explanations()
    first_words.clear()


def normalize(raw: str | None, municipality: str | None, doc_glossary: dict[str, str] | None = None,
              level: str | None = None) -> ExecutorsResult:
    """Executors named by one cell, with warnings (unknown_executor, not_executors, extra_text). `level`
    is the level of the plan: "municipal" (the default for a municipality), "regional" (the
    default without one), "federal" or "institution" (one school's plan: roles over it singular, O60);
    bodies of government of that level or inside it are `authority`.
    """
    try:
        key = (raw, municipality, tuple(sorted(doc_glossary.items())) if doc_glossary else None, level)
        known = _memo.get(key)
    except (TypeError, AttributeError):  # odd input: no memo, the safety net below still holds
        key, known = None, None
    if known is not None:
        return _executors_result(list(known[0]), list(known[1]), list(known[2]))
    try:
        result = normalize_strict(raw, municipality, doc_glossary, level)
    except Exception:  # a normaliser never raises (architecture.md); say so in the warnings
        result = ExecutorsResult([], [NORMALIZER_ERROR])
    if key is not None:
        if len(_memo) >= MEMO_LIMIT:
            _memo.clear()
        # the memo keeps its own frozen copy: the caller may change the lists of the result it is given
        _memo[key] = (tuple(result.executors), tuple(result.warnings), tuple(result.unknown_names))
    return result


def names_executors(raw: str | None) -> bool:
    """Whether a cell names executors at all, read with the common vocabulary: the question the structure
    step asks of every cell while it realigns shifted rows (pipeline/structure/fit.py). It is the first
    test of normalize() alone, so the names are resolved once, in the normalise stage. Never raises."""
    try:
        if raw is None or not str(raw).strip():
            return False
        cell = unwrap(str(raw))
        return not holds_no_executors(cell, cell_words(cell).words, glossary_for("", ()))
    except Exception:  # like normalize(): a cell that breaks a rule names nobody
        return False


def normalize_strict(raw: str | None, municipality: str | None, doc_glossary: dict[str, str] | None = None,
                     level: str | None = None) -> ExecutorsResult:
    """normalize() without the safety net, for tests that must see real failures."""
    if raw is None or not str(raw).strip():
        return ExecutorsResult()
    cell = without_list_markers(without_label(unwrap(str(raw))))
    glossary_key = (str(municipality or ""), document_definitions(municipality, doc_glossary) if doc_glossary else ())
    glossary = glossary_for(*glossary_key)
    read = cell_words(cell)
    if holds_no_executors(cell, read.words, glossary):
        return ExecutorsResult([], [NOT_EXECUTORS])  # a result or a deadline: not split at all
    split = plain_split(read) or split_cell(cell, read)
    pieces: list[Piece] = []
    for segment in split.segments:
        pieces.extend(_remembered_segment_pieces(segment, glossary, glossary_key))
    unknown = UNKNOWN in map(_STATUS, pieces)
    if unknown or "role" in map(_KIND, pieces):
        # the four read only unknown pieces and roles (most cells have neither: known bodies alone)
        pieces = read_surnames(read_legal_form_groups(share_organisation(distribute_directions(pieces), cell)), cell)
        pieces = distribute_shared_heads(teams_among_roles(roles_over_groups(pieces, cell, glossary)), cell)
        pieces = join_participle_clauses(pieces, cell) if "," in cell else pieces  # "…, реализующих …"
        if "." in cell:  # persons by initials: their dots
            pieces = merge_repeated_persons(join_entrepreneurs(pieces, cell), cell)
    if unknown or EXTRA in map(_STATUS, pieces) or " и " in cell:  # "Городской и районные советы …": known
        pieces = read_siblings(share_the_noun(split_shared_nouns(pieces, cell), cell), cell, read.words)
    pieces = spell_municipality_kinds(join_extra_complements(join_appositions(pieces, cell), cell), cell)
    pieces = join_bracketed_short_names(pieces, cell) if ")" in cell else pieces  # "Управление … района (УО)"
    if len(pieces) > 1:  # "Зам Заместитель директора": a word started and typed again names nobody
        pieces = without_false_starts(pieces, cell)
    pieces = quoted_role_lists.distribute(read_owners(pieces, cell), cell) if len(pieces) > 1 else pieces
    if any(map(opens_with_a_plural_head, map(_NAME, pieces))):  # in C: one cached look-up per name
        pieces = distribute_plural_heads(pieces, cell)
    pieces = distribute_complements(pieces, cell) if "," in cell or " и " in cell else pieces  # "районов и городов"
    if " с " in cell or " со " in cell:  # a body "с" its partners: the two words tested here, not in a call
        pieces = split_partners(pieces, cell, glossary)
    if "№" in cell:
        pieces = singular_numbered_bodies(pieces, cell)
    if "Мин" in cell:  # "АУ «Театр» Минкультуры Чувашии": the ministry founded the institution before it
        pieces = join_founders(pieces, cell)
    if held := [(s.start, s.end) for s in split.segments if s.held]:  # "Иванова А.А., методист РМК": one post
        pieces = singular_held_posts(pieces, cell, held)
    result = _result(cell, read_colon_lists(pieces, cell) if ":" in cell else pieces, split.agreement_at)
    executors = one_kindergarten_kinds(read_at_level(result.executors, plan_level(municipality, level), glossary))
    if municipality and may_name_a_region_city(cell):  # "Комитет … Санкт-Петербурга" in a district's plan
        executors = city_bodies_above(executors, municipality, plan_level(municipality, level))
    if ("-" in str(raw) or "о." in cell) and cell not in str(raw):  # hyphenation breaks joined, "и.о.": as written
        executors = mentions_as_written(executors, str(raw))
    if executors is result.executors:
        return result
    return _executors_result(executors, *unknown_after_level(result, executors))  # dataclasses.replace, faster


def _remembered_segment_pieces(segment, glossary: Glossary, glossary_key: tuple) -> list[Piece]:
    """_segment_pieces(), kept per (glossary, segment text, words as they stand in it, how it is read)."""
    words = segment.words
    if not segment.person:
        if segment.resolve_as is not None:
            return _resolved_pieces(segment, glossary, glossary_key)
        whole = whole_known_name(words, glossary)  # one known name, as most segments are: found faster than kept
        if whole is not None:
            return [whole]
    base = words[0].start if words else segment.start
    if words and segment.start <= base and words[-1].end <= segment.end:
        # the words are every token of the segment's text from its first word to its last (split_cell slices
        # them from the tokens of the text the segment is cut from), so where they end tells them all
        key = (glossary_key, segment.text, segment.start - base, segment.end - base, segment.person,
               segment.resolve_as, words[-1].end - base)
    else:
        key = (glossary_key, segment.text, segment.start - base, segment.end - base, segment.person,
               segment.resolve_as, tuple([(word.text, word.start - base) for word in words]))
    known = _segment_memo.get(key)
    if known is None:
        found = _segment_pieces(segment, glossary)
        if len(_segment_memo) >= MEMO_LIMIT:
            _segment_memo.clear()
        _segment_memo[key] = tuple([(p.name, p.abbreviation, p.kind, p.start - base, p.end - base, p.status)
                                    for p in found])
        return found  # pieces are never changed in place (the readings after make new ones): no copy needed
    return [Piece(name, abbreviation, kind, start + base, end + base, status)
            for name, abbreviation, kind, start, end, status in known]


def _resolved_pieces(segment, glossary: Glossary, glossary_key: tuple) -> list[Piece]:
    """_segment_pieces() of a segment read as `resolve_as`, kept per (glossary, resolve_as)."""
    key = (glossary_key, segment.resolve_as)
    known = _resolved_memo.get(key)
    if known is None:
        if len(_resolved_memo) >= MEMO_LIMIT:
            _resolved_memo.clear()
        resolver = SegmentResolver(glossary, segment.resolve_as, items(segment.resolve_as))
        known = _resolved_memo[key] = tuple((p.name, p.abbreviation, p.kind, p.status) for p in resolver.pieces())
    start, end = segment.start, segment.end
    return [Piece(name, abbreviation, kind, start, end, status) for name, abbreviation, kind, status in known]


def _segment_pieces(segment, glossary: Glossary) -> list[Piece]:
    if segment.person:
        return [Piece(tidy(segment.text), None, "role", segment.start, segment.end, "rule")]
    if segment.resolve_as is not None:
        resolver = SegmentResolver(glossary, segment.resolve_as, items(segment.resolve_as))
        return [
            Piece(p.name, p.abbreviation, p.kind, segment.start, segment.end, p.status) for p in resolver.pieces()
        ]
    return SegmentResolver(glossary, segment.text, segment.words, segment.start).pieces()


def _result(cell: str, pieces: list[Piece], agreement_at: list[int]) -> ExecutorsResult:
    found = pieces if EXTRA not in map(_STATUS, pieces) else [p for p in pieces if p.status != EXTRA]
    extra = found is not pieces  # most cells name executors and nothing else: no copy
    if not found:  # words that name nobody we can tell apart: one executor as written, never none
        name = tidy(without_holder(cell)) or tidy(cell)
        return ExecutorsResult([Executor(_mention(cell, 0, len(cell)), name, None, "other")], [UNKNOWN_EXECUTOR],
                               [name])
    executors: list[Executor] = []
    seen: set[str] = set()
    unknown: set[str] = set()
    if not agreement_at:  # most cells agree with nobody: no flags to read, no earlier executor to mark
        for piece in found:
            name = piece.name
            if name in seen and piece.status != HELD:
                continue
            seen.add(name)
            if piece.status == UNKNOWN:
                unknown.add(name)
            executors.append(_executor(_mention(cell, piece.start, piece.end), name, piece.abbreviation, piece.kind,
                                       False))
    else:
        for piece, by_agreement in zip(found, agreement_flags(found, agreement_at, cell), strict=True):
            if piece.name in seen and piece.status != HELD:
                if by_agreement:
                    index = next(i for i, e in enumerate(executors) if e.name == piece.name)
                    executors[index] = _with_agreement(executors[index])
                continue
            seen.add(piece.name)
            if piece.status == UNKNOWN:
                unknown.add(piece.name)
            mention = _mention(cell, piece.start, piece.end)
            executors.append(_executor(mention, piece.name, piece.abbreviation, piece.kind, by_agreement))
    warnings = []
    if unknown:
        warnings.append(UNKNOWN_EXECUTOR)
    if extra:
        warnings.append(EXTRA_TEXT)
    return _executors_result(executors, warnings, [e.name for e in executors if e.name in unknown] if unknown else [])


def _mention(cell: str, start: int, end: int) -> str:
    """The words as written, with the closing quote of a quote they open."""
    text = cell[start:end]
    if cell[end:end + 1] in _CLOSING_QUOTES:  # most mentions end before no quote: the loop is not entered
        while end < len(cell) and cell[end] in "»\"”" and _opens_quote(text):
            end += 1
            text = cell[start:end]
    # a line break, a tab and a no-break space are all unprintable: most mentions are printable, one test
    if (not text.isprintable() or "  " in text) and (
            "  " in text or "\n" in text or "\t" in text or "\u00a0" in text):
        text = clean(text)
    return text.strip(_MENTION_EDGES)


def _opens_quote(text: str) -> bool:
    return text.count("«") > text.count("»") or (text.count('"') + text.count("“") + text.count("”")) % 2 == 1


def _with_agreement(executor: Executor) -> Executor:
    return Executor(executor.mention, executor.name, executor.abbreviation, executor.kind, True)
