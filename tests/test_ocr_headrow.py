"""The number column's header on a scan keeps its "№" (parsers.ocr.headrow): told by its row, a header
of bold words atop its table, not by its own marks, which a speckled body number cell may show too."""

from __future__ import annotations

from parsers.ocr import numbers
from parsers.ocr.page import OcrCell, OcrPage
from parsers.pdf.text import TextLine


def _cell(text: str, bold: bool = False, readings: list[str] | None = None, colspan: int = 1) -> OcrCell:
    lines = [TextLine(text, 10.0, 10.0 + 6 * len(text), 100.0, 110.0, 10, bold)] if text else []
    return OcrCell(lines, colspan, readings=readings or [])


def _number(text: str, *more: str) -> OcrCell:
    return _cell(text, readings=[text.replace(" ", ""), *more])


def _header(first: str, *more: str, bold: bool = True, words=("Мероприятие", "Сроки", "Ответственные")) -> list:
    return [_number(first, *more)] + [_cell(w, bold) for w in words]


def _body(number: OcrCell, name: str = "Выставка поделок", when: str = "май 2026") -> list:
    return [number, _cell(name), _cell(when), _cell("Отдел культуры")]


def _settled(*tables: list) -> list[list[str]]:
    pages = [OcrPage(number=k + 1, height=800.0, tables=[(0.0, rows)]) for k, rows in enumerate(tables)]
    numbers.settle(pages)
    return [[" ".join(ln.text for ln in row[0].lines) for row in rows] for rows in tables]


def _two_pages(header: list) -> list[list[str]]:
    """A plan's numbers run from one page to the next; the next page repeats the header, whose "№"
    read under digits alone is "1", over a section's title row and the section's first measures."""
    first = [_header("№ п/п"), _body(_number("1.7.", "1.7.")), _body(_number("1.8.", "1.8."))]
    second = [header, [_cell("", colspan=4)], _body(_number("2.1.", "2.1.")), _body(_number("2.2.", "2.2."))]
    return _settled(first, second)


def test_a_repeated_header_of_bold_words_keeps_its_number_sign():
    assert _two_pages(_header("№ п/п", "1"))[1] == ["№ п/п", "", "2.1.", "2.2."]


def _speckled(*cells: OcrCell) -> list:
    """A body number cell "1.9." that a speckled scan first read as marks holding "№"."""
    return [_number("№] д", "1.9.", "1.9."), *cells]


def test_a_speckled_body_number_reading_no_sign_keeps_its_digits_atop_a_page():
    rows = [_speckled(_cell("Выставка поделок"), _cell("май 2026"), _cell("Отдел культуры")),
            _body(_number("1.10.", "1.10."))]
    assert _settled([_header("№ п/п"), _body(_number("1.8.", "1.8."))], rows)[1] == ["1.9.", "1.10."]


def test_a_speckled_number_beside_one_bold_cell_is_a_sections_number_not_a_header():
    rows = [_speckled(_cell("Работа с читателями", bold=True), _cell(""), _cell("")),
            _body(_number("1.10.", "1.10."))]
    assert _settled([_header("№ п/п"), _body(_number("1.8.", "1.8."))], rows)[1] == ["1.9.", "1.10."]


def test_bold_words_beside_a_speckled_number_under_the_tables_numbers_are_no_header():
    rows = [_header("№ п/п"), _body(_number("1.8.", "1.8.")),
            _speckled(_cell("Конкурс", True), _cell("ежегодно", True), _cell("Отдел культуры", True)),
            _body(_number("1.10.", "1.10."))]
    assert _settled(rows)[0] == ["№ п/п", "1.8.", "1.9.", "1.10."]


def test_a_header_whose_words_are_plain_or_hold_digits_is_left_to_the_numbering():
    """Without bold words, or beside a year, the row may be a body row: its number readings count."""
    plain = _two_pages(_header("№ п/п", "1", bold=False))[1][0]
    dated = _two_pages(_header("№ п/п", "1", words=("Мероприятие", "2026 год", "Ответственные")))[1][0]
    assert plain == dated == "1"


def _over_a_page_break(last: OcrCell, under: list) -> list[list[str]]:
    """A plan's section "2." whose first measure ends a page; the next page repeats the header (its "№"
    read under digits alone is "7") over the section's next measures."""
    first = [_header("№ п/п"), _body(_number("1.7.", "1.7.")), _body(_number("1.8.", "1.8.")),
             [_cell("2. Меры по поддержке чтения", True, colspan=4)], _body(last)]
    return _settled(first, [_header("№ па", "7"), *under])


def test_a_number_that_lost_its_stops_over_a_repeated_header_is_told_by_the_number_under_the_header():
    """Every reading of "2.1." lost both stops ("21"); the number below it stands under the header the
    next page repeats, and "2.1." leads to it (and the plan writes its numbers with a final stop)."""
    pages = _over_a_page_break(_number("21", "21", "21"), [_body(_number("22.", "2.2.", "2.2."))])
    assert pages[0][-1] == "2.1."
    assert pages[1][1] == "2.2."


def test_a_repeated_header_keeps_the_plans_stop_style_for_the_numbers_under_it():
    """Under the repeated header, "2.3." read "23" by every reading takes its stops from the plan: the
    header repeats the plan over its next number, it opens no new one."""
    under = [_body(_number("2.2.", "2.2.")), _body(_number("23", "23", "23")), _body(_number("2.4.", "2.4."))]
    pages = _over_a_page_break(_number("2.1.", "2.1."), under)
    assert pages[1][1:] == ["2.2.", "2.3.", "2.4."]
