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

__all__ = ["EXTRA_TEXT", "NOT_EXECUTORS", "UNKNOWN_EXECUTOR", "Executor", "ExecutorsResult", "clear_memo",
           "issuer_definition", "mine_glossary", "names_executors", "normalize", "normalize_strict", "short_names"]
