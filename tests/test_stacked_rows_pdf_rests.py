"""A stack's rest at a page's top that a reader without rules parted inside a name, down to the
page's foot (pipeline/structure/stackcut.py): the parts are the rest's, and the stack goes on."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Row, Table
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked


def _opening_rows() -> tuple[Row, Row, Row]:
    """The header, a stack cut at the first page's foot ("1. Совещание с" beside two deadlines) and the
    first line of its name going on at the second page's top."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с")), _printed(180, 290, (0, "январь"),
                                                                                    (1, "март")),
                 _printed(300, 400, (0, "Директор"))], page=1, cut=True)
    middle = Row([_printed(10, 40), _printed(50, 170, (0, "классными"), page_top=50), _printed(180, 290),
                  _printed(300, 400)], page=2)
    return header, upper, middle


def test_a_stack_rest_the_reader_parted_inside_a_name_at_the_page_foot_goes_on_at_the_next_page():
    """The second page holds nothing but the first measure's name: the reader without rules parts it
    where a line opens with a capital after a line the renderer wrapped (its wrap space written),
    and that part, cut at the foot, goes on at the third page's top with "2. Педсовет": the stack
    is joined over all three pages. A line with room for the wrap space and none ended its
    paragraph: an unnumbered measure's name may open under it, and the rows stay apart."""
    header, upper, middle = _opening_rows()
    parted = Row([_printed(10, 40), _printed(50, 170, (1, "Методическое"), page_top=50), _printed(180, 290),
                  _printed(300, 400)], page=2, cut=True)
    lower = Row([_printed(10, 40), _printed(50, 170, (0, "объединение"), (1, "2. Педсовет"), page_top=50),
                 _printed(180, 290), _printed(300, 400)], page=3)
    wrapped = replace(middle.cells[1], lines=[replace(middle.cells[1].lines[0], end_space=3.0)])
    for cell, rows in ((middle.cells[1], [3, 2]), (wrapped, [1, 1])):  # the joined one last
        tables = [Table([replace(header, page=1), upper], 1, 1),
                  Table([replace(header, page=2), replace(middle, cells=[middle.cells[0], cell, *middle.cells[2:]]),
                         parted], 2, 2),
                  Table([replace(header, page=3), lower], 3, 3)]
        first, *rest = join_cut_stacks(tables)
        assert [len(t.rows) for t in rest] == rows
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными\nМетодическое\nобъединение", "январь"], ["Педсовет", "март"]]


def test_a_name_only_row_the_page_does_not_cut_is_not_taken_into_the_rest_above_it():
    """The same second page, its part not cut at the foot ("2. Педсовет" under it, nothing beside
    it): nothing but geometry could say the part goes on with the name above it, and here it cannot
    (a line far short of the edge over a capital): the rows stay as the reader parted them."""
    header, upper, middle = _opening_rows()
    parted = Row([_printed(10, 40), _printed(50, 170, (1, "Методическое"), page_top=50), _printed(180, 290),
                  _printed(300, 400)], page=2)
    own = Row([_printed(10, 40), _printed(50, 170, (2, "2. Педсовет"), page_top=50), _printed(180, 290),
               _printed(300, 400)], page=2)
    first, second = join_cut_stacks([Table([replace(header, page=1), upper], 1, 1),
                                     Table([replace(header, page=2), middle, parted, own], 2, 2)])
    assert len(first.rows) == 2
    assert [_texts(r)[1] for r in second.rows[1:]] == ["классными", "Методическое", "2. Педсовет"]


def _stack_over(rest: str, wrapped: bool) -> list[Table]:
    """A stack of two measures ending at the first page's foot (its second name's last line with the
    wrap space a renderer writes or none) and a row holding nothing but `rest` at the next page's top."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    name = _printed(50, 170, (0, "1. Совещание с"), (1, "классными"), (2, "2. Проверка"), (3, "журналов"))
    if wrapped:
        name = replace(name, lines=[*name.lines[:-1], replace(name.lines[-1], end_space=3.0)])
    upper = Row([_printed(10, 40), name, _printed(180, 290, (0, "январь"), (2, "март")),
                 _printed(300, 400, (0, "Директор"))], page=1, cut=True)
    lower = Row([_printed(10, 40), _printed(50, 170, (0, rest), page_top=50), _printed(180, 290),
                 _printed(300, 400)], page=2, continued=True)
    return [Table([replace(header, page=1), upper], 1, 1), Table([replace(header, page=2), lower], 2, 2)]


def test_an_unnumbered_name_opening_as_a_measure_under_a_stack_ended_at_the_page_foot_is_its_own_row():
    """A name only, no number, at the next page's top: a capitalised nominative ("Участие …") under a
    last name that ends its paragraph (no wrap space) is a measure of its own, left unnumbered; after
    a wrapped line, or opening with a word no measure's name opens with, it is the name going on."""
    for rest, wrapped, rows in (("Участие в семинаре", False, [2, 2]), ("Участие в семинаре", True, [2, 1]),
                                ("Педагогического совета", False, [2, 1])):
        first, second = join_cut_stacks(_stack_over(rest, wrapped))
        assert [len(first.rows), len(second.rows)] == rows
        if rows[1] == 1:
            assert first.rows[-1].cells[1].text.endswith(f"2. Проверка\nжурналов\n{rest}")
        else:
            assert _texts(second.rows[1])[1] == rest


def test_a_stack_the_reader_parted_above_the_page_cut_is_joined_whole_with_its_rest():
    """A stack of three cut by the page, parted by a reader without rules where "2. Проверка" opens: the
    first part holds every deadline and two executors, the page's last part one executor beside two
    names with the rest ("3. Педсовет") overleaf. The last part with the rest alone lines up with
    nothing; the two parts with the rest line up, one deadline and one executor a measure."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    head = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "классными")),
                _printed(180, 290, (0, "январь"), (1, "март"), (2, "май")),
                _printed(300, 400, (0, "Директор"), (1, "Завуч"))], page=1)
    part = Row([_printed(10, 40), _printed(50, 170, (2, "2. Проверка"), (3, "журналов")), _printed(180, 290),
                _printed(300, 400, (2, "Методист"))], page=1)
    rest = Row([_printed(10, 40), _printed(50, 170, (0, "3. Педсовет"), page_top=50), _printed(180, 290),
                _printed(300, 400)], page=2)
    first, second = join_cut_stacks([Table([replace(header, page=1), head, part], 1, 1),
                                     Table([replace(header, page=2), rest], 2, 2)])
    assert [len(first.rows), len(second.rows)] == [2, 1]
    assert [_texts(r)[1:] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными", "январь", "Директор"], ["Проверка\nжурналов", "март", "Завуч"],
        ["Педсовет", "май", "Методист"]]
    alone = replace(head, cells=[head.cells[0], _printed(50, 170, (0, "1. Совещание"), (1, "2. Отчёт")),
                                 _printed(180, 290, (0, "январь"), (1, "март")),
                                 _printed(300, 400, (0, "Директор"), (1, "Завуч"))])  # a stack of its own above
    later = [replace(part, cells=[part.cells[0], _printed(50, 170, (2, "3. Проверка"), (3, "журналов")),
                                  *part.cells[2:]]),
             replace(rest, cells=[rest.cells[0], _printed(50, 170, (0, "4. Педсовет"), page_top=50), *rest.cells[2:]])]
    first, _ = join_cut_stacks([Table([replace(header, page=1), alone, later[0]], 1, 1),
                                Table([replace(header, page=2), later[1]], 2, 2)])
    assert [_texts(r)[1] for r in first.rows[1:]] == ["1. Совещание\n2. Отчёт", "3. Проверка\nжурналов\n4. Педсовет"]


def test_a_stack_over_three_pages_whose_middle_part_the_reader_parted_is_joined_whole():
    """A stack of three over three pages: the first page holds the first name's first line beside every
    deadline, the second the name's rest and "2. Проверка" (parted, an executor beside it), the third
    "3. Педсовет". The first page's row alone holds entries for more measures than its one name, the
    second page's parts reach its foot and the name atop the third page goes on their numbers: all is
    one row, as the stack was typeset. With the third page opening a list of its own, the parts stay."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с")),
                 _printed(180, 290, (0, "январь"), (1, "март"), (2, "май")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"))], page=1, cut=True)
    rest = Row([_printed(10, 40), _printed(50, 170, (0, "классными"), page_top=50), _printed(180, 290),
                _printed(300, 400)], page=2, continued=True)
    part = Row([_printed(10, 40), _printed(50, 170, (1, "2. Проверка"), (2, "журналов"), page_top=50),
                _printed(180, 290), _printed(300, 400, (1, "Методист"), page_top=50)], page=2)
    for third, rows in (("3. Педсовет", [2, 1, 1]), ("1. Педсовет", [2, 3, 2])):
        last = Row([_printed(10, 40), _printed(50, 170, (0, third), page_top=50), _printed(180, 290),
                    _printed(300, 400)], page=3)
        out = join_cut_stacks([Table([replace(header, page=1), upper], 1, 1),
                               Table([replace(header, page=2), rest, part], 2, 2),
                               Table([replace(header, page=3), last], 3, 3)])
        assert [len(t.rows) for t in out] == rows
        if third.startswith("3."):
            assert _texts(out[0].rows[-1])[1:] == ["1. Совещание с\nклассными\n2. Проверка\nжурналов\n3. Педсовет",
                                                   "январь\nмарт\nмай", "Директор\nЗавуч\nМетодист"]
        else:
            assert _texts(out[1].rows[-1])[1] == "2. Проверка\nжурналов"


def test_a_stack_parted_down_to_the_page_foot_joins_whole_when_the_next_page_goes_on_its_numbers():
    """Under an ordinary row, a stack of four parted by a reader without rules at each number down to
    the page's foot ("2. Совещание с" beside every deadline, "3. Проверка" and "4. Отчёт" an executor
    each), the last part not cut by the page (its last name ended there): "5. Педсовет" atop the next
    page goes on the parts' numbers, so the parts reached the foot and all is one row with it. A next
    page opening a list of its own ("1. Педсовет") leaves the parts as they are."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    plain = Row([_printed(10, 40, (0, "1.")), _printed(50, 170, (0, "Отчёт")), _printed(180, 290, (0, "декабрь")),
                 _printed(300, 400, (0, "Директор"))], page=1)
    head = Row([_printed(10, 40), _printed(50, 170, (1, "2. Совещание с"), (2, "классными")),
                _printed(180, 290, (1, "январь"), (2, "март"), (3, "май"), (4, "июнь")),
                _printed(300, 400, (1, "Директор"), (2, "Завуч"))], page=1)
    parts = [Row([_printed(10, 40), _printed(50, 170, (3, "3. Проверка"), (4, "журналов")), _printed(180, 290),
                  _printed(300, 400, (3, "Методист"))], page=1),
             Row([_printed(10, 40), _printed(50, 170, (5, "4. Отчёт")), _printed(180, 290),
                  _printed(300, 400, (5, "Психолог"))], page=1)]
    for top, rows in (("5. Педсовет", [3, 1]), ("1. Педсовет", [5, 2])):
        last = Row([_printed(10, 40), _printed(50, 170, (0, top), page_top=50), _printed(180, 290),
                    _printed(300, 400)], page=2)
        first, second = join_cut_stacks([Table([replace(header, page=1), plain, head, *parts], 1, 1),
                                         Table([replace(header, page=2), last], 2, 2)])
        assert [len(first.rows), len(second.rows)] == rows
    assert [_texts(r)[1] for r in first.rows[2:]] == ["2. Совещание с\nклассными", "3. Проверка\nжурналов", "4. Отчёт"]
    first, _ = join_cut_stacks([Table([replace(header, page=1), plain, head, *parts], 1, 1),
                                Table([replace(header, page=2), replace(last, cells=[
                                    last.cells[0], _printed(50, 170, (0, "5. Педсовет"), page_top=50),
                                    *last.cells[2:]])], 2, 2)])
    assert _texts(first.rows[-1])[1:] == ["2. Совещание с\nклассными\n3. Проверка\nжурналов\n4. Отчёт\n5. Педсовет",
                                          "январь\nмарт\nмай\nиюнь", "Директор\nЗавуч\nМетодист\nПсихолог"]
