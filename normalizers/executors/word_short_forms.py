"""Where a name defined by a short form made of words begins: "Отдел торговли, питания и бытового обслуживания
администрации города (далее – отдел торговли)". The defined name runs back over commas to where its short form is
written as its opening words; the comma-bound noun phrase before "(далее …)" is only its tail."""

from __future__ import annotations

import re

from normalizers.executors.morphology import lemma

_WORD_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_SENTENCE_END = re.compile(r"[.;:()\n]")


def _is_word_form(short: str) -> bool:
    """A short form of words ("Отдел", "отдел торговли"), not of capitals ("УО", "ОбОО")."""
    words = _WORD_RE.findall(short)
    return bool(words) and all(w[1:].islower() for w in words) and " ".join(words) == " ".join(short.split())


def written_opening(before: str, short: str, begin: int) -> int | None:
    """The position, before `begin` and in the same sentence, where the short form's words stand in a row as the
    name's opening (by lemma: "Управлением культуры" opens "(далее – Управление культуры)"); None if the phrase
    from `begin` already opens with them or they are not written."""
    if not _is_word_form(short):
        return None
    wanted = [lemma(w) for w in _WORD_RE.findall(short)]
    tail = [(m.group(), m.start()) for m in _WORD_RE.finditer(before, begin)]
    if [lemma(w) for w, _ in tail[:len(wanted)]] == wanted:
        return None
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(before, 0, begin)), default=0)
    words = [(m.group(), m.start()) for m in _WORD_RE.finditer(before, sentence_start, begin)]
    for i in range(len(words) - len(wanted), -1, -1):
        if [lemma(w) for w, _ in words[i:i + len(wanted)]] == wanted:
            return words[i][1]
    return None
