"""parsers.pdf on the five corpus PDFs, a scan, broken files and small synthetic PDFs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import parsed

from normalizers.language import is_known_word
from parsers.model import Cell, Paragraph, Table
from parsers.pdf import parse
from parsers.pdf.linejoin import glue, join_lines

ROOT = Path(__file__).resolve().parent.parent
PDFS = {
    "000": ROOT / "data/raw/sarov/sarov_2021_order158.pdf",
    "001": ROOT / "tests/fixtures/corpus/smirnykhovsky/smirnykhovsky_2020_2025_program.pdf",
    "002": ROOT / "tests/fixtures/corpus/bashmakovsky/bashmakovsky_msoko_roadmap.pdf",
    "003": ROOT / "tests/fixtures/corpus/sarov/sarov_2021_roadmap_2_3.pdf",
    "004": ROOT / "data/raw/timashevsky/timashevsky_2023_order046.pdf",
}
SCAN = ROOT / "tests/fixtures/scanned/sarov_2021_roadmap_2_3_scan.pdf"


def doc(seed: str):
    return parsed(PDFS[seed])


def rows(seed: str):
    return [row for table in doc(seed).tables for row in table.rows]


def cells(seed: str) -> list[Cell]:
    return [cell for row in rows(seed) for cell in row.cells]


def norm(text: str | None) -> str:
    return re.sub(r"-\s+", "-", " ".join((text or "").split()))


# --- line joining, vocabulary-free rules ---------------------------------------------------------

VOCAB = {"общеобразовательных", "профессиональной", "ой", "по", "данным", "и", "в"}


def fake_word(piece: str) -> bool:
    return piece.lower() in VOCAB


@pytest.mark.parametrize(
    ("prev", "nxt", "expected"),
    [
        ("Август-", "сентябрь ежегодно", True),  # hyphen at the line end
        ("статистико-", "аналитической", True),
        ("Создание кабинетов–", "творческих лабораторий", True),  # dash glued to the word
        ("Январь –", "апрель 2022 г.", False),  # a dash standing alone is punctuation
        ("Октябрь 2021 г.", "- апрель 2022 г.", False),  # a bullet or dash opening the next line
        ("13.10", ".", True),  # digits and punctuation
        ("3.", "1.", True),
        ("2021-2025", "2021", False),  # two years side by side: a period's end over the next entry
        ("Март 2020", "2020-2022", False),
        ("МБОУ Школы №", "№ 10, 17", True),
        ("МБОУ Школа №", "10, МБОУ", False),  # a sign before its number keeps its space
        ("Школы № 10,", "11, 13", False),  # a list goes on after a comma
        ("результатам анализа);", "- информационные", False),
        ("общеобразователь", "ных организаций", True),  # neither piece a word, joined one is
        ("профессиональн", "ой", True),  # the tail alone is known, the head is not
        ("по", "данным", False),  # two words side by side
        ("общеобразователь", "Ных", False),  # a capital opens a new word
        ("в", "т.ч.", False),  # an abbreviation opens the line
        ("Проведение", "совещания", False),
        ("Информационно", "-аналитическая записка", True),  # a compound broken before its hyphen
        ("научно", "- методический", False),  # a dash with a space after it is a bullet
        ("мероприятия:", "-проведение", False),  # a dash bullet after a finished item
        ("план", "-участие", False),  # no linking vowel: a bullet
        ("", "текст", False),
        ("Распоряжения/", "приказы", True),  # a slash glued to both words
        ("в региональных", "/федеральных", True),
        ("приказы /", "распоряжения", False),  # a slash standing alone keeps its spaces
        ("ДСОЦ «Лазурный»", ", ДОЦ «Артек»", True),  # a comma opens no line: the renderer cut before it
        ("МКУ \"Центр\"", "; отдел", True),
        ("открытых уроков «Проектория", "»", True),  # nor with a closing quote or bracket
        ("(метапредметных результатов", ") и", True),
        ("«Проектория»", "(2022 год)", False),
    ],
)
def test_glue(prev, nxt, expected):
    assert glue(prev, nxt, fake_word) is expected


def test_glue_without_vocabulary_never_joins_words():
    assert glue("общеобразователь", "ных", None) is False
    assert glue("Август-", "сентябрь", None) is True


def test_join_lines_keeps_breaks_and_collapses_spaces():
    lines = ["Проведение  совещания для", "руководителей", "общеобразователь", "ных организаций,", "  ", "ВПР-", "11"]
    assert join_lines(lines, fake_word) == [
        "Проведение совещания для",
        "руководителей",
        "общеобразовательных организаций,",
        "ВПР-11",
    ]


def test_known_words_come_from_pymorphy3():
    assert is_known_word("общеобразовательных") and is_known_word("Творческих")
    assert not is_known_word("общеобразователь") and not is_known_word("ных")
    assert not is_known_word("13.10")
    assert glue("профессиональ", "ных интересов", is_known_word)
    assert not glue("на", "уровне", is_known_word)


# --- the five corpus PDFs ------------------------------------------------------------------------


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", sorted(PDFS))
def test_pages_and_block_order(seed):
    d = doc(seed)
    with pdfplumber.open(PDFS[seed]) as pdf:
        assert d.pages == len(pdf.pages)
    assert d.format == "pdf" and d.tables and d.paragraphs
    pages = []
    for block in d.blocks:
        if isinstance(block, Table):
            assert block.page_start == block.page_end  # one Table per page piece
            assert all(row.page == block.page_start for row in block.rows)
            pages.append(block.page_start)
        else:
            pages.append(block.page)
    assert all(1 <= p <= d.pages for p in pages)
    assert pages == sorted(pages)


# Pages that draw table grids (counted from the files' line segments): the order text and the
# closing signature page of 000/004 and the title page of 001 draw none.
GRID_PAGES = {
    "000": set(range(3, 49)),
    "001": set(range(2, 38)),
    "002": set(range(1, 14)),
    "003": set(range(1, 15)),
    "004": set(range(2, 41)),
}


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", sorted(PDFS))
def test_tables_on_the_pages_that_draw_grids(seed):
    assert {t.page_start for t in doc(seed).tables} == GRID_PAGES[seed]


@pytest.mark.slow  # parses the corpus PDFs
def test_order_tables_start_after_the_order_text():
    tables = doc("000").tables
    assert min(t.page_start for t in tables) == 3  # pages 1-2 are the order itself
    assert not [p for p in doc("000").paragraphs if p.page == 1 and p.text.isdigit()]
    header = tables[0].rows[0].cells
    assert [c.text for c in header][:2] == ["№\nп/п", "Наименование мероприятия"]
    assert all(c.bold for c in header)
    assert not tables[0].rows[2].cells[1].bold


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", ["000", "003"])
def test_section_rows_are_one_cell_spanning_the_table(seed):
    sections = [row for row in rows(seed) if len(row.cells) == 1]
    assert len(sections) >= 5
    for row in sections:
        assert row.cells[0].colspan == row.width == 5 and row.cells[0].text


@pytest.mark.slow  # parses the corpus PDFs
def test_section_row_text():
    first = rows("000")[1].cells
    assert len(first) == 1 and first[0].colspan == 5 and not first[0].bold
    assert first[0].paragraphs[0].startswith("1. Мероприятия с работниками органов местного самоуправления")
    assert first[0].text.endswith("направленные на повышение\nкачества подготовки обучающихся")


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", sorted(PDFS))
def test_row_width_matches_the_table_grid(seed):
    for table in doc(seed).tables:
        widths = {row.width for row in table.rows}
        assert len(widths) == 1, table


@pytest.mark.slow  # parses the corpus PDFs
def test_cell_lines_joined_in_real_cells():
    texts_000 = {c.text for c in cells("000")}
    lines_000 = {line for c in cells("000") for line in c.text.split("\n")}
    assert "Август-сентябрь" in lines_000  # hyphen
    assert {"13.10.", "13.11.", "13.12."} <= texts_000  # a number column cut "13.10|."
    assert any("Школы №№ 10, 11, 13" in t for t in texts_000)  # "№|№"
    assert any("кабинетов–творческих лабораторий" in t for t in texts_000)  # dash at the line end
    texts_002 = " ".join(c.text for c in cells("002"))
    assert "общеобразователь\n" not in texts_002 and "общеобразовательных организаций" in texts_002
    for cell in cells("000"):  # paragraphs and lines hold the same words
        assert " ".join(cell.paragraphs).split() == cell.text.split()


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", sorted(PDFS))
def test_name_cells_equal_the_gold(seed):
    """Rows whose number cell is a gold number carry the gold name (pieces cut by a page aside)."""
    gold_path = next((ROOT / "tests/gold/measures").glob(f"{seed}_*.jsonl"))
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    names: dict[str, set[str]] = {}
    for measure in gold:
        if measure["number"]:
            names.setdefault(norm(measure["number"]), set()).add(norm(measure["name"]))
    exact = cut = wrong = 0
    for row in rows(seed):
        if len(row.cells) < 2 or norm(row.cells[0].text) not in names:
            continue
        name = norm(row.cells[1].text)
        candidates = names[norm(row.cells[0].text)]
        if name in candidates:
            exact += 1
        elif any(g.startswith(name) for g in candidates):
            cut += 1  # the rest of the row stands on the next page
        elif any(g[:25] == name[:25] for g in candidates):
            wrong += 1  # the same measure read with a different text
    numbered = sum(1 for m in gold if m["number"])
    assert exact >= 0.75 * numbered and exact + cut >= 0.95 * numbered
    assert wrong <= 0.01 * numbered


@pytest.mark.slow  # parses the corpus PDFs
@pytest.mark.parametrize("seed", sorted(PDFS))
def test_paragraphs_are_text_outside_tables(seed):
    for p in doc(seed).paragraphs:
        assert isinstance(p, Paragraph) and p.text == p.text.strip() and p.text
        assert "  " not in p.text


@pytest.mark.slow  # parses the corpus PDFs
def test_plan_title_is_one_bold_paragraph():
    titles = [p for p in doc("000").paragraphs if p.page == 3 and p.bold]
    assert titles[0].text == (
        'План мероприятий ("дорожная карта" 1.1.) по развитию в Сарове муниципальной системы оценки '
        "качества подготовки обучающихся в городе Сарове на 2021-2022 уч. год"
    )


def _synthetic_pdf(path: Path, draw) -> Path:
    import matplotlib

    matplotlib.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    width, height = 595, 842

    def text(x, y, s, **kw):  # points from the top-left corner, y on the baseline
        fig.text(x / width, 1 - y / height, s, fontsize=10, va="baseline", ha="left", **kw)

    def rule(x0, x1, y):
        fig.add_artist(Line2D([x0 / width, x1 / width], [1 - y / height] * 2, lw=0.7, color="black"))

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure(figsize=(width / 72, height / 72))
        draw(text, rule)
        fig.savefig(path)
        plt.close(fig)
    return path


def _booktabs(text, rule):
    text(72, 60, "Пояснительный текст над таблицей.")
    cells = [  # (baseline, x, text): four rows, the third with a name on two lines
        (100, 76, "№"), (100, 120, "Мероприятие"), (100, 330, "Срок"),
        (120, 76, "1."), (120, 120, "Совещание руководителей"), (120, 330, "Март"),
        (140, 76, "2."), (140, 120, "Семинар для"), (152, 120, "педагогов"), (140, 330, "Апрель"),
        (172, 76, "3."), (172, 120, "Конкурс проектов"), (172, 330, "Май"),
    ]  # fmt: skip
    for y, x, s in cells:
        text(x, y, s, fontweight="bold" if y == 100 else "normal")
    for y in (86, 106, 126, 158, 178):
        rule(70, 420, y)
    lines = [
        "Первая строка подчёркнутого абзаца, в котором",
        "слова стоят как придётся, а строки",
        "подчёркнуты линиями одной длины.",
    ]
    for i, s in enumerate(lines):
        text(72, 300 + i * 16, s)
        rule(72, 380, 302 + i * 16)
    text(290, 810, "7")  # a page number in the bottom margin


def test_table_ruled_only_by_horizontal_lines(tmp_path):
    d = parse(_synthetic_pdf(tmp_path / "booktabs.pdf", _booktabs))
    assert len(d.tables) == 1  # the underlined paragraph is not a table
    table = d.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["№", "Мероприятие", "Срок"],
        ["1.", "Совещание руководителей", "Март"],
        ["2.", "Семинар для\nпедагогов", "Апрель"],
        ["3.", "Конкурс проектов", "Май"],
    ]
    assert all(c.bold for c in table.rows[0].cells) and not table.rows[1].cells[1].bold
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "Пояснительный текст над таблицей."
    assert texts[1].startswith("Первая строка подчёркнутого абзаца") and texts[1].endswith("одной длины.")
    assert "7" not in texts  # the page number is dropped
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Table", "Paragraph"]


def _number_in_body(text, rule):
    text(72, 60, "Итого мероприятий:")
    text(72, 90, "12")  # a number alone, but in the body of the page: kept
    text(72, 120, "Конец.")
    text(290, 30, "3")  # a page number at the top


def test_page_number_only_dropped_at_the_margin(tmp_path):
    d = parse(_synthetic_pdf(tmp_path / "numbers.pdf", _number_in_body))
    assert [p.text for p in d.paragraphs] == ["Итого мероприятий:", "12", "Конец."]
    assert not d.tables


@pytest.mark.slow  # parses the corpus PDFs
def test_cell_paragraphs_follow_where_printed_lines_stop():
    """A wrapped title stays one paragraph; the text after a line that stops short starts another."""
    from parsers.pdf import parse

    document = parse(ROOT / "data" / "raw" / "timashevsky" / "timashevsky_2023_order046.pdf")
    one_cell = [r.cells[0] for t in document.tables for r in t.rows
                if len(r.cells) == 1 and r.cells[0].text.startswith("Обоснование принимаемых мер")]
    assert one_cell
    first = one_cell[0].paragraphs[0]
    assert first.endswith("Методическое сопровождение педагогических кадров.")
    assert len(one_cell[0].paragraphs) > 1
    assert "\n" in one_cell[0].text
