"""The note of a deadline: the words of the cell that the fields do not encode, cut verbatim.

Rulings R35-R38: no surrounding brackets, dashes or commas; first letter lower-cased unless the
first word is an abbreviation; a bracket only partly encoded is kept whole.
"""

from __future__ import annotations

from normalizers.deadlines.lexicon import Lexicon
from normalizers.deadlines.reading import Reading
from normalizers.deadlines.tokens import Token

_PUNCT = frozenset({"DASH", "COMMA", "DOT", "LP", "RP", "SLASH"})
_STRIP = " \t\n\r,;:-‐‑‒–—―−()[]"


def paren_groups(tokens: list[Token]) -> list[tuple[int, int]]:
    """(open, close) token indexes of bracket pairs; an unclosed bracket runs to the end."""
    stack: list[int] = []
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.tag == "LP":
            stack.append(i)
        elif tok.tag == "RP" and stack:
            out.append((stack.pop(), i))
    out.extend((i, len(tokens)) for i in stack)
    return out


def leftover_runs(tokens: list[Token], used: list[bool], glue: frozenset[str],
                  prepositions: frozenset[str], labels: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Runs of tokens no rule took, trimmed of glue words and punctuation; (first, last) inclusive. A run made
    only of the column's label words ("Срок исполнения:", "Дата проведения:") is no note."""
    runs: list[tuple[int, int]] = []
    if all(used):  # every token encoded: no run (most cells)
        return runs
    i, n = 0, len(tokens)
    while i < n:
        if used[i]:
            i += 1
            continue
        j = i
        while j < n and not used[j]:
            j += 1
        a, b = i, j - 1
        while b >= a and _is_glue(tokens[b], glue):
            b -= 1
        while a <= b and _is_glue(tokens[a], glue):
            a += 1
        if a <= b and labels and all(tokens[k].text in labels or _is_glue(tokens[k], glue) for k in range(a, b + 1)):
            a = b + 1
        if a <= b:
            while a > i and tokens[a - 1].text in prepositions:
                a -= 1
            runs.append((a, b))
        i = j
    return runs


def _is_glue(tok: Token, glue: frozenset[str]) -> bool:
    return tok.tag in _PUNCT or tok.text in glue


def compose_note(raw: str, tokens: list[Token], pieces: list[tuple[int, int]], encoded: list[bool]) -> str | None:
    """Join the note pieces (token ranges); a piece inside a partly encoded bracket becomes the bracket."""
    if not pieces:
        return None
    groups = paren_groups(tokens)
    spans: list[tuple[int, int]] = []
    for a, b in pieces:
        best = None
        for lo, hi in groups:
            if lo < a and b < hi and (best is None or lo > best[0]):
                best = (lo, hi)
        if best is not None and any(encoded[k] for k in range(best[0] + 1, best[1])):
            a, b = best[0] + 1, best[1] - 1
        spans.append((a, b))
    texts: list[str] = []
    covered: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if any(lo <= a and b <= hi for lo, hi in covered):
            continue
        covered.append((a, b))
        text = raw[tokens[a].start:tokens[b].end].strip(_STRIP)
        if text:
            texts.append(text)
    if not texts:
        return None
    note = ", ".join(texts)
    first = note.split(None, 1)[0]
    if not (len(first) > 1 and first.isupper()):
        note = note[0].lower() + note[1:]
    return note


def note_of(reading: Reading, raw: str, kind: str, note_phrases: list, schedule, on_demand, lex: Lexicon) -> str | None:
    """The words of the cell no field holds, cut verbatim: phrases kept as notes and leftover runs."""
    tokens = reading.tokens
    used = reading.used
    pieces: list[tuple[int, int]] = []
    phrase_tokens: set[int] = set()
    for p in note_phrases:
        pieces.append((p.first, p.last))
        phrase_tokens.update(range(p.first, p.last + 1))
    if kind == "by_schedule" and schedule:
        pieces.append((schedule.first, schedule.last))
    if kind == "on_demand" and on_demand:
        pieces.append((on_demand.first, on_demand.last))
    freqs = reading.freqs
    if len(freqs) > 1 and len({x.freq for x in freqs}) > 1:
        pieces.append((reading.freqs[0].first, reading.freqs[-1].last))
    pieces += leftover_runs(tokens, used, lex.glue_words, lex.prepositions, lex.header_words)
    if not pieces:
        return None
    encoded = [u and k not in phrase_tokens for k, u in enumerate(used)]
    return compose_note(raw, tokens, pieces, encoded)
