"""An appendix stamp set at the right margin above a plan's title stays apart from the title
(parsers.pdf.paragraphs): a PDF built here with a made-up stamp, title and text."""

from __future__ import annotations

from pdf_builders import line_width, lines_pdf

from parsers import pdf
from parsers.model import Paragraph

SIZE = 12.0
STAMP = ["Приложение № 3", "к распоряжению отдела культуры", "от 05.02.2025 № 14-р"]
TITLE = ["ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ ПО ОБНОВЛЕНИЮ ФОНДОВ БИБЛИОТЕК СЕЛЬСКИХ ОБЩЕОБРАЗОВАТЕЛЬНЫХ ШКОЛ",
         "на 2025 год"]
TEXT = ["Мероприятия перечня выполняются за счёт средств бюджета района в пределах сумм, которые",
        "предусмотрены на текущий год."]
LEFT = 60.0
RIGHT = LEFT + line_width(TEXT[0], SIZE)  # the text fills the column


def _paragraphs(stamp_left: float | None, tmp_path) -> list[Paragraph]:
    """The stamp flush right (or as a block starting at `stamp_left`) right above the title, whose
    first line spans the column (its second is centred); then the text."""
    lines = [(stamp_left or RIGHT - line_width(t, SIZE), 60 + 14 * k, SIZE, t, False) for k, t in enumerate(STAMP)]
    lines.append((LEFT, 102.0, SIZE, TITLE[0], True))
    lines.append(((LEFT + RIGHT - line_width(TITLE[1], SIZE)) / 2, 116.0, SIZE, TITLE[1], True))
    lines += [(LEFT, 150 + 14 * k, SIZE, t, False) for k, t in enumerate(TEXT)]
    path = tmp_path / "stamp.pdf"
    path.write_bytes(lines_pdf(lines))
    blocks = pdf.parse(path).blocks
    assert all(isinstance(b, Paragraph) for b in blocks)
    return blocks


def test_a_flush_right_stamp_is_not_glued_to_the_title_below(tmp_path):
    paragraphs = _paragraphs(None, tmp_path)
    title = [p for p in paragraphs if "ПЕРЕЧЕНЬ" in p.text]
    assert [p.text for p in title] == [" ".join(TITLE)] and title[0].bold
    assert " ".join(p.text for p in paragraphs[:paragraphs.index(title[0])]) == " ".join(STAMP)
    assert paragraphs[-1].text == " ".join(TEXT)


def test_a_stamp_set_as_a_block_right_of_the_middle_is_not_glued_either(tmp_path):
    paragraphs = _paragraphs(330.0, tmp_path)
    title = [p for p in paragraphs if "ПЕРЕЧЕНЬ" in p.text]
    assert [p.text for p in title] == [" ".join(TITLE)] and title[0].bold
    assert " ".join(p.text for p in paragraphs[:paragraphs.index(title[0])]) == " ".join(STAMP)
