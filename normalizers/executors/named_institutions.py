"""An institution with a name of its own, in quotes or by its number ("… учреждениями «Гимназия № 2»", "…
учреждений № 3"), is one institution, never a group: a definition naming it is put in the nominative singular
whatever number the sentence around it gave its legal form (a plural there is the sentence's, or a slip)."""

from __future__ import annotations

import re

from normalizers.executors.morphology import inflect_phrase, to_nominative

# One own name closing the phrase: a quoted name (quotes may nest) or one number after "№".
_QUOTED_END_RE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»\s*$")
_NUMBER_END_RE = re.compile(r"(?<!№)№\s*\d+[А-Яа-яЁё]?\s*$")
# Two names listed ("«…» и «…»", "№ 3, 5", "№№"): a group after all.
_LISTED_RE = re.compile(r"»\s*(?:,|и\b)\s*«|№\s*\d+\s*(?:,|и\b)\s*\d|№№")


def names_one_institution(phrase: str) -> bool:
    """The phrase ends with one own name of an institution, and lists no second."""
    return bool(_QUOTED_END_RE.search(phrase) or _NUMBER_END_RE.search(phrase)) and not _LISTED_RE.search(phrase)


def defined_nominative(phrase: str) -> str:
    """A defined name in the nominative: singular when it names one institution by its own name."""
    if names_one_institution(phrase) and not phrase.startswith("«"):
        return inflect_phrase(phrase, "nomn", "sing")
    return to_nominative(phrase)
