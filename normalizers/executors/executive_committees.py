"""An executive committee ("исполком", "исполнительный комитет") is the executive body of a municipality where one is
named after it ("Исполком Заинского муниципального района", "Исполнительный комитет г. Энска": `authority`, as an
administration), and the executive organ of a society or a movement otherwise ("исполком Собора русских …": a
non-government body, `external`, spec). Lemmas in executor_cues.yaml."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    table = more_cues().get("executive_committees") or {}
    names = tuple(frozenset(name) for name in table.get("names") or ())
    return names, frozenset(table.get("territories") or ())


def executive_committee_kind(words: set[str]) -> str | None:
    """The kind of an executive committee named by these lemmas, or None when they name none."""
    names, territories = _cues()
    if not any(name <= words for name in names):
        return None
    return "external" if words.isdisjoint(territories) else "authority"
