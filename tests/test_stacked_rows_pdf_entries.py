"""Stacked rows in PDF (pipeline/structure/stacked.py, printed.py, wording.py): a cell's printed lines
cut into one entry per measure by line breaks, blank grid lines, capitals and grammar."""

from __future__ import annotations

import pytest
from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, PrintedLine, Row
from pipeline.structure import wording
from pipeline.structure.stacked import split_stacked


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


def test_pdf_an_executor_repeated_for_each_measure_is_cut_where_the_entries_read_the_same():
    """Capitals open every line: the cut that leaves the same executor for each measure wins."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"), (2, "3. Отчёт")),
               _printed(180, 250, (0, "Управление"), (1, "образования"), (2, "Методический кабинет"),
                        (3, "Управление"), (4, "образования"), (5, "Методический кабинет"),
                        (6, "Управление"), (7, "образования"), (8, "Методический кабинет")),
               _printed(300, 400, (0, "май"), (1, "июнь"), (2, "июль"))])
    assert {_texts(r)[2] for r in split_stacked(row, ROLES).rows} == {"Управление\nобразования\nМетодический кабинет"}


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
    ("Сентябрь - февраль", "2021", True),  # a month's year
    ("Сентябрь - февраль", "2020-2022", False),  # a period of years alone: an entry of its own
    ("май", "2020 - 2022 гг.", False),
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


def test_pdf_guillemets_closed_together_by_one_end_the_entry():
    """«О внесении изменений в «дорожную карту» is closed: Russian typing drops the outer guillemet
    where both end together, so the capital under it opens the next measure's entry."""
    result = _printed(180, 290, (0, "Распоряжение «О"), (1, "внесении изменений"), (2, "в «дорожную карту»"),
                      (3, "Приказ о кадрах"))
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")), result,
               _printed(340, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "Распоряжение «О\nвнесении изменений\nв «дорожную карту»", "Приказ о кадрах"]


def test_pdf_a_month_under_a_year_opens_the_next_date():
    """"1 квартал 2024" fills its line: a date ends with its year, so "июнь" under it, no comma between,
    opens the next measure's date though it is written in lowercase."""
    dates = _printed(180, 270, (0, "3 квартал 2023,"), (1, "1 квартал 2024"), (2, "июнь и июль"), (3, "2024 год"))
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")), dates,
               _printed(300, 400, (0, "Директор"), (1, "Завуч"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "3 квартал 2023,\n1 квартал 2024", "июнь и июль\n2024 год"]


def test_pdf_a_comma_pushed_onto_the_next_line_goes_back_to_its_word():
    """The renderer pushed ", ОО" over: the entry reads "образования, ОО", not "образования , ОО"."""
    executors = _printed(180, 270, (0, "Департамент"), (1, "образования"), (2, ", ОО"), (3, "Директор"))
    name = _printed(50, 170, (0, "1. Совещание с"), (1, "классными"), (2, "руководителями"), (3, "2. Педсовет"))
    row = Row([_printed(10, 40), name, executors, _printed(300, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Департамент\nобразования, ОО", "Директор"]


def test_pdf_a_lowercase_line_worded_as_another_entry_opens_one_too():
    """"в соответствии с" opens the third measure's entry for certain (the word before it would have
    fitted above); the same words after "Раз в полугодии", filled to the edge, open the second's, though
    in lowercase, rather than leave the last measure blank."""
    names = _printed(50, 170, (0, "1. Собеседование"), (1, "директоров"), (2, "2. Сопровождение"),
                     (3, "3. Перепроверка"))
    deadlines = _printed(180, 272, (0, "Раз в полугодии"), (1, "в соответствии с"), (2, "графиком"),
                         (3, "в соответствии с"), (4, "графиком"), (5, "проведения"))
    row = Row([_printed(10, 40), names, deadlines, _printed(300, 400, (0, "УО"), (1, "ОО"), (2, "УО"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "Раз в полугодии", "в соответствии с\nграфиком", "в соответствии с\nграфиком\nпроведения"]


def test_pdf_a_body_cut_to_its_capitals_says_nothing_of_a_break():
    """"ОбОО" opens a line as a capitalised word would, but a name cut to its capitals goes on an executor
    list as often as it opens one: the break goes before the capitalised word ("Методисты"), lines
    filled to the edge giving no other clue."""
    row = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "директоров"), (2, "школ"),
                                          (3, "2. Педсовет")),
               _printed(180, 250, (0, "май"), (1, "июнь")),
               _printed(300, 382, (0, "Руководители"), (1, "ОбОО города"), (2, "Методисты"))])
    assert [_texts(r)[3] for r in split_stacked(row, ROLES).rows] == ["Руководители\nОбОО города", "Методисты"]
