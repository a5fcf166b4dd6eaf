"""Warning codes and file statuses: one registry (outcomes.yaml), typed in code.

Every warning any stage raises is a `Code`; a misspelt code fails (`Code("typo")` raises
ValueError, `Code.TYPO` AttributeError) instead of creating a new kind. The YAML gives each code its
level, field, and a label and explanation in Russian and English; the summary, the report, the exports,
the views and the data dictionary all read them here. Base layer: imports nothing of the project.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml


class Code(StrEnum):
    """What a stage was unsure about. The value is what the dataset's `warnings` columns hold."""

    NUMBER_MISSING = "number_missing"
    ITEM_NUMBER_REPEATED = "item_number_repeated"
    COLUMNS_REALIGNED = "columns_realigned"
    ROW_MERGED_UNCERTAIN = "row_merged_uncertain"
    ROW_MERGED_FORWARD = "row_merged_forward"
    CELL_INHERITED = "cell_inherited"
    ROW_KEPT_APART_UNCERTAIN = "row_kept_apart_uncertain"
    ROW_WITHOUT_NAME_DROPPED = "row_without_name_dropped"
    ORPHAN_ROW_DROPPED = "orphan_row_dropped"
    STACKED_ROW_KEPT = "stacked_row_kept"
    PLAN_WITHOUT_MEASURES = "plan_without_measures"
    PLAN_TITLE_MISSING = "plan_title_missing"
    COLUMN_UNKNOWN = "column_unknown"
    COLUMN_ROLE_GUESSED = "column_role_guessed"
    YEAR_ASSUMED = "year_assumed"
    UNPARSED = "unparsed"
    NOT_A_DEADLINE = "not_a_deadline"
    OUTSIDE_PERIOD = "outside_period"
    UNKNOWN_EXECUTOR = "unknown_executor"
    NOT_EXECUTORS = "not_executors"
    EXTRA_TEXT = "extra_text"
    NORMALIZER_ERROR = "normalizer_error"
    TOPIC_UNCERTAIN = "topic_uncertain"
    TOPIC_ERROR = "topic_error"
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    PDF_PAGES_LOST = "pdf_pages_lost"
    PDF_PAGES_UNREADABLE = "pdf_pages_unreadable"
    PDF_STRUCTURE_REPAIRED = "pdf_structure_repaired"
    PDF_CONTENT_DAMAGED = "pdf_content_damaged"
    OCR_LOW_CONFIDENCE = "ocr_low_confidence"
    OCR_NUMBER_REPAIRED = "ocr_number_repaired"


class Status(StrEnum):
    """What became of one input file in a run (`documents.status` holds ok, failed or skipped)."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"
    UNCHANGED = "unchanged"
    REMOVED = "removed"


@dataclass(frozen=True)
class Entry:
    """One code's words: `label`/`explanation` in Russian, the `_en` pair in English."""

    code: str
    label: str
    explanation: str
    label_en: str
    explanation_en: str
    field: str | None = None
    level: str | None = None

    def say(self, lang: str = "ru") -> str:
        return self.label_en if lang == "en" else self.label

    def explain(self, lang: str = "ru") -> str:
        return self.explanation_en if lang == "en" else self.explanation


@cache
def _registry() -> dict[str, dict[str, Entry]]:
    raw = yaml.safe_load(Path(__file__).with_name("outcomes.yaml").read_text(encoding="utf-8"))
    needed = {"label", "label_en", "explanation", "explanation_en"}
    for group, entries in raw.items():
        for code, spec in entries.items():
            if missing := needed - set(spec) | ({"level", "field"} - set(spec) if group == "warnings" else set()):
                raise RuntimeError(f"outcomes.yaml: {group}.{code} lacks {', '.join(sorted(missing))}")
    registry = {group: {code: Entry(code, **spec) for code, spec in entries.items()}
                for group, entries in raw.items()}
    for group, enum in (("warnings", Code), ("statuses", Status)):
        if set(registry[group]) != {m.value for m in enum}:
            raise RuntimeError(f"outcomes.yaml {group} and {enum.__name__} disagree: "
                               f"{sorted(set(registry[group]) ^ {m.value for m in enum})}")
    return registry


def describe(code: str) -> Entry:
    """The registry entry of a warning code or a status; ValueError for a code nobody registered."""
    for group in _registry().values():
        if code in group:
            return group[code]
    raise ValueError(f"unregistered outcome code {code!r} (add it to normalizers/outcomes.yaml and Code)")


def label(code: str, lang: str = "ru") -> str:
    """A code's label in `lang`, or the code itself when unregistered (an old dataset never breaks output)."""
    try:
        return describe(code).say(lang)
    except ValueError:
        return str(code)


def warnings() -> list[Entry]:
    return list(_registry()["warnings"].values())


def statuses() -> list[Entry]:
    return list(_registry()["statuses"].values())
