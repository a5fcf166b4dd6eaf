"""Load the deadline vocabulary (lexicon.yaml) once into lookup tables the tokenizer uses.

Words map to a (tag, value) pair; multi-word phrases are indexed by their first word so the parser
can try them at each token in constant time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from normalizers.language import month_forms

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
# libyaml's parser where PyYAML was built with it: the same safe constructor, several times faster (a cold start)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Lexicon:
    words: dict[str, tuple[str, object]] = field(default_factory=dict)
    # first word -> [(phrase words, category)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # (first word, second word) -> the phrases that may start so, longest first (forty open with "в": the
    # second word rules most out); first word -> its one-word phrases, for any other second word
    phrase_pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    phrase_singles: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    schedule_after_po: tuple[str, ...] = ()
    schedule_documents: tuple[str, ...] = ()
    holiday_stems: tuple[str, ...] = ()
    period_nouns: frozenset[str] = frozenset()
    header_first: frozenset[str] = frozenset()
    header_words: frozenset[str] = frozenset()
    glue_words: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    until_end_words: frozenset[str] = frozenset()
    before_words: frozenset[str] = frozenset()
    ordinal_suffixes: frozenset[str] = frozenset()
    event_openers: frozenset[str] = frozenset()
    event_start_words: frozenset[str] = frozenset()
    event_since_words: frozenset[str] = frozenset()
    current_words: frozenset[str] = frozenset()  # "текущего года": the plan's own year, no other
    placeholder_year_letters: frozenset[str] = frozenset()
    last_words: frozenset[str] = frozenset()
    reporting_words: frozenset[str] = frozenset()
    rule_words: frozenset[str] = frozenset()  # the words that open a rule of wordrules.py
    stems: tuple[str, ...] = ()  # every stem the rules match words by
    relative_lead_words: frozenset[str] = frozenset()
    event_nouns: tuple[str, ...] = ()
    clause_conjunctions: frozenset[str] = frozenset()
    # one letter dropped from a long vocabulary word -> the words it may come from (typo_candidates)
    typo_deletions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    typo_words: frozenset[str] = frozenset()
    # first / last three letters of those words -> the lengths a one-letter slip of them may have: a cheap test
    # before the search (one slip leaves the head or the tail of a long word whole)
    typo_heads: dict[str, frozenset[int]] = field(default_factory=dict)
    typo_tails: dict[str, frozenset[int]] = field(default_factory=dict)
    event_tail_words: frozenset[str] = frozenset()
    abbreviations: dict[str, str] = field(default_factory=dict)
    season_months: dict[str, tuple[int, int]] = field(default_factory=dict)
    event_stems: tuple[str, ...] = ()
    institution_event_stems: tuple[str, ...] = ()
    word_readings: dict[str, tuple] = field(default_factory=dict)  # memo of tokens._word_reading

    def add_phrase(self, text: str, category: str) -> None:
        words = tuple(text.split())
        self.phrases.setdefault(words[0], []).append((words, category))


def _add(words: dict, items, tag: str, value: object = None) -> None:
    for w in items:
        words[str(w)] = (tag, value)


# Lists of lexicon.yaml read as sets of words, and as tuples of stems (matched with str.startswith).
_WORD_SETS = ("period_nouns", "header_first", "header_words", "glue_words", "prepositions", "until_end_words",
              "before_words", "ordinal_suffixes", "event_openers", "placeholder_year_letters", "last_words",
              "reporting_words", "relative_lead_words", "clause_conjunctions", "event_tail_words",
              "event_start_words", "event_since_words", "current_words")
_STEMS = ("schedule_after_po", "schedule_documents", "holiday_stems", "event_nouns", "event_stems",
          "institution_event_stems")


@cache
def load_lexicon() -> Lexicon:
    """Build the lookup tables (cached: the YAML is read once per process)."""
    data = yaml.load(LEXICON_PATH.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    lex = Lexicon()
    w = lex.words
    _add(w, data["year_words"], "YW")
    _add(w, data["school_words"], "SCHOOL")
    for unit, forms in data["units"].items():
        _add(w, forms, "UNIT", unit)
    for n, forms in data["ordinals"].items():
        _add(w, forms, "ORD", int(n))
    for n, forms in data["counts"].items():
        _add(w, forms, "CNT", int(n))
    for word, n in data["roman"].items():
        w[word] = ("ROMAN", int(n))
    for word, n in data["times_adverbs"].items():
        w[word] = ("TIMESADV", int(n))
    _add(w, data["raz_words"], "RAZ")
    for word, freq in data["frequency_adverbs"].items():
        w[word] = ("FREQ", freq)
    _add(w, data["every_words"], "EVERY")
    _add(w, data["at_least_words"], "ATLEAST")
    _add(w, data["negation_words"], "NOT")
    _add(w, data["day_words"], "DAYW")
    _add(w, data["continuation_words"], "CONT")
    _add(w, data["decade_words"], "DECADE")
    _add(w, data["weekdays"], "WEEKDAY")
    _add(w, data["duration_words"], "DURATION")
    for m in range(1, 13):
        _add(w, month_forms(m), "MON", m)
    for cat in ("continuous_phrases", "daily_phrases", "during_phrases", "holiday_phrases", "on_demand_phrases",
                "schedule_phrases", "event_lead_phrases"):
        for text in data[cat]:
            lex.add_phrase(text, cat.removesuffix("_phrases"))
    for entries in lex.phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    _index_phrases(lex)
    for name in _WORD_SETS:
        setattr(lex, name, frozenset(data[name]))
    for name in _STEMS:
        setattr(lex, name, tuple(data[name]))
    lex.schedule_documents = lex.schedule_after_po + lex.schedule_documents  # "по графику" names a document too
    lex.rule_words = lex.reporting_words | lex.last_words | lex.placeholder_year_letters
    lex.abbreviations = {str(k): str(v) for k, v in data["abbreviations"].items()}
    lex.season_months = {str(k): (int(v[0]), int(v[1])) for k, v in data["season_months"].items()}
    lex.stems = (*lex.event_stems, *lex.holiday_stems, *lex.season_months, *lex.event_nouns, *lex.schedule_after_po)
    _index_typos(lex, data)
    return lex


def _index_phrases(lex: Lexicon) -> None:
    """Fill lex.phrase_pairs and lex.phrase_singles from lex.phrases, each list in the order of lex.phrases."""
    for first, entries in lex.phrases.items():
        lex.phrase_singles[first] = [e for e in entries if len(e[0]) == 1]
        for second in {words[1] for words, _ in entries if len(words) > 1}:
            lex.phrase_pairs[first, second] = [e for e in entries if len(e[0]) == 1 or e[0][1] == second]


def _index_typos(lex: Lexicon, data: dict) -> None:
    """Index the long words a cell may misspell by one letter ("сентябь", "ежеквартльно", "в течени года"):
    months, frequency adverbs, units, "учебного", and the words of phrases."""
    spelled = {w for w, (tag, _) in lex.words.items() if tag in data["typo_tags"]}
    spelled |= {w for entries in lex.phrases.values() for words, _ in entries for w in words}
    spelled = {w for w in spelled if len(w) >= data["typo_min_length"]}
    deletions: dict[str, set[str]] = {}
    for w in spelled:
        for i in range(len(w)):
            deletions.setdefault(w[:i] + w[i + 1:], set()).add(w)
    lex.typo_words = frozenset(spelled)
    heads: dict[str, set[int]] = {}
    tails: dict[str, set[int]] = {}
    for w in spelled:
        heads.setdefault(w[:3], set()).update((len(w) - 1, len(w), len(w) + 1))
        tails.setdefault(w[-3:], set()).update((len(w) - 1, len(w), len(w) + 1))
    lex.typo_heads = {k: frozenset(v) for k, v in heads.items()}
    lex.typo_tails = {k: frozenset(v) for k, v in tails.items()}
    lex.typo_deletions = {k: tuple(sorted(v)) for k, v in deletions.items()}


def typo_candidate(lex: Lexicon, token: str) -> str | None:
    """The vocabulary word one edit (a letter dropped, added, changed or two swapped) from an unknown token,
    when all such words read the same; else None."""
    deletions, known = lex.typo_deletions, lex.typo_words
    found: list[str] = list(deletions.get(token, ()))
    for cut in [token[:i] + token[i + 1:] for i in range(len(token))]:
        if cut in known:
            found.append(cut)
        hit = deletions.get(cut)
        if hit:
            found.extend(hit)
    if not found:
        return None
    readings = {lex.words.get(w) for w in found}
    return min(found) if len(readings) == 1 else None
