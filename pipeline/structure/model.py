"""What the structure step finds in a Document: the order's metadata, its plans and their raw measures.

Cells stay verbatim here (whitespace cleaned); typing and normalisation happen later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class OrderMeta:
    issuer: str | None = None
    order_number: str | None = None
    order_date: date | None = None
    title: str | None = None


@dataclass
class RawMeasure:
    number: str | None
    name: str
    cells: dict[str, str | None]  # role -> text, roles other than number/name
    section: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    warnings: list[str] = field(default_factory=list)
    ocr_confidence: float | None = None  # read by OCR: the lowest confidence of its cells (0-100)
    start: tuple[int, int] | None = None  # DOCX: (table, row) where the measure starts, 1-based
    end: tuple[int, int] | None = None  # and where it ends
    others: dict[str, str] = field(default_factory=dict)  # header -> text of the columns read as no role

    def get(self, role: str) -> str | None:
        return self.cells.get(role)


@dataclass
class Plan:
    seq: int
    title: str
    number: str | None = None
    measures: list[RawMeasure] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    passport: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # headings naming a plan above it, nearest last


@dataclass
class StructuredDocument:
    meta: OrderMeta
    plans: list[Plan]
    paragraphs: list[str]  # the running text outside the tables, where definitions ("далее – УО") stand
    warnings: list[str] = field(default_factory=list)
    notes: list[ColumnNote] = field(default_factory=list)  # what a person should hear about the columns


@dataclass(frozen=True)
class ColumnNote:
    """A plan's column the reader did not know (`column_unknown`) or gave a role on weak evidence
    (`column_role_guessed`, `role` set): the summary names it with the file and the plan."""

    code: str
    plan: str
    header: str
    role: str | None = None
