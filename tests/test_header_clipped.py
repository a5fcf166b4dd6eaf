"""A header printed again atop a page with its measure column's words cut short by the cell
(pipeline/structure/clipped_header.py): still the plan's header, skipped, its words in no measure."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure
from pipeline.structure.clipped_header import clipped_role
from pipeline.structure.headers import read_header


def _row(*texts: str, page: int = 1) -> Row:
    return Row([Cell(t, [t] if t else []) for t in texts], page=page)


def _header(name: str, page: int) -> Row:
    return _row("№ п/п", name, "Срок исполнения", "Ответственный", page=page)


def test_a_name_cell_cut_short_names_the_measure_column():
    header = read_header(_header("Наименова ниеме", 2))
    assert header is not None and header.roles == ["number", "name", "deadline", "executors"]


def test_a_cell_cut_too_short_or_going_elsewhere_names_nothing():
    assert clipped_role("Наимен") is None  # fewer letters than a cut cell keeps
    assert clipped_role("Наименование улицы") is None  # the letters part from the phrase
    assert clipped_role("наименова ние") is None  # lowercase: a sentence going on
    assert read_header(_row("1.", "Наименова ниеме", "май", "Завуч")) is None


def test_measures_under_a_header_printed_again_cut_short_keep_their_count_and_names():
    first = Table([_header("Наименование мероприятия", 1), _row("1.", "Совещание", "май", "Завуч")], 1, 1)
    again = Table([_header("Наименова ниеме", 2), _row("2.", "Педсовет", "июнь", "Директор", page=2)], 2, 2)
    doc = Document("clipped", "pdf", [Paragraph("План мероприятий", bold=True, page=1), first, again])
    (plan,) = build_structure(doc).plans
    assert [(m.number, m.name) for m in plan.measures] == [("1.", "Совещание"), ("2.", "Педсовет")]
