"""OCR header cells whose words a narrow column broke and the engine misread: still the column they name."""

from __future__ import annotations


def test_a_header_whose_broken_word_lost_a_letter_still_names_its_column():
    """A narrow header cell breaks "Планируемы|й": OCR reads "й" as "и" and spaces it off, so word by
    word nothing matches; spaces aside the letters are one off the role's phrase. A phrase that ends
    inside a word of the cell is no match."""
    from pipeline.structure.headers import role_of
    assert role_of("Планируемы и результат", fuzzy=True) == "result"
    assert role_of("Планируемы и результат", fuzzy=False) is None
    assert role_of("Планировани е работы", fuzzy=True) is None


def test_a_mark_inside_other_specks_is_still_read_as_a_number(monkeypatch):
    """On a speckled scan a body number cell may first read as noise holding a "№" ("ь №ГУ Ра"); only a
    reading that opens with the mark is the header, so this one is read again under digits."""
    import numpy as np

    from parsers.ocr import numbers
    from parsers.ocr.engine import OcrLine
    monkeypatch.setattr(numbers, "_read_as_number", lambda images, layout: ["2.2."])
    ink = np.full((60, 200), 255, np.uint8)
    noise = OcrLine("ь №ГУ Ра", (10, 10, 150, 50), 30.0, 90.0)
    assert numbers.readings(ink, None, [noise])[-1] == "2.2."
