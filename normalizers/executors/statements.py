"""Whether a cell states something done rather than naming executors: a result or a report written in the
executor column ("Проведено совещание …", "13 советников работают …")."""

from __future__ import annotations

from operator import itemgetter

from normalizers.executors.text import IS_PREDICATE, Item


def states_something_done(items: list[Item]) -> bool:
    """A finite verb or short participle: "Проведено совещание …", "13 советников работают …"; not one inside a
    relative clause that describes a name ("руководители учреждений, в которых проводятся выборы", O22)."""
    if not any(map(_is_predicate, items)):
        return False  # most cells: no verb at all
    for item in items:
        if item.key in _RELATIVE_WORDS:
            return False  # the verbs after it describe the name before it
        if item[IS_PREDICATE]:
            return True
    return False


# Words that open a relative clause about the name before them ("…, в которых …", "…, где …").
_RELATIVE_WORDS = frozenset({"который", "где", "куда", "откуда"})


_is_predicate = itemgetter(IS_PREDICATE)
