"""Roles in the plan of one institution (O60, O74): the plan's own school or kindergarten, in the singular.

A school's plan writes "Администрация ОУ", "Педагоги ДОУ": the abbreviation has no number, and in the plan
of one institution it names that institution, so the role takes it in the singular genitive ("педагоги
дошкольного образовательного учреждения"). A word written out keeps the number it is written in ("педагоги
школ" stays plural). A bare "Администрация" among the roles is the institution's administration, a role.
"""

from __future__ import annotations

from dataclasses import replace

from normalizers.executors.positions import group_in_case
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues, more_cues

_ADMINISTRATION = "администрация"


def own_institution(executors: list, glossary) -> list:
    """The executors of a cell of one institution's plan, roles over its own kind of institution singular."""
    out = [_own(executor, glossary) for executor in executors]
    return executors if all(a is b for a, b in zip(out, executors, strict=True)) else out


def _own(executor, glossary):
    if executor.kind == "authority" and executor.name.strip().lower() == _ADMINISTRATION:
        return replace(executor, name=_ADMINISTRATION, kind="role")  # O74: the school's own administration
    if executor.kind != "role":
        return executor
    name = executor.name
    written = items(executor.mention or "")
    for k, word in enumerate(written):
        if not word.is_abbreviation or _a_group_after_all(written[k - 1].lower if k else "",
                                                          written[k + 1].lower if k + 1 < len(written) else ""):
            continue
        entry = glossary.lookup(word.text)
        if entry is None or entry.kind not in cues().group_kinds:
            continue  # "ДОУ", "ОУ", "ОО": a kind of institution; "УДО", "МО" are not read here
        plural = group_in_case(entry.name, "gent")
        if plural in name:
            name = name.replace(plural, group_in_case(entry.name, "gent", "sing"), 1)
    return executor if name == executor.name else replace(executor, name=name)


def _a_group_after_all(previous: str, following: str) -> bool:
    """"учителя ОУ района", "педагоги всех ДОУ": the institutions of a territory, or all of them, stay many."""
    return following in cues().qualifier_starts or previous in more_cues()["many_institutions_before"]
