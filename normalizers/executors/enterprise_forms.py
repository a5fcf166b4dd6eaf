"""An enterprise named by its legal form ("МУП «Водоканал»", "МП «Автотранс»") is outside the plan's authority,
whatever its quoted name says ("МУП «Управление капитального строительства»"): an enterprise works for the plan,
it governs nothing (issue 11). "МП" is read so only where it opens a name that goes on: "К по МП", "УО и МП"
spell молодёжная политика (executor_cues.yaml, enterprise_forms and opening_enterprise_forms)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _opening_forms() -> frozenset[str]:
    return frozenset(map(str, more_cues().get("opening_enterprise_forms") or ()))


def opens_with_an_enterprise_form(items: list[Item]) -> bool:
    """The legal form of an enterprise opens the name, and its own name follows."""
    if len(items) < 2 or not items[0].is_abbreviation:
        return False
    form = items[0][BARE]
    return form in cues().enterprise_forms or form in _opening_forms()
