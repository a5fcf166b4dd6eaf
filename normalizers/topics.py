"""Which mechanism of quality management (topics.md) a plan or a direction section serves.

Titles of roadmaps are written by hand in every municipality, so the classifier reads words, not
strings: both the vocabulary (topics.yaml) and the title are lemmatised with pymorphy3 and matched
as phrases with small gaps. A plan's own number ("дорожная карта 2.3") and the words of its sections
and measures (`context`) add weight, but the title's words outweigh them. Pure function, never raises.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from normalizers.language import analyser, fold_case
from normalizers.outcomes import Code
from normalizers.topic_names import TOPIC_NAMES

UNCERTAIN = Code.TOPIC_UNCERTAIN
OTHER = "other"

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+")
_LEADING_NUMBERING = re.compile(r"^[\s\dIVXivx.)\-–—№]+")


@dataclass(frozen=True)
class Topic:
    """A topic code of topics.md with how sure the classifier is and why it is not."""

    code: str
    name: str
    confidence: float
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Term:
    code: str
    words: tuple[frozenset[str], ...]
    weight: float


@cache
def _config() -> dict:
    text = resources.files("normalizers").joinpath("topics.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=65536)
def _word_forms(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers, plus the word itself (abbreviations such as ШНОР)."""
    lower = fold_case(word)
    forms = {fold_case(p.normal_form) for p in analyser().parse(lower)}
    forms.add(lower)
    return frozenset(forms)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(fold_case(w) for w in _config()["stopwords"])


def _tokens(text: str) -> list[frozenset[str]]:
    stop = _stopwords()
    return [_word_forms(w) for w in _WORD.findall(text or "") if fold_case(w) not in stop]


@cache
def _terms() -> tuple[_Term, ...]:
    terms = []
    for code, entries in _config()["topics"].items():
        for entry in entries:
            words = tuple(_tokens(str(entry["term"])))
            if words:
                terms.append(_Term(str(code), words, float(entry["weight"])))
    return tuple(terms)


@cache
def _number_pattern() -> re.Pattern:
    """'дорожная карта 2.3', '("дорожная карта" 1.1.)': a marker phrase, quotes, then a code-like number."""
    markers = []
    for phrase in _config()["plan_number_markers"]:
        stems = [re.escape(w[:5]) + r"\w*" for w in phrase.split()]
        markers.append(r"\s+".join(stems))
    marker = "(?:" + "|".join(markers) + ")"
    return re.compile(marker + r"[\s\"'«»“”„)(]{0,4}(\d{1,2}\.\d{1,2})(?!\d)", re.IGNORECASE)


def _phrase_in(words: tuple[frozenset[str], ...], tokens: list[frozenset[str]], max_gap: int) -> bool:
    def extend(k: int, pos: int) -> bool:
        if k == len(words):
            return True
        for nxt in range(pos + 1, min(len(tokens), pos + 2 + max_gap)):
            if words[k] & tokens[nxt] and extend(k + 1, nxt):
                return True
        return False

    return any(words[0] & tok and extend(1, i) for i, tok in enumerate(tokens))


def _term_scores(text: str) -> dict[str, float]:
    tokens = _tokens(text)
    max_gap = int(_config()["max_gap"])
    scores: dict[str, float] = defaultdict(float)
    for term in _terms():
        if _phrase_in(term.words, tokens, max_gap):
            scores[term.code] += term.weight
    return scores


def _context_scores(context: str) -> dict[str, float]:
    """Each line of context votes with its matched weights; the votes become shares of context_weight."""
    votes: dict[str, float] = defaultdict(float)
    for line in (context or "").splitlines():
        for code, score in _term_scores(line).items():
            votes[code] += score
    total = sum(votes.values())
    weight = float(_config()["context_weight"])
    return {code: weight * v / total for code, v in votes.items()} if total else {}


def _own_numbers(title: str, plan_number: str | None) -> set[str]:
    numbers = {m.group(1) for m in _number_pattern().finditer(title or "")}
    if plan_number:
        numbers.add(plan_number.strip().rstrip("."))
    return {n for n in numbers if n in TOPIC_NAMES}


def classify(title: str, plan_number: str | None = None, context: str = "") -> Topic:
    """Topic of a plan (or of a direction section) from its title, own number and context words."""
    try:
        return _classify(title, plan_number, context)
    except Exception:  # a normaliser never raises: say why instead
        return Topic(OTHER, TOPIC_NAMES[OTHER], 0.0, [UNCERTAIN, Code.TOPIC_ERROR])


def _classify(title: str, plan_number: str | None, context: str) -> Topic:
    cfg = _config()
    title_scores = _term_scores(title)
    context_scores = _context_scores(context)
    numbers = _own_numbers(title, plan_number)
    codes = set(title_scores) | set(context_scores) | numbers
    if not codes:
        return Topic(OTHER, TOPIC_NAMES[OTHER], float(cfg["other_confidence"]), [UNCERTAIN])

    number_weight = float(cfg["number_weight"])

    def total(code: str) -> float:
        number = number_weight if code in numbers else 0.0
        return title_scores.get(code, 0.0) + context_scores.get(code, 0.0) + number

    ranked = sorted(codes, key=lambda c: (total(c), title_scores.get(c, 0.0), c in numbers), reverse=True)
    best = ranked[0]
    runner_up = total(ranked[1]) if len(ranked) > 1 else 0.0
    confidence = round(total(best) / (total(best) + runner_up + float(cfg["prior"])), 3)
    warnings = [UNCERTAIN] if confidence < float(cfg["threshold"]) else []
    return Topic(best, TOPIC_NAMES[best], confidence, warnings)


def is_direction_section(section: str | None) -> bool:
    """True for a section row that opens a direction of its own ("Направление «…»") inside one table."""
    if not section:
        return False
    words = _WORD.findall(_LEADING_NUMBERING.sub("", section))
    if not words:
        return False
    markers = {fold_case(w) for w in _config()["direction_section_words"]}
    return bool(_word_forms(words[0]) & markers)
