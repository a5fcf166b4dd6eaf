"""Passport tables: key-value tables ("Цели", "Ожидаемый результат", "Показатели"…) that describe a
plan. They are kept as the plan's passport, never read as measures."""

from __future__ import annotations

from normalizers.language import clean
from parsers.model import Row, Table
from parsers.settings import current as tolerances
from pipeline.structure.headers import read_header
from pipeline.structure.vocabulary import fold, starts_with_phrase, vocabulary


def _key_cell(row: Row) -> tuple[str, str]:
    """(key, value) of a row "№ | key | value" or "key | value"."""
    texts = [c.text.strip() for c in row.cells]
    if len(texts) >= 3:
        return texts[1], " ".join(texts[2:])
    if len(texts) == 2:
        return texts[0], texts[1]
    return "", texts[0] if texts else ""


def _is_key(text: str) -> bool:
    folded = fold(text)
    return bool(folded) and any(starts_with_phrase(folded, k) for k in vocabulary()["passport_keys"])


def is_passport(table: Table, in_plan: bool) -> bool:
    if any(read_header(r) for r in table.rows):
        return False
    widths = {r.width for r in table.rows}
    if max(widths, default=0) > tolerances().max_passport_width:
        return False
    keys = [_key_cell(r)[0] for r in table.rows]
    matched = sum(_is_key(k) for k in keys if k)
    if matched == 0:
        return False
    return not in_plan or matched >= max(1, len([k for k in keys if k]) // 2)


def read(table: Table, current: dict[str, str]) -> dict[str, str]:
    out = dict(current)
    last = next(reversed(out), None) if out else None
    for row in table.rows:
        key, value = _key_cell(row)
        key = clean(key).rstrip(":")
        if key:
            out[key] = clean(value)
            last = key
        elif last is not None and clean(value):
            out[last] = clean(f"{out[last]} {value}")
    return out


def continues(table: Table) -> bool:
    """A piece of a passport cut by a page: narrow, no header."""
    return bool(table.rows) and max(r.width for r in table.rows) <= tolerances().max_passport_width \
        and not any(read_header(r) for r in table.rows)
