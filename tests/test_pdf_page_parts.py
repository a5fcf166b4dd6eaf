"""A plan's parts a page break parts: a two-row header whose rows fall on two pages, a merged cell the
renderer closes at a page's foot."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Document, Paragraph, Row, Table
from parsers.pdf.headsplit import join_split_headers


def _header_cell(text: str, x0: float, x1: float, top: float, bold: bool = True) -> Cell:
    return Cell(text, [text] if text else [], bold=bold and bool(text), box=(x0, top, x1, top + 20))


def test_a_two_row_header_parted_by_a_page_opens_the_next_page_whole():
    """The upper row of a two-row header alone at a page's foot (its columns guessed from its words:
    the group cell looks like one column), the lower row atop the next page: one header, the group
    cell spanning the two columns under it, the others merged down."""
    upper = Row([_header_cell("№", 110, 166, 533), _header_cell("Мероприятие", 166, 334, 533),
                 _header_cell("Организация исполнения", 334, 588, 533),
                 _header_cell("Результат", 588, 701, 533)], page=1)
    lower = Row([_header_cell("", 56, 128, 78), _header_cell("", 128, 306, 78), _header_cell("Сроки", 306, 438, 78),
                 _header_cell("Ответственный", 438, 591, 78), _header_cell("", 591, 724, 78)], page=2)
    body = Row([_header_cell(t, x, x + 100, 102, bold=False) for t, x in (("1", 56), ("Семинар", 157))], page=2)
    first, second = Table([upper], page_start=1, page_end=1), Table([lower, body], page_start=2, page_end=2)
    blocks = [Paragraph("План", page=1), first, second]
    join_split_headers(blocks)
    assert blocks == [blocks[0], second]
    assert [(c.text, c.colspan) for c in second.rows[0].cells] == [
        ("№", 1), ("Мероприятие", 1), ("Организация исполнения", 2), ("Результат", 1)]
    assert [(c.text, c.vmerged) for c in second.rows[1].cells] == [
        ("№", True), ("Мероприятие", True), ("Сроки", False), ("Ответственный", False), ("Результат", True)]
    # a header printed again at the next page's top splits no group cell: both stay
    again = Row([replace(c) for c in upper.cells], page=2)
    first, second = Table([upper], page_start=1, page_end=1), Table([again, body], page_start=2, page_end=2)
    join_split_headers(blocks := [first, second])
    assert blocks == [first, second] and first.rows == [upper]



def test_a_header_parted_inside_its_merged_cells_joins_their_words():
    """The page parts the header under its group cell while the cells merged over both rows print on:
    their rest atop the next page ("мероприятия", lowercase) joins their start at the foot; a capital
    word outside the group is a cell of its own, no such rest, and the rows stay apart."""
    def rows(rest: str) -> tuple[Row, Row]:
        upper = Row([_header_cell("№", 100, 160, 530), _header_cell("Наименование", 160, 330, 530),
                     _header_cell("Исполнение", 330, 590, 530), _header_cell("Форма", 590, 700, 530)], page=1)
        lower = Row([_header_cell("", 56, 128, 56), _header_cell(rest, 128, 306, 56),
                     _header_cell("Результат", 306, 438, 56), _header_cell("Ответственный", 438, 591, 56),
                     _header_cell("реализации", 591, 724, 56)], page=2)
        return upper, lower
    body = Row([_header_cell(t, x, x + 100, 102, bold=False) for t, x in (("1", 56), ("Семинар", 157))], page=2)
    upper, lower = rows("мероприятия")
    first, second = Table([upper], page_start=1, page_end=1), Table([lower, body], page_start=2, page_end=2)
    join_split_headers(blocks := [first, second])
    assert blocks == [second]
    assert [(c.text, c.colspan) for c in second.rows[0].cells] == [
        ("№", 1), ("Наименование мероприятия", 1), ("Исполнение", 2), ("Форма реализации", 1)]
    assert [c.text for c in second.rows[1].cells] == [
        "№", "Наименование мероприятия", "Результат", "Ответственный", "Форма реализации"]
    upper, lower = rows("Мероприятие")
    first, second = Table([upper], page_start=1, page_end=1), Table([lower, body], page_start=2, page_end=2)
    join_split_headers(blocks := [first, second])
    assert blocks == [first, second] and first.rows == [upper]

def _plan_pages(merges: bool, sub_item: bool = False, last_merged: bool = False) -> Document:
    """A plan over two pages, its deadline column merged down once on page 1 when `merges`; the last
    measure of page 1 has a deadline (under a merge when `last_merged`), the first of page 2 none (a
    sub-item under it when `sub_item`)."""
    def row(number: str, name: str, deadline: str, page: int, merged: bool = False) -> Row:
        return Row([Cell(number), Cell(name), Cell(deadline, vmerged=merged), Cell("Управление образования")],
                   page=page)
    header = Row([Cell(t, bold=True) for t in ("№", "Наименование мероприятия", "Срок", "Ответственный")], page=1)
    first = [header, row("1.", "Совещание", "Май", 1), row("2.", "Семинар", "Май" if merges else "Июнь", 1, merges),
             row("3.", "Конкурс", "2021", 1, last_merged)]
    return Document(source="x", format="pdf", blocks=[
        Paragraph("План мероприятий по развитию системы оценки качества", page=1),
        Table(first, page_start=1, page_end=1),
        Table([row("4.", "Форум", "", 2)] + ([row("4.1.", "Секция", "Март", 2)] if sub_item else []),
              page_start=2, page_end=2)])


def test_a_merge_a_page_break_hides_goes_on_in_a_column_the_plan_merges():
    """The renderer closes a merged cell at the page's foot: the next page's first measure, its cell
    empty, takes the text above only in a column the plan merges elsewhere."""
    from pipeline.structure import build_structure
    for merges, expected in ((True, "2021"), (False, None)):
        measures = build_structure(_plan_pages(merges)).plans[0].measures
        assert [m.get("deadline") for m in measures][-1] == expected
    measures = build_structure(_plan_pages(True, sub_item=True)).plans[0].measures
    assert [m.get("deadline") for m in measures][-2:] == [None, "Март"]  # a group item leaves its cells


def test_a_merge_running_to_a_page_foot_stops_at_a_group_item_atop_the_next_page():
    """The last row of page 1 lies under a merge: the first row of page 2 goes on under it, unless its
    sub-items follow ("4." over "4.1."): a group item leaves its cells to them."""
    from pipeline.structure import build_structure
    measures = build_structure(_plan_pages(False, last_merged=True)).plans[0].measures
    assert [m.get("deadline") for m in measures][-1] == "2021"
    measures = build_structure(_plan_pages(False, sub_item=True, last_merged=True)).plans[0].measures
    assert [m.get("deadline") for m in measures][-2:] == [None, "Март"]


def test_a_two_row_header_the_page_cuts_in_its_lower_row_opens_the_next_page_whole():
    """Both rows of a two-row header at a page's foot, the page cutting the lower one ("Ответствен" |
    "ный") and the cells merged over both ("Содержание" | "мероприятия"); the lower row's merged cells
    have no box of their own. The whole header opens the next page's table, its merged cells named
    alike in both rows; the table left at the foot is dropped."""
    from normalizers.language import is_known_word
    from parsers.pdf.headcut import join_cut_header_rows

    group = Row([_header_cell("№", 51, 151, 694), _header_cell("Содержание", 151, 251, 694),
                 replace(_header_cell("Исполнение", 251, 450, 694), colspan=2),
                 _header_cell("Планируемый", 450, 550, 694)], page=1)
    lower = Row([replace(_header_cell(t, 0, 0, 0), box=None, vmerged=True) if t in ("№", "Содержание", "Планируемый")
                 else _header_cell(t, a, b, 717) for t, a, b in (("№", 0, 0), ("Содержание", 0, 0), ("Срок", 251, 350),
                                                                 ("Ответствен", 350, 450), ("Планируемый", 0, 0))],
                page=1)
    rest = Row([_header_cell(t, a, b, 57) for t, a, b in (("", 51, 151), ("мероприятия", 151, 251),
                                                          ("исполнения", 251, 350), ("ный", 350, 450),
                                                          ("результат", 450, 550))], page=2)
    body = Row([_header_cell(t, a, b, 103, bold=False) for t, a, b in (("1.1.", 51, 151), ("Семинар", 151, 251))],
               page=2)
    foot, top = Table([group, lower], page_start=1, page_end=1), Table([rest, body], page_start=2, page_end=2)
    blocks = [Paragraph("План мероприятий", page=1), foot, top]
    join_cut_header_rows(blocks, is_known_word)
    assert blocks == [blocks[0], top]
    assert [c.text for c in top.rows[0].cells] == ["№", "Содержание мероприятия", "Исполнение", "Планируемый результат"]
    assert [(c.text, c.vmerged) for c in top.rows[1].cells] == [
        ("№", True), ("Содержание мероприятия", True), ("Срок исполнения", False), ("Ответственный", False),
        ("Планируемый результат", True)]
    assert top.rows[2] is body


def test_a_page_start_row_without_a_deadline_stays_apart_where_the_geometry_says_no_row_was_cut():
    """The page's first row has no number and no deadline (merged down over the page break from the
    measure above) but an executor of its own: the page's geometry says whether the page before cut
    the row above (it goes on) or ended with it whole (a measure of its own); without it (None) the
    missing deadline is taken for a cut row's, a guess. A colon inside the quoted title above
    introduces no items."""
    from pipeline.structure import build_structure

    def plan(continued: bool | None, name: str = "Проведение стола «Механизмы управления: анализ»") -> Document:
        header = Row([Cell(t, bold=True) for t in ("№", "Мероприятие", "Срок", "Ответственный")], page=1)
        above = Row([Cell("5.5."), Cell(name), Cell("Ежегодно"), Cell("Отдел образования")], page=1)
        first = Row([Cell(""), Cell("Формирование базы кадрового резерва"), Cell(""), Cell("Распоряжение УО")],
                    page=2, continued=continued)
        return Document(source="x", format="pdf", blocks=[
            Paragraph("План мероприятий по развитию системы оценки качества", page=1),
            Table([header, above], page_start=1, page_end=1), Table([first], page_start=2, page_end=2)])

    names = [m.name for m in build_structure(plan(False)).plans[0].measures]
    assert names == ["Проведение стола «Механизмы управления: анализ»", "Формирование базы кадрового резерва"]
    for continued in (True, None):
        assert len(build_structure(plan(continued)).plans[0].measures) == 1
    # a colon outside quotes introduces items the rows below may hold: the row goes on that name
    assert len(build_structure(plan(False, "Проведение мероприятий:")).plans[0].measures) == 1
