"""parsers.ocr.perspective: a page photographed out of square is warped upright before its grid is
looked for; a square page is left as it is. On a ruled table page drawn here."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from test_ocr import needs_tesseract

from parsers.ocr import image, page, perspective

FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
XS, YS = [200, 380, 1500, 2280], [300, 400, 560, 720, 880, 1040, 1200, 1360, 3000]
ROWS = [["№", "Мероприятие", "Срок"], ["1.", "Семинар для учителей", "Март"],
        ["2.", "Отчет о работе школ", "Апрель"], ["3.", "Олимпиада по физике", "Май"],
        ["4.", "Совещание директоров", "Июнь"], ["5.", "Конкурс проектов", "Сентябрь"],
        ["6.", "Анализ результатов", "Октябрь"], ["7.", "Итоговая конференция", "Декабрь"]]
# where a photo moved the page's corners (pixels at 300 dpi, about 1.5 % of the page)
MOVED = np.float32([[30, -40], [-35, 25], [40, 50], [-25, -45]])


def _table_page() -> np.ndarray:
    """A page at 300 dpi with a ruled table of three columns and eight rows of one line, the last
    row running down to the page's foot."""
    sheet = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(FONT, 42)
    for y in YS:
        draw.line([(XS[0], y), (XS[-1], y)], fill=0, width=3)
    for x in XS:
        draw.line([(x, YS[0]), (x, YS[-1])], fill=0, width=3)
    for row, top in zip(ROWS, YS, strict=False):
        for text, left in zip(row, XS, strict=False):
            draw.text((left + 25, top + 45), text, font=font, fill=0)
    return np.asarray(sheet).copy()


def _photo(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The page warped as a photo takes it, and the warp's matrix."""
    h, w = gray.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, src + MOVED)
    warped = cv2.warpPerspective(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    return warped, matrix


def test_the_frame_of_a_photographed_table_is_where_its_corners_went():
    photo, matrix = _photo(_table_page())
    corners = perspective.frame(image.ink(photo, margin=image.RULE_MARGIN))
    drawn = np.float32([[XS[0], YS[0]], [XS[-1], YS[0]], [XS[-1], YS[-1]], [XS[0], YS[-1]]])
    went = cv2.perspectiveTransform(drawn[None], matrix)[0]
    assert corners is not None and np.abs(corners - went).max() < 3
    straight = perspective.square(photo, image.ink(photo, margin=image.RULE_MARGIN))
    again = perspective.frame(image.ink(straight, margin=image.RULE_MARGIN))
    assert np.abs(again - perspective.rectangle(again)).max() < 2  # a rectangle now


def test_a_square_page_and_a_page_without_rules_come_out_as_they_went_in():
    square = _table_page()
    assert perspective.square(square, image.ink(square, margin=image.RULE_MARGIN)) is square
    text = np.full((3508, 2480), 255, np.uint8)
    cv2.putText(text, "PLAN 2024", (400, 600), cv2.FONT_HERSHEY_SIMPLEX, 4, 0, 8)
    assert perspective.square(text, image.ink(text, margin=image.RULE_MARGIN)) is text


@needs_tesseract
def test_a_photographed_table_page_reads_as_the_square_one(tmp_path):
    """Every cell as drawn (as the square page reads too), the empty last row aside: without the warp
    the rules lean off the grid and the table falls apart."""
    photo, _ = _photo(_table_page())
    Image.fromarray(photo).save(tmp_path / "photo.pdf", "PDF", resolution=300)
    read = page.read_page(str(tmp_path / "photo.pdf"), 0)
    assert len(read.tables) == 1
    assert [[" ".join(ln.text for ln in c.lines) for c in row] for row in read.tables[0][1]] == ROWS


def test_a_streak_across_the_page_that_stops_short_of_the_sides_is_no_frame_rule():
    page_with_streak = _table_page()
    cv2.line(page_with_streak, (520, 210), (1950, 232), 0, 3)  # a copier's streak above the table, leaning
    cv2.line(page_with_streak, (700, 3200), (2100, 3185), 0, 3)  # ... and one below it
    photo, matrix = _photo(page_with_streak)
    corners = perspective.frame(image.ink(photo, margin=image.RULE_MARGIN))
    drawn = np.float32([[XS[0], YS[0]], [XS[-1], YS[0]], [XS[-1], YS[-1]], [XS[0], YS[-1]]])
    went = cv2.perspectiveTransform(drawn[None], matrix)[0]
    assert corners is not None and np.abs(corners - went).max() < 3
    flat = _table_page()
    cv2.line(flat, (520, 210), (1950, 236), 0, 3)
    assert perspective.square(flat, image.ink(flat, margin=image.RULE_MARGIN)) is flat
