"""Executor cells -> canonical bodies, roles and persons (docs/spec/executors.md). Others call only what is
exported here."""

from normalizers.executors.issuer_initials import issuer_definition
from normalizers.executors.normalizer import (
    EXTRA_TEXT,
    NOT_EXECUTORS,
    UNKNOWN_EXECUTOR,
    Executor,
    ExecutorsResult,
    clear_memo,
    mine_glossary,
    names_executors,
    normalize,
    normalize_strict,
    short_names,
)
from normalizers.executors.plan_levels import level_of_title

__all__ = ["EXTRA_TEXT", "NOT_EXECUTORS", "UNKNOWN_EXECUTOR", "Executor", "ExecutorsResult", "clear_memo",
           "issuer_definition", "level_of_title", "mine_glossary", "names_executors", "normalize", "normalize_strict",
           "short_names"]
