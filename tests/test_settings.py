"""One settings object for the parser's and the structure step's tolerances."""

from __future__ import annotations

import pytest

from parsers import settings
from parsers.pdf.text import text_lines
from parsers.settings import Settings


def glyph(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + size, "size": size,
            "fontname": "Times"}


WORDS = [glyph("а", 0), glyph("б", 8)]  # a 3-point gap: a space at the default 0.2 x 10 points


def test_defaults_and_an_override_for_one_block():
    assert [line.text for line in text_lines(WORDS)] == ["а б"]
    with settings.using(space_gap=0.5) as chosen:
        assert chosen.space_gap == 0.5 and settings.current() is chosen
        assert [line.text for line in text_lines(WORDS)] == ["аб"]
    assert settings.current() == Settings()
    assert [line.text for line in text_lines(WORDS)] == ["а б"]


def test_line_tolerance_decides_what_is_one_line():
    lower = [glyph("а", 0), glyph("б", 8, top=103)]
    assert len(text_lines(lower)) == 1
    with settings.using({"line_tolerance": 0.1}):
        assert len(text_lines(lower)) == 2


def test_unknown_keys_are_refused():
    with pytest.raises(ValueError, match="unknown settings \\['space_gapp'\\]"):
        Settings.from_dict({"space_gapp": 0.5})
    with pytest.raises(ValueError):
        with settings.using(max_title_paragraphs=10):
            pass
    assert settings.current() == Settings()


def test_structure_reads_the_same_object():
    from parsers.model import Cell, Document, Paragraph, Row, Table
    from pipeline.structure import build_structure

    def row(*texts):
        return Row([Cell(t, [t]) for t in texts])

    doc = Document("t", "docx", [Paragraph("План мероприятий на 2021 год", bold=True), Table([
        row("№", "Мероприятие", "Срок", "Исполнители"), row("1.", "Совещание", "май", "УО")])])
    assert build_structure(doc).plans[0].title == "План мероприятий на 2021 год"
    with settings.using(max_title_paragraph=10):
        assert build_structure(doc).plans[0].title != "План мероприятий на 2021 год"
