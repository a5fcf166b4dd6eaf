"""A document without a plan table that still reads like a plan: a table was there but not read.

A person sees a plan when the words of a plan header (№, мероприятие, срок, ответственный …) stand
on one line and numbered lines follow. Such a document must fail loudly, not be skipped as a cover
letter is: the message says a table was seen but not read.
"""

from __future__ import annotations

import re

from parsers.model import Document, Table
from parsers.settings import current as tolerances
from pipeline.messages import data_text
from pipeline.structure.vocabulary import fold, vocabulary

# Roles whose words, three of them on one line, make a plan header (the number column counts by "№").
HEADER_ROLES = ("name", "deadline", "executors", "result", "exec_result", "form")
_NUMBERED = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+\S")


def _lines(doc: Document) -> list[str]:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            out.extend(" ".join(c.text for c in row.cells) for row in block.rows)
        else:
            out.extend(block.text.split("\n"))
    return out


def header_roles_in(line: str) -> set[str]:
    """The header roles whose words this line holds (a phrase of the role as whole words)."""
    folded = f" {fold(line)} "
    roles = {"number"} if "№" in line else set()
    for role in HEADER_ROLES:
        if any(f" {phrase} " in folded for phrase in vocabulary()["header_roles"][role]):
            roles.add(role)
    return roles


def unread_plan(doc: Document) -> str | None:
    """The message for a document whose text looks like a plan that no table was read from, else None.
    The blocks' lines are looked at, then the printed lines of the pages read by OCR."""
    return _looks_like_plan(_lines(doc)) or _looks_like_plan(doc.printed_lines)


def _looks_like_plan(lines: list[str]) -> str | None:
    least = tolerances().min_plan_header_roles
    for k, line in enumerate(lines):
        roles = header_roles_in(line)
        if len(roles) >= least and "name" not in roles and k + 1 < len(lines):
            # a header's cells wrap: "Содержание" over "мероприятия" in the line below
            roles = header_roles_in(f"{line} {lines[k + 1]}")
        if "name" not in roles or len(roles) < least:
            continue
        numbered = sum(1 for below in lines[k + 1:] if _NUMBERED.match(below))
        if numbered >= tolerances().min_numbered_lines:
            return data_text("read.unread_plan", header=" ".join(line.split())[:80])
    return None
