"""One kindergarten named by its number or its own quoted name ("МБДОУ № 5", "МАДОУ «Ромашка»", "Детский сад № 3")
is one named institution, kind `school` as one named school is (spec: `preschools` is the kindergartens as a
group). The readings before keep `preschools` for it, as a group's short name with a number ("ДОУ № 5") is read,
so that the rules over groups (a role over one, a list of numbers) read it alike; only the kind given is set here,
at the end."""

from __future__ import annotations

import re

_OWN_NAME_RE = re.compile(r"№\s*\d|«")  # a number of its own, or a name of its own in quotes


def one_kindergarten_kinds(executors: list) -> list:
    """The executors with each kindergarten of kind preschools that a number or a quoted name singles out given
    kind school; the same list when there is none."""
    if not any(executor.kind == "preschools" and _OWN_NAME_RE.search(executor.name) for executor in executors):
        return executors
    return [type(executor)(executor.mention, executor.name, executor.abbreviation, "school", executor.by_agreement)
            if executor.kind == "preschools" and _OWN_NAME_RE.search(executor.name) else executor
            for executor in executors]
