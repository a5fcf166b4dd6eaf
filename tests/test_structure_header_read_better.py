"""A plan's header whose first print a reader without rules read one column short (the cells of its lower
row joined under the group cell, few rows under it on the page): the same header printed again on the next
pages, every column named, is the plan's header from there on, and the measures overleaf keep their
deadlines and executors in their own fields."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

TITLE = "План работы по развитию школьных библиотек на 2024-2026 годы"
GROUP = ["№", "Содержание работы", "Организация работы", "Планируемый результат"]
LOWER = ["Сроки", "Ответственные"]


def _row(*texts: str, page: int, spans: tuple[int, ...] | None = None) -> Row:
    spans = spans or (1,) * len(texts)
    return Row([Cell(t, [t] if t else [], colspan=s) for t, s in zip(texts, spans, strict=True)], page)


def _table(*rows: Row) -> Table:
    return Table(list(rows), page_start=rows[0].page, page_end=rows[-1].page)


def _first_page() -> list:
    """The header's lower row read into the group cell: four columns."""
    joined = f"{GROUP[2]}\n{' '.join(LOWER)}"
    return [Paragraph(TITLE, bold=True, page=1),
            _table(_row(GROUP[0], GROUP[1], joined, GROUP[3], page=1),
                   _row("1.", "Опрос читателей", "Март 2024 Библиотекарь", "Отчет", page=1))]


def _page(page: int, *measures: tuple[str, str]) -> Table:
    """A later page: the header printed again, two rows, five columns."""
    return _table(_row(*GROUP, page=page, spans=(1, 1, 2, 1)), _row("№", GROUP[1], *LOWER, GROUP[3], page=page),
                  *(_row(n, name, "Май 2024", "Методист", "Справка", page=page) for n, name in measures))


def _read(*blocks) -> list:
    return build_structure(Document("layout", "pdf", list(blocks))).plans


def test_the_header_printed_again_naming_every_column_reads_the_pages_after_it():
    plans = _read(*_first_page(), _page(2, ("2.", "Выставка новинок"), ("3.", "Обзор фонда")),
                  _page(3, ("4.", "Встреча с автором"),))
    assert len(plans) == 1
    later = [(m.number, m.name, m.get("deadline"), m.get("executors"), m.get("result")) for m in plans[0].measures[1:]]
    assert later == [("2.", "Выставка новинок", "Май 2024", "Методист", "Справка"),
                     ("3.", "Обзор фонда", "Май 2024", "Методист", "Справка"),
                     ("4.", "Встреча с автором", "Май 2024", "Методист", "Справка")]


def test_a_header_printed_again_naming_fewer_columns_leaves_the_plan_header_as_it_was():
    """The first print read whole; a page reading one column short does not take its place."""
    whole = [Paragraph(TITLE, bold=True, page=1), _page(1, ("1.", "Опрос читателей"))]
    short = _table(_row(GROUP[0], GROUP[1], f"{GROUP[2]} {' '.join(LOWER)}", GROUP[3], page=2),
                   _row("2.", "Выставка новинок", "Май 2024 Методист", "Справка", page=2))
    plans = _read(*whole, short, _page(3, ("3.", "Обзор фонда"),))
    assert len(plans) == 1
    assert [(m.name, m.get("deadline"), m.get("executors")) for m in (plans[0].measures[0], plans[0].measures[-1])] == [
        ("Опрос читателей", "Май 2024", "Методист"), ("Обзор фонда", "Май 2024", "Методист")]
