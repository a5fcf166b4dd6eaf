"""DOCX parser: the five real orders (against python-docx and the gold measures) and small built files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from docx.table import Table as DocxTable
from docx_builders import W_NS, _grid, _lvl, _numbered_p, _numbering, _p, _styled_p, _styles, _tc, make_docx

from parsers import docx as docx_parser
from parsers.model import Paragraph, Table

ROOT = Path(__file__).resolve().parents[1]
DOCX_FILES = sorted((ROOT / "data/raw").glob("*/*.docx")) + \
    sorted((ROOT / "tests/fixtures/corpus").glob("*/*.docx"))
GOLD = ROOT / "tests/gold/measures"
SEEDS = {"000": "sarov_2021_order158", "001": "smirnykhovsky_2020_2025_program",
         "002": "bashmakovsky_msoko_roadmap", "003": "sarov_2021_roadmap_2_3",
         "004": "timashevsky_2023_order046"}


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def gold(seed: str) -> list[dict]:
    path = next(GOLD.glob(f"{seed}_*.jsonl"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def docx_of(seed: str) -> Path:
    return next(p for p in DOCX_FILES if p.stem == SEEDS[seed])


_parsed: dict[Path, object] = {}


def parsed(path: Path):
    if path not in _parsed:
        _parsed[path] = docx_parser.parse(path)
    return _parsed[path]


def test_all_five_docx_files_are_present():
    assert sorted(p.stem for p in DOCX_FILES) == sorted(SEEDS.values())


# ---- the real orders ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: p.stem)
def test_blocks_follow_the_body_order(path):
    """Same sequence of paragraphs and tables as python-docx's own body walk, empty paragraphs dropped."""
    expected = []
    for item in docx.Document(str(path)).iter_inner_content():
        if isinstance(item, DocxTable):
            expected.append(("table", len(item.rows)))
        elif item.text.strip():
            expected.append(("paragraph", item.text.strip()))
    doc = parsed(path)
    got = [("table", len(b.rows)) if isinstance(b, Table) else ("paragraph", b.text) for b in doc.blocks]
    assert got == expected
    assert doc.format == "docx" and doc.pages is None
    assert len(doc.tables) > 5


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_gold_measures_appear_in_document_order(seed):
    """Every numbered gold measure starts a row (number cell, name cell) after the previous one."""
    rows = [[norm(c.text) for c in r.cells] for t in parsed(docx_of(seed)).tables for r in t.rows]
    position, found, numbered = 0, 0, [g for g in gold(seed) if g["number"] is not None]
    for measure in numbered:
        number, name = norm(measure["number"]), norm(measure["name"])
        for j in range(position, len(rows)):
            row = rows[j]
            if row[0] == number and len(row) > 1 and row[1] and name.startswith(row[1]):
                position, found = j + 1, found + 1
                break
    assert found == len(numbered)


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: p.stem)
def test_merged_cells_come_out_once_with_their_colspan(path):
    """Rows fill the table's grid: a gridSpan cell is one cell with colspan, never repeated text."""
    xml_tables = docx.Document(str(path)).element.body.findall(f"{{{W_NS}}}tbl")
    tables = parsed(path).tables
    assert len(xml_tables) == len(tables)
    spanning = 0
    for xml_table, table in zip(xml_tables, tables, strict=True):
        grid_width = len(xml_table.findall(f"{{{W_NS}}}tblGrid/{{{W_NS}}}gridCol"))
        for row in table.rows:
            assert row.width == grid_width
            spanning += sum(1 for c in row.cells if c.colspan > 1)
            texts = [c.text for c in row.cells if c.text]
            assert all(a != b for a, b in zip(texts, texts[1:], strict=False))
    assert spanning > 0


def test_section_rows_are_one_cell_across_the_table():
    """Bashmakovsky: the gold's "Направление «…»" section rows are single cells across all 5 columns."""
    sections = {norm(g["section"]) for g in gold("002") if g["section"]}
    rows = [r for t in parsed(docx_of("002")).tables for r in t.rows]
    section_rows = [r for r in rows if norm(r.cells[0].text) in sections]
    assert len(section_rows) >= 5
    for row in section_rows:
        assert len(row.cells) == 1 and row.cells[0].colspan == 5 and row.width == 5


@pytest.mark.parametrize("seed", ["000", "002", "003"])
def test_plan_titles_are_bold_paragraphs(seed):
    """Plan titles of these orders are bold heading paragraphs; each paragraph of a title is bold."""
    paragraphs = parsed(docx_of(seed)).paragraphs
    titles = {norm(g["plan_title"]) for g in gold(seed)}
    for title in titles:
        run = _paragraph_run_spelling(paragraphs, title)
        assert run, title
        assert all(p.bold for p in run), [p for p in run if not p.bold]


def _paragraph_run_spelling(paragraphs: list[Paragraph], title: str) -> list[Paragraph]:
    """Consecutive paragraphs whose texts, joined with spaces, spell the title."""
    for i in range(len(paragraphs)):
        joined = ""
        for j in range(i, len(paragraphs)):
            joined = norm(joined + " " + paragraphs[j].text)
            if joined == title:
                return paragraphs[i: j + 1]
            if not title.startswith(joined):
                break
    return []


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: p.stem)
def test_header_cells_bold_and_measure_cells_not(path):
    tables = parsed(path).tables
    headers = [t.rows[0] for t in tables if norm(t.rows[0].cells[0].text).startswith("№")]
    assert headers and all(c.bold for row in headers for c in row.cells if c.text)
    numbered_rows = [r for t in tables for r in t.rows if re.fullmatch(r"\d+(\.\d+)*\.?", r.cells[0].text)]
    assert len(numbered_rows) > 20
    assert sum(r.cells[-2].bold for r in numbered_rows) < len(numbered_rows) / 10


def test_paragraph_with_partly_bold_text_is_not_bold():
    """Sarov: "№ " plain + "158" bold; the visible text is not all bold."""
    line = next(p for p in parsed(docx_of("000")).paragraphs if re.fullmatch(r"№ \d+", p.text))
    assert line.bold is False


def test_cell_text_joins_its_paragraphs():
    cells = [c for t in parsed(docx_of("004")).tables for r in t.rows for c in r.cells]
    multi = [c for c in cells if len(c.paragraphs) > 1]
    assert multi
    assert all(c.text == "\n".join(c.paragraphs) for c in cells)
    assert all(p == p.strip() and p for c in cells for p in c.paragraphs)


# ---- numbering, rebuilt from the gold ----------------------------------------------------------


@pytest.mark.parametrize("shared_abstract", [False, True], ids=["one-numId", "two-numIds-one-abstract"])
def test_numbering_renders_the_gold_numbers(tmp_path, shared_abstract):
    """Seed 003's plan rebuilt the way offices type it: section rows and measure number cells carry
    only Word numbering (level 0 "%1.", level 1 "%1.%2."), no literal numbers; the parser must render
    the gold's numbers and section titles back."""
    measures = gold("003")
    section_num, measure_num = ("1", "2") if shared_abstract else ("1", "1")
    rows, current = [], None
    for m in measures:
        if m["section"] != current:
            current = m["section"]
            title = re.sub(r"^\d+\.\s*", "", current)
            rows.append(f'<w:tr>{_tc(_numbered_p(section_num, 0, title), span=2)}</w:tr>')
        rows.append(f'<w:tr>{_tc(_numbered_p(measure_num, 1, ""))}{_tc(_p(m["name"]))}</w:tr>')
    body = f"<w:tbl>{_grid(2)}{''.join(rows)}</w:tbl>"
    numbering = _numbering(
        abstracts={"0": _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.")},
        nums={"1": "0", "2": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=numbering))
    table_rows = doc.tables[0].rows
    sections = [norm(r.cells[0].text) for r in table_rows if len(r.cells) == 1]
    numbers = [r.cells[0].text for r in table_rows if len(r.cells) == 2]
    assert sections == list(dict.fromkeys(norm(m["section"]) for m in measures))
    assert [n.rstrip(".") for n in numbers] == [m["number"].rstrip(".") for m in measures]
    assert [n for n in numbers if n.rstrip(".") == "14.1"] == ["14.1."]


NUMBERED_FORMATS = [
    ("decimal", "%1)", ["1)", "2)", "3)"]),
    ("upperRoman", "%1.", ["I.", "II.", "III."]),
    ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)"]),
    ("upperLetter", "%1.", ["A.", "B.", "C."]),
    ("russianLower", "%1)", ["а)", "б)", "в)"]),
    ("russianUpper", "%1.", ["А.", "Б.", "В."]),
    ("decimalZero", "%1.", ["01.", "02.", "03."]),
]


@pytest.mark.parametrize(("fmt", "text", "expected"), NUMBERED_FORMATS, ids=[f[0] for f in NUMBERED_FORMATS])
def test_number_formats(tmp_path, fmt, text, expected):
    body = "".join(_numbered_p("1", 0, f"item {i}") for i in range(3))
    numbering = _numbering({"0": _lvl(0, fmt, text)}, {"1": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=numbering))
    assert [p.text for p in doc.paragraphs] == [f"{label} item {i}" for i, label in enumerate(expected)]


def test_russian_letters_skip_the_letters_word_skips(tmp_path):
    body = "".join(_numbered_p("1", 0, "x") for _ in range(12))
    numbering = _numbering({"0": _lvl(0, "russianLower", "%1)")}, {"1": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=numbering))
    labels = [p.text.split()[0] for p in doc.paragraphs]
    assert labels == ["а)", "б)", "в)", "г)", "д)", "е)", "ж)", "з)", "и)", "к)", "л)", "м)"]


def test_start_values_overrides_and_shared_counters(tmp_path):
    """numIds 1 and 2 share abstract 0 (one running count); numId 3 restarts it at 10 via startOverride."""
    body = "".join([_numbered_p("1", 0, "a"), _numbered_p("1", 0, "b"), _numbered_p("2", 0, "c"),
                    _numbered_p("3", 0, "d"), _numbered_p("3", 0, "e"), _numbered_p("1", 0, "f"),
                    _numbered_p("4", 0, "g")])
    numbering = _numbering({"0": _lvl(0, "decimal", "%1.", start=5), "1": _lvl(0, "decimal", "%1.")},
                           {"1": "0", "2": "0", "3": ("0", {0: 10}), "4": "1"})
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=numbering))
    assert [p.text for p in doc.paragraphs] == ["5. a", "6. b", "7. c", "10. d", "11. e", "12. f", "1. g"]


def test_levels_restart_unless_told_otherwise(tmp_path):
    levels = (_lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.")
              + _lvl(2, "lowerLetter", "%3)", extra='<w:lvlRestart w:val="0"/>'))
    body = "".join(_numbered_p("1", lvl, t) for lvl, t in
                   [(0, "A"), (1, "a1"), (2, "x"), (1, "a2"), (0, "B"), (1, "b1"), (2, "y")])
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=_numbering({"0": levels}, {"1": "0"})))
    assert [p.text for p in doc.paragraphs] == \
        ["1. A", "1.1. a1", "a) x", "1.2. a2", "2. B", "2.1. b1", "b) y"]


def test_bullets_suffixes_and_switched_off_numbering(tmp_path):
    levels = {"0": _lvl(0, "bullet", "\uf0b7"),
              "1": _lvl(0, "decimal", "%1.", extra='<w:suff w:val="nothing"/>')}
    body = "".join([_numbered_p("1", 0, "first"), _numbered_p("1", 0, "second"), _numbered_p("2", 0, "glued"),
                    _numbered_p("0", 0, "plain")])
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=_numbering(levels, {"1": "0", "2": "1"})))
    assert [p.text for p in doc.paragraphs] == ["- first", "- second", "1.glued", "plain"]


def test_numbering_from_paragraph_style(tmp_path):
    """A list style carries numPr; an explicit numId 0 on a paragraph of that style switches it off."""
    styles = _styles('<w:style w:type="paragraph" w:styleId="ListNum"><w:name w:val="List Num"/>'
                     '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    off = '<w:p><w:pPr><w:pStyle w:val="ListNum"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>' \
          '<w:r><w:t>not numbered</w:t></w:r></w:p>'
    body = _styled_p("ListNum", "one") + _styled_p("ListNum", "two") + off + _styled_p("ListNum", "three")
    numbering = _numbering({"0": _lvl(0, "decimal", "%1.")}, {"1": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, body, numbering=numbering, styles=styles))
    assert [p.text for p in doc.paragraphs] == ["1. one", "2. two", "not numbered", "3. three"]


def test_number_only_cells_in_a_table(tmp_path):
    """The first cell of each row holds only a numbered empty paragraph: the cell reads "1.", "2."."""
    rows = "".join(f"<w:tr>{_tc(_numbered_p('1', 0, ''))}{_tc(_p(t))}</w:tr>" for t in ("x", "y"))
    numbering = _numbering({"0": _lvl(0, "decimal", "%1.")}, {"1": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, f"<w:tbl>{_grid(2)}{rows}</w:tbl>", numbering=numbering))
    assert [[c.text for c in r.cells] for r in doc.tables[0].rows] == [["1.", "x"], ["2.", "y"]]


def test_vertically_merged_number_cell_counts_once(tmp_path):
    """A continuation cell keeps its numbered paragraph in the XML; Word neither shows nor counts it."""
    def row(vmerge: str | None, text: str) -> str:
        merge = f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else ("<w:vMerge/>" if vmerge else "")
        return f"<w:tr><w:tc><w:tcPr>{merge}</w:tcPr>{_numbered_p('1', 0, '')}</w:tc>{_tc(_p(text))}</w:tr>"

    rows = row("restart", "a") + row("continue", "a, second line") + row(None, "b")
    numbering = _numbering({"0": _lvl(0, "decimal", "%1.")}, {"1": "0"})
    doc = docx_parser.parse(make_docx(tmp_path, f"<w:tbl>{_grid(2)}{rows}</w:tbl>", numbering=numbering))
    assert [[(c.text, c.vmerged) for c in r.cells] for r in doc.tables[0].rows] == [
        [("1.", False), ("a", False)],
        [("1.", True), ("a, second line", False)],
        [("2.", False), ("b", False)]]


# ---- tables built with python-docx and by hand -------------------------------------------------


def test_vertical_and_horizontal_merges(tmp_path):
    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(2, 0)).text = "merged down"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "merged across"
    path = tmp_path / "merges.docx"
    word.save(str(path))
    rows = docx_parser.parse(path).tables[0].rows
    assert [[(c.text, c.colspan, c.vmerged) for c in r.cells] for r in rows] == [
        [("merged down", 1, False), ("merged across", 2, False)],
        [("merged down", 1, True), ("r1c1", 1, False), ("r1c2", 1, False)],
        [("merged down", 1, True), ("r2c1", 1, False), ("r2c2", 1, False)],
    ]


def test_legacy_hmerge_grid_before_and_nested_table(tmp_path):
    nested = f"<w:tbl>{_grid(2)}<w:tr>{_tc(_p('n1'))}{_tc(_p('n2'))}</w:tr></w:tbl>"
    body = (f"<w:tbl>{_grid(3)}"
            f"<w:tr>{_tc(_p('wide'), hmerge='restart')}{_tc(_p(''), hmerge='continue')}{_tc(_p('c'))}</w:tr>"
            f"<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>{_tc(_p('b'))}{_tc(_p('c2'))}</w:tr>"
            f"<w:tr>{_tc(_p('outer') + nested + _p(''))}{_tc(_p('y'))}{_tc(_p('z'))}</w:tr>"
            "</w:tbl>")
    rows = docx_parser.parse(make_docx(tmp_path, body)).tables[0].rows
    assert [(c.text, c.colspan) for c in rows[0].cells] == [("wide", 2), ("c", 1)]
    # w:gridBefore: the reader sees an empty column before "b", so the row keeps the grid width
    assert [c.text for c in rows[1].cells] == ["", "b", "c2"] and rows[1].width == 3
    assert rows[2].cells[0].paragraphs == ["outer", "n1", "n2"]


# ---- text and bold -----------------------------------------------------------------------------


def test_breaks_tabs_hidden_deleted_and_field_codes(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">  first line</w:t><w:br/><w:t>second</w:t><w:tab/>'
            '<w:t>after tab</w:t></w:r>'
            '<w:del w:id="1" w:author="a"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> inserted</w:t></w:r></w:ins>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 7</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:hyperlink><w:r><w:t xml:space="preserve"> link  </w:t></w:r></w:hyperlink></w:p>'
            '<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>')
    doc = docx_parser.parse(make_docx(tmp_path, body))
    assert [p.text for p in doc.paragraphs] == ["first line\nsecond after tab inserted 7 link"]


def test_content_controls_keep_body_order_and_headers_are_skipped(tmp_path):
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "HEADER TEXT"
    word.add_paragraph("before")
    word.add_table(rows=1, cols=1).cell(0, 0).text = "cell"
    word.add_paragraph("after")
    body = word.element.body
    sdt = body.makeelement(f"{{{W_NS}}}sdt", {})
    content = sdt.makeelement(f"{{{W_NS}}}sdtContent", {})
    sdt.append(content)
    body.insert(0, sdt)
    for element in list(body)[1:4]:  # wrap the paragraph and the table in a content control
        content.append(element)
    path = tmp_path / "sdt.docx"
    word.save(str(path))
    blocks = docx_parser.parse(path).blocks
    kinds = [b.text if isinstance(b, Paragraph) else b.rows[0].cells[0].text for b in blocks]
    assert kinds == ["before", "cell", "after"]


def test_bold_follows_styles_and_toggles(tmp_path):
    styles = _styles(
        '<w:style w:type="paragraph" w:styleId="Head"><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="SubHead"><w:basedOn w:val="Head"/></w:style>'
        '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>')
    strong = '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>strong run</w:t></w:r></w:p>'
    toggled = '<w:p><w:pPr><w:pStyle w:val="Head"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>' \
              '<w:t>strong in head</w:t></w:r></w:p>'
    unbolded = '<w:p><w:pPr><w:pStyle w:val="Head"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr>' \
               '<w:t>plain in head</w:t></w:r></w:p>'
    false_val = '<w:p><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>false</w:t></w:r></w:p>'
    spaces = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>bold words</w:t></w:r>' \
             '<w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'
    body = (_styled_p("Head", "heading") + _styled_p("SubHead", "inherited") + strong + toggled + unbolded
            + false_val + spaces)
    doc = docx_parser.parse(make_docx(tmp_path, body, styles=styles))
    assert [(p.text, p.bold) for p in doc.paragraphs] == [
        ("heading", True), ("inherited", True), ("strong run", True), ("strong in head", False),
        ("plain in head", False), ("false", False), ("bold words", True)]


def test_cell_bold_needs_all_its_visible_text_bold(tmp_path):
    bold_p = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>B</w:t></w:r></w:p>'
    row = f"<w:tr>{_tc(bold_p + _p(''))}{_tc(bold_p + _p('plain'))}{_tc(_p(''))}</w:tr>"
    cells = docx_parser.parse(make_docx(tmp_path, f"<w:tbl>{_grid(3)}{row}</w:tbl>")).tables[0].rows[0].cells
    assert [(c.text, c.bold) for c in cells] == [("B", True), ("B\nplain", False), ("", False)]
