"""Roles in the plan of one institution (O60, O74): the plan's own school or kindergarten, in the singular.

A school's plan writes "Администрация ОУ", "Педагоги ДОУ": the abbreviation has no number, and in the plan
of one institution it names that institution, so the role takes it in the singular genitive ("педагоги
дошкольного образовательного учреждения"). A word written out keeps the number it is written in ("педагоги
школ" stays plural). So also where the plan's title defines the abbreviation as the institution's own full name
("… «Детский сад № 7» (далее – ДОУ)"): the role names the kind of institution the sector reads the abbreviation as, in
the singular, as the spec names it, not the defined full name. A bare "Администрация" among the roles is the
institution's administration, a role.
"""

from __future__ import annotations

from dataclasses import replace

from normalizers.executors.glossary import municipal_index
from normalizers.executors.positions import group_in_case
from normalizers.executors.text import items, keys
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
        if entry is not None and (defined := _defined_own_name(word.text, entry, name)) is not None:
            name = defined
            continue
        if entry is None or entry.kind not in cues().group_kinds:
            continue  # "ДОУ", "ОУ", "ОО": a kind of institution; "УДО", "МО" are not read here
        plural = group_in_case(entry.name, "gent")
        if plural in name:
            name = name.replace(plural, group_in_case(entry.name, "gent", "sing"), 1)
    return executor if name == executor.name else replace(executor, name=name)


_CASES = ("gent", "ablt", "datv", "loct", "accs", "nomn")


def _defined_own_name(abbreviation: str, entry, name: str) -> str | None:
    """The role's name with the document's full name of one institution (a quoted name or a number in it) put
    back as the sector's kind of institution in the singular, in the case the role gives it; None if the
    abbreviation is not read so."""
    if "«" not in entry.name and "№" not in entry.name:
        return None
    sector = municipal_index("").get(keys(abbreviation))
    if sector is None or sector is entry or sector.kind not in cues().group_kinds:
        return None
    for case in _CASES:
        for number in ("sing", None):  # a role over staff may have put the defined name in the plural
            written = group_in_case(entry.name, case, number)
            if written in name:
                return name.replace(written, group_in_case(sector.name, case, "sing"), 1)
    return None


def _a_group_after_all(previous: str, following: str) -> bool:
    """"учителя ОУ района", "педагоги всех ДОУ": the institutions of a territory, or all of them, stay many."""
    return following in cues().qualifier_starts or previous in more_cues()["many_institutions_before"]
