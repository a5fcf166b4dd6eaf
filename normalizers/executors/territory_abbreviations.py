""""р-на", "р-н", "р-не": the contracted "район" of district plans ("ОСЗН Московского р-на", "школы р-на"). The
tokens split at the dash, so the qualifier "Московского р-на" read as a name of its own after the body it
belongs to; spelt out, it is the qualifier "Московского района" every rule knows."""

from __future__ import annotations

import re

_ENDINGS = {"н": "район", "он": "район", "на": "района", "не": "районе", "ну": "району", "ном": "районом",
            "ны": "районы", "нов": "районов", "нам": "районам", "нах": "районах"}
_LONGEST_FIRST = "|".join(sorted(_ENDINGS, key=len, reverse=True))
_CONTRACTED_RE = re.compile(r"(?<![А-Яа-яЁёA-Za-z])([рР])\s?[-‐‑]\s?(" + _LONGEST_FIRST + r")(?![А-Яа-яЁёA-Za-z])")


def spell_districts(text: str) -> str:
    """`text` with each contracted "р-на" spelt "района" (the letter case of "р" kept)."""
    if "-" not in text and "‐" not in text and "‑" not in text:
        return text  # no hyphen of any kind the pattern allows: nothing contracted

    def spell(match: re.Match) -> str:
        word = _ENDINGS[match.group(2)]
        return word if match.group(1) == "р" else word.capitalize()

    return _CONTRACTED_RE.sub(spell, text)
