"""Stacked rows in PDF (pipeline/structure/stacked.py): a lone entry at the top of a cell beside a stack
serves every measure, unless the plan leaves that column blank in a share of its numbered rows; then it
is the first measure's and the others are blank (a blank paragraph prints nothing)."""

from __future__ import annotations

from test_stacked_rows import ROLES, _pdf_cell, _printed, _texts

from normalizers.outcomes import Code
from parsers.model import Cell, PrintedLine, Row
from pipeline.structure.model import RawMeasure
from pipeline.structure.stacked import split_stacked


def _stack() -> Row:
    return Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"), (2, "3. Отчёт")),
                _printed(180, 250, (0, "Май")), _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Методист"))])


def _numbered(number: str, deadline: str) -> Row:
    return Row([_pdf_cell(number), _pdf_cell("Мероприятие"), _pdf_cell(deadline) if deadline else _pdf_cell(),
                _pdf_cell("Директор")])


def test_pdf_a_lone_entry_serves_every_measure_where_the_plan_fills_the_column():
    around = [_numbered(f"{k}.", "Май") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2:] for r in rows] == [["Май", "Директор"], ["Май", "Завуч"], ["Май", "Методист"]]


def test_pdf_a_lone_entry_is_the_first_measures_where_the_plan_often_leaves_the_column_blank():
    around = [_numbered(f"{k}.", "Май" if k % 3 else "") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2:] for r in rows] == [["Май", "Директор"], ["", "Завуч"], ["", "Методист"]]


def test_pdf_rows_without_a_number_of_their_own_say_nothing_of_the_column():
    """The rest of a name a reader parted from its row, or another stack, leaves the column blank
    without being a measure: only the numbered rows are counted (too few here to tell)."""
    around = [_numbered("", "") for _ in range(6)] + [_numbered("4.", "Май")]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2] for r in rows] == ["Май"] * 3


def _measure(number: str | None, deadline: str | None) -> RawMeasure:
    return RawMeasure(number=number, name="Мероприятие", cells={"deadline": deadline, "executors": "Директор"})


def test_pdf_blanks_a_stack_guessed_say_nothing_of_the_column():
    """A stack's blank entries left by the rule above are guessed: counted, each guess would tell the next
    stack the column is often blank. The measures whose blanks were guessed (`guessed`, by id) are
    not weighed in that column."""
    single = [_measure(f"{k}.", "Май") for k in range(1, 7)]
    stacked = [_measure(f"{k}.", None) for k in range(7, 10)]
    before = [*single, *stacked]
    assert [_texts(r)[2] for r in split_stacked(_stack(), ROLES, before=before).rows] == ["Май", "", ""]
    guessed = {id(m): (m, frozenset({"deadline"})) for m in stacked}
    rows = split_stacked(_stack(), ROLES, before=before, guessed=guessed).rows
    assert [_texts(r)[2] for r in rows] == ["Май"] * 3


def test_pdf_a_stack_tells_which_roles_it_left_blank_on_a_guess():
    around = [_numbered(f"{k}.", "Май" if k % 3 else "") for k in range(4, 10)]
    assert split_stacked(_stack(), ROLES, around=around).guessed == {"deadline"}
    assert split_stacked(_stack(), ROLES, around=[_numbered(f"{k}.", "Май") for k in range(4, 10)]).guessed == set()


def test_pdf_measures_without_a_number_say_nothing_of_the_column():
    """A measure with no number of its own (the rest of a row a reader parted) is no measure the plan
    typed: its blank columns are not counted."""
    before = [_measure(f"{k}.", "Май") for k in range(1, 7)] + [_measure(None, None) for _ in range(3)]
    assert [_texts(r)[2] for r in split_stacked(_stack(), ROLES, before=before).rows] == ["Май"] * 3


def _two_bodies() -> Row:
    """Two measures beside two bodies, the second opening a line filled to the edge with a capital."""
    names = _printed(50, 170, (0, "1. Совещание с"), (1, "директорами"), (2, "классов"), (3, "2. Педсовет"))
    lines = [PrintedLine("Управление", 100, 110, 180, 240, 4.0), PrintedLine("образования", 112, 122, 180, 246),
             PrintedLine("Методический кабинет", 124, 134, 180, 246)]
    executors = Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                     right=248)
    return Row([_printed(10, 40), names, _printed(330, 400, (0, "май"), (1, "июнь")), executors])


def test_pdf_a_text_the_plan_writes_as_one_entry_elsewhere_serves_every_measure():
    """Two bodies, the second opening a line filled to the edge with a capital (a doubtful break): one
    entry per measure, unless the plan's single rows write both as one executor; then the text is
    that executor, shared."""
    row = _two_bodies()
    assert [_texts(r)[3] for r in split_stacked(row, ROLES).rows] == ["Управление\nобразования",
                                                                      "Методический кабинет"]
    around = [Row([_pdf_cell(f"{k}."), _pdf_cell("Мероприятие"), _pdf_cell("май"),
                   _pdf_cell("Управление образования\nметодический кабинет")]) for k in range(4, 6)]
    assert [_texts(r)[3] for r in split_stacked(row, ROLES, around=around).rows] == [
        "Управление\nобразования\nМетодический кабинет"] * 2


def test_pdf_entries_of_stacks_are_no_entries_the_plan_writes_elsewhere():
    """A stack kept whole (every entry of its cell in one measure) or a numbered row whose name holds a
    stack says nothing of how the plan writes one entry: its text does not make a cell shared."""
    row = _two_bodies()
    kept = RawMeasure(number="3.", name="Отчёт\n4. Педсовет", cells={"executors": "Управление образования\n"
                                                                                 "Методический кабинет"},
                      warnings=[Code.STACKED_ROW_KEPT])
    around = [Row([_pdf_cell("5"), _pdf_cell("1. Отчёт", "2. Совет"), _pdf_cell("май"),
                   _pdf_cell("Управление образования", "Методический кабинет")])]
    assert [_texts(r)[3] for r in split_stacked(row, ROLES, before=[kept], around=around).rows] == [
        "Управление\nобразования", "Методический кабинет"]


def test_pdf_entries_beside_the_first_name_alone_are_its_own_where_no_cell_tells_the_measures_apart():
    """"4." and "5." going on from the plan's "3." in a row whose every other cell holds one entry, each
    ending above the line "5." opens on: the later name stands beside blank space (its entries typed
    as blank paragraphs), so the entries are the first measure's, not copied to a measure they may
    not belong to."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "4. Конкурс"), (1, "чтецов"), (2, "5. Форум")),
               _printed(180, 250, (0, "Май")), _printed(300, 400, (0, "Директор"))])
    stack = split_stacked(row, ROLES, before=[_measure("3.", "Май")])
    assert [_texts(r) for r in stack.rows] == [["4.", "Конкурс\nчтецов", "Май", "Директор"],
                                               ["5.", "Форум", "", ""]]
    assert stack.guessed == {"deadline", "executors"}


def test_pdf_an_entry_reaching_down_beside_the_later_name_serves_every_measure():
    row = Row([_printed(10, 40), _printed(50, 170, (0, "4. Конкурс"), (1, "5. Форум")),
               _printed(180, 250), _printed(300, 340, (0, "Отдел"), (1, "образования"))])
    stack = split_stacked(row, ROLES, before=[_measure("3.", "Май")])
    assert [_texts(r)[3] for r in stack.rows] == ["Отдел\nобразования"] * 2
    assert stack.guessed == set()
