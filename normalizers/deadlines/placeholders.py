"""A year left as a placeholder in a template plan ("25 августа X - 1 года", "до 1 октября N года"). A cell
dated by it cannot be placed: it is `unknown` with the warning `unparsed`. A recurring rule does not need the
year ("1 октября X - 1 года, далее ежегодно"), so no year is assumed for it."""

from __future__ import annotations

import re

from normalizers.deadlines.compose import empty_fields
from normalizers.outcomes import Code

_PLACEHOLDER_YEAR_RE = re.compile(r"(?<![^\W\d_])[XХN]\s*(?:[-–—+]\s*\d+\s*)?(?:года?|г\.?|гг\.?)(?![^\W\d_])",
                                  re.IGNORECASE)
_DATED_KINDS = ("date", "interval", "multi")


def has_placeholder_year(text: str) -> bool:
    return _PLACEHOLDER_YEAR_RE.search(text) is not None


def settle_placeholder_year(fields: dict) -> dict:
    """The fields of a cell with a placeholder year, as the module docstring says."""
    if fields["deadline_kind"] in _DATED_KINDS:
        return empty_fields("unknown", [Code.UNPARSED])
    if fields["deadline_kind"] == "recurring":
        fields["warnings"] = [w for w in fields["warnings"] if w != Code.YEAR_ASSUMED]
    return fields
