"""A legal form written before letters the document defines ("ГАУ ДПО «ЭИРО»", "ГАУ ДПО ЭО «ЭИРО»", "МКУ ЦРО"): the
defined name in quotes after the form, or, when the definition itself opens with that form ("ГАУ ДПО ЭО «Энский
институт …» (далее – ЭИРО)"), the definition as it stands: the form is not written twice."""

from __future__ import annotations


def with_its_form(defined: str, form: str) -> str:
    """The name of the body the form and the defined letters write (see the module)."""
    opening = form.split()
    if opening and defined.split()[:1] == opening[:1]:
        return defined
    return f"{form} «{defined[:1].upper()}{defined[1:]}»"


def formed_after_letters(resolver, form: str, k: int, j: int):
    """The glossary's match after one more word of letters between the legal `form` (the words before k) and the
    defined letters ("ГАУ ДПО ЭО «ЭИРО»": the region's), when the definition opens with that form and holds those
    letters; else None ("ГКУ ЭО ЦЗН" is read elsewhere, its region kept)."""
    if k + 1 >= j or not resolver.words[k].is_abbreviation:
        return None
    found = resolver.glossary.longest_match(resolver.keys, k + 1)
    if found is None or with_its_form(found[0].name, form) != found[0].name \
            or resolver.words[k].text not in found[0].name.split():
        return None
    return found
