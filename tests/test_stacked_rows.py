"""Measures stacked inside one row (pipeline/structure/stacked.py): split when every cell lines up,
kept whole and warned when one does not, ordinary multi-paragraph cells left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import shared, shared_each
from docx import Document as WordDocument
from gold_compare import FIELDS, compare, measures_of, norm
from layouts.expected import gold_plans
from layouts.spec import FILES
from layouts.stacked import expected_stacked, load_stacked_catalog, plan_stacks

from normalizers.outcomes import Code
from parsers import docx as docx_parser
from parsers import pdf as pdf_parser
from parsers.model import Cell, PrintedLine, Row, Table
from pipeline.structure import build_structure, wording
from pipeline.structure.edges import tightened
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked

ROLES = ["number", "name", "deadline", "executors"]
# PDF: stacks given back exactly, the present figure (2026-12-03: 154 of 162: a numberless row whose
# names go on from the plan's numbers is split though each cell beside it holds one entry; 153: the
# rest of a stack cut by a page found under a two-row header, parts the reader parted at the numbers
# joined down to the page foot, a quote pushed over glued back, no break that runs on taken to make up
# the count; 152 before;
# 150: the space glyph a renderer writes where it wraps a line tells a wrap from a paragraph end;
# before it, 127 from grammar clues for lowercase cells, words and years glued right, brackets held, a
# line opening with a phrase head, a paragraph mark inside an entry kept whole). Where the renderer
# writes no such space, or a line fills its column to the edge, entries of one lowercase word per line
# or several capitalised phrases in one entry cannot be told apart from one entry's line breaks.
PDF_STACKS_FLOOR = 154


def _cell(*slots: str) -> Cell:
    """A DOCX cell: its paragraphs, blank ones kept as slots."""
    return Cell(text="\n".join(s for s in slots if s), paragraphs=[s for s in slots if s], slots=list(slots))


def _pdf_cell(*paragraphs: str) -> Cell:
    return Cell(text="\n".join(paragraphs), paragraphs=list(paragraphs))


def _texts(row: Row) -> list[str]:
    return [c.text for c in row.cells]


def test_a_stack_is_split_one_row_per_measure_blank_paragraphs_keep_the_positions():
    row = Row([_cell(""), _cell("1. Совещание с классными руководителями", "2. Проверка журналов",
                                "3. Педагогический совет"),
               _cell("02.09", "", "30.09"), _cell("Директор")])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r) for r in stack.rows] == [
        ["1.", "Совещание с классными руководителями", "02.09", "Директор"],
        ["2.", "Проверка журналов", "", "Директор"],
        ["3.", "Педагогический совет", "30.09", "Директор"],
    ]


def test_a_name_of_two_paragraphs_in_a_stack_keeps_its_second_paragraph():
    row = Row([_cell(""), _cell("1.1. Мониторинг", "(по отдельному графику)", "1.2. Отчёт"),
               _cell("октябрь", "", "май"), _cell("Зам. директора", "", "Директор")])
    stack = split_stacked(row, ROLES)
    assert [_texts(r) for r in stack.rows] == [
        ["1.1.", "Мониторинг\n(по отдельному графику)", "октябрь", "Зам. директора"],
        ["1.2.", "Отчёт", "май", "Директор"],
    ]


def test_stacked_measures_take_the_row_number_as_their_head():
    row = Row([_cell("3"), _cell("1. Совещание", "2. Педсовет"), _cell("сентябрь", "октябрь"), _cell("")])
    assert [r.cells[0].text for r in split_stacked(row, ROLES).rows] == ["3.1.", "3.2."]


def test_a_stack_whose_cells_do_not_line_up_is_kept_as_one_row():
    row = Row([_cell(""), _cell("1. Совещание", "2. Проверка", "3. Педсовет"),
               _cell("02.09", "05.09", "10.09", "30.09"), _cell("Директор")])
    stack = split_stacked(row, ROLES)
    assert stack is not None and not stack.lined_up
    assert _texts(stack.rows[0]) == ["1.", "Совещание\n2. Проверка\n3. Педсовет", "02.09\n05.09\n10.09\n30.09",
                                     "Директор"]


@pytest.mark.parametrize("name, deadline, number", [
    (("Проведение совещаний:", "1) с руководителями;", "2) с заместителями"), ("сентябрь", "май"), "5"),
    (("1.2. Организация мониторинга", "по итогам четверти"), ("октябрь", "март"), ""),
    (("Обучение педагогов", "2. этап: практика"), ("2024", "2025"), "4."),
    (("1) Анализ", "2) Отчёт"), ("декабрь",), "7"),
])
def test_ordinary_multi_paragraph_cells_are_not_split(name, deadline, number):
    """A name of two paragraphs, an unnumbered opening line over a list, two dates for one measure, a
    numbered list with nothing beside it to line up: one measure each."""
    assert split_stacked(Row([_cell(number), _cell(*name), _cell(*deadline), _cell("Директор")]), ROLES) is None


def test_pdf_cells_line_up_by_their_paragraphs():
    row = Row([_pdf_cell(), _pdf_cell("1. Совещание", "2. Педсовет"), _pdf_cell("сентябрь", "октябрь"),
               _pdf_cell("Директор")])
    assert [_texts(r) for r in split_stacked(row, ROLES).rows] == [
        ["1.", "Совещание", "сентябрь", "Директор"], ["2.", "Педсовет", "октябрь", "Директор"]]


def _printed(x0: float, right: float, *lines: tuple[int, str], page_top: float = 100.0) -> Cell:
    """A PDF cell of printed lines on a 12 pt grid: (grid line, text), 6 pt a glyph."""
    printed = [PrintedLine(t, page_top + 12 * k, page_top + 12 * k + 10, x0, x0 + 6 * len(t)) for k, t in lines]
    return Cell(text="\n".join(t for _, t in lines), paragraphs=[t for _, t in lines], lines=printed, right=right)


def test_pdf_entries_are_told_apart_by_line_breaks_and_blank_grid_lines():
    """A word that would have fitted on the line above opens an entry even in lowercase; a grid line
    left empty is a blank entry; a line running on (a comma) stays in its entry."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "классными"), (2, "руководителями"),
                                          (3, "2. Педсовет"), (4, "3. Проверка журналов")),
               _printed(180, 290, (0, "январь"), (1, "сентябрь, июнь"), (2, "май")),
               _printed(300, 400, (0, "Директор,"), (1, "завуч"), (3, "Директор"))], page=1)
    assert [_texts(r) for r in split_stacked(row, ROLES).rows] == [
        ["1.", "Совещание с\nклассными\nруководителями", "январь", "Директор,\nзавуч"],
        ["2.", "Педсовет", "сентябрь, июнь", ""],
        ["3.", "Проверка журналов", "май", "Директор"]]


def test_pdf_one_entry_without_a_break_serves_every_measure():
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
               _printed(180, 250, (0, "Каникулярный"), (1, "период")), _printed(300, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Каникулярный\nпериод"] * 2


def test_a_stack_cut_by_a_page_is_joined_with_its_rest_under_the_repeated_header():
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "журналов"), (1, "3. Педсовет"), page_top=50),
                _printed(180, 290, (0, "май"), page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r) for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["1.", "Совещание", "январь", "Директор"], ["2.", "Проверка\nжурналов", "март", "Директор"],
        ["3.", "Педсовет", "май", "Директор"]]


def test_docx_reader_keeps_blank_paragraphs_as_slots(tmp_path):
    word = WordDocument()
    cell = word.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("02.09")
    cell.add_paragraph("")
    cell.add_paragraph("30.09")
    word.save(tmp_path / "slots.docx")
    read = docx_parser.parse(tmp_path / "slots.docx").tables[0].rows[0].cells[0]
    assert (read.text, read.paragraphs, read.slots) == ("02.09\n30.09", ["02.09", "30.09"], ["02.09", "", "30.09"])


@pytest.mark.slow
def test_generated_stacked_layouts_read_back_in_docx():
    """Every stacked layout gives its measures back exactly; each stack that does not line up is one
    measure with the warning, and no other measure has it."""
    total = equal = 0
    for layout in load_stacked_catalog():
        structured = build_structure(docx_parser.parse(FILES / f"{layout.name}.docx"))
        result = compare(measures_of(structured), expected_stacked(layout), "docx")
        for line in result.differences[:5]:
            print(layout.name, line)
        total, equal = total + result.total, equal + result.equal
        broken = [s for s in plan_stacks(layout, gold_plans(layout)) if s.broken]
        warned = [m for p in structured.plans for m in p.measures if Code.STACKED_ROW_KEPT in m.warnings]
        assert len(warned) == len(broken), layout.name
    print(f"stacked layouts, docx: {equal}/{total}")
    assert len(load_stacked_catalog()) >= 10
    assert equal == total


def _key(measure: dict) -> tuple:
    return tuple(norm(measure.get(f), "pdf") for f in FIELDS)


def _read_pdf(key: str) -> list[dict]:
    return measures_of(build_structure(pdf_parser.parse(FILES / f"{key.rpartition('--')[2]}.pdf")))


def _pdf_key(layout) -> str:
    return f"stacked/pdf--{layout.name}"


@pytest.mark.slow
@pytest.mark.parametrize("layout", load_stacked_catalog(), ids=lambda layout: layout.name)
def test_a_generated_stacked_layout_is_read_in_pdf(layout):
    """One stacked layout read from its PDF, kept for the run: a test of its own so that xdist spreads
    the readings over its workers; the floor below is held over all of them."""
    assert shared(_pdf_key(layout), lambda: _read_pdf(_pdf_key(layout))), layout.name


@pytest.mark.slow
@pytest.mark.gathers
def test_generated_stacked_layouts_read_back_in_pdf():
    """A stack counts when every one of its measures comes back exactly (wherever it stands)."""
    split = total = 0
    catalog = load_stacked_catalog()
    for layout, read in zip(catalog, shared_each([_pdf_key(layout) for layout in catalog], _read_pdf), strict=True):
        got = {_key(m) for m in read}
        expected = {m["_index"]: m for m in expected_stacked(layout)}
        for stack in plan_stacks(layout, gold_plans(layout)):
            if not stack.broken:
                total += 1
                split += all(_key(expected[i]) in got for i in stack.indexes)
    print(f"stacked layouts, pdf: {split}/{total} stacks split exactly")
    assert split >= PDF_STACKS_FLOOR


def test_pdf_an_executor_repeated_for_each_measure_is_cut_where_the_entries_read_the_same():
    """Capitals open every line: the cut that leaves the same executor for each measure wins."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"), (2, "3. Отчёт")),
               _printed(180, 250, (0, "Управление"), (1, "образования"), (2, "Методический кабинет"),
                        (3, "Управление"), (4, "образования"), (5, "Методический кабинет"),
                        (6, "Управление"), (7, "образования"), (8, "Методический кабинет")),
               _printed(300, 400, (0, "май"), (1, "июнь"), (2, "июль"))])
    assert {_texts(r)[2] for r in split_stacked(row, ROLES).rows} == {"Управление\nобразования\nМетодический кабинет"}


@pytest.mark.parametrize("rest_names", [("2. Проверка журналов",), ("2. Проверка журналов", "3. Педсовет")])
def test_a_stack_cut_between_two_measures_is_joined_when_a_piece_holds_one_measure(rest_names):
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))],
                page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, *enumerate(rest_names), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows][:2] == [
        ["Совещание", "январь"], ["Проверка журналов", "март"]]


def test_pdf_a_cell_written_in_lowercase_cuts_its_entries_too():
    """Lowercase openings say nothing where the cell opens in lowercase: a line per measure, nothing
    running on, is an entry each; an entry opening with the cell's first word opens one more."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Мониторинг претендентов"), (1, "2. Анализ работы")),
               _printed(180, 260, (0, "ежеквартально"), (1, "сентябрь-апрель")),
               _printed(270, 360, (0, "выявление"), (1, "проблемных"), (2, "направлений"), (3, "выявление"),
                        (4, "успешных практик"))])
    assert [_texts(r)[2:] for r in split_stacked(row, ROLES).rows] == [
        ["ежеквартально", "выявление\nпроблемных\nнаправлений"], ["сентябрь-апрель", "выявление\nуспешных практик"]]


def test_pdf_a_line_opening_with_a_bracket_goes_on_with_its_entry():
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
               _printed(180, 250, (0, "Внесены"), (1, "коррективы"), (2, "(2022 год)"), (3, "Разработана"),
                        (4, "программа")), _printed(300, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "Внесены\nкоррективы\n(2022 год)", "Разработана\nпрограмма"]


def test_a_column_edge_is_taken_no_further_than_the_longest_line_of_the_piece():
    """A box guessed from white strips reaches past where the renderer wrapped; a column of a dozen
    lines or more tells the edge, a short one leaves the reader's."""
    rows = [Row([_printed(50, 300, *[(k, "организации") for k in range(6)]), _printed(310, 400, (0, "май"))])
            for _ in range(2)]
    edged = tightened(Table(rows, 1, 1))
    assert [c.right for c in edged.rows[0].cells] == [50 + 6 * len("организации"), 400]


def test_pdf_an_entry_repeated_apart_from_the_first_is_no_shared_text():
    """No clue between the lines (lowercase, none would have fitted above), but two entries read the
    same: one per measure, not one text for all."""
    name = _printed(50, 170, *enumerate(["1. Совещание с", "классными", "руководителями", "и учителями", "школ",
                                         "района", "2. Педсовет", "3. Отчёт"]))  # no entry stands level
    row = Row([_printed(10, 40), name,
               _printed(180, 252, (0, "формирование"), (1, "отношения"), (2, "повышение"), (3, "качества"),
                        (4, "повышение"), (5, "качества")),
               _printed(300, 400, (0, "май"), (1, "июнь"), (2, "июль"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "формирование\nотношения", "повышение\nкачества", "повышение\nкачества"]


def test_pdf_a_word_glued_back_over_two_lines_is_measured_by_its_cells_glyphs():
    """"профессиональ-ных" was too long for the column and cut: the glued line's own width is its last
    piece's, so the word's width comes from the cell's other lines, and it would not have fitted above."""
    cell = _printed(180, 280, (0, "Повышение"), (1, "уровня"))
    glued = PrintedLine("профессиональных компетенций", 124.0, 146.0, 180.0, 180.0 + 6 * len("компетенций"))
    cell = Cell(text=cell.text + "\n" + glued.text, lines=[*cell.lines, glued], right=280)
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")), cell,
               _printed(300, 400, (0, "май"), (1, "июнь"))])
    one = "Повышение\nуровня\nпрофессиональных компетенций"
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [one, one]


def test_a_stack_parted_by_the_reader_where_a_name_opens_with_its_number_is_joined():
    """No rules between the rows: the reader opens a row at "2. Педсовет", leaving it nothing but its
    name; the entries beside the first row line up with both names once the rows are one again."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=1)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "руководителями")),
                 _printed(180, 290, (0, "январь"), (1, "Март")), _printed(300, 400, (0, "Директор"))], page=1)
    lower = Row([_printed(10, 40), _printed(50, 170, (2, "2. Педсовет")), _printed(180, 290),
                 _printed(300, 400)], page=1)
    ordinary = Row([_printed(10, 40, (3, "3.")), _printed(50, 170, (3, "Отчёт")), _printed(180, 290, (3, "май")),
                    _printed(300, 400)], page=1)
    (table,) = join_cut_stacks([Table([header, upper, lower, ordinary], 1, 1)])
    assert len(table.rows) == 3
    assert [_texts(r) for r in split_stacked(table.rows[1], ROLES).rows] == [
        ["1.", "Совещание с\nруководителями", "январь", "Директор"], ["2.", "Педсовет", "Март", "Директор"]]


def test_a_stack_taller_than_a_page_is_joined_over_every_page_it_fills():
    """The first measure's name alone fills the second page: that rest holds no second measure yet,
    and the third page's rest brings it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с")), _printed(180, 290, (0, "январь"),
                                                                                    (1, "март")),
                 _printed(300, 400, (0, "Директор"))], page=1)
    middle = Row([_printed(10, 40), _printed(50, 170, (0, "классными"), page_top=50), _printed(180, 290),
                  _printed(300, 400)], page=2)
    lower = Row([_printed(10, 40), _printed(50, 170, (0, "руководителями"), (1, "2. Педсовет"), page_top=50),
                 _printed(180, 290), _printed(300, 400)], page=3)
    first, *rest = join_cut_stacks([Table([replace(header, page=p), row], p, p)
                                    for p, row in ((1, upper), (2, middle), (3, lower))])
    assert [len(t.rows) for t in rest] == [1, 1]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными\nруководителями", "январь"], ["Педсовет", "март"]]


def test_pdf_a_cell_in_lowercase_is_cut_where_grammar_lets_an_entry_end():
    """No word would have fitted above, no capital: an attribute ends no entry ("адресные"), a word with
    no nominative opens none ("мероприятий"), a year goes with its month; the breaks left are the
    entries, not one text shared."""
    name = _printed(50, 170, *enumerate(["1. Совещание", "2. Педсовет", "3. Отчёт"]))
    form = _printed(180, 252, (0, "мониторинг"), (1, "адресные"), (2, "рекомендации"), (3, "графики"),
                    (4, "мероприятий"))
    dates = _printed(300, 372, (0, "ноябрь, март"), (1, "2024"), (2, "май"), (3, "июнь"))
    row = Row([_printed(10, 40), name, form, dates])
    assert [_texts(r)[2:] for r in split_stacked(row, ROLES).rows] == [
        ["мониторинг", "ноябрь, март\n2024"], ["адресные\nрекомендации", "май"], ["графики\nмероприятий", "июнь"]]


def test_a_word_cut_by_the_page_is_glued_back_when_the_stack_is_joined():
    """"образовани" fills its line to the cell's edge at the page foot and "я" opens the next page's
    rest: one word, as "различным|и" whose pieces are words too; "ответственных" with "за" under it
    are two words, a line break kept."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    for tail, head, name in (("образовани", "я по плану", "Участие\nобразования по плану"),
                             ("различным", "и группами", "Участие\nразличными группами"),
                             ("ответственных", "за план", "Участие\nответственных\nза план")):
        upper = Row([_printed(10, 40), _printed(50, 50 + 6 * len(tail) + 3, (0, "1. Участие"), (1, tail)),
                     _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
        rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, head), (1, "2. Педсовет"), page_top=50),
                    _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
        first, _ = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
        assert [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows] == [name, "Педсовет"]


def test_pdf_a_line_ending_with_a_pronoun_may_end_an_entry():
    """"с ними" closes a phrase (a preposition would tie the lines): entries reading the same show the cut."""
    form = _printed(180, 272, *enumerate(["выявление ОО с", "признаками", "необъективности", "аналитическая",
                                          "информация", "работа с ними", "аналитическая", "информация",
                                          "работа с ними"]))
    row = Row([_printed(10, 40), _printed(50, 170, *enumerate(["1. Совещание", "2. Педсовет", "3. Отчёт"])), form,
               _printed(300, 400, (0, "май"))])
    again = "аналитическая\nинформация\nработа с ними"
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "выявление ОО с\nпризнаками\nнеобъективности", again, again]


@pytest.mark.parametrize("prev, line, expected", [
    ("в ОО муниципального", "образования", True),  # an attribute before its noun
    ("школ, адресные", "рекомендации", True),
    ("формирования грамотности обучающихся", "Ресурсы лучших практик", False),  # a participle as a noun
    ("этап региональный", "Совещание руководителей", False),  # no reading in one gender: not its noun
    ("доли российской", "Федерации", True),
    ("профилактика нарушений", "Порядка проведения", True),  # a capital with no nominative goes on
    ("со стороны Фонда", "«Талант и успех»", True),  # a quoted name after the noun naming its kind
    ("Отчёт представлен.", "«Точка роста» открыта", False),
    ("Наличие", "Плана-графика", True),  # a compound's head word in its case
    ("Сентябрь 2021 г.", "-май 2022 г.", True),  # a range's second half
    ("Сентябрь 2021 г.", "- май 2022 г.", False),  # a dash standing alone may open an item
])
def test_an_attribute_at_a_line_end_goes_on_only_with_a_word_it_agrees_with(prev, line, expected):
    assert wording.goes_on(prev, line) is expected


@pytest.mark.parametrize("first, second", [("Отчёт (по плану", "Методический совет)"),
                                           ('Отчёт "по плану', 'Методический совет"')])
def test_pdf_an_entry_does_not_end_inside_a_bracket(first, second):
    """Capitals open both later lines; a bracket (straight quote) left open holds the first two in one."""
    form = _printed(180, 262, *enumerate([first, second, "Справка"]))
    row = Row([_printed(10, 40), _printed(50, 170, *enumerate(["1. Совещание", "2. Педсовет"])), form,
               _printed(300, 400, (0, "май"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [f"{first}\n{second}", "Справка"]


def test_a_stack_whose_cells_hold_one_entry_each_is_split_when_its_numbers_go_on_from_the_plan():
    """"4." and "5." under "3." in a row with no number of its own (or "6.1.", "6.2." opening a list of
    their own): measures of the plan, each entry beside them shared, not a list inside the previous
    measure's name (nor its name's second part)."""
    from parsers.model import Document, Paragraph
    header = Row([Cell(t, bold=True) for t in ("№", "Наименование мероприятия", "Срок", "Ответственный")], page=1)
    rows = [header, Row([Cell("3."), Cell("Совещание"), Cell("май"), Cell("Директор")], page=1),
            Row([Cell(""), Cell("4. Конкурс чтецов\n5. Форум"), Cell("2020-2022"), Cell("Отдел образования")], page=1)]
    doc = Document(source="x", format="pdf", blocks=[Paragraph("План мероприятий по воспитанию", page=1),
                                                     Table(rows, page_start=1, page_end=1)])
    measures = build_structure(doc).plans[0].measures
    assert [(m.number, m.name, m.get("deadline")) for m in measures] == [
        ("3.", "Совещание", "май"), ("4.", "Конкурс чтецов", "2020-2022"), ("5.", "Форум", "2020-2022")]
    lone = Row([Cell("7"), Cell("1) Анализ\n2) Отчёт"), Cell("декабрь"), Cell("Директор")])
    assert split_stacked(lone, ROLES, measures) is None
    opening = Row([Cell(""), Cell("6.1. Совещание\n6.2. Отчёт"), Cell("2021-2025"), Cell("Директор")])
    assert [_texts(r)[:3] for r in split_stacked(opening, ROLES, measures).rows] == [
        ["6.1.", "Совещание", "2021-2025"], ["6.2.", "Отчёт", "2021-2025"]]
    assert split_stacked(opening, ROLES, []) is None  # no numbered measure before it: nothing says so
